"""Guilt and self-pity: a no made to cost the other person their good conscience.

Part of the pressure of ``_pressure`` (read there with the rest): "I'll be gutted if you
say no", "nobody ever calls me anyway". The speaker's own feelings told without leverage
are not here.
"""

from __future__ import annotations

from typing import Final

from workshop.checkers.text._pressure_words import DEGREE, HURT, SENTENCE_START

GUILT: Final = [
    # A no made the waste of one's own time: "I'd hate to think I wasted my night on this".
    r"\bi(?:'?ve| have| had| just)? (?:totally |completely |just )?wasted my (?:whole |entire )?"
    r"(?:evening|night|time|day|afternoon|morning|weekend|breath|effort|energy)\b",
    r"(?:would|'d) (?:really |genuinely |totally |so )?make my (?:whole |entire )?(?:week|day"
    r"|night|month|year)"
    r"(?: if <you> (?:said|say) yes)?", r"my (?:week|month|day|year) (?:has|'s) been (?:so )?"
    r"(?:awful|rough|terrible|hard|bad|horrible|shit)",
    r"(?:don'?t|do not) (?:keep|leave) me hanging(?! by the phone)",
    r"(?:don'?t|do not) make it weird by not",
    # Someone else's disappointment made the cost of a no: "my mum'll be gutted if I come
    # back without your number", "he'd be so sad if you said no".
    r"(?:she|he|they|my \w+|mum|mom|mam|\w+)(?:'ll|'d| will| would) (?:be|feel) (?:so |really"
    r" |very |totally )?(?:disappointed|gutted|sad|upset|heartbroken|crushed|devastated|let"
    r" down) if (?:<you> (?:say|said) no|<you> (?:don'?t|didn'?t|won'?t|refuse)|i (?:come|go"
    r"|get|came|went|turn up|show up) (?:home|back|up)? ?without)\b",
    r"<ill> (?:just )?(?:put|pop|save|type|add) my (?:number|digits) (?:in|into) <your>"
    r" (?:phone|contacts|mobile)(?![^.!?]{0,30}?(?:\?|\bif\b))",
    r"(?:don'?t|do not|dont) make me (?:lose|look|feel|regret|beg|wait|cry|sad)",
    r"(?:nobody|no one|no-one) (?:ever |actually |really )*(?:calls|texts|rings|messages"
    r"|replies|writes)(?: me)?"
    r"(?: back)?",
    # The same said of doing it at all: "text whenever! nobody ever does though".
    r"(?:nobody|no one|no-one) (?:ever |actually |really )+(?:does|do|did|bothers|uses it)\b",
    # Put as an aside: "not that anyone ever does 😔", "not like anybody calls me anyway".
    r"not (?:that|like) (?:anyone|anybody|any1|people|folks|ppl) (?:ever |actually |really"
    r" |even )*(?:does|do|did|bothers?|uses? (?:it|them|mine)|calls?|texts?|rings?|messages?"
    r"|replies|reply|writes?)\b",
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
    r"(?:assume|think|take it|guess|figure|know)(?: that)? (?:(?:it'?s|its|it was|that'?s)"
    r" (?:because|cos|cuz|coz|cause) )?(?:<you> (?:think|reckon|find)"
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
    rf"(?:<ill>|i'?d|i would|<im> gonna|<im> going to) (?:\w+ly )?(?:feel|be) {DEGREE}{HURT}",
    # Or sulk over it: "I'll sulk all week if you don't use it", "I'd mope if you never text".
    r"(?:<ill>|i'?d|i would|<im> gonna|<im> going to) (?:\w+ly |just |totally )?(?:sulk|mope"
    r"|pout|cry|sob|weep|cry myself to sleep)\b[^.!?]{0,25}?\bif <you> (?:don'?t|do not|dont"
    r"|never|won'?t|say no|ignore|refuse|leave)\b",
    # Telling them how much a past silence hurt: "...never texted back, that really hurt".
    rf"(?:that|it|this) {DEGREE}(?:hurt|stung|sucked|broke my heart)(?! (?:to|when|if))\b",
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
    SENTENCE_START + r"(?:please|pls|plz|pretty please)\s*\?+",
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
    # The same of their yes: "a yes would honestly make it", "your yes would make my week".
    r"(?:a|your|ur|one|just one) (?:little )?yes(?: from <you>)? (?:would|'d|will|'ll)"
    r" (?:\w+ )?(?:make|save|fix|turn around) (?:it|my (?:day|week|night|month|year))\b",
    # One's own time ruined by their no: "my night will be ruined if u say no".
    r"my (?:whole )?(?:night|day|week|weekend|evening|month|year|life) (?:will|would|'ll|'d"
    r"|is gonna|is going to) be (?:\w+ )?(?:ruined|wrecked|destroyed|spoiled|spoilt|over)\b",
    r"<you>(?:'ll| will|'d| would) (?:\w+ )?(?:ruin|wreck|spoil|destroy) my (?:whole )?(?:night"
    r"|day|week|weekend|evening|month|year|life)\b",
    r"(?:it'?d|it would|that'?d|that would|this would|<youd>|<you> would) (?:really |honestly "
    r"|totally |so )?make (?:it|my (?:day|week|night|month|year))(?: better)?"
    r"(?=\s*(?:[.!,;]|$))",
    r"<youre> (?:literally |really |honestly |probably |kind of )?the only (?:one|person"
    r"|friend) (?:i'?ve|i have|i|who|that) \w+",
    r"(?:i'?ve been|<im>|i have been|<ive>(?: just)?|i'?d|i (?:just )?had|it'?s been|its been"
    r"|it has been) (?:having |going"
    r" through |had )?(?:a |such a |the )?(?:really |very |pretty |super |truly |absolutely "
    r"|proper |bloody |well )?"
    r"(?:rough|hard|tough|difficult|bad|awful|horrible|lonely|terrible|shit|crap|crappy"
    r"|miserable|horrid|worst) (?:time|week|month|year|patch|day|few (?:days|weeks|months))"
    r"(?! (?:for|4) (?:you|u)\b)",
    # Them made the one good thing: "honestly you're the first good thing in weeks".
    r"<youre> (?:literally |honestly |really |genuinely )?the (?:first|only|one) (?:good|nice"
    r"|decent|bright|happy) (?:thing|part|bit|spot)\b",
    # Silence called a wrong done to them: "I don't like being left hanging".
    r"(?:don'?t|do not|hate|can'?t stand) (?:like )?(?:being|to be|getting) (?:left hanging"
    r"|left on read|ignored|ghosted|kept waiting|strung along|messed around)\b",
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
    rf"<im> {DEGREE}{HURT}(?: that)? <you> (?:haven'?t|hasn'?t|didn'?t|never|still"
    r" haven'?t|won'?t|wouldn'?t)\b",
    # The same with the "I'm" left out, said of their silence: "kinda hurt you haven't
    # messaged tbh" (not sympathy: "gutted you didn't win the raffle").
    rf"(?:i feel |(?:(?<=^)|(?<=[,.!?;] )|(?<=- ))){DEGREE}{HURT}(?: that)? <you> (?:haven'?t"
    r"|hasn'?t|didn'?t|never|still haven'?t|won'?t|wouldn'?t) (?:even |yet |once )?(?:messag"
    r"|text|repl|call|rung|rang|ring|writ|wrote|answer|got back|get back|been in touch|got in"
    r" touch|get in touch|said|dm)\w*",
    r"i (?:really |honestly |just )?thought we (?:really |actually |kind of |kinda )?had"
    r" (?:something|a (?:connection|thing|moment|spark|vibe))",
    r"(?:are|r) <you> ignoring me", r"ignoring me", r"is <your> phone (?:off|dead)",
]
