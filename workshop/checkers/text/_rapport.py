"""References to the time spent together: the connection an ask or offer builds on.

"Build a Connection First" and the follow-up's "it was great meeting you yesterday" both
point back at something the two people shared. A compliment ("you seem cool") or seeing
someone around ("I see you on the train") is not that: only the shared moment counts.
"""

from __future__ import annotations

import re
from typing import Final

from workshop.checkers.text._cues import CueSet, Hit, negated
from workshop.checkers.text._prepare import Prepared

# Words ending in -ing that are not activities ("good morning" is a greeting, not a chat).
_NOT_ACTIVITY = (
    r"(?<!morning)(?<!evening)(?<!thing)(?<!during)(?<!\bking)(?<!\bring)(?<!spring)"
    r"(?<!string)(?<!building)(?<!ceiling)(?<!clothing)(?<!pudding)(?<!feeling)(?<!\bwing)"
)
_ING = r"\w{2,}ing" + _NOT_ACTIVITY
_GOOD = (
    r"(?:great|nice|lovely|good|fun|awesome|amazing|wonderful|cool|brilliant|fantastic"
    r"|delightful|fab|excellent|super|special|enjoyable|memorable|interesting|blast|best"
    r"|ripper|cracking|smashing|lush|mint|epic|grand|beaut|brill|lekker|sick|class"
    r"|pleasure|a pleasure|a delight|a joy|a treat|a blast|so fun|such fun|an honou?r|honou?red"
    r"|a privilege|privileged|braw|top|deadly|wicked|quality)"
)
_TALK = (
    r"(?:chat|chats|conversation|conversations|talk|talks|discussion|debate|argument|walk"
    r"|game|dance|climb|session|exchange|match|run|hike|jam|shift|lesson|meeting|time|evening"
    r"|night|afternoon|morning|day|trip|adventure|karaoke|rematch|laugh|craic|crack|yarn|natter"
    r"|gist"
    r"|banter|party|class|workshop|quiz|trivia|gig|show|round)"
)
# "Thanks" in other tongues, as people mix them into English.
_THANKS_ABROAD = (r"(?:salamat(?: po)?|merci|gracias|danke|grazie|obrigad[oa]|asante|terima"
                  r" kasih|shukran)")
# Events people share, named when they look back on them: "that last match was insane".
EVENT = (
    r"(?:match|game|rematch|round|set|gig|show|class|session|workshop|quiz|trivia|party|run"
    r"|hike|climb|race|tournament|bracket|final|lesson|talk|lecture|meetup|event|workday"
    r"|shift|concert|performance|dinner|evening|night|walk|ride|jam|rehearsal|practice"
    r"|debate|chat|conversation|karaoke|dance|festival|studio|open day|tour|ceremony|service"
    r"|swim|game night|quiz night|book club|lunch|brunch|picnic|bbq|barbecue|ceilidh|wedding"
    r"|social|cook-?off|comp|competition|jam session|league|hackathon|parkrun|choir|salsa"
    r"|open mic|reception|q&a|mixer|fundraiser|volunteer shift|rota|team|practical|lab|seminar"
    r"|after-?party|pre-?drinks|parade|procession)"
)

# Places and gatherings people share: "Sam from the choir", "at the alumni meet".
PLACE = (
    r"(?:class|club|group|gym|wall|team|choir|band|course|workshop|meetup|meet|party|wedding"
    r"|talk|conference|bar|cafe|café|market|stall|shop|store|bookshop|bookstore|library"
    r"|gallery|museum|park|dog park|pool|station|stop|bus|train|tram|ferry|boat|flight|plane"
    r"|gate|lounge|queue|line|office|ward|studio|rink|court|pitch|track|range|hall|pub|dinner"
    r"|event|session|lesson|quiz|trivia|tour|hostel|festival|gig|concert|show|game|match|run"
    r"|hike|practice|rehearsal|lecture|seminar|retreat|camp|trip|night|walk|ride|reunion"
    r"|gathering|do|get-together|mixer|expo|fair|convention|summit|symposium|allotment"
    r"|garden|kitchen|canteen|break room|breakroom|commute|school gate|playground|church"
    r"|temple|mosque|satsang|gurdwara|service|cohort|batch|intake|floor|building|block|street"
    r"|estate|league|squad|crew|society|meeting|committee|shift|round|circle|ceilidh|bbq"
    r"|barbecue|barbie|braai|fundraiser|open day|tournament|workday|laundrette|laundromat"
    r"|salon|clinic|five-a-side|5-a-side|kickabout|hackathon|parkrun|reception|q&a|waiting room"
    r"|salsa|book club|food bank|rota|lab|practical|tutorial|ward|surgery|vet|vets"
    r"|exchange|language exchange|skill swap|swap|tandem|bootcamp|conversation club|rodeo|fete"
    r"|fête|carnival|regatta|gala|fiesta|powwow|hoedown|jamboree|eisteddfod|mela|rally"
    r"|after-?party|after-?parties|pre-?drinks)s?"
)

# Doing something, but not the asking or chasing itself ("texting again" is no shared moment).
_DOING = (
    _ING + r"(?<!asking)(?<!texting)(?<!calling)(?<!messaging)(?<!trying)(?<!begging)"
    r"(?<!bothering)(?<!waiting)(?<!saying)(?<!bugging)(?<!pushing)(?<!checking)"
)
# Something the two did together, told by its verb: "the sunset we took", "we got chatting".
_DID_TOGETHER = (
    r"(?:took|shared|watched|saw|made|did|had|ate|tried|played|heard|found|sang|danced|climbed"
    r"|ran|walked|cooked|baked|built|won|lost|swam|rode|drank|went|got|sat|caught|split"
    r"|visited|explored|survived|solved|finished|started|queued|waited|stood|spoke|laughed"
    r"|bonded|learned|learnt|argued|debated|figured|managed|braved|joked|compared"
    r"|sheltered|fixed|painted|wrote|spotted|discovered|listened|agreed|missed|ended up|crossed"
    r"|bumped|shivered|suffered|endured|celebrated|cheered|sweated|froze|got stuck|were stuck"
    r"|reviewed|discussed|went over|covered|studied|practised|practiced|planned|worked on"
    r"|jammed|rehearsed|performed|recorded|gamed|ordered|chose|picked|wore|forgot|turned up"
    r"|showed up|arrived|guessed|screamed|cried"
    r"|were stranded|got stranded|left|hung out|got talking|got chatting|scratched)"
)

CONNECTION: Final = CueSet({
    "enjoyed": [
        rf"(?:enjoyed|enjoying|loved|loving|liked) (?:{_ING}|(?:talk|chatt?|hang|danc|climb|play"
        r"|meet)in'?|our|this|that|the time|the chat"
        r"|the conversation|meeting|talking|chatting|today|tonight|it|<your> (?:talk|company"
        r"|story|stories|set|point|question|energy|idea|take|performance|keynote|presentation))",
        r"enjoyed (?:it|that|myself)",
        # The present tense, said while it lasts: "I enjoy this gist", "I don enjoy this chat".
        rf"(?:i|we) (?:don |do |<very> )?enjoy (?:this|our|the|talking|chatting|{_ING})\b",
        # Anything enjoyed that they can point to: "enjoyed the community garden workday".
        r"(?:enjoyed|loved) (?:the|our|that|this|your|tonight'?s|today'?s|yesterday'?s"
        r"|last night'?s|last week'?s|saturday'?s|sunday'?s|friday'?s) \w+",
    ],
    "good_time": [
        rf"(?:had|'ve had|have had|i'?m having|we'?re having) (?:a |an |such a |such |the "
        rf"|so much |so )?(?:really |truly |very |so |super |genuinely )?{_GOOD} {_TALK}",
        r"had (?:a |so much |such (?:a )?)?(?:fun|blast|laugh|ball)",
        r"(?:had|having|did (?:you|u|we) (?:even |both |all )?have) (?:so much |such |any "
        r"|a bit of |a )?(?:fun|blast|laugh|good time) (?:last night|yesterday|tonight|today"
        r"|earlier|at|with|on)\b",
    ],
    "nice_to": [
        rf"(?:{_GOOD}|delighted|glad|pleased|happy|chuffed|thrilled) to have (?:finally )?(?:met"
        r"|shared|worked|talked|chatted|spoken|played|danced|sung|volunteered|been|seen|learned"
        r"|learnt)\b",
        rf"(?<!have a )(?<!get a )(?<!grab a )(?<!for a )"
        rf"{_GOOD} (?:to |for )?(?:finally |properly |actually )?(?:meet|meeting|talk|talking"
        rf"|chat|chatting|chattin|talkin|see|seeing|work|spend|share|hang|sing|dance|play|climb"
        rf"|run|volunteer|debate|belay|bump|run into|find|have met|talked|chatted|spoke|spoken"
        rf"|met|{_ING})\b",
        rf"(?:this|today|tonight|that|it|yesterday|last night|the \w+)(?: was| is| has been"
        rf"|'s been|'s) (?:<very> )*(?:a |an |the )?(?:<very> )*{_GOOD}",
        # Any verdict on the time, as long as it names it: "that was a ripper of a chat",
        # "this was one hell of a game", "today was a proper laugh".
        rf"(?:this|today|tonight|that|it|yesterday|last night)(?: was| has been|'s been|'s)"
        rf" (?:a|an|one|such a|some) (?:[\w-]+ ){{0,3}}?(?:of an? )?(?:{_TALK}|{EVENT})\b",
        # Not a wish for one to come: "so we can have a good chat sometime".
        rf"(?<!have a )(?<!get a )(?<!grab a )(?<!for a )"
        rf"{_GOOD} (?:chat|conversation|talk|discussion|debate|session|game|walk|dance|climb"
        r"|match|hike|run)\b", rf"(?:such a|what a|so much) (?:really |very )?{_GOOD}\b"
        r"(?! (?:smile|face|eyes|hair|outfit|dress|shirt|look|laugh|voice|dog|cat|pet|puppy|jacket"
        r"|shoes|style|tattoos?|vibe|energy|accent|name|car|bag)\b)",
        # A look back with the subject dropped: "Was a good laugh tonight."
        rf"(?:(?<=^)|(?<=[.!?] )|(?<=[.!?]))(?:was|twas|'twas|been) (?:a |an |such a |so )?"
        rf"(?:really |very |so |such )?{_GOOD}", r"ggs?(?: wp)?",
        # A shared event judged in hindsight: "that last match was insane", "the quiz was
        # brutal" - whatever the adjective, the words point back at something shared.
        rf"(?:that|the|this|our|tonight'?s|today'?s|last night'?s) (?:\w+ ){{0,2}}?{EVENT}"
        r"(?: (?:with|wit|w/?) (?:you|u|y'?all|you all|u all|you guys|u guys))? (?:was|is|has been"
        r"|'s been|were|got)\b",
        # The place they shared, looked back on: "the climbing wall was so fun".
        rf"(?:that|the|our) (?:[\w'&-]+ ){{0,2}}?{PLACE} (?:was|were|has been|'s been)"
        rf" (?:<very> )*(?:a |an |the |such a )?(?:<very> )*(?:{_GOOD}|\w+ fun|unreal|electric"
        rf"|class|mad|wild|buzzing|packed|heaving|magic|magical|a laugh|a vibe|a riot)\b",
    ],
    "shared_moment": [
        # Not "if we swapped numbers": a wish is not something shared.
        r"(?<!if )(?<!when )(?<!once )(?<!until )(?<!before )(?<!after )"
        rf"we (?:(?:just|both|all|finally|actually|even|once|only|first|literally|properly|really"
        rf"|barely|hardly|kinda|basically)"
        rf" ){{0,2}}{_DID_TOGETHER}\b",
        rf"(?:<you> and (?:i|me)|the (?:two|2) of us) (?:just |both |finally )?{_DID_TOGETHER}\b",
        r"(?:glad|happy|pleased|lucky|chuffed|thrilled|grateful)(?: that)? (?:we|i)(?: finally"
        r"| got to| got| ended up| managed to| happened to)? (?:met|meet|chatted|chatting|chat"
        r"|talked|talking|talk|ran into|bumped into|sat|shared|danced|played|crossed paths"
        r"|paired|teamed)",
        r"<you> (?:really |totally |kindly |just |literally )?(?:showed|taught|lent|loaned|gave"
        r"|helped|introduced|invited|recommended"
        r"|suggested|saved|rescued|fixed|explained) (?:me|us)\b",
        # (Not "I gave you the tickets": a favour alone names no time they shared.)
        r"i (?:showed|taught|helped|promised|owe) (?:you|u)\b(?! my| mine)",
        # A favour told with the time or place it took, even when it is used as leverage:
        # "I lent you my charger for three hours at the gate". (A favour alone, "I bought
        # you a drink", names no time they shared.)
        r"i (?:just )?(?:bought|lent|loaned|gave|got|held|saved|minded|watched) (?:you|u)"
        r" (?:[\w']+ ){0,3}?(?:for (?:\w+ )?(?:hours?|minutes?|mins|ages|the whole|all)|at the"
        r"|during the|on the (?:\w+ )?(?:flight|train|bus|ride|way))\b",
        # Time spent together, told by how long: "spent the whole evening talking to you".
        r"(?:spent|spending|spend) (?:the |all |most of the |the whole |a whole |hours |ages )?"
        r"(?:whole )?(?:evening|night|day|afternoon|morning|hour|hours|flight|trip|party|class"
        r"|shift|walk|time|weekend|ages) (?:\w+ing|with (?:you|u)|together)\b",
        # Someone, or some pet, they both met: "Pickles clearly approves of you".
        r"(?:clearly|obviously|already|totally|definitely) (?:approves? of|loves?|likes?|adores?"
        r"|has taken to|took to|fell for|is obsessed with) (?:you|u|[a-z]+)\b",
        # Going somewhere together is a shared event, even when it is used for leverage:
        # "I drove you all the way to the tournament". A favour alone ("I bought you a
        # drink") names no time or place they shared.
        r"i (?:just )?(?:drove|took|walked|brought|picked up|gave a lift to|gave|dropped|came with"
        r"|went with|invited|joined|partnered|danced with|played with|sat with|sat next to)"
        r" (?:you|u)\b(?: \w+){0,4}? (?:to|at|from|after|during) (?:the|our|that|this|your)\b",
        r"thanks?(?: you)?(?: so much)? again\b",
        # Thanks again in other tongues: "salamat ulit", "merci encore", "gracias de nuevo".
        rf"{_THANKS_ABROAD} (?:ulit|encore|de nuevo|otra vez|nochmal|ancora|de novo|tena|lagi"
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
        rf"{PLACE}\b",
        # Where they were, told with when: "at the market earlier", "on the train this morning".
        rf"(?:at|in|on|from|after|during) (?:the|that|this|our) (?:[\w'-]+ ){{0,2}}?{PLACE}"
        r" (?:last night|yesterday|last week|this morning|this afternoon|this evening|tonight"
        r"|today|earlier(?: today| on)?|the other (?:day|night)|last (?:mon|tues|wednes|thurs"
        r"|fri|satur|sun)day)\b",
        # What made the time good, said to them: "you made the queue bearable".
        r"<you> (?:made|make) (?:the|this|that|my|our|it) (?:[\w'&-]+ ){0,2}?(?:bearable|fun|better"
        r"|fly by|go (?:so )?(?:quick|fast|quickly)|worth it|so much (?:better|more fun)"
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
        rf"{_GOOD} (?!(?:view|views|weather|sunset|sunrise|scenery|music|food|coffee|day)\b)"
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
    "shared_talk": [
        r"we(?:'?ve| have)? been (?:messaging|chatting|talking|texting|writing|dming)\b",
        r"i (?:love|like|loved"
        r"|liked|enjoy|enjoyed) how <you> (?:write|talk|describe|tell|explain|told|described)",
        # Something they asked or told about: "the book you asked about", "the recipe I was
        # banging on about".
        r"(?:the|that|those) (?:[\w'-]+ ){1,3}?(?:<you> (?:asked|were asking|enquired|inquired"
        r"|were enquiring|were inquiring|wanted to know|were curious) about|(?:i was|we were)"
        r" (?:banging on|going on|talking|chatting|raving|ranting|telling you|yarning|gisting"
        r"|nattering|on) about)",
        # "the graphic novel you were raving about", "since you were on about it all arvo"
        r"<you> (?:were|was|'ve been|have been|kept) (?:\w+ )?(?:on about|going on about|banging"
        r" on about|raving about|ranting about|telling me about|yarning about|gisting about"
        r"|nattering about|talking about|chatting about)",
        r"<you> (?:carried|saved|rescued|covered for|helped) (?:us|me|the team)\b",
        r"(?:someone|somebody|anyone|another person) who (?:also |actually |really |genuinely )?"
        r"(?:loves|likes|gets|knows|plays|reads|watches|is into|enjoys)\b",
        r"(?:appreciated|enjoyed|loved|liked) <your> (?:insight|take|point|question|talk|comments?"
        r"|thoughts|perspective|presentation|answer|contribution)",
        r"(?:covering|covered|cover) <your> (?:shift|class|stall|table|desk)",
        r"(?:photos?|pictures?|pics|videos?|photographs) (?:i|we) (?:took|shot|got|made) (?:of"
        r"|at)\b",
        rf"{EVENT} (?:was|were|is) (?:<very> )?(?:a |an |such a |so )?{_GOOD}\b",
        r"(?:lime|hang|hang out|link up|meet up|catch up|help out|jam|play|team up) again\b",
        r"a hand with (?:the|that) (?:[\w'-]+ ){0,2}?again\b",
        # How something of theirs goes, asked after: "hear how your first half-marathon goes".
        r"(?:hear|know|find out) how <your> (?:[\w'-]+ ){0,3}?(?:goes|went|go|turns out"
        r"|turned out)",
        r"(?:talk|talking|chat|chatting) (?:some )?(?:more|further) about",
        r"(?:swap|share|trade|compare|exchange) (?:some )?more (?:recipes|tips|notes|stories|books"
        r"|recs|music|songs|photos|ideas|memes|playlists)", r"[\w'-]+ together again\b",
        # Praise of them in the activity shared: "your cycling pace very steady leh".
        r"<your> (?:[\w'-]+ )?(?:pace|serve|swing|bowling|climbing|cycling|running|dancing|playing"
        r"|singing|cooking|technique|form|footwork|backhand|forehand|game|set|solo|moves)"
        r" (?:was |is |were |'s )?(?:<very> |damn |bloody |dead )?(?:good|great|steady|strong|fast"
        r"|solid|impressive|smooth|amazing|unreal|mad|sick|class|ace|fire|lit|insane|on point)\b",
        # Something they said, asked back about: "you said you're after a tennis partner",
        # "I know you said you'd rather keep it to Insta" (not "you said you'd text").
        r"(?<!if )(?<!when )(?<!once )<you> (?:said|mentioned|told me)\b(?! (?:yes|no)\b)"
        r"(?! (?:that )?<youd> (?:text|call|message|ring|reply"
        r"|get back|be in touch|rather|prefer))(?! no\b)(?! (?:that )?(?:<you> (?:have|had"
        r"|'ve got|got) a (?:boyfriend|girlfriend|partner|husband|wife|bf|gf)|<youre> (?:taken"
        r"|married|seeing|engaged|with|not)))",
        # Naming oneself by the place both belong to: "its Priya from tuesday pottery".
        rf"(?:it'?s|its|this is|i'?m|im) \w+ from (?:the |our |that )?(?:[\w:'-]+ ){{0,2}}?"
        rf"{PLACE}\b",
        # ...or by the weekly thing both go to: "its Priya from tuesday pottery".
        r"(?:it'?s|its|this is|i'?m|im) \w+ from (?:the |our )?(?:mon|tues|wednes|thurs|fri"
        r"|satur|sun)day(?:s|'s)? [\w'-]+",
        # A favour told with its time or place: "after hauling your amp around all night".
        r"after (?:\w+ing) (?:[\w']+ ){0,4}?(?:all (?:night|day|evening|afternoon)|at the \w+"
        r"|earlier|today|tonight|this (?:morning|afternoon|evening))",
        # Again, pointing back at something done together: "if you ever want to jam again".
        r"(?:jam|play|climb|run|dance|sing|walk|cook|chat|talk|hike|ride|skate|swim|train"
        r"|practi[cs]e|study|paddle|surf|bowl|cycle|quiz|team up|do (?:this|that|it))"
        r" (?:together )?again\b",
        # Something of theirs, praised as it was today: "your bowling was mad today".
        r"<your> (?:[\w'-]+ ){1,2}?(?:was|were|is|'s) (?:<very> )?(?:" + _GOOD[3:-1] + r"|mad"
        r"|sick|unreal|class|fire|insane|wild|lit|top|solid|next level|on point|spot on)"
        r" (?:today|tonight|earlier|this (?:morning|afternoon|evening)|last night|yesterday)",
        # The name their phone will show, tied to where they met: "saved under 'Dev from
        # pottery'", "I'm in there as Jo (salsa)".
        r"(?:under|(?:save[sd]?|saving|me|myself|in there|listed|down) as) [\"'\u2018\u201c]?"
        r"[\w.-]+ (?:(?:from|fae|frm|@) (?!home\b|work\b|me\b"
        r"|my\b)[\w'&-]+|[(\[][\w' &-]{2,30}[)\]])",
        # Talking with them, told as something that has been going on: "chatting w you since
        # we matched has been the highlight", "talking to you tonight made my week".
        r"(?:chatting|talking|messaging|texting) (?:w|with|to) (?:<you>|y'?all)\b(?: \w+){0,4}?"
        r" (?:has|have|'s|is|was) (?:been|made|the)\b",
        # Both in the same spot: "since we're both stuck here", "we're both waiting for the 6:40".
        r"we'?re both (?:stuck|here|waiting|standing|sitting|queuing|queueing|on|in|at|going)\b",
        # The rest of a story they started: "I need to hear the end of the hostel story".
        r"(?:hear|know|find out) (?:the end|the rest|how) (?:of )?(?:the|that|your) (?:\w+ ){0,2}?"
        r"(?:story|saga|tale|thing)",
        # Details only the two of them share: how long they talked, what one of them said or
        # did there, the photos or slides from it, the thing they talked about.
        r"(?:been|spent|spend) (?:\w+ )?(?:talking|chatting|dancing|laughing)"
        r"(?: (?:to|with) <you>| <you> up)? (?:for|all)"
        r" (?:like |about |nearly |almost |over |a good |the whole )?(?:\w+ )?(?:hours?|ages"
        r"|forever|night|evening|afternoon|day|morning|time)",
        r"the way <you> (?:explained|described|talked about|handled|told|said|danced|sang|played"
        r"|laughed|taught|showed)",
        r"<you> were (?:\w+ )?(?:brilliant|great|amazing|awesome|fantastic|hilarious|funny"
        r"|incredible|class|ace|on fire|so good|unreal|solid|sharp|lethal|deadly|immense|clutch"
        r"|a beast|a machine|a natural|quality|mint|sick|fire|lit|savage|quick|strong|fun"
        r"|a laugh|a hoot|a riot|a scream|a legend|a star|a hero|a lifesaver|a champ|a gem"
        r"|a saint|a pro)"
        # ...and what they were doing then: "a legend holding the rope for me on the wall tonight"
        r"(?: \w+ing\b(?: [\w'-]+){0,8}?)?"
        r" (?:tonight|today|earlier|this (?:morning"
        r"|afternoon|evening)|last night|in (?:class|there|the \w+)|at (?:the )?\w+"
        r"|on (?:the )?\w+)",
        r"(?:photos?|pics?|pictures?|videos?|slides|notes|recording|recordings|playlist)"
        r" (?:from|of) (?:the|today'?s|tonight'?s|our|last night'?s|this morning'?s"
        r"|yesterday'?s) \w+",
        r"(?:felt|feel|feeling) (?:the|this|that|a|some|real|such a) (?:chemistry|spark"
        r"|connection|vibe)", r"the chemistry",
        r"(?:the name of|the link to|more about|the title of) that \w+",
        r"follow[- ]?up on (?:the|our|that|what|your)\b",
        rf"our (?:\w+ )?{_TALK}", r"(?:this|that) (?:\w+ )?(?:conversation|chat|talk|discussion"
        r"|debate)", r"the (?:conversation|chat|talk|discussion) (?:we|about|earlier|yesterday)",
        r"(?:we|you|u)(?: were| was| have|'ve| got| ended up| kept| started| spent \w+(?: \w+)?"
        r"|'ve been| have been| had been)? (?:talked|talking|chatted|chatting|discussed"
        r"|discussing|spoke|speaking|bonded|laughed|met|mentioned|recommended|told me)\b"
        # (A bare "We met." names nothing they shared.)
        r"(?!(?<=met)\s*(?:[.!]|$|,? (?:anyway|so|and|but)\b))",
        # What they said about themselves or a plan: "since you said you're looking for a
        # bandmate", "you said we should go to that jazz night" (not "you said you have a...").
        r"<you> (?:said|told me|were saying)(?: that|,|:)? \"?(?:<youre>|we|<your>|<you> (?:wanted"
        r"|were|love|like|play|do|go))\b(?! (?:taken|married|seeing|engaged|with someone|not"
        r" interested|a (?:boyfriend|girlfriend|partner|husband|wife))\b)",
        r"i (?:mentioned|told you|promised you|was telling you|was saying)",
        r"(?:like|what|as) <you> (?:said|mentioned|suggested)",
        rf"(?:keep|continue|carry on|finish|pick up|resume)(?: with)? (?:the|our|this|that|dat|dis"
        rf"|di|de|da)"
        rf" (?:[\w-]+ ){{0,2}}?{_TALK}\b",
        r"(?:keep|continue|carry on|finish|pick up)(?: with)? (?!asking|begging|bugging|pushing"
        r"|trying|texting|calling|waiting|checking|refreshing|staring|looking|watching|hoping"
        r"|wondering|showing|turning|coming|following|pestering|bothering|messaging|hanging"
        r"|sitting|standing|looking|crying|sulking|lurking|thinking|hovering|pacing|nagging"
        r"|spamming|hassling|stalling|guessing|wishing|worrying|sending|ringing|annoying"
        r" around|popping)(?:\w+ing|our|this|the"
        r" conversation|where we)",
        rf"(?:thanks?(?: you)?|cheers|ta|thank u|ty|{_THANKS_ABROAD})(?: so much| again| also)?"
        r" for (?:the|our|this|that|such a|your|all the)"
        r" (?!number\b|digits\b|reply\b|message\b|text\b)\w+",
        r"(?:thanks?(?: you)?|cheers|ta|thank u|ty)(?: so much| again| also)? for (?:a|all)"
        rf" ?(?:\w+ ){{0,3}}?(?:{_TALK}|help|tips?|advice|company|recommendations?|laughs?"
        r"|lift|ride|tour|drink)",
        r"thanks?(?: you)?(?: so much| again)? for (?:helping|showing|teaching|sharing|listening"
        r"|explaining|letting me|inviting)",
        # Thanks for anything they did while together, not for the exchange itself:
        # "thanks for keeping me company", "cheers for putting up with me".
        # ...in other tongues too: "salamat for helping me carry the chairs earlier".
        rf"(?:thanks?(?: you)?|cheers|ta|{_THANKS_ABROAD}) (?:so much |again |also )?for"
        r" (?!asking|reading"
        r"|considering|replying|answering|getting back|texting|messaging|calling|giving"
        r"|sharing your number|your number)\w+ing\b",
        r"(?:hang out|hanging out|meet up|practi[cs]e|play|team up|climb|dance|chat|talk"
        r"|see each other|see <you>|go out|sing|volunteer|do (?:it|this|that)|go (?:\w+ing|for"
        rf" (?:a|an|another) \w+)|{_DOING})\b[^.!?]{{0,25}}?\bagain",
        r"how (?:<your>|the) (?:\w+ ){0,3}(?:goes|went|go|going|turns? out|turned out|went)",
        r"how did (?:<your>|the) (?:\w+ ){0,3}?(?:go|turn out|end up)\b",
        # What one of them said, proved right or owned up to: "you were right about the
        # tiramisu", "sorry again about spilling my drink on you".
        r"<you> were (?:so |totally |completely |absolutely )?right about\b",
        r"sorry (?:again|once more) (?:about|for)\b", r"sorry (?:about|for) (?:spilling|bumping"
        r"|stepping|knocking|treading|elbowing|hogging|crashing|interrupting|stealing)\b",
        # Doing again what they did together: "fun to hit the street food market again",
        # "another bushwalk", "one more round".
        r"(?:fun|great|nice|good|lovely|cool|awesome|brilliant|class|ace) to (?!(?:text|call"
        r"|message|ask|hear|see your)\b|try again)[\w'-]+ (?:[\w'-]+ ){0,5}?again\b",
        r"(?:another|one more|a second) (?!time\b|day\b|way\b|number\b|chance\b|one\b|thing"
        r"\b|person\b|guy\b|girl\b|option\b|question\b|try\b|go\b|minute\b|second\b)"
        r"(?:[\w-]+ )?[\w-]+",
        r"hope (?:<your>|the) (?:\w+ ){0,2}(?:went|survived|recovered|was)",
        r"hope the rest of (?:<your>|the) \w+",
        r"hope <you> (?:got|made it) (?:home|back)",
        r"(?:hear|learn|know|talk|chat|yarn|natter|nerd out|geek out) (?:a bit |some )?more"
        r" about",
        rf"(?:talking|chatting|hanging out|{_ING})(?: (?:here|with you|to you|with u))? (?:is|was"
        rf"|has been|'s been|'s) (?:so |really |such |very )?(?:a )?{_GOOD}",
        r"(?:appreciate|thanks? for|thank you for) (?:all )?(?:<your>|the) (?:\w+ )?(?:help|advice"
        r"|tips?|company|time|support|pointers|recommendations?)",
        r"hit it off", r"(?:we )?(?:really )?clicked",
        # What they agreed or talked about before: "as discussed", "like we said".
        r"(?:as|like) (?:we )?(?:discussed|agreed|mentioned|promised|planned|talked about|said"
        r"|spoke about|chatted about)", r"as (?:per|promised)\b", r"per our (?:\w+ )?(?:chat"
        r"|conversation|discussion|talk|call|meeting)",
        # Keeping a shared thing going: "keep the wordle war going", "keep our streak alive".
        r"(?:keep|kept|keeping) (?:the|our|this|that) (?:[\w'&-]+ ){1,6}?(?:going|alive"
        r"|running|rolling)\b",
        rf"(?<!have a )(?<!get a )(?<!grab a )(?<!for a )"
        # What they have is a compliment, not a time: "you've got a lovely laugh".
        rf"(?<!got a )(?<!has a )(?<!got such a )(?<!have such a )(?<!has such a )"
        # "Good evening" opening or closing a message greets; it looks back on nothing.
        rf"(?:(?<=\ba )|(?<=\bsuch a )|(?<=\bwhat a )|(?!good (?:morning|evening|afternoon"
        rf"|night|day)\b)){_GOOD} (?:craic|banter|laugh|yarn|natter|gist|vibes|company|crack"
        rf"|hang|arvo|sesh"
        rf"|day out|evening|night"
        rf"|afternoon|morning)\b", rf"what an? (?:{_TALK}|{EVENT})\b",
        r"(?:<your>|our|the) (?:\w+ )?(?:dogs?|kids?|pups?|puppy|children|boys|girls) (?:and"
        r" (?:mine|ours|my \w+) )?(?:\w+ ){0,3}?(?:are (?:now )?best friends|love each other"
        r"|loved|got on|get on|played|hit it off|are inseparable|clearly love)",
        r"(?:talking|chatting|speaking|hanging out) (?:to|with) <you> (?:has been|was|is|made)",
        r"(?:still )?(?:laughing|thinking|smiling) about (?:the|that|our|your|last|yesterday"
        r"|what)",
        r"<your> (?:point|story|stories|idea|comment|question|joke|advice|tip|take|talk"
        r"|keynote|presentation) (?:about|on|in|at)",
        # A group or place both belong to: "since we're both new at the office", "our boys
        # are in the same class", "we're both parents at St Mary's". (Not the same bus seen
        # daily: noticing someone is no exchange.)
        r"we(?:'re| are|'ve| have| were) both (?:[\w'-]+ ){0,3}?(?:in|at|on|from|with|of|doing"
        r"|taking|learning|new)\b", r"both (?:new|newbies|beginners|regulars) (?:at|to|in|here)\b",
        r"(?:in|at|on|from) the same (?:class|team|office|course|choir|club|school|year|intake"
        r"|cohort|department|ward|squad|group|building|street|block|floor|shift|lab|unit|league"
        r"|crew|gym|estate|church|mosque|temple|project)\b",
        # Doing again what they did together: "squad up again", "the trad session again",
        # "another go at the escape room", "makan at the hawker centre again".
        r"(?:squad|party|team|link|meet|catch|match|pair|buddy|gear|queue|line) up again\b",
        rf"(?:{EVENT}|{PLACE}) again\b", r"(?:at|to) (?:the|that|our) (?:[\w'-]+ ){0,3}?"
        r"[\w'-]+ again\b", r"another (?:go|round|shot|crack|bash|try|game|match) (?:at|of)"
        r" (?:the|that|our)\b",
        # The time with them, ranked: "you've been the best part of this conference".
        r"(?:the )?(?:best|nicest|favourite|favorite|fave|highlight|best bit) (?:part|bit|thing)?"
        r" ?(?:of|about) (?:my|the|this|that|our|tonight|today)\b",
        # Enjoyment in other Englishes: "mi did enjoy di reasoning wid yuh".
        r"(?:i|mi|me|we) (?:did |don |do |really |rly |so )?(?:enjoy|enjoyed|love|loved) (?:di|de"
        r"|da|dis|dat) (?:[\w'-]+ ){0,2}?(?:reasoning|chat|talk|gist|conversation|convo|vibes"
        r"|banter|company|yarn|link|session|lime|ting)",
        # Fun had, said without "I": "Was a right laugh at the match".
        r"(?:(?<=^)|(?<=[.!?] )|(?<=[.!?]))(?:was|twas|'twas|been) (?:a |an |such a )?(?:right "
        r"|proper |good |great |real )?(?:laugh|craic|hoot|riot|giggle|buzz)\b",
        # A favour told with the time it took: "after the hour I spent helping you stack...".
        r"(?:the|an|a whole|all|that) (?:\w+ )?(?:hour|hours|evening|night|afternoon|morning"
        r"|day) i (?:spent|'ve spent|have spent) \w+ing\b",
        # A definite someone or something both know there, judged alike: "u and me both
        # can't stand the 6am rowing coach". (Not a taste alone, "we both like jazz", nor the
        # same bus or street: noticing someone is no exchange.)
        r"(?<!if )(?<!hope )(?:<you> and (?:i|me)|we|the (?:two|2) of us) both (?:hate|love"
        r"|like|loathe|adore|dread|can'?t stand|rate|rant about) (?:the|that|our|this)\b",
        # Being the only others there with something in common: "the only other person here
        # who knows what a ..." (the circumstance both were in).
        r"(?:the )?only (?:other )?(?:person|one|people|ones) (?:here|in (?:the|this) \w+|at"
        r" (?:the|this) \w+|tonight) (?:who|that|to)\b",
        # Something told or shown between them: "the tagine recipe you were describing".
        r"<you> (?:were|was) (?:describing|explaining|mentioning|recommending|showing me"
        r"|reading out|suggesting|teaching me)\b",
        # More of what they were doing, told by any verb: "we could nerd out way more".
        r"(?:talk|chat|nerd out|geek out|natter|gist|yarn|rant|vent|fangirl|fanboy)"
        r" (?:way |so much |a lot |loads |lots |heaps |some |even )more\b",
        # Doing again, by any verb, what they did: "if ye ever want tae hit the hills again".
        r"(?:want|wanna|fancy|like) (?:to |tae |ta |2 )?(?!(?:text|call|message|ring|hear|ask"
        r"|try|contact|reach|use|save|lose|check)\b)[\w'-]+ (?:the|that|those) (?:[\w'-]+ ){0,2}?"
        r"again\b",
        # What comes again after a game played: "we'll sort the rematch".
        r"(?:the|a|our|that|this) rematch\b",
        # The event of a day already past, named as theirs: "the minutes of today's meeting".
        rf"(?:of|from) (?:today|tonight|yesterday|last night|this (?:morning|afternoon"
        rf"|evening))'?s (?:[\w'&-]+ ){{0,2}}?(?:{EVENT}|{PLACE})\b",
        # Talk with them, told with when it was: "e sweet me to yarn with you today".
        r"(?:talk|chat|yarn|gist|natter|talking|chatting|yarning|gisting|nattering|speak"
        r"|speaking|dance|dancing) (?:with|wit|wid|to) (?:you|u|yuh|y'?all) (?:today|tonight"
        r"|earlier|just now|this (?:morning|afternoon|evening)|last night|yesterday)\b",
        # A favour told by how long it took: "after three hours helping you move that sofa".
        r"after (?:(?:\w+ ){0,2}?(?:hours?|mins?|minutes|ages)|all (?:night|day|evening"
        r"|afternoon)) (?:of )?\w+ing\b",
        # The time together, judged by how they must have found it: "you hated tonight".
        r"<you> (?:hated|disliked|didn'?t enjoy|didn'?t like) (?:tonight|today|it|that|our"
        r"|the (?:night|evening|day|chat|date|class|gig|party))\b",
    ],
    # A look back on the time, told by when and where it was, or by how it compared:
    # "Tonight at choir was the most fun", "yesterday in the lab was a laugh", "the best
    # parkrun I've had in months", "the highlight of my week".
    "hindsight": [
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
        # stuff way better than me in the tutorial", "u knew every answer at the quiz".
        rf"<you> (?:seemed|knew|got|explained|answered|asked|made|nailed|smashed|aced|understood)"
        rf" (?:[\w'-]+ ){{0,10}}?(?:in|at|during) (?:the|that|our) (?:[\w'-]+ )?{PLACE}\b",
        # Time they gave, told by how long: "after an hour of you holding my ladder".
        r"(?:an?|the|that|all|two|three|\d+) (?:whole )?(?:hour|hours|minutes|mins|evening"
        r"|afternoon|morning|day) of (?:you|u) \w+ing\b",
        # A favour told with when it was: "after I covered your whole shift last week".
        r"i (?:just )?(?:covered|bought|lent|loaned|gave|got|held|saved|minded|watched|drove"
        r"|walked|helped|fixed|carried|fed|showed|taught|swapped|took|did|ran|picked up"
        r"|dropped off) (?:you|u|<your>)\b(?: [\w'-]+){0,4}? (?:last (?:night|week|month|mon"
        r"|tues|wednes|thurs|fri|satur|sun)(?:day)?|yesterday|earlier(?: today)?|this (?:morning"
        r"|afternoon|evening|week)|tonight|today|the other (?:day|night))\b",
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
    ],
}, negatable=False)

# An emoji ends a clause as a full stop does: in "don't leave me hanging 😉 great dancing
# with you" the "don't" is over before the look back begins.
_SYMBOL = re.compile("[\u2190-\u2bff\u3000-\u303f\U0001f000-\U0001faff]")
_WINDOW = 40


# "Can't stop laughing about...", "won't forget..." and "can't believe we..." are no negation
# of what follows.
_NOT_NEGATION = re.compile(r"(?:(?:can'?t|cannot|couldn'?t|won'?t|will never|never) (?:stop"
                           r"|forget)(?: \w+ing)?|(?:can'?t|cannot|couldn'?t) (?:believe|get"
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
