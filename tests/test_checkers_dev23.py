"""The classes behind the misses of the twenty-second fresh holdout (dev23).

Each principle comes from tests/data/checker-corpus/LABELS.md; every text here is made up
(slang, lowercase, typos, emoji, other Englishes), none is a corpus message, and each class
has near misses that must go the other way.
"""

from __future__ import annotations

import pytest

from workshop.checkers import check_message

#: (kind, context, text, criterion, expected)
CASES: list[tuple[str, dict[str, str], str, str, bool]] = [
    # ask, connection: a role both hold in the same place or activity ("fellow volunteer");
    # a taste shared (a dog person, a book lover) or others' words are no time together
    ("ask", {}, "oi fellow 6am swimmer!! can i grab ur number for the lane rota?", "connection",
     True),
    ("ask", {}, "Hello, fellow first-time delegate - may I take your number for the workshop "
     "notes?", "connection", True),
    ("ask", {}, "Fellow cat lover here! Could I get your number for cat-sitting swaps?",
     "connection", False),
    ("ask", {}, "My fellow volunteers reckon you're single. Could I get your number?",
     "connection", False),
    # ask, connection: the event told by its day, already begun or past ("from this
    # morning's panel"); a day still ahead, or the event asked about ahead, is a plan
    ("ask", {}, "I'm Prof. Ansah from yesterday's seminar - could I get your number to send "
     "the dataset?", "connection", True),
    ("ask", {}, "u were way braver than me after last night's ghost tour lol, number?",
     "connection", True),
    ("ask", {}, "Could I get your number to meet up at tomorrow's seminar?", "connection",
     False),
    ("ask", {}, "Fancy a pint after tonight's quiz? Could I get your number?", "connection",
     False),
    # ask, connection: who one is to them, by the day both were there
    ("ask", {}, "it's Dev from choir on tuesdays 🎶 could i get ur number for the car share?",
     "connection", True),
    ("ask", {}, "This is Mo from five-a-side every thursday - could I get your number?",
     "connection", True),
    ("ask", {}, "I'm working from home on fridays, so could I get your number to plan a walk?",
     "connection", False),
    ("ask", {}, "I'm free on wednesdays. Could I get your number for a coffee?", "connection",
     False),
    # ask, connection: the talk told after what both did, "we ... and talked/chatted"
    ("ask", {}, "We got paired up at the hackathon and chatted for ages about Rust. Number?",
     "connection", True),
    ("ask", {}, "we should grab a coffee and talk about it properly - could I get your number?",
     "connection", False),
    # ask, reason: the group short of someone, however many words name it; the exchange
    # with its object left unsaid ("we should swap") is only the request again
    ("ask", {}, "Number? the sunday pub quiz team needs a fourth brain", "reason", True),
    ("ask", {}, "Number? the sunday pub quiz team is a right laugh", "reason", False),
    ("ask", {}, "Can I have your number? We could swap sometime.", "reason", False),
    ("ask", {}, "Can I have your number? We could swap seedlings in spring.", "reason", True),
    # reply yes, clear_yes: a smile typed as text is a smile, as an emoji is; a wink, a frown
    # or a grudging word stays no glad yes
    ("reply", {"intent": "yes"}, "ok :-)", "clear_yes", True),
    ("reply", {"intent": "yes"}, "yeah =D", "clear_yes", True),
    ("reply", {"intent": "yes"}, "ok :(", "clear_yes", False),
    ("reply", {"intent": "yes"}, "fine :)", "clear_yes", False),
    # reply unsure, kind: whatever they enjoyed doing with them is warm
    ("reply", {"intent": "unsure"}, "not yet sorry, tho i loved paddling with u this morning",
     "kind", True),
    ("reply", {"intent": "unsure"}, "Not ready yet. I enjoyed the dancing tonight.", "kind",
     False),
    # reply unsure, alternative: being where both were, again, names the next meeting
    ("reply", {"intent": "unsure"}, "not ready sorry! i'll be in the sauna again on thursday tho",
     "alternative", True),
    ("reply", {"intent": "unsure"}, "Thanks, not yet - I'll be in the office tomorrow, swamped.",
     "alternative", False),
]


@pytest.mark.parametrize(("kind", "ctx", "text", "cid", "expected"), CASES,
                         ids=[f"{c[3]}:{c[2][:40]}" for c in CASES])
def test_dev23_classes_are_judged_by_their_principle(
    kind: str, ctx: dict[str, str], text: str, cid: str, expected: bool
) -> None:
    fb = check_message(kind, text, **ctx)
    assert fb.criterion(cid).passed is expected, str(fb)
