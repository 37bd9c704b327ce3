"""The classes behind the misses of the eighteenth fresh holdout (dev19).

Each principle comes from tests/data/checker-corpus/LABELS.md; every text here is made up
(slang, lowercase, typos, emoji, other Englishes), none is a corpus message, and each class
has near misses that must go the other way.
"""

from __future__ import annotations

import pytest

from workshop.checkers import check_message

_U = {"intent": "unsure"}

#: (kind, context, text, criterion, expected)
CASES: list[tuple[str, dict[str, str], str, str, bool]] = [
    # ask, question: an inverted ask for the number typed in one breath after something
    # else, with no stop before it, is still a question; an order there is still an order,
    # and "how can I get..." is part of the clause before
    ("ask", {}, "that ramen was unreal haha could i grab ya digits", "question", True),
    ("ask", {}, "the pub quiz was a laugh can we swap numbers", "question", True),
    ("ask", {}, "omg best gig ever may i please have your number", "question", True),
    ("ask", {}, "the pub quiz was a laugh gimme ur digits", "question", False),
    ("ask", {}, "no clue how can i get ur number", "question", False),
    # ask, connection: a favour done for them, told with where or when, points back at the
    # time together even as leverage; a favour still to come, watching or awaiting them, or
    # a favour with no when or where does not
    ("ask", {}, "spent ages at the boot sale minding ur stall lol, number?", "connection",
     True),
    ("ask", {}, "i was carrying your amp up three flights this arvo so can i get ur number?",
     "connection", True),
    ("ask", {}, "u were such a massive help with the beach clean this morning, number?",
     "connection", True),
    ("ask", {}, "I'll be minding your stall at the boot sale, number?", "connection", False),
    ("ask", {}, "been watching your band at the pub every friday, number?", "connection",
     False),
    ("ask", {}, "i carried your amp, number?", "connection", False),
    ("ask", {}, "im taking your number home tonight, no excuses", "connection", False),
    # ask, reason: what a group is short of, its place counted in figures ("a 3rd"); a
    # purpose given "just" or "only" is still given; keeping in touch is only the exchange
    ("ask", {}, "can i grab ur number? still after a 3rd for the pub quiz team", "reason",
     True),
    ("ask", {}, "number? looking for a 2nd for the charity bike ride", "reason", True),
    ("ask", {}, "Can I get your number? It's only for the coursework group", "reason", True),
    ("ask", {}, "can i get ur number? it's just for keeping in touch", "reason", False),
    ("ask", {}, "can i get ur number? it's just so we stay in touch", "reason", False),
    # ask, out: another channel they would prefer, called fine, is the easy no; the channel
    # alone, with no "fine", is not
    ("ask", {}, "could i get ur number? if u'd prefer discord thats totally cool", "out", True),
    ("ask", {}, "Could I get your number? If you would rather use the group chat, all good.",
     "out", True),
    ("ask", {}, "could i get ur number? if you'd prefer email, send it there", "out", False),
    # offer, gives_control: their number wanted back for it, however it is typed, takes the
    # choice; left to them, it does not
    ("offer", {}, "here's my number so u can bell me n i grab urs", "gives_control", False),
    ("offer", {}, "my number's below, message me and I'll have yours", "gives_control", False),
    ("offer", {}, "my number's below, message me whenever you like", "gives_control", True),
    # offer, connection: catching up on a topic they share points back at their talk; a
    # bare catch-up, or one about anything at all, does not
    ("offer", {}, "here's my number if u ever wanna catch up on that podcast we both love",
     "connection", True),
    ("offer", {}, "My number, if you'd like to catch up about our pottery class some time.",
     "connection", True),
    ("offer", {}, "here's my number if u ever wanna catch up", "connection", False),
    ("offer", {}, "here's my number if u ever wanna catch up about life", "connection", False),
    # offer, no_pressure: self-pity put as an aside ("not that anyone ever...") is guilt; an
    # aside that puts nothing on them is not
    ("offer", {}, "my number's below, ring whenever - not like anybody ever rings me anyway lol",
     "no_pressure", False),
    ("offer", {}, "here's my number if u want it... not that ppl ever use it 🥲", "no_pressure",
     False),
    ("offer", {}, "here's my number if u want it, not that you need a reason to use it",
     "no_pressure", True),
    # offer, gives_control: someone already asked to contact them acts at a distance; an
    # offer to ask someone, if they would like it, leaves the choice
    ("offer", {}, "I got my cousin to ring you about the spare room. Here's my number too.",
     "gives_control", False),
    ("offer", {}, "Ive told our secretary to email u the forms, my number is on them",
     "gives_control", False),
    ("offer", {}, "Here's my number, and I can ask my cousin to ring you if you'd like",
     "gives_control", True),
    # follow-up, references_meeting: the number swapped, told only by when, is not the
    # meeting; the number told with the place, or the writer told by when, is
    ("follow_up", {}, "hiya, Rosa here, got ur digits from yesterday 🙂", "references_meeting",
     False),
    ("follow_up", {}, "yo its Jaz, got ur digits from the pub quiz", "references_meeting", True),
    ("follow_up", {}, "It's Rosa from last night!", "references_meeting", True),
    # follow-up, references_meeting: the event named after a "not" that governs something
    # else is still named; with no event, nothing is
    ("follow_up", {}, "u never messaged after the pub quiz, rude 🙄", "references_meeting",
     True),
    ("follow_up", {}, "you didn't text back after the ceilidh at all", "references_meeting",
     True),
    ("follow_up", {}, "u never messaged after i sent the pics, rude 🙄", "references_meeting",
     False),
    # follow-up, no_pressure: what they were sent counted back, or checked on as arrived,
    # chases a reply; asking after something sent, once, does not
    ("follow_up", {}, "Ali from pottery here. Got the glaze pics? and the ones before?",
     "no_pressure", False),
    ("follow_up", {}, "Ali from pottery here, sent the pics - just making sure they landed",
     "no_pressure", False),
    ("follow_up", {}, "Ali from pottery here, here are the pics of the glaze we liked!",
     "no_pressure", True),
    # reply unsure: meetings they already have, kept up, are a next meeting; a "but" ends
    # the reach of the "not" before it, with or without a comma; a meeting refused is none
    ("reply", _U, "cheers! not yet but lets carry on bumping into each other at the market",
     "alternative", True),
    ("reply", _U, "ah thank u, not yet but c u at the climbing wall on monday", "alternative",
     True),
    ("reply", _U, "thanks, but let's not keep meeting at the market", "alternative", False),
    ("reply", _U, "thank u, not ready to see u at the climbing wall on monday", "alternative",
     False),
]


@pytest.mark.parametrize(("kind", "ctx", "text", "cid", "expected"), CASES,
                         ids=[f"{c[3]}:{c[2][:40]}" for c in CASES])
def test_dev19_classes_are_judged_by_their_principle(
    kind: str, ctx: dict[str, str], text: str, cid: str, expected: bool
) -> None:
    fb = check_message(kind, text, **ctx)
    assert fb.criterion(cid).passed is expected, str(fb)
