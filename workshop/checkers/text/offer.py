"""The offer: giving your number first and leaving whether and when to use it to them."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Final

from workshop.checkers.contract import criteria_for
from workshop.checkers.feedback import Criterion, Feedback
from workshop.checkers.registry import text_checker
from workshop.checkers.text._acting import ACTED
from workshop.checkers.text._choice import OUT
from workshop.checkers.text._cues import CueSet, Hit
from workshop.checkers.text._prepare import Prepared, prepare
from workshop.checkers.text._pressure import PRESSURE, by_weight, explain
from workshop.checkers.text._rapport import connections
from workshop.checkers.text._verdict import Rule, feedback, judge, nothing_written, unreadable

OFFERING = "The Art of Asking: Offer Your Number First"
RULES: Final[dict[str, Rule]] = {
    "gives_control": Rule(
        f"{OFFERING} (it gives them control)",
        'You leave it to them whether and when to get in touch ("{quote}").',
        'Hand over your number and let them decide, for example "Here\'s my number if '
        'you\'d like to connect sometime."',
        "leave it to them whether and when to use your number",
        '"{quote}" decides for them when or whether they will use it.',
        looked_for="your number or a way to reach you, left for them to use if they want"
    ),
    "no_pressure": Rule(
        "Common Mistakes to Avoid: Being Pushy",
        "No pushing or guilt: the number is a gift, not a debt.",
        'Let the number speak for itself; "no pressure" or "whenever suits you" is plenty.',
        "take out the pressure",
        '"{quote}" {why}.',
    ),
    "connection": Rule(
        "The Art of Asking: Build a Connection First",
        'You point back at the time you shared ("{quote}"), so the offer feels natural.',
        'Optional, but warm: mention what you enjoyed, for example "I\'m really enjoying our '
        'conversation."',
        "mention the time you spent together",
        looked_for="words that point back at your conversation or time together"
    ),
}
PRAISE = "you offer your number and leave the next step to them"

# Something is actually on offer: the learner's number, card or an invitation to get in touch.
_OFFERED: Final = CueSet({
    "offer": [
        r"(?:my|mi|ma|meine?) (?:\w+ )?(?:number|n[uú]mero|numéro|nummer|digits|card|contact"
        r"|details|e-?mail|phone|handle|insta"
        r"|instagram|socials|line|mobile|cell|whatsapp|extension|landline)",
        # Ways of saying "get in touch" that name no number: "give me a bell", "ping me".
        r"(?:give|drop|shoot|send) (?:me|us) a (?:bell|buzz|ring|shout|call|text|line|message"
        r"|msg|dm|holler|email|e-mail|note)", r"(?:ping|hmu|holla at|add|save) me\b",
        r"number'?s", r"here(?:'?s| is| you go)", r"this is my",
        r"(?:text|call|message|ring|e-?mail|reach|contact|dm|whatsapp) (?:me|us)",
        r"(?:reach|get in touch|hit me up|reach out|drop me a line)", r"\+?\d[\d ()-]{5,}\d",
        r"(?:take|have|put) (?:down )?my",
    ],
}, negatable=False)
# A set time or deadline for using it takes the choice of when and presses them, even when
# practical or joined to "if you want in": "text me by Friday if you want in on the trip".
_SET_TIME: Final = CueSet({
    "urgency": [
        r"(?:text|txt|call|message|msg|ring|e-?mail|phone|dm|reply|answer|get back to|contact"
        r"|hmu|buzz|ping|add|follow|save) (?:me|us)(?: back)?\b[^.!?]{0,25}?\b(?:tonight"
        r"|tomorrow|today|tonite"
        r"|2nite|2night|2moro|2morrow|tmrw?|tomoz|2day|b4 \w+|this (?:week|weekend|evening"
        r"|afternoon)|by \w+|before \w+|at \d\w*|within|as soon as|the (?:second|minute"
        r"|moment)|when <youre> (?:home|back)|when <you> (?:arrive|reach|get (?!a (?:chance|sec"
        r"|moment|minute)|(?:the )?time|round|around)|are (?:home|back|there|in|out|done))|asap"
        r"|right away|first thing|later today|on \w+day|at (?:noon|midnight)|after <your> \w+)",
        # A message wanted when they arrive somewhere: "Let me know when you get back".
        r"(?:let me know|lmk|text me|message me|msg me|ring me|call me|ping me) (?:when|once"
        r"|as soon as) <you> (?:get|are|arrive|reach|land|make it|'re)\b(?! (?:a (?:chance|sec"
        r"|moment|minute)|(?:the )?time|round|around|free)\b)",
        r"(?:text|call|message|msg|ring|dm) (?:me|us)(?: back)? (?:on )?(?:mon|tues|wednes|thurs"
        r"|fri|satur|sun)day", r"(?:text|call|message|msg|ring|dm) (?:me|us)(?: back)?"
        r"\b[^.!?]{0,25}?\b(?:around|at|by|before|after) (?:\d|<your>(?! (?:own )?(?:convenience"
        r"|leisure|pace))|noon|midnight|lunch)",
        r"<you> (?:actually |really |definitely )?(?:use|call|text|ring|message) (?:it|me)"
        r" (?:this|by|before|tonight|tomorrow|today)\b",
        # Ordered for a set time whatever is sent, "me" said or not: "ring at 8 tomorrow",
        # "send me the pics tonight".
        r"(?:(?<=^)|(?<=[.!?,;] )|(?<=\band )|(?<=\bthen )|(?<=- ))(?:text|call|ring|phone"
        r"|send|drop|ping|message|msg|dm|whatsapp|e-?mail)\b(?: [\w'-]+){0,6}? (?:tonight"
        r"|tomorrow|today|at \d\w*|by \w+|before \w+|on \w+day|first thing)\b",
    ],
}, negatable=False)
# Urging them on ("come on, don't leave me hanging"): with whether and when left to them
# elsewhere it only presses (no_pressure); with nothing left to them it is the only say they
# get, so it takes the choice too. ("Don't ghost me" alone is guilt, which keeps control.)
_INSISTED: Final = CueSet({
    "insisting": [r"come on+\b", r"c'?mon+\b", r"go on,? (?:use|text|call|ring|message)\b",
                   r"i (?:really )?mean it\b"],
}, negatable=False)
# Taking the decision away: a bare order to call, a reply demanded, or an expectation.
_DICTATES: Final = CueSet({
    "dictate": [
        r"make sure (?:<you> )?(?:text|call|message|use|save|reply|ring|get in touch)",
        # Their message required for the offerer's sake: "please text me so I know you got it".
        r"(?:(?:text|call|message|msg|ring|dm|flash|beep|buzz|ping|whatsapp|hmu) (?:me|us)"
        r"|(?:reply|respond|answer|write back)(?: to (?:both|them|it|this|each|all)(?: of them)?)?"
        r"|(?:send|drop|shoot|flick|fire) me a (?:quick )?(?:hello"
        r"|hi|text|message|msg|ping|missed call)(?: on (?:this|it))?)(?: back| once| quickly"
        r"| real quick| quick| first| now)? (?:so (?:that )?i"
        r"(?: (?:know|have|get|can (?:save|check|get|see))|'?ve got| have got)|make i (?:get|have"
        r"|save)|to (?:confirm"
        r"|let me know|prove))",
        r"don'?t forget to (?:text|call|message|use|save|reply|ring|get in touch)",
        # Their number owed back for it: "send me a message and I'll save yours".
        r"(?:and|so|then|n) (?:<ill>|i can|i'?ve|i have|i) (?:got |get |have |save |add |store"
        r" |grab )(?:yours|urs|yrs)\b(?![^.!?]{0,30}?\b(?:if|whenever)\b)",
        # Told to hand their own number over: the offer becomes a request they cannot decline.
        r"(?<!you )(?<!u )(?<!to )(?<!can )(?<!could )(?<!if )(?<!fit )(?:just )?(?:give|gimme"
        r"|hand|put"
        r"|pop|type|punch|write|enter|drop|add|send|save|text) (?:me )?<your> (?:number|digits"
        r"|details)(?: (?:in|into|on) my (?:phone|contacts))?"
        r"(?![^.!?;]{0,40}?\b(?:if|whenever|only if)\b)",
        # Their number wanted back in return: "reply with yours", "send yours back".
        r"(?<!to )(?<!can )(?<!could )(?<!if )(?<!want )(?:reply|respond|answer|text (?:me )?back"
        r"|hit me back|get back to me|come back|send (?:me )?|text me|drop me) (?:with )?yours"
        r"\b(?![^.!?;]{0,40}?\b(?:if|whenever)\b)",
        # A call owed as a duty: "the least you can do is ring".
        r"(?:the )?least <you> (?:can|could) do (?:is|would be) (?:to )?(?:give me a |a )?(?:call"
        r"|text|ring|message|reply|use it|save it)",
        r"(?:expect|want|need) (?:a|your) (?:text|call|message|reply)\b[^.!?]{0,20}?"
        r"(?:by|before|tonight|tomorrow|today)",
        # The next step announced for them, by the offerer or someone else: "my assistant will
        # call your office Monday", "I'll ring you tomorrow to set it up" (not "...if that's ok").
        r"(?:(?:<ill>|we'?ll|we will) (?:have|get) (?:my|our|someone|somebody)(?: [\w'-]+){0,3}?"
        r"|<ill>|we'?ll|we will|(?:he|she|they)(?:'ll| will)|(?:my|our) (?:[\w'-]+ ){0,3}?\w+"
        r"(?:'ll| will)"
        r"|(?:(?<=^)|(?<=[.,;] )|(?<=- ))will)"
        r" (?:give (?:you|u) a (?:call|ring|bell|buzz)|(?:call|ring|text|message|msg|email"
        r"|e-mail|phone|contact|reach out to) (?:you|u|<your> \w+))\b[^.!?]{0,30}?"
        r"(?:tomorrow|tonight|today|(?:on |this |next )?(?:mon|tues|wednes|thurs|fri|satur|sun)day"
        r"|at \d|this (?:week|weekend|evening|afternoon)|next (?:week|month)|to (?:book|set up"
        r"|arrange|confirm|sort|fix|schedule|finali[sz]e|plan|discuss|talk)|later to \w+)\b"
        r"(?![^.!?]{0,40}?\bif\b)",
        # Someone already asked to get in touch with them: "I've asked my PA to ring you".
        # Named or not: "I've asked Dele from accounts to call you".
        r"(?:asked|told|got|arranged for|instructed) (?:(?!if\b|whether\b)[\w'-]+ ){1,5}?to"
        r" (?:give (?:you|u) a (?:call|ring|bell|buzz)|(?:call|ring|text|message|email|phone"
        r"|contact) (?:you|u))\b(?![^.!?]{0,40}?\bif\b)",
    ],
}, negatable=False)
_IMPERATIVE_CALL = CueSet({
    "dictate": [
        r"(?<!can )(?<!could )(?<!may )(?<!might )(?<!to )(?<!you )(?<!u )(?<!will )(?<!'ll )"
        r"(?:text|call|message|ring|phone|dm|e-?mail) (?:me|us)(?: back)?"
        r"(?=\s*[.!]|\s*$)",
        # An order that opens a sentence: "Here's my number. Use it." (not "use it whenever").
        r"(?:(?<=^)|(?<=[.!?] )|(?<=[.!?] {2})|(?<=- ))(?:now |so |just |go )?give (?:it|me|us) a"
        r" (?:ring|call|bell|buzz|text|try|bash)\b(?![^.!?]{0,40}?\b(?:if|whenever|any ?time|when"
        r" <you>|sometime)\b)",
        r"(?:(?<=^)|(?<=[.!?] )|(?<=[.!?] {2})|(?<=- ))(?:now |so |just |go )?(?:use|save|keep"
        r"|store|call|text|ring|message|dial|try) (?:it|this|that|them|me|my number|the number"
        r"|this number|my (?:office|assistant|secretary|mobile|cell|landline|work phone))\b"
        r"(?![^.!?]{0,40}?\b(?:if|whenever|any ?time|when <you>|should <you>"
        r"|in case|sometime|at <your> (?:leisure|own pace)|in <your> own time|any (?:day|evening"
        r"|morning|afternoon|night|weekend|weekday)s?|(?:that|when(?:ever)?) (?:it )?suits)\b"
        r"|,? or (?:don'?t|not)\b)",
    ],
}, negatable=False)
_LEFT_TO_THEM: Final = CueSet({
    "choice": [
        r"if <you>", r"if and when", r"whenever", r"any ?time", r"in case", r"should <you>",
        r"(?:a|any) time that suits", r"when(?:ever)? (?:it )?suits", r"when <you>(?: want| like"
        r"| feel| fancy| wish|'re ready| are ready| can)",
        r"(?:text|call|message) (?:me )?sometime\s*\?", r"no need to reply",
        # Whatever it is, if it appeals to them: "message me if a kayak day ever appeals".
        r"if (?:[\w'-]+ ){0,7}?(?:ever |still |ever still )?(?:appeals?|suits?|works? for <you>"
        r"|sounds? (?:good|fun|nice)|takes? <your> fancy|tempts? <you>|interests? <you>)\b",
        # Said of one's own number, "take it or leave it" is "use it or not", no ultimatum.
        r"take it or leave it",
        r"at <your> (?:leisure|own pace)", r"in <your> own time", r"(?:the )?ball'?s in <your>"
        r" court", r"if ever", r"no rush",
        # Any slot of their choosing: "ring me any evening that suits", "any weekend you like".
        r"any (?:day|evening|morning|afternoon|night|weekend|weekday)s?(?: (?:that|which) suits"
        r"| <you> (?:like|want|fancy|choose|prefer|pick))?\b",
    ],
})
_TAKE_OR_LEAVE: Final = re.compile(r"take it or leave it")
# Begging them to take it, not to use it ("please please take my number", "take my number
# pls pls"), leaves the use to them as any handing over does; it only presses (no_pressure).
_HANDED: Final = re.compile(r"(?:(?:please|pls|plz|just)[\s,!]*)+(?:take|have|keep|accept"
                            r"|grab) (?:my (?:number|digits|card|details)|it|this|mine)\b")
_HANDED_BEFORE: Final = re.compile(r"\b(?:take|have|keep|accept|grab) (?:my (?:number|digits"
                                   r"|card|details)|it|this|mine)[\s,!]*$")
_TAG: Final = re.compile(r"(?:right|yeah|yes|ok|okay|correct|yea|yh|alright)\s*\?")
# Pressure that also takes the decision away from them, not just makes it harder.
_TAKING = frozenset({"demand", "insisting", "entitlement", "taking", "assumed", "obligation",
                     "deadline", "threat", "urgency", "presumption", "waiting"})


def _tag_on_guilt(p: Prepared, hit: Hit, pushes: list[Hit]) -> bool:
    """Whether ``hit`` is only a tag ("..., ok?") closing a guilt line in its sentence: "Don't
    make me feel stupid, ok?" presses their feelings (no_pressure), not the number's use."""
    if hit.label != "presumption" or not _TAG.fullmatch(p.norm, hit.start, hit.end):
        return False
    start = max((s for s, e in p.sentences if s <= hit.start), default=0)
    return any(h.label == "guilt" and start <= h.start < hit.start for h in pushes)


def _handed(p: Prepared, hit: Hit) -> bool:
    """Whether insisting ``hit`` only begs them to take the number, before or after the
    handing-over words ("please please take my number", "take my number pls pls")."""
    before = p.norm[max(0, hit.start - 40):hit.start]
    return bool(_HANDED.match(p.norm, hit.start) or _HANDED_BEFORE.search(before))


def _conditioned(p: Prepared, hit: Hit) -> bool:
    """Whether an order to get in touch comes after a condition in its own sentence: "If a
    ride ever appeals, message me." leaves it to them as "message me if..." does."""
    start = max((s for s, e in p.sentences if s <= hit.start), default=0)
    return any(start <= h.start < hit.start for h in _LEFT_TO_THEM.find(p, labelled=False))


def _gives_control(p: Prepared, pushes: list[Hit]) -> Criterion:
    rule = RULES["gives_control"]
    taking = [h for h in pushes if h.label in _TAKING and not _tag_on_guilt(p, h, pushes)
              and not (h.label == "insisting" and _handed(p, h))]
    orders = [h for h in _IMPERATIVE_CALL.find(p) if not _conditioned(p, h)]
    taking += _SET_TIME.find(p) + _DICTATES.find(p) + orders + ACTED.find(p)
    if taking:
        return judge("gives_control", rule, False, p, sorted(taking, key=lambda h: h.start))
    offered = _OFFERED.find(p, labelled=False)
    if not offered:
        return judge("gives_control", rule, False, p)
    choice = _LEFT_TO_THEM.find(p, labelled=False) + OUT.find(p, labelled=False)
    if not choice and (insisted := _INSISTED.find(p)):
        return judge("gives_control", rule, False, p, insisted)
    return judge("gives_control", rule, True, p, sorted(choice, key=lambda h: h.start) or offered)


@text_checker("offer")
def check_offer(text: str, ctx: Mapping[str, Any]) -> Feedback:
    """Judge an offer of one's own number against "Offer Your Number First"."""
    p = prepare(text)
    if not p.text.strip():
        criteria = [nothing_written(cid, RULES[cid], p) for cid in criteria_for("offer")]
        return feedback("offer", p, criteria, False, RULES, PRAISE)
    pushes = by_weight([h for h in PRESSURE.find(p) + _SET_TIME.find(p)
                        if not _TAKE_OR_LEAVE.fullmatch(p.norm, h.start, h.end)])
    control = _gives_control(p, pushes)
    if p.truncated:
        control = unreadable("gives_control", RULES["gives_control"], p)
        no_pressure = unreadable("no_pressure", RULES["no_pressure"], p)
    else:
        no_pressure = judge("no_pressure", RULES["no_pressure"], not pushes, p, pushes,
                            **explain(pushes))
    connection = judge("connection", RULES["connection"], bool(c := connections(p)), p, c)
    criteria = [control, no_pressure, connection]
    passed = control.passed and no_pressure.passed
    return feedback("offer", p, criteria, passed, RULES, PRAISE, optional={"connection"})
