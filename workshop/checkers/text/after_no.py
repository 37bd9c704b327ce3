"""After a no: accept it gracefully, without guilt-tripping or asking again."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Final

from workshop.checkers.contract import criteria_for
from workshop.checkers.feedback import Feedback
from workshop.checkers.registry import text_checker
from workshop.checkers.text._cues import CueSet, Hit, expand
from workshop.checkers.text._prepare import Prepared, prepare
from workshop.checkers.text._verdict import Rule, feedback, judge, nothing_written, unreadable

PUSHY = "Common Mistakes to Avoid: Being Pushy"
RULES: Final[dict[str, Rule]] = {
    "accepts": Rule(
        f"{PUSHY} (respect their decision and move on)",
        'You acknowledge their answer ("{quote}").',
        'Acknowledge the no simply, for example "No problem at all - enjoy your evening!"',
        "simply acknowledge the no",
        '"{quote}" argues with their answer instead of accepting it.',
        looked_for="words that accept their answer"),
    "no_guilt": Rule(
        f"{PUSHY} (don't try to guilt them)",
        "No sulking or guilt: you leave them feeling fine about saying no.",
        'Let them off lightly, for example "Thanks for being honest - have a great night!"',
        "leave out the guilt and sulking",
        '"{quote}" {why}.'),
    "no_repeat": Rule(
        f"{PUSHY} (don't badger them into giving you their number)",
        "You do not ask again or bargain for another way in.",
        "Take the no as final: do not ask again or ask for another channel instead; "
        '"Have a great night!" is a good way to end.',
        "do not ask again or bargain for another channel",
        '"{quote}" {why}.'),
}
PRAISE = "you accept the no gracefully and move on"

_SOCIAL = r"(?:<social>|socials|handle|number|email|e-mail|address|username)"
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
        r"of course", r"sure", r"ok(?:ay)?", r"okey", r"k+", r"fine", r"got it", r"gotcha",
        r"oki(?:e|es)?(?: doki(?:e|es)?| dokey)?", r"okey dokey", r"righto", r"right you are",
        r"(?:(?<=^)|(?<=[.!?] ))right(?=\s*[.,!])", r"grand(?: so)?", r"(?:that'?s|it'?s) grand",
        r"alright", r"all right", r"cool", r"np", r"no prob(?:lem)?s?",
        r"<your> (?:call|choice|decision)", r"fair play", r"no bother",
        r"makes sense", r"noted", r"i hear you", r"entendido", r"oh well", r"no pasa nada",
        r"i see",
    ],
}, negatable=False)
CHALLENGE: Final = CueSet({
    # Arguing that the answer is wrong takes back any acknowledgement, wherever it stands.
    "argue": [
        r"seriously\s*\?", r"could have (?:just )?said yes",
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
SULK: Final = CueSet({
    "sulk": [
        r"<your> loss", r"whatever", r"(?:i )?thought we had (?:something|a connection|a vibe)",
        # The connection they did not feel, held against them: "I thought we really clicked".
        r"(?:i )?thought we (?:really |actually |totally |kind of |kinda )?(?:clicked|connected"
        r"|got on|were getting on|hit it off|had (?:chemistry|a spark|a moment|a thing|a bond))",
        # The spark itself held up to them, however it is praised: "we had such a spark
        # tonight", "I felt we had real chemistry" (LABELS.md: "I felt we had a spark").
        r"we (?:really |actually |definitely )?had (?:such |a |some |real |proper |genuine |great"
        r" |good |definite |amazing |an? )*(?:spark|chemistry|connection|vibe|bond)\b",
        r"we were (?:getting on|getting along|vibing|clicking|having (?:such )?fun)"
        r"(?: (?:so|really|pretty|very) (?:well|great|nicely))?",
        r"(?:i )?(?:guess i )?misread", r"for nothing\b",
        r"(?:read|got|had) (?:that|this|it|things|the signals?|you) (?:all |completely |totally "
        r"|so )?"
        r"wrong", r"(?:would(?:'ve| have)|would of) cost (?:you )?nothing",
        r"(?:(?<=\? )|(?<=but )|(?<=though )|(?<=tho ))we (?:really |totally |so )?(?:got on"
        r"|clicked"
        r"|connected|hit it off|vibed)\b", r"(?:in|when <youre> in) a better mood",
        r"we had (?:such )?(?:a )?(?:really )?(?:good|great|lovely|fun|nice|amazing) (?:time|night"
        r"|chat|evening|laugh)\s*,? (?:tho|though)\b",
        r"(?:but|sure\s*\??) we had (?:such )?(?:a )?(?:really )?(?:good|great|lovely|fun|nice"
        r"|amazing) (?:time|night|chat)", r"(?:i )?(?:got|had) (?:the wrong idea|it (?:all )?wrong"
        r"|the wrong end)", r"(?:i'?m|i am|i feel) (?:honestly |really |so |a bit |a"
        r" little |kind of |kinda |pretty |very |quite )*(?:hurt|crushed|devastated|heartbroken"
        r"|gutted|sad|upset|disappointed|offended)"
        # ("I'm a bit gutted but I totally get it": the feeling owned, the no accepted.)
        r"(?![^.!?]{0,20}?\b(?:but|though|tho)\b,? (?:i )?(?:totally |completely |fully |really )?"
        r"(?:get it|get that|understand|respect|fair|thanks|cheers|no worries|all good|that'?s"
        r" (?:ok|okay|fine|fair|cool)|totally fine|i appreciate))",
        r"(?:after|since) (?:all )?(?:the \w+ |everything )?"
        r"i(?:'?ve)? (?:bought|paid|spent|did|done|gave|drove|waited)", r"seriously\s*\?",
        # A favour stressed after the no: "though I did walk you to your car in the rain".
        r"i (?:did|do) (?:just |actually |literally )?(?:walk|drive|buy|pay for|give|carry|help"
        r"|wait for|save|cover|lend|fix|take|bring|cook for|hold|show|teach|pick up|drop)"
        r" (?:you|u|<your>)\b",
        r"(?:making|make) a (?:big |huge )?mistake",
        r"(?:weren'?t|wasn'?t|aren'?t|not) (?:that|even"
        r"|so|really) (?:cute|hot|pretty|attractive|interesting|nice|great|special|good-looking)",
        r"be alone", r"(?:nobody|no one|no-one) (?:ever )?(?:wants|likes|gives)",
        # Sour grapes: "I'll find someone who appreciates me", "plenty more fish".
        r"(?:someone|somebody|people) (?:who|that) (?:actually |really )?(?:appreciates?|values?"
        r"|wants?|deserves?|gets?) me\b", r"plenty (?:more|of other) fish",
        # ("it's only a number" argues for a yes, which asks again; it blames no one.)
        r"could have (?:just )?said yes",
        r"stuck[ -]up", r"full of yourself", r"regret", r"(?:(?<=^)|(?<=[.!?] ))fine\s*\.",
        r"be that way", r"suit yourself", r"story of my life", r"thanks for nothing",
        r"(?:i was )?just being nice", r"led me on", r"leading me on", r"wast(?:e|ed|ing) (?:of )?"
        r"(?:my )?time", r"<youre> (?:so )?(?:rude|mean|cold|arrogant|stuck up)", r"ugh+",
        r"sigh", r"ouch", r"be like that", r"i (?:bought|got|paid for) you (?:a|the|that|those"
        r"|dinner|drinks?|lunch|coffee)", r"(?:that )?hurts", r"broke my heart", r"nice guys",
        r"your problem",
        # Others held up against their no: "most people say yes to me", "nobody says no".
        r"(?:most|all the other|other|the other) (?:people|girls|guys|women|men|folks|ladies"
        r"|lads)(?: \w+){0,2}? (?:say|says|said|usually say|always say) yes",
        r"every(?:one|body)(?: else)?(?: \w+){0,2}? (?:says|said|usually says|always says) yes",
        r"(?:nobody|no one|no-one) (?:ever |usually )?(?:says|said|tells|told) (?:me )?no",
        r"not used to (?:hearing |getting |being told )?(?:no|a no|rejection|being turned down)",
        r"didn'?t (?:even )?want (?:it|your number) anyway", r"(?:i'?m|i am) (?:so )?(?:hurt"
        r"|crushed|devastated|heartbroken|gutted)", r"wow\s*(?:\.|,|ok|okay)", r"\U0001f644",
        r"\U0001f612", r"\U0001f614", r"\U0001f494", r"\U0001f622", r"\U0001f61e", r"\U0001f62d",
        r"\U0001f595", r"(?:i )?guess i'?(?:m| am) (?:not|just)", r"go home and", r":'\(+",
        r":\(\(+",
        r"(?:<youd>|<you>) (?:have been|be|are) lucky",
        r"missing out", r"miss out",
        r"<ill> just (?:go|leave)(?: home)?(?: then)?",
        # Their no made into something they did to you: "you've made me feel really small".
        r"<you>(?:'ve| have)? (?:just )?(?:made|make|making) me (?:feel|look) \w+",
        r"(?:i )?(?:just |really )?thought we (?:really |actually |totally |kind of |kinda )?had"
        r" (?:something|a connection|a vibe|a thing|a moment)",
        r"(?:i )?guess i was wrong", r"i was wrong about (?:us|this|you|that)",
        # A good wish taken back in the same breath: "Enjoy your night I suppose."
        r"(?<=\w )i (?:suppose|guess)(?=\s*[.!]*\s*$)",
    ],
    # Turning their no into a verdict on yourself, so that they end up comforting you.
    "self_pity": [
        r"(?:it )?(?:wasn'?t|was not|isn'?t|is not) (?:something|anything) i (?:said|did|done)\b",
        r"(?:hope|hoping) i (?:didn'?t|did not|haven'?t) (?:do|say|done|said) (?:something"
        r"|anything)", r"did i (?:do|say) (?:something|anything)(?: wrong)?\s*\?",
        r"what'?s wrong with me", r"(?:is|was) (?:it|there) something (?:wrong )?(?:with|about)"
        r" me", r"what did i do wrong", r"(?:was|is) it (?:something|anything) i (?:said|did)",
        r"(?:i'?m|i am|i'?m just|i guess i'?m) (?:not|too) (?:\w+ ){0,2}enough",
        r"not (?:\w+ ){0,2}enough for (?:you|u|anyone|anybody)",
        r"(?:this|it|that) (?:always )?happens? to me", r"always happens to me", r"just my luck",
        r"i (?:always|never) (?:get|have) (?:rejected|turned down|any luck|lucky)",
        r"i'?ll (?:just )?(?:die|end up|be) alone", r"forever alone",
        # The lonely evening ahead held up to them: "guess I'll eat my curry alone again",
        # "another weekend on my own then".
        r"(?:eat|eating|dine|dining|dinner|drink|drinking|night|evening|weekend|sit|sitting"
        r"|spend|spending|celebrate|celebrating)(?: [\w'-]+){0,3}? (?:alone|on my own|by myself"
        r"|solo)\b", r"alone again\b",
        # Off to weep over it, even as a joke: "guess I'll go cry into my pint 😂".
        r"(?:<ill>|i'?m gonna|gonna|i'?m going to) (?:just )?(?:go (?:and )?)?(?:cry|sob|weep|mope"
        r"|sulk|drown my sorrows)\b",
        r"(?:nobody|no one|no-one) (?:ever )?(?:wants|likes|loves) me",
        r"(?:i'?m|i am) (?:such a |a )?(?:loser|failure|joke)",
        # Martyrdom: the no is one more in a long line of them.
        r"(?:<im>|i'?m) (?:so |pretty |kind of |kinda )?used to (?:it|this|that|rejection|being"
        r" (?:turned down|rejected|told no))", r"(?:nothing|not) (?:new|the first time)",
        # "...rejected as usual" (not "see you at the standup as usual").
        r"(?<!standup )(?<!meeting )(?<!class )(?<!practice )(?<!session )(?<!training )"
        r"(?:as|like) (?:usual|always)(?! with)", r"(?:happens|same) every time",
    ],
    # Apologising for having asked at all: "Sorry I even bothered", "Excuse me for living".
    "sarcasm": [
        r"sorry (?:i|for|that i) (?:ever |even )+\w+", r"sorry i (?:bothered|wasted|tried|existed)",
        # (A plain "sorry for bothering you", like "sorry to bother you", only apologises.)
        r"sorry for (?:existing|breathing|living|wasting)",
        r"excuse me for (?:even )?(?:asking|living|existing|trying|breathing)",
        r"my bad for (?:even )?(?:asking|trying)", r"(?:why|don'?t know why) (?:do |did )?i"
        r" (?:even )?(?:bother|try|bothered|tried)", r"shouldn'?t have (?:even )?(?:bothered"
        r"|asked|tried)", r"won'?t make that mistake again",
        r"(?:great|perfect|wonderful|brilliant|lovely|fantastic|super|awesome|cool),? (?:just )?"
        r"(?:great|perfect|wonderful|thanks a (?:lot|bunch|million)|thanks for nothing|whatever)",
        r"thanks a (?:bunch|million|heap)(?! for)", r"oh,? (?:great|perfect|wonderful|brilliant"
        r"|lovely|fantastic)\b", r"just (?:great|perfect|wonderful|brilliant|lovely|fantastic)",
        r"(?:(?<=^)|(?<=[.!?] ))(?:great|perfect|wonderful|brilliant|lovely|fantastic|super"
        r"|awesome|nice)\s*\.", r"wow,? (?:thanks|great|cool|nice|rude)",
        # Mock cheer about the no: "Love that for me", "Cool cool cool", "lucky me", "🙃".
        r"(?:love|loving|great|perfect|good|fantastic) (?:that|this) for me", r"lucky me",
        r"just what i needed", r"(?:cool|great|nice|awesome|perfect)(?:[,.!]* (?:cool|great"
        r"|nice|awesome|perfect)){2,}", r"\U0001f643",
    ],
}, negatable=False)
#: What each kind of sulking does to the other person.
_SULK_WHY: Final = {
    "sulk": "makes them feel bad for saying no",
    "self_pity": "turns their no into a verdict on you, so they end up comforting you",
    "sarcasm": "is sarcastic, which tells them they did something wrong by saying no",
}
REPEAT: Final = CueSet({
    "repeat": [
        rf"(?:how|what) about (?:<your>|ur|a|just|{_SOCIAL})(?: \w+)?", rf"<your> {_SOCIAL}"
        r"(?: (?:then|instead|though|maybe))?\s*\?", r"at least",
        # A channel asked for in a word: "snap?", "insta then?".
        r"(?<![\w'])(?:<social>|snap|insta|ig|dms?)(?: (?:then|instead|though|maybe))?\s*\?",
        r"instead\s*\?",
        r"(?:could|can|may|might) (?:i|we) (?:at least |maybe |still |just |possibly )?(?:have"
        r"|get|add|connect|follow|take|grab|ask(?! why)|message|dm|email|keep|swap|exchange)",
        r"(?:connect|add you|follow you|find you|friend you) on", r"one more (?:chance|try)",
        r"(?:not|never) done (?:trying|asking)",
        r"<ill> have another (?:go|try|shot|crack|bash)", r"sleep on it", r"think it over",
        r"try (?:my )?(?:chances?|luck|shot)(?: again)?\b",
        r"why not\s*\?\s*(?:we'?d|you'?d|it'?d|it would|we would|you would|we could)\b",
        # A why-not or a "you sure?" followed by the case for yes asks again: "Why not though?
        # We get on so well", "You certain? We'd have a great time at the festival".
        r"(?:why not|(?:are )?<you> (?:sure|certain|positive))(?: though| tho)?\s*\?+\s*(?:we"
        r"|we'?d|we'?re|you'?d|it'?d|it would|it'?s only|it'?s just|but)\b",
        rf"would {_SOCIAL} be\b[^.!?]{{0,30}}\?", r"(?:would(?:'ve| have)|it'?d have) (?:only )?"
        r"(?:taken|cost) (?:you )?(?:two|2|a few|five|5|ten|one|a) (?:seconds?|secs?|minutes?"
        r"|mins?|second)",
        r"(?:follow|add|friend|connect with) (?:each other|one another|me)(?: back)? on",
        r"(?:are|r) <you> on\b", r"friends on",
        r"think about it", r"ask (?:you )?again",
        # Urging them to change the answer asks again: "Come on, why not?"
        r"c'?mon+\b", r"come on+\b", r"ask you (?:later|another|next)",
        r"any other way",
        r"(?:<wont>|no go|not gonna|not going to|ain'?t gonna|nah go) give up",
        r"not giving up",
        # A promise to keep on: "I don't give up that easy".
        r"(?:don'?t|do not|dont|never) give up (?:that |so |this )?(?:easy|easily|fast"
        r"|quick(?:ly)?)", r"are <you> sure", r"please\s*\?",
        r"change <your> mind\s*\?", r"reconsider", r"(?:give|send) me <your>",
        r"(?:buy|get) you a (?:drink|coffee)", r"then\s*\?", r"just one",
        r"maybe (?:next time|another time|later|some other time|one day|sometime)\s*\?",
        r"(?:i'?ll|i will|can i|could i|let me) (?:try|ask) (?:again|another time|next time"
        r"|later)", r"give <you> mine", r"what if (?:i|we)",
        # Bargaining for another channel or a later chance, however it is put: "Would email be
        # okay instead?", "here's my number anyway".
        rf"{_SOCIAL} (?:be|would be|work|works|do)\b[^.!?]{{0,20}}?(?:ok|okay|fine|alright|better"
        r"|easier)", r"instead\b[^.!?\n]{0,40}\?",
        r"(?:here'?s|here is|take|have|leave you|give you|i'?ll leave|let me give you) my"
        r" (?:number|digits|card|details|e-?mail|insta|handle)",
    ],
    # The case for yes made small: "it's only a number, you'd be fine giving it".
    "small": [
        r"(?:it'?s|its|it is|it was) (?:literally |honestly |really |seriously )?(?:only|just)"
        r" (?:a|my|your|ur|the) (?:number|phone number|few digits)",
    ],
    # The door held open after a no is a quieter way of asking again: "the offer stands",
    # "I'll be waiting", "if you change your mind, you know where to find me".
    "door": [
        r"(?:the |my )?offer(?:'s| is)? (?:still )?(?:stands|open|there|on the table)",
        r"offer (?:still )?stands", r"(?:<ill>|i'?ll|i will|i'?ll always|i'?ll still) (?:be )?"
        r"(?:waiting|wait|be here|be around|keep (?:it|my number|the offer))",
        r"<youll> know where to find me", r"<you> know where to find me",
        r"my (?:number|digits)(?:'s| is) (?:still )?(?:yours|there|available|here|up for grabs)",
        r"(?:offer|number|invite|invitation)(?:'s| is)?(?:n'?t| not) going anywhere",
        r"<im> (?:only|just|always) a (?:message|text|call|dm|phone call) away",
        r"if (?:anything|things) (?:ever )?changes?", r"if (?:it|that) (?:ever )?(?:appeals|suits"
        r"|interests <you>)", r"here'?s mine\b",
        r"<ill> (?:still )?be (?:at|in) (?:the|this|that) (?:[\w'-]+ ){0,2}?[\w'-]+ (?:most|every"
        r"|all)"
        r" (?:\w+ ){0,2}?(?:days?|nights?|weekends?|evenings?|mornings?|week|\w+days?)\b",
        r"if <you> (?:ever )?(?:fancy|feel like) it\b",
        r"(?:<im>|i'?m usually|i'?m always) (?:at|in) (?:this|the|that) [\w'-]+ (?:\w+ )?(?:most"
        r"|every|all) (?:\w+ ){0,2}?(?:days?|nights?|weekends?|evenings?|mornings?|week|\w+days?)"
        r"\b",
        r"(?:if|in case|when|should) <you> (?:ever |do )?change <your> mind",
        r"change of heart", r"(?:have|get|do) a rethink",
        r"(?:the )?door(?:'s| is)? (?:always |still )?open", r"(?:whenever|when|if|once) <youre>"
        r" ready",
        r"(?:if|when|once|should) (?:things|anything) changes?", r"until <you> say yes",
        r"<im> not going anywhere", r"(?:still|always) (?:here|around) (?:if|for|whenever)",
        r"(?:just )?(?:let me know|tell me|hit me up|text me|message me) if (?:that |it"
        r" |anything )?changes", r"never say never", r"maybe (?:one day|someday|some day)",
        r"(?:hope|hoping) <you>(?:'ll| will)? change",
        # Their no predicted to change: "you'll warm up to it", "you'll come round".
        r"<youll> (?:\w+ )?(?:warm up|come (?:round|around)|change <your> mind|see|realise"
        r"|realize)\b",
        # Their yes predicted for later: "you'll text me eventually 😉".
        r"<youll> (?:\w+ )?(?:text|call|message|ring|say yes|come back|be back|give in|cave)"
        r"(?: me)? (?:eventually|one day|someday|some day|soon enough|in the end|sooner or later)",
        r"(?:<im>|i'?m usually|i'?m always) (?:around|here|there) (?:\w+ )?"
        r"(?:most|every|on|all) (?:\w+ ){0,2}?(?:days?|nights?|weekends?|evenings?|mornings?"
        r"|week|\w+days?)\b",
        r"should <you> (?:ever )?(?:fancy|want|feel like|wish|decide)",
        # A standing invitation: "the group leaves at nine if you ever feel like joining".
        r"if <you> (?:ever |still )?(?:feel like|fancy|want to|wanna|decide to) (?:join(?:ing)?"
        r"|com(?:e|ing)|tag(?:ging)? along|drop(?:ping)? by|pop(?:ping)? by)",
    ],
})
_REPEAT_WHY: Final = {
    "repeat": "asks again in another form",
    "door": "keeps the door pushed open, which asks again in a softer voice",
    "small": "argues the no is a small thing to give, which asks for the yes again",
}


_AS_USUAL: Final = re.compile(r"(?:as|like) (?:usual|always)")
# Where they will see each other anyway: "see you on the 8:15 ferry", "I'll be at choir".
_ROUTINE: Final = re.compile(expand(
    r"\b(?:see|catch|meet) (?:<you>|ya|y'?all|you all)\b[^.!?]{0,40}?\b(?:at|on|in|tomorrow"
    r"|tonight|next|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
    r"|\b(?:<ill>|we'?ll) (?:be )?(?:at|on|there)\b"))


def _sulks(p: Prepared) -> list[Hit]:
    """Guilt and sulking; "as usual" after a meeting both keep ("see you on the 8:15 ferry
    tomorrow as usual") is their routine, not one more rejection in a long line."""
    def routine(h: Hit) -> bool:
        start = max((s for s, _ in p.sentences if s <= h.start), default=0)
        return (_AS_USUAL.fullmatch(p.norm, h.start, h.end) is not None
                and _ROUTINE.search(p.norm, start, h.start) is not None)

    return [h for h in SULK.find(p) if not routine(h)]


def _repeats(p: Prepared, sulks: list[Hit]) -> list[Hit]:
    """Asking again; a no called small inside a reproach that came first ("you could have just
    said yes, it's only a number") blames what they did (no_guilt) and asks nothing again."""
    found = REPEAT.find(p)
    return [h for h in found if h.label != "small" or not any(x.start < h.start for x in sulks)]


@text_checker("after_no")
def check_after_no(text: str, ctx: Mapping[str, Any]) -> Feedback:
    """Judge what someone says after hearing no, against "Common Mistakes to Avoid"."""
    p = prepare(text)
    if not p.text.strip():
        criteria = [nothing_written(cid, RULES[cid], p) for cid in criteria_for("after_no")]
        return feedback("after_no", p, criteria, False, RULES, PRAISE)
    accepted, challenged = ACCEPT.find(p), CHALLENGE.find(p)
    first = min((h.start for h in accepted), default=len(p.norm))
    argued = [h for h in challenged if h.label == "argue" or h.start < first]
    accepts = judge("accepts", RULES["accepts"], bool(accepted) and not argued, p,
                    argued or accepted)
    if p.truncated:
        no_guilt = unreadable("no_guilt", RULES["no_guilt"], p)
        no_repeat = unreadable("no_repeat", RULES["no_repeat"], p)
    else:
        s = _sulks(p)
        no_guilt = judge("no_guilt", RULES["no_guilt"], not s, p, s,
                         why=_SULK_WHY[s[0].label] if s else "")
        r = _repeats(p, s)
        no_repeat = judge("no_repeat", RULES["no_repeat"], not r, p, r,
                          why=_REPEAT_WHY[r[0].label] if r else "")
    criteria = [accepts, no_guilt, no_repeat]
    return feedback("after_no", p, criteria, all(c.passed for c in criteria), RULES, PRAISE)
