"""After a no: sulking, self-pity and sarcasm that leave them feeling bad for saying it.

Part of the after-no checker (read there with the rest): "your loss", "this always happens
to me", "sorry I even bothered". ``sulks`` leaves out "as usual" said of a shared routine.
"""

from __future__ import annotations

import re
from typing import Final

from workshop.checkers.text._cues import CueSet, Hit, expand
from workshop.checkers.text._prepare import Prepared

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
        # (Owned in an apology it is the awkwardness apologised for: "sorry - I misread things".)
        r"(?:i )?(?:guess i )?(?<!sorry i )(?<!sorry - i )(?<!sorry, i )(?<!sorry! i )(?<!bad, i )"
        r"misread"
        # The time they did not feel the same about, held up as one's own delusion: "I really
        # thought tonight meant something", "clearly I imagined it all".
        r"|(?:i )?(?:really |honestly )?thought (?:this|tonight|today|it|that|we|last night|there)"
        r" (?:meant|was|had) (?:something|a thing|a spark)"
        r"|(?:i )?(?:must have |must'?ve |clearly |obviously |guess i )?imagined (?:it|that|this"
        r"|things|everything|the whole thing|the spark)\b", r"for nothing\b",
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
        r"i(?:'?ve)? (?:bought|paid|spent|did|done|gave|drove|waited)",
        # What was had together held up as a reproach, the question alone: "After the night
        # we had?", "After three hours of talking?" (not a plan: "After the gig, could we...?").
        r"(?:(?<=^)|(?<=[.!?] )|(?<=[.!?]))after (?![^.!?]*\b(?:could|can|would|shall|will"
        r"|should|may|do (?:you|u)|fancy)\b)[^.!?,]{2,60}\?",
        # Their no made one's own loss: "I've been looking forward to this all week". (A
        # bare "Seriously?" is surprise, as a bare "Why not?" is, and no guilt.)
        r"i(?:'?ve| have| had| was)? (?:been )?(?:so |really )?looking forward to (?:this|it|that"
        r"|tonight|today)\b",
        # Whatever the favour listed back: "after I held your place for two hours?". (Not the
        # asking itself: "after I asked you...".)
        r"(?:after|since) (?:all )?i(?:'?ve| had)? (?!(?:asked|texted|messaged|called|bothered"
        r"|pestered|annoyed|upset|offended|embarrassed)\b)(?:held|kept|lent|took|brought|fed"
        r"|\w{3,}ed) (?:<you>|<your>)\b",
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
        # A yes made out to have cost them nothing, when it is past: "it wouldn't have killed
        # you" (not an argument for a yes still to come, "one text won't kill you", which asks
        # again and blames no one).
        r"(?:wouldn'?t|would not)(?: have| of|'?ve) (?:killed|hurt|cost) (?:<you>|ya)\b",
        r"stuck[ -]up", r"full of yourself", r"regret", r"(?:(?<=^)|(?<=[.!?] ))fine\s*\.",
        r"be that way", r"suit yourself", r"story of my life", r"thanks for nothing",
        r"(?:i was )?just being nice", r"led me on", r"leading me on", r"wast(?:e|ed|ing) (?:of )?"
        r"(?:my )?time", r"<youre> (?:so )?(?:rude|mean|cold|arrogant|stuck up)", r"ugh+",
        r"sigh", r"ouch", r"be like that", r"i (?:bought|got|paid for) you (?:a|the|that|those"
        r"|dinner|drinks?|lunch|coffee|two|three|four|five|six|several|all|\d+)",
        r"(?:that )?hurts", r"broke my heart", r"nice guys",
        r"your problem",
        # Others held up against their no: "most people say yes to me", "nobody says no".
        r"(?:most|all the other|other|the other) (?:people|girls|guys|women|men|folks|ladies"
        r"|lads)(?: \w+){0,2}? (?:say|says|said|usually say|always say) yes",
        r"every(?:one|body)(?: else)?(?: \w+){0,2}? (?:says|said|usually says|always says) yes",
        # ...or who would have: "plenty of others would have said yes", "most would've".
        r"(?:plenty|lots|loads|most|many|others|other people|anyone|anybody)(?: of (?:others"
        r"|people|girls|guys|women|men))?(?: else)? (?:would(?:'ve| have| of)?|'d(?: have)?)"
        r" (?:said|say) yes",
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
        r"what'?s wrong with me",
        # Asking what they did wrong, however it is put: "tell me what I did wrong", "where
        # did I go wrong?", "is it my face?", "why does everyone say no?".
        r"what i (?:did|said|got|do|say) wrong", r"where (?:did )?i (?:go|went) wrong",
        r"is it (?:because of )?my (?:face|looks|height|weight|hair|teeth|age|voice|accent"
        r"|personality|job|clothes|outfit|breath|body)\b",
        r"why (?:does|do|did|is|'?s) (?:every(?:one|body)|no ?one|nobody|every \w+|people|they all"
        r"|girls|guys|women|men) (?:always )?(?:say|says|said|saying|turn|reject|rejects) (?:no"
        r"|me)\b", r"(?:is|was) (?:it|there) something (?:wrong )?(?:with|about)"
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
        # (Not the moment apologised for: "my bad for asking in the middle of your shift".)
        r"my bad for (?:even )?(?:asking|trying)(?! (?:in|during|at|while|when|on|before|mid"
        r"|right|so|like that|out of)\b)", r"(?:why|don'?t know why) (?:do |did )?i"
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
SULK_WHY: Final = {
    "sulk": "makes them feel bad for saying no",
    "self_pity": "turns their no into a verdict on you, so they end up comforting you",
    "sarcasm": "is sarcastic, which tells them they did something wrong by saying no",
}


_AS_USUAL: Final = re.compile(r"(?:as|like) (?:usual|always)")
# Where they will see each other anyway: "see you on the 8:15 ferry", "I'll be at choir".
_ROUTINE: Final = re.compile(expand(
    r"\b(?:see|catch|meet) (?:<you>|ya|y'?all|you all)\b[^.!?]{0,40}?\b(?:at|on|in|tomorrow"
    r"|tonight|next|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
    r"|\b(?:<ill>|we'?ll) (?:be )?(?:at|on|there)\b"))


def sulks(p: Prepared) -> list[Hit]:
    """Guilt and sulking; "as usual" after a meeting both keep ("see you on the 8:15 ferry
    tomorrow as usual") is their routine, not one more rejection in a long line."""
    def routine(h: Hit) -> bool:
        start = max((s for s, _ in p.sentences if s <= h.start), default=0)
        return (_AS_USUAL.fullmatch(p.norm, h.start, h.end) is not None
                and _ROUTINE.search(p.norm, start, h.start) is not None)

    return [h for h in SULK.find(p) if not routine(h)]

