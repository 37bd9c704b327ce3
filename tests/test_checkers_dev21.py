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
    # ask, question and no_pressure: an order to hand the number over, whatever the verb
    # ("chuck", "bung", "shoot", "slide"); the same verb asked with their choice is a question
    ("ask", {}, "great chat at the bbq mate, bung us ur number n we'll sort a round of golf",
     "question", False),
    ("ask", {}, "loved the pub quiz tonight, shoot me your number so we can team up next week",
     "no_pressure", False),
    ("ask", {}, "Loved the quiz tonight! Could you chuck me your number if you fancy teaming "
     "up again?", "no_pressure", True),
    # ask, no_pressure: staying put till they hand it over, said with "till" as with "until";
    # the answer hurried before something happens; no hurry before a date is no pressure
    ("ask", {}, "I'm not moving from this bench till you say yes 😅", "no_pressure", False),
    ("ask", {}, "Great chat at the quiz! Can I get your number? quick, reply before my train "
     "leaves lol", "no_pressure", False),
    ("ask", {}, "Great chat at the quiz! Can I get your number? No need to answer before the "
     "weekend.", "no_pressure", True),
    ("ask", {}, "Great chat at the quiz! Can I get your number? Don't feel you have to "
     "answer before the weekend.", "no_pressure", True),
    # ask, no_pressure and out: someone else's disappointment made the cost of a no takes
    # the out back; their feelings about something else are no cost
    ("ask", {}, "Loved the quiz! Could I get your number? No pressure! My mum'll be gutted if "
     "I come back without it lol", "no_pressure", False),
    ("ask", {}, "Loved the quiz! Could I get your number? My flatmate would be so sad if you "
     "said no 😅", "no_pressure", False),
    ("ask", {}, "Loved the quiz! Could I get your number? No worries if not - my sister will be "
     "sad if I miss her call though, so I'm off!", "no_pressure", True),
    # ask, reason: what they will do with it, said in the plain present as many Englishes
    # do; a promise to go away is no use for the number
    ("ask", {}, "lah can i have ur number then i send u the photos from the run?", "reason",
     True),
    ("ask", {}, "Can I have your number? Then I leave you alone, promise.", "reason", False),
    # ask, reason: a task both were given is a reason to be in touch; a taste both share is
    # not yet one
    ("ask", {}, "Could we swap numbers, since we're both running the raffle at the fete?",
     "reason", True),
    ("ask", {}, "Could we swap numbers, since we both like jazz?", "reason", False),
    # follow-up, no_pressure: anything owed expected of them at a time is a deadline; a
    # forecast, or no time set, is not
    ("follow_up", {}, "hey its mo from the climbing wall, u still owe me a tenner and im "
     "expecting it by friday lol", "no_pressure", False),
    ("follow_up", {}, "Lovely to meet you at the fair! I'll be expecting the slides first thing "
     "Monday.", "no_pressure", False),
    ("follow_up", {}, "Lovely to meet you at the fair! I expect it'll rain tomorrow, stay dry.",
     "no_pressure", True),
    ("follow_up", {}, "Lovely to meet you at the fair! Send the slides whenever suits, no rush.",
     "no_pressure", True),
    # follow-up, no_pressure: asking whether one's messages arrived, whatever word comes
    # between, chases the silence; asking whether a thing arrived does not
    ("follow_up", {}, "hiya, did my texts actually come through? lovely meeting u at the quiz",
     "no_pressure", False),
    ("follow_up", {}, "Lovely meeting you at the quiz! Did the parcel actually arrive at the "
     "club?", "no_pressure", True),
    # follow-up, no_pressure: their liking declared for them presses; one's own liking, or
    # theirs for something else, does not
    ("follow_up", {}, "hey from the salsa night! u clearly fancied me lol so when's our date",
     "no_pressure", False),
    ("follow_up", {}, "Great meeting you at the salsa night! Obviously you were flirting with "
     "me 😏 drink soon?", "no_pressure", False),
    ("follow_up", {}, "Great meeting you at the salsa night! You obviously liked the band, "
     "here's the playlist.", "no_pressure", True),
    ("follow_up", {}, "Great meeting you at the salsa night! I obviously liked chatting with "
     "you.", "no_pressure", True),
]


@pytest.mark.parametrize(("kind", "ctx", "text", "cid", "expected"), CASES,
                         ids=[f"{c[3]}:{c[2][:40]}" for c in CASES])
def test_dev21_classes_are_judged_by_their_principle(
    kind: str, ctx: dict[str, str], text: str, cid: str, expected: bool
) -> None:
    fb = check_message(kind, text, **ctx)
    assert fb.criterion(cid).passed is expected, str(fb)


@pytest.mark.parametrize(("kind", "text", "words"), [
    ("ask", "u clearly fancied me at the gig, so can i get ur number?", "speaks for their"),
    ("offer", "I can tell you've been dying for me to ask. Here's my number.", "speaks for their"),
    ("ask", "You owe me your number after I drove you home, right?", "something you are owed"),
])
def test_their_feelings_declared_are_explained_as_such_not_as_a_debt(
        kind: str, text: str, words: str) -> None:
    feedback = check_message(kind, text)
    pressure = next(c for c in feedback.criteria if c.id == "no_pressure")
    assert not pressure.passed and words in pressure.message
