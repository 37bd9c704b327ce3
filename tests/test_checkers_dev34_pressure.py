"""The classes behind the misses of the thirty-second and thirty-third fresh holdouts (dev33,
dev34): pressure, guilt, courtesy and taking a no.

Each principle comes from tests/data/checker-corpus/LABELS.md; every text here is made up
(slang, lowercase, typos, emoji, other Englishes), none is a corpus message, and each class
has near misses that must go the other way.
"""

from __future__ import annotations

import pytest

from workshop.checkers import check_message

_Y = {"intent": "yes"}
_N = {"intent": "no"}

#: (kind, context, text, criterion, expected)
CASES: list[tuple[str, dict[str, str], str, str, bool]] = [
    # ask: their yes made the cure for one's bad time is guilt (LABELS.md: "my month's been
    # rough, so please say yes"); one's own good mood told without leverage is not
    ("ask", {}, "can i get ur number? worst week ever and one yes from you would make my week",
     "no_pressure", False),
    ("ask", {}, "Could I have your number? Your yes would honestly save my day lol", "no_pressure",
     False),
    ("ask", {}, "Could I have your number? Yes or no, you've already made my day 😊",
     "no_pressure", True),
    # ask: one's own time ruined by their no is guilt ("you'll ruin my night if you refuse")
    ("ask", {}, "can i have ur number 🥺 my whole weekend is gonna be ruined if u say no",
     "no_pressure", False),
    ("ask", {}, "Can I get your number? You'd totally wreck my night if you said no haha",
     "no_pressure", False),
    ("ask", {}, "Can I get your number? The rain nearly ruined my night but you saved it!",
     "no_pressure", True),
    # ask: social proof and duty ("the whole table already shared theirs", "everyone has to"),
    # however the group is named and whatever closes the sentence
    ("ask", {}, "Fancy swapping numbers? Everyone else at the hostel already did 😅",
     "no_pressure", False),
    ("ask", {}, "wanna swap numbers? everybody else on the course has lol", "no_pressure", False),
    ("ask", {}, "Everyone in the running club has to give their number for the group chat - "
     "would you mind?", "no_pressure", False),
    ("ask", {}, "Would you like to swap numbers? Everyone at the table was lovely tonight 🙂",
     "no_pressure", True),
    # ask: their feelings told for them presume a yes ("I can tell you like me")
    ("ask", {}, "can i get ur number? im sure u felt the chemistry too 😏", "no_pressure", False),
    ("ask", {}, "Could I have your number? I bet you feel the connection as well", "no_pressure",
     False),
    ("ask", {}, "Could I have your number? I felt a real spark, not sure if you did too?",
     "no_pressure", True),
    # ask: begging held out as the other road is pleading (LABELS.md: "I'm begging")
    ("ask", {}, "u gonna give me ur number or do i have to beg 😂", "no_pressure", False),
    ("ask", {}, "Would you like to swap numbers or must I get down on my knees and beg?",
     "no_pressure", False),
    ("ask", {}, "Would you like to swap numbers? I'd like to hear how the audition goes.",
     "no_pressure", True),
    # offer: their number copied off their phone without asking presses and takes the choice
    ("offer", {}, "here's mine, i nicked ur number off ur phone when u went to the bar lol",
     "no_pressure", False),
    ("offer", {}, "Here's my number - I already copied yours from your phone, so we're even",
     "gives_control", False),
    ("offer", {}, "Here's my number - copy it off my phone screen if that's easier!",
     "no_pressure", True),
    # offer: their silence made a verdict on oneself is guilt, whatever words lead to it
    ("offer", {}, "Here's my number, text if you fancy a rematch. if u don't, I'll assume it's "
     "because I'm rubbish at pool 😅", "no_pressure", False),
    ("offer", {}, "Here's my number, text if you fancy a rematch - if you don't, no worries at "
     "all!", "no_pressure", True),
    # offer: begging them to take the number, whichever side the begging is on, leaves its
    # use to them (LABELS.md: handing-over words give control); it still presses
    ("offer", {}, "take my digits pls pls pls, I'd be crushed if you never text", "gives_control",
     True),
    ("offer", {}, "take my digits pls pls pls, I'd be crushed if you never text", "no_pressure",
     False),
    ("offer", {}, "Text me tonight please please please", "gives_control", False),
    # follow-up: a reply asked for only if and when it suits them asks nothing of them
    ("follow_up", {}, "Lovely to meet you at the book fair yesterday! Please reply only if it "
     "suits you - no pressure.", "no_pressure", True),
    ("follow_up", {}, "Great meeting you at the expo. Pls respond whenever you get a moment.",
     "no_pressure", True),
    ("follow_up", {}, "Great meeting you at the expo. Please reply so I know you got this.",
     "no_pressure", False),
    # reply no: a good wish is courtesy; "ta" thanks however it is tagged
    ("reply", _N, "It's a no from me, but i hope ur exam goes well tmrw", "polite", True),
    ("reply", _N, "No thanks. Hope your gig turns out great though", "polite", True),
    ("reply", _N, "nah, ta tho", "polite", True),
    ("reply", _N, "Not interested, hope you're not offended.", "polite", False),
    ("reply", _N, "No.", "polite", False),
    # reply yes: a dig at their nerve before the yes is a game, tag or not
    ("reply", _Y, "took u long enough eh 🙄 yes fine", "no_games", False),
    ("reply", _Y, "Took you long enough, didn't it 😂 yes!!", "no_games", True),
    # after a no: the thing refused made light of argues with the no and asks again
    ("after_no", {}, "k, tho sharing digits isn't exactly a lifelong commitment lol", "accepts",
     False),
    ("after_no", {}, "sure, tho giving ur number isn't really a huge favour tbh", "no_repeat",
     False),
    ("after_no", {}, "No worries at all, not a big deal. Have a good one!", "accepts", True),
    ("after_no", {}, "No worries at all, not a big deal. Have a good one!", "no_repeat", True),
    # after a no: an apology for the moment one asked is no sarcasm; "my bad for even asking"
    # with nothing after it is
    ("after_no", {}, "oh ok no probs, my bad for asking while you were working. take care!",
     "no_guilt", True),
    ("after_no", {}, "Sorry, my bad for asking during your lunch break. Have a lovely day.",
     "no_guilt", True),
    ("after_no", {}, "wow ok. my bad for even asking 🙄", "no_guilt", False),
    # the wait mocked with the eye-roll first is the same dig; laughed about, it is banter
    ("reply", {"intent": "yes"}, "Finally 🙄 took you all night... yes", "no_games", False),
    ("reply", {"intent": "yes"}, "ugh 🙄 took you long enough, yes", "no_games", False),
    ("reply", {"intent": "yes"}, "Yes!! took you all night haha 😄 here it is", "no_games", True),
]


@pytest.mark.parametrize(("kind", "ctx", "text", "cid", "expected"), CASES,
                         ids=[f"{c[3]}:{c[2][:40]}" for c in CASES])
def test_dev34_pressure_classes_are_judged_by_their_principle(
    kind: str, ctx: dict[str, str], text: str, cid: str, expected: bool
) -> None:
    fb = check_message(kind, text, **ctx)
    assert fb.criterion(cid).passed is expected, str(fb)


@pytest.mark.parametrize(("kind", "text"), [
    ("offer", "I saved my number into your phone while you were in the loo, so now we're sorted"),
    ("offer", "Typed my number into your phone earlier, hope that's ok"),
    ("ask", "I already saved my number in your phone, now can I have yours?"),
])
def test_acting_on_their_things_is_explained_as_taking_the_choice(kind: str, text: str) -> None:
    # their phone or pocket used without asking takes the choice; nothing is said to be owed
    fb = check_message(kind, text)
    message = fb.criterion("no_pressure").message
    assert not fb.criterion("no_pressure").passed
    assert "without asking" in message and "owed" not in message, message
