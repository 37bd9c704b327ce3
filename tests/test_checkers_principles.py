"""The classes behind the misses of the twelfth fresh holdout (dev13), in new words.

Each principle comes from tests/data/checker-corpus/LABELS.md; every text here is made up
(slang, lowercase, typos, emoji, other Englishes), none is a corpus message, and each class
has near misses that must go the other way.
"""

from __future__ import annotations

import pytest

from workshop.checkers import check_message

_U = {"intent": "unsure"}
_Y = {"intent": "yes"}
_N = {"intent": "no"}

#: (kind, context, text, criterion, expected)
CASES = [
    # unsure, honest: "I'll think about it" only promises a decision, like "I'll get back to
    # you"; saying how one is with numbers, or preferring not to for now, is plain
    ("reply", _U, "i'll think abt it, ty", "honest", False),
    ("reply", _U, "Let me think it over, thank you!", "honest", False),
    ("reply", _U, "Aw thanks! I'll mull it over 😊", "honest", False),
    ("reply", _U, "Thanks! Let me sleep on it?", "honest", True),
    ("reply", _U, "Thanks for asking, I prefer not to share my number for now.", "honest", True),
    ("reply", _U, "thank u, i rather not give number yet", "honest", True),
    ("reply", _U, "Cheers for asking - I'm a bit funny about phone numbers tbh.", "honest", True),
    ("reply", _U, "aw ur sweet, im weird with numbers, insta instead?", "honest", True),
    # unsure, alternative: staying in a group both already share
    ("reply", _U, "Aw thank you! Not yet though - can we stick to the running club chat?",
     "alternative", True),
    ("reply", _U, "Thanks, not ready yet. Let's keep it on the team group for now x",
     "alternative", True),
    ("reply", _U, "Thanks, I'm not ready yet - I'll keep it to myself for now.", "alternative",
     False),
]


@pytest.mark.parametrize(("kind", "ctx", "text", "cid", "expected"), CASES,
                         ids=[f"{c[3]}:{c[2][:40]}" for c in CASES])
def test_dev13_classes_are_judged_by_their_principle(
    kind: str, ctx: dict[str, str], text: str, cid: str, expected: bool
) -> None:
    fb = check_message(kind, text, **ctx)
    assert fb.criterion(cid).passed is expected, str(fb)
