"""Debts and duties: the number claimed as owed, or as what everyone must give; their phone
or things acted on without asking; and their feelings or their answer declared for them.

Part of the pressure of ``_pressure`` (read there with the rest): "you owe me", "least you
can do", "the whole table already shared theirs"; "u clearly fancied me".
"""

from __future__ import annotations

from typing import Final

from workshop.checkers.text._pressure_words import CONTACT

ENTITLEMENT: Final = [
    r"<you> (?:kind of |kinda |sort of |basically |totally |really |pretty much |technically "
    r"|so |do |still |now )*owe me(?! (?:a |one |another )?(?:rematch|re-match|return match"
    r"|game|round|match|decider|revenge|chance to win|shot at the title|dance|song|duet"
    r"|karaoke|drink)\b)", r"i deserve",
    r"i'?ve earned", r"i'?m asking nicely",
    # A duty put on everyone to hand it over: "everyone on the course has to share theirs".
    r"(?:everyone|everybody|all of us|we all|the whole (?:group|team|class|table|crew|course))"
    r" (?:(?:in|on|at) (?:the|our|this) [\w-]+ (?:[\w-]+ )?)?(?:(?:has|have|needs?|is supposed|are"
    r" supposed|'s supposed|is meant|are meant|gotta|got) to|must|should) (?:share|give"
    r"|hand over|hand in|swap|exchange|send)\b",
    # Their number owed back for one's own: "your turn now, fair's fair".
    r"fair'?s fair", r"(?:(?:it'?s|its|now) )?<your> turn(?: now)?(?=\s*(?:[,.!;]|$))",
    # (Not the speaker's own debt: "only fair I return the favour" asks nothing of them.)
    r"(?:it'?s|its|that'?s|only) (?:only )?fair(?! (?:that )?(?:i|i'?d|i'?ll|i should|for me)\b)",
    r"use it or lose it(?![,.]? (?:up to you|your call|your choice|whatever|no pressure))",
    r"(?:i )?already (?:texted|called|messaged|saved|took|put|have|got) "
    r"(?:myself|<your> number|<your> \w+|it)",
    r"(?:just )?ask \w+ for (?:yours|<your> number)", r"<ill> (?:just )?get <your> (?:number"
    r"|digits)", r"(?:coming|come) (?:to )?find <you>", r"<ill> come find <you>",
    r"everyone gives me their number",
    # A favour cited as the price: "I did buy you two drinks after all".
    r"i (?:(?:did|have|'ve|already) (?:\w+ )?)?(?:bought|buy|got|get|paid for|pay for|covered"
    r"|cover|lent|lend|given|give|gave|drove|drive) (?:<you>|u)\b[^.!?]{0,30}?\bafter all\b"
    r"(?! (?:the|that|those|these|this|of|day)\b)",
    # Or with the "did" alone that holds it up as the price: "...although I did drive you
    # all the way back from the trailhead, so." (Not their number given: no favour.)
    r"(?:although|though|but|mind you|just saying|then again|not that)[ ,.]*i did"
    r" (?:(?:just|also|at least) )?(?:buy|get|pay for|cover|lend|give|drive|walk|carry|help"
    r"|save|fix|bring|take|pick up|hold|mind|feed|host) (?:<you>|u)\b(?! (?:my|<your>)"
    r" (?:number|digits|details|card))",
    r"(?:since|because|cause|cuz) <you> gave me <your> (?:number|digits)",
]

# Acting on their phone or things without asking: the choice is taken, not only pressed.
TAKING: Final = [
    # Acting on their phone without asking: "I already saved my number in your phone".
    # (Not "Put my number in your phone", an offer: something said before it acted.)
    r"(?<=\w )(?<!to )(?<!can i )(?<!could i )(?<!should i )(?<!may i )(?<!i'll )(?<!ill )"
    r"(?<!i will )(?<!shall i )(?:saved|put|added|typed|stored|entered|programmed|plugged"
    r"|slipped|tucked|stuck|popped|dropped|snuck) my (?:number|digits|contact|details|card)"
    r"(?: \w+)? (?:in|into|on|to) <your> (?:phone|contacts|mobile|cell|(?:coat |jacket |back )?"
    r"pocket|bag|handbag|wallet|purse|coat|jacket|book|notebook)",
    # Their phone taken first, then the number put "in it": "grabbed your phone while you
    # were at the bar and saved my number in it".
    r"<your> (?:phone|mobile|cell)\b[^.!?]{0,60}?\b(?:saved|put|popped|typed|added|stuck"
    r"|punched|entered|plugged|stored) (?:my (?:number|digits|details|contact)|myself|me)"
    r" (?:in|into|on) (?:it|there)\b",
    # ...or typed "in", whatever follows: "grabbed your phone and typed my number in".
    r"<your> (?:phone|mobile|cell)\b[^.!?]{0,60}?\b(?:saved|put|popped|typed|added|stuck"
    r"|punched|entered|plugged|stored) my (?:number|digits|details|contact) in(?:to)?\b",
    r"(?:(?<=^)|(?<=[.!?] )|(?<=[.!?]))(?:just |already )?(?:saved|popped|added|typed"
    r"|stored|entered|programmed|plugged|punched) my (?:number|digits|contact|details)"
    r"(?: \w+)? (?:in|into|on|to) <your> (?:phone|contacts|mobile|cell)",
    r"(?:let me|lemme|let's|i'?m (?:just )?(?:gonna|going to)|gonna) (?:just |quickly |quick )?"
    r"(?:save|put|pop|type|add|punch|stick|plug) (?:my (?:number|digits|details)|it|myself|me)"
    r" (?:in|into|on) <your> (?:phone|contacts|mobile|cell)(?![^.!?]{0,30}?(?:\?|\bif\b))",
]

OBLIGATION: Final = [
    r"(?:i|we)(?:'?ll| will|'?m| am| do| would|'?d)?(?: (?:be|fully|totally|really|definitely"
    r"|kind of|kinda|certainly|still))* expect(?:ing)? (?:<you>|<your>|a|an|to|some|at"
    r" least|one)(?: (?:call|text|message|reply|answer|ring))?",
    r"i (?:want|need|expect) (?:<you> to (?:text|call|message|reply|ring|get back|answer"
    r"|write|use)|(?:a|your) (?:text|call|message|reply)\b)",
    r"<you> promised", r"<youre> supposed to", r"(?:i|we) had a deal",
    # A duty put on them, in any words: "you're duty-bound to text back", "you're obliged to".
    r"<youre> (?:now |kind of |kinda |basically |officially )?(?:duty[- ]?bound|honou?r[- ]?bound"
    r"|obliged|obligated|bound|required|contractually obliged) to\b",
    # A condition set on the gift: "you can have it on one condition".
    r"on (?:one|1|a|the|one (?:tiny|small|little)) condition",
    # An expectation with no subject: "Here's my number, expecting your call this week".
    r"(?:(?<=^)|(?<=[,.!?;:] )|(?<=- ))expecting (?:<your>|a|an|to hear from)"
    r" ?(?:call|text|message|msg|reply|ring|answer|<you>)?\b",
    # A promise to use it made the price: "...but only if you promise to use it".
    r"(?:only if|if|as long as|provided|providing|so long as) <you> (?:promise|swear|agree"
    r"|commit|pinky promise)(?: (?:to|that|you'?ll|you will|u'?ll))",
    r"<you> (?:have to|need to|must|gotta|got to) (?:promise|swear)",
    # A promise asked for outright: "on one condition: promise you'll actually text me".
    r"(?:(?<=^)|(?<=[.!?:;,] )|(?<=- )|(?<=just )|(?<=but )|(?<=and )|(?<=now ))(?:promise"
    r"|swear|pinky promise)(?: me)?(?: that)? (?:<youll>|<you> will|<youd>|to (?:text|call"
    r"|message|ring|use|get in touch|reply|write))",
    rf"<you> (?:did |literally |even |definitely )?(?:said|say|told me|tell me|swore|agreed)"
    rf"(?: that)? <youd> {CONTACT}",
    r"(?:remember|don'?t forget)(?: that)?,? <you> (?:said|promised|agreed|owe)",
    r"<you> gave me <your> word",
    r"make sure (?:<you> )?(?:text|call|message|reply|ring|get back|let me know|use|save)",
    # Not left to them: "it's kind of mandatory", "I'm going to need your number".
    r"(?:it'?s|its|it is|this is|that'?s) (?:kind of |kinda |sort of |basically |pretty much "
    r"|totally |honestly )?(?:mandatory|compulsory|required|non-negotiable|not optional)",
    r"<im> (?:going to|gonna) (?:have to have|have to get) <your> (?:number|digits|details)",
    # A custom that binds them: "it's tradition that everyone swaps numbers, so...", "it's
    # customary to exchange numbers" (not a custom of something else: "a tradition to get chips").
    r"(?:it'?s|its|it is|that'?s)(?: (?:a|an|the|our|kind of|kinda|sort of))?(?: [\w'-]+){0,2}?"
    r" (?:tradition|custom|customary|traditional|rule|done thing)\b[^.!?;]{0,40}?\b(?:swap"
    r"|exchang|shar|trad|giv|hand)\w* (?:<num>|theirs|their <num>)",
    # A duty of one's own passed on: "my manager expects me to collect contacts".
    r"(?:my|our) (?:boss|manager|company|employer|supervisor|job|team lead|organi[sz]ers?"
    r"|coach|teacher) (?:expects|requires|needs|wants|makes|told|asked) (?:me|us) to (?:get"
    r"|collect|take|have|gather)",
    # A reminder that it is a duty: "Call me at 6. Don't forget."
    r"(?:don'?t|do not) forget(?: to (?:text|call|message|msg|ring|reply|save|use|get back"
    r"|write|answer))?(?=\s*(?:[.!]|$))", r"(?:don'?t|do not) forget to (?:text|call|message"
    r"|msg|ring|reply|get back|answer)",

]

#: Their feelings or their answer declared for them, as if already known.
ASSUMED: Final = [
    # Their interest taken as known: "I know you're into me", "we both know you're keen".
    r"i can (?:tell|see)(?: that)? <youre> (?:(?:so|totally|clearly|obviously|secretly|really)"
    r" )?(?:into|interested in|attracted to|keen on|feeling) (?:me|this|it)",
    r"(?:i|we both|<you>) know(?: that)? <youre> (?:(?:so|totally|clearly|obviously"
    r"|secretly|really) )?(?:into|interested in|attracted to|keen on|feeling) (?:me|this|it)",
    # Their wish declared for them: "I can tell you've been dying for me to ask".
    r"(?:i can (?:tell|see)|i know|(?:it'?s )?(?:clearly|obviously))(?: that)? <you>(?:'ve| have)?"
    r" been (?:wanting|waiting for|dying for|hoping for|itching for|willing) me to\b",
    # Their liking declared for them: "u clearly fancied me at the gig", "obviously you like me".
    r"(?:<you> (?:so |totally )?(?:obviously|clearly|definitely|def|totally)|(?:obviously"
    r"|clearly),? <you>) (?:liked|like|fancied|fancy|were into|are into|have a thing for"
    r"|had a thing for|had a crush on|have a crush on|were flirting with) me\b",
    # Their interest guessed from a like or a look: "so I guess you're keen 😏".
    r"i (?:guess|take it|assume|reckon|figure) <youre> (?:(?:so|totally|clearly|obviously"
    r"|def|defo) )?(?:keen|interested|into (?:me|it|this)|up for it|down)\b"
    r"(?! (?:on|to|for|in|with)\b)",
    r"(?:since|because|cause|cuz) <youre> (?:clearly|obviously)? ?into me",
    r"<youre> (?:clearly|obviously) into me",
    r"i know <youll> (?:use|call|text|say yes|want)",
    # Their feelings declared for them: "you clearly felt the chemistry too".
    r"<you> (?:clearly|obviously|definitely|totally|so) (?:felt|feel|like|want|fancy|dig)\b",
    r"(?:pretty |so |it'?s |kinda |very )?(?:obvious|clear) (?:that )?<you> (?:\w+ )?(?:fancy"
    r"|like|want|dig|have a crush on|(?:are|'re) into) me\b",
    r"we both (?:felt|feel|know|knew) (?:it|that|the (?:chemistry|spark|vibe|connection))",
    # ...or what they have been doing, declared for them: "I can tell you've been into me all
    # night", "we both know you've been flirting with me".
    r"(?:i (?:can|could) (?:tell|see|sense)|i know|we both know|(?:it'?s|its) (?:so |pretty )?"
    r"(?:obvious|clear))(?: that)? <you>(?:'ve| have|ve) (?:(?:so|totally|clearly|obviously"
    r"|secretly|really|kinda|kind of|just) )?(?:been (?:into|flirting with|eyeing(?: up)?"
    r"|staring at|making eyes at|crushing on|falling for|keen on|fancying|hitting on"
    r"|checking(?: out)?) me|fallen for me|(?:got|had) a (?:crush|thing) (?:on|for) me)\b",
]
