"""The classes behind the misses of the nineteenth fresh holdout (dev20).

Each principle comes from tests/data/checker-corpus/LABELS.md; every text here is made up
(slang, lowercase, typos, emoji, other Englishes), none is a corpus message, and each class
has near misses that must go the other way.
"""

from __future__ import annotations

import pytest

from workshop.checkers import check_message

#: (kind, context, text, criterion, expected)
CASES: list[tuple[str, dict[str, str], str, str, bool]] = [
    # ask, connection: time together recalled by what happened in it - beaten by them at a
    # game, something done together as it went on, the event named by what it held or by how
    # it went; a game still to play, a plan, or a wish is no look back
    ("ask", {}, "u totally thrashed me at darts lol, can i get ur number for a rematch?",
     "connection", True),
    ("ask", {}, "you schooled me in that chess puzzle 😅 can we swap numbers?", "connection",
     True),
    ("ask", {}, "bet you'd beat me at darts, can i get ur number?", "connection", False),
    ("ask", {}, "that recipe we were fighting over 😂 can i have ur number so i can send it?",
     "connection", True),
    ("ask", {}, "we were going to swap numbers, can I have yours?", "connection", False),
    ("ask", {}, "that quiz tiebreak was brutal haha, could i get your number?", "connection",
     True),
    ("ask", {}, "the jam session encore got so loud lol, can I get your number?",
     "connection", True),
    ("ask", {}, "hope the quiz tiebreak is easy, can i get your number?", "connection", False),
    ("ask", {}, "so glad the workshop went well, may I have your number?", "connection", True),
    ("ask", {}, "hope tomorrow's workshop goes well, may I have your number?", "connection",
     False),
    # ask and offer, connection: how it was to do something with them, or there, said of
    # the time already had; a wish for time to come is not one
    ("ask", {}, "so nice to cycle with u by the river this morning, can i get ur number?",
     "connection", True),
    ("offer", {}, "Was fab to finally swap stories at the allotment. Here's my number if you "
     "ever want it.", "connection", True),
    ("ask", {}, "it would be lovely to cycle with you sometime, can I get your number?",
     "connection", False),
    ("offer", {}, "Would be so nice to bake with you. My number, if you like.", "connection",
     False),
    # offer, connection: a verdict on the time with a word in between
    ("offer", {}, "Ring me if you ever like, and if not, it was truly a fascinating debate.",
     "connection", True),
    ("offer", {}, "Ring me if you ever like, it's still a long walk to the bus.", "connection",
     False),
    # ask, connection: a favour held up with "did" and where they went; a favour told alone
    # is none
    ("ask", {}, "can i get ur number? i did walk u home from the ceilidh haha", "connection",
     True),
    ("ask", {}, "can i get ur number? i did buy u a coffee", "connection", False),
    # ask, connection: their children or dogs already friends, a circumstance both share;
    # children who might meet one day are not one yet
    ("ask", {}, "our kids are thick as thieves at nursery! swap numbers for a playdate?",
     "connection", True),
    ("ask", {}, "our dogs clearly love each other 🐶 swap numbers so they can meet up?",
     "connection", True),
    ("ask", {}, "our kids should meet some time, swap numbers for a playdate?", "connection",
     False),
    # ask, no_pressure: a favour held up as the price after the ask ("though I did..."); the
    # same favour said as thanks, or their own number given, is no price
    ("ask", {}, "No worries if not! though i did carry u back from the pub quiz, just sayin",
     "no_pressure", False),
    ("ask", {}, "Could I get your number? Mind you, I did pay for you at the cinema.",
     "no_pressure", False),
    ("ask", {}, "Thanks for carrying my bag at the quiz! Could I get your number? No worries if "
     "not.", "no_pressure", True),
]


@pytest.mark.parametrize(("kind", "ctx", "text", "cid", "expected"), CASES,
                         ids=[f"{c[3]}:{c[2][:40]}" for c in CASES])
def test_dev20_classes_are_judged_by_their_principle(
    kind: str, ctx: dict[str, str], text: str, cid: str, expected: bool
) -> None:
    fb = check_message(kind, text, **ctx)
    assert fb.criterion(cid).passed is expected, str(fb)
