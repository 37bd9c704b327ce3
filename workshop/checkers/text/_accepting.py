"""After a no: the words that accept it, and the arguing or asking that takes it back.

Part of the after-no checker (read there with the rest): "No worries, enjoy your night"
accepts; "Seriously? It's just a number" or "Why not?" before any acknowledgement does not. A
bare "Seriously?" is surprise, neither acceptance nor argument: "Seriously? Ah well, have a good
night!" accepts, "Seriously? 🙃" does not (nothing acknowledges the no).
"""

from __future__ import annotations

from typing import Final

from workshop.checkers.text._cues import CueSet

# The thing refused made light of, so a yes looks the only sensible answer: "tbh swapping
# numbers isn't exactly a big commitment", "giving ur number isn't really a huge favour".
MADE_LIGHT: Final = (
    r"(?:swapping|sharing|giving|exchanging|trading|handing over) (?:\w+ )?(?:numbers?|digits"
    r"|it)(?: \w+)? (?:isn'?t|is not|wasn'?t|was not|wouldn'?t (?:have been|be)|ain'?t"
    r"|is hardly) (?:exactly |really |like |even |that |hardly )?(?:a |that |such a |much of a"
    r" )?(?:big |huge |massive |major |serious |lifelong )?(?:commitment|deal|ask|favou?r"
    r"|proposal)\b")

ACCEPT: Final = CueSet({
    "accept": [
        r"no (?:problem|prob|probs|worries|worry|bother|stress|biggie|big deal|hard feelings"
        r"|need to apologi[sz]e)", r"(?:that'?s|it'?s|that is|it is|totally|completely|all"
        r"|perfectly|absolutely|entirely|really) (?:totally |completely |perfectly |absolutely )?"
        r"(?:ok|okay|fine|alright|all right|cool|good|understandable|fair|understood)",
        r"all good", r"<np>", r"fair(?: enough)?", r"(?:i )?(?:totally |completely |fully )?"
        r"(?:understand|get it|get that)", r"understood", r"respect(?:ed)?",
        r"(?:thanks?(?: you)?|cheers|ta|thank u|ty) for (?:being"
        r"|letting|telling|the honesty|your honesty|saying|the chat|the conversation)",
        # Their answer appreciated: "I appreciate you being honest", "appreciate the honesty".
        r"(?:i )?(?:really |totally )?appreciate (?:<you> (?:being|telling|letting|saying)"
        r"|<your> (?:honesty|answer|candou?r|reply)|the (?:honesty|answer|candou?r))",
        r"of course", r"sure", r"ok(?:ay)?", r"okey", r"k+", r"fine", r"gotcha",
        # (Not "I got it all wrong": misjudging is no understanding.)
        r"got it(?! (?:all |so )?wrong)",
        r"oki(?:e|es)?(?: doki(?:e|es)?| dokey)?", r"okey dokey", r"righto", r"right you are",
        r"(?:(?<=^)|(?<=[.!?] ))right(?=\s*[.,!])", r"grand(?: so)?", r"(?:that'?s|it'?s) grand",
        r"alright", r"all right", r"cool", r"np", r"no prob(?:lem)?s?",
        r"<your> (?:call|choice|decision)", r"fair play", r"no bother",
        r"makes sense", r"noted", r"i hear you", r"entendido", r"(?:oh|ah|aw|och) well",
        r"no pasa nada",
        r"i see",
    ],
}, negatable=False)
CHALLENGE: Final = CueSet({
    # Arguing that the answer is wrong takes back any acknowledgement, wherever it stands.
    "argue": [
        r"could have (?:just )?said yes",
        r"(?:it'?s|its|it is) (?:only|just) (?:a|my|your) number",
        r"(?:making|make) a (?:big |huge )?"
        r"mistake", r"come on",
        # A yes argued to be harmless: "I don't see what harm one drink would do".
        r"(?:don'?t|do not|can'?t|cannot) see (?:what|the|any) (?:harm|problem|issue|big deal"
        r"|difference)", r"(?:what|where)'?s the harm", r"what harm (?:would|could|can|does|will)",
        # Asking them to justify it questions the decision itself.
        r"why (?:won'?t|not|would|wouldn'?t) <you>", r"but why", r"(?:can|could|may) i ask why",
        # The no argued as a small thing to give, or predicted to change.
        r"(?:would(?:'ve| have)|would of|it'?d have) (?:only )?(?:taken|cost) (?:you )?(?:two|2|a"
        r" few|five|5|ten|one|a) (?:seconds?|secs?|minutes?|mins?|second)",
        r"(?:would(?:'ve| have)|it'?d have) been (?:so )?easy",
        # A yes called the easier way: "saying yes would've been easier for both of us".
        r"(?:saying |a |just )?yes (?:would(?:'ve| have| of)?|'d(?: have)?|could(?:'ve| have)"
        r"|might(?:'ve| have)) (?:been|be|made (?:it|things)) (?:\w+ )?(?:easy|easier|simple"
        r"|simpler|quicker|nicer|better|painless)\b",
        r"(?:easy|easier|simple|simpler|quicker) (?:to|2) (?:just )?(?:say yes|agree|give it)",
        r"(?:would(?:'ve| have)|would of) cost (?:you )?nothing",
        r"<youll> (?:\w+ )?(?:warm up|come (?:round|around)|change <your> mind)\b",
        # The thing refused made light of: "swapping numbers isn't exactly a big commitment".
        MADE_LIGHT,
        # Mock thanks: "wow ok cheers for that 🙃", "gee, thanks".
        r"(?:wow|gee|oh wow),? (?:ok(?:ay)?,? )?(?:cheers|thanks|thank you|ta|thx)\b",
        r"thanks for nothing", r"(?:cheers|thanks|ta|thx) (?:for that|a lot|a bunch|a million)"
        r"(?=[^.!?\w]*\U0001f643)",
    ],
    # Asking again: no acknowledgement when it comes first ("Why not?"); after one ("Okay, I
    # hear you... but are you sure?") the no was heard, and the asking is judged as asking
    # again.
    "ask_again": [
        r"why not\s*\??", r"please\s*\?",
        r"(?:<wont>|no go|not gonna|not going to|ain'?t gonna|nah go) give up",
        r"not giving up",
        r"(?:just )?think about it", r"one more (?:chance|try)", r"are <you> sure",
        r"reconsider",
        r"(?<!case you )(?<!case u )(?<!if you )(?<!if u )(?<!ever )change <your> mind\s*\?",
    ],
}, negatable=False)
