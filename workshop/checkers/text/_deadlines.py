"""Deadlines, threats and hurry: a time or a cost set on their answer.

Part of the pressure of ``_pressure`` (read there with the rest): "text me by Friday",
"or I'll find you on socials", "quick, before I lose my nerve".
"""

from __future__ import annotations

from typing import Final

from workshop.checkers.text._pressure_words import RING_ME, SENTENCE_START, WHEN

DEADLINE: Final = [
    # Their reply expected by a date: "I expect your thoughts by Thursday".
    r"(?:expect|need|want|await|require) (?:<your>|a|an|some) (?:[\w-]+ )?(?:reply|response"
    r"|answer|comments?|feedback|thoughts|views|notes|input|decision|confirmation|signature)"
    r"\b[^.!?]{0,20}?\b(?:by|before|no later than|within|tonight|tomorrow|today)\b",
    # Anything owed expected of them at a time: "I'll be expecting the slides first thing".
    r"(?:i|we)(?:'?ll| will|'?m| am| do)?(?: (?:be|fully|totally|really|definitely|still))*"
    r" expect(?:ing)? (?:it|that|them|those|the (?:[\w-]+ )?(?:slides|sheet|file|doc|docs"
    r"|document|notes|link|money|cash|payment|photos|pics|report|draft|form|list|details|info"
    r"|rematch|invoice|figures|numbers|code|keys|book|tenner|fiver))(?![\w'])[^.!?]{0,25}?"
    r"\b(?:by|before|no later than|within|tonight|tomorrow|today|first thing|asap|this"
    r" (?:evening|afternoon|week|weekend)|on \w+day)\b",
    r"(?:<ill>|i will|<im> (?:going to|gonna)|i'?ma|imma)(?: just)? keep (?:on )?(?:bugging"
    r"|pestering|hassling|messaging|texting|calling|asking|nagging|poking|spamming|bothering"
    r"|chasing|harassing|badgering|following|dming|ringing|liking)\b",
    r"(?:<wont>|not|never)(?: going to| gonna)? (?:be )?(?:leav(?:e|ing)|going anywhere"
    r"|moving|stop(?:ping)?|giv(?:e|ing) up)<gap>(?:until|till|unless|without)",
    r"or (?:don'?t|do not|never) bother", r"or <ill> (?:assume|know|take (?:it|that)|just)",
    # An order with a cost to one's feelings for the no: "use it or I'll be heartbroken",
    # "call me or I'll cry".
    r"(?:use|call|text|ring|message|msg|save|keep|dial|phone|dm) (?:it|me|this|that|them|my"
    r" number)\b,? or (?:else\b|<ill>|<im> (?:gonna|going to)|i'?d)",
    r"or (?:just )?(?:forget (?:it|about (?:it|me)|i asked)|never ?mind|we'?re done"
    r"|<im> (?:done|out|gone)|that'?s it|it'?s over"
    r"|lose (?:it|me|<your> chance)(?![,.]? (?:up to you|your call|your choice|whatever"
    r"|no pressure|i'?m not (?:bothered|fussed)))"
    r"|<youll> (?:lose|miss|regret)|<ill> (?:delete|block|move on|find|give it to|give <your>"
    r" (?:spot|place|seat|ticket|slot) to|ask"
    r" someone))",
    r"not leaving", r"(?:until|till|'?til) <you> (?:give|say|agree|hand)", r"or else",
    # Not going without it: "I won't go home without your number", "not leaving without it".
    r"(?:<wont>|not|never|<cant>|refuse to) (?:go(?:ing)? home|leav(?:e|ing)|go(?:ing)?"
    r"|walk(?:ing)? away|giv(?:e|ing) up)(?: [\w'-]+){0,2}? without (?:it|<your>|yours|them"
    r"|that)\b",
    # A cost attached to the no: "Swap numbers with me or I'm not showing you the problem".
    r"\bor (?:<im> not|i'?m not going to|<ill> not|i <wont>|i (?:will|am) not|<you> <wont>"
    r" (?:get|see|hear)|<you> (?:don'?t|do not) get|<you> (?:can'?t|cannot) (?:come|have"
    r"|get))\b(?! (?:sure|fussed|bothered|pushing|pressuring|trying|asking|gonna push)\b)",
    r"(?:last|final) (?:chance|offer|call|warning)", r"now or never", r"take it or leave it",
    r"(?:one|1)[- ]time offer", r"limited time",
    r"(?:offer|this) (?:expires|ends|won'?t last)",
    SENTENCE_START + r"(?:and |so |ok |okay |fine,? )?(?:<im> not|<ill> not|i <wont>|<wont>"
    r"|not|never|<im> never)(?: going to| gonna)? ask(?:ing)? (?:you )?(?:again|twice"
    r"|a second time)"
    r"(?!,? (?:if|unless|though|i promise|promise))",
    # A verdict read into their silence past a cutoff: "if you don't text by Friday I'll
    # assume you hated the gig".
    r"if <you> (?:don'?t|do not|won'?t|never)\b[^.!?;\n]{0,25}?\b(?:by|before|within|until)"
    r"\b[^.!?;\n]{0,30}?(?:<ill>|<im> gonna|<im> going to) (?:just )?(?:assume|take it|know"
    r"|guess|figure)\b",
    # (Not across a verdict on oneself: "if you don't I'll know you think I'm a loser".)
    r"if <you> (?:don'?t|won'?t|say no|refuse)\b(?:(?!fine|ok\b|okay|cool|no worries|no prob"
    r"|alright|understand|know\b|think\b|assume\b)[^.!?;\n]){0,30}?\b(?:<ill>|i'?m|i am|i'?d)\b"
    r"(?! (?:totally |completely |perfectly |absolutely |really )?(?:understand|survive|live"
    r"|cope|get over it|recover|be (?:fine|ok"
    r"|okay|cool|good|alright)|get it|respect|be totally|still|not|know"
    r"|be (?:really |so |very |pretty |totally )?(?:sad|upset|hurt|heartbroken|devastated"
    r"|crushed|gutted|disappointed)"
    r"|(?:just )?(?:assume|think|take it|guess|figure)(?: that)? (?:<im>|i was|it'?s me"
    r"|<you> (?:hated|didn'?t (?:like|enjoy))(?! me\b)))\b)",
    r"if i(?: don'?t| do not| haven'?t| have not|'?ve not| hadn'?t| didn'?t| still haven'?t)"
    r" (?:hear|heard|get|got) (?:from <you> |a (?:text|reply|call|message) )?(?:by|within"
    r"|before)",
    # What they will get for not writing: "if I don't hear from you I'll just keep turning
    # up at the library".
    r"if i (?:don'?t|do not) (?:hear from <you>|get a (?:text|reply|call|message))\b[,]?"
    r" <ill> (?:just )?(?:keep|come|turn|show|find|be|go|ask)",
    r"<ill> (?:just )?keep (?:turning|showing|popping) up",
    # A message wanted when they arrive somewhere: "Let me know when you get back".
    r"(?:let me know|lmk|text me|message me|msg me|ring me|call me|ping me) (?:when|once"
    r"|as soon as) <you> (?:get|are|arrive|reach|land|make it|'re) (?:back|home|in|there|to)\b",
    r"(?:let me know|lmk|text me|message me|msg me|ring me|call me|ping me|buzz me) (?:when"
    r"|once|as soon as) <youre> (?:back|home|in|there|safe)\b",
    # Nagging promised for their silence: "I'll message again tomorrow if you're quiet".
    r"<ill> (?:\w+ )?(?:message|text|call|ring|try|write|ping|check in|chase|nudge)(?: <you>)?"
    r"(?: again)?\b<gap>\bif (?:<youre> (?:still )?(?:quiet|silent|busy|ignoring)|i (?:don'?t"
    r"|do not|haven'?t) hear|<you> (?:don'?t|do not|haven'?t|didn'?t))",
    r"if <you>(?: don'?t| do not| haven'?t| have not|'?ve not| didn'?t) (?:text(?:ed)?"
    r"|call(?:ed)?|messag(?:e|ed)|repl(?:y|ied)|ring|rung|rang|answer(?:ed)?|get back to me"
    r"|got back to me|get in touch|got in touch)(?: me)?(?: back)? (?:by|within|before)",
    # A deadline with a cost: "I need it before 9 though, otherwise I'm giving the spot..."
    r"(?:need|want|have to have|must have|gotta have) (?:it|that|<your> \w+|an answer"
    r"|a reply|to know)\b<gap>\b(?:before|by|within|tonight|today|asap|now)\b",
    r"otherwise,? (?:<ill>|<im>|i'?d|i (?:will|have to|must|need))\b",
    # A cutoff with a cost: "answer by noon or I'm giving your ticket to someone else".
    r"\bor <im> (?:giving|handing|passing|selling|offering|letting) (?:it|<your>|the|them"
    r"|my)\b",
    r"(?:answer|reply|respond|get back to me|text me back|let me know|decide)(?: me)? by"
    r" (?:noon|midnight|\d|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)",
    r"(?:by|before) (?:tonight|tomorrow|friday|the end of)<gap>or",
    r"(?:<you> have|<you>'?ve got|<you> got|<ill> give <you>) (?:until|till|\d+ (?:hours?"
    r"|minutes?|mins?|days?)|(?:an?|one|two|five|ten|24) (?:hours?|minutes?|days?))",
    r"<ill> (?:just )?(?:be )?(?:wait(?:ing)?|stay(?:ing)?|sit(?:ting)?|stand(?:ing)?"
    r"|stick(?:ing)? around|hang(?:ing)? around)(?: right)? (?:here|there|outside|around)"
    r"\b<gap>\b(?:until|till|unless)",
]

THREAT: Final = [
    # Going round them for it: "or do I have to get it off your flatmate?".
    r"(?:do i|should i|will i|i'?ll|i will|or i) (?:have to |need to |just |gotta )?(?:ask"
    r"|get it (?:from|off)|go through|beg) <your> (?:mate|friend|pal|bestie|sister|brother|mum"
    r"|mom|dad|cousin|colleague|boss|flatmate|roommate|bf|gf|boyfriend|girlfriend|friends"
    r"|mates)\b",
    r"(?:find|track|look|hunt) (?:<you>|u) (?:down |up )?on <social>\b[^.!?]{0,12}?"
    r"(?:otherwise|anyway|instead|if not)", r"otherwise\b[^.!?]{0,20}?(?:find|track|look up"
    r"|hunt) (?:<you>|u)",
    r"follow(?:ing)? <you> (?:home|around|out|back|to <your>|everywhere)",
    r"(?:have to|gonna|going to|will i|i'?ll|i will) (?:\w+ )?(?:hunt|track|stalk) (?:<you>|u)"
    r" down\b",
    r"(?:i )?know where <you> (?:live|work|stay|sleep|park)",
    r"find (?:out )?where <you> (?:live|work|stay)",
    r"(?:show|turn)(?:ing)? up at <your>",
    r"(?:come|coming) (?:to|round to|over to|by) <your> (?:house|place|flat|apartment|work"
    r"|office|home|door)", r"<ill> be watching", r"(?:i'?ve been|<im>) watching <you>",
    r"<ill> (?:just )?(?:find|track(?: down)?|hunt(?: down)?) (?:<you>|it|<your> \w+)"
    r"(?! (?:on|at|there|in class|after|later|tomorrow|next)\b)",
]

URGENCY: Final = [
    r"as soon as (?:<you>|possible|u)", r"asap", r"(?:the )?sooner the better",
    # Formal hurry: "kindly revert at the earliest".
    # (Not when lifted: "please do not feel any obligation to respond promptly".)
    r"at the earliest\b", r"(?<!obligation to )(?<!obliged to )(?<!need to )(?<!pressure to )"
    r"(?<!rush to )(?<!have to )(?<!expected to )(?:revert|respond|reply|get back)(?: back)?"
    r"(?: to me)? (?:urgently|immediately|promptly)\b",
    # The formal way to say it: "at your earliest convenience".
    r"at <your> (?:earliest|first) (?:convenience|opportunity|possible)",
    r"right (?:now|away) (?:or|please)",
    # (Not "no need to reply right away": lifting the hurry is no hurry.)
    r"(?<!no need to )(?<!no rush to )(?<!have to )(?<!need to )(?<!no pressure to )"
    r"(?:text|call|message|reply|answer|put|save|give|send|ring|write|respond|msg|dm|get"
    r" back|hit me)(?: \w+){0,6} (?:right|straight) (?:now|away|this second)",
    # (Not a time told: "it collapsed the moment you left".)
    r"the (?:second|minute|moment) <you>(?! (?:\w+ed|left|went|said|came|got|told|saw|sat|ran"
    r"|made|took|gave|spoke|sang|won|lost|began|found|felt|knew|brought|caught|threw|wrote"
    r"|stood|did|had|were|was)\b)", r"(?:within|in) the (?:next )?hour",
    r"(?:within|in) the next (?:[\w-]+ )?(?:minutes?|mins?|hours?|seconds?|secs?)",
    r"(?:decide|choose|answer|think|be) (?:quick|quickly|fast|now)\b",
    # The answer hurried before something happens: "quick, reply before my bus comes".
    r"(?<!no need to )(?<!no rush to )(?<!have to )(?<!need to )(?:answer|reply|decide|choose"
    r"|say yes|tell me) (?:quick(?:ly)? |fast )?before (?!<you>\b)\w+",
    # (Not lifted: "no hurry at all", "in no hurry".)
    r"(?<!no )(?<!nae )(?<!no big )(?<!no real )(?<!in no )(?<!not in a )hurry(?: up)?",
    r"clock'?s ticking", r"times? (?:is )?running out",
    # A hurry word opening the sentence, before an order or a moment: "Quick, before the
    # doors open..." (not "quick question", not "quick, what was that band called?").
    r"(?:(?<=^)|(?<=[.!?] )|(?<=[.!?]))(?:quick|quickly|hurry|fast|chop chop)\s*[,!:;-]+\s*"
    r"(?:before|answer|reply|decide|say|tell|give|hand|now)\b",
    r"(?:let me know|reply|text me|answer) asap",
    # A message ordered for a set time: "text me tonight", "msg me after ur shift ok",
    # even with a practical reason ("...so we can plan"): the time is still theirs to pick.
    # Only their own choice lifts it: "text me tonight if you want to come".
    # The call asked for by name is the same order: "give me a ring at 6 tomorrow".
    rf"(?<!can )(?<!could )(?<!may )(?<!might )(?<!to )(?<!you )(?<!u )(?<!if )"
    rf"(?:(?:text|call|message|msg|ring|phone|dm|reply to|answer|get back to|hit) (?:me|us)"
    rf"(?: up| back)?|{RING_ME})\b[^.!?,]{{0,20}}?\b{WHEN}\b(?![^.!?\n]*?(?:"
    r"if (?:<you>(?:'d| would| still| ever)? (?:want|wanna|fancy|like|feel like|can make it)"
    r"|<youre> (?:still )?(?:up for|keen|in|free|around))))",
    # An answer wanted by a set time: "Let me know by tonight", practical reason or not;
    # their choice ("...if you're keen") lifts it.
    r"(?<!if )(?<!can )(?<!could )(?:let me know|lmk|tell me|get back to me|give me an answer"
    r"|reply|respond|confirm)\b[^.!?,]{0,15}?\b(?:by|before|no later than|until) (?:tonight"
    r"|tomorrow|today|the end of|\w+day|\d\w*|noon|midnight|this \w+|lunch|then)\b"
    r"(?![^.!?\n]*?\bif <you>)",
    # The time set and agreement asked for, "?" or not: "msg me after ur shift ok".
    rf"(?:(?:text|call|message|msg|ring|phone|dm) (?:me|us)(?: up| back)?|{RING_ME})\b"
    rf"[^.!?,]{{0,20}}?\b{WHEN},? (?:ok|okay|yeah|yh|k|kk|right|alright)\b",
]
