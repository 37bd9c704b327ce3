"""Purpose frames: the words after which an ask says what the contact is for.

"so we can...", "I'd love to...", "your number to...", "our team needs...": ``_purpose``
reads what follows each frame to decide whether it is a reason or only the request again.
"""

from __future__ import annotations

from workshop.checkers.text._cues import compile_one

FRAMES = compile_one(
    r"so (?:that )?(?:we|i|you|u)(?: can| could| might| may| will|'ll| would)(?! as well)",
    # What they will have: "just so we've got someone to text on the rough days" (not what
    # they have done: "ok so we've basically been mates all night" tells, it has no purpose).
    r"so (?:that )?(?:we|i|you|u)(?:'ve| have| has|'ll have| will have|'d have)(?: got)?"
    r"(?! (?:[\w'-]+ly |just |already |all |both |kinda |kind of |sort of )?(?:been|had|met"
    r"|known|seen|done|spent|talked|chatted|[a-z]+ed)\b)",
    r"(?:in order|so as) to",
    r"(?:can|could|may|shall) i (?:text|send|email|e-mail|share|show|forward|pass)"
    r" (?:you|u) (?:the|a|an|that|those|these|some|more|details|info)",
    r"<id> (?:really |so |just |also |absolutely |honestly )?(?:love|like|want|enjoy"
    r"|be (?:happy|glad|keen|up for|interested)) (?:to|a|an|some|the chance to|your help)",
    r"would (?:really |so )?love (?:to|a|an)",
    # The chance welcomed, in any register: "I'd welcome the chance to discuss a collaboration".
    r"<id> (?:really |so |very much |greatly )?(?:welcome|value|appreciate|relish) (?:the|a|an)"
    r" (?:chance|opportunity) to",
    r"(?:we|u)(?: could| can| should| might| have to| gotta|'ll|'d| would| must| cud| cld| cn)"
    r"(?: (?:totally|maybe|definitely|also|always|really|then|even|still|so))?",
    r"let'?s", r"i could",
    # ...or added as an afterthought: "would it be weird if I asked? like for the study group".
    r"(?:(?<=^)|(?<=[.!?] ))(?:it'?s |just |like,? )?for (?:the|a|our|my)",
    # Pidgin's "we can" and "I want to": "we fit continue this gist", "I wan continue".
    r"(?:we fit|make we|i wan(?: to)?|i go)", r"(?:want to|wanna|can|will|i) jio",
    r"(?:<num>|number|it|digits) fi\b",
    r"(?:most |very |so |really )?(?:grateful|pleased|delighted|honou?red) to",
    # The next one planned: "Next game's at my place".
    r"(?:the )?next (?:game|match|one|round|session|meet(?:up)?|jam|gig|practice|ride|run)"
    r"(?:'s| is| will be)? (?:at|on)\b",
    # Help they could give: "I'd love your tips on Accra".
    r"<id> (?:really |so )?(?:love|like|appreciate|welcome|value) (?:<your>|some|any) (?:tips"
    r"|advice|help|recommendations|recs|thoughts|input|take|pointers|notes)",
    # A need of theirs they told you about: "you said you're after a tennis partner".
    r"<you> (?:said|mentioned|told me)(?: that)? (?:<youre> (?:after|looking for|needing|short of"
    r"|missing|short)|<you> (?:need|needed|want|wanted|were looking for|are looking for))\b",
    # A plan told plainly, as many Englishes do: "Next week we go again lah".
    r"(?:next (?:week|time|month|\w+day)|tomorrow|this weekend|later),? we (?:go|play|meet|do"
    r"|try|train|climb|run|bowl|practi[cs]e|jam|eat|study)\b",
    r"(?:i (?:want|need|wanted|was hoping|hope|plan|wish|mean|meant|promised|'?d like|would"
    r" like)|<im> (?:hoping|planning|meaning|dying|itching|trying))"
    r" to",
    # Eagerness with its object: "keen to keep yarning about...", "excited to show you..."
    r"(?:(?:<im>|i'?d be|i would be|i was|so|really|super|just|also) )?(?:keen|eager|excited"
    r"|dying|itching|stoked|happy|glad|hoping) to",
    r"(?:<num>|numba|numbr|nmbr|e-?mail|it|yours|theirs|mine|ours)(?: then| now| too| as well"
    r"| please| pls)?,? (?:to|for|fuh|fi|2|4)",
    # Something they will be sent or brought, "you" said or not, in any English: "I'll send
    # the slides", "want 2 send u dat recipe", "gonna forward over the photos".
    r"(?:<ill>|i can|i could|i (?:want|wanna|need) (?:to|2)|want (?:to|2)|wanna|gonna|lemme"
    r"|let me) (?:bring|send|show|give|lend|drop off|pass on|forward|share|e-?mail|post|mail"
    r"|print|scan)(?: (?:you|u|ya|over|across|along|round))? (?:the|that|dat|dis|dem|a|an|some"
    r"|those|these|my(?! (?:number|digits|contact|details|card|mobile|phone)))\b"
    r"(?! (?:text|message|msg|dm|call|ring|buzz|line|shout|request|invite|hi|hello|wave)\b)",
    # News they will be given: "I will update you regarding the committee meeting", "keep you
    # posted on the fixtures", "let you know when the results are out".
    r"(?:update|inform|notify|remind|brief|alert|advise|let (?:you|u|ya) know|keep (?:you|u|ya)"
    r" (?:posted|updated|informed|in the loop)|fill (?:you|u|ya) in|loop (?:you|u|ya) in)"
    r"(?: (?:you|u|ya|kita|kayo|aap|dich|te|vous))?(?: later| soon| again)? (?:about|on|re"
    r"|regarding|of|when|once|if"
    r"|as soon as|how)",
    # Doing it gladly: "I'd happily team up again on the rota".
    r"<id> (?:very |so |really |more than )?(?:happily|gladly|willingly)",
    # What a group is short of: "our team needs a sixth", "we need a partner for the quiz".
    # ...however many words name the group: "the board game night crew needs a fifth".
    r"(?:our|my|the|this|dat) (?:[\w'-]+ ){0,3}?(?:team|group|band|choir|crew|squad|club|side"
    r"|lineup|table|society|gang|lot|guild|clan|league|party|roster|orchestra|troupe|cast)"
    r"(?:'s| is)? (?:needs"
    r"|is looking for|could use|is short|is missing"
    r"|wants|is after)",
    # ...whatever the group or event, when what it needs is people: "the carol service really
    # needs altos", "our sewing circle's short of hands" (not a thing: "my phone needs a
    # charger").
    r"(?:our|my|the|this|dat) (?:[\w'-]+ ){0,3}?[\w-]+(?:'s| is)? (?:really |badly "
    r"|desperately |still |so )?(?:needs|short of|could use|is crying out for)(?= (?:a |an "
    r"|one |more |some |two |three |another |extra )?(?:[\w'-]+ )?(?:players?|hands"
    r"|volunteers?|helpers?|altos?|sopranos?|tenors?|basses|voices|singers?|members?|people"
    r"|bodies|drivers?|subs?|partners?|dancers?|fourth|fifth|sixth|third)\b)",
    r"we(?: need| could use| are looking for|'re looking for| are short|'re short|'re missing"
    r"| are missing| are after|'re after)",
    # The same said in a hurry, with no subject: "need a fourth for the doubles comp saturday".
    r"(?:(?<=^)|(?<=[.!?,;:] )|(?<=- ))(?:still |just )?(?:need|needing|looking for|short of"
    r"|missing|after) (?:a|an|one|one more|another) (?:\w+ )?(?:player|partner|fourth|third"
    r"|fifth|sixth|second|[2-9](?:nd|rd|th)|sub|teammate|team-mate|member|person|driver|singer"
    r"|drummer|bassist"
    r"|keeper|goalie|volunteer|helper|hand|body|bod|plus-one|plus one|lift|ride)\b",
    # A plan already made: "we're doing the coastal walk Sunday".
    # (One's own leaving is urgency, not a plan to share: "I'm off to Lagos tomorrow".)
    r"(?:we'?re|we are|<im>) (?:doing|having|heading to|throwing|booking|getting)",
    r"(?:we'?re|we are) off to",
    # What they will do with it: "give me your digits and I'll sort out the fixtures".
    r"(?:and|then) (?:<ill>|i can|i could)",
    # The same in the plain present, as many Englishes say it: "then I add you to the chat".
    r"(?:and|then) i (?:add|send|invite|forward|put|pass|share|book|text|call|message) (?:you|u"
    r"|ya)\b",
    # A task both were given: "seeing as we both got roped into running the raffle".
    r"(?:seeing as|seeing that|since|as|because|cos|cuz|given) we(?:'re| are|'ve| have)?"
    r" (?:both|all) (?:got |been |ended up )?(?:roped into|organi[sz]ing|running|in charge of"
    r"|helping (?:with|out)|volunteering|stuck with|coordinating|planning|on the)\b",
    # (Its "so we..." is read by the "so we can" frame: "it's just so we can stay in touch".)
    r"(?:it'?s|its|this is|that'?s|it is) (?:just |only |mainly |mostly |purely )?(?:so|for)"
    r"(?! (?:that )?(?:we|i|you|u)\b)",
    r"(?:i (?:need|want)|<im> looking for) (?:someone|somebody|people|a|an)",
    # Someone close who wants something of theirs: "my mum wants to order one of your cakes".
    r"(?:my|our) (?:[\w'-]+ ){0,2}?(?:mum|mom|mam|dad|sister|brother|cousin|friend|mate|boss"
    r"|flatmate|roommate|partner|wife|husband|kid|son|daughter|aunt|auntie|uncle|gran|nan"
    r"|neighbour|neighbor|colleague|company|school|church|office)(?:'s| is)? (?:wants|needs"
    r"|would love|'d love|would like|'d like|is after|is keen|asked me)\b",
    # Something spare on offer: "my cousin has a spare room you might want".
    r"(?:has|have|'s got|'ve got|got) (?:a |an |two |some )?(?:spare|extra)",
    # Trying to, with no subject: "tryna link for the studio session".
    r"(?:(?<=^)|(?<=[.!?,;:] )|(?<=- ))(?:tryna|trynna|tryin(?:g)? (?:to|2)|hoping (?:to|2)"
    r"|planning (?:to|2)|wanting (?:to|2))",
    # The same with no subject: "need someone to split an uber with after".
    r"(?:(?<=^)|(?<=[.!?,;:] )|(?<=- ))(?:still |just |really )?(?:need|needing|looking for"
    r"|want) (?:someone|somebody|people|a buddy|a mate|company) (?:to|for|who|2)",
    # A need said in a hurry or in text speak: "Need 2 add u 2 the PTA group", "need you for
    # the five-a-side Sunday".
    # (Not "need to know before your uber gets here": knowing it is the request again.)
    r"(?:(?<=^)|(?<=[.!?,;:] ))(?:i )?(?:need|needa|gotta|have) (?:to|2|ta)(?! (?:know|get|have"
    r"|go|leave|run|dash|ask)\b)",
    # ...and "gotta" with its "to" left out, to pass something on: "gotta send you the meme"
    # (not "gotta try", "gotta shoot my shot").
    r"(?:(?<=^)|(?<=[.!?,;:] ))(?:i )?gotta(?= (?:send|show|give|lend|bring|forward|pass on"
    r"|introduce|teach|add (?:you|u)|invite (?:you|u))\b)",
    r"(?:need|want) (?:you|u|ya) (?:for|on|in)",
    r"(?:<im>|we'?re|we are) (?:looking for|organi[sz]ing|putting together|running|planning"
    r"|starting|hosting|setting up|new (?:in|to)|trying to|collecting|building|working on)",
    r"i (?:run|organi[sz]e|host|lead|coach|teach|manage|play in|sing in|help run) (?:a|an|the"
    r"|our|my)", r"(?:i'?ve got|i have|i got) (?:\w+ )?(?:tickets?|passes|a spare|an extra)",
    r"looking for", r"in case <you> (?:ever )?(?:want|need) (?:a|an|to|some)",
    # A practical need that may come up: "in case they announce a replacement bus".
    r"in case (?:they|one of us|either of us|we|it|the \w+|there'?s|there is|of|a|an|any"
    r"|anything|something|plans?|my|our)\b",
    r"if <you>(?:'d| would)? (?:ever )?(?:want|need|fancy|like) (?:a|an|some|to)",
    r"we'?d (?:make|be) (?:a )?(?:great|good|fun|perfect)",
    r"(?:swap(?:s|ped|ping)?|exchang(?:e|es|ed|ing)|shar(?:e|es|ed|ing)|trad(?:e|es|ed|ing))"
    r" (?:numbers|contacts|digits|details|nums|no'?s) (?:and|n|&|an'?|\+)(?: maybe)?",
    r"(?:helpful|useful|handy|easier|easiest|quicker) (?:to|for)",
    r"(?:it'?d|it would|would|it'?ll|it will|that'?d|that would) be (?:really |so |super )?"
    r"(?:fun|great|nice|lovely|cool|awesome|amazing|brilliant|good|braw) (?:to|tae|ta|2)",
    r"(?:<ill>|i can|i could|<id>|<id> love to|<id> like to|i want to|i wanna|lemme|let me)"
    r" (?:text|send|email|e-mail|share|show|forward|pass|give|add)"
    r" (?:you|u) (?:the|a|an|that|those|these|in|into|on|onto"
    r"|my(?! (?:number|digits|contact|details|card"
    r"|phone))|some|more|to|about|when|details|info)",
)
