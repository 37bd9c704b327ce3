"""After a no: accept it gracefully, without guilt-tripping or asking again."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from workshop.checkers.contract import criteria_for
from workshop.checkers.feedback import Feedback
from workshop.checkers.registry import text_checker
from workshop.checkers.text._accepting import ACCEPT, CHALLENGE
from workshop.checkers.text._asking_again import REPEAT_WHY, repeats
from workshop.checkers.text._prepare import prepare
from workshop.checkers.text._sulking import SULK_WHY, sulks
from workshop.checkers.text._verdict import Rule, feedback, judge, nothing_written, unreadable

PUSHY = "Common Mistakes to Avoid: Being Pushy"
RULES: Final[dict[str, Rule]] = {
    "accepts": Rule(
        f"{PUSHY} (respect their decision and move on)",
        'You acknowledge their answer ("{quote}").',
        'Acknowledge the no simply, for example "No problem at all - enjoy your evening!"',
        "simply acknowledge the no",
        '"{quote}" argues with their answer instead of accepting it.',
        looked_for="words that accept their answer"),
    "no_guilt": Rule(
        f"{PUSHY} (don't try to guilt them)",
        "No sulking or guilt: you leave them feeling fine about saying no.",
        'Let them off lightly, for example "Thanks for being honest - have a great night!"',
        "leave out the guilt and sulking",
        '"{quote}" {why}.'),
    "no_repeat": Rule(
        f"{PUSHY} (don't badger them into giving you their number)",
        "You do not ask again or bargain for another way in.",
        "Take the no as final: do not ask again or ask for another channel instead; "
        '"Have a great night!" is a good way to end.',
        "do not ask again or bargain for another channel",
        '"{quote}" {why}.'),
}
PRAISE = "you accept the no gracefully and move on"


@text_checker("after_no")
def check_after_no(text: str, ctx: Mapping[str, Any]) -> Feedback:
    """Judge what someone says after hearing no, against "Common Mistakes to Avoid"."""
    p = prepare(text)
    if not p.text.strip():
        criteria = [nothing_written(cid, RULES[cid], p) for cid in criteria_for("after_no")]
        return feedback("after_no", p, criteria, False, RULES, PRAISE)
    accepted, challenged = ACCEPT.find(p), CHALLENGE.find(p)
    first = min((h.start for h in accepted), default=len(p.norm))
    argued = [h for h in challenged if h.label == "argue" or h.start < first]
    accepts = judge("accepts", RULES["accepts"], bool(accepted) and not argued, p,
                    argued or accepted)
    if p.truncated:
        no_guilt = unreadable("no_guilt", RULES["no_guilt"], p)
        no_repeat = unreadable("no_repeat", RULES["no_repeat"], p)
    else:
        s = sulks(p)
        no_guilt = judge("no_guilt", RULES["no_guilt"], not s, p, s,
                         why=SULK_WHY[s[0].label] if s else "")
        r = repeats(p, s)
        no_repeat = judge("no_repeat", RULES["no_repeat"], not r, p, r,
                          why=REPEAT_WHY[r[0].label] if r else "")
    criteria = [accepts, no_guilt, no_repeat]
    return feedback("after_no", p, criteria, all(c.passed for c in criteria), RULES, PRAISE)
