"""Pressure in its forms: demands, insisting, guilt, obligation, deadlines, threats, urgency.

Shared by the ask, offer and follow-up checkers ("Common Mistakes to Avoid: Being Pushy");
chasing a reply, which only a follow-up can do, is in ``_chasing``. Each category is written
for what the words *do* to the other person - take away their easy no - so a phrase belongs
here only if it does that whatever the topic. ``explain`` turns the strongest hit into what
it does and a concrete phrase to use instead.
"""

from __future__ import annotations

from typing import Final

from workshop.checkers.text._cues import CueSet, Hit
from workshop.checkers.text._deadlines import DEADLINE, THREAT, URGENCY
from workshop.checkers.text._debts import ASSUMED, ENTITLEMENT, OBLIGATION, TAKING
from workshop.checkers.text._guilt import GUILT
from workshop.checkers.text._insisting import INSISTING

# A list, sheet or group their number is taken from ("...off the club list").
_FROM_LIST = r" (?:from|off|out of) (?:the|a|an|our|my|this|that)\b"

PRESSURE: Final = CueSet({
    "demand": [
        r"(?:whether|if) <you> (?:like it|want (?:to|it)|agree)(?: or not)?(?= or not)",
        r"like it or not",
        r"(?<=[.!?,] )now(?=\s*[.!]+|\s*$)",
        r"(?:reply|respond|answer|text (?:me )?back|call (?:me )?back) (?:now|immediately"
        r"|this instant|already)",
        r"not optional",
        # An order to do it on the spot: "Save it now while I watch."
        r"(?<!can )(?<!could )(?<!to )(?<!you )(?<!if )(?:save|put|add|store|type|enter|text"
        r"|call|ring|message|use|write) (?:it|this|that|me|my number|them|mine)(?: (?:in|into"
        r"|down))?(?: \w+)? (?:right )?now\b", r"while i (?:watch|wait)\b",
    ],
    "insisting": INSISTING,
    # Urging without a reason: "come on", "c'mon". It leans on them, but about anything.
    "urging": [r"come on+", r"c'?mon+", r"go on,? (?:please|pls|say yes|give)",
               # Insisting that it is meant: after an order it presses the order; after a
               # free offer it presses too, but the choice stays theirs (see offer.py).
               r"i (?:really )?mean it",
               # A tag said twice insists: "wanna swap numbers? ok? ok?".
               r"\b(?:ok|okay|yes|yeah|pls|please|right)\s*\?+\s*(?:ok|okay|yes|yeah|pls|please"
               r"|right)\s*\?",
               # Pressing what is handed over on them: "no arguments, you're taking it" leaves
               # its use to them (LABELS.md: handing-over words give control) but leans on them.
               r"no (?:arguments?|argy-bargy|backsies|take-?backs)\b",
               r"<youre> (?:taking|having|keeping) (?:it|this|them|my (?:number|card|digits))"
               r"(?=\s*(?:[.!]|$))",
               # Their number announced as taken: "Right, I'm having your number".
               r"<im> (?:just )?(?:having|taking|nabbing|bagging) <your> (?:number|digits)"],
    "guilt": GUILT,
    # Waiting for a reply: one is expected, and soon, so whether and when to get in touch is
    # no longer theirs.
    "waiting": [
        r"(?:(?:don'?t|do not) )?(?:keep|leave) me (?:hanging|waiting) by the phone",
        r"(?:<ill>|<im>|(?:i'?m )?gonna|i'?m going to) (?:just )?(?:be )?(?:sit|sitting|wait"
        r"|waiting|glued|camp|camping|stay|staying)"
        r" (?:here )?(?:by|to|next to|beside|on) (?:the|my) phone",
        r"(?:i'?m|i am|i'?ll be) (?:still )?waiting(?=\s*(?:[^\w\s,]|$)| for <your>| by| to hear"
        r"| on <you>)",
        r"until <you> (?:call|text|reply|answer|message|write|ring|use|save|give in|cave|respond"
        r"|agree)",
        # The same in other Englishes, "for" or not: "I dey wait your call", "am waiting your
        # text", "I'm expecting your call".
        r"(?:i|me|mi|am|<im>|<ill> be|i go|i dey|i de|i deh) (?:dey |de |deh |still |a )?(?:wait"
        r"|waiting|await|awaiting|expect|expecting)(?: for| on)? <your> (?:call|text|message|msg"
        r"|reply|answer|ring|bell|buzz)\b",
        r"(?:(?<=^)|(?<=[.!?,] ))(?:still |eagerly |patiently )?(?:awaiting|waiting (?:for|on)"
        r"|expecting) <your> (?:call|text|message|msg|reply|answer|ring|bell|buzz)\b",
        r"reply when <you> get this", r"<ill> (?:be )?wait(?:ing)? (?:all night|up|by the phone"
        r"|for <your>)",
        # Watching the phone for them: "I'll be checking my phone all night".
        r"<ill> (?:just )?(?:keep|be|sit(?: here)?)(?: on my phone)? (?:checking|watching"
        r"|refreshing|staring at|glued to) (?:(?:my|the) (?:phone|screen|notifications|inbox"
        r"|messages|texts|mobile|whatsapp|dms)|<your>|for <your>)",
        # ...or watched already, for them: "I've been checking my phone all day".
        r"(?:i'?ve been|i have been|<im>|been|i was|i kept|kept) (?:\w+ )?(?:checking|watching"
        r"|refreshing|staring at|glued to|stuck to) (?:my|the) (?:phone|screen|notifications"
        r"|inbox|messages|texts|mobile|whatsapp|dms)\b[^.!?]{0,30}?\b(?:all (?:day|night"
        r"|morning|evening|afternoon|week|weekend)|since|waiting|for <your>|for (?:a|any)"
        r" (?:text|reply|message)|hoping|in case)\b",
        # ...or kept at hand for them: "I'll have my phone glued to my hand all evening".
        r"(?:<ill>|<im>|i'?ll be|i'?m gonna) (?:have|keep|keeping|having|hold|holding) (?:my|the)"
        r" (?:phone|mobile|cell) (?:glued|stuck|welded|taped|chained|close|handy|by me|next to"
        r" me|in (?:my|me) hand|to (?:my|me) hand)\b",
    ],
    "comparison": [
        # Social proof: "The whole table already shared theirs", "Everyone else at the table
        # has already put their number in".
        r"every(?:one|body)(?: [\w'-]+){0,3}? (?:is|are) (?:swapping|sharing|exchanging|trading)",
        r"every(?:one|body)(?: else)?[^.!?]{0,40}? (?:has |have )?(?:already |just )?(?:put"
        r"|shared|given|gave|added|sent|swapped)(?: in| me| us)? (?:theirs|their (?:numbers?|digits"
        r"|details))",
        r"(?:the whole|the rest of the|everyone (?:at|on|in) the|all the others (?:at|on|in)"
        r" the) (?:\w+ )?(?:has |have )?(?:already |just )?(?:gave|sent|put|left|wrote|\w{3,}ed"
        r"(?: over)?)(?: me| us)?"
        r" (?:theirs|their (?:numbers?|digits|details))",
        r"(?:every(?:one|body)|all the (?:other )?(?:\w+ )?(?:girls|guys|people|women|men"
        r"|others)|(?:all )?the others|most (?:people|girls|guys|women|men)|every (?:other )?"
        r"(?:girl|guy|person|woman|man))(?: else)?(?: (?:here|tonight|today|i (?:ask|asked|meet"
        r"|met)|(?:at|in|on|from)(?: \w+){1,3}?))?(?: (?:already|always|usually|normally"
        r"|happily|just))? (?:(?:gave|gives|give"
        r"|has given|have given|handed|hands|sent|sends|shared|shares)(?: me)? (?:theirs|their"
        r" (?:\w+ )?(?:number|numbers|digits|details)|it|me theirs|in)|(?:said|says|say"
        r"|agreed|agrees) yes)",
        r"everyone else (?:said|says|gave|gives|did)", r"just like everyone else",
        # ...or as what is always done: "everybody trades numbers after the first meet".
        r"every(?:one|body)(?: else)? (?:always |just |usually )?(?:swaps|trades|shares"
        r"|exchanges|gives out|hands out) (?:<num>|theirs|their <num>)\b",
        # A group that already has one's number, or a duty on everyone: "the whole choir
        # already has my number", "everybody's gotta be on the list".
        r"(?:the whole|the entire|the rest of the|every(?:one|body)(?: else)?) (?:[\w'-]+ ){0,3}?"
        r"(?:already |all )?(?:has|have|'s got|got) (?:my (?:number|digits)|mine|each other'?s)",
        r"every(?:one|body)(?:'s| is| has| have)? (?:got to|gotta|has to|have to|needs? to|must"
        r"|is meant to|is supposed to) (?:be on|be in|sign|give|share|put|join|add|register|hand"
        r"|send|provide|submit|leave)\b",
        # A whole group done already, the verb left bare: "the whole office already did".
        r"(?:the whole|the entire|the rest of the|all the others (?:at|on|in) the|everyone"
        r" (?:at|on|in) the) (?:[\w'-]+ ){0,2}?(?:already |just )?(?:did|has|have|gave|shared"
        r"|swapped)(?: (?:lol|haha|tho|though|too|btw|ngl))?(?=\s*(?:[^\w\s]|$))",
        # What everyone else does, told with the verb left hanging: "You have to be on it,
        # everybody on our street is", "all the others have".
        r"(?:every(?:one|body)|all the others|all the rest|the others|the rest of (?:us|them))"
        r"(?: else)?(?: (?:on|in|at|from|here|there)(?: [\w'-]+){0,3}?)?"
        r" (?:is|are|has|have|does|do|did|already (?:is|are|has|have|did))"
        r"(?: (?:lol|haha|tho|though|too|btw|ngl|lmao))?(?=\s*(?:[.!,;]|$"
        r"|[\u2600-\u27bf\U0001f300-\U0001faff]))",
        r"<youre> the only (?:one|person|girl|guy|woman|man)\b<gap>(?:won'?t|wouldn'?t|hasn'?t"
        r"|didn'?t|doesn'?t|refus\w*|said no|says no|not)",
        r"(?:nobody|no one|no-one) (?:else )?(?:ever )?(?:says|said|has said|tells|told)"
        r" (?:me )?no",
    ],
    "entitlement": ENTITLEMENT,
    "taking": TAKING,
    "assumed": ASSUMED,
    "obligation": OBLIGATION,
    "deadline": DEADLINE,
    "threat": THREAT,
    "urgency": URGENCY,
    "presumption": [
        # Their interest taken as known, so the ask is built on a yes: "I can tell you like me,
        # so let's swap numbers", "we both know u fancy me" (LABELS.md: assuming their interest).
        r"(?:i (?:can|could) (?:tell|see|sense)|i know|we both know|(?:it'?s|its) (?:so |pretty )?"
        r"(?:obvious|clear))(?: that)? <you> (?:(?:so|totally|clearly|obviously|secretly|really"
        r"|kinda|kind of) )?(?:like|fancy|want|dig|have a (?:crush|thing) (?:on|for)) (?:me|us)\b",
        # The same told of their feelings: "I can tell you're as keen as me", "I know you're
        # dying to see me again".
        r"(?:i (?:can|could) (?:tell|see|sense)|i know|we both know)(?: that)? <youre> (?:(?:so"
        r"|totally|clearly|obviously|secretly|really|just) )?(?:as keen as me|keen on me|keen too"
        r"|into me|mad about me|crazy about me|falling for me|(?:dying|desperate|itching) to (?:see"
        r"|meet|hear from|text|call|date) me)\b",
        # ...or their feelings told for them: "I'm sure you feel the spark too", "bet u felt it
        # as well" (not a question: "not sure if you felt it too?").
        r"(?:<im> (?:sure|certain|positive)|i bet|i know|we both know|i (?:can|could) tell)"
        r"(?: that)? <you> (?:feel|felt|sense|sensed) (?:it|that|this|the (?:spark|chemistry"
        r"|connection|vibe|click|pull|attraction)|a (?:spark|connection|vibe))(?! (?:\w+ )?"
        r"(?:\w+ )?\?)",
        # Plans settled for them: "you're coming to salsa with me on Thursday".
        r"(?<!if )(?<!when )(?<!whether )(?<!hope )<youre> (?:coming|going|joining me|meeting me)"
        r" (?:to|with|on|for)\b",
        r"<youre> (?:going to|gonna|gunna) (?:give|text|call|send|hand|ring|message|msg|use|dm"
        r"|phone|bell|buzz|hit me up|get in touch)",
        r"(?:are|r) <you> (?:going to|gonna|gunna) (?:give|text|call|send|hand)\b[^.!?]{0,40}?"
        r"\bor what\s*\?",
        r"<youre> (?:obviously |clearly |definitely |totally |def |so )?(?:giving|handing|sending)"
        r" (?:me )?(?:<your>|it|them|those)\b",
        r"(?<!hope )(?<!if )(?<!maybe )<youll> (?:give|text|call|send|hand|message|ring|msg|dm"
        r"|phone|use it)",
        # (Taken from a list, it is acting at a distance, which takes the choice but pushes
        # nothing: "I'll grab your number off the club list and add you to the chat".)
        r"<ill> (?:just )?(?:take|get|grab|have) <your> (?:number|digits)(?!" + _FROM_LIST + ")",
        r"i'?m (?:taking|getting|putting|saving|adding|popping|storing|plugging) <your>"
        r" (?:number|digits|details)(?!" + _FROM_LIST + ")",
        # Their number already filed: "your number's going on my badminton list".
        r"<your> (?:number|digits|details)(?:'s| is| are) (?:going|gonna go|getting put|being put)"
        r" (?:on|in|into|onto) (?:my|the|our)\b",
        # A tag after a statement asks for agreement, not for an answer: "..., right?"
        r"(?<=[,.!-] )(?:right|yeah|yes|ok|okay|correct|yea|yh|alright)\s*\?",
        r"(?<=[,.!-])(?:right|yeah|yes|ok|okay|correct|yea|yh|alright)\s*\?",
        r"(?<=[,-] )(?:don'?t|won'?t|wouldn'?t|isn'?t|aren'?t|didn'?t|doesn'?t|haven'?t"
        r"|shouldn'?t|can'?t) (?:<you>|i|it|we|they|that|ya)\s*\?",
        r"<wont> <you>\s*\?", r"let'?s just (?:swap|exchange|trade|share)",
        # A "no" statement with a tag that expects agreement: "You're not going to make me beg
        # for it, are you?", "You wouldn't leave me hanging, would you?"
        r"<youre> not (?:going to|gonna|about to) [^.!?]{0,60}?,? (?:are|will|would|do) <you>\s*\?",
        r"<you> (?:won'?t|wouldn'?t|aren'?t|don'?t|can'?t) [^.!?]{0,60}?,? (?:will|would|are|do"
        r"|can) <you>\s*\?",
        # Their choice taken back with a wink: "You don't have to use it - but you will 😉".
        r"(?:(?<=but )|(?<=tho )|(?<=though ))(?:we both know |i know |i bet |i just know )?"
        r"<youll>(?: (?:want to|wanna|use it|text"
        r"|call))?"
        r"(?=\s*(?:$|[^\w\s']))",
        # Taking the yes as settled: "Obviously we're swapping numbers", "hand me your phone".
        r"(?:obviously|clearly|of course|surely|definitely|so),? (?:we|<you>)(?:'re| are| r"
        r"|'ll| will|'?re gonna|'?re going to| are gonna| are going to) (?:\w+ )?(?:swap|exchang"
        r"|trad|shar|giv|text|call|hand|sav)\w*",
        r"(?<!can i )(?<!could i )(?<!may i )(?:give|hand|pass|gimme) (?:me )?<your> phone",
        # Their phone already taken and used to swap numbers (LABELS.md: touching their
        # phone without asking): "I took your phone and texted myself from it".
        r"(?:took|grabbed|nicked|borrowed|used|pinched|swiped|snatched|nabbed|picked up) <your>"
        r" (?:phone|mobile|cell)\b[^.!?]{0,30}?\b(?:texted|rang|called|messaged|sent|dialled"
        r"|dialed|whatsapped|saved|added|put|typed|to (?:text|ring|call|message|send|dial|save"
        r"|add|put|type)) (?:myself|me|my (?:own )?(?:number|digits|phone|mobile))\b",
        # ...or their number copied off it: "I copied yours off your phone already".
        r"(?:copied|took|got|grabbed|nicked|pinched|saved|nabbed|stole|lifted|snagged) (?:yours"
        r"|<your> (?:number|digits)) (?:off|from|out of) <your> (?:phone|mobile|cell|screen)\b",
        r"(?:texted|rang|called|messaged|dialled|dialed|whatsapped|sent) (?:myself|me)(?: a"
        r" (?:text|message|msg))? (?:from|on|off|using|with) <your> (?:phone|mobile|cell)\b",
        # "When are you giving me your number?" asks when, not whether.
        r"when (?:are|r|will|do) <you> (?:going to |gonna )?(?:give|giving|send|sending|hand"
        r"|handing|share|sharing|let|letting)(?: me| it| that| them| over| <your>| those)",
        r"when (?:do|can|will|shall|am) i (?:get|getting|have|take|receive) (?:<your>|those"
        r"|them|it|that)",
        r"how (?:long|much longer)\b[^.!?]{0,40}?\b(?:till|until|til|before) i (?:get|have|see"
        r"|receive) (?:<your>|those|them|it|that)", r"how (?:long|much longer) (?:do|must|should"
        r"|will|am) i (?:have to |gonna |going to |got to |gotta |need to |meant to )*"
        r"(?:wait|hang on|hold on|hold out)\b",
    ],
}, fixed=("deadline", "threat"))

#: What each category does to the other person, and a concrete phrase to use instead.
WHY: Final[dict[str, tuple[str, str]]] = {
    "demand": ("is an order, so they get no real chance to say no",
               'Ask instead, for example "Would you like to swap numbers?"'),
    "urging": ("urges them on, which leans on them instead of leaving them free to answer",
               'Ask once and leave it there, for example "No worries if not!"'),
    "insisting": ("keeps pushing past their hesitation instead of letting them answer freely",
                  'Ask once and let the answer be theirs, for example "No worries if not!"'),
    "guilt": ("makes them feel guilty or responsible for your feelings",
              'Keep your feelings out of it, for example "Totally fine if not."'),
    "comparison": ("compares them with other people, so a no feels odd or unfair",
                   'Their answer is theirs alone; say so, for example "Only if you\'d like '
                   'to."'),
    "entitlement": ("treats their number as something you are owed",
                    'Nothing is owed, so ask as a favour, for example "Would you be up for '
                    'swapping numbers?"'),
    "taking": ("acts on their phone or things without asking, so the choice is no longer theirs",
               'Ask first and let them choose, for example "Would you like my number?"'),
    "assumed": ("speaks for their feelings, as if you already knew their answer",
                'Let them say it themselves, for example "Only if you\'d like to."'),
    "obligation": ("holds them to something they must do, so using the number becomes a duty",
                   'Leave it to them, for example "Text me if you\'d like."'),
    "deadline": ("turns it into a deadline or an ultimatum, so a no (or a late yes) costs them",
                 'Leave the door open instead, for example "Whenever suits you - no rush."'),
    "threat": ("sounds like a threat, even as a joke, and can frighten them",
               'Leave it at the question and accept either answer, for example "No worries '
               'if not!"'),
    "urgency": ("rushes them instead of letting them choose when",
                'Let them pick the time, for example "Whenever suits you."'),
    "waiting": ("waits for a reply they do not owe you, so staying silent becomes something "
                "they do to you",
                'Leave it open, for example "Text me if you\'d like - no need to reply '
                'otherwise."'),
    "presumption": ("assumes the answer is yes before they give it",
                    'Ask as a real question, for example "Would you like to swap numbers?"'),
    "resentment": ("is sarcastic about their silence, which blames them for a reply they do "
                   "not owe you", 'Keep it light and warm, for example "No rush - hope your '
                   'week is going well!"'),
    "nagging": ("chases a reply they do not owe you",
                'Send one friendly message and give them space, for example "No rush - hope '
                'your week is going well!"'),
}


#: Pressure that only sets a time; when stronger pressure is there too, that explains better.
_MILD: Final = frozenset({"urgency"})


def by_weight(hits: list[Hit]) -> list[Hit]:
    """``hits`` in text order, except that mild ones come after the rest (for the message)."""
    return sorted(hits, key=lambda h: (h.label in _MILD, h.start))


def explain(hits: list[Hit]) -> dict[str, str]:
    """The ``why`` and ``instead`` words for the first pressure hit (empty when none)."""
    if not hits:
        return {"why": "", "instead": ""}
    why, instead = WHY[hits[0].label]
    return {"why": why, "instead": instead}
