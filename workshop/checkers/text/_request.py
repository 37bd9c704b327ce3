"""Is the ask a question the other person can answer, or an order or a presumption?

"Frame your request as a question, not a demand." A request passes when it leaves the
answer open: an inverted question ("Could I get your number?"), an indirect one ("Any
chance...", "Would it be okay if..."), or an invitation that depends on them ("I'd love to
swap numbers if you're up for it"). An imperative ("Give me your number"), a demand with
no verb ("Your number, please."), or a presumption with a tag ("..., right?") does not.
"""

from __future__ import annotations

import re
from typing import Final

from workshop.checkers.text._cues import CueSet, Hit, compile_one, expand
from workshop.checkers.text._prepare import Prepared

# Inverted yes/no questions, only when they open a clause ("so I can text you" is not one).
_INVERTED = compile_one(
    r"(?:can|could|may|might|would|will|shall|should|do|does|did|are|r|were|have|cud|cld|cn"
    r"|wud|wld|shud)"
    r" (?:i|we|you|u|ya)", r"(?:is|would|will|could|might|may) (?:it|there|that|this)",
    r"(?:you |u )?(?:wanna|want to|want|fancy|up for|down for|down to|care to|keen to"
    r"|interested in|open to)",
    r"mind if", r"mind me",
    # Without the "I", as many Englishes ask: "Can take your number?", "can add you?".
    r"(?:can|could|may) (?:take|have|get|grab|add|save|ask for) (?:<your>|you|u)\b",
    r"(?:you|u) fit (?:give|send|share|drop|borrow)\b",
)
# Indirect requests that are questions wherever they stand in the sentence.
_INDIRECT = compile_one(
    r"any chance", r"how about", r"what about", r"how would <you> feel about",
    r"what do <you> (?:think|say)", r"how does that sound",
    r"(?:is|would) (?:it|that) be (?:ok|okay|alright|all right|cool|fine|weird|possible"
    r"|too forward)", r"is it (?:ok|okay|alright|all right|cool|fine) (?:if|to)",
    r"(?:ok|okay|alright|cool) if i", r"(?:i was|i'?m|i am|just) wondering",
    r"i (?:was )?wonder(?:ed|ing)? (?:if|whether)",
    # ...with the "I" dropped, opening a sentence: "Wondering whether you'd be open to...".
    r"(?:(?<=^)|(?<=[.!?] )|(?<=[.!?])|(?<=[.!?]  ))(?:was |been |just )?wondering (?:if|whether)",
    r"(?:would|wud|wld|do|does) <you> mind", r"mind if i", r"(?:would|do) <you> (?:like|want) to",
)
# An invitation that depends on them, from someone who says what they would like.
_CONDITION = compile_one(
    r"if <youre> (?:ever )?(?:up for|open to|interested|keen|down|free|into|ok with|okay with"
    r"|comfortable|around|game|happy|willing|ok|okay|fine|alright|cool|glad)",
    r"if <youd> (?:ever )?(?:be |feel )?(?:up for|open to|interested|keen|down|ok with|okay with"
    r"|comfortable|happy|game|willing)",
    r"if <you>(?: ever)?(?: want| fancy| feel like|'d like|'d ever like| would like| like| need"
    r"| wanna)",
    r"if (?:that'?s|that is|it'?s|it is) (?:ok|okay|alright|cool|fine|all right)",
    r"whenever <youre> free",
)
_WILLING = compile_one(
    # "I will like to", as many Englishes say "I would like to".
    r"(?:<id>|i will) (?:really )?(?:love|like|be (?:happy|glad|keen|up for|delighted))",
    r"(?:happy|glad|keen|delighted) to", r"we could", r"i could", r"let'?s", r"let me know",
    r"feel free", r"here'?s my", r"would love",
    # A wish for the exchange put as a statement: "Swapping numbers would be great, if...".
    r"(?:swapping|exchanging|trading|sharing) (?:numbers|contacts|details|digits) (?:would|'d)"
    r" be (?:<very> )?(?:great|lovely|nice|good|cool|fun|brilliant|amazing|handy|useful)",
    # ("It'd be great to...": the "'d" joined to its subject, no word boundary before it.)
    r"(?:(?:it|that|this)'d|would) be (?:<very> )?(?:great|lovely|nice|good|cool|fun|brilliant"
    r"|amazing|handy|useful) to (?:swap|exchange|trade|share) (?:numbers|contacts|details"
    r"|digits)",
)
# "I'd love to swap numbers": a mutual exchange offered, which they can take or leave; and
# thanks given in advance, "I'd really appreciate your number", asked as a favour. ("I'd
# like your number" only says what they want, like "I want your number".)
_MUTUAL = compile_one(
    r"<id> (?:really |so )?(?:love|like|be (?:happy|glad|keen|delighted)) to (?:swap|exchange"
    r"|trade|share) (?:numbers|contacts|digits|details|socials)",
    r"<id> (?:<very> )?(?:appreciate|welcome|be grateful for) <your> (?:number|digits"
    r"|contact|details|socials)",
)
# Desire or readiness joined to the exchange is an invitation wherever it stands and with
# or without "?": "wanna swap numbers so we can...", "fancy swapping numbers", "you up for
# trading digits". Not after "I" or "we": "I want to swap numbers" says what they want.
_INVITE_EXCHANGE = compile_one(
    r"(?<!\bi )(?<!\bwe )(?<!\bi really )(?:wanna|want to|fancy|up for|down for|down to"
    r"|keen to|keen on|care to|open to|interested in|willing to|happy to|game to)"
    r" (?:maybe )?(?:swap|exchange|trade|share|switch)\w* (?:<num>|socials|info)",
)
# "This might be random, but what's your number": a softened informal ask is still a
# question; the bare "What's your number?" takes the answer for granted.
_SOFTENER = compile_one(
    r"(?:this|it|that) (?:might|may|could|will|is gonna|is going to) (?:be|seem|sound)"
    r" (?:a bit |kind of |kinda |totally |so |really )?(?:random|weird|forward|odd|strange"
    r"|out of the blue|bold|cheeky)", r"random (?:question|q|thought)", r"(?:sorry|forgive me)"
    r" (?:if|for being)", r"not to be (?:too )?(?:forward|weird|random)", r"out of curiosity",
    r"if <you> (?:don'?t|do not) mind", r"no pressure", r"(?:is it|would it be) (?:ok|okay"
    r"|weird|alright) (?:if|to)", r"if that'?s (?:ok|okay|alright)",
)
_INFORMAL_ASK = compile_one(r"(?:what'?s|whats|what is) <your> (?:number|digits|#|num)")
# A question counts as an ask only if the message is about contact or meeting again at
# all: "Did you get home ok?" and "See you next Thursday maybe?" are friendly questions,
# but they ask for nothing.
_CONTACT_TOPIC = compile_one(
    r"<num>", r"<social>", r"(?:get|have|grab|take|add|save) yours", r"add (?:you|u|me)\b",
    # The number as people type it in a hurry: "ur numba", "ya nmbr", "ur no."
    r"(?:numba|numbah|numbr|nmbr|numbz|nums)", r"<your> (?:no\.?|#)",
    r"(?:text|call|ring|reach|contact|phone|connect)(?:s|es|ed|ing|er|ers|ion|ions)?",
    r"messag(?:e|es|ed|ing)", r"msgs?", r"dm(?:s|ed|ing|'d|'ing)?",
    r"(?:in|stay in|keep in) touch", r"swap(?:s|ped|ping)?", r"exchang(?:e|es|ed|ing)",
    r"trad(?:e|ing)",
    r"(?:hang|hanging) out", r"(?:meet|meeting) up", r"get together", r"catch up",
    r"(?:grab|get|go for|have) (?:a |an |some )?(?:coffee|tea|drinks?|lunch|dinner|brunch"
    r"|breakfast|food|bite|beer|walk)", r"(?:take|ask) (?:you|u) out",
)
# A question whose other answer is begging or forcing is a challenge, not a question:
# "are you giving me your number or do I have to beg?" (LABELS.md: challenges).
_CHALLENGE = compile_one(
    r"or (?:(?:do|must|shall|should|will|am) i (?:\w+ )?(?:have to|need to|gotta|got to"
    r"|going to have to|gonna have to)|must i|i'?ll have to|i have to) (?:beg|grovel|chase"
    r"|steal|fight|force|hack|get on my knees|keep"
    r" asking|ask (?:again|twice|nicely))\b",
)
# A bare prod at the end of a claim asks nothing: "I've earned it 😤 so?", "well?".
_PROD = re.compile(r"(?:^|[^\w\s']\s*|\s)(?:so+|well+|and|hm+)\s*\?+$")
_CLAUSE_OPENER = re.compile(
    r"(?:(?:hey|hi|hello|so|and|but|ok|okay|well|um+|uh+|also|then|please|pls|plz|plea+se"
    r"|honestly|maybe|kindly|madam|sir|ma'?am"
    r"|yo|oi|hiya|heya|sup|ay+|mate|dude|bro|bhai|abeg|lads?|folks|hun|babe|friend|man"
    r"|excuse me|sorry|oh|ah|anyway|if so|quick question|hmm+|omg|lol|haha+|in that case"
    r"|actually|just|now|by the way|btw)\W*)*"
)
# A wh-question opens the sentence, perhaps after a filler: "So when are you giving me...?"
_WH_START = re.compile(
    r"\W*(?:(?:so|and|but|ok|okay|well|then|hey|hi|now|alright|right|um+|uh+)\W+)*"
    r"(?:why|how come|how long|how much longer|what'?s|whats|what is|what are|what r|where|who"
    r"|when)\b"
)

DEMAND: Final = CueSet({
    "imperative": [
        r"(?:give|gimme|hand|send|pop|put|type|punch|enter|drop|write|add|share|chuck|bung"
        r"|toss|flick|sling|shoot|slide|pass|throw) (?:me |us )?"
        r"(?:<your>|it|them|yours|ur)(?: (?:number|digits|details|contact))?",
        r"let me (?:get|have|take|grab) <your>",
    ],
    "no_verb": [r"<your> (?:number|digits)(?= *[.!,]| *$| now| please)"],
    "statement": [
        r"(?:what'?s|whats|what is) <your> (?:number|digits|#)",
        r"i (?:need|want) <your> (?:number|digits)", r"number\. now",
        r"<id> (?:really |so |quite )?(?:like|love|want) <your> (?:number|digits)",
        r"let'?s (?:just )?(?:swap|exchange|trade|share) (?:numbers|digits|contacts)(?! *\?)",
    ],
}, negatable=False)


# "..., so what's your number?": the bare question takes the answer for granted wherever
# the clause it opens stands.
_LATER_WHAT = re.compile(expand(
    r"(?:[,;:]|\s-|[\u2600-\u27bf\U0001f300-\U0001faff]|\s(?=(?:so|then|now)\W+what))\s*"
    r"(?:(?:so|and|but|then|now|ok|okay)\W+)*(?:(?:what'?s|whats|what is) <your> (?:number"
    r"|digits|#|num)\b|(?<=so )(?:what'?s|whats|what is) it\s*\?)"
))


def _later_presumption(norm: str, start: int, end: int) -> bool:
    return _LATER_WHAT.search(norm, start, end) is not None


# Typed in one breath with no stop before it, an inverted ask for the number is still a
# question: "so fun lol can i grab ur digits". Not after a word that makes it part of the
# clause before ("how can I get...", "when can I have...").
_RUN_ON = re.compile(expand(
    r"(?<!\bhow )(?<!\bwhen )(?<!\bwhere )(?<!\bwhy )(?<!\bthat )(?<!\bif )"
    r"(?:can|could|may) (?:i|we) (?:please |pls |maybe |possibly )?(?:get|have|grab|take"
    r"|borrow|ask for|swap|exchange|trade) (?:(?:<your>|ya) (?:number|digits|num|numba|deets"
    r"|contact|socials|insta|whatsapp)|numbers|digits|contacts|socials)\b"
))
# An emoji ends a clause as a full stop would: "nice dog 🐕 can i get ur number".
_CLAUSE_BREAK = re.compile(r"[,;:\-(\"\u2600-\u27bf\U0001f300-\U0001faff]")


def _opens_clause(norm: str, sent_start: int, pos: int) -> bool:
    prefix = norm[max(sent_start, pos - 60) : pos]
    cut = max((m.end() for m in _CLAUSE_BREAK.finditer(prefix)), default=0)
    return _CLAUSE_OPENER.fullmatch(prefix[cut:].strip()) is not None


def _sentence_end(norm: str, end: int) -> int:
    while end > 0 and norm[end - 1].isspace():
        end -= 1
    return end


class _AboutContact:
    """Whether the message mentions contact at all, looked up only when a question needs it."""

    __slots__ = ("_known", "_p")

    def __init__(self, p: Prepared) -> None:
        self._p = p
        self._known: bool | None = None

    def __bool__(self) -> bool:
        if self._known is None:
            self._known = _CONTACT_TOPIC.search(self._p) is not None
        return self._known


def requests(p: Prepared, presumed: list[Hit]) -> list[Hit]:
    """Questions and invitations in ``p`` that leave the answer open."""
    found: list[Hit] = []
    norm = p.norm
    about_contact = _AboutContact(p)
    sentences = p.sentences
    for i, (start, end) in enumerate(sentences):
        if any(start <= h.start < end for h in presumed) or _CHALLENGE.search(p, start, end):
            continue
        wh = _WH_START.match(norm, start) is not None or _later_presumption(norm, start, end)
        hit = _request_in(p, start, end, wh, about_contact)
        if hit is None and (longer := _with_condition(norm, sentences, i)) != end:
            hit = _request_in(p, start, longer, wh, about_contact)
        if (hit is None and "what" in norm[start:end]
                and (m := _INFORMAL_ASK.search(p, start, end)) and _SOFTENER.search(p)):
            hit = Hit("question", m.start(), _sentence_end(norm, end))
        if hit is not None:
            found.append(hit)
    return found


_IF_START = re.compile(r"\W*(?:(?:and|but|only|just|that is|of course)\W+)?(?:if|only if)\b")


def _with_condition(norm: str, sentences: list[tuple[int, int]], i: int) -> int:
    """Where sentence ``i`` ends, taking in a condition said after it as a sentence of its
    own: "I would like to have your number. If you are okay with it." is one invitation."""
    end = sentences[i][1]
    if i + 1 < len(sentences) and _IF_START.match(norm, sentences[i + 1][0]):
        after, after_end = sentences[i + 1]
        if len(norm[after:after_end].split()) <= 6:
            return after_end
    return end


def _request_in(
    p: Prepared, start: int, end: int, wh: bool, about_contact: _AboutContact
) -> Hit | None:
    norm = p.norm
    stop = _sentence_end(norm, end)
    m = _INDIRECT.search(p, start, end)
    if m is not None and about_contact:
        return Hit("question", m.start(), stop)
    if wh:
        # "Why won't you...?" and "What's your number?" challenge or presume; not requests.
        return None
    m = _INVITE_EXCHANGE.search(p, start, end)
    if m is not None:
        return Hit("invitation", m.start(), stop)
    for m in _INVERTED.finditer(p, start, end):
        if (_opens_clause(norm, start, m.start()) or _RUN_ON.match(norm, m.start())) \
                and about_contact:
            return Hit("question", m.start(), stop)
    m = _MUTUAL.search(p, start, end)
    if m is not None:
        return Hit("invitation", m.start(), stop)
    cond = _CONDITION.search(p, start, end)
    if cond is not None and _WILLING.search(p, start, end) is not None:
        return Hit("invitation", start, stop)
    words = norm[start:stop].split()
    # "Number?" on its own still asks; any other one-word question asks nothing.
    enough = len(words) >= 2 or _CONTACT_TOPIC.pattern.search(norm, start, stop) is not None
    if (norm[start:stop].endswith("?") and enough and not _imperative(norm, start)
            and about_contact and not _PROD.search(norm[start:stop])):
        return Hit("question", start, stop)
    return None


_IMPERATIVE = re.compile(expand(
    r"\W*(?:(?:hey|hi|so|ok|okay|please|pls|plz|kindly|just|now|and|oh|well|listen|look|yo"
    r"|sir|madam)\W+){0,3}"
    r"(?:give|gimme|pop|put|hand|send|text|call|write|tell|share|drop|pass|type|add|enter"
    r"|punch|take|ring|dm|message|chuck|bung|toss|flick|sling|shoot|slide|throw)\b"
))


def _imperative(norm: str, start: int) -> bool:
    return _IMPERATIVE.match(norm, start) is not None


def demands(p: Prepared) -> list[Hit]:
    """Orders and presumptions about the number: what a question should replace."""
    hits = DEMAND.find(p)
    for start, end in p.sentences:
        if _imperative(p.norm, start) and not any(start <= h.start < end for h in hits):
            hits.append(Hit("imperative", start, _sentence_end(p.norm, end)))
    return sorted(hits, key=lambda h: h.start)
