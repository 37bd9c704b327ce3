"""Time together recalled by what happened in it, not by a word for enjoying it.

LABELS.md: a connection "points back at their conversation or time together". People often
do that by telling what happened ("you beat me at that endgame", "the bike part we were
arguing about", "after the rehearsal went so well") or by how it was to do something with
them ("lovely to walk with you today"). A wish for time to come ("it'd be lovely to walk
with you sometime") is not one. Nor is what they did told by the time it happened ("you
pulled me up that last hill this morning", "you've been such good company tonight", "you
absolutely smashed that solo"), or how it was there ("what a hoot at the pub quiz tonight").
"""

from __future__ import annotations

from typing import Final

from workshop.checkers.text._together import DOING, EVENT, GOOD, PLACE, TALK

# Done to them or for them, but not the chasing itself: "you texted me today" is no moment.
_NOT_CHASE = r"(?!(?:texted|messaged|called|rang|asked|ignored|blocked|ghosted|dm'?d)\b)"
# A past verb with them as its subject: regular, or the irregular ones of shared moments.
_THEY_DID = (rf"{_NOT_CHASE}(?:\w{{2,}}ed|beat|ran|led|took|made|kept|got|gave|taught|showed"
             r"|brought|held|caught|drove|threw|sang|spun|won|stole|swung|dragged)")

# When the time was, already begun or past.
_WHEN = (r"(?:today|tonight|earlier|this (?:morning|afternoon|evening|arvo)|last night"
         r"|yesterday)")
# Not plans or wishes: "we were going to...", "we were hoping to...".
_NOT_DOING = r"(?!(?:going|gonna|hoping|planning|meaning|thinking|wondering|supposed|about)\b)"
# Not a wish: "would be lovely to...", "it'd be so nice to...".
_NOT_WISH = (r"(?<!\bbe )(?<!\bbe so )(?<!\bbe really )(?<!\bbe very )(?<!\bbe super )"
             r"(?<!\bbe such )")

# What is not done together again: contact, asking, meeting by chance, mishaps ("text me
# again", "never try again", "bump into you again", "be late again").
_NOT_AGAIN = (r"(?!(?:text|call|message|ring|hear|ask|try|contact|reach|use|save|lose|check"
              r"|see|bump|run into|bother|bug|chase|remind|nag|follow|write|email|dm|ping|say|be"
              r"|happen|miss|go through|get in touch|leave|forget|to|tae|ta|2|ever)\b)")

RECALLED: Final = [
    # Doing again what was done together, whatever the verb, wished for or planned: "if you
    # want to go over the thesis chapters again", "so we can crew the regatta again".
    r"(?:want|wanna|fancy|like|need|needs|feel|keen|up for|can|could|should|must|have to"
    rf"|gotta|to|tae|2) (?:to |tae |ta |2 )?(?:ever )?{_NOT_AGAIN}[\w'-]+(?: [\w'&-]+){{0,5}}?"
    r" again\b",
    # Something both did, named by it: "the chutney we tasted at the market" (not a want or
    # a plan: "the table we needed", "the trip we planned").
    r"(?:the|that|those) (?:[\w'&-]+ ){1,3}?we (?:just |both |all )?(?!(?:need|want|hop|plann"
    r"|wish|us)ed\b)\w{2,}ed\b",
    # More of it, like the time already shared: "practise more English-Spanish like today".
    rf"(?:again|more) (?:[\w'&-]+ ){{0,4}}?like (?:we did )?(?:{_WHEN}|last time)\b",
    # Beaten by them at something played together: "u destroyed me in that endgame".
    r"<you> (?:(?:totally|so|just|absolutely|literally|completely|properly) )?(?:beat|destroyed"
    r"|crushed|thrashed|smashed|wrecked|owned|schooled|demolished|battered|hammered|annihilated"
    r"|whooped|bodied|outplayed|outsmarted|outran|outdanced|out-danced|wiped the floor with"
    r"|ran rings (?:round|around)) me (?:at|in|on|during)\b",
    # Doing something together, told as it went on: "the tab we were arguing about".
    r"(?<!\bif )(?<!\bwhen )(?<!\bonce )we (?:were|was) (?:(?:just|both|all|literally|basically"
    rf"|kinda|still|properly) )?{_NOT_DOING}{DOING}\b",
    # The shared event named as what it held: "that hackathon demo was fire", "the quiz
    # final round got heated".
    rf"(?:that|the|this|our|tonight'?s|today'?s|last night'?s|yesterday'?s) {EVENT}"
    r" [\w'-]+ (?:was|were|went|got)\b",
    # How the event went: "after tonight's rehearsal went so well".
    rf"(?:that|the|our|tonight'?s|today'?s|last night'?s|yesterday'?s) (?:[\w'&-]+ ){{0,2}}?"
    rf"{EVENT} (?:went|turned out|ended up)\b",
    # How it was to do it with them, or there: "lovely to walk with you along the canal today",
    # "nice to finally put faces to names at the school gate".
    rf"{_NOT_WISH}{GOOD} to (?:finally |properly |actually |get to )?[\w'-]+ (?:[\w'-]+ ){{0,4}}?"
    rf"(?:with <you>|(?:at|in|on) the (?:[\w'&-]+ )?{PLACE}|{_WHEN})\b"
    r"(?! ?(?:some ?time|soon|one day|again|next|sometime))",
    # A verdict on the time with a word between: "it was still a very stimulating discussion".
    r"(?:this|today|tonight|that|it|yesterday|last night)(?: was| has been|'s been)"
    r" (?:still|really|truly|honestly|genuinely|definitely|certainly) (?:a|an|one|such a|some)"
    rf" (?:[\w-]+ ){{0,3}}?(?:{TALK}|{EVENT})\b",
    # A favour told with "did" and where they went: "I did drive you back from the trailhead".
    r"i did (?:drive|take|walk|bring|give|pick up|drop|ferry|carry) (?:you|u)\b(?: \w+){0,4}?"
    r" (?:to|at|from|after|during) (?:the|our|that|this|your|all|every|both|two|three|four"
    r"|five|six|\d+)\b",
    # Their children or dogs, already friends: "our two are thick as thieves at nursery".
    r"our (?:two|2|kids|little ones|littles|boys|girls|lads|dogs|pups|puppies|children|toddlers"
    r"|daughters|sons|youngest|eldest) (?:seem|seemed|are|were|have been|'re|really|clearly"
    r"|obviously)(?: \w+)? (?:inseparable|best (?:friends|mates|buds|pals)|thick as thieves"
    r"|getting on|got on|hit it off|love each other|adore each other|besties)\b",
    # What they did with me, at a time now gone: "u pulled me up that last hill this morning".
    # (Not the number itself: "you gave me your number earlier" names no meeting, LABELS.md.)
    rf"<you> {_THEY_DID} (?:me|us)\b(?! (?:<your>|the|a) (?:number|digits|details|contact"
    rf"|num|deets)\b)(?: [\w'-]+){{0,6}}? {_WHEN}\b",
    # Their turn there, praised: "you absolutely smashed that solo", "u slayed it".
    r"<you> (?:(?:totally|absolutely|so|literally|properly|just|really|completely) )?(?:slayed"
    r"|slew|killed|nailed|smashed|aced|rocked|crushed|bossed|stormed|owned|ate|carried) (?:it|that"
    r"|those|this)\b(?! (?:tomorrow|next|on \w+day|at the weekend))",
    # The time together spent on something: "we spent the whole ferry ride giggling at...".
    rf"we (?:spent|passed) (?:[\w'-]+ ){{0,6}}?{DOING}\b",
    # How it was there, by when: "what a hoot at the pub quiz tonight".
    rf"{_NOT_WISH}(?:such a|what a|had a|had such a) (?:[\w-]+ )?(?:laugh|blast|hoot|riot|ball"
    rf"|giggle|time|scream) (?:at|in|on|with|during) (?:[\w'&-]+ ){{0,4}}?{_WHEN}\b",
]
