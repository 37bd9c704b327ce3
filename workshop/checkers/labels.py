"""What each criterion is called where a learner reads it: plain words, never an id.

Criteria that a checker builds from an exercise (a card, an option, a step, an
instructor's pattern) carry their own label; the text checkers' fixed criteria are named
here, from the meanings in the contract.
"""

from __future__ import annotations

from typing import Final

#: criterion id -> its name in feedback
CRITERION_LABELS: Final[dict[str, str]] = {
    # ask
    "question": "A question they can answer",
    "reason": "Says what the number is for",
    "connection": "Mentions your time together",
    "out": "An easy way to say no",
    "no_pressure": "No pressure",
    # offer
    "gives_control": "Leaves the choice to them",
    # reply
    "clear_yes": "A clear, glad yes",
    "no_games": "No games",
    "honest": "Honest that you are not ready",
    "kind": "A warm word",
    "alternative": "Another way to connect",
    "clear_no": "A clear no",
    "polite": "Polite, with no put-down",
    "no_false_hope": "No false hope",
    # follow_up
    "references_meeting": "Names where you met",
    "brief": "Short",
    "timely": "Sent in good time",
    # after_no
    "accepts": "Accepts their answer",
    "no_guilt": "No guilt-tripping",
    "no_repeat": "Does not ask again",
    # structured types
    "written": "Your reflection",
    "value": "Your number",
    "missed": "Right options still to find",
}


def criterion_label(id: str, label: str = "") -> str:
    """The name shown for criterion ``id``: its own ``label``, the table's, or plain words."""
    if label:
        return label
    known = CRITERION_LABELS.get(id)
    if known is not None:
        return known
    words = id.replace("_", " ").replace("-", " ").strip()
    return words[:1].upper() + words[1:] if words else "This point"
