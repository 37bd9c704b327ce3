"""The classes behind the misses of the seventeenth fresh holdout (dev18).

Each principle comes from tests/data/checker-corpus/LABELS.md; every text here is made up
(slang, lowercase, typos, emoji, other Englishes), none is a corpus message, and each class
has near misses that must go the other way.
"""

from __future__ import annotations

import pytest

from workshop.checkers import check_message

_N = {"intent": "no"}
_U = {"intent": "unsure"}

#: (kind, context, text, criterion, expected)
CASES: list[tuple[str, dict[str, str], str, str, bool]] = [
    # ask, question: an emoji ends a clause as a full stop would, so a question may open
    # after one; an order there is still an order
    ("ask", {}, "cute pup 🐶 could i grab ur number", "question", True),
    ("ask", {}, "cute pup 🐶 gimme ur number", "question", False),
    # ask, question: "I will like to" is "I would like to" in many Englishes, and a condition
    # said as a sentence of its own still hands them the choice; a want stays a want
    ("ask", {}, "I will like to have your number for the choir rota. If you are fine with it.",
     "question", True),
    ("ask", {}, "I will love to have your number to share the notes. If that is ok.",
     "question", True),
    ("ask", {}, "I want your number for the choir rota. If you are fine with it.", "question",
     False),
    # ask, reason: a purpose clause that only says they will be in contact is no reason, even
    # after an eager "keen to swap numbers"; one with content is
    ("ask", {}, "keen to swap numbers so we can chat sometime?", "reason", False),
    ("ask", {}, "keen to swap numbers so we can try that ramen place?", "reason", True),
    # ask, reason: a talk not over yet is more left to talk over, in any English
    ("ask", {}, "our argument about the best biryani isn't finished, number?", "reason", True),
    ("ask", {}, "we never finished our debate on penalty shootouts lol, can i get ur number?",
     "reason", True),
    ("ask", {}, "the debate is finished, can i get ur number?", "reason", False),
    # ask, out: "no" in other Englishes, "if you dey ok", and asking to be told if it goes
    # too far; being told something else is no out
    ("ask", {}, "can I get yer number? nae pressure", "out", True),
    ("ask", {}, "can I get your number? only if you dey okay with am", "out", True),
    ("ask", {}, "could I get your number? tell me if I'm being too forward", "out", True),
    ("ask", {}, "could I get your number? tell me if I'm right about the quiz", "out", False),
    # ask, connection: praise of them with what they were doing then and when
    ("ask", {}, "u were a star helping me fix my chain at the race this morning, number?",
     "connection", True),
    ("ask", {}, "u were a star, number?", "connection", False),
    # ask, no_pressure: the number ordered over with "it"; a question or a choice is not
    # an order, and coughing up something else is no order for the number
    ("ask", {}, "need it for the rota, so cough it up pls", "no_pressure", False),
    ("ask", {}, "hand over ur digits then", "no_pressure", False),
    ("ask", {}, "cough up the cash for pizza? and can I get your number?", "no_pressure", True),
    # ask, no_pressure: how long one must wait for the number presumes it
    ("ask", {}, "how long am I meant to wait for ur number lol", "no_pressure", False),
    ("ask", {}, "how long did you wait for the bus? can i get ur number", "no_pressure", True),
    # offer: their phone taken first, then the number put "in it", is acting without asking
    ("offer", {}, "nicked ur phone when u went to the loo and put myself in it 😇",
     "gives_control", False),
    ("offer", {}, "nicked ur phone when u went to the loo and put myself in it 😇",
     "no_pressure", False),
    ("offer", {}, "here's my number - if you want, pop it in your phone", "no_pressure", True),
    # offer: waiting for their call in other Englishes takes the choice; "your call" as their
    # choice still gives it
    ("offer", {}, "This is my number. I go dey wait your text", "gives_control", False),
    ("offer", {}, "here's my number, am expecting your call", "no_pressure", False),
    ("offer", {}, "my number's below. awaiting ur text 😘", "gives_control", False),
    ("offer", {}, "my number's below, text if you like. awaiting the bus lol", "gives_control",
     True),
    ("offer", {}, "here's my number, ring if you like - your call!", "gives_control", True),
    # offer: "though I know you will" takes the choice back after any connective
    ("offer", {}, "here's my number, no pressure to text... tho I know u will 😏",
     "gives_control", False),
    ("offer", {}, "here's my number, no pressure to text, though I know you're busy",
     "gives_control", True),
    # offer: "take it or leave it" of one's own number is "use it or not"; asking for
    # theirs, it is still an ultimatum
    ("offer", {}, "my number's on the card, take it or leave it", "gives_control", True),
    ("offer", {}, "my number's on the card, take it or leave it", "no_pressure", True),
    ("ask", {}, "coffee on saturday? take it or leave it", "no_pressure", False),
    # offer: an order to get in touch after a condition in its own sentence leaves it to them
    ("offer", {}, "Here's my number. If you ever need a climbing partner again, ring me.",
     "gives_control", True),
    ("offer", {}, "Here's my number. Ring me.", "gives_control", False),
    # offer: the name their phone will show, tied to where they met, is a connection
    ("offer", {}, "here's my number, save me as Kev from five-a-side", "connection", True),
    ("offer", {}, "here's my number, save me as Kev", "connection", False),
    # offer: what they have is a compliment, not a time shared
    ("offer", {}, "here's my number. you've got a great laugh btw", "connection", False),
    ("offer", {}, "here's my number. had a great laugh tonight", "connection", True),
    # offer/ask: thanks in other tongues for what they did is a connection; thanks for
    # reading is not
    ("offer", {}, "gracias for showing me the climbing route earlier! here's my number",
     "connection", True),
    ("offer", {}, "gracias for reading this! here's my number", "connection", False),
    ("offer", {}, "Danke for the tram tip this morning, here's my number", "connection", True),
    ("offer", {}, "Danke for the number, here's mine", "connection", False),
    # reply unsure: an emoji ends the reach of a "not" before it; inside the clause it still
    # negates
    ("reply", _U, "thank u! not ready yet 😅 same spin class friday?", "alternative", True),
    ("reply", _U, "thank you! not on insta though", "alternative", False),
    # reply unsure: their number taken instead is another way; getting back is not
    ("reply", _U, "ah thanks! not yet - can i get yours instead?", "alternative", True),
    ("reply", _U, "ah thanks! not yet - can i get back to you?", "alternative", False),
    # reply unsure: thanks in other tongues is warm
    ("reply", _U, "Asante! Not ready yet though", "kind", True),
    ("reply", _U, "Not ready yet though", "kind", False),
    # reply no: "no" in Scots and Caribbean English; "nae bother" is no decline
    ("reply", _N, "nuh way, but cheers for asking!", "clear_no", True),
    ("reply", _N, "Nae bother, here's my number", "clear_no", False),
    # after a no: "as usual" after a meeting both keep is their routine, not martyrdom
    ("after_no", {}, "no bother. catch you at the allotment sunday as usual", "no_guilt", True),
    ("after_no", {}, "ok. turned down as usual", "no_guilt", False),
    ("after_no", {}, "ok see you around, turned down as usual", "no_guilt", False),
    # follow-up: a hurry lifted ("no hurry at all") is no hurry
    ("follow_up", {}, "It's Priya from the book swap - reply whenever, no hurry at all",
     "no_pressure", True),
    ("follow_up", {}, "It's Priya from the book swap - hurry up and reply", "no_pressure", False),
    # follow-up: "fae" is "from" in Scots
    ("follow_up", {}, "hiya, it's Ewan fae the pub quiz", "references_meeting", True),
    ("follow_up", {}, "hiya, it's Ewan", "references_meeting", False),
    ("follow_up", {}, "Cat fae the book club here!", "references_meeting", True),
    ("follow_up", {}, "Cat here!", "references_meeting", False),
]


@pytest.mark.parametrize(("kind", "ctx", "text", "cid", "expected"), CASES,
                         ids=[f"{c[3]}:{c[2][:40]}" for c in CASES])
def test_dev18_classes_are_judged_by_their_principle(
    kind: str, ctx: dict[str, str], text: str, cid: str, expected: bool
) -> None:
    fb = check_message(kind, text, **ctx)
    assert fb.criterion(cid).passed is expected, str(fb)
