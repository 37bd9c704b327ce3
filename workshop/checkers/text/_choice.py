"""The other person's freedom: easy outs, false hope, and other ways to stay in touch.

An *out* hands them an easy no ("no pressure", "totally fine if not"); *false hope* keeps a
no from being final ("maybe another time"); an *alternative* offers a gentler channel than
a phone number (social media, email, staying in the app, seeing each other at the club).
"""

from __future__ import annotations

from typing import Final

from workshop.checkers.text._cues import CueSet

_OK = (r"(?:fine|ok|okay|cool|alright|all right|all good|good|understandable|no problem|chill"
       r"|grand|sweet)")
_REFUSE = (
    r"(?:not|no|you'?d rather|you would rather|you(?:'d| would)? prefer|you don'?t"
    r"|you do not|you'?re not|you are not|you aren'?t|you say no|you can'?t|you decline"
    r"|you pass|you'?re busy|you'?re not up for it|that'?s not your thing|it'?s a no"
    r"|the answer'?s (?:a )?no|the answer is (?:a )?no|(?:it'?s|that'?s) not for you)"
)

OUT: Final = CueSet({
    "no_pressure": [
        # "No" in Scots, Caribbean and Pidgin English too: "nae pressure", "nuh pressure".
        r"(?:no|nuh|nae|noh|zero|without any|without|absolutely no) (?:pressure|stress"
        r"|obligation|rush|hard feelings|expectations?|big deal|strings attached)"
        r"(?: (?:at all|whatsoever))?",
        r"<np> (?:at all )?(?:if|either way|whatever)",
        r"<np>,? (?:either way|if not|if no|whatever you decide)",
        r"if <you> (?:say no|decline|don'?t want to|'?d rather not|would rather not|can'?t|aren'?t"
        r" up for it|pass)\b[^.!?]{0,12}?(?:that'?s|it'?s|is)? ?(?:totally |completely |perfectly "
        r"|absolutely )?(?:fine|ok|okay|cool|alright|no problem|all good|understandable)",
    ],
    "fine_if_not": [
        # Any "if" clause that imagines a no, then calls it fine: "If you don't want, is no
        # problem", "if the answer's no, that's completely okay", "should you say no, fine".
        r"(?:if|should|in case) (?:the answer(?:'s| is)|it'?s|that'?s|<youre>|<you>(?: \w+)?)"
        r" (?:a )?(?:no|not|don'?t|do not|'?d rather not|would rather not|aren'?t|can'?t|decline"
        r"|pass)\b[^.!?]{0,25}?(?:that'?s|it'?s|is|'s)? ?(?:totally |completely |perfectly "
        rf"|absolutely |entirely |also |really )?(?:{_OK}|<np>)\b",
        rf"(?:(?:it'?s|its|that'?s|that is|it is|totally|completely|perfectly|absolutely"
        rf"|entirely|also|equally|100%|really) )*{_OK} (?:if {_REFUSE}|to say no|to decline"
        r"|either way|with a no|if you say no|too|as well)",
        r"(?:i|i'?ll|i would|i'?d) (?:totally |completely |fully |absolutely |entirely |quite "
        r"|of course )?"
        r"(?:understand|get it)(?: completely| totally)?,? (?:if|should <you>)",
        # Leaving it there, offered for a no: "happy to drop it if you'd rather not".
        r"(?:happy|glad|fine|ok|okay|content|more than happy) to (?:leave|drop|forget) (?:it|this"
        r"|the idea)(?: there| at that)?,? (?:if|should)\b",
        r"(?:if not|if you'?d rather not|if you would rather not|if that'?s not your thing),?"
        r" (?:(?:honestly|really|seriously|truly|then),? )?(?:that'?s|no worries|no problem"
        r"|all good|totally fine|fine|i understand|it'?s|<np>)",
        # Not minding and not taking it personally: "I won't take it personally".
        r"(?:won'?t|will not|wouldn'?t|would not|never) take it personally",
        r"<ill> (?:totally |completely |fully |of course )?understand(?=\s*(?:[.!,;)]|$))",
        r"(?:don'?t|do not|never) worry if (?:not|<you>)", r"no offen[cs]e (?:if|either way)",
        r"not (?:fussed|bothered|offended) (?:either way|if not)",
        r"(?:won'?t|will not|wouldn'?t) be (?:at all |even a little )?(?:offended|upset|hurt"
        r"|sad|mad|annoyed)", r"no offen[cs]e taken", r"whatever <you> decide",
        r"not offended", r"i won'?t mind", r"i don'?t mind if",
        # A no called an answer as good as any: "No is a perfectly fine answer."
        rf"(?:no|a no|saying no)(?:'s| is) (?:a |an )?(?:perfectly |totally |completely "
        rf"|absolutely )?(?:{_OK}|acceptable|valid)(?: (?:answer|response|too|as well))?\b",
        r"(?:if not|if <youd> rather not|if (?:it'?s|that'?s) a no),? (?:<ill>|i) (?:won'?t|will"
        r" not|never) (?:ask|bother <you>|bring it up|mention it)",
    ],
    "your_choice": [
        r"only if <you>(?: want| like| would like|'d like| feel| are|'re| fancy| wish| can"
        r"| have (?:the )?time|(?: have|'ve) got (?:the )?time| get (?:a|the) (?:chance|time)"
        r"| (?:don'?t|do not) mind)",
        # ...or only if it is any use to them: "Only if it's useful!", "only if that helps".
        r"only if (?:it|that|this)(?: helps| works for <you>|(?:'s| is|'d be| would be)(?: of)?"
        r"(?: any| really| actually| genuinely| a)? (?:use|useful|helpful|handy|help)\b)",
        # Staying where they are is offered as just as good: "totally fine to stay on the app".
        rf"(?:{_OK}|happy|glad) (?:to|if we) (?:just )?(?:stay|stick|keep (?:it|chatting|talking"
        r"|messaging)|carry on|continue)\b",
        r"(?:only )?if (?:<youre>|<you> dey|yuh|yuh (?:is|are)) (?:comfortable|comfy|ok with"
        r"|okay with|happy to|happy with|sure|into it|cool with|cool w|fine with|fine w)",
        r"(?:only )?if <you> dey (?:ok|okay|fine|happy|cool|alright|down)\b",
        # Asking to be told if it goes too far: "say so if I'm overstepping".
        r"(?:say so|say the word|tell me|let me know|just say|shout|holler) if (?:<im>|this is"
        r"|that'?s|it'?s|this'?s) (?:being )?(?:overstepping|too forward|too much|out of line"
        r"|pushing it|pushy|coming on (?:too )?strong|too bold|too cheeky|weird)",
        r"if (?:<youre>|<you> are) not (?:keen|interested|up for it|into it|comfortable)"
        r"(?:,? just)? (?:say|say so|tell me|let me know)\b",
        # The formal way: "only if convenient for you", "should it suit you".
        r"(?:only )?if (?:it'?s |it is |that'?s |that is )?(?:convenient|suitable|agreeable"
        r"|comfortable)(?: (?:for|to|with) <you>)?",
        r"(?:should|if) (?:it|that|this) (?:suit|suits|work for|works for) <you>",
        r"<youre> (?:totally |completely |entirely |absolutely )?free to (?:say no|decline|pass"
        r"|ignore|turn)",
        r"(?:only )?if <you> feel (?:comfortable|like it|ok|okay|good about)",
        r"(?:okay|ok|fine|alright) lang", r"no wahala(?: at all)? if",
        r"if not,? (?:that'?s )?(?:totally |completely |also )?(?:cool|coo|ok|okay|fine|grand)\b",
        r"(?:sweet as|all good|no dramas|grand|cool|chill|no"
        r" worries) if not",
        r"or would (?:e-?mail|<social>|\w+) (?:suit|work for|be better for|be easier for) <you>",
        # Another channel said to be just as good: "Email is also perfectly fine."
        r"(?:e-?mail|<social>|(?:the )?group ?chat|dms?)(?:'s| is| works| would be)(?: also"
        r"| equally| just as| totally| perfectly| completely| absolutely)* (?:fine|ok|okay|good"
        r"|welcome|an option)\b",
        r"(?:e-?mail|<social>|(?:the )?group ?chat|dms?) (?:works|would work|would do|does)"
        r" (?:too|as well|just as well|also|fine too|for me too)\b",
        # Said to be optional: "Totally optional, email works too."
        r"(?:(?:it'?s|its|it is|this is|that'?s|totally|completely|entirely|100%|purely"
        r"|absolutely) )+optional\b",
        r"if <youd> rather (?:stay|stick|keep (?:it|chatting|talking)|just)\b",
        # Another channel they would prefer, called fine: "if you'd prefer email, that's fine".
        r"if <youd> (?:rather|prefer)(?: to)? (?:use |stick (?:to|with) |keep (?:it )?(?:to|on) )?"
        r"(?:e-?mail|<social>|(?:the )?group ?chat|dms?|the app|texting|messaging)\b[^.!?]{0,12}?"
        r"(?:that'?s|it'?s|is)? ?(?:totally |completely |perfectly |absolutely |also )?(?:fine|ok"
        r"|okay|cool|alright|no problem|all good|great)\b",
        # Another channel offered as the easy no: "Happy to just use the school app instead",
        # "or would you prefer I email?".
        r"(?:happy|glad|fine|ok|okay|cool|just as happy|equally happy) (?:to|if we) (?:just )?"
        r"(?:use|stick (?:to|with)|keep (?:to|it (?:on|to))|go through|chat (?:on|in|via)"
        r"|message (?:on|in|via)|leave (?:notes|a note) (?:on|in)|swap|share|do)"
        r" (?:the |our |my |your )?(?:[\w'-]+ ){0,3}?[\w'-]+ instead\b",
        r"(?:or|unless) (?:would )?<you>(?:'d| would)? (?:prefer|rather) (?:i|we|to|it)\b",
        r"or (?:we|i) (?:can|could) (?:just )?(?:stay|stick|keep"
        r" (?:it|chatting|talking|messaging)) (?:on|to|in|with)\b",
        r"if <youd> (?:feel |be )?(?:happy|comfortable|ok|okay|fine) (?:sharing|to share|doing"
        r" (?:that|it|so)|with (?:that|it|sharing|swapping))",
        # ...or with the sharing left unsaid: "Swapping numbers would be brilliant, if you'd
        # be happy to - ...".
        r"if <youd> (?:feel |be )?(?:happy|comfortable|ok|okay|fine|glad|willing)(?: to| with"
        r" (?:it|that))?(?=\s*(?:[^\w\s']|$))",
        # The formal way to leave it to them: "Entirely at your discretion, of course."
        r"(?:at|to|within) <your> (?:own )?(?:sole )?discretion\b",
        r"feel free to (?:say no|decline|pass|ignore|not|skip|turn)",
        # Bidding them to refuse, if they would rather: "Do say no if you'd rather not".
        r"(?:do|just|please|simply|by all means) (?:say no|decline|pass)(?= if\b|\s*[.!,]|$)",
        # Inviting them to turn it down, jokily: "tell me to get lost if that's too forward".
        r"tell me to (?:get lost|go away|back off|buzz off"
        r"|do one|jog on|shove off|sod off|leave you alone|mind my own business|pipe down"
        r"|take a hike)",
        # "...whether you like it or not" overrides their answer; it is no out.
        r"(?<!like it )(?<!want it )(?<!want to )(?<!like that )(?<!like this )"
        r"or (?:not|don'?t)(?!\s*\?)",
        r"<you> (?:can|could|may) (?:always |totally |absolutely )?(?:say no|decline|pass"
        r"|ignore)", r"no is (?:fine|ok|okay|an option|a fine answer|totally fine)",
        r"(?:<dont>|never) (?:feel|be) (?:obliged|obligated|pressured|bad|like you have to)",
        r"(?:entirely|totally|completely|all)? ?up to <you>",
        r"(?<!expect )(?<!expecting )(?<!for )(?<!wait )(?<!waiting )(?<!await )(?<!awaiting )"
        r"<your> (?:call|choice|decision)",
        r"either way", r"<you> (?:don'?t|do not) have to",
        r"(?:don'?t|do not|never) feel (?:like )?<you> (?:have|need) to",
        r"no need to (?:reply|answer|say yes)",
        r"(?:totally|completely) (?:understand|get it)", r"no wrong answer",
    ],
})

FALSE_HOPE: Final = CueSet({
    "not_now": [
        r"maybe", r"perhaps", r"possibly", r"(?:some )?other time", r"another (?:time|day|night)",
        r"<you> never know", r"never say never",
        r"next (?:time|week|weekend|month|year|class|session)",
        # Not a time limit stretched to forever: "not now or ever", "not tonight or any time".
        r"not (?:right )?now(?!,? (?:(?:and|or|nor) )?(?:not )?(?:later|ever|never|any ?time))",
        r"not (?:tonight|today|yet|at the moment|at this point|for now|this time)"
        r"(?!,? (?:(?:and|or|nor) )?(?:not )?(?:ever|never|any ?time)\b)",
        r"for now", r"at the moment", r"right now", r"just now", r"at this point",
        # A reason dated to now says it may pass: "I'm kind of busy these days".
        r"these days", r"lately", r"currently", r"at present",
        r"this (?:week|month|term|semester|season|weekend)",
        r"who knows", r"when things", r"one day", r"some ?day", r"we'?ll see", r"never say never",
        r"rain ?check", r"once (?:i|things|we)", r"for the time being", r"yet",
        # The same in shorthand, or with an end in sight: "not rn", "atm", "not for the
        # foreseeable".
        r"\brn\b", r"\batm\b", r"rite now", r"(?:for|in) the foreseeable(?: future)?",
    ],
    "door_open": [
        r"ask (?:me )?(?:again|later|tomorrow|another)", r"try (?:me )?again",
        r"if (?:that|things|anything|it|something) changes?", r"(?:i'?ll|will) let <you> know",
        r"later", r"in the future", r"(?:i'?ll|let me) think about it", r"sometime",
    ],
}, fixed=("not_now",))

ALTERNATIVE: Final = CueSet({
    "channel": [
        r"(?:on|via|through|over|in) <social>",
        # Pidgin's "for" is "on": "make we dey yarn for Instagram first".
        r"(?:dey|yarn|gist|chat|talk|follow|reach|message|find) (?:\w+ ){0,2}?for <social>",
        # Any named group or channel: "I'm on the choir WhatsApp group", "the club group chat".
        r"(?:on|via|through|in) (?:the |our |my |a )?(?:\w+ ){0,2}?(?:<social>|group chat|group"
        r"|groupchat|chat|forum|channel|server|mailing list|newsletter|page)\b",
        r"(?:reach|find|message|contact|catch|get) me (?:there|on|via|through|at)\b",
        r"(?:my|an?|<your>) (?:[\w-]+ )?(?:e-?mail|instagram|insta"
        r"|ig|handle|linkedin|discord|snap|snapchat|username|user name|card|website|profile)",
        # Staying where they are talking: "let's keep it on here", "stick to the app for now".
        r"(?:keep|kept|keeping|stick|sticking|stay|staying) (?:it |this |things |chatting |talking"
        r"|messaging )?(?:on|in|to) (?:here|the app|this app|<social>)\b",
        # Or in a group both belong to: "can we keep it to the group chat?", "stick to the
        # club server for now".
        r"(?:keep|kept|keeping|stick|sticking|stay|staying) (?:it |this |things |chatting |talking"
        r"|messaging )?(?:on|in|to) (?:the|our) (?:[\w'-]+ ){0,2}?(?:group ?chat|group|chat|server"
        r"|channel|forum|thread)\b",
        r"@[\w.]{2,}", r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
        r"(?:e-?mail|<social>|texting|messaging|dms?|(?:the )?group ?chat)(?:'s| is| works?"
        r"| (?:would|might|may|could|will|should|prob(?:ably)?)(?: (?:prob(?:ably)?|maybe|defo"
        r"|definitely|honestly|just))? be)(?: also"
        r"| totally| always| probably| prob| maybe| defo| definitely| honestly| just)? (?:fine|ok"
        r"|okay|good|better|easier|best|great|simpler)",
        # A channel settled on, even grudgingly, or pointed at: "email then, I suppose", "the
        # group chat's right there".
        r"(?:e-?mail|<social>|dms?|(?:the )?group ?chat)(?: group| chat| group ?chat)? (?:then"
        r"|instead|it is)\b",
        r"(?:the |our )?(?:group ?chat|<social>|e-?mail|dms?)(?:'s| is) (?:right |always |still )?"
        r"(?:there|here|open)\b",
        r"(?:e-?mail|<social>|dms?|texting|messaging|(?:the )?group ?chat)(?:'s| is)? (?:works?"
        r"|fine"
        r"|ok|okay|good)\b",
        # "Email works for me though", "Insta's better for me".
        r"(?:e-?mail|<social>|texting|messaging|dms?)(?:'s| is| would| works?)? (?:work|works"
        r"|better|easier|best|fine|good)? ?for me",
        r"(?:follow|add|find|connect(?: with)?|message|dm|email|e-mail) "
        r"(?:me|each other|you)\b", r"(?:are|r) <you> on", r"video (?:chat|call)",
        r"(?:keep|continue) (?:chatting|talking|messaging|texting)\b(?! about)",
        r"(?:message|chat|talk|messaging|chatting) (?:on|in) (?:here|the app|this app)",
        r"(?:message|chat|talk|text|keep talking|keep chatting)(?: on| in)? here",
        # A channel put forward as a question: "maybe email?", "insta instead?", "dm?".
        r"(?:maybe |perhaps |how about |what about |or |and )?(?:e-?mail|<social>|dms?|a video"
        r" call)(?: (?:instead|for now|first|then|ok|okay|fine|good|alright|works))?\s*\?",
        r"(?:give|pass|write down|leave) (?:me )?yours", r"take <your> number",
        # Their number taken instead: "can I take yours instead?", "I'll grab yours".
        r"(?:take|have|get|grab|save|jot down|note down|write down) yours\b",
        r"(?:keep|stay) in touch (?:on|via|through)",
        r"(?:exchange|swap|share|trade|give|send|pass) (?:\w+ )?(?:e-?mails?|e-?mail address(?:es)?"
        r"|socials|instas?|instagrams?|handles|usernames|linkedins?|profiles|snaps?|ig)\b",
        # Where to find them: "Email's on the club website", "my insta is in my bio".
        # A channel settled on in two words, however grudging: "Fine, Insta.", "ok email".
        r"(?:(?<=^)|(?<=[.!?] )|(?<=[.!?]))(?:fine|ok|okay|alright|sure|go on)[,.]? (?:<social>"
        r"|e-?mail|dms?)\s*(?:[.!]|$)",
        # Talking where they already are, through some site both use: "could we stick to
        # messaging through the volunteer portal?".
        r"(?:message|messaging|chat|chatting|talk|talking|in touch|contact) (?:through|via|on|over)"
        r" (?:the|our) (?:[\w'-]+ ){0,2}?(?:portal|platform|site|website|app|forum|server|board"
        r"|inbox|system|group ?chat|group|channel|thread)\b",
        r"(?:e-?mail|<social>|handle|profile|website|username|page|contact|details|address)"
        r"(?:'s| is"
        r"| are)(?: also)? (?:on|in|at|listed on|up on) (?:the|my|our|a)\b",
    ],
    "in_person": [
        r"(?:see|c|meet|catch|find|run into|bump into) (?:<you>|each other|up)\b[^.!?]{0,30}?"
        r"\b(?:at|next|on|again|around (?:the|here|campus|town)|then|there|soon)\b",
        r"(?:chat|talk|hang out) (?:more|again) (?:then|there|at|next|soon|sometime)",
        r"(?:meet|catch up|hang out)(?: up)? (?:at|again|next|sometime|soon|for)",
        r"<ill> (?:probably |also )?be (?:at|around)", r"(?:meet|see each other) again",
        # Being where both were, again: "I'll be on the 8:10 tram again tomorrow".
        r"<ill> (?:probably |also )?be (?:on|in) (?:the|that) (?:[\w:'-]+ ){0,3}?[\w:'-]+ again\b",
        r"let'?s (?:chat|talk|hang out|meet|run|climb|walk|grab)",
        r"(?:run|climb|walk|practi[cs]e|train|study) together",
        # The group's next meetings named, to see them at: "let's see how the next few Friday
        # meetups go" (not "the next few days").
        r"(?:the|our) next (?:few |couple (?:of )?|two |three |2 |3 )?(?:[\w'-]+ )?(?:meetups?"
        r"|meet-ups?|sessions?|class(?:es)?|meetings?|practices?|rehearsals?|socials?|shifts?"
        r"|games|matches|quiz(?:zes)?|quiz nights?|club nights?|workshops?|classes)\b",
        # ...or by what the nights are ("the next couple of choir nights"; a bare "the next
        # few nights" is only time).
        r"(?:the|our) next (?:few |couple (?:of )?|two |three |2 |3 )?(?!(?:few|couple|late"
        r"|long|busy|cold|hot|quiet)\b)[\w'-]+ (?:nights|evenings|mornings|afternoons)\b",
        # Meetings they already have, kept up: "let's keep bumping into each other at the pool".
        r"(?:keep|carry on|continue|go on) (?:meeting|meeting up|seeing each other|bumping into"
        r" each other|running into each other|walking together|training together)\b",
        # The next time they will see each other, put as a question: "same ferry tomorrow?".
        r"(?:same|the) (?:[\w:'-]+ ){1,3}?(?:again|tomorrow|tonight|next \w+|this \w+"
        r"|(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?: again)?"
        r"(?: (?:at|around|about) [\w:.]+)?\s*\?",
    ],
})
