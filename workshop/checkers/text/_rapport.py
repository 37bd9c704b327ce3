"""References to the time spent together: the connection an ask or offer builds on.

"Build a Connection First" and the follow-up's "it was great meeting you yesterday" both
point back at something the two people shared. A compliment ("you seem cool") or seeing
someone around ("I see you on the train") is not that: only the shared moment counts.
"""

from __future__ import annotations

from typing import Final

from workshop.checkers.text._cues import CueSet

# Words ending in -ing that are not activities ("good morning" is a greeting, not a chat).
_NOT_ACTIVITY = (
    r"(?<!morning)(?<!evening)(?<!thing)(?<!during)(?<!\bking)(?<!\bring)(?<!spring)"
    r"(?<!string)(?<!building)(?<!ceiling)(?<!clothing)(?<!pudding)(?<!feeling)(?<!\bwing)"
)
_ING = r"\w{2,}ing" + _NOT_ACTIVITY
_GOOD = (
    r"(?:great|nice|lovely|good|fun|awesome|amazing|wonderful|cool|brilliant|fantastic"
    r"|delightful|fab|excellent|super|special|enjoyable|memorable|interesting|blast|best"
    r"|pleasure|a pleasure|a delight|a joy|a treat|a blast|so fun|such fun)"
)
_TALK = (
    r"(?:chat|chats|conversation|conversations|talk|talks|discussion|debate|argument|walk"
    r"|game|dance|climb|session|exchange|match|run|hike|jam|shift|lesson|meeting|time|evening"
    r"|night|afternoon|morning|day|trip|adventure|karaoke|rematch|laugh|craic|crack|yarn|natter|gist"
    r"|banter|party|class|workshop|quiz|trivia|gig|show|round)"
)
# Events people share, named when they look back on them: "that last match was insane".
EVENT = (
    r"(?:match|game|rematch|round|set|gig|show|class|session|workshop|quiz|trivia|party|run"
    r"|hike|climb|race|tournament|bracket|final|lesson|talk|lecture|meetup|event|workday"
    r"|shift|concert|performance|dinner|evening|night|walk|ride|jam|rehearsal|practice"
    r"|debate|chat|conversation|karaoke|dance|festival|studio|open day|tour|ceremony|service"
    r"|swim|game night|quiz night|book club|lunch|brunch|picnic|bbq|barbecue|ceilidh|wedding"
    r"|social|cook-?off|comp|competition|jam session|league)"
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
    r"|sheltered|fixed|painted|wrote|spotted|discovered|listened|agreed|missed)"
)

CONNECTION: Final = CueSet({
    "enjoyed": [
        rf"(?:enjoyed|enjoying|loved|loving|liked) (?:{_ING}|(?:talk|chatt?|hang|danc|climb|play"
        r"|meet)in'?|our|this|that|the time|the chat"
        r"|the conversation|meeting|talking|chatting|today|tonight|it|your (?:talk|company"
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
        r"had (?:a |so much |such )?(?:fun|blast|laugh|ball)",
        r"(?:had|having|did (?:you|u|we) (?:even |both |all )?have) (?:so much |such |any "
        r"|a bit of |a )?(?:fun|blast|laugh|good time) (?:last night|yesterday|tonight|today"
        r"|earlier|at|with|on)\b",
    ],
    "nice_to": [
        rf"{_GOOD} (?:to |for )?(?:meet|meeting|talk|talking|chat|chatting|see|seeing|work"
        rf"|spend|share|hang|sing|dance|play|climb|run|volunteer|debate|belay|{_ING})\b",
        rf"(?:this|today|tonight|that|it|yesterday|last night|the \w+)(?: was| is| has been"
        rf"|'s been|'s) (?:<very> )*(?:a |an )?(?:<very> )*{_GOOD}",
        # Any verdict on the time, as long as it names it: "that was a ripper of a chat",
        # "this was one hell of a game", "today was a proper laugh".
        rf"(?:this|today|tonight|that|it|yesterday|last night)(?: was| has been|'s been|'s)"
        rf" (?:a|an|one|such a|some) (?:[\w-]+ ){{0,3}}?(?:of an? )?(?:{_TALK}|{EVENT})\b",
        rf"{_GOOD} (?:chat|conversation|talk|discussion|debate|session|game|walk|dance|climb"
        r"|match|hike|run)\b", rf"(?:such a|what a|so much) (?:really |very )?{_GOOD}\b",
        # A look back with the subject dropped: "Was a good laugh tonight."
        rf"(?:(?<=^)|(?<=[.!?] )|(?<=[.!?]))(?:was|twas|'twas|been) (?:a |an |such a |so )?"
        rf"(?:really |very |so |such )?{_GOOD}", r"gg(?: wp)?",
        # A shared event judged in hindsight: "that last match was insane", "the quiz was
        # brutal" - whatever the adjective, the words point back at something shared.
        rf"(?:that|the|this|our|tonight'?s|today'?s|last night'?s) (?:\w+ ){{0,2}}?{EVENT}"
        r" (?:was|is|has been|'s been|were|got)\b",
    ],
    "shared_moment": [
        # Not "if we swapped numbers": a wish is not something shared.
        r"(?<!if )(?<!when )(?<!once )(?<!until )(?<!before )(?<!after )"
        rf"we (?:just |both |all |finally |actually |even |once )?{_DID_TOGETHER}\b",
        rf"(?:<you> and (?:i|me)|the (?:two|2) of us) (?:just |both |finally )?{_DID_TOGETHER}\b",
        r"(?:glad|happy|pleased|lucky|chuffed|thrilled|grateful)(?: that)? (?:we|i)(?: finally"
        r"| got to| got| ended up| managed to| happened to)? (?:met|meet|chatted|chatting|chat"
        r"|talked|talking|talk|ran into|bumped into|sat|shared|danced|played|crossed paths"
        r"|paired|teamed)",
        r"<you> (?:showed|taught|lent|loaned|gave|helped|introduced|invited|recommended"
        r"|suggested|saved|rescued|fixed|explained) (?:me|us)\b",
        r"i (?:showed|taught|gave|helped|promised|owe) (?:you|u)\b(?! my)",
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
        r"i (?:just )?(?:drove|took|walked|brought|picked up|gave a lift to|dropped|came with"
        r"|went with|invited|joined|partnered|danced with|played with|sat with|sat next to)"
        r" (?:you|u)\b(?: \w+){0,4}? (?:to|at|from|after|during) (?:the|our|that|this|your)\b",
        r"thanks?(?: you)?(?: so much)? again\b",
    ],
    "shared_talk": [
        # Details only the two of them share: how long they talked, what one of them said or
        # did there, the photos or slides from it, the thing they talked about.
        r"(?:been|spent|spend) (?:\w+ )?(?:talking|chatting|dancing|laughing) (?:for|all)"
        r" (?:like |about |nearly |almost |over |a good |the whole )?(?:\w+ )?(?:hours?|ages"
        r"|forever|night|evening|afternoon|day|morning|time)",
        r"the way <you> (?:explained|described|talked about|handled|told|said|danced|sang|played"
        r"|laughed|taught|showed)",
        r"<you> were (?:\w+ )?(?:brilliant|great|amazing|awesome|fantastic|hilarious|funny"
        r"|incredible|class|ace|on fire|so good|unreal) (?:tonight|today|earlier|this (?:morning"
        r"|afternoon|evening)|last night|in (?:class|there|the \w+)|at (?:the )?\w+)",
        r"(?:photos?|pics?|pictures?|videos?|slides|notes|recording|recordings|playlist)"
        r" (?:from|of) (?:the|today'?s|tonight'?s|our|last night'?s|this morning'?s"
        r"|yesterday'?s) \w+",
        r"(?:felt|feel|feeling) (?:the|this|that|a|some|real|such a) (?:chemistry|spark"
        r"|connection|vibe)", r"the chemistry",
        r"(?:the name of|the link to|more about|the title of) that \w+",
        r"follow up on (?:the|our|that|what|your)\b",
        rf"our (?:\w+ )?{_TALK}", r"(?:this|that) (?:\w+ )?(?:conversation|chat|talk|discussion"
        r"|debate)", r"the (?:conversation|chat|talk|discussion) (?:we|about|earlier|yesterday)",
        r"(?:we|you|u)(?: were| was| have|'ve| got| ended up| kept| started| spent \w+(?: \w+)?"
        r"|'ve been| have been| had been)? (?:talked|talking|chatted|chatting|discussed"
        r"|discussing|spoke|speaking|bonded|laughed|met|mentioned|recommended|told me)\b",
        # What they said about themselves or a plan: "since you said you're looking for a
        # bandmate", "you said we should go to that jazz night" (not "you said you have a...").
        r"<you> (?:said|told me|were saying)(?: that)? (?:<youre>|we|<your>|<you> (?:wanted"
        r"|were|love|like|play|do|go))\b",
        r"i (?:mentioned|told you|promised you|was telling you|was saying)",
        r"(?:like|what|as) <you> (?:said|mentioned|suggested)",
        rf"(?:keep|continue|carry on|finish|pick up|resume)(?: with)? (?:the|our|this|that)"
        rf" (?:[\w-]+ ){{0,2}}?{_TALK}\b",
        r"(?:keep|continue|carry on|finish|pick up)(?: with)? (?!asking|begging|bugging|pushing"
        r"|trying|texting|calling|waiting|checking|refreshing|staring|looking|watching|hoping"
        r"|wondering)(?:\w+ing|our|this|the"
        r" conversation|where we)",
        r"thanks?(?: you)?(?: so much| again| also)? for (?:the|our|this|that|such a|your|all the)"
        r" (?!number\b|digits\b|reply\b|message\b|text\b)\w+",
        r"thanks?(?: you)?(?: so much| again| also)? for (?:a|all)"
        rf" ?(?:\w+ ){{0,3}}?(?:{_TALK}|help|tips?|advice|company|recommendations?|laughs?"
        r"|lift|ride|tour|drink)",
        r"thanks?(?: you)?(?: so much| again)? for (?:helping|showing|teaching|sharing|listening"
        r"|explaining|letting me|inviting)",
        # Thanks for anything they did while together, not for the exchange itself:
        # "thanks for keeping me company", "cheers for putting up with me".
        r"(?:thanks?(?: you)?|cheers|ta) (?:so much |again |also )?for (?!asking|reading"
        r"|considering|replying|answering|getting back|texting|messaging|calling|giving"
        r"|sharing your number|your number)\w+ing\b",
        r"(?:hang out|hanging out|meet up|practi[cs]e|play|team up|climb|dance|chat|talk"
        r"|see each other|see <you>|go out|sing|volunteer|do (?:it|this|that)|go (?:\w+ing|for"
        rf" (?:a|an|another) \w+)|{_DOING})\b[^.!?]{{0,25}}?\bagain",
        r"how (?:<your>|the) (?:\w+ ){0,3}(?:goes|went|go|going|turns? out|turned out|went)",
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
        r"(?:<your>|our|the) (?:\w+ )?(?:dogs?|kids?|pups?|puppy|children|boys|girls) (?:and"
        r" (?:mine|ours|my \w+) )?(?:\w+ ){0,3}?(?:are (?:now )?best friends|love each other"
        r"|loved|got on|get on|played|hit it off|are inseparable|clearly love)",
        r"(?:talking|chatting|speaking|hanging out) (?:to|with) <you> (?:has been|was|is|made)",
        r"(?:still )?(?:laughing|thinking|smiling) about (?:the|that|our|your|last|yesterday"
        r"|what)",
        r"<your> (?:point|story|stories|idea|comment|question|joke|advice|tip|take|talk"
        r"|keynote|presentation) (?:about|on|in|at)",
    ],
})

# A follow-up can also point back by naming who and where: "it's Sam from the climbing gym".
MEETING: Final = CueSet({
    "who_from": [
        r"(?:it'?s|this is|i'?m|its|it is) (?:\S+\s+){1,3}?(?:from|-)\s+(?!home\b)"
        r"(?:the|<your>|yesterday|last|this|that|\w+'s|\w+)\b",
    ],
    "from_where": [
        # "Oscar here from the climbing wall", "Sam from pottery class"
        r"\w+ (?:here,? )?(?:from|-) (?:the |our |that |this |<your> )?(?:\w+ ){0,2}?(?:class"
        r"|club|group|gym|wall|team|choir|course|workshop|meetup|party|wedding|talk|conference"
        r"|bar|cafe|café|market|shop|store|library|gallery|park|pool|station|stop|bus|train"
        r"|flight|queue|line|office|studio|rink|court|pitch|track|range|hall|pub|dinner|event"
        r"|session|lesson|quiz|trivia|tour|hostel|festival|gig|concert|show|game|match|run|hike"
        r"|practice|rehearsal|lecture|seminar|retreat|camp|trip|night|walk|ride)\b",
        # An event and when it was: "after trivia last night", "at the market on Saturday"
        r"(?:at|after|from|during|before) (?:the |our |that |this )?(?:\w+ ){0,2}?\w+"
        r" (?:last night|yesterday|last week|this morning|earlier(?: today)?|the other (?:day"
        r"|night)|(?:on |last )(?:mon|tues|wednes|thurs|fri|satur|sun)day)",
    ],
    "at_place": [
        # "I gave you my number at the climbing wall": where they were, told by the place.
        r"(?:at|during|after) (?:the|our|that|this) (?:\w+ ){0,2}?(?:class|club|group|gym|wall"
        r"|team|choir|course|workshop|meetup|party|wedding|talk|conference|market|library"
        r"|gallery|pool|studio|rink|court|pitch|hall|pub|dinner|event|session|lesson|quiz"
        r"|trivia|tour|festival|gig|concert|show|game|match|practice|rehearsal|lecture|seminar"
        r"|retreat|camp|workday|tournament|open day|fundraiser|fair|bbq|barbecue|ceilidh)\b",
    ],
    "met": [
        r"(?:we|i) met\b", r"(?:meeting|meet|met|seeing|saw) (?:<you>|y'?all|you all)\b"
        r"(?! (?:read|opened|online|typing|viewed|seen|saw|looked)\b)",

        r"after the (?:\w+ ){0,2}(?:party|wedding|game|show|gig|concert|class|event|meetup"
        r"|conference|talk|match|dinner|run|quiz|session|shift)",
        r"(?:about|from) that (?:\w+ ){0,2}\w+",
    ],
})
