"""The classes behind the misses of the twenty-third fresh holdout (dev24).

Each principle comes from tests/data/checker-corpus/LABELS.md; every text here is made up
(slang, lowercase, typos, emoji, other Englishes), none is a corpus message, and each class
has near misses that must go the other way.
"""

from __future__ import annotations

import pytest

from workshop.checkers import check_message

#: (kind, context, text, criterion, expected)
CASES: list[tuple[str, dict[str, str], str, str, bool]] = [
    # offer and ask, connection: doing again what was done together, whatever the verb,
    # wished for or planned; contact, asking, a chance meeting or a plan alone is none
    ("offer", {}, "Here's my number if you ever want to run through the duet again.",
     "connection", True),
    ("offer", {}, "my number's below - shout if u fancy crewing the regatta again 🚣",
     "connection", True),
    ("ask", {}, "would you like to swap numbers so we can bake sourdough again next weekend?",
     "connection", True),
    ("offer", {}, "Here's my number - text me again whenever.", "connection", False),
    ("offer", {}, "My number, in case you need to ask me again.", "connection", False),
    ("offer", {}, "Take my number, I'd hate to run into you again without it", "connection",
     False),
    ("offer", {}, "If you want to see me again, here's my number.", "connection", False),
    ("offer", {}, "Here's my number, free this weekend if you fancy a walk.", "connection",
     False),
    ("ask", {}, "can I text you tonight?", "connection", False),
    ("ask", {}, "Could I get your number? I promise I won't try again if not.", "connection",
     False),
    # offer, connection: more of it, like the time already shared ("like tonight")
    ("offer", {}, "Mi número - if you want more salsa practice like tonight, just message.",
     "connection", True),
    ("offer", {}, "My number, if you want more details later.", "connection", False),
    # offer, gives_control: the number named in the tongue mixed into the English
    ("offer", {}, "Meine Nummer - ring whenever you fancy.", "gives_control", True),
    ("offer", {}, "Mi número, escríbeme whenever you like 🙂", "gives_control", True),
    # offer, connection: whatever was done for them or theirs, told with a time already
    # past; the chasing or a bare notice is no moment shared
    ("offer", {}, "Here's my number in case the gate jams again - I unjammed it this morning!",
     "connection", True),
    ("offer", {}, "My number, after I repaired your puncture yesterday, in case it goes flat.",
     "connection", True),
    ("offer", {}, "I texted you yesterday, here's my number again.", "connection", False),
    ("ask", {}, "I noticed you this morning - could I get your number?", "connection", False),
    # offer, connection: the ask itself hoped fine ("hope that's cool") looks back on nothing;
    # the time judged does
    ("offer", {}, "I added my number to your notes, hope that's cool", "connection", False),
    ("offer", {}, "Number's on the flyer, if that's cool with you.", "connection", False),
    ("offer", {}, "That was a great ride! Here's my number.", "connection", True),
    # ask, connection: something both did, named by it; a want is nothing done
    ("ask", {}, "Could I get your number to send the pickle recipe we sampled at the fair?",
     "connection", True),
    ("ask", {}, "could i get ur number for the table we needed?", "connection", False),
    # ask, no_pressure: an order for the number whatever the verb ("tell me"), and the number
    # announced as taken; asked for, or only hoped for, it pushes nothing
    ("ask", {}, "Tell me your digits and I'll add you to the rota.", "no_pressure", False),
    ("ask", {}, "Could you tell me your number if you're happy to?", "no_pressure", True),
    ("ask", {}, "Right, I'm taking your number, the darts team's short.", "no_pressure", False),
    ("ask", {}, "ok im nabbing ur number for the carpool", "no_pressure", False),
    ("ask", {}, "I'm hoping to get your number, if that's ok?", "no_pressure", True),
    # ask, out: asking to be told if they are not keen is the easy no
    ("ask", {}, "Could I get your number for the ski trip? if you're not interested just say so",
     "out", True),
    ("ask", {}, "Could I get your number for the ski trip? I'm not keen on texting, just say",
     "out", False),
    # reply yes, no_games: the yes made to wait on something they must do first
    ("reply", {"intent": "yes"}, "yes!! after you beat me at pool tho 😜", "no_games", False),
    ("reply", {"intent": "yes"}, "Yes! After the match I'll text you.", "no_games", True),
    # after a no, accepts: "got it" said of misjudging them is no acknowledgement
    ("after_no", {}, "Oh. Guess I got it all wrong about us.", "accepts", False),
    ("after_no", {}, "Got it, thanks for saying.", "accepts", True),
    # reply no, clear_no: a time limit stretched to forever is an outright no
    ("reply", {"intent": "no"}, "not now or ever, but thank u 🙂", "clear_no", True),
    ("reply", {"intent": "no"}, "not now or later, sorry", "clear_no", False),
    # reply no, polite: calling them by their age is a remark on them, not courtesy;
    # one's own "old man" (a father) is none
    ("reply", {"intent": "no"}, "nah thanks, gramps", "polite", False),
    ("reply", {"intent": "no"}, "No thank you, kiddo.", "polite", False),
    ("reply", {"intent": "no"}, "No thanks, my old man would not approve 🙂", "polite", True),
]


@pytest.mark.parametrize(("kind", "ctx", "text", "cid", "expected"), CASES,
                         ids=[f"{c[3]}:{c[2][:40]}" for c in CASES])
def test_dev24_classes_are_judged_by_their_principle(
    kind: str, ctx: dict[str, str], text: str, cid: str, expected: bool
) -> None:
    fb = check_message(kind, text, **ctx)
    assert fb.criterion(cid).passed is expected, str(fb)


#: reply no, no_false_hope: a time limit stretched to forever leaves no hope, whichever time it
#: stretches ("not tonight or any time"); a time limit alone, or with a maybe, still does.
FOREVER = [
    ("Thanks, but no - not tonight or any time.", True),
    ("No thank you. Not today, not ever.", True),
    ("No thanks, not tonight - another time maybe?", False),
    ("no thanks, not tonight", False),
]


@pytest.mark.parametrize(("text", "expected"), FOREVER)
def test_forever_leaves_no_false_hope_by_the_rules(text: str, expected: bool) -> None:
    fb = check_message("reply", text, intent="no")
    assert fb.criterion("no_false_hope").passed is expected, str(fb)
