"""Declining: an honest not-yet, excuses, and a clear or a soft no.

Part of the answers of ``_answers`` (read there with the rest): "I'm not ready to share it
yet", "my phone's dead", "no, thanks", "I'm seeing someone".
"""

from __future__ import annotations

from typing import Final

from workshop.checkers.text._cues import CueSet

HONEST: Final = CueSet({
    "not_ready": [
        r"not (?:really |rly |rlly |realy |quite |just |totally |fully |entirely |100% |that )?"
        r"(?:ready|rdy|redy|comfortable|sure"
        r"|there yet|into)", r"not (?:quite |really |yet )?there (?:with|on|about)",
        r"i (?:take|need|like to take) (?:a (?:while|bit|little while)|(?:some )?time)"
        r" (?:before|to) (?:i )?(?:share|give|swap|hand|exchange)",
        r"not (?:really )?(?:giving|going to (?:give|share|swap)|gonna"
        r" (?:give|share)|sharing|handing|swapping|exchanging)",
        r"<id> (?:rather|prefer)(?: to)? (?:not|hold off|wait|keep|take|get to know)",
        r"i (?:rather|prefer|would prefer)(?: to)? (?:not|hold off|wait|keep|take|get to know)",
        r"(?:need|want|like) (?:a bit |a little |some |more )*(?:time|longer)",
        # Staying where they talk a while longer before numbers is waiting, said plainly:
        # "I'd like to stay on the app a bit longer before swapping numbers", "...first?".
        r"longer (?:before (?:we |i )?(?:(?:swap|shar|giv|exchang|trad|hand|mov)\w*|<num>)"
        r"|first)\b",
        r"not (?:just |quite |really |right )?yet",
        # Too early for it, however the sentence is built: "for me is too early for the
        # number", "bit soon for numbers tbh" (not "too early for coffee": the number is named).
        r"(?:is|it'?s|it is|bit|a bit|way|much|little) too (?:early|soon) (?:for (?:me )?(?:to"
        r" (?:share|give|swap|exchange|trade)\b|(?:the |my |our |a )?(?:<num>|numbers))"
        r"|to (?:share|give|swap|exchange|trade)\b)",
        r"give me (?:a bit |a little |some |a few )*(?:more )?(?:time|days|weeks|while)\b",
        r"(?:don'?t|do not) (?:really |quite )?know (?:you|u)(?: (?:well|that well|very well))?"
        r" (?:yet|enough)",
        r"hold(?:ing)? off", r"(?:get to )?know (?:you|u) (?:a bit |a little )?(?:more|better"
        r"|well enough)", r"(?:take|keep) (?:things|it) (?:slow|slowly|easy|casual|here)",
        # Not decided yet, said plainly: "let me sleep on it", "could we wait a bit?".
        # ("I'll think about it" or "let me mull it over" alone is the stock non-answer that
        # promises a decision without saying where they stand, like "I'll get back to you".)
        r"(?:let me|<ill>|i need to|i want to|i'?d like to|i have to|i'?ll have to) sleep on it",
        r"(?:if we|we could|can we|could we) (?:wait|waited|hold off|held off|take it slow)\b",
        r"<im> (?:a bit |a little |kinda |kind of |quite |pretty )?shy (?:about|with) (?:that|it"
        r"|this|giving|sharing|handing|numbers|my)", r"still (?:figuring|working) (?:it )?out",
        r"no (?:number|numbers|digits) (?:for now|yet|just yet|today|right now)",
        r"keep(?:ing)? my number to myself",
        # Saying how they are with their number is honest: "I'm kinda private with my number",
        # "I'm slow to hand out my number", "I'm careful about giving my number out".
        r"(?:<im>|i'?m|i am|i tend to be) (?:\w+ ){0,3}?(?:private|careful|cautious|slow|protective"
        r"|funny|weird|picky|guarded|shy|old-fashioned) (?:with|about|when it comes to|to (?:hand"
        r"|give|share)(?: out)?|(?:in|about|with) (?:handing|giving|sharing)(?: out)?) my"
        r" (?:number|digits"
        r"|phone number|details|contact)",
        # ... or with numbers in general: "I'm funny about phone stuff", "weird with numbers".
        r"(?:<im>|i am|i tend to be) (?:\w+ ){0,3}?(?:private|careful|cautious|slow|protective"
        r"|funny|weird|picky|guarded|shy|old-fashioned) (?:with|about|when it comes to)"
        r" (?:(?:giving|sharing|handing) (?:out )?)?(?:phone (?:stuff|things|numbers)|numbers"
        r"|digits|contact (?:details|info))",
        # A stated policy or limit is honest: "I'm keeping my number to close friends for now".
        r"(?:keep|keeping|save|saving|reserve|reserving|limit|limiting|only give|only share"
        r"|only giving|only sharing) (?:out )?my (?:number|digits|phone number|phone) (?:to|for"
        r"|with|between)\b", r"my (?:number|phone) is (?:only )?(?:for|just for) (?:close|family"
        r"|friends|people)", r"(?:a|my) (?:rule|policy|thing) (?:of|about|not to|that i)",
        r"i (?:don'?t|do not) (?:usually |really |normally"
        r" |generally )?(?:give|share|hand) (?:out )?my (?:number|digits)",
        r"(?:<im>|i feel) (?:a bit |a little |kind of |kinda )?(?:hesitant|unsure|on the fence"
        r"|not sure|unsure)", r"(?:i )?(?:don'?t|do not) want to (?:give|share|swap|exchange)",
        r"(?:going to|gonna) say not yet",
        # The "not" put as many Englishes put it: "I no ready to give number yet", "mi nuh sure".
        r"(?:i|me|mi) (?:no|nuh|noh|nor|never|neva|nai) (?:\w+ )?(?:ready|rdy|sure"
        r"|comfortable)",
        r"(?:don'?t|do not) think <im> (?:quite |really )?ready", r"not sure <im> ready",
        # Not ready, however the "not" is put: "I don't feel ready", "I'm not at the point of
        # giving out my number", "message you when I'm ready", "it's a bit soon for me".
        r"(?:don'?t|do not|never) (?:really |quite )?feel (?:quite |really |totally |fully )?"
        r"(?:ready|comfortable|sure|safe)",
        r"not (?:quite |really |yet |just )?(?:at|in) (?:the|that|a) (?:point|stage|place|space"
        r"|headspace)\b", r"(?:when|once|until|till|til) (?:<im>|i feel|i'?m feeling) (?:\w+ )?"
        r"(?:ready|comfortable|sure)", r"(?:a bit|a little|bit|too|kinda|kind of) (?:soon|early"
        r"|fast|quick) (?:for me|to (?:share|swap|give|exchange))",
        r"(?:<im>|i'?m|i am) (?:a bit |a little |kind of |kinda |quite |still |just )?(?:wary"
        r"|cautious|hesitant|guarded)", r"still (?:deciding|making up my mind|getting to know)",
        r"<id> feel (?:more |a lot more |much more )?(?:comfortable|at ease) (?:if|once|after"
        r"|when|keeping|staying|sticking)",
        r"(?:for now|just yet|yet),? (?:though|but)",
        r"(?:<id> (?:like|prefer|rather)|i want|i need|i'?m going) to wait",
        r"(?:stick (?:to|with)|stay on|keep (?:it )?(?:on|to)) (?:\w+ ){0,5}?(?:for now|for a"
        r" (?:bit|while|little)(?: longer)?)",
        r"(?:can|could) we (?:wait|hold off|hold on)(?: (?:on|with) (?:the )?(?:numbers?|that))?",
        # A plain "not now" says where they stand today, without an excuse.
        r"not (?:right )?now", r"not (?:today|tonight|at the moment|at this (?:point|stage"
        r"|time)|this time)", r"no,? not (?:yet|now)",
    ],
}, negatable=False)
EXCUSE: Final = CueSet({
    "excuse": [
        r"(?:my )?phone(?:'s| is)? (?:actually )?(?:broken|dead|died|lost|stolen|off|out of"
        r" battery)", r"left my phone", r"(?:don'?t|do not) (?:know|remember) my (?:own )?number",
        r"forgot my (?:number|phone)",
        r"new number (?:and|so) i", r"battery (?:is )?(?:dead|died|low)",
    ],
    # An excuse that does not pass with the day: no other time is implied.
    "standing": [r"(?:don'?t|do not) have a phone"],
}, negatable=False)
STRONG_NO: Final = CueSet({
    "no": [
        r"no+(?! (?:problem|worries|worry|pressure|offen[cs]e|hard feelings|rush|stress|need|big"
        r" deal|one|idea|matter|doubt|longer|more|way of|numbers?|digits|thanks? needed|bother"
        r"|prob|expectations))", r"nope", r"nah+", r"naw+", r"not interested",
        # "No" in Scots and Caribbean English: "nae chance", "nuh way" (not "nae bother").
        r"(?:nae|nuh)(?! (?:problem|probs?|worries|worry|bother|bovver|stress|pressure|hassle"
        r"|bad|harm|offen[cs]e|rush|hard feelings|need|bother|danger of)\b)",
        r"<id> (?:much )?(?:rather|prefer) (?:not|we didn'?t|to keep|to stay)",
        r"(?:<ill>|i'?ll have to|i (?:have|must)|(?:<im>|i'?m) (?:going to|gonna)|going to|gonna"
        r"|have to|must) (?:pass|say no|decline)",
        r"i pass", r"not for me", r"(?:hard|big|firm|gonna|going to|think i'?ll|i'?d rather)"
        r" pass\b(?! (?:me|it|you|the|my|along|by|around)\b)", r"i'?m passing",
        r"pass on (?:that|this|it|the|giving|sharing|swapping|exchanging|numbers)",
        r"(?:<ill>|<id>|i'?m going to|i'?m gonna) (?:have to |rather |probably |politely "
        r"|respectfully )?(?:pass|give (?:it|that) a miss|sit this one out|say no)",
        r"(?:that'?s|it'?s|its) a (?:no|pass)(?: from me| for me)?", r"no can do",
        r"thanks?,? but no", r"no,? thanks?(?: you)?", r"no thank you",
        r"not (?:really )?(?:my thing|something i (?:do|want|'?m (?:into|interested in|looking"
        r" for)))", r"<im> not (?:really )?(?:up for|into|keen on|interested in) (?:it|that|this"
        r"|swapping|exchanging|sharing|giving|dating)",
        r"<id> (?:prefer|rather) not(?: to)?", r"<im> (?:ok|okay|fine),? thanks?",
        r"(?:absolutely|definitely|certainly|of course) not",
        r"(?:it'?s|its) a no", r"i (?:don'?t|do not) feel (?:that way|the same)",
        r"why would i",
        r"not (?:really )?looking (?:to|for)",
        r"<im> not (?:going to|gonna) (?:give|share|swap|exchange)",
        r"(?:<wont>) (?:be )?(?:giving|sharing|swapping|give|share)", r"i decline",
        r"(?:politely|respectfully) decline",
        # A standing policy is a no: "I keep my number for family", "I only give it to friends".
        r"(?:i )?(?:keep|save|reserve) my (?:number|digits|phone number) (?:for|to) (?:family"
        r"|close friends|friends|myself|people i know)",
        r"i only (?:give|share|hand) (?:out )?my (?:number|digits) (?:to|with) (?:family|close"
        r" friends|friends|people i know)",
        # Said without the "I": "Sorry bro, not gonna swap numbers".
        r"(?:(?<=^)|(?<=[.,;!] )|(?<=- ))not (?:going to|gonna) (?:give|share|swap"
        r"|exchange|trade)", r"not in a million years", r"not a chance",
        r"not happening", r"<im> (?:all )?set", r"<im> good,? thanks?",
        # A time limit stretched to forever: "not now or ever", "not today, not ever".
        r"not (?:now|today|tonight|yet),? (?:or|and|nor|not) (?:ever|never|any ?time)\b",
        # The whole answer, as a sentence of its own: "Sorry, I don't think so."
        r"i (?:don'?t|do not) think so(?=\s*(?:[.!]|$))(?![.!\s]*(?:at least |well |just |but )?"
        r"not (?:yet|tonight|now|today|right now|at the moment|this time))",
    ],
}, negatable=False)
WEAK_NO: Final = CueSet({
    "weak_no": [
        r"i (?:don'?t|do not) think so", r"i (?:don'?t|do not) (?:really |usually |normally )?"
        r"(?:give|share|hand) (?:out )?my", r"<im> (?:seeing|dating|with) someone",
        r"i(?: have|'?ve got| got) a (?:partner|boyfriend|girlfriend|husband|wife|bf|gf)",
        r"<im> (?:married|taken|engaged|in a relationship)", r"not comfortable",
        r"<im> not (?:really )?(?:giving|sharing)", r"not (?:really )?my type",
        r"<im> (?:kinda |kind of |really |quite |pretty |super )?busy",
        r"keep (?:this|it) (?:as )?(?:a )?(?:nice |friendly |professional )?(?:chat|professional"
        r"|friendly)",
    ],
}, negatable=False)
