"""The classes behind the misses of the fifteenth fresh holdout (dev16).

Each principle comes from tests/data/checker-corpus/LABELS.md; every text here is made up
(slang, lowercase, typos, emoji, other Englishes), none is a corpus message, and each class
has near misses that must go the other way.
"""

from __future__ import annotations

import pytest

from workshop.checkers import check_message

_N = {"intent": "no"}

#: (kind, context, text, criterion, expected)
CASES: list[tuple[str, dict[str, str], str, str, bool]] = [
    # ask, reason: something they will be sent, brought or told, "you" said or not, in any
    # English ("wanna send u dem pics", "I will notify you regarding..."); a practical need
    # that may come up; a treat for them ("shout you a pint"); what a crew is short of; a
    # group list their number goes on. Only a message as such, contact "in case you want to
    # text", a tag ("yeah?"), a bet or a point to prove, and a favour already done are not.
    ("ask", {}, "can i grab ur number? ill forward the minutes to everyone", "reason", True),
    ("ask", {}, "Could I take your number? I'll pass on the flyer for the fundraiser.", "reason",
     True),
    ("ask", {}, "wanna send u dem pics from the hike, can i get ur digits?", "reason", True),
    ("ask", {}, "Could I take your number? I'll send you a quick message sometime.", "reason",
     False),
    ("ask", {}, "Sir, may I take your number? I will notify you regarding the parking permits.",
     "reason", True),
    ("ask", {}, "May I have your number? I shall keep you posted on the allotment waiting list.",
     "reason", True),
    ("ask", {}, "May I have your number? I'll keep you posted.", "reason", False),
    ("ask", {}, "Could I have your number in case anything changes with the carpool?", "reason",
     True),
    ("ask", {}, "Could I have your number in case you want to text?", "reason", False),
    ("ask", {}, "Can I grab your number and shout you a pint next week?", "reason", True),
    ("ask", {}, "swap numbers so i can buy u a bubble tea sometime?", "reason", True),
    ("ask", {}, "Can I get your number? I did buy you a coffee earlier.", "reason", False),
    ("ask", {}, "can i get ur number? the quiz crew is looking for one more for thursday",
     "reason", True),
    ("ask", {}, "The others have given theirs for the carpool list - could I have yours too?",
     "reason", True),
    ("ask", {}, "so let's trade digits yeah?", "reason", False),
    ("ask", {}, "Can I have your number? I have to settle a bet with my flatmate.", "reason",
     False),
    ("ask", {}, "Could I get your number? Want to prove my brother wrong lol", "reason", False),
    ("ask", {}, "Could I get your number? I have to send you the quiz answers.", "reason", True),
]


@pytest.mark.parametrize(("kind", "ctx", "text", "cid", "expected"), CASES,
                         ids=[f"{c[3]}:{c[2][:40]}" for c in CASES])
def test_dev16_classes_are_judged_by_their_principle(
    kind: str, ctx: dict[str, str], text: str, cid: str, expected: bool
) -> None:
    fb = check_message(kind, text, **ctx)
    assert fb.criterion(cid).passed is expected, str(fb)
