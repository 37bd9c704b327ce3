"""Looks back at what the two said or wrote to each other: the talk itself as a connection.

"The book you asked about", "we've been chatting", "my messages on the app": the
conversation they had, pointed back at.
"""

from __future__ import annotations

from typing import Final

from workshop.checkers.text._together import (
    DOING,
    EVENT,
    GOOD,
    ING,
    MET_WHEN,
    PLACE,
    TALK,
    THANKS_ABROAD,
)

SHARED_TALK: Final = [
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
    r"(?<!like )(?<!seem )(?<!seems )(?<!\bas )"
    r"(?:someone|somebody|anyone|another person) who (?:also |actually |really |genuinely )?"
    r"(?:loves|likes|gets|knows|plays|reads|watches|is into|enjoys)\b",
    r"(?:appreciated|enjoyed|loved|liked) <your> (?:insight|take|point|question|talk|comments?"
    r"|thoughts|perspective|presentation|answer|contribution)",
    r"(?:covering|covered|cover) <your> (?:shift|class|stall|table|desk)",
    r"(?:photos?|pictures?|pics|videos?|photographs) (?:i|we) (?:took|shot|got|made) (?:of"
    r"|at)\b",
    # (Not the time of something done alone: "the film I watched last night was great".)
    r"(?<!\w{2}ed last )(?<!\bhad last )(?<!\bsaw last )(?<!\bate last )(?<!\bread last )"
    rf"{EVENT} (?:was|were|is) (?:<very> )?(?:a |an |such a |so )?{GOOD}\b",
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
    r"<your> (?:[\w'-]+ ){1,2}?(?:was|were|is|'s) (?:<very> )?(?:" + GOOD[3:-1] + r"|mad"
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
    r"|a saint|a pro|easy to (?:talk|chat) (?:to|with)|(?:good|great|fun|lovely) company)"
    # ...and what they were doing then: "a legend holding the rope for me on the wall tonight"
    r"(?: \w+ing\b(?: [\w'-]+){0,8}?)?"
    r" (?:tonight|today|earlier|this (?:morning"
    r"|afternoon|evening)|last night|in (?:class|there|the \w+)|at (?:the )?\w+"
    r"|on (?:the )?\w+)",
    r"(?:photos?|pics?|pictures?|videos?|slides|notes|recording|recordings|playlist)"
    r" (?:from|of) (?:the|today'?s|tonight'?s|our|last night'?s|this morning'?s"
    r"|yesterday'?s) \w+",
    # (Not a feeling claimed for them now: "I'm sure you feel the spark too" points back at
    # nothing, LABELS.md h32-055.)
    r"(?:felt|feeling) (?:the|this|that|a|some|real|such a) (?:chemistry|spark"
    r"|connection|vibe)", r"(?<!feel )(?<!feels )the chemistry",
    r"(?:the name of|the link to|more about|the title of) that \w+",
    r"follow[- ]?up on (?:the|our|that|what|your)\b",
    rf"our (?:\w+ )?{TALK}", r"(?:this|that) (?:\w+ )?(?:conversation|chat|talk|discussion"
    r"|debate)", r"the (?:conversation|chat|talk|discussion) (?:we|about|earlier|yesterday)",
    r"(?:we|you|u)(?: were| was| have|'ve| got| ended up| kept| started| spent \w+(?: \w+)?"
    r"|'ve been| have been| had been)? (?:talked|talking|chatted|chatting|discussed"
    r"|discussing|spoke|speaking|bonded|laughed|met|mentioned|recommended|told me)\b"
    # (A bare "We met." names nothing they shared, nor "We met yesterday?", which asks if
    # they remember: LABELS.md.)
    r"(?!(?<=met)\s*(?:[.!]|$|,? (?:anyway|so|and|but)\b))(?!(?<=met)" + MET_WHEN + ")",
    # What they said about themselves or a plan: "since you said you're looking for a
    # bandmate", "you said we should go to that jazz night" (not "you said you have a...").
    r"<you> (?:said|told me|were saying)(?: that|,|:)? \"?(?:<youre>|we|<your>|<you> (?:wanted"
    r"|were|love|like|play|do|go))\b(?! (?:taken|married|seeing|engaged|with someone|not"
    r" interested|a (?:boyfriend|girlfriend|partner|husband|wife))\b)",
    r"i (?:mentioned|told you|promised you|was telling you|was saying)",
    r"(?:like|what|as) <you> (?:said|mentioned|suggested)",
    rf"(?:keep|continue|carry on|finish|pick up|resume)(?: with)? (?:the|our|this|that|dat|dis"
    rf"|di|de|da)"
    rf" (?:[\w-]+ ){{0,2}}?{TALK}\b",
    # Catching up on a topic they share: "catch up about the beekeeping course".
    r"catch(?:ing)? up (?:about|on|over|re) (?:the|our|this|that|dat) [\w'&-]+",
    r"(?:keep|continue|carry on|finish|pick up)(?: with)? (?!asking|begging|bugging|pushing"
    r"|trying|texting|calling|waiting|checking|refreshing|staring|looking|watching|hoping"
    r"|wondering|showing|turning|coming|following|pestering|bothering|messaging|hanging"
    r"|sitting|standing|looking|crying|sulking|lurking|thinking|hovering|pacing|nagging"
    r"|spamming|hassling|stalling|guessing|wishing|worrying|sending|ringing|annoying"
    r" around|popping)(?:\w+ing|our|this|the"
    r" conversation|where we)",
    # ...in text speak too: "thx 4 the lift 2day".
    rf"(?:thanks?(?: you)?|cheers|ta|thank u|ty|thx|thnx|thanx|tnx|{THANKS_ABROAD})(?: so much"
    r"| again| also)? (?:for|4) (?:the|our|this|that|such a|your|all the)"
    r" (?!number\b|digits\b|reply\b|message\b|text\b)\w+",
    r"(?:thanks?(?: you)?|cheers|ta|thank u|ty)(?: so much| again| also)? for (?:a|all)"
    rf" ?(?:\w+ ){{0,3}}?(?:{TALK}|help|tips?|advice|company|recommendations?|laughs?"
    r"|lift|ride|tour|drink)",
    r"thanks?(?: you)?(?: so much| again)? for (?:helping|showing|teaching|sharing|listening"
    r"|explaining|letting me|inviting)",
    # Thanks for anything they did while together, not for the exchange itself:
    # "thanks for keeping me company", "cheers for putting up with me".
    # ...in other tongues too: "salamat for helping me carry the chairs earlier".
    rf"(?:thanks?(?: you)?|cheers|ta|{THANKS_ABROAD}) (?:so much |again |also )?for"
    r" (?!asking|reading"
    r"|considering|replying|answering|getting back|texting|messaging|calling|giving"
    r"|sharing your number|your number"
    # ...nor for the swap alone: "thanks for swapping numbers!" (LABELS.md).
    r"|(?:swapping|exchanging|trading|sharing)(?: (?:numbers|digits|details|contacts|deets"
    r"|nums|socials))?(?!\s*[\w']))\w+ing\b",
    r"(?:hang out|hanging out|meet up|practi[cs]e|play|team up|climb|dance|chat|talk"
    r"|see each other|see <you>|go out|sing|volunteer|do (?:it|this|that)|go (?:\w+ing|for"
    rf" (?:a|an|another) \w+)|{DOING})\b[^.!?]{{0,25}}?\bagain",
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
    # (Not another person wanted: "we'd love another hand", "one more volunteer".)
    r"(?:another|one more|a second) (?!time\b|day\b|way\b|number\b|chance\b|one\b|thing"
    r"\b|person\b|guy\b|girl\b|option\b|question\b|try\b|go\b|minute\b|second\b|hand\b"
    r"|pair of hands\b|volunteer\b|helper\b|member\b|body\b)"
    r"(?:[\w-]+ )?[\w-]+",
    r"hope (?:<your>|the) (?:\w+ ){0,2}(?:went|survived|recovered|was)",
    r"hope the rest of (?:<your>|the) \w+",
    # (Not what they might come to know of one's own: "should you wish to know more about the
    # programme", "if u want to learn more about the course".)
    r"(?<!wish to )(?<!you want to )(?<!u want to )(?<!you'd like to )(?<!u'd like to )"
    r"(?<!would like to )(?<!you care to )(?<!you wanna )(?<!u wanna )"
    r"(?:hear|learn|know|talk|chat|yarn|natter|nerd out|geek out) (?:a bit |some )?more"
    r" about",
    # What they said or promised at the place both were: "you promised at the reunion...".
    rf"<you> (?:said|promised|told me|mentioned|swore|agreed) (?:at|during|after) (?:the|that|our)"
    rf" (?:[\w'&-]+ ){{0,2}}?(?:{PLACE}|{EVENT})\b",
    rf"(?:talking|chatting|hanging out|{ING})(?: (?:here|with you|to you|with u))? (?:is|was"
    rf"|has been|'s been|'s) (?:so |really |such |very )?(?:a )?{GOOD}",
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
    rf"(?<!have a )(?<!get a )(?<!grab a )(?<!for a )(?<!fancy a )(?<!want a )(?<!like a )"
    # What they have or are is a compliment, not a time: "you've got a lovely laugh", "you
    # have the best laugh ever", "you're great company".
    rf"(?<!got a )(?<!has a )(?<!got such a )(?<!have such a )(?<!has such a )(?<!have the )"
    rf"(?<!has the )(?<!got the )(?<!you're )(?<!youre )(?<!you are )(?<!you're such )"
    rf"(?<!you're a )(?<!you're such a )(?<!you are such )(?<!you are a )"
    # "Good evening" opening or closing a message greets; it looks back on nothing.
    rf"(?:(?<=\ba )|(?<=\bsuch a )|(?<=\bwhat a )|(?!good (?:morning|evening|afternoon"
    rf"|night|day)\b)){GOOD} (?:craic|banter|laugh|yarn|natter|gist|vibes|company|crack"
    rf"|hang|arvo|sesh"
    rf"|day out|evening|night"
    rf"|afternoon|morning)\b", rf"what an? (?:{TALK}|{EVENT})\b",
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
    # (Not "we meet again on the 12th": meeting, as a verb, is no event done together.)
    rf"(?!meets? again\b)(?:{EVENT}|{PLACE}) again\b",
    r"(?:at|to) (?:the|that|our) (?:[\w'-]+ ){0,3}?"
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
]
