"""The fixed contract of the text checkers: kinds, their context and criterion ids."""

from __future__ import annotations

from typing import Final

#: kind -> criterion ids it may report, in display order
CRITERIA: Final[dict[str, tuple[str, ...]]] = {
    "ask": ("question", "reason", "connection", "out", "no_pressure"),
    "offer": ("gives_control", "no_pressure", "connection"),
    "reply": (
        "clear_yes", "no_games",
        "honest", "kind", "alternative",
        "clear_no", "polite", "no_false_hope",
    ),
    "follow_up": ("references_meeting", "brief", "no_pressure", "timely"),
    "after_no": ("accepts", "no_guilt", "no_repeat"),
}

#: reply intent -> the criteria judged for it
REPLY_CRITERIA: Final[dict[str, tuple[str, ...]]] = {
    "yes": ("clear_yes", "no_games"),
    "unsure": ("honest", "kind", "alternative"),
    "no": ("clear_no", "polite", "no_false_hope"),
}

#: kind -> context keywords it accepts (and whether each is required)
CONTEXT: Final[dict[str, dict[str, bool]]] = {
    "ask": {},
    "offer": {},
    "reply": {"intent": True},
    "follow_up": {"hours": False},
    "after_no": {},
}

INTENTS: Final[tuple[str, ...]] = tuple(REPLY_CRITERIA)

#: the longest wait, in hours, that still counts as a timely follow-up
TIMELY_HOURS: Final[float] = 48.0


def criteria_for(kind: str, intent: str | None = None) -> tuple[str, ...]:
    """Criterion ids judged for ``kind`` (and a reply's ``intent``)."""
    if kind == "reply" and intent is not None:
        return REPLY_CRITERIA[intent]
    return CRITERIA[kind]
