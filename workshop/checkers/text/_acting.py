"""Acting for them without asking: the number put in their bag, their contact taken from a list.

Part of the offer checker (read there with the rest): it takes the choice of whether to get in
touch away from them (``gives_control``) even when nothing presses them (``no_pressure``).
"""

from __future__ import annotations

from typing import Final

from workshop.checkers.text._cues import CueSet

# Acting for them without asking takes the choice, even without pushing: "I've added you on
# WhatsApp, so we're connected now", "slipped my card in your bag when you weren't looking".
ACTED: Final = CueSet({
    "acted": [
        r"(?:added|followed|friended|messaged|requested|subscribed) (?:you|u) (?:on|to|in)"
        r" (?:<social>|the (?:group|chat|group chat|list)|my (?:contacts|list|group))",
        r"(?:slipped|snuck|sneaked|tucked|stuck|dropped|put|popped|left|wrote|scribbled|hid)"
        r" (?:it|them|my (?:number|card|digits|details)|a note|the note)(?: \w+)? (?:in|into"
        r"|on|inside|under) <your> (?:pocket|bag|jacket|coat|wallet|purse|book|notebook|hand|arm"
        r"|case|car|locker|desk|tote|backpack|handbag|drink|windscreen|door)",
        r"(?:number|card|digits)(?:'s| is) (?:already )?(?:in|on|inside) <your> (?:pocket|bag"
        r"|jacket|coat|wallet|purse|book|notebook|hand|arm|case|car|locker|desk|backpack|handbag)",
        r"when <you> (?:weren'?t|were not|wasn'?t) looking",
        r"so we'?re (?:all )?(?:connected|friends|mutuals|linked|sorted|set) now",
        # Taken or added without asking: "added you from the group chat", "saved yours from
        # the attendance sheet".
        r"(?:added|saved|took|got|grabbed) (?:you|u|yours|<your> (?:number|digits|details))"
        r" (?:from|off|out of) (?:the|a|my|our)\b",
        r"<ill> (?:just )?(?:take|get|grab|copy|pinch|nab|pull|save|add) (?:you|u|yours"
        r"|<your> (?:number|digits|details)) (?:from|off|out of) (?:the|a|my|our)\b",
        # Their phone, or their hand, used without asking: "I've popped my number into your
        # phone", "I'll write my number on your hand, hold still".
        r"(?:i'?ve|i have|i|already|just) (?:popped|put|typed|added|saved|entered|stuck|written"
        r"|wrote|punched)(?: my)? (?:number|digits|details|contact)? ?(?:in|into|on) <your>"
        r" (?:phone|contacts|mobile|hand|arm)(?![^.!?]{0,30}?(?:\?|\bif\b))",
        r"<ill> (?:just )?(?:write|put|type|pop|save|add|punch) (?:my (?:number|digits|details)"
        r"|it|myself) (?:in|into|on) <your> (?:phone|contacts|mobile|hand|arm)"
        r"(?![^.!?]{0,30}?(?:\?|\bif\b))",
        r"hold still",
        # Done first and owned up to after: "took the liberty of saving my number in your phone".
        r"(?:took|taken|taking) the liberty",
        r"(?:sav|putt|popp|typ|add|punch|enter|stor|writ)ing (?:my (?:number|digits|details"
        r"|contact)|myself|it) (?:in|into|on) <your> (?:phone|contacts|mobile|hand|arm)",
        r"(?:(?<=^)|(?<=[.!?] ))(?:just |already )?(?:saved|popped|added|typed|stored"
        r"|entered|punched) my (?:number|digits|details|contact) ?(?:in|into|on) <your>"
        r" (?:phone|contacts|mobile|hand|arm)",
        r"(?:let me|lemme|let's|i'?m (?:just )?(?:gonna|going to)|gonna) (?:just |quickly |quick )?"
        r"(?:save|put|pop|type|add|punch|stick|plug) (?:my (?:number|digits|details)|it|myself|me)"
        r" (?:in|into|on) <your> (?:phone|contacts|mobile|hand|arm)"
        r"(?![^.!?]{0,30}?(?:\?|\bif\b))",
        r"<ill> (?:just )?(?:add|put|pop|stick) (?:you|u) (?:to|on|in|into) (?:the|our"
        r"|my) (?:[\w'-]+ ){0,2}?(?:<social>|group|chat|list|channel)\b(?![^.!?]{0,30}?\bif\b)",
        r"passed (?:him|her|them|it) <your> (?:details|number|digits|contact)",
        r"(?:texted|messaged|called|rang|emailed|whatsapped|dmed|added) (?:you|u) (?:from|off"
        r"|using)"
        r" (?:the|a|my|our) (?:[\w'-]+ ){0,2}?(?:list|sheet|register|roster|group|directory|form)",
    ],
}, negatable=False)
