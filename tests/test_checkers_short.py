"""Short and grudging messages, judged by the guide's principle, with near misses that pass.

"The Graceful Response" asks for a yes that is glad and unmistakable, and a no that is
clear and courteous; "Being Pushy" counts a door held open after a no as asking again, and
an offer that gives orders does not leave the choice. Short text is where a phrase table is
most easily fooled, so each principle has its own table here: what must fail, and the near
misses that must pass.
"""

from __future__ import annotations

import pytest

from workshop.checkers import check_message
from workshop.checkers.feedback import Criterion

#: (intent, text): a yes that is flat, grudging, hesitant or wordless is not a glad yes.
NOT_A_GLAD_YES = [
    "ok whatever", "Okay.", "Oh ok.", "k", "kk", "fine", "Fine.", "ok.", "okie",
    "I suppose so", "Sure, if you want.", "whatever", "meh, ok", "yeah i guess",
    "I don't mind.", "if you must", "alright then", "sure why not", "👍", "😊",
    "Hmm, maybe?", "yeah yeah, fine", "yeah sure", "I guess? Sure.", "Sure.", "yep",
    "Fine, it's 0612 345 678.",
]
GLAD_YES = [
    "Yes! I'd love that.", "Yes", "yes!!", "Yeah, definitely!", "Okay! Here's my number.",
    "Of course! 😊", "ok sure, here it is: 0612 345 678", "Absolutely.", "Sure thing!",
    "yess 😊", "ok 😊 sounds great", "Sure, why not! I'd like that.",
    "Yes! Text me if you want to meet up.", "Yeah, sure! 😊", "Yep, here you go: 0612 345 678",
    "Sure thing - kayaking on Sunday?", "yes, I was hoping you'd ask",
]


@pytest.mark.parametrize("text", NOT_A_GLAD_YES)
def test_a_flat_or_grudging_yes_is_not_clear(text: str) -> None:
    fb = check_message("reply", text, intent="yes")
    assert not fb.criterion("clear_yes").passed and not fb.passed, str(fb)


@pytest.mark.parametrize("text", GLAD_YES)
def test_a_glad_yes_passes_however_short(text: str) -> None:
    fb = check_message("reply", text, intent="yes")
    assert fb.criterion("clear_yes").passed, str(fb)


@pytest.mark.parametrize(("text", "words"), [
    ("Okay.", "flat"), ("ok whatever", "grudging"), ("I suppose so", "grudging"),
    ("👍", "emoji"),
])
def test_a_yes_that_falls_short_is_told_why_kindly(text: str, words: str) -> None:
    message = check_message("reply", text, intent="yes").criterion("clear_yes").message
    assert words in message and "I'd love" in message


BARE_NO = ["No.", "no", "Nope.", "Nah.", "Not interested.", "I'll pass.", "no."]
COURTEOUS_NO = [
    "No thanks 🙂", "Thank you, but I'm not interested.", "no sorry",
    "Sorry, no - but thank you for asking.", "Nah, I'm good. Thanks though!",
    "I'm flattered, but no.", "No, I'm seeing someone, but thank you.",
]


@pytest.mark.parametrize("text", BARE_NO)
def test_a_bare_no_is_clear_but_not_courteous(text: str) -> None:
    fb = check_message("reply", text, intent="no")
    polite = fb.criterion("polite")
    assert fb.criterion("clear_no").passed and not polite.passed and not fb.passed
    # said kindly, and true to the guide's safety note: a bare no is right when unsafe
    assert "unsafe" in polite.message and "exactly right" in polite.message


@pytest.mark.parametrize("text", COURTEOUS_NO)
def test_a_courteous_no_passes(text: str) -> None:
    assert check_message("reply", text, intent="no").passed


@pytest.mark.parametrize("text", ["Ew, no.", "lol no", "No. Go away."])
def test_a_rude_no_still_fails_as_unkind_not_as_bare(text: str) -> None:
    polite = check_message("reply", text, intent="no").criterion("polite")
    assert not polite.passed and "unsafe" not in polite.message


@pytest.mark.parametrize("text", ["maybe", "idk", "Maybe?", "hmm", "🤷"])
def test_a_bare_maybe_is_not_an_honest_not_yet(text: str) -> None:
    assert not check_message("reply", text, intent="unsure").passed


@pytest.mark.parametrize("text", [
    "Not yet - I'd like to get to know you a bit more first, but I've enjoyed this!",
    "thanks for asking! not ready to share my number yet, insta?",
])
def test_an_honest_kind_not_yet_passes(text: str) -> None:
    assert check_message("reply", text, intent="unsure").passed


DOOR_HELD_OPEN = [
    "No worries! The offer stands.", "Understood. I'll be waiting.",
    "if you change your mind, you know where to find me!",
    "All good - the door's always open 😊", "No problem, I'll wait till you're ready.",
    "ok cool. snap?",
]
LET_GO = [
    "No worries at all, have a great night!", "Totally fair - thanks for being honest.",
    "Okay! Enjoy the rest of the conference.", "ok, no problem 🙂",
]


@pytest.mark.parametrize("text", DOOR_HELD_OPEN)
def test_the_door_held_open_after_a_no_is_asking_again(text: str) -> None:
    fb = check_message("after_no", text)
    assert not fb.criterion("no_repeat").passed and not fb.passed, str(fb)


@pytest.mark.parametrize("text", LET_GO)
def test_letting_go_passes(text: str) -> None:
    assert check_message("after_no", text).passed


@pytest.mark.parametrize("text", [
    "Here's my number. Use it.", "Here's my number, text me.", "My number: 0612 345 678. Save it.",
])
def test_an_offer_that_orders_does_not_give_control(text: str) -> None:
    assert not check_message("offer", text).criterion("gives_control").passed


@pytest.mark.parametrize("text", [
    "Here's my number, if you ever want to chat.", "Here's my number - use it whenever you like.",
    "here's my number lol. text me or don't, your call", "Here's my number, use it at your leisure",
])
def test_an_offer_that_leaves_the_choice_gives_control(text: str) -> None:
    assert check_message("offer", text).criterion("gives_control").passed


@pytest.mark.parametrize(("text", "passes"), [
    ("Let me know by tonight.", False),
    ("Great meeting you at the gym! Reply by Friday or I'll ask someone else.", False),
    # Practical or joined to "if you'd like", a cutoff is still one (LABELS.md: "let me know by
    # tonight"; h12-offer-005 and h13-offer-015 label "by Friday if you want in" so).
    ("Great meeting you at the gym! Let me know by Friday if you'd like to come, so I can "
     "book.", False),
    ("Great meeting you at the gym! Would Friday suit you for a session?", True),
])
def test_a_deadline_in_a_first_text_is_pressure(text: str, passes: bool) -> None:
    assert check_message("follow_up", text).criterion("no_pressure").passed is passes


# -- saying only what it is sure of ----------------------------------------------------

def _not_found(c: Criterion) -> bool:
    return not c.passed and not c.sure and c.message.startswith("I could not find")


@pytest.mark.parametrize(("kind", "ctx", "text", "cid"), [
    ("ask", {}, "can i get ur number", "reason"),
    ("ask", {}, "can i get ur number", "connection"),
    ("reply", {"intent": "unsure"}, "maybe", "kind"),
    ("follow_up", {}, "hey, how are you?", "references_meeting"),
])
def test_a_point_not_found_says_so_without_claiming_it_is_absent(
    kind: str, ctx: dict[str, str], text: str, cid: str
) -> None:
    fb = check_message(kind, text, **ctx)
    c = fb.criterion(cid)
    assert _not_found(c) and "ignore this" in c.message
    assert "? Not found" in fb._repr_html_() and "? not found" in str(fb)


@pytest.mark.parametrize(("kind", "ctx", "text", "cid"), [
    ("ask", {}, "Give me your number.", "no_pressure"),
    ("reply", {"intent": "yes"}, "ok whatever", "clear_yes"),
    ("after_no", {}, "The offer stands.", "no_repeat"),
])
def test_a_point_decided_by_the_words_found_is_sure_and_quotes_them(
    kind: str, ctx: dict[str, str], text: str, cid: str
) -> None:
    c = check_message(kind, text, **ctx).criterion(cid)
    assert not c.passed and c.sure and c.evidence and '"' in c.message


def test_a_verdict_that_rests_only_on_points_not_found_says_so() -> None:
    fb = check_message("ask", "Could I get your number?")
    assert not fb.passed and fb.summary.startswith("Not there yet, as far as I can tell")
    sure = check_message("ask", "Give me your number now.")
    assert sure.summary.startswith("Not there yet:")


# -- the classes behind the misses of four fresh holdouts (dev9 to dev12), in new words ----

#: (kind, context, text, criterion, expected): each a principle, said in new words and
#: settings, with near misses that must go the other way.
ROUNDS = [
    # Englishes: a question without "I", Singapore's "or not?", Pidgin's "you fit"
    ("ask", {}, "Can add you? Sunday we cycle again lah", "question", True),
    ("ask", {}, "Can share number or not? Next week we play badminton again", "no_pressure", True),
    ("ask", {}, "Abeg you fit give me your number make we finish this gist?", "question", True),
    ("ask", {}, "Abeg you fit give me your number make we finish this gist?", "no_pressure", True),
    ("ask", {}, "Lemme get them digits", "no_pressure", False),
    ("ask", {}, "I'd be so happy to let me have your number... if you'd like?",
    "no_pressure", True),
    # connection: praise of them in the activity shared, something they said, asked after
    ("ask", {}, "Your serve was unreal today - fancy swapping numbers for a rematch?",
     "connection", True),
    ("ask", {}, "You have such a lovely smile, can I have your number?", "connection", False),
    ("ask", {}, "You mentioned you need a fourth for doubles - could I get your number?",
     "reason", True),
    ("ask", {}, "I'd love to hear how your driving test goes - swap numbers?", "connection", True),
    ("ask", {}, "I know you said you're married, but can I get your number?", "connection", False),
    # pressure in soft clothing
    ("ask", {}, "Can I get your number? It would make my whole week if you said yes.",
     "no_pressure", False),
    ("ask", {}, "Could I take your number before you get off the bus?", "no_pressure", False),
    ("ask", {}, "Can I get your number? Not like you're doing anything anyway.", "no_pressure",
     False),
    ("ask", {}, "Everyone else on the committee has already shared theirs - yours?",
     "no_pressure", False),
    # offers: a set time, their phone, a list, an order to use it
    ("offer", {}, "Here's my number, text me tonight so we can book.", "no_pressure", False),
    ("offer", {}, "Here's my number, text me tonight if you'd like to come.", "no_pressure", False),
    ("offer", {}, "Here's my number - let me know when you get back to the hotel.",
     "gives_control", False),
    ("offer", {}, "I've saved my number in your phone already, hope that's fine!",
     "gives_control", False),
    ("offer", {}, "Want me to save my number in your phone? Only if you like.", "gives_control",
     True),
    ("offer", {}, "I'll add you to the choir WhatsApp from the register, my number's there.",
     "gives_control", False),
    ("offer", {}, "Here's my number. Give it a ring.", "gives_control", False),
    ("offer", {}, "Here's my number - give me a bell whenever you fancy a paddle.",
     "gives_control", True),
    ("offer", {}, "Here's my number, you WILL use it.", "gives_control", False),
    ("offer", {}, "Here's mine - use it or lose it, up to you.", "no_pressure", True),
    # follow-ups: a deadline however formal, a reply demanded, a plan booked for them
    ("follow_up", {}, "Great meeting you at the expo. Please revert by end of day.",
     "no_pressure", False),
    ("follow_up", {}, "Hi! Dana from the book fair. Kindly reply so I know you got this.",
     "no_pressure", False),
    ("follow_up", {}, "Fun at the gig! I've booked us a table for Friday at 8, see you there.",
     "no_pressure", False),
    ("follow_up", {}, "Hey! Did the fireworks end up happening after I left?",
     "references_meeting", True),
    ("follow_up", {}, "Morning! Kemi from the 2nd-floor study room - good luck in the exam!",
     "references_meeting", True),
    # after a no: the door, another go, the small cost argued, acknowledgements of many lands
    ("after_no", {}, "No worries! I'm only a message away if anything changes.", "no_repeat",
     False),
    ("after_no", {}, "Haha fair, I'll have another go after the holidays.", "no_repeat", False),
    ("after_no", {}, "Ok. Just think it over?", "no_repeat", False),
    ("after_no", {}, "Sure. We meet at the lido every Saturday if it ever appeals.", "no_repeat",
     False),
    ("after_no", {}, "Would Insta be less awkward then?", "no_repeat", False),
    ("after_no", {}, "Fine, but it would have cost you nothing.", "no_guilt", False),
    ("after_no", {}, "Grand so, safe home!", "accepts", True),
    ("after_no", {}, "okie dokie, enjoy the rest of the festival!", "accepts", True),
    ("after_no", {}, "Noted - see you at the Monday meeting as usual.", "no_guilt", True),
    ("after_no", {}, "okay :(", "no_guilt", True),
    # replies
    ("reply", {"intent": "yes"}, "Yes! Been hoping all evening you'd ask 😊", "no_games", True),
    ("reply", {"intent": "yes"}, "Sure, but you message first, I never do.", "no_games", False),
    ("reply", {"intent": "yes"}, "Nice try 😏 ...fine, yes.", "no_games", False),
    ("reply", {"intent": "unsure"}, "I take a while before I share my number - coffee at the "
     "club again next week?", "honest", True),
    ("reply", {"intent": "unsure"}, "Not ready for numbers yet, but the group chat works!",
     "alternative", True),
    ("reply", {"intent": "no"}, "Sorry, I'm with someone - but you never know 😉",
     "no_false_hope", False),
    ("reply", {"intent": "no"}, "I keep my number for family, sorry - enjoy the match!",
     "clear_no", True),
]


@pytest.mark.parametrize(("kind", "ctx", "text", "cid", "expected"), ROUNDS,
                         ids=[f"{r[3]}:{r[2][:40]}" for r in ROUNDS])
def test_fresh_holdout_classes_are_judged_by_their_principle(
    kind: str, ctx: dict[str, str], text: str, cid: str, expected: bool
) -> None:
    fb = check_message(kind, text, **ctx)
    assert fb.criterion(cid).passed is expected, str(fb)


# -- getting a checker ready while the learner reads ------------------------------------------

def test_a_view_queues_its_checker_on_the_running_loop_once() -> None:
    import asyncio
    import threading
    from typing import Any

    from workshop.checkers import warm

    async def main() -> list[bool]:
        warm._queued.clear()
        first = warm.warm_soon("reply", {"intent": "no"})
        again = warm.warm_soon("reply", {"intent": "no"})
        await asyncio.sleep(0.2)  # the queued check runs once the "cell" yields
        return [first, again]

    # in a thread of its own: in the full suite the browser tests' driver keeps a loop running
    # in the main thread
    results: list[Any] = []
    worker = threading.Thread(target=lambda: results.append(asyncio.run(main())))
    worker.start()
    worker.join()
    assert results == [[True, False]]
    outside: list[bool] = []
    worker = threading.Thread(target=lambda: outside.append(warm.warm_soon("offer")))
    worker.start()
    worker.join()
    assert outside == [False]  # no running loop (a script): nothing queued


def test_a_failing_warm_up_disturbs_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    from workshop.checkers import warm

    def broken(*_: object, **__: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(warm, "check_message", broken)
    warm._warm("ask", {})  # swallowed: a warm-up never raises into the notebook


def test_an_unsure_point_is_marked_as_such_in_both_of_its_forms() -> None:
    from workshop.checkers.feedback import Criterion, Span, mark

    assert mark(Criterion("reason", False, "I could not find...", sure=False)) == "? Not found"
    flagged = Criterion("no_pressure", False, '"..." may read as pressure', evidence=(Span(0, 3),),
                        sure=False)
    assert mark(flagged) == "? Check this"
    assert mark(Criterion("no_pressure", False, "x")) == "✘ Not yet"
    assert mark(Criterion("no_pressure", True, "x")) == "✔ Done"
