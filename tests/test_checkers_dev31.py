"""The classes behind the misses of the twenty-ninth and thirtieth fresh holdouts (dev30, dev31).

Each principle comes from tests/data/checker-corpus/LABELS.md; every text here is made up
(slang, lowercase, typos, emoji, other Englishes), none is a corpus message, and each class
has near misses that must go the other way.
"""

from __future__ import annotations

import pytest

from workshop.checkers import check_message

#: (kind, context, text, criterion, expected)
CASES: list[tuple[str, dict[str, str], str, str, bool]] = [
    # the follow-up names the meeting by who is writing and where from, in the "here from"
    # form or after a greeting and a name; a name alone, or a greeting "from" nowhere, is none
    ("follow_up", {}, "Morning! Priya here from the Thursday pottery wheel taster 🙂",
     "references_meeting", True),
    ("follow_up", {}, "hiya, kwame here, from the allotment open day. ur marrows were huge",
     "references_meeting", True),
    ("follow_up", {}, "Hello Dot, Glen from the bowls green. Lovely afternoon, wasn't it?",
     "references_meeting", True),
    ("follow_up", {}, "Hey, Ola from the cider tent! You still owe me a rematch at darts",
     "references_meeting", True),
    ("follow_up", {}, "Hi Ana, thanks from the bottom of my heart", "references_meeting", False),
    ("follow_up", {}, "Hello, news from the council: the bins are late", "references_meeting",
     False),
    ("follow_up", {}, "Hi, Sam here. Text me back?", "references_meeting", False),
    # ...or greeted as the person they were there, by what happened
    ("follow_up", {}, "hi from the guy who kept losing to you at foosball at the student bar",
     "references_meeting", True),
    ("follow_up", {}, "Hello from the lady with the runaway spaniel at the beach!",
     "references_meeting", True),
    ("follow_up", {}, "hi from me! remember me?", "references_meeting", False),
    # something both went through, named, is shared; a taste alone is not
    ("follow_up", {}, "Hey, fellow veteran of the 6am spin class 😅", "references_meeting",
     True),
    ("follow_up", {}, "hello fellow sufferer of Dr Okafor's stats tutorial", "references_meeting",
     True),
    ("follow_up", {}, "hey fellow dog person!", "references_meeting", False),
    ("follow_up", {}, "hi fellow night owl 🦉", "references_meeting", False),
    # next to each other there, a moment already had; a wish to be is a plan
    ("follow_up", {}, "So nice to sit beside you on the coach to Bath!", "references_meeting",
     True),
    ("follow_up", {}, "we queued next to u for like an hour lol, hope the show was worth it",
     "references_meeting", True),
    ("follow_up", {}, "can I sit next to you next week?", "references_meeting", False),
    # only the number exchange is not the meeting, however it is told (LABELS.md)
    ("follow_up", {}, "Thanks for exchanging numbers!", "references_meeting", False),
    ("follow_up", {}, "cheers for swapping digits 😊", "references_meeting", False),
    ("follow_up", {}, "hey u gave me ur digits yesterday. hope all's good", "references_meeting",
     False),
    ("follow_up", {}, "Thanks for swapping shifts with me at the warehouse",
     "references_meeting", True),
    ("follow_up", {}, "you gave me a lift to the station earlier, thank you!",
     "references_meeting", True),
    # a plan or a generic greeting names no meeting
    ("follow_up", {}, "hey you", "references_meeting", False),
    ("follow_up", {}, "Is this the right number? It's Femi.", "references_meeting", False),
    # the ask's connection: who one is to them, by what one did there, whatever one is called
    # (the class of dev28, now for any word for oneself); a wish, a taste or a favour with no
    # place or time is none
    ("ask", {}, "im the barista who made ur oat latte this morning lol, can i get ur number?",
     "connection", True),
    ("ask", {}, "It's the neighbour who signed for your parcel yesterday - swap numbers?",
     "connection", True),
    ("ask", {}, "I'm the one who wanted your number all along. Can I have it?", "connection",
     False),
    ("ask", {}, "I'm the sort of person who likes surprises - number?", "connection", False),
    ("ask", {}, "I'm the electrician who rewired your flat, can I have your number?",
     "connection", False),
    ("ask", {}, "can I text you tonight?", "connection", False),
    ("ask", {}, "you have the best laugh, can I get your number?", "connection", False),
]


@pytest.mark.parametrize(("kind", "ctx", "text", "cid", "expected"), CASES,
                         ids=[f"{c[3]}:{c[2][:40]}" for c in CASES])
def test_dev31_classes_are_judged_by_their_principle(
    kind: str, ctx: dict[str, str], text: str, cid: str, expected: bool
) -> None:
    fb = check_message(kind, text, **ctx)
    assert fb.criterion(cid).passed is expected, str(fb)
