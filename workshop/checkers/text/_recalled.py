"""Time together recalled by what happened in it, not by a word for enjoying it.

LABELS.md: a connection "points back at their conversation or time together". People often
do that by telling what happened ("you beat me at that endgame", "the bike part we were
arguing about", "after the rehearsal went so well") or by how it was to do something with
them ("lovely to walk with you today"). A wish for time to come ("it'd be lovely to walk
with you sometime") is not one. Nor is what they did told by the time it happened ("you
pulled me up that last hill this morning", "you've been such good company tonight", "you
absolutely smashed that solo"), or how it was there ("what a hoot at the pub quiz tonight").

HINDSIGHT is the look back told by when and where it was, or by how it compared ("tonight at
choir was the most fun", "the highlight of my week").
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

# A look back on the time, told by when and where it was, or by how it compared:
# "Tonight at choir was the most fun", "yesterday in the lab was a laugh", "the best
# parkrun I've had in months", "the highlight of my week".
HINDSIGHT: Final = [
    # The time judged against all others: "that was the slowest quiz round of my life",
    # "it's been ages since I laughed this much at a wedding" (not "since I had a holiday").
    rf"(?:this|that|it|tonight|today)(?: was| has been|'s been) the (?:[\w-]+ ){{0,3}}?(?:{TALK}"
    rf"|{EVENT}) (?:of my life|ever|in (?:ages|years|forever))\b",
    r"(?:ages|years|forever|a long time|months|an age|a while|yonks) since i (?:last )?(?:laughed"
    r"|danced|sang|talked|chatted|smiled|had (?:this|so) much fun|had (?:such )?a (?:good |great )?"
    r"(?:time|laugh|night))\b",
    r"(?:tonight|today|yesterday|last night|this (?:morning|afternoon|evening)|earlier"
    r"|that night|the other (?:day|night)) (?:at|in|on|with|during) (?:the |our |that "
    r"|this )?(?:[\w'&-]+ ){0,3}?(?:was|were|has been|'s been|felt)\b",
    rf"(?:tonight|today|yesterday|last night|this (?:morning|afternoon|evening)|earlier"
    rf"(?: today)?|the other (?:day|night)|last (?:week|mon|tues|wednes|thurs|fri|satur|sun)"
    rf"(?:day)?) (?:at|in|on|during) (?:the|our|that) (?:[\w'&-]+ ){{0,2}}?{PLACE}\b",
    # An activity done with them, or where they were, looked back on: "Talking with you
    # after the Q&A was brilliant", "Chatting about Le Guin at the reception was...".
    r"(?:talking|chatting|speaking|dancing|singing|climbing|bouldering|running|playing"
    r"|working|volunteering|meeting|hanging out|debating|cooking|walking|hiking|jamming"
    r"|practi[cs]ing|training|studying|laughing|swimming|riding|cycling|gaming|painting"
    r"|sitting|queuing|queueing|sharing|teaming up|partnering|yarning|gisting|nattering)"
    r" (?:[\w'&-]+ ){0,5}?(?:with <you>|to <you>|at (?:the|that)|after (?:the|that)"
    r"|during (?:the|that)|in (?:the|that)|on (?:the|that)) (?:[\w'&-]+ ){0,4}?(?:was|has"
    r" been|'s been|were|made)\b",
    r"(?:best|most fun|funniest|nicest|greatest|loveliest|liveliest|happiest|wildest)"
    r"(?: [\w'&-]+){0,4}? (?:i|we)(?:'ve| have|'d)? (?:ever )?(?:had|done|been to|been on"
    r"|spent)\b",
    r"(?:the )?highlight of (?:my|the|our) (?:day|week|night|evening|weekend|trip|conference"
    r"|year|month|morning|afternoon|holiday|festival)",
    # Time spent together, in the perfect: "the best debate we've had", "we've shared".
    r"we(?:'ve| have)(?: just| both| all| finally| only| literally)? (?:had|done|shared"
    r"|played|danced|watched|talked|chatted|been through|met|spent|survived|sung|laughed)\b",
    # Kind to them or theirs, when it happened: "you were so lovely when Mochi was scared".
    r"(?:<you>|y'?all|you all|you guys) were (?:<very> )?(?:so |such )?(?:lovely|kind|sweet"
    r"|patient|helpful|nice|great|amazing|brilliant|wonderful|a star|a legend|a lifesaver"
    r"|hilarious|funny|good|fab|ace|class|calm|gentle|generous|a gem|a sweetheart|a laugh"
    r"|a hoot|a riot|a scream|good company|great company) (?:when|with (?:my|the|our|me)"
    r"|to (?:my|me)|about (?:my|the)|during|earlier|tonight|today|last night|yesterday"
    r"|at (?:the|that|our)|(?:help|fix|show|carry|push|hold|lend|lett|sav|teach|walk)\w*"
    r" (?:me|us|my|our))\b",
    # Something about them seen in the place both were: "you seemed to get the regression
    # stuff better in the tutorial", "the cake you liked so much at the reunion".
    rf"<you> (?:seemed|knew|got|explained|answered|asked|made|nailed|smashed|aced|understood"
    rf"|liked|loved|enjoyed|tried|ordered|wore|sang|won|brought)"
    rf" (?:[\w'-]+ ){{0,10}}?(?:in|at|during) (?:the|that|our) (?:[\w'-]+ )?{PLACE}\b",
    # The event they were both at, and the way back from it: "during the quiz", "when
    # you get home from the conference dinner".
    rf"during (?:the|this|tonight'?s|today'?s) (?:[\w'&-]+ ){{0,2}}?{EVENT}\b",
    rf"(?:home|back) from (?:the|our|that|tonight'?s|today'?s) (?:[\w'&-]+ ){{0,2}}?"
    rf"(?:{EVENT}|{PLACE})\b",
    # The shared thing enjoyed, by name: "enjoyed choir last night", "loved salsa".
    rf"(?:enjoyed|loved|liked) (?:[\w'&-]+ ){{0,2}}?(?:{EVENT}|{PLACE}) (?:last night"
    rf"|yesterday|today|tonight|this (?:morning|afternoon|evening|week)|earlier|on \w+day"
    rf"|last week)\b",
    rf"(?:enjoyed|loved) {EVENT}\b",
    # Their words quoted back (the quotation itself is blanked out before matching).
    r"<you> (?:said|told me|suggested|mentioned|were like)(?: that|,|:)?(?=\s{3})",
]
