"""Insisting: not taking no for an answer, pleading and asking again.

Part of the pressure of ``_pressure`` (read there with the rest): "no arguments",
"please please please", "I won't take no for an answer".
"""

from __future__ import annotations

from typing import Final

from workshop.checkers.text._pressure_words import CONTACT

INSISTING: Final = [
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
    # ...or their keeping the number back: "Why are you being so mysterious about your
    # number?", "why so cagey with ur digits?", "what's with all the secrecy?".
    r"why (?:(?:are|r) <you> (?:being )?|<youre> (?:being )?|be )?(?:so |all |this |that )?"
    r"(?:mysterious|secretive|cagey|guarded|precious|protective|private|stingy|tight-lipped"
    r"|shy|coy)\b[^.!?]{0,12}?\b(?:about|with|over) (?:<your> (?:<num>|phone)|it|them"
    r"|(?:giving|sharing|handing) (?:it|them|<your>))",
    r"what'?s (?:up )?with (?:all )?(?:the|this|that) (?:mystery|secrecy|secrets|cloak and"
    r" dagger)(?: (?:about|over|around|with) (?:<your> (?:<num>|phone)|it)\b|(?=\s*(?:[?!.]"
    r"|$)))",
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
    r"i'?m begging(?: you)?", r"i'?ll beg", r"make me beg",
    # Begging held out as the alternative to a yes: "or do I have to beg?".
    r"(?:do|must|should|will|shall) i (?:(?:have to|need to|gotta|got to|hafta) )?(?:get down on"
    r" my knees and )?beg\b", r"(?:begging|beg) you",
    r"<you>(?:'ve| have)? (?:really )?(?:have to|need to|gotta|got to|must)"
    r" (?:give|say|text|call|reply|answer|respond|use|come|let|tell|send|go out|meet|be on"
    r"|join|sign|put|add|fill|hand|share)",
    r"<you> must(?! (?:be|have|feel|know)\b)", r"<you>'?d better",
    # The duty left bare, after the reason for it: "it's tradition, so you've got to!".
    r"(?<!if )(?<!when )(?<!whenever )(?<!unless )(?<!as )(?<!until )<you>(?:'ve| have|ve)?"
    r" (?:really |just |simply )?(?:have to|gotta|got to|must|need to)(?=\s*(?:[^\w\s']|$))",
    # Closing the matter for them: "you're coming Thursday, full stop", "no excuses".
    r"full stop", r"no excuses", r"end of (?:discussion|story)\b(?! (?:of|about|is)\b)",
    # Insisting, whoever insists for one: "my mum insists you come, she won't hear otherwise".
    r"(?<!n't )(?<!not )(?<!never )(?:insists?|insisted|is insisting|are insisting) (?:that )?"
    r"<you> (?:come|join|stay|have|take|give|call|text|ring|must|should|eat)\b",
    r"<wont> hear (?:otherwise|of it|no|a no|of you (?:not|saying no))\b",
    # Leaving them no reason not to: "you've got no excuse not to use it now".
    r"no (?:more )?excuses? (?:not )?to\b", r"no ifs,? (?:and|or) buts",
    r"(?<=[,.] )period\s*(?:[.!]|$)",
    r"(?<!suit )(?<!suits )(?<!suit )(?<!work for )(?<!would )<you> better", r"i insist",
    r"(?:don'?t )?<you> (?:dare|even think about)\b",
    r"<wont> (?:take|accept) (?:no|a no|any excuses|excuses)", r"no excuses",
    r"(?:not|never) (?:taking|accepting) (?:no|a no)",
    r"stop (?:playing hard to get|being (?:so )?(?:shy|difficult|boring|stubborn|coy))",
    r"(?:playing|play) hard to get", r"<cant> (?:really )?(?:say no|refuse|turn me down)",
    r"(?:just |i'?ll )?keep (?:on )?asking", r"until (?:<you> )?(?:say|says) yes",
    r"(?:text|call|message|write|ring) me back\s*!",
    # An earnest "seriously" presses a bare order, not a free choice: "seriously, text if and
    # when you feel like it" only stresses that the choice is real.
    rf"seriously,? {CONTACT}\b(?![^.!?]{{0,30}}?\b(?:if|whenever|any ?time|sometime"
    r"|when <you> (?:want|like|feel|fancy))\b)",
    r"answer me", r"please answer", r"reply to me",
    # (Not a reply left to them: "please reply only if and when it suits you".)
    r"(?:please|pls|plz) (?:reply|respond)(?! (?:only )?(?:if|when|whenever|once|at <your>)\b)",
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
    r"(?:(?:this is|that'?s|it'?s) )?(?:(?:the|my) )?(?:second|third|fourth|fifth"
    r"|\d+(?:st|nd|rd|th)|last|final|umpteenth|nth|hundredth|millionth) time (?:i'?m |i am"
    r" |i'?ve |i have )?"
    r"ask(?:ing|ed)?",
    r"how many times (?:do|will|must|have|did|should) i (?:have to |gotta |got to |need to )?"
    r"ask", r"(?:asking|ask) (?:<you> )?(?:again|one more time|once more|for the \w+ time)",
    r"(?:(?<=can )|(?<=could )|(?<=may ))i at least (?:get|have|take|grab|ask for)",
]
