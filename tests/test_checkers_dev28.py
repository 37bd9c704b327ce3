"""The classes behind the misses of the twenty-sixth and twenty-seventh fresh holdouts (dev27
and dev28).

Each principle comes from tests/data/checker-corpus/LABELS.md; every text here is made up
(slang, lowercase, typos, emoji, other Englishes), none is a corpus message, and each class
has near misses that must go the other way.
"""

from __future__ import annotations

import pytest

from workshop.checkers import check_message

#: (kind, context, text, criterion, expected)
CASES: list[tuple[str, dict[str, str], str, str, bool]] = [
    # ask and offer, connection: who one is to them, by what one did for or with them there;
    # a wish or a taste is none
    ("offer", {}, "it's the guy who lent you a brolly at the tram stop - my number's below",
     "connection", True),
    ("ask", {}, "Im the lass that held ur dog while u paid. Number?", "connection", True),
    ("ask", {}, "I'm the one who wanted your number all night. Can I have it?", "connection",
     False),
    ("ask", {}, "I'm the type who likes long walks - number?", "connection", False),
    ("ask", {}, "I'm the bloke who got you a pint - can I have your number?", "connection",
     False),
    ("ask", {}, "it's the girl who liked all ur posts, number?", "connection", False),
    # the time together judged, with them; one only imagined is none
    ("ask", {}, "Inventory day was a proper hoot with you. Can I get your number?",
     "connection", True),
    ("offer", {}, "this week's been such fun working with you! here's my number", "connection",
     True),
    ("ask", {}, "It would've been a laugh with you there. Number?", "connection", False),
    ("ask", {}, "Karaoke will be a blast with you - can I get your number?", "connection",
     False),
    # the time spent together, counted; time wished for is none
    ("ask", {}, "After all them evenings at the food bank together, can I get your number?",
     "connection", True),
    ("offer", {}, "all those laps of the park together deserve a coffee - my number's here",
     "connection", True),
    ("ask", {}, "I'd love to spend all those weekends together. Can I get your number?",
     "connection", False),
    ("ask", {}, "think of all those evenings we could have together! number?", "connection",
     False),
    # a turn or event appraised on its own, with when; a wish for the day or the day itself
    # is none
    ("ask", {}, "Lovely catch this afternoon! Swap numbers?", "connection", True),
    ("offer", {}, "Top knock today. Here's my number if you want a net session", "connection",
     True),
    ("ask", {}, "Good luck today! Can I get your number?", "connection", False),
    ("ask", {}, "Great weather today. Can I get your number?", "connection", False),
    # naming oneself by the event both were at, told as an event; where one is from is none
    ("ask", {}, "hey, Tomasz from the induction evening here - number?", "connection", True),
    ("ask", {}, "I'm Priya, from Leeds originally - can I have your number?", "connection",
     False),
    # the time together as the measure of more, whoever did it then; a day to come is none
    ("offer", {}, "my number, in case the gate sticks again like it did last night",
     "connection", True),
    ("offer", {}, "here's my number if you want more jam like yesterday's.", "connection", True),
    ("ask", {}, "more chats like tonight's quiz would be fun - number?", "connection", False),
    # their turn praised by its verb, whatever it was
    ("ask", {}, "u properly carried that pub quiz lol, number?", "connection", True),
    ("ask", {}, "you'll carry that quiz next week, number?", "connection", False),
    # a favour told with "did" and how often; one with no where is none
    ("ask", {}, "I did walk you to two bus stops in the rain, so - number?", "connection",
     True),
    ("ask", {}, "I did buy you a drink, so - number?", "connection", False),
    # near misses of the broad signals: a look or vibe, another person wanted, a plan, a
    # taste, a number given
    ("ask", {}, "You seem like somebody who really gets music. Number?", "connection", False),
    ("offer", {}, "we'd love one more volunteer at the fete - here's my number", "connection",
     False),
    ("ask", {}, "Can I text you tonight?", "connection", False),
    ("ask", {}, "Fellow dog person! Can I get your number?", "connection", False),
    ("offer", {}, "Here's my number, free this weekend?", "connection", False),
    # a no's polite: hope trailing off or in a word or two is no courtesy; a next time asked
    # about in a full sentence, or a kiss to sign off, softens it
    ("reply", {"intent": "no"}, "nope, not this month.", "polite", False),
    ("reply", {"intent": "no"}, "Not today... maybe some other time", "polite", False),
    ("reply", {"intent": "no"}, "Maybe later?", "polite", False),
    ("reply", {"intent": "no"}, "Not now, but fancy a game at the next club night maybe?",
     "polite", True),
    ("reply", {"intent": "no"}, "not this time babe xx", "polite", True),
    ("reply", {"intent": "no"}, "No for now, thank you though.", "polite", True),
    ("reply", {"intent": "no"}, "nah, not really my scene 🙃", "polite", True),
    ("reply", {"intent": "no"}, "No 🙃", "polite", False),
    # the ask's reason: whatever the group or event, it needs people; a thing needed is none
    ("ask", {}, "the food bank rota badly needs drivers this month - could I get your number?",
     "reason", True),
    ("ask", {}, "number? the choir's desperately short of tenors lol", "reason", True),
    ("ask", {}, "Can I have your number? My laptop needs a new battery.", "reason", False),
]


@pytest.mark.parametrize(("kind", "ctx", "text", "cid", "expected"), CASES,
                         ids=[f"{c[3]}:{c[2][:40]}" for c in CASES])
def test_dev28_classes_are_judged_by_their_principle(
    kind: str, ctx: dict[str, str], text: str, cid: str, expected: bool
) -> None:
    fb = check_message(kind, text, **ctx)
    assert fb.criterion(cid).passed is expected, str(fb)
