"""Pressure in its forms: insisting, guilt, entitlement, ultimatums, urgency, presumption.

Shared by the ask, offer and follow-up checkers ("Common Mistakes to Avoid: Being Pushy").
Each category is written for what the words *do* to the other person - take away their
easy no - so a phrase belongs here only if it does that whatever the topic.
"""

from __future__ import annotations

from typing import Final

from workshop.checkers.text._cues import CueSet

PRESSURE: Final = CueSet({
    "insisting": [
        r"come on+", r"c'?mon+", r"just do it", r"just give (?:it|me|us)\b<gap>",
        r"give (?:it|them|that) (?:to me|here|over)", r"gimme",
        r"don'?t be (?:shy|like that|(?:so )?(?:boring|difficult|rude|mean|a \w+))",
        r"(?:please )?don'?t say no", r"say yes", r"pretty please",
        r"(?:please|pls|plz|plez)(?:[,!.]* +(?:please|pls|plz|plez))+",
        r"ple{2,}a*s+e*", r"plea{2,}s+e*", r"pleas{2,}e*", r"please{2,}", r"pl[sz]{2,}",
        r"i'?m begging(?: you)?",
        r"i'?ll beg", r"make me beg", r"(?:begging|beg) you",
        r"<you>(?:'ve| have)? (?:really )?(?:have to|need to|gotta|got to|must)"
        r" (?:give|say|text|call|reply|answer|respond|use|come|let|tell|send|go out|meet)",
        r"<you> must", r"<you>'?d better", r"<you> better", r"i insist",
        r"<wont> (?:take|accept) (?:no|a no|any excuses|excuses)", r"no excuses",
        r"(?:not|never) (?:taking|accepting) (?:no|a no)",
        r"stop (?:playing hard to get|being (?:so )?(?:shy|difficult|boring|stubborn|coy))",
        r"(?:playing|play) hard to get",
        r"<cant> (?:really )?(?:say no|refuse|turn me down)",
        r"(?:just |i'?ll )?keep (?:on )?asking", r"until (?:<you> )?(?:say|says) yes",
        r"i mean it", r"not optional", r"(?:text|call|message|write|ring) me back\s*!",
        r"seriously,? (?:call|text|message|reply)",
        r"answer me", r"please answer", r"reply to me", r"(?:please|pls|plz) (?:reply|respond)",
        r"(?:reply|respond|answer|text (?:me )?back) (?:please|pls|plz|asap|now|already)",
        r"(?:still )?waiting (?:for|on) <your> (?:reply|answer|text|response|call|message)",
        r"reply when <you> get this", r"(?:please|pls|plz) (?:text|call|message|ring) me back",
        r"<ill> (?:be )?wait(?:ing)? (?:all night|up|by the phone|for <your>)",
        r"(?:are|r) <you> (?:still )?there\s*\?", r"hel{2,}o{2,}", r"it'?s me again",
        r"(?:my|the) last (?:\w+ )?(?:texts|messages|calls)",
        r"(?:did|have) <you> (?:get|got|see|seen|read) (?:any of )?my (?:\w+ )?(?:texts|messages"
        r"|calls)", r"(?<!so )i know <you> (?:saw|read|got) (?:it|my \w+)",
        r"<you> said no,? but", r"i know <you> said\b[^.!?\n]{0,80}?\banyway",
        r"(?:i|i'?ll) (?:really )?need <you> to", r"don'?t make me (?:ask|beg|wait|regret|come)",
        r"<wont> give up", r"not giving up", r"(?:not|<wont>) ask(?:ing)? twice",
        r"(?:it'?ll|it will|it'?d|it would|it) (?:only )?takes? (?:two|2|a|one|five|5|ten|10)"
        r" (?:seconds?|secs?|minutes?|mins?)", r"i know <youre> shy,? but",
        r"why not\s*\?+", r"why (?:won'?t|wouldn'?t|can'?t|don'?t) <you>",
    ],
    "guilt": [
        r"(?:after|since) (?:all )?(?:the \w+ |everything |all that )?i(?:'?ve)? "
        r"(?:bought|paid|got|did|done|spent|saved|gave|drove|waited)",
        r"(?:after|since) (?:everything|all) i(?:'?ve| have)? done",
        r"(?:the )?least <you> (?:can|could) do",
        r"(?:<ill>|i'?d|i would) be (?:really |so |very |pretty |totally )?"
        r"(?:sad|upset|hurt|heartbroken|devastated|crushed|gutted|disappointed)",
        r"(?:you'?ll|you would|you'?d) (?:break|crush) my heart", r"heartbroken",
        r"(?:don'?t|do not|can'?t) (?:take|handle) (?:rejection|no|a no|being turned down)\b",
        r"<ill> (?:always |forever )?regret",
        r"don'?t (?:crush|break|hurt) (?:me|my heart)", r"don'?t leave me hanging",
        r"(?:pretty |so |really )?rude (?:to|not to) (?:say no|refuse|reply|answer|text)",
        r"(?:it'?s|its|it is) (?:only|just) (?:a|my|your) (?:number|text|call)",
        r"what'?s the (?:harm|big deal|problem)", r"what are <you> (?:afraid|scared) of",
        r"is (?:it|that) (?:so|that|really that) hard",
        r"<its> not that hard",
        r"why (?:haven'?t|havent|aren'?t|arent|didn'?t|didnt|isn'?t) <you>",
        r"(?:are|r) <you> ignoring me", r"ignoring me", r"is <your> phone (?:off|dead)",
        r"did <you> forget (?:about )?me", r"forgot(?:ten)? about me",
        r"(?:<you> )?know <you> want (?:to|it|me)", r"everyone (?:else )?gives me",
        r"<you> might as well", r"just like everyone else",
        r"(?:it'?s|its|it is|this is) (?:really |so |very )?important to me",
        r"<you> (?:didn'?t|haven'?t|never|did not|have not) (?:reply|replied|respond|responded"
        r"|answer|answered|text(?:ed)? (?:me )?back|get back|got back)",
        r"until <you> (?:call|text|reply|answer|message|write|ring)",
        r"don'?t make (?:this|it|things) (?:awkward|weird|difficult|hard|a big deal)",
        r"(?:<youd>|<youre>|it'?d be|it would be) (?:be )?(?:crazy|mad|silly|stupid|insane)"
        r" (?:to say no|not to|to refuse|to turn)",
        r"too good for (?:me|us)", r"everyone else (?:said|says|gave|gives|did)",
        r"(?:don'?t|do not) ghost me", r"(?:please )?don'?t ignore me",
        r"(?:it'?s|its) (?:really )?important to me that <you>",
        r"so i know <youre> thinking", r"don'?t flake", r"<you> promised",
        r"<you> said <youd>", r"make me (?:sad|cry|look stupid)",
        r"(?:i|<ive>|i'?ve) (?:sent|texted|messaged|called|rang) <you> (?:\w+ ){0,2}(?:times"
        r"|messages|texts|twice|already|again)",
        r"(?:hello+|hey+|hi+)\s*\?{2,}",
    ],
    "entitlement": [
        r"<you> owe me", r"i deserve", r"i'?ve earned", r"i'?m asking nicely",
        r"(?:it'?s|its|that'?s|only) (?:only )?fair", r"use it or lose it",
        r"(?:since|because|cause|cuz) <youre> (?:clearly|obviously)? ?into me",
        r"<youre> (?:clearly|obviously) into me",
        r"i know <youll> (?:use|call|text|say yes|want)",
        r"<ill> (?:be )?expect(?:ing)? (?:<your>|<you>|a|to)(?: (?:call|text|reply|message))?",
        r"i'?m expecting (?:<your>|<you>)",
        r"(?:i'?m|i am|i'?ll be) (?:still )?waiting(?= *[.!]|$| for <your>| by| to hear| on <you>)",
        r"waiting by the phone",
        r"(?:i )?already (?:texted|called|messaged|saved|took|put|have|got) "
        r"(?:myself|<your> number|<your> \w+|it)",
        r"so i have (?:yours|<your> number)",
        r"(?:just )?ask \w+ for (?:yours|<your> number)",
        r"<ill> (?:just )?(?:find|track) (?:<you>|it|<your> \w+)",
        r"<ill> (?:just )?get <your> (?:number|digits)",
        r"(?:coming|come) (?:to )?find <you>", r"<ill> come find <you>",
        r"everyone gives me their number",
    ],
    "ultimatum": [
        r"(?:<wont>|not|never)(?: going to| gonna)? (?:be )?(?:leav(?:e|ing)|going anywhere"
        r"|moving|stop(?:ping)?|giv(?:e|ing) up)<gap>(?:until|till|unless|without)",
        r"or (?:don'?t|do not|never) bother", r"or <ill> (?:assume|know|take (?:it|that)|just)",
        r"not leaving", r"until <you> (?:give|say|agree|hand)", r"or else",
        r"last chance", r"now or never",
        r"if <you> (?:don'?t|won'?t|say no|refuse)\b(?:(?!fine|ok\b|okay|cool|no worries|no prob"
        r"|alright|understand)[^.!?;\n]){0,30}?\b(?:<ill>|i'?m|i am|i'?d)\b"
        r"(?! (?:totally |completely |perfectly |absolutely |really )?(?:understand|be (?:fine|ok"
        r"|okay|cool|good|alright)|get it|respect|be totally|still|not|know"
        r"|be (?:really |so |very |pretty |totally )?(?:sad|upset|hurt|heartbroken|devastated"
        r"|crushed|gutted|disappointed)))",
        r"if i don'?t hear (?:from <you> )?(?:by|within|before)",
        r"(?:by|before) (?:tonight|tomorrow|friday|the end of)<gap>or",
    ],
    "urgency": [
        r"as soon as (?:<you>|possible|u)", r"asap", r"right (?:now|away) (?:or|please)",
        r"(?:text|call|message|reply|answer|put|save|give|send|ring)(?: \w+){0,6} right (?:now"
        r"|away|this second)",
        r"the (?:second|minute|moment) <you>", r"(?:within|in) the (?:next )?hour",
        r"(?:let me know|reply|text me|answer) asap",
    ],
    "presumption": [
        r"<youre> (?:going to|gonna|gunna) (?:give|text|call|send|hand)",
        r"(?<!hope )(?<!if )(?<!maybe )<youll> (?:give|text|call|send|hand|message)",
        r"<ill> (?:just )?(?:take|get|grab|have) <your> (?:number|digits)",
        r"i'?m (?:taking|getting) <your> (?:number|digits)",
        r"(?<=[,.!-] )(?:right|yeah|yes|ok|okay|correct|yea|yh|alright)\s*\?",
        r"(?<=[,.!-])(?:right|yeah|yes|ok|okay|correct|yea|yh|alright)\s*\?",
        r"<wont> <you>\s*\?", r"let'?s just (?:swap|exchange|trade|share)", r"or what\s*\?",
    ],
}, fixed=("ultimatum",))

#: What each category does to the other person, for the learner's message.
WHY: Final[dict[str, str]] = {
    "insisting": "keeps pushing instead of letting them answer freely",
    "guilt": "makes them feel guilty or responsible for your feelings",
    "entitlement": "treats their number as something you are owed",
    "ultimatum": "turns the ask into a threat or a deadline",
    "urgency": "rushes them instead of letting them choose when",
    "presumption": "assumes the answer before they give it",
}
