"""Pressure in its forms: demands, insisting, guilt, obligation, deadlines, threats, urgency.

Shared by the ask, offer and follow-up checkers ("Common Mistakes to Avoid: Being Pushy");
chasing a reply, which only a follow-up can do, is in ``_chasing``. Each category is written
for what the words *do* to the other person - take away their easy no - so a phrase belongs
here only if it does that whatever the topic. ``explain`` turns the strongest hit into what
it does and a concrete phrase to use instead.
"""

from __future__ import annotations

from typing import Final

from workshop.checkers.text._cues import CueSet, Hit

_CONTACT = r"(?:text|call|message|msg|ring|phone|reply|answer|respond|write|get back to|dm)"
# Words that only make a feeling stronger: "I'd be *rather* hurt", "*honestly kind of* sad".
_DEGREE = (r"(?:(?:really|so|very|pretty|totally|rather|quite|a bit|a little|kind of|kinda"
           r"|honestly|genuinely|seriously|lowkey|low key|super|actually|deeply|truly|just) )*")
_HURT = r"(?:sad|upset|hurt|heartbroken|devastated|crushed|gutted|disappointed|offended|wounded)"
# A time they are told to keep to: "tonight", "by 9", "Saturday around 10", "after ur shift".
_WHEN = (
    r"(?:tonight|tomorrow|today|this (?:week|weekend|evening|afternoon|morning)|by \w+"
    r"|before \w+|at \d\w*|around \d\w*|within|as soon as|the (?:second|minute|moment)"
    r"|asap|right away|first thing|later today|(?:on )?(?:mon|tues|wednes|thurs|fri|satur"
    r"|sun)day|at (?:noon|midnight)|after <your> \w+|when <youre> (?:home|back|done|off)"
    r"|when <you> (?:get(?! a (?:chance|sec|moment|minute)| (?:the )?time| round| around)"
    r"|are(?! free)|arrive|finish|land|reach))"
)
_SENTENCE_START = r"(?:(?<=^)|(?<=[.!?] )|(?<=[.!?]))"

PRESSURE: Final = CueSet({
    "demand": [
        r"(?:whether|if) <you> (?:like it|want (?:to|it)|agree)(?: or not)?(?= or not)",
        r"like it or not",
        r"(?<=[.!?,] )now(?=\s*[.!]+|\s*$)",
        r"(?:reply|respond|answer|text (?:me )?back|call (?:me )?back) (?:now|immediately"
        r"|this instant|already)",
        r"not optional",
        # An order to do it on the spot: "Save it now while I watch."
        r"(?<!can )(?<!could )(?<!to )(?<!you )(?<!if )(?:save|put|add|store|type|enter|text"
        r"|call|ring|message|use|write) (?:it|this|that|me|my number|them|mine)(?: (?:in|into"
        r"|down))?(?: \w+)? (?:right )?now\b", r"while i (?:watch|wait)\b",
    ],
    "insisting": [
        r"surely (?:for me )?<you> (?:could|can|would)", r"make an exception",
        r"<you> should (?:text|call|use|ring|message|msg|give|swap|share)\b",
        r"(?<!if )(?<!hope )(?<!when )<you> (?:will|are going to|must) (?:use|call|text|ring"
        r"|message)"
        r"\b(?! (?:it |me )?(?:if|whenever|when|any ?time))",
        r"quick-quick", r"(?:kindly |please |just )?reply so (?:that )?i (?:know|can)",
        r"(?:revert|respond|reply|get back|confirm)\b[^.!?]{0,40}?\bby (?:close of business|cob|eod"
        r"|end of (?:day|the day|week|play|business)|tomorrow|tonight|\w+day)\b",
        r"what'?s the (?:holdup|hold-up|hold up|delay|problem)", r"dodging me",
        r"not like (?:i'?m|i am) giving (?:you|u) a choice", r"<you> (?:don'?t|do not) (?:have|get)"
        r" (?:a|much of a) choice",
        r"(?:i )?(?:could|can) tell\b[^.!?]{0,40}?<youre> (?:\w+ )?(?:into|interested in|keen on"
        r"|attracted to) me",
        r"(?:already )?saved (?:a contact|you"
        r"|your contact) (?:for you )?\b[^.!?]{0,20}?(?:just )?need"
        r" (?:the|your) (?:digits|number)",
        r"(?:i'?m|i am|gonna|going to) hold(?:ing)? <you> to (?:it|that|<your> word)",
        r"(?:look forward to|expect|await(?:ing)?) <your> (?:reply|response|answer|call|message)"
        r"\b[^.!?]{0,40}?\b(?:by|before|no later than) \w+",
        r"i'?ve (?:already )?(?:booked|reserved) (?:us|a table|the table|tickets|seats)\b",
        r"before <you> (?:get off|leave|go|head off|get out)\b",
        r"(?:signed|put) (?:us|you|u) (?:both |all )?(?:up|down)\b", r"i assume <youll>",
        r"(?:tell|answer) me (?:now|right now|right away)\b",
        r"or <im> (?:just )?(?:sitting|staying|waiting|standing|camping) (?:here|right here"
        r"|outside)",
        # Plans made for them, announced: "Next game's at my place, you're coming."
        r"(?<!if )(?<!when )(?<!hope )<youre> (?:coming|in|joining)(?:,? (?:full stop|no excuses"
        r"|no arguments|end of|period))?(?=\s*(?:[.!]|$))",
        # Their reasons waved away: "Not like you're busy anyway".
        r"not like <youre> (?:\w+ )?(?:busy|doing anything|going anywhere)",
        # Questioning their hesitation, or holding their "later" to them: "Why are you
        # hesitating?", "you said maybe later - well, it's later now".
        r"why (?:are|r) <you> (?:\w+ )?(?:hesitating|being (?:so )?(?:shy|weird|difficult|awkward"
        r"|funny|cagey|like this)|thinking (?:so hard|about it)|taking so long)",
        r"what'?s (?:there )?to think about", r"(?:well,? )?(?:it'?s|its|it is) (?:later|another"
        r" time|the weekend|tomorrow) now",
        r"just do it",
        r"(?:come on+|c'?mon+),? (?:just )?(?:text|call|message|msg|ring|give|say|send|use|take"
        r"|hand|tell|reply|answer|do it|save)\b",
        r"just give (?:it|me|us)\b(?! a (?:bell|ring|call|buzz|shout|text|try|holler))<gap>",
        r"give (?:it|them|that) (?:to me|here|over)", r"gimme",
        r"don'?t (?:be|act|get|play|go all|pretend to be) (?:so |all )?(?:shy|coy|like that"
        r"|boring|difficult|rude|mean|a \w+|hard to get)",
        r"make up <your> mind", r"(?:yes or no|or what)\s*\?",
        r"(?:please )?don'?t say no", r"say yes", r"pretty please",
        r"(?:please|pls|plz|plez)(?:[,!.]* +(?:please|pls|plz|plez))+",
        r"ple{2,}a*s+e*", r"plea{2,}s+e*", r"pleas{2,}e*", r"please{2,}", r"pl[sz]{2,}",
        r"i'?m begging(?: you)?", r"i'?ll beg", r"make me beg", r"(?:begging|beg) you",
        r"<you>(?:'ve| have)? (?:really )?(?:have to|need to|gotta|got to|must)"
        r" (?:give|say|text|call|reply|answer|respond|use|come|let|tell|send|go out|meet|be on"
        r"|join|sign|put|add|fill|hand|share)",
        r"<you> must(?! (?:be|have|feel|know)\b)", r"<you>'?d better",
        # Closing the matter for them: "you're coming Thursday, full stop", "no excuses".
        r"full stop", r"no excuses", r"end of (?:discussion|story)\b(?! (?:of|about|is)\b)",
        r"no ifs,? (?:and|or) buts", r"(?<=[,.] )period\s*(?:[.!]|$)",
        r"(?<!suit )(?<!suits )(?<!suit )(?<!work for )(?<!would )<you> better", r"i insist",
        r"(?:don'?t )?<you> (?:dare|even think about)\b",
        r"<wont> (?:take|accept) (?:no|a no|any excuses|excuses)", r"no excuses",
        r"(?:not|never) (?:taking|accepting) (?:no|a no)",
        r"stop (?:playing hard to get|being (?:so )?(?:shy|difficult|boring|stubborn|coy))",
        r"(?:playing|play) hard to get", r"<cant> (?:really )?(?:say no|refuse|turn me down)",
        r"(?:just |i'?ll )?keep (?:on )?asking", r"until (?:<you> )?(?:say|says) yes",
        r"(?:text|call|message|write|ring) me back\s*!", rf"seriously,? {_CONTACT}",
        r"answer me", r"please answer", r"reply to me", r"(?:please|pls|plz) (?:reply|respond)",
        r"(?:reply|respond|answer|text (?:me )?back) (?:please|pls|plz|asap)",
        r"(?:please|pls|plz) (?:text|call|message|ring) me back",
        r"(?:i|i'?ll) (?:really )?need <you> to",
        r"don'?t make me (?:ask|beg|wait|come|chase|hunt|track|find|remind|text|call"
        r"|message|go)",
        r"<wont> give up", r"not giving up", r"i know <youre> shy,? but",
        r"(?:it'?ll|it will|it'?d|it would|it) (?:only )?takes? (?:two|2|a|one|five|5|ten|10)"
        r" (?:seconds?|secs?|minutes?|mins?)",
        r"why not\s*\?+", r"why (?:won'?t|wouldn'?t|can'?t|don'?t) <you>",
        r"<you> said no,? but", r"i know <you> said\b[^.!?\n]{0,80}?\banyway",
        # Their no recalled and overridden: "I know you said you'd rather not, but...", "I get
        # that you're not keen, but surely...".
        r"(?:i know|i reali[sz]e|i get (?:that|it)|i understand|i hear <you>|i know that)"
        r"(?: <you> (?:said|told me|mentioned|wrote))?(?: that)? <you>(?:'d|'re| are| would"
        r"| do)? (?:rather not|not (?:interested|keen|ready|into|sure|comfortable)|prefer not"
        r"|(?:don'?t|do not) (?:give|share|want|hand|usually))\b[^.!?\n]{0,50}?\bbut\b",
        # Pushed however it is done: "one way or another", "like it or not".
        r"one way or (?:another|the other)", r"(?:whether <you> )?like it or not",
        # Counting the times already asked makes another no one more refusal: "I've asked you
        # three times now", "this is the third time I'm asking", "can I at least get...".
        r"(?:i'?ve|i have|i) (?:already )?asked(?: <you>)?(?: this)? (?:like |about |at least )?"
        r"(?:\w+ )?(?:times|twice|before|already|again)",
        r"(?:this is|that'?s|it'?s) (?:the|my) (?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)"
        r"|last|umpteenth|nth|hundredth|millionth) time (?:i'?m |i am |i'?ve |i have )?"
        r"ask(?:ing|ed)?",
        r"how many times (?:do|will|must|have|did|should) i (?:have to |gotta |got to |need to )?"
        r"ask", r"(?:asking|ask) (?:<you> )?(?:again|one more time|once more|for the \w+ time)",
        r"(?:(?<=can )|(?<=could )|(?<=may ))i at least (?:get|have|take|grab|ask for)",
    ],
    # Urging without a reason: "come on", "c'mon". It leans on them, but about anything.
    "urging": [r"come on+", r"c'?mon+", r"go on,? (?:please|pls|say yes|give)",
               # Insisting that it is meant: after an order it presses the order; after a
               # free offer it presses too, but the choice stays theirs (see offer.py).
               r"i (?:really )?mean it",
               # A tag said twice insists: "wanna swap numbers? ok? ok?".
               r"\b(?:ok|okay|yes|yeah|pls|please|right)\s*\?+\s*(?:ok|okay|yes|yeah|pls|please"
               r"|right)\s*\?",
               # Pressing what is handed over on them: "no arguments, you're taking it" leaves
               # its use to them (LABELS.md: handing-over words give control) but leans on them.
               r"no (?:arguments?|argy-bargy|backsies|take-?backs)\b",
               r"<youre> (?:taking|having|keeping) (?:it|this|them|my (?:number|card|digits))"
               r"(?=\s*(?:[.!]|$))"],
    "guilt": [
        r"(?:would|'d) (?:really |genuinely |totally |so )?make my (?:whole |entire )?(?:week|day"
        r"|night|month|year)"
        r"(?: if <you> (?:said|say) yes)?", r"my (?:week|month|day|year) (?:has|'s) been (?:so )?"
        r"(?:awful|rough|terrible|hard|bad|horrible|shit)",
        r"(?:don'?t|do not) (?:keep|leave) me hanging(?! by the phone)",
        r"(?:don'?t|do not) make it weird by not",
        r"<ill> (?:just )?(?:put|pop|save|type|add) my (?:number|digits) (?:in|into) <your>"
        r" (?:phone|contacts|mobile)(?![^.!?]{0,30}?(?:\?|\bif\b))",
        r"(?:don'?t|do not|dont) make me (?:lose|look|feel|regret|beg|wait|cry|sad)",
        r"(?:nobody|no one|no-one) (?:ever |actually |really )*(?:calls|texts|rings|messages"
        r"|replies|writes)(?: me)?"
        r"(?: back)?",
        # The same said of doing it at all: "text whenever! nobody ever does though".
        r"(?:nobody|no one|no-one) (?:ever |actually |really )+(?:does|do|did|bothers|uses it)\b",
        # Their message made the remedy for one's bad time: "a text from you would save it".
        r"(?:a |one |any )?(?:text|call|message|msg|reply|word|line) from (?:you|u) would"
        r" (?:\w+ly )?(?:save|fix|rescue|mend|turn around|salvage)\b",
        # Their phone, or hand, used without asking: "I've popped my number into your phone".
        r"(?:i'?ve|i have|i|already|just) (?:popped|punched) my (?:number|digits) (?:in|into)"
        r" <your> (?:phone|contacts|mobile)(?![^.!?]{0,30}?(?:\?|\bif\b))",
        r"(?:i'?ve|i have|i|already|just) (?:wrote|written|scribbled) my (?:number"
        r"|digits) on <your>"
        r" (?:hand|arm)",
        r"<ill> (?:just )?(?:write|put) my (?:number|digits) on <your> (?:hand|arm)"
        r"(?![^.!?]{0,30}?(?:\?|\bif\b))",
        r"(?:don'?t|do not|dont) let me down",
        # Their silence made a verdict on oneself: "don't leave me feeling like an idiot", "if
        # you don't I'll assume I'm hideous".
        r"(?:don'?t|do not|dont) (?:leave|let) me (?:feel(?:ing)?|look(?:ing)?|seem(?:ing)?)\b",
        # (Past a cutoff it is a deadline: "if you don't text by Friday I'll assume...".)
        r"if <you> (?:don'?t|do not|won'?t|never)\b(?:(?!\b(?:by|before|within|until)\b)[^.!?;])"
        r"{0,30}?\b(?:<ill>|<im> gonna) (?:just )?"
        r"(?:assume|think|take it|guess|figure|know)(?: that)? (?:<you> (?:think|reckon|find)"
        r"(?: that)? )?(?:<im>|i was|it'?s me|i'?ve|<you> (?:hated|didn'?t (?:like|enjoy))"
        r"(?! me\b))\b",
        # Their phone used without asking, told after: "saving my number in your phone".
        r"(?:sav|putt|popp|typ|add|punch|enter|stor)ing my (?:number|digits|details|contact)"
        r" (?:in|into|on) <your> (?:phone|contacts|mobile)",
        r"check(?:ing)? (?:if |that |whether )?<youre> (?:still )?alive",
        r"(?:after|since) (?:all )?(?:the \w+ |everything |all that )?i(?:'?ve)? "
        r"(?:bought|paid|got|did|done|spent|saved|gave|drove|waited)"
        # (Not a time: "since I got home", "after I got back".)
        r"(?! (?:home|back|in|here|there|up|off|out|to)\b)",
        r"(?:after|since) (?:everything|all) i(?:'?ve| have)? done",
        r"(?:the )?least <you> (?:can|could) do",
        rf"(?:<ill>|i'?d|i would|<im> gonna|<im> going to) (?:\w+ly )?(?:feel|be) {_DEGREE}{_HURT}",
        # Telling them how much a past silence hurt: "...never texted back, that really hurt".
        rf"(?:that|it|this) {_DEGREE}(?:hurt|stung|sucked|broke my heart)(?! (?:to|when|if))\b",
        # Their silence read as a verdict: "if I don't hear from you, I'll assume you hated..."
        r"if i(?: don'?t| do not| never| haven'?t| have not|'?ve not| hadn'?t| didn'?t"
        r"| still haven'?t) (?:hear"
        r"|heard|get|got|receive|received)\b(?![^.!?;\n]{0,25}?\b(?:by|within|before"
        r"|until)\b)[^.!?;\n]{0,40}?(?:<ill>|i will|<im> gonna"
        r"|<im> going to) (?:just )?(?:assume|take it|know|guess|figure)",
        # Making a no look odd: "it'd be weird if you didn't", "it would be rude to say no".
        r"(?:it'?d be|it would be|that'?d be|that would be|it'?s|it is)"
        r" (?:so |kinda |kind of |a bit |really |pretty )?(?:weird|awkward|rude|strange|odd|mean"
        r"|harsh|embarrassing) (?:if <you>"
        r" (?:didn'?t|don'?t|did not|said no|say no|refused|refuse)|to (?:say no|refuse)|not to)",
        r"don'?t be like (?:the last|my last|every|all the|the other|\w+ else)\b",
        r"(?:you'?ll|you would|you'?d) (?:break|crush) my heart", r"heartbroken",
        r"\bor (?:else )?(?:<ill>|<im> (?:gonna|going to)) (?:just )?(?:cry|sob|sulk|die|mope|weep"
        r"|be in tears|be (?:so |really |very )?(?:sad|upset|hurt|lonely|miserable|wrecked"
        r"|devastated|gutted|crushed))\b",
        r"(?:don'?t|do not|can'?t) (?:take|handle) (?:rejection|no|a no|being turned down)\b",
        r"<ill> (?:always |forever )?regret", r"don'?t (?:crush|break|hurt) (?:me|my heart)",
        r"(?:pretty |so |really )?rude (?:to|not to) (?:say no|refuse|reply|answer|text)",
        r"(?:it'?s|its|it is) (?:only|just) (?:a|my|your) (?:number|text|call)",
        # Sulking, sarcasm and self-pity make a no (or silence) something they did to you.
        r"\U0001f644", r"\U0001f612", r"(?:i )?guess <im> the only one",
        r"not that <you>(?:'ll|'d| will| would)? (?:even )?(?:bother|care|call|text|use|reply"
        r"|remember)", r"(?:people|they|nobody|no one|no-one) never (?:do|does|call|text|reply"
        r"|bother)", r"(?:i )?guess it'?s just me",
        r"(?:it'?s|that'?s|this is) (?:\w+ ){0,2}?(?:bugging|bothering|eating at|getting to"
        r"|killing) me",
        r"what'?s the (?:harm|big deal|problem)", r"what are <you> (?:afraid|scared) of",
        r"is (?:it|that) (?:so|that|really that) hard", r"<its> not that hard",
        r"(?:<you> )?know <you> want (?:to|it|me)", r"<you> might as well",
        r"(?:it'?s|its|it is|this is) (?:really |so |very )?important to me",
        # Pleading makes their no a letdown they cause: a lone "Please?", or a hope said over
        # and over ("really really hope").
        _SENTENCE_START + r"(?:please|pls|plz|pretty please)\s*\?+",
        r"(?:(?<=really really )|(?<=really, really )|(?<=so so )|(?<=rly rly ))(?:hope|wish)",
        # Their message made a favour to the sender's feelings or a lifeline: "it'd mean the
        # world if you texted", "you're the only one I've clicked with", "rough time lately".
        r"(?:it'?d|it would|it will|it'?ll|that'?d|that would|this would) (?:really |honestly "
        r"|truly "
        r"|just |so )?mean (?:a lot|so much|the world|everything|a great deal)(?: to me)?"
        r" if <you>",
        # The same, with the "if" left out: "Can I get your number? It'd mean a lot."
        r"(?:it'?d|it would|that'?d|that would|this would) (?:really |honestly |truly |just |so )?"
        r"mean (?:a lot|so much|the world|everything|a great deal)(?: to me)?(?=\s*(?:[.!,;-]|$))",
        r"(?:it'?d|it would|that'?d|that would|this would|<youd>|<you> would) (?:really |honestly "
        r"|totally |so )?make (?:it|my (?:day|week|night|month|year))(?: better)?"
        r"(?=\s*(?:[.!,;]|$))",
        r"<youre> (?:literally |really |honestly |probably |kind of )?the only (?:one|person"
        r"|friend) (?:i'?ve|i have|i|who|that) \w+",
        r"(?:i'?ve been|<im>|i have been|<ive>(?: just)?|i'?d|i (?:just )?had) (?:having |going"
        r" through |had )?(?:a |such a |the )?(?:really |very |pretty |super |truly |absolutely )?"
        r"(?:rough|hard|tough|difficult|bad|awful|horrible|lonely|terrible|shit|crap|crappy"
        r"|miserable|horrid|worst) (?:time|week|month|year|patch|day|few (?:days|weeks|months))",
        r"don'?t make (?:this|it|things) (?:awkward|weird|difficult|hard|a big deal)",
        r"(?:<youd>|<youre>|it'?d be|it would be) (?:be )?(?:crazy|mad|silly|stupid|insane)"
        r" (?:to say no|not to|to refuse|to turn)", r"too good for (?:me|us)",
        r"so i know <youre> thinking", r"make me (?:sad|cry|look stupid)",
        r"don'?t make me regret",
        # Asking not to be ignored makes silence their fault.
        r"(?:don'?t|do not) ghost me", r"(?:please )?don'?t ignore me", r"don'?t flake",
        r"<youre> not (?:ignoring|avoiding|ghosting) me", r"don'?t leave me (?:hanging|on read"
        r"|on delivered|on seen|waiting)", r"(?:left|leave|leaving) me on (?:read|delivered|seen)",
        # A sulky jab at the no before it is given: "if you don't, whatever, your loss".
        r"<your> (?:loss|funeral)", r"suit yourself",
        # Their silence so far held against them: "I'm disappointed you haven't got in touch".
        rf"<im> {_DEGREE}{_HURT}(?: that)? <you> (?:haven'?t|hasn'?t|didn'?t|never|still"
        r" haven'?t|won'?t|wouldn'?t)\b",
        r"i (?:really |honestly |just )?thought we (?:really |actually |kind of |kinda )?had"
        r" (?:something|a (?:connection|thing|moment|spark|vibe))",
        r"(?:are|r) <you> ignoring me", r"ignoring me", r"is <your> phone (?:off|dead)",
    ],
    # Waiting for a reply: one is expected, and soon, so whether and when to get in touch is
    # no longer theirs.
    "waiting": [
        r"(?:(?:don'?t|do not) )?(?:keep|leave) me (?:hanging|waiting) by the phone",
        r"(?:<ill>|<im>|(?:i'?m )?gonna|i'?m going to) (?:just )?(?:be )?(?:sit|sitting|wait"
        r"|waiting|glued|camp|camping|stay|staying)"
        r" (?:here )?(?:by|to|next to|beside|on) (?:the|my) phone",
        r"(?:i'?m|i am|i'?ll be) (?:still )?waiting(?=\s*(?:[^\w\s,]|$)| for <your>| by| to hear"
        r"| on <you>)",
        r"until <you> (?:call|text|reply|answer|message|write|ring|use|save|give in|cave|respond"
        r"|agree)",
        # The same in other Englishes, "for" or not: "I dey wait your call", "am waiting your
        # text", "I'm expecting your call".
        r"(?:i|me|mi|am|<im>|<ill> be|i go|i dey|i de|i deh) (?:dey |de |deh |still |a )?(?:wait"
        r"|waiting|await|awaiting|expect|expecting)(?: for| on)? <your> (?:call|text|message|msg"
        r"|reply|answer|ring|bell|buzz)\b",
        r"(?:(?<=^)|(?<=[.!?,] ))(?:still |eagerly |patiently )?(?:awaiting|waiting (?:for|on)"
        r"|expecting) <your> (?:call|text|message|msg|reply|answer|ring|bell|buzz)\b",
        r"reply when <you> get this", r"<ill> (?:be )?wait(?:ing)? (?:all night|up|by the phone"
        r"|for <your>)",
        # Watching the phone for them: "I'll be checking my phone all night".
        r"<ill> (?:just )?(?:keep|be|sit(?: here)?)(?: on my phone)? (?:checking|watching"
        r"|refreshing|staring at|glued to) (?:(?:my|the) (?:phone|screen|notifications|inbox"
        r"|messages|texts|mobile|whatsapp|dms)|<your>|for <your>)",
    ],
    "comparison": [
        # Social proof: "The whole table already shared theirs", "Everyone else at the table
        # has already put their number in".
        r"every(?:one|body)(?: [\w'-]+){0,3}? (?:is|are) (?:swapping|sharing|exchanging|trading)",
        r"every(?:one|body)(?: else)?[^.!?]{0,40}? (?:has |have )?(?:already |just )?(?:put"
        r"|shared|given|gave|added|sent|swapped)(?: in)? (?:theirs|their (?:numbers?|digits"
        r"|details))",
        r"(?:the whole|the rest of the|everyone (?:at|on|in) the|all the others (?:at|on|in)"
        r" the) (?:\w+ )?(?:already |just )?(?:shared|gave|swapped|handed over|sent)(?: me)?"
        r" (?:theirs|their (?:numbers?|digits|details))",
        r"(?:every(?:one|body)|all the (?:other )?(?:\w+ )?(?:girls|guys|people|women|men"
        r"|others)|(?:all )?the others|most (?:people|girls|guys|women|men)|every (?:other )?"
        r"(?:girl|guy|person|woman|man))(?: else)?(?: (?:here|tonight|today|i (?:ask|asked|meet"
        r"|met)|(?:at|in|on|from)(?: \w+){1,3}?))?(?: (?:already|always|usually|normally"
        r"|happily|just))? (?:(?:gave|gives|give"
        r"|has given|have given|handed|hands|sent|sends|shared|shares)(?: me)? (?:theirs|their"
        r" (?:\w+ )?(?:number|numbers|digits|details)|it|me theirs|in)|(?:said|says|say"
        r"|agreed|agrees) yes)",
        r"everyone else (?:said|says|gave|gives|did)", r"just like everyone else",
        # A group that already has one's number, or a duty on everyone: "the whole choir
        # already has my number", "everybody's gotta be on the list".
        r"(?:the whole|the entire|the rest of the|every(?:one|body)(?: else)?) (?:[\w'-]+ ){0,3}?"
        r"(?:already |all )?(?:has|have|'s got|got) (?:my (?:number|digits)|mine|each other'?s)",
        r"every(?:one|body)(?:'s| is| has| have)? (?:got to|gotta|has to|have to|needs? to|must"
        r"|is meant to|is supposed to) (?:be on|be in|sign|give|share|put|join|add|register|hand"
        r"|send|provide|submit|leave)\b",
        # A whole group done already, the verb left bare: "the whole office already did".
        r"(?:the whole|the entire|the rest of the|all the others (?:at|on|in) the|everyone"
        r" (?:at|on|in) the) (?:[\w'-]+ ){0,2}?(?:already |just )?(?:did|has|have|gave|shared"
        r"|swapped)(?: (?:lol|haha|tho|though|too|btw|ngl))?(?=\s*(?:[^\w\s]|$))",
        # What everyone else does, told with the verb left hanging: "You have to be on it,
        # everybody on our street is", "all the others have".
        r"(?:every(?:one|body)|all the others|all the rest|the others|the rest of (?:us|them))"
        r"(?: else)?(?: (?:on|in|at|from|here|there)(?: [\w'-]+){0,3}?)?"
        r" (?:is|are|has|have|does|do|did|already (?:is|are|has|have|did))(?=\s*(?:[.!,;]|$))",
        r"<youre> the only (?:one|person|girl|guy|woman|man)\b<gap>(?:won'?t|wouldn'?t|hasn'?t"
        r"|didn'?t|doesn'?t|refus\w*|said no|says no|not)",
        r"(?:nobody|no one|no-one) (?:else )?(?:ever )?(?:says|said|has said|tells|told)"
        r" (?:me )?no",
    ],
    "entitlement": [
        r"<you> (?:kind of |kinda |sort of |basically |totally |really |pretty much |technically "
        r"|so |do |still |now )*owe me(?! (?:a |one |another )?(?:rematch|re-match|return match"
        r"|game|round|match|decider|revenge|chance to win|shot at the title|dance|song|duet"
        r"|karaoke|drink)\b)", r"i deserve",
        # Their interest taken as known: "I know you're into me", "we both know you're keen".
        r"i can (?:tell|see)(?: that)? <youre> (?:(?:so|totally|clearly|obviously|secretly|really)"
        r" )?(?:into|interested in|attracted to|keen on|feeling) (?:me|this|it)",
        r"(?:i|we both|<you>) know(?: that)? <youre> (?:(?:so|totally|clearly|obviously"
        r"|secretly|really) )?(?:into|interested in|attracted to|keen on|feeling) (?:me|this|it)",
        r"i'?ve earned", r"i'?m asking nicely",
        # Their interest guessed from a like or a look: "so I guess you're keen 😏".
        r"i (?:guess|take it|assume|reckon|figure) <youre> (?:(?:so|totally|clearly|obviously"
        r"|def|defo) )?(?:keen|interested|into (?:me|it|this)|up for it|down)\b"
        r"(?! (?:on|to|for|in|with)\b)",
        # Their number owed back for one's own: "your turn now, fair's fair".
        r"fair'?s fair", r"(?:(?:it'?s|its|now) )?<your> turn(?: now)?(?=\s*(?:[,.!;]|$))",
        r"(?:it'?s|its|that'?s|only) (?:only )?fair",
        r"use it or lose it(?![,.]? (?:up to you|your call|your choice|whatever|no pressure))",
        r"(?:since|because|cause|cuz) <youre> (?:clearly|obviously)? ?into me",
        r"<youre> (?:clearly|obviously) into me",
        r"i know <youll> (?:use|call|text|say yes|want)",
        r"(?:i )?already (?:texted|called|messaged|saved|took|put|have|got) "
        r"(?:myself|<your> number|<your> \w+|it)",
        r"(?:just )?ask \w+ for (?:yours|<your> number)", r"<ill> (?:just )?get <your> (?:number"
        r"|digits)", r"(?:coming|come) (?:to )?find <you>", r"<ill> come find <you>",
        r"everyone gives me their number",
        # Their feelings declared for them: "you clearly felt the chemistry too".
        r"<you> (?:clearly|obviously|definitely|totally|so) (?:felt|feel|like|want|fancy|dig)\b",
        r"(?:pretty |so |it'?s |kinda |very )?(?:obvious|clear) (?:that )?<you> (?:\w+ )?(?:fancy"
        r"|like|want|dig|have a crush on|(?:are|'re) into) me\b",
        # A favour cited as the price: "I did buy you two drinks after all".
        r"i (?:did|have|'ve|already) (?:\w+ )?(?:bought|buy|got|get|paid for|pay for|covered|cover"
        r"|lent|lend|given|give|gave|drove|drive) (?:<you>|u)\b[^.!?]{0,30}?\bafter all\b",
        r"we both (?:felt|feel|know|knew) (?:it|that|the (?:chemistry|spark|vibe|connection))",
        r"(?:since|because|cause|cuz) <you> gave me <your> (?:number|digits)",
        # Acting on their phone without asking: "I already saved my number in your phone".
        # (Not "Put my number in your phone", an offer: something said before it acted.)
        r"(?<=\w )(?<!to )(?<!can i )(?<!could i )(?<!should i )(?<!may i )(?<!i'll )(?<!ill )"
        r"(?<!i will )(?:saved|put|added|typed|stored|entered|programmed|plugged) my (?:number"
        r"|digits|contact"
        r"|details)(?: \w+)? (?:in|into|on|to) <your> (?:phone|contacts|mobile|cell)",
        # Their phone taken first, then the number put "in it": "grabbed your phone while you
        # were at the bar and saved my number in it".
        r"<your> (?:phone|mobile|cell)\b[^.!?]{0,60}?\b(?:saved|put|popped|typed|added|stuck"
        r"|punched|entered|plugged|stored) (?:my (?:number|digits|details|contact)|myself|me)"
        r" (?:in|into|on) (?:it|there)\b",
        r"(?:(?<=^)|(?<=[.!?] )|(?<=[.!?]))(?:just |already )?(?:saved|popped|added|typed"
        r"|stored|entered|programmed|plugged|punched) my (?:number|digits|contact|details)"
        r"(?: \w+)? (?:in|into|on|to) <your> (?:phone|contacts|mobile|cell)",
        r"(?:let me|lemme|let's|i'?m (?:just )?(?:gonna|going to)|gonna) (?:just |quickly |quick )?"
        r"(?:save|put|pop|type|add|punch|stick|plug) (?:my (?:number|digits|details)|it|myself|me)"
        r" (?:in|into|on) <your> (?:phone|contacts|mobile|cell)(?![^.!?]{0,30}?(?:\?|\bif\b))",
    ],
    "obligation": [
        r"(?:i|we)(?:'?ll| will|'?m| am| do| would|'?d)?(?: (?:be|fully|totally|really|definitely"
        r"|kind of|kinda|certainly|still))* expect(?:ing)? (?:<you>|<your>|a|an|to|some|at"
        r" least|one)(?: (?:call|text|message|reply|answer|ring))?",
        r"i (?:want|need|expect) (?:<you> to (?:text|call|message|reply|ring|get back|answer"
        r"|write|use)|(?:a|your) (?:text|call|message|reply)\b)",
        r"<you> promised", r"<youre> supposed to", r"(?:i|we) had a deal",
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
        rf"(?: that)? <youd> {_CONTACT}",
        r"(?:remember|don'?t forget)(?: that)?,? <you> (?:said|promised|agreed|owe)",
        r"<you> gave me <your> word",
        r"make sure (?:<you> )?(?:text|call|message|reply|ring|get back|let me know|use|save)",
        # Not left to them: "it's kind of mandatory", "I'm going to need your number".
        r"(?:it'?s|its|it is|this is|that'?s) (?:kind of |kinda |sort of |basically |pretty much "
        r"|totally |honestly )?(?:mandatory|compulsory|required|non-negotiable|not optional)",
        r"<im> (?:going to|gonna) (?:have to have|have to get) <your> (?:number|digits|details)",
        # A duty of one's own passed on: "my manager expects me to collect contacts".
        r"(?:my|our) (?:boss|manager|company|employer|supervisor|job|team lead|organi[sz]ers?"
        r"|coach|teacher) (?:expects|requires|needs|wants|makes|told|asked) (?:me|us) to (?:get"
        r"|collect|take|have|gather)",
        # A reminder that it is a duty: "Call me at 6. Don't forget."
        r"(?:don'?t|do not) forget(?: to (?:text|call|message|msg|ring|reply|save|use|get back"
        r"|write|answer))?(?=\s*(?:[.!]|$))", r"(?:don'?t|do not) forget to (?:text|call|message"
        r"|msg|ring|reply|get back|answer)",

    ],
    "deadline": [
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
        r"not leaving", r"until <you> (?:give|say|agree|hand)", r"or else",
        # A cost attached to the no: "Swap numbers with me or I'm not showing you the problem".
        r"\bor (?:<im> not|i'?m not going to|<ill> not|i <wont>|i (?:will|am) not|<you> <wont>"
        r" (?:get|see|hear)|<you> (?:don'?t|do not) get|<you> (?:can'?t|cannot) (?:come|have"
        r"|get))\b(?! (?:sure|fussed|bothered|pushing|pressuring|trying|asking|gonna push)\b)",
        r"(?:last|final) (?:chance|offer|call|warning)", r"now or never", r"take it or leave it",
        r"(?:one|1)[- ]time offer", r"limited time",
        r"(?:offer|this) (?:expires|ends|won'?t last)",
        _SENTENCE_START + r"(?:and |so |ok |okay |fine,? )?(?:<im> not|<ill> not|i <wont>|<wont>"
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
    ],
    "threat": [
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
    ],
    "urgency": [
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
        r"the (?:second|minute|moment) <you>", r"(?:within|in) the (?:next )?hour",
        r"(?:within|in) the next (?:[\w-]+ )?(?:minutes?|mins?|hours?|seconds?|secs?)",
        r"(?:decide|choose|answer|think|be) (?:quick|quickly|fast|now)\b",
        # (Not lifted: "no hurry at all", "in no hurry".)
        r"(?<!no )(?<!nae )(?<!no big )(?<!no real )(?<!in no )(?<!not in a )hurry(?: up)?",
        r"clock'?s ticking", r"times? (?:is )?running out",
        r"(?:let me know|reply|text me|answer) asap",
        # A message ordered for a set time: "text me tonight", "msg me after ur shift ok",
        # even with a practical reason ("...so we can plan"): the time is still theirs to pick.
        # Only their own choice lifts it: "text me tonight if you want to come".
        rf"(?<!can )(?<!could )(?<!may )(?<!might )(?<!to )(?<!you )(?<!u )(?<!if )"
        rf"(?:text|call|message|msg|ring|phone|dm|reply to|answer|get back to|hit) (?:me|us)"
        rf"(?: up| back)?\b[^.!?,]{{0,20}}?\b{_WHEN}\b(?![^.!?\n]*?(?:"
        r"if (?:<you>(?:'d| would| still| ever)? (?:want|wanna|fancy|like|feel like|can make it)"
        r"|<youre> (?:still )?(?:up for|keen|in|free|around))))",
        # An answer wanted by a set time: "Let me know by tonight", practical reason or not;
        # their choice ("...if you're keen") lifts it.
        r"(?<!if )(?<!can )(?<!could )(?:let me know|lmk|tell me|get back to me|give me an answer"
        r"|reply|respond|confirm)\b[^.!?,]{0,15}?\b(?:by|before|no later than|until) (?:tonight"
        r"|tomorrow|today|the end of|\w+day|\d\w*|noon|midnight|this \w+|lunch|then)\b"
        r"(?![^.!?\n]*?\bif <you>)",
        # The time set and agreement asked for, "?" or not: "msg me after ur shift ok".
        rf"(?:text|call|message|msg|ring|phone|dm) (?:me|us)(?: up| back)?\b[^.!?,]{{0,20}}?"
        rf"\b{_WHEN},? (?:ok|okay|yeah|yh|k|kk|right|alright)\b",
    ],
    "presumption": [
        # Their interest taken as known, so the ask is built on a yes: "I can tell you like me,
        # so let's swap numbers", "we both know u fancy me" (LABELS.md: assuming their interest).
        r"(?:i (?:can|could) (?:tell|see|sense)|i know|we both know|(?:it'?s|its) (?:so |pretty )?"
        r"(?:obvious|clear))(?: that)? <you> (?:(?:so|totally|clearly|obviously|secretly|really"
        r"|kinda|kind of) )?(?:like|fancy|want|dig|have a (?:crush|thing) (?:on|for)) (?:me|us)\b",
        # Plans settled for them: "you're coming to salsa with me on Thursday".
        r"(?<!if )(?<!when )(?<!whether )(?<!hope )<youre> (?:coming|going|joining me|meeting me)"
        r" (?:to|with|on|for)\b",
        r"<youre> (?:going to|gonna|gunna) (?:give|text|call|send|hand|ring|message|msg|use|dm"
        r"|phone|bell|buzz|hit me up|get in touch)",
        r"(?:are|r) <you> (?:going to|gonna|gunna) (?:give|text|call|send|hand)\b[^.!?]{0,40}?"
        r"\bor what\s*\?",
        r"<youre> (?:obviously |clearly |definitely |totally |def |so )?(?:giving|handing|sending)"
        r" (?:me )?(?:<your>|it|them|those)\b",
        r"(?<!hope )(?<!if )(?<!maybe )<youll> (?:give|text|call|send|hand|message|ring|msg|dm"
        r"|phone|use it)",
        r"<ill> (?:just )?(?:take|get|grab|have) <your> (?:number|digits)",
        r"i'?m (?:taking|getting|putting|saving|adding|popping|storing|plugging) <your>"
        r" (?:number|digits|details)",
        # Their number already filed: "your number's going on my badminton list".
        r"<your> (?:number|digits|details)(?:'s| is| are) (?:going|gonna go|getting put|being put)"
        r" (?:on|in|into|onto) (?:my|the|our)\b",
        # A tag after a statement asks for agreement, not for an answer: "..., right?"
        r"(?<=[,.!-] )(?:right|yeah|yes|ok|okay|correct|yea|yh|alright)\s*\?",
        r"(?<=[,.!-])(?:right|yeah|yes|ok|okay|correct|yea|yh|alright)\s*\?",
        r"(?<=[,-] )(?:don'?t|won'?t|wouldn'?t|isn'?t|aren'?t|didn'?t|doesn'?t|haven'?t"
        r"|shouldn'?t|can'?t) (?:<you>|i|it|we|they|that|ya)\s*\?",
        r"<wont> <you>\s*\?", r"let'?s just (?:swap|exchange|trade|share)",
        # A "no" statement with a tag that expects agreement: "You're not going to make me beg
        # for it, are you?", "You wouldn't leave me hanging, would you?"
        r"<youre> not (?:going to|gonna|about to) [^.!?]{0,60}?,? (?:are|will|would|do) <you>\s*\?",
        r"<you> (?:won'?t|wouldn'?t|aren'?t|don'?t|can'?t) [^.!?]{0,60}?,? (?:will|would|are|do"
        r"|can) <you>\s*\?",
        # Their choice taken back with a wink: "You don't have to use it - but you will 😉".
        r"(?:(?<=but )|(?<=tho )|(?<=though ))(?:we both know |i know |i bet |i just know )?"
        r"<youll>(?: (?:want to|wanna|use it|text"
        r"|call))?"
        r"(?=\s*(?:$|[^\w\s']))",
        # Taking the yes as settled: "Obviously we're swapping numbers", "hand me your phone".
        r"(?:obviously|clearly|of course|surely|definitely|so),? (?:we|<you>)(?:'re| are| r"
        r"|'ll| will|'?re gonna|'?re going to| are gonna| are going to) (?:\w+ )?(?:swap|exchang"
        r"|trad|shar|giv|text|call|hand|sav)\w*",
        r"(?<!can i )(?<!could i )(?<!may i )(?:give|hand|pass|gimme) (?:me )?<your> phone",
        # "When are you giving me your number?" asks when, not whether.
        r"when (?:are|r|will|do) <you> (?:going to |gonna )?(?:give|giving|send|sending|hand"
        r"|handing|share|sharing|let|letting)(?: me| it| that| them| over| <your>| those)",
        r"when (?:do|can|will|shall|am) i (?:get|getting|have|take|receive) (?:<your>|those"
        r"|them|it|that)",
        r"how (?:long|much longer)\b[^.!?]{0,40}?\b(?:till|until|til|before) i (?:get|have|see"
        r"|receive) (?:<your>|those|them|it|that)", r"how (?:long|much longer) (?:do|must|should"
        r"|will|am) i (?:have to |gonna |going to |got to |gotta |need to |meant to )*"
        r"(?:wait|hang on|hold on|hold out)\b",
    ],
}, fixed=("deadline", "threat"))

#: What each category does to the other person, and a concrete phrase to use instead.
WHY: Final[dict[str, tuple[str, str]]] = {
    "demand": ("is an order, so they get no real chance to say no",
               'Ask instead, for example "Would you like to swap numbers?"'),
    "urging": ("urges them on, which leans on them instead of leaving them free to answer",
               'Ask once and leave it there, for example "No worries if not!"'),
    "insisting": ("keeps pushing past their hesitation instead of letting them answer freely",
                  'Ask once and let the answer be theirs, for example "No worries if not!"'),
    "guilt": ("makes them feel guilty or responsible for your feelings",
              'Keep your feelings out of it, for example "Totally fine if not."'),
    "comparison": ("compares them with other people, so a no feels odd or unfair",
                   'Their answer is theirs alone; say so, for example "Only if you\'d like '
                   'to."'),
    "entitlement": ("treats their number as something you are owed",
                    'Nothing is owed, so ask as a favour, for example "Would you be up for '
                    'swapping numbers?"'),
    "obligation": ("holds them to something they must do, so using the number becomes a duty",
                   'Leave it to them, for example "Text me if you\'d like."'),
    "deadline": ("turns it into a deadline or an ultimatum, so a no (or a late yes) costs them",
                 'Leave the door open instead, for example "Whenever suits you - no rush."'),
    "threat": ("sounds like a threat, even as a joke, and can frighten them",
               'Leave it at the question and accept either answer, for example "No worries '
               'if not!"'),
    "urgency": ("rushes them instead of letting them choose when",
                'Let them pick the time, for example "Whenever suits you."'),
    "waiting": ("waits for a reply they do not owe you, so staying silent becomes something "
                "they do to you",
                'Leave it open, for example "Text me if you\'d like - no need to reply '
                'otherwise."'),
    "presumption": ("assumes the answer is yes before they give it",
                    'Ask as a real question, for example "Would you like to swap numbers?"'),
    "resentment": ("is sarcastic about their silence, which blames them for a reply they do "
                   "not owe you", 'Keep it light and warm, for example "No rush - hope your '
                   'week is going well!"'),
    "nagging": ("chases a reply they do not owe you",
                'Send one friendly message and give them space, for example "No rush - hope '
                'your week is going well!"'),
}


#: Pressure that only sets a time; when stronger pressure is there too, that explains better.
_MILD: Final = frozenset({"urgency"})


def by_weight(hits: list[Hit]) -> list[Hit]:
    """``hits`` in text order, except that mild ones come after the rest (for the message)."""
    return sorted(hits, key=lambda h: (h.label in _MILD, h.start))


def explain(hits: list[Hit]) -> dict[str, str]:
    """The ``why`` and ``instead`` words for the first pressure hit (empty when none)."""
    if not hits:
        return {"why": "", "instead": ""}
    why, instead = WHY[hits[0].label]
    return {"why": why, "instead": instead}
