"""The ask: a question, a reason or a shared moment, an easy out, and no pressure."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from workshop.checkers.contract import criteria_for
from workshop.checkers.feedback import Criterion, Feedback
from workshop.checkers.registry import text_checker
from workshop.checkers.text._choice import OUT
from workshop.checkers.text._cues import CueSet, Hit
from workshop.checkers.text._prepare import Prepared, prepare
from workshop.checkers.text._pressure import PRESSURE, by_weight, explain
from workshop.checkers.text._purpose import reasons
from workshop.checkers.text._rapport import connections
from workshop.checkers.text._request import demands, requests
from workshop.checkers.text._verdict import Rule, feedback, judge, nothing_written, unreadable

ASKING = "The Art of Asking"
RULES: Final[dict[str, Rule]] = {
    "question": Rule(
        f"{ASKING}: Be Direct, But Not Demanding",
        'You ask a real question ("{quote}"), so they are free to answer either way.',
        'Frame it as a question they can answer yes or no, for example "Would you be open '
        'to exchanging numbers?"',
        "turn it into a question they can say no to",
        '"{quote}" {why}.',
        looked_for="a question or invitation they can answer yes or no to"
    ),
    "reason": Rule(
        f"{ASKING}: Have a Reason (a Good One!)",
        'You say what the number is for ("{quote}"), so it does not feel like collecting '
        "numbers.",
        'Say what you would like the number for, for example "...so we can grab coffee and '
        'finish that debate" or "...so I can send you the slides."',
        "say what the number is for",
        looked_for="words that say what the number is for"
    ),
    "connection": Rule(
        f"{ASKING}: Build a Connection First",
        'You point back at the time you shared ("{quote}"), which makes the ask feel natural.',
        'Mention the conversation or the time you spent together, for example "I\'ve really '
        'enjoyed talking with you about..."',
        "mention the conversation you just had",
        looked_for="words that point back at your conversation or time together"
    ),
    "out": Rule(
        f"{ASKING}: Be Direct, But Not Demanding (give them an easy out)",
        'You give them an easy way to say no ("{quote}").',
        'Optional, but kind: add an easy way to say no, such as "No pressure - totally fine '
        'if not."',
        'add an easy out such as "no pressure"',
        '"{quote}" offers an easy no, but the pressure elsewhere in the message takes it back.',
        looked_for="an easy way to say no"
    ),
    "no_pressure": Rule(
        "Common Mistakes to Avoid: Being Pushy",
        "No pushing, guilt or demands: they can decide freely.",
        'Leave the decision with them; a plain question and "no worries if not" is enough.',
        "take out the pressure",
        '"{quote}" {why}.',
    ),
}
#: Why words that stand where a question should be do not leave the answer open.
_NOT_A_QUESTION: Final = {
    "imperative": "is an order, not a question",
    "no_verb": "demands the number without asking for it",
    "statement": "says what you want instead of asking whether they want it too",
    "presumption": "assumes the answer is yes before they give it",
}
PRAISE = "a friendly, open question with a reason or a shared moment behind it, and no pressure"

# Ordering them to hand the number over pushes as well as failing to ask, whatever the verb:
# "Give me your number", "Put your number in my phone", "Chuck us your number".
# Not when it is up to them: "...if you like", "feel free to pop your number in". Politeness
# does not turn an order into a question: "Kindly share your number" still orders.
_ORDERS: Final = CueSet({
    "demand": [
        r"(?<!you )(?<!u )(?<!you'd )(?<!to )(?<!ya )(?<!can )(?<!could )(?<!you please )(?<!fit )"
        r"(?<!u please )(?<!not )(?<!never )(?<!you kindly )(?<!u kindly )(?:just )?(?:give|gimme"
        r"|hand|put|pop|type|punch|write|enter|drop|add|send|jot|save|text|share|leave|forward|tell"
        r"|chuck|bung|toss|flick|sling|shoot|slide|pass|throw)"
        r" (?:me |us )?(?:over )?"
        r"<your> (?:(?:mobile|phone|cell|contact|whatsapp|telephone|personal) )?(?:number|digits)"
        r"(?![^.!?;]{0,40}?\b(?:if|whenever|only if)\b)",
        # The number handed over as ordered, named or not: "so hand it over pls", "fork 'em
        # over", "cough up those digits".
        r"(?<!you )(?<!u )(?<!to )(?<!can )(?<!could )(?<!not )(?:just )?(?:(?:hand|fork|cough"
        r"|pass) (?:it|them|'em|em|those|yours) (?:over|up)|(?:hand|fork|cough) (?:over|up)"
        r" (?:<your>|those|the|them) (?:number|digits|deets|details))\b"
        r"(?![^.!?;]{0,40}?\b(?:if|whenever|only if)\b)",
        # "Let me have it" in Pidgin: "abeg make I get your number".
        r"make i (?:get|have|collect|take|grab) <your> (?:number|digits)",
        r"(?<!willing to )(?<!happy to )(?<!ok to )(?<!okay to )(?<!you )(?<!u )(?:lemme|let me)"
        r" (?:get|have|grab|take|collect) (?:that|<your>|those|them|ur) (?:number|digits|numbah)",
    ],
}, negatable=False)


def _pressure(p: Prepared) -> list[Hit]:
    # orders first: where an order and another kind start together ("just give me your
    # number"), calling it an order explains it best
    return by_weight(_ORDERS.find(p) + PRESSURE.find(p))


def _no_pressure(p: Prepared, hits: list[Hit]) -> Criterion:
    if p.truncated:
        return unreadable("no_pressure", RULES["no_pressure"], p)
    return judge("no_pressure", RULES["no_pressure"], not hits, p, hits, **explain(hits))


@text_checker("ask")
def check_ask(text: str, ctx: Mapping[str, Any]) -> Feedback:
    """Judge an ask for someone's number against the guide's "Art of Asking"."""
    p = prepare(text)
    if not p.text.strip():
        criteria = [nothing_written(cid, RULES[cid], p) for cid in criteria_for("ask")]
        return feedback("ask", p, criteria, False, RULES, PRAISE)
    pushes = _pressure(p)
    presumed = [h for h in pushes if h.label == "presumption"]
    asked = requests(p, presumed)
    # A presumption ("..., haven't I?") explains a missing question better than a bare noun.
    instead = presumed + [h for h in demands(p) if not any(h.start < x.end and x.start < h.end
                                                            for x in presumed)]
    why = _NOT_A_QUESTION.get(instead[0].label, "") if instead and not asked else ""
    question = judge("question", RULES["question"], bool(asked), p, asked or instead, why=why)
    reason = judge("reason", RULES["reason"], bool(found := reasons(p)), p, found)
    connection = judge("connection", RULES["connection"], bool(c := connections(p)), p, c)
    # An out is only easy if nothing else makes the no costly ("no pressure, but I'll be
    # gutted if you say no"), so pressure anywhere takes it back.
    out = judge("out", RULES["out"], bool(o := OUT.find(p, labelled=False)) and not pushes, p, o,
                instead="Keep it, and take out the words that make a no costly.")
    no_pressure = _no_pressure(p, pushes)
    criteria = [question, reason, connection, out, no_pressure]
    passed = question.passed and no_pressure.passed and (reason.passed or connection.passed)
    return feedback("ask", p, criteria, passed, RULES, PRAISE, optional={"out"},
                    either=("reason", "connection"))
