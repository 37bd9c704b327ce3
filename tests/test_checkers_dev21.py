"""The classes behind the misses of the twentieth fresh holdout (dev21).

Each principle comes from tests/data/checker-corpus/LABELS.md; every text here is made up
(slang, lowercase, typos, emoji, other Englishes), none is a corpus message, and each class
has near misses that must go the other way.
"""

from __future__ import annotations

import pytest

from workshop.checkers import check_message

#: (kind, context, text, criterion, expected)
CASES: list[tuple[str, dict[str, str], str, str, bool]] = [
    # ask, connection: what they did with me, told by the time it happened (a time now
    # gone); chasing me is no shared moment, and what they may do later is no look back
    ("ask", {}, "u pulled me up that last hill this morning lol, can i get ur number?",
     "connection", True),
    ("ask", {}, "You talked me through the whole crossword earlier - may I have your number?",
     "connection", True),
    ("ask", {}, "You texted me today, so can I get your number?", "connection", False),
    ("ask", {}, "You can beat me at chess tonight. Could I get your number?", "connection",
     False),
    # ask, connection: how they were while it lasted, in the perfect; how they have been
    # elsewhere is not the time together
    ("ask", {}, "You've been such good company tonight. Could I have your number?",
     "connection", True),
    ("ask", {}, "u have been sooo funny today haha, number?", "connection", True),
    ("ask", {}, "You've been on my mind today. Could I get your number?", "connection", False),
    ("ask", {}, "You have been busy today. Could I get your number?", "connection", False),
    # ask, connection: their turn there, praised; a turn still to come is not one
    ("ask", {}, "you absolutely smashed that solo!! number pls?", "connection", True),
    ("ask", {}, "omg u ate that 💅 can i get ur number", "connection", True),
    ("ask", {}, "You'll smash it at the audition. Could I get your number?", "connection",
     False),
    ("ask", {}, "you'll nail it tomorrow! can i get your number?", "connection", False),
    # ask, connection: the time together spent on something; time that might be spent is
    # no look back
    ("ask", {}, "we spent the whole ferry ride giggling at the seagulls. could I get your "
     "number?", "connection", True),
    ("ask", {}, "We passed half the night swapping ghost stories - can I get your number?",
     "connection", True),
    ("ask", {}, "We should spend an afternoon sketching. Could I get your number?",
     "connection", False),
    # ask, connection: how it was there, by when, whatever the event was called
    ("ask", {}, "what a hoot at the pub quiz tonight 😂 could I get your number?",
     "connection", True),
    ("ask", {}, "Had such a giggle at the escape-the-lab thing today! Can I have your number?",
     "connection", True),
    ("ask", {}, "What a hoot! Could I get your number?", "connection", False),
]


@pytest.mark.parametrize(("kind", "ctx", "text", "cid", "expected"), CASES,
                         ids=[f"{c[3]}:{c[2][:40]}" for c in CASES])
def test_dev21_classes_are_judged_by_their_principle(
    kind: str, ctx: dict[str, str], text: str, cid: str, expected: bool
) -> None:
    fb = check_message(kind, text, **ctx)
    assert fb.criterion(cid).passed is expected, str(fb)
