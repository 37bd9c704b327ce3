"""The classes behind the misses of the twenty-second fresh holdout (dev23).

Each principle comes from tests/data/checker-corpus/LABELS.md; every text here is made up
(slang, lowercase, typos, emoji, other Englishes), none is a corpus message, and each class
has near misses that must go the other way.
"""

from __future__ import annotations

import pytest

from workshop.checkers import check_message, model

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
    ("ask", {}, "We could eat after today's lecture - could I get your number?", "connection",
     False),
    ("ask", {}, "you clearly out-walked me at today's parkrun haha. could i get ur number?",
     "connection", True),
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
    # ask, reason: the chance welcomed to do something ("I'd welcome the chance to...") is a
    # purpose frame; the exchange itself after it is not
    ("ask", {}, "I would greatly value the opportunity to compare notes on grant writing - may "
     "I have your number?", "reason", True),
    ("ask", {}, "I'd welcome the chance to stay in touch - may I have your number?", "reason",
     False),
    # ask, no_pressure: everyone else's number held up, whoever they gave it to
    ("ask", {}, "the whole group has already sent us theirs, so can I have yours?",
     "no_pressure", False),
    ("ask", {}, "Everyone's sharing photos in the group - could I get your number to add you?",
     "no_pressure", True),
    # offer: leaving them no excuse not to use it takes the choice and presses
    ("offer", {}, "Here's my number - no more excuses not to ring about the van lol",
     "gives_control", False),
    ("offer", {}, "Here's my number if you like - no excuse for my handwriting lol",
     "no_pressure", True),
    # offer: fairness owed by the speaker asks nothing of them; fairness owed by them presses
    ("offer", {}, "You fixed my bike, so here's my number if you ever need a hand - only fair "
     "I help back.", "no_pressure", True),
    ("offer", {}, "Here's my number. It's only fair you use it after all that.", "no_pressure",
     False),
    # follow-up, no_pressure: insisting, whoever insists for one
    ("follow_up", {}, "Hi, Jo from the choir! Gran insists u join us sunday lol", "no_pressure",
     False),
    ("follow_up", {}, "Hi, Jo from the choir! My gran insists on baking for everyone, so come "
     "hungry if you join us?", "no_pressure", True),
    ("follow_up", {}, "Hi, Jo from the choir! I won't insist you come, but Sunday's open if you "
     "fancy?", "no_pressure", True),
    # follow-up, references_meeting: a moment of theirs still laughed about; only the number
    # they gave is no meeting
    ("follow_up", {}, "still giggling at u singing the wrong words haha, same time next week?",
     "references_meeting", True),
    ("follow_up", {}, "Hey, laughing about you being so tall lol. Coffee?", "references_meeting",
     False),
    ("follow_up", {}, "you gave me your number, so hi! free this week?", "references_meeting",
     False),
    ("follow_up", {}, "Hey! You gave me a lift home, thanks again. Coffee soon?",
     "references_meeting", True),
    # after a no, no_guilt: a favour listed back however counted; one's own loss put on them;
    # the time together held up as the question alone (a bare "seriously?": see below)
    ("after_no", {}, "Fair enough. I got you 2 pints earlier tho.", "no_guilt", False),
    ("after_no", {}, "Oh. I was really looking forward to this, you know.", "no_guilt", False),
    ("after_no", {}, "Really? After the whole afternoon at the fete?", "no_guilt", False),
    ("after_no", {}, "Ok, no worries! Looking forward to seeing you at practice.", "no_guilt",
     True),
    ("after_no", {}, "Okay! After the gig, could we at least say hi?", "no_guilt", True),
]


@pytest.mark.parametrize(("kind", "ctx", "text", "cid", "expected"), CASES,
                         ids=[f"{c[3]}:{c[2][:40]}" for c in CASES])
def test_dev23_classes_are_judged_by_their_principle(
    kind: str, ctx: dict[str, str], text: str, cid: str, expected: bool
) -> None:
    fb = check_message(kind, text, **ctx)
    assert fb.criterion(cid).passed is expected, str(fb)


def test_a_bare_seriously_is_surprise_to_the_rules_and_at_most_a_hedged_concern() -> None:
    # The rules read a bare "seriously?" after a no as surprise, not guilt. The second opinion,
    # trained on rows where "seriously" comes with guilt, may still ask the learner to check:
    # then only as a concern marked unsure, never as a sure "not yet".
    text = "Seriously? Ok, just one dance then?"
    assert check_message("after_no", text).criterion("no_guilt").passed  # rules alone here
    previous = model.set_enabled(True)
    try:
        seen = check_message("after_no", text).criterion("no_guilt")
    finally:
        model.set_enabled(previous)
    assert seen.passed or not seen.sure, str(seen)
