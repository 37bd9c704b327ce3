"""How people answer "Can I get your number?": yes, gladness, a grudging yes and hedging.

"The Graceful Response" asks for a plain yes without games when interested, an honest and
kind not-yet when unsure, and a clear, polite no without false hope when not interested.
Games are in ``_games``; not-yet, excuses and no in ``_declining``.
"""

from __future__ import annotations

from typing import Final

from workshop.checkers.text._cues import CueSet

_PHONE = r"\+?\(?\d[\d ().-]{4,}\d"
# "Maybe" hedges a yes, but not when negated ("no maybe about it") or when it proposes a
# plan ("perhaps we could grab coffee").
MAYBE = (r"(?<!no )(?<!without a )(?<!not a )(?:maybe|perhaps)"
         r"(?!,? (?:we|you) (?:could|can|should|might)\b)")

YES: Final = CueSet({
    "yes": [
        r"yes+", r"ya+s+", r"of ?course", r"ofc", r"of ?co[sz]",
        r"absolutely", r"definitely", r"for sure", r"certainly", r"gladly", r"happily",
        # The other words that say yes on their own, said as the answer: "Totally!", "Deffo."
        r"(?:totally|totes|deffo|defo|you bet|too right)(?=\s*(?:[!.]|$))",
        r"with pleasure",
        r"<id> (?:really |so |very |absolutely )?(?:love|like|enjoy) (?:to|that|it)",
        r"(?:that|it|this)(?: would|'?d| will|'ll) be (?:really |so )?"
        r"(?:lovely|great|nice|fun|awesome"
        r"|amazing|perfect|wonderful)", r"sounds (?:good|great|lovely|fun|perfect|amazing)",
        r"(?:i'?m|i am) (?:in|down|game)", r"go on then", r"count me in",
        r"(?:happy|glad|delighted) to",
        # The conditional is the answer to the request: "Certainly, I would be delighted."
        r"(?:<id> be|i would be) (?:most |very |so |really |more than )?(?:delighted"
        r"|happy|glad|thrilled|pleased|honou?red)",
        r"why not\s*!", r"oui", r"s[ií]", r"ja", r"claro", r"\U0001f44d",
    ],
    # Words that agree without showing any gladness: "Okay.", "k", "fine". A yes said
    # with them alone can sound as if the asker does not matter either way.
    # Softer words that need something more (a "!", an emoji, the number, a plan) to be glad.
    "flat": [r"o+k+(?:a+y+)?", r"okey", r"k+", r"alright", r"all right", r"oki?e?", r"sure",
             r"yeah+", r"yea+h?", r"yep+", r"yup+", r"ya", r"go on then", r"why not",
             # Slang for "all right" and "deal": "aight bet".
             r"aight", r"ight", r"alr",
             r"(?:(?<=^)|(?<=[.!?,] )|(?<=aight )|(?<=ight ))bet\b(?! (?:you|u|ya|that|it|i)\b)"],
    "gives_it": [
        r"here(?:'?s| is) (?:my number|it|my digits|my card)", r"here (?:you|u|ya) go",
        r"here (?:you|u|ya) are", r"here\s*:",
        r"my (?:number|digits)(?:'s| is|:)", r"(?:<im>|i'?m on) " + _PHONE, _PHONE,
    ],
    "will_give": [
        r"let me (?:write|put|give|type|add|text|save|jot)", r"(?:give|hand|pass) me your phone",
        r"<ill> (?:put|write|type|add|text|save|jot) (?:it|my number|you|down)",
        # "I'll give you a hint" gives no number; "I'll give you mine" does.
        r"<ill> give (?:<you> )?(?:it|mine|my (?:number|digits|details|card)|them)\b",
        r"shall i (?:put|write|type|add|text|give)", r"put it in your phone",
    ],
}, fixed=("gives_it", "will_give"))
# Gladness that turns a flat "okay" into a glad one: "ok 😊", "ok, sounds great" (an
# exclamation mark, "Okay!", is looked for by the reply checker itself).
GLAD: Final = CueSet({
    "glad": [
        r"[\U0001f600-\U0001f60d\U0001f917\U0001f970\U0001f973\u263a\u2764\U0001f495"
        r"\U0001f496\U0001f60a\U0001f642\U0001f44d\U0001f64c]",
        # A smile typed as text is a smile: ":)", ":-D", "=)", "<3", "^_^" (not a wink or ":p").
        r"[:=]-?[)\]d]+|<3+|\^_?\^",
        r"(?:sounds|that'?s|how) (?:<very> )?(?:good|great|lovely|fun|perfect|amazing|nice"
        r"|awesome|brilliant)", r"(?:love|like|enjoy) (?:to|that|it|you)", r"happy|glad|excited"
        r"|delighted|thrilled|keen", r"can'?t wait", r"great|lovely|awesome|brilliant|perfect",
        r"sure thing", r"let'?s", r"we (?:could|should|can)", r"(?:hoped|hoping|was going to"
        r" ask|wanted to ask)", r"for sure", r"defo|def",
    ],
}, negatable=False)
# A yes said as if it cost something: "whatever", "if you must", "I don't mind".
GRUDGING: Final = CueSet({
    "grudging": [
        # "If you want" closing the yes, not opening a plan ("...if you want company").
        r"what ?ever", r"meh+", r"if (?:<you>|u) (?:really )?(?:must|want|insist|like|wish)"
        r"(?: (?:to|it|me to))?(?=\s*(?:[.,;!?]|$))",
        r"i (?:don'?t|dont|do not) (?:really )?(?:mind|care)", r"(?:doesn'?t|don'?t) (?:really )?"
        r"matter", r"i suppose", r"i guess", r"fine", r"\U0001f644", r"suppose so",
        r"(?:ugh|sigh)+", r"fine then",
        r"yeah,? yeah", r"not like i", r"(?:if|since) i (?:have|must|gotta)", r"i mean,? sure",
        r"(?<!\w)(?:sure|ok|okay|fine),? why not(?!\s*!)", r"^\s*why not\s*[.?]*\s*$",
    ],
}, negatable=False)
HEDGE: Final = CueSet({
    "hedge": [
        MAYBE, r"possibly", r"not sure", r"i guess", r"we'?ll see", r"depends",
        r"(?:i'?ll|let me) think about it", r"idk", r"i (?:don'?t|do not) know", r"dunno",
        r"who knows", r"actually no", r"just kidding", r"jk", r"not yet", r"ask me (?:again|later)",
        r"(?:of course|absolutely|definitely|sure) not", r"hmm+", r"eventually", r"one day",
        r"(?:<ill>|i might|i may|let me) consider",
    ],
}, negatable=False)
