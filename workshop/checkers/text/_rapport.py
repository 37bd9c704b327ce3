"""References to the time spent together: the connection an ask or offer builds on.

"Build a Connection First" and the follow-up's "it was great meeting you yesterday" both
point back at something the two people shared. A compliment ("you seem cool") or seeing
someone around ("I see you on the train") is not that: only the shared moment counts.
"""

from __future__ import annotations

import re
from typing import Final

from workshop.checkers.text._cues import CueSet, Hit, negated
from workshop.checkers.text._favours import FAVOURS
from workshop.checkers.text._moments import MOMENTS
from workshop.checkers.text._prepare import Prepared
from workshop.checkers.text._present import NOT_AFTER_LOOKS, NOT_WISHED, PRESENT
from workshop.checkers.text._recalled import HINDSIGHT, RECALLED
from workshop.checkers.text._talk import SHARED_TALK
from workshop.checkers.text._together import (
    DID_TOGETHER,
    EVENT,
    GOOD,
    ING,
    LOOKS,
    PLACE,
    TALK,
    THANKS_ABROAD,
)

CONNECTION: Final = CueSet({
    "enjoyed": [
        rf"(?:enjoyed|enjoying|loved|loving|liked) (?:{ING}|(?:talk|chatt?|hang|danc|climb|play"
        r"|meet)in'?|our|this|that|the time|the chat"
        r"|the conversation|meeting|talking|chatting|today|tonight|it|<your> (?:talk|company"
        r"|story|stories|set|point|question|energy|idea|take|performance|keynote|presentation))",
        r"enjoyed (?:it|that|myself)",
        # The present tense, said while it lasts: "I enjoy this gist", "I don enjoy this chat".
        rf"(?:i|we) (?:don |do |<very> )?enjoy (?:this|our|the|talking|chatting|{ING})\b",
        # Anything enjoyed that they can point to: "enjoyed the community garden workday".
        r"(?:enjoyed|loved) (?:the|our|that|this|your|tonight'?s|today'?s|yesterday'?s"
        r"|last night'?s|last week'?s|saturday'?s|sunday'?s|friday'?s) \w+",
    ],
    "good_time": [
        rf"(?:had|'ve had|have had|i'?m having|we'?re having) (?:a |an |such a |such |the "
        rf"|so much |so )?(?:really |truly |very |so |super |genuinely )?{GOOD} {TALK}",
        r"had (?:a |so much |such (?:a )?)?(?:fun|blast|laugh|ball)",
        r"(?:had|having|did (?:you|u|we) (?:even |both |all )?have) (?:so much |such |any "
        r"|a bit of |a )?(?:fun|blast|laugh|good time) (?:last night|yesterday|tonight|today"
        r"|earlier|at|with|on)\b",
    ],
    "nice_to": [
        rf"(?:{GOOD}|delighted|glad|pleased|happy|chuffed|thrilled) to have (?:finally )?(?:met"
        r"|shared|worked|talked|chatted|spoken|played|danced|sung|volunteered|been|seen|learned"
        r"|learnt)\b",
        # Not one wished for: "it would be great to chat at the market on Saturday".
        rf"(?<!have a )(?<!get a )(?<!grab a )(?<!for a ){NOT_WISHED}"
        rf"(?<!fancy a )(?<!want a )(?<!like a ){GOOD} (?:to |for )?(?:finally |properly "
        rf"|actually )?(?:meet|meeting|talk|talking|chat|chatting|chattin|talkin|see|seeing|work"
        rf"|spend|share|hang|sing|dance|play|climb|run|volunteer|debate|belay|bump|run into|find"
        rf"|have met|talked|chatted|spoke|spoken|met|{ING})\b",
        # (Not the ask itself, hoped fine, "hope that's cool", nor a look of theirs.)
        # (Not when the time only says when one did something alone: "the film I watched last
        # night was great".)
        rf"(?<!\bhope )(?<!\bif ){NOT_AFTER_LOOKS}(?:this|(?<!ed )(?<!\bhad )(?<!\bate )(?<!\bsaw )"
        rf"(?<!\bdid )(?<!\bgot )(?<!\bread )(?:today|tonight|yesterday|last night)|that|it"
        rf"|the \w+)(?: was| is| has been|'s been|'s) (?:<very> )*(?:a |an |the )?"
        rf"(?:<very> )*{GOOD}",
        # Any verdict on the time, as long as it names it: "that was a ripper of a chat",
        # "this was one hell of a game", "today was a proper laugh".
        rf"(?:this|today|tonight|that|it|yesterday|last night)(?: was| has been|'s been|'s)"
        rf" (?:a|an|one|such a|some) (?:[\w-]+ ){{0,3}}?(?:of an? )?(?:{TALK}|{EVENT})\b",
        # Not a wish for one to come: "so we can have a good chat sometime".
        rf"(?<!have a )(?<!get a )(?<!grab a )(?<!for a )(?<!fancy a )(?<!want a )(?<!like a )"
        rf"{GOOD} (?:chat|conversation|talk|discussion|debate|session|game|walk|dance|climb"
        r"|match|hike|run)\b",
        # (Not how they look or seem: "you look like so much fun" is a compliment, LABELS.md.)
        r"(?<!like )(?<!seem )(?<!seems )(?<!look )(?<!looks )(?<!sound )(?<!sounds )"
        rf"(?:such a|what a|so much) (?:really |very )?{GOOD}\b"
        # (Not the day or the weather as it is now: "what a lovely day it is".)
        rf"(?! {LOOKS}\b)(?! (?:day|morning|afternoon|evening|night|weather|view|sunset|sunrise"
        r"|sky)(?: (?:it is|it'?s(?! been)|out|outside|for it|we'?re having)\b|\s*[!.]*$))",
        # A look back with the subject dropped: "Was a good laugh tonight."
        rf"(?:(?<=^)|(?<=[.!?] )|(?<=[.!?]))(?:was|twas|'twas|been) (?:a |an |such a |so )?"
        rf"(?:really |very |so |such )?{GOOD}", r"ggs?(?: wp)?",
        # A shared event judged in hindsight: "that last match was insane", "the quiz was
        # brutal" - whatever the adjective, the words point back at something shared.
        rf"(?:that|the|this|our|tonight'?s|today'?s|last night'?s) (?:\w+ ){{0,2}}?{EVENT}"
        r"(?: (?:with|wit|w/?) (?:you|u|y'?all|you all|u all|you guys|u guys))? (?:was|is|has been"
        r"|'s been|were|got)\b",
        # The place they shared, looked back on: "the climbing wall was so fun".
        rf"(?:that|the|our) (?:[\w'&-]+ ){{0,2}}?{PLACE} (?:was|were|has been|'s been)"
        rf" (?:<very> )*(?:a |an |the |such a )?(?:<very> )*(?:{GOOD}|\w+ fun|unreal|electric"
        rf"|class|mad|wild|buzzing|packed|heaving|magic|magical|a laugh|a vibe|a riot)\b",
    ],
    "shared_moment": [
        # Not "if we swapped numbers": a wish is not something shared.
        r"(?<!if )(?<!when )(?<!once )(?<!until )(?<!before )(?<!after )"
        rf"we (?:(?:just|both|all|finally|actually|even|once|only|first|literally|properly|really"
        rf"|barely|hardly|kinda|basically)"
        rf" ){{0,2}}{DID_TOGETHER}\b",
        rf"(?:<you> and (?:i|me)|the (?:two|2) of us) (?:just |both |finally )?{DID_TOGETHER}\b",
        r"(?:glad|happy|pleased|lucky|chuffed|thrilled|grateful)(?: that)? (?:we|i)(?: finally"
        r"| got to| got| ended up| managed to| happened to)? (?:met|meet|chatted|chatting|chat"
        r"|talked|talking|talk|ran into|bumped into|sat|shared|danced|played|crossed paths"
        r"|paired|teamed)",
        r"(?<!\bif )<you> (?:really |totally |kindly |just |literally )?(?:showed|taught|lent"
        r"|loaned|gave|helped|introduced|invited|recommended"
        r"|suggested|saved|rescued|fixed|explained) (?:me|us)\b(?! (?:[\w'-]+ ){0,2}?<num>\b)",
        # (Not "I gave you the tickets": a favour alone names no time they shared.)
        # ...and owed still: "I still owe you that article" (not "I owe you an apology").
        r"i (?:still |totally |really |kinda )?(?:showed|taught|helped|promised|owe) (?:you|u)\b"
        r"(?! my| mine)(?! (?:an? )?(?:apology|explanation|nothing)\b)",
        # A favour told with the time or place it took, even when it is used as leverage:
        # "I lent you my charger for three hours at the gate". (A favour alone, "I bought
        # you a drink", names no time they shared.)
        r"i (?:just )?(?:bought|lent|loaned|gave|got|held|saved|minded|watched) (?:you|u)"
        # (Not the number handed over: "I gave you my number at the bar", LABELS.md.)
        r"(?! (?:my|me my) (?:number|digits|num|card|details|contact)\b)"
        r" (?:[\w']+ ){0,3}?(?:for (?:\w+ )?(?:hours?|minutes?|mins|ages|the whole|all)|at the"
        r"|during the|on the (?:\w+ )?(?:flight|train|bus|ride|way))\b",
        # Time spent together, told by how long: "spent the whole evening talking to you".
        r"(?:spent|spending|spend) (?:the |all |most of the |the whole |a whole |hours |ages )?"
        r"(?:whole )?(?:evening|night|day|afternoon|morning|hour|hours|flight|trip|party|class"
        # (Not time spent alone on the asking: "I spent ages working up the nerve".)
        r"|shift|walk|time|weekend|ages) (?:(?!(?:working|plucking|building|psyching|summoning"
        r"|getting|trying|thinking|wondering|deciding|worrying|rehearsing|debating|drafting"
        r"|typing|writing|deleting|staring|watching|looking|scrolling)\b)\w+ing|with (?:you|u)"
        r"|together)\b",
        # Someone, or some pet, they both met: "Pickles clearly approves of you".
        r"(?:clearly|obviously|already|totally|definitely) (?:approves? of|loves?|likes?|adores?"
        r"|has taken to|took to|fell for|is obsessed with) (?:you|u|[a-z]+)\b",
        # Going somewhere together is a shared event, even when it is used for leverage:
        # "I drove you all the way to the tournament". A favour alone ("I bought you a
        # drink") names no time or place they shared.
        r"i (?:just )?(?:drove|took|walked|brought|picked up|gave a lift to|gave|dropped|came with"
        r"|went with|invited|joined|partnered|danced with|played with|sat with|sat next to)"
        r" (?:you|u)\b(?! (?:my|me my) (?:number|digits|num|card|details|contact)\b)(?: \w+){0,4}?"
        r" (?:to|at|from|after|during) (?:the|our|that|this|your)\b",
        r"thanks?(?: you)?(?: so much)? again\b",
        # Thanks again in other tongues: "salamat ulit", "merci encore", "gracias de nuevo".
        rf"{THANKS_ABROAD} (?:ulit|encore|de nuevo|otra vez|nochmal|ancora|de novo|tena|lagi"
        r"|marra ukhra)\b",
        # A circumstance they were in together: "we were both stuck in that queue".
        r"we (?:were|are|'re) (?:the )?(?:only|last) (?:two|2|ones|people|couple)\b",
        # Fun had somewhere, said of the time: "good fun at the barbie", "heaps of fun today".
        # (Not fun still to come: "we'd have such fun at the climbing wall".)
        r"(?<!'d have )(?<!would have )(?<!will have )(?<!'ll have )(?:good|great|such|so much"
        r"|heaps of|loads of|lots of|bloody good|proper) fun (?:at|with|on|in|tonight|today|last"
        r" night|yesterday|earlier|this)\b",
        # Naming themselves by a place they share, at the end: "Dave from five-a-side here".
        r"(?:from|fae|frae) (?:the |our |that )?(?:[\w:'-]+ ){0,3}?[\w:'-]+ here\b",
        r"we (?:were|are|'re|'ve|have|had) (?:both|all) (?:been )?(?:stuck|stranded|waiting"
        r"|queuing|queueing|soaked|drenched|freezing|sat|sitting|standing|there|in|at|on|caught"
        r"|delayed|lost)\b",
        # A shared event pointed at as theirs: "after that dance", "during our quiz".
        rf"(?:after|during|at|from|since|before) (?:that|our) (?:[\w'-]+ ){{0,2}}?(?:{EVENT}"
        rf"|{PLACE})\b",
        # Naming themselves by the place they share: "I'm Ngozi from the pottery class",
        # "it's Sam from the choir", "I'm the one from the 7:40 ferry".
        r"(?:it'?s|this is|i'?m|its|it is|i am)(?: (?:\S+|the (?:one|guy|girl|woman|man|lady"
        rf"|bloke|person)))?(?: \S+)? from (?:the|our|that|<your>) (?:[\w:'-]+ ){{0,3}}?"
        rf"(?:{PLACE}|{EVENT})\b",
        # Where they were, told with when: "at the market earlier", "on the train this morning".
        rf"(?:at|in|on|from|after|during) (?:the|that|this|our) (?:[\w'-]+ ){{0,2}}?{PLACE}"
        r" (?:last night|yesterday|last week|this morning|this afternoon|this evening|tonight"
        r"|today|earlier(?: today| on)?|the other (?:day|night)|last (?:mon|tues|wednes|thurs"
        r"|fri|satur|sun)day)\b",
        # What made the time good, said to them: "you made the queue bearable".
        # ...and in the perfect: "you've made this wedding so much more fun" (not a wish:
        # "you'd make the trip more fun").
        r"<you>(?:'ve| have)? (?:made|make) (?:the|this|that|my|our|it) (?:[\w'&-]+ ){0,2}?"
        r"(?:bearable|fun|better|fly by|go (?:so )?(?:quick|fast|quickly)|worth it|(?:so+|way"
        r"|loads|heaps|much|a lot)(?: much)? (?:better|more fun|more bearable)"
        r"|day|night|evening|morning|week|afternoon)\b",
        # (Not "ur dog is adorable": a compliment on their pet is no exchange, LABELS.md.)
        # Something at a place both were, judged: "that dance-off at Kemi's party was wild".
        rf"(?:that|the) [\w'&-]+(?: [\w'&-]+)? at (?:the |our |[\w']+'s )?(?:[\w'&-]+ )?(?:{PLACE}"
        r"|flat|house|gaff|apartment|place) (?:was|were)\b",
        # Wherever it was, told with a time already past: "at the sausage sizzle this arvo".
        r"(?:at|from|after|during) (?:the|that|our) (?:[\w'-]+ ){0,2}?[\w'-]+ (?:last night"
        r"|yesterday|this (?:arvo|avo|mornin'?)|earlier(?: today| on)?|the other (?:day|night))\b",
        # A circumstance both are in: "since our flight's delayed for both of us".
        r"\b(?:for|to|with) (?:the )?both of us\b",
        # Needing again what they did for them: "if the ute ever needs a jump start again",
        # "if your son needs help with his essay again".
        r"(?:ever )?needs? (?!to (?:ask|try)\b)(?:[\w'-]+ ){0,5}?[\w'-]+ again\b",
        # The shared event, told with when it was and how it went: "the food tour today damn
        # shiok", "the regatta this morning so fun".
        rf"(?:the|that|our|dat) (?:[\w'&-]+ ){{0,2}}?(?:{EVENT}|{PLACE}) (?:today|tonight|earlier"
        r"|this (?:morning|afternoon|evening|arvo)|just now) (?:was|were|<very>|damn|bloody|so"
        r"|mad|abit|a bit|way|too|sia|lah|la)\b",
        # A moment between them, told by what happened: "fell asleep on your shoulder on the
        # night bus", "spilt my drink down your shirt" - and laughing about it later.
        r"(?:fell asleep|dozed off|nodded off|fell|spilt|spilled|stepped|trod|sneezed|leaned"
        r"|leant|knocked|dropped|tripped|bumped|crashed|elbowed|splashed|sat)(?: [\w'-]+){0,3}?"
        r" (?:on|onto|over|into|down|against) (?:<your>|<you>)\b",
        r"(?:laugh|giggle|joke|cringe|reminisce) about (?:it|that|this|that night|last night"
        r"|the \w+ again)\b(?! (?:later|tomorrow|next)\b)",
        # Thanks for what they did, the verb in any form: "thank u for explain me the route".
        r"(?:thanks?|thank (?:you|u)|ty|cheers) (?:so much |again )?for (?:explain|help|show|teach"
        r"|share"
        r"|listen|fix|lend|carry|guide|tell|introduce|invite|drive|walk)(?:ed)? (?:me|us)\b",
        # Good at something there, said when: "u r very good at badminton today".
        r"(?:<youre>|<you> (?:were|was)) (?:<very> )?(?:good|great|amazing|brilliant|strong|fast"
        r"|skilled|talented|funny|patient|kind) (?:at|with|in) (?:[\w'-]+ ){1,3}?(?:today|tonight"
        r"|earlier|just now|this (?:morning|afternoon|evening)|last night|yesterday)\b",
        # Being good at something together: "we make a good team at the quiz".
        r"we (?:make|made|were|are|'re) (?:such )?(?:a |an )?(?:<very> )?(?:good|great|ace"
        r"|brilliant|top|class|solid|decent|killer|dream|formidable|unbeatable|fab|fine)"
        r" (?:team|duo|pair|partnership|double act|tag team)\b",
        # The rest of something begun together: "in case you want the rest of the recipe".
        r"(?:want|get|send|hear|finish|tell|have|know) (?:you |u )?the (?:rest|end|ending|second"
        r" half) of (?:the|that|your|my|our) \w+",
        # How they made one feel there: "you had me in stitches at the workshop", "still
        # buzzing from the ceilidh", "after all that waiting at the stop".
        r"<you> (?:had|got|kept|made) me (?:in stitches|laughing|laugh|cracking up|crack up"
        r"|in tears|giggling|giggle|grinning|grin|smiling|smile|blushing|blush)\b",
        r"(?:buzzing|glowing|grinning|smiling|giggling|recovering|aching|hoarse|knackered"
        r"|shattered|stuffed) (?:from|after|over) (?:the|that|our|tonight'?s|today'?s"
        r"|last night'?s|yesterday'?s|<your>)\b",
        r"after (?:all )?(?:that|those) (?:[\w'-]+ ){0,2}?\w+ing\b",
        # Praise of something done there, with when: "great teamwork on the escape room earlier".
        rf"{GOOD} (?!(?:view|views|weather|sunset|sunrise|scenery|music|food|coffee|day)\b)"
        rf"(?:[\w'-]+ ){{1,2}}?(?:on|at|in|during) (?:the|that|our) (?:[\w'-]+ ){{0,3}}?"
        r"[\w'-]+ (?:earlier|today|tonight|last night|yesterday|this (?:morning|afternoon"
        r"|evening|arvo))\b",
        # The time together, as what comes after it: "after tonight I'd be gutted if you didn't".
        r"after (?:tonight|today|last night|this evening|yesterday|a night like (?:this|that"
        r"|tonight)|such a (?:\w+ )?(?:night|day|evening))(?!'s),? (?:i|i'?d|i'?m|i'?ll|we"
        r"|honestly|how)\b",
        # Their messages with them, wherever they were sent: "my texts on the app".
        r"(?:my|our) (?:texts?|messages?|msgs|chats?|dms|convos?|conversations?) (?:on|in"
        r"|via|over) (?:the app|this app|here|<social>)\b",
    ],
    "shared_talk": SHARED_TALK,
    "favour": FAVOURS,
    "moments": MOMENTS,
    "recalled": RECALLED,
    "present": PRESENT,
    "hindsight": HINDSIGHT,
}, negatable=False)

# An emoji ends a clause as a full stop does: in "don't leave me hanging 😉 great dancing
# with you" the "don't" is over before the look back begins.
_SYMBOL = re.compile("[\u2190-\u2bff\u3000-\u303f\U0001f000-\U0001faff]")
_WINDOW = 40

# "Can't stop laughing at...", "won't forget..." and "can't believe we..." are no negation
# of what follows.
_NOT_NEGATION = re.compile(r"(?:(?:can'?t|cannot|couldn'?t|won'?t|will never|never) (?:stop"
                           r"|forget)(?: \w+ing)?(?: (?:at|about|over))?|(?:can'?t|cannot"
                           r"|couldn'?t) (?:believe|get"
                           r" over)(?: (?:that|how))?) $")


def _negated(norm: str, pos: int) -> bool:
    if _NOT_NEGATION.search(norm, max(0, pos - _WINDOW), pos):
        return False
    cut = -1
    for m in _SYMBOL.finditer(norm, max(0, pos - _WINDOW), pos):
        cut = m.end()
    if cut < 0:
        return negated(norm, pos)
    return negated(norm[cut:], pos - cut)


def connections(p: Prepared) -> list[Hit]:
    """References to the time the two shared, unless a "not" or "never" governs them (where
    they are, not their category: no caller reads that)."""
    return [h for h in CONNECTION.find(p, labelled=False) if not _negated(p.norm, h.start)]
