"""Favours between the two, told with when or where: a shared moment, even as leverage.

LABELS.md: "a specific favour or moment together told with its time or place" points back at
time together ("after an hour holding your ladder at the fair"), even when it is then used
as leverage, which fails no_pressure instead. A favour with no when or where ("I bought you
a drink") is not one.
"""

from __future__ import annotations

from typing import Final

from workshop.checkers.text._together import ING, PLACE

# When it was, already past.
_WHEN = (r"(?:last (?:night|week|month|mon|tues|wednes|thurs|fri|satur|sun)(?:day)?|yesterday"
         r"|earlier(?: today| on)?|this (?:morning|afternoon|evening|arvo|week)|tonight|today"
         r"|the other (?:day|night))")
# Already past whatever the hour: not "tonight" or "today" ("having your number tonight").
_PAST = (r"(?:last (?:night|week|month|mon|tues|wednes|thurs|fri|satur|sun)(?:day)?|yesterday"
         r"|earlier(?: today| on)?|this (?:morning|arvo)|the other (?:day|night))")
# Where both were: "at the fair", "on our allotment".
_WHERE = rf"(?:at|in|on) (?:the|that|our) (?:[\w'&-]+ ){{0,2}}?{PLACE}\b"
# Where it was, by any word for where: "outside the museum", "in the Tesco car park".
_AROUND = (r"(?:at|in|on|outside|inside|by|near|under|behind|in front of) (?:the|that|our)"
           rf" (?:[\w'&-]+ ){{0,2}}?{PLACE}\b")
# Done for them or theirs, not the chasing, the noticing, the taking or the number itself: "I
# jumped your car", "I gave you my umbrella", "I got you a drink" (not "I texted you", "I
# noticed your car", "I got your name from the sheet", "I gave you my number").
_DONE_FOR = (r"i(?:'ve| have)? (?:just |once )?(?!(?:texted|messaged|called|asked|emailed"
             r"|pinged|noticed|added|followed|wanted|needed|missed|watched|saw|spotted|liked"
             r"|loved|met|passed|seen|clocked|googled|stalked)\b)(?:[\w-]+ed|gave|lent|held"
             r"|bought|got(?= (?:you|u)\b)|took|brought|drove|kept|caught|made|found|fed|paid"
             r"|swept|shared|dug|ran|threw)"
             r"(?!(?: (?:you|u|me))? (?:<your>|my) (?:number|digits|num|card|details|contact"
             r"|name|email|socials|insta)\b)"
             r" (?:you|u|it|<your> [\w'-]+|the [\w'-]+ for (?:you|u))\b")
# Doing something for them, not a favour still to come ("I'll be holding your seat").
# Nor watching or awaiting something of theirs ("watching you read", "expecting your call"):
# no favour, no exchange.
_DOING_FOR = (r"(?<!\bbe )(?<!'ll )(?<!\bwill )(?<!\bgonna )(?<!\bto )(?<!\bkeep )"
              r"(?!(?:watching|seeing|noticing|staring|eyeing|expecting|awaiting|waiting|hoping"
              rf"|missing|checking|reading|getting|having|wanting|needing)\b){ING}")

FAVOURS: Final = [
    # Time they gave, told by how long: "after an hour of you holding my ladder".
    r"(?:an?|the|that|all|two|three|\d+) (?:whole )?(?:hour|hours|minutes|mins|evening"
    r"|afternoon|morning|day) of (?:you|u) \w+ing\b",
    # A favour told with when it was: "after I covered your whole shift last week".
    r"i (?:just )?(?:covered|bought|lent|loaned|gave|got|held|saved|minded|watched|drove"
    r"|walked|helped|fixed|carried|fed|showed|taught|swapped|took|did|ran|picked up"
    rf"|dropped off) (?:you|u|<your>)\b(?: [\w'-]+){{0,4}}? {_WHEN}\b",
    # Doing something of theirs for them, told with where or when: "minding your bike at the
    # market", "at the fete holding ur gazebo", "carrying your amp up the stairs this morning".
    rf"{_DOING_FOR} <your> (?:[\w'-]+ ){{0,4}}?(?:{_WHERE}|{_PAST}\b)",
    # Whatever was done for them or theirs, told with a time already past: "after I
    # jump-started it this morning" (not the chasing: "I texted you yesterday").
    r"i (?:just )?(?!(?:texted|messaged|called|asked|emailed|pinged|noticed|added|followed"
    rf"|wanted|needed|missed)\b)[\w-]+ed (?:you|u|it|<your> [\w'-]+)\b(?: [\w'-]+){{0,2}}?"
    rf" {_PAST}\b",
    rf"{_WHERE} (?:[\w'-]+ ){{0,2}}?{_DOING_FOR} <your>\b",
    # ...or with where it was: "after I jumped your car in the Tesco car park on Sunday", "I
    # gave you my umbrella in that downpour outside the museum".
    rf"{_DONE_FOR}(?: [\w'-]+){{0,6}}? {_AROUND}",
    # Their help there, had already: "you've been such a help at the community garden",
    # "you were a massive help on the stall" (not one wished for: "you'd be a help").
    r"<you>(?:'ve| have)? (?:been|were|was) (?:such |a |an |<very> |big |great |huge |massive"
    rf" |real |brilliant |star )*help (?:at|on|in|with) (?:the|that|our) (?:[\w'&-]+ ){{0,2}}?"
    rf"{PLACE}\b",
    # Their help with something both were at, told with when: "you were a great help with the
    # bake sale this morning", "thanks for helping me on the stall today".
    r"(?:helped|helping|(?:been|were|was) (?:such |a |an |<very> |big |great |huge |massive"
    r" |real )*help"
    r"|<your> help|(?:the|all the) help) (?:me |us )?(?:with|at|on) (?:the|that|our|my)"
    rf" (?:[\w'&-]+ ){{0,2}}?[\w'&-]+ {_WHEN}\b",
]
