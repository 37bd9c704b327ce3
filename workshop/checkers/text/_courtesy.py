"""Warmth and rudeness in a reply: thanking, acknowledging, or mocking and insulting.

"If You're Unsure: Be Honest and Kind" asks for a warm acknowledgement of the other
person's interest; "If You're Not Interested: Be Direct and Polite" forbids insults. A bare
"sorry" or a smiley is not warmth; laughing at someone is not politeness.
"""

from __future__ import annotations

from typing import Final

from workshop.checkers.text._cues import CueSet

WARM: Final = CueSet({
    "thanks": [
        r"thanks?(?: you)?", r"thx", r"ty", r"tysm", r"cheers", r"(?:i )?(?:really )?appreciate",
        # "Ta", the British thanks, when it thanks: "ta for asking", "ta very much", "ta!"
        # (not "ta-ta", goodbye).
        r"(?<!-)ta(?: very much| muchly| so much)?(?=\s*(?:[!.,]|$)| (?:for|mate|love|hun|pal"
        r"|x+|though|tho|anyway|anyways|all the same)\b)",
        # Thanks in the other tongues people mix into English: "Salamat!", "asante sana".
        r"merci", r"gracias", r"danke", r"salamat", r"grazie", r"obrigad[oa]", r"asante",
        r"shukran", r"terima kasih", r"arigato", r"dhanyavaad", r"dankie", r"spasibo",
    ],
    "flattered": [
        r"(?:i'?m |i am )?(?:so |really |very )?(?:flattered|honou?red|touched)",
        r"(?:that'?s|that is|it'?s|how|you'?re|you are|so|really) (?:really |so |very )?"
        r"(?:sweet|kind"
        r"|nice|lovely|flattering|thoughtful)(?: of you)?",
        r"(?:means|meant) a lot", r"aw+h*", r"(?:i'?m )?blushing",
    ],
    "enjoyed": [
        r"(?:i(?:'ve| have)? )?(?:really |truly |genuinely )?(?:enjoyed|enjoying|loved|loving"
        r"|liked)"
        r" (?:talking|chatting|meeting|our|this|today|tonight|you|it|the (?:chat|conversation"
        r"|walk|evening|talk)|spending|hanging|getting to know)",
        # Whatever they did together: "enjoyed volunteering with you", "loved dancing with u".
        r"(?:enjoyed|enjoying|loved|loving|liked) \w+ing (?:[\w'-]+ ){0,3}?(?:with|alongside)"
        r" <you>",
        r"(?:had|have had|'ve had) (?:a |an |such a |such |so much |the )?(?:really |very |so )?"
        r"(?:great|good|lovely|nice|fun|wonderful|amazing|fab|brilliant|fantastic|blast|best)"
        r"(?: (?:time|chat|conversation|evening|night|day|talk))?",
        r"had (?:so much |such )?fun", r"(?:did|do) (?:really |genuinely |truly )?(?:enjoy|like)"
        r" (?:this|it|that|talking|chatting|our|meeting|you)",
        r"(?:it was|it'?s been|it has been|was|so|really|great|lovely|nice|good)"
        r" (?:really |so |very )?"
        r"(?:nice|great|lovely|fun|good|a pleasure|wonderful) (?:to meet|meeting|talking|to talk"
        r"|chatting|to chat|getting to know)",
        r"(?:tonight|today|this|it)(?: was| has been|'s been) (?:really |so |such )?(?:a )?"
        r"(?:fun|great|lovely|nice|wonderful|amazing)",
        r"(?:<youre>|<you> seem) (?:really |so |very |super )?(?:nice|lovely|sweet|great|fun"
        r"|kind|cool|funny|interesting|wonderful|amazing|a great \w+|a sweetheart|a gem|a legend"
        r"|a darling|a star|a sweetie|an angel|a delight|a joy)",
        r"(?:you'?ve|you have|u'?ve) been (?:really |so |such )?(?:great|lovely|good|fun"
        r"|wonderful|brilliant|amazing|excellent|a delight|a joy)(?: company)?",
        r"(?:great|lovely|good|fun|wonderful|brilliant|delightful) company",
        r"i (?:really |do )?like (?:you|talking|chatting)", r"nice chat(?:ting)?",
        # Warm words however short: "Great chatting!", "Glad you asked", "you seem like a
        # genuinely kind person".
        r"(?:great|nice|lovely|good|fun|a pleasure|a joy) (?:to )?(?:meet|meeting|chat|chatting"
        r"|talk|talking|chattin|talkin)\b",
        r"(?:glad|happy|chuffed|pleased) (?:you asked|we met|we (?:got (?:talking|chatting)"
        r"|chatted|talked))",
        r"(?:<you> seem|<youre>|<you> sound) like (?:a |such a |an )?(?:\w+ )?(?:nice|good|great"
        r"|lovely|genuine|kind|decent|sweet|fun|cool|interesting|awesome) (?:guy|person|girl"
        r"|bloke|one|human|soul|woman|man|lady|dude)",
    ],
    # A good wish for something of theirs is courtesy (LABELS.md polite: a good wish): "I hope
    # your band's set goes amazing tonight", "hope ur exam goes well x".
    "wish": [
        r"(?:i )?(?:really |truly )?hope <your> (?:[\w'-]+ ){1,4}?(?:goes|go|went|turns out"
        r"|works out|is|are) (?:really |so |super )?(?:well|great|amazing|brilliant|smoothly|ok"
        r"|okay|fine|good|fab|perfect|awesome|lovely)\b",
    ],
})

RUDE: Final = CueSet({
    "insult": [
        r"creep(?:y|er)?", r"weirdo", r"freak", r"loser", r"ugly", r"desperate", r"pathetic",
        r"disgusting", r"gross", r"idiot", r"stupid", r"dumb", r"moron", r"cringe\w*",
        r"(?:someone|somebody|people|guys|girls|men|women) like you", r"who do you think",
        # A no given as a dig at who they are: "Not really into guys who wear socks with sandals".
        r"(?:not|never) (?:really |rly |that )?(?:into|attracted to|interested in|a fan of)"
        r" (?:guys|girls|men|women|dudes|blokes|lads|people|anyone|someone|nerds|boys)"
        r" (?:who|that|with|like|in)\b",
        r"<youre> (?:so |really |kinda |kind of |a bit |way too |too |such a )?(?:weird|creepy"
        r"|annoying|rude|boring|ugly|old|gross|desperate|pathetic|strange|odd|full of yourself"
        r"|a creep|a weirdo|a loser|not my type,? (?:and|plus))",
        r"why would i", r"not in a million years", r"in your dreams", r"you wish", r"as if",
        r"<you> smell", r"(?:the|<your>) (?:cologne|perfume|breath|outfit|shirt|hair|face"
        r"|teeth|voice|shoes|aftershave|look)s? (?:is|are|was|were)\b[^.!?]{0,20}",
        # A no made to hang on changing their looks: "ask me again if you ever shave that
        # moustache off", "maybe once you've lost the mullet" (LABELS.md: remarks on looks).
        r"(?:if|once|when|till|until|unless) <you>(?:'ve| have|ve)? (?:ever |finally )?(?:shaved?"
        r"|shaven|cut|lose|lost|ditch(?:ed)?|get rid of|got rid of|grow|grew|grown|trim(?:med)?"
        r"|sort(?:ed)?|fix(?:ed)?|change[ds]?|wash(?:ed)?|brush(?:ed)?|do something about"
        r"|did something about)(?: off| out)? (?:that|the|those|this|them|<your>) (?:\w+ )?"
        r"(?:moustache|mustache|tache|beard|goatee|mullet|hair|haircut|teeth|outfit|shirt|shoes"
        r"|glasses|belly|gut|weight|eyebrows?|monobrow|unibrow|jacket|hat|tan|breath|face"
        r"|cologne|aftershave|sandals|socks|man ?bun|comb-?over|perm)\b",
        # ...or on their becoming someone else, offered as the way back: "maybe once you learn
        # to dance lol", "ask again when you grow a few inches" (a good wish is no jibe: "good
        # luck when you learn to drive!").
        r"(?:maybe|ask (?:me )?again|try (?:me )?again|come back|talk to me|we'?ll see)"
        r"[^.!?]{0,12}? (?:if|once|when|till|until|after) <you>(?:'ve| have)?"
        r" (?:ever |finally |actually )?"
        r"(?:learn(?:t|ed)? (?:how )?to \w+|grow (?:up|taller|a (?:few|couple of) \w+|a \w+)"
        r"|get (?:a (?:job|life|personality|clue|car|haircut|real job)|taller|richer|some"
        r" (?:manners|style|taste|game))|(?:are|r|'re) (?:taller|richer|older|cooler|funnier"
        r"|better looking))\b",
        r"not with you", r"are <you> (?:kidding|serious|joking)", r"seriously\s*\?",
        r"get a life", r"try harder", r"out of your league",
        r"did <you> (?:really |seriously |honestly |actually )?think", r"ha+h?,? no",
        r"if <you> (?:were|was) (?:a bit |a little |much )?(?:\w+er|more \w+|less \w+)",
        # Calling them by their age: "No thanks, old man" (not "my old man", one's father).
        r"(?<!\bmy )(?<!\bour )(?:old (?:man|timer|lady|woman|fella|geezer|codger)|grandpa"
        r"|grandad|granddad|gramps|granny|boomer|kiddo)",
    ],
    "dismissive": [
        r"ew+", r"eww+", r"yuck", r"ugh+", r"leave me alone", r"go away", r"get lost",
        r"back off", r"buzz off", r"piss off", r"f\w*k off", r"shut up", r"(?:hell|heck) no",
        r"lol+ no", r"lmf?ao", r"rofl", r"haha+ no", r"omg no", r"no+ way", r"as if",
        r"\U0001f602", r"\U0001f923", r"\U0001f644", r"\U0001f922", r"\U0001f92e",
        r"not a chance", r"nope nope",
    ],
}, negatable=False)
