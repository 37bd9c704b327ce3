"""The classes behind the misses of the twenty-first fresh holdout (dev22).

Each principle comes from tests/data/checker-corpus/LABELS.md; every text here is made up
(slang, lowercase, typos, emoji, other Englishes), none is a corpus message, and each class
has near misses that must go the other way.
"""

from __future__ import annotations

import pytest

from workshop.checkers import check_message

#: (kind, context, text, criterion, expected)
CASES: list[tuple[str, dict[str, str], str, str, bool]] = [
    # ask, connection: the place both are in, pointed at with what it is like to be there;
    # the place alone (a compliment there, a threat to stay) is no shared moment
    ("ask", {}, "absolutely frozen on this platform innit. number in case the 7:10 is axed?",
     "connection", True),
    ("ask", {}, "Stuck in this lift with you for twenty minutes - can I get your number?",
     "connection", True),
    ("ask", {}, "You have the kindest eyes in this whole café. Could I get your number?",
     "connection", False),
    ("ask", {}, "I'm not leaving this pub till you say yes, can I have your number?",
     "connection", False),
    ("ask", {}, "I'll be waiting at this stop tomorrow, could I get your number?", "connection",
     False),
    # ask, connection: the place told by the two of them being there, or the time it took
    ("ask", {}, "we been sat here in the rain for ages together, can i get ur number?",
     "connection", True),
    ("ask", {}, "This whole flight went so fast chatting with you! Number?", "connection", True),
    ("ask", {}, "Looks like we're the only two people still dancing - could I get your number?",
     "connection", True),
    ("ask", {}, "We could sit together at the next concert. Could I get your number?",
     "connection", False),
    # ask, connection: the time together told by when, in a past or perfect tense; plans,
    # the silence, and their feelings declared are no look back
    ("ask", {}, "u were unreal at the back all match today, can i get ur number for the squad?",
     "connection", True),
    ("ask", {}, "You've been teasing me the whole evening - may I have your number?",
     "connection", True),
    ("ask", {}, "Our dogs have been chasing each other all afternoon! Could I get your number?",
     "connection", True),
    ("ask", {}, "You were going to the gig tonight, right? Could I get your number?",
     "connection", False),
    ("ask", {}, "You've been ignoring me all evening. Can I have your number?", "connection",
     False),
    ("ask", {}, "I bet you've been wanting me to ask all evening. Number?", "connection", False),
    ("ask", {}, "If you were free tonight, could I get your number?", "connection", False),
    # ask, connection: their turn at the shared event, appraised; a wish or a compliment on
    # their looks is not one
    ("ask", {}, "yo u was immense on dem drums, can i get ur digits?", "connection", True),
    ("ask", {}, "You were brilliant in the final round. Could I get your number?", "connection",
     True),
    ("ask", {}, "You'd be brilliant on a quiz team. Could I get your number?", "connection",
     False),
    ("ask", {}, "You look brilliant in that jacket. Could I get your number?", "connection",
     False),
    # ask, connection: who one is to them, by where both live or stand
    ("ask", {}, "Hi, it's Priya from flat 4B - could I take your number for the bin rota?",
     "connection", True),
    ("ask", {}, "I'm your new neighbour, the one with the noisy cockatoo! Could I get your "
     "number?", "connection", True),
    ("ask", {}, "From the stall opposite yours 👋 could I get your number?", "connection", True),
    ("ask", {}, "My neighbour says you're single. Could I get your number?", "connection",
     False),
    ("ask", {}, "Could I get your number? Mine's 4 digits longer than yours lol", "connection",
     False),
    # ask, connection: a favour wished for ("if you gave me...") is no favour done
    ("ask", {}, "it would make my week if you showed me your number lol. can i have it?",
     "connection", False),
    ("ask", {}, "You showed me the back way to the lab earlier - can I get your number?",
     "connection", True),
    # ask, no_pressure: not going without it is staying put till they give it; going home
    # without something else is no pressure
    ("ask", {}, "Can I get your number? I'm not going home without it tonight haha",
     "no_pressure", False),
    ("ask", {}, "i refuse to walk away without ur digits, can i have them?", "no_pressure",
     False),
    ("ask", {}, "I never go home without my umbrella, ha. Could I get your number for the quiz "
     "team?", "no_pressure", True),
    # ask, no_pressure: a favour held up as the price with "after all", with or without a
    # "did"; "after all the..." is another phrase
    ("ask", {}, "Could I have your number? I got you a coffee after all.", "no_pressure",
     False),
    ("ask", {}, "I drove you to the match after all the buses were cancelled - can I get your "
     "number?", "no_pressure", True),
    # ask, no_pressure: a whole group already done, whatever the verb
    ("ask", {}, "the whole crew already texted their numbers over, yours?", "no_pressure",
     False),
    ("ask", {}, "My whole crew already went to the after-party. Could I get your number for the "
     "rota?", "no_pressure", True),
    # ask, no_pressure: a hurry word opening the ask before a moment or an order; a quick
    # question is no hurry
    ("ask", {}, "Hurry - before my bus pulls in, could I get your number?", "no_pressure",
     False),
    ("ask", {}, "Quick question: could I get your number for the reading group?",
     "no_pressure", True),
    # ask, no_pressure: counting the asks, however it is said
    ("ask", {}, "right, final time I'm asking - number?", "no_pressure", False),
    ("ask", {}, "The last time I was here the quiz was brilliant. Could I get your number?",
     "no_pressure", True),
    # ask, reason: this very conversation carried on is a reason (and a connection); the
    # contact as such is not
    ("ask", {}, "Can I take ur number so we can pick up this debate on pineapple pizza?",
     "reason", True),
    ("ask", {}, "Could I get your number to carry on our wee natter some time?", "reason",
     True),
    ("ask", {}, "Could I get your number so we can keep in touch?", "reason", False),
    # ask, reason: "for fun" alone wants the number for its own sake (curiosity); a fun plan
    # is a reason
    ("ask", {}, "Can I have your number? Only for fun haha", "reason", False),
    ("ask", {}, "Can I have your number? Just for kicks.", "reason", False),
    ("ask", {}, "Could I get your number for fun things like the Thursday pub quiz?", "reason",
     True),
    # ask, question: a wish for the exchange with the choice handed to them, "it'd" as
    # "it would"; the wish alone is a statement of want
    ("ask", {}, "it'd be lovely to swap numbers if you're comfortable with that", "question",
     True),
    ("ask", {}, "That'd be handy to swap numbers, if you'd be up for it?", "question", True),
    ("ask", {}, "It'd be great to swap numbers.", "question", False),
    # offer, gives_control: ordered for a set time whatever is sent, "me" said or not; a
    # time left to them, or one's own plan for a time, keeps the choice
    ("offer", {}, "Here's my number. Ping the receipt over by Friday.", "gives_control",
     False),
    ("offer", {}, "Take my number and phone at 9 sharp tomorrow, yeah?", "gives_control",
     False),
    ("offer", {}, "Here's my number - send the recipe over whenever suits you.",
     "gives_control", True),
    ("offer", {}, "I'll send the photos tonight; here's my number if you want to chat.",
     "gives_control", True),
    # offer, no_pressure: the number put among their things without asking
    ("offer", {}, "i tucked my number in ur handbag earlier, hope thats ok x", "no_pressure",
     False),
    ("offer", {}, "Shall I put my number in your notebook? Only if you'd like it.",
     "no_pressure", True),
    # after a no, accepts: their answer appreciated acknowledges it
    ("after_no", {}, "Really appreciate your honesty. Sorry to make things awkward!",
     "accepts", True),
    ("after_no", {}, "i appreciate u telling me straight, enjoy the rest of the festival",
     "accepts", True),
    ("after_no", {}, "Why though? I thought we had a good time.", "accepts", False),
    # after a no, no_repeat: one's regular presence somewhere, wherever named, holds the door
    # open; the ask made smaller or later, as a question, asks again
    ("after_no", {}, "Sure thing. I'm at the climbing centre most Tuesdays 😉", "no_repeat",
     False),
    ("after_no", {}, "ok ok. one coffee after class instead?", "no_repeat", False),
    ("after_no", {}, "Fair enough. What's wrong with me though?", "no_repeat", True),
    ("after_no", {}, "No worries at all, see you at choir!", "no_repeat", True),
    # after a no, no_guilt: whatever favour is listed back after it; the asking itself is no
    # favour
    ("after_no", {}, "Wow. After I carried your shopping all the way up the hill?",
     "no_guilt", False),
    ("after_no", {}, "Ok, understood. After I asked you I realised it was a bit much - sorry!",
     "no_guilt", True),
    # reply, kind: "ta", the British thanks, when it thanks; "ta-ta" is goodbye
    ("reply", {"intent": "unsure"}, "not ready to share it yet - ta very much for asking tho x",
     "kind", True),
    ("reply", {"intent": "unsure"}, "Ta! I'd rather wait a bit before swapping numbers.",
     "kind", True),
    ("reply", {"intent": "unsure"}, "I'm not ready yet. Ta-ta!", "kind", False),
    # reply, clear_yes: the other words that say yes on their own, said as the answer; the
    # same word negated, or only qualifying something else, is no yes
    ("reply", {"intent": "yes"}, "Deffo! Here you go 📱", "clear_yes", True),
    ("reply", {"intent": "yes"}, "You bet. Pass me your phone.", "clear_yes", True),
    ("reply", {"intent": "yes"}, "Totally not the moment, sorry.", "clear_yes", False),
    ("reply", {"intent": "yes"}, "I'm totally lost for words", "clear_yes", False),
    # follow-up, references_meeting: greeted by the place both were, or named by it; the
    # shared event appraised with when it was
    ("follow_up", {}, "Hello from the 6:40 tram! Did you get to your interview on time?",
     "references_meeting", True),
    ("follow_up", {}, "Queue buddy! Hope the tickets were worth it.", "references_meeting",
     True),
    ("follow_up", {}, "Hey, cracking quiz yesterday - we were robbed on that last round.",
     "references_meeting", True),
    ("follow_up", {}, "Hey! Fancy a great gig tonight?", "references_meeting", False),
    ("follow_up", {}, "Hi from me! Hope your week's going well.", "references_meeting", False),
]


@pytest.mark.parametrize(("kind", "ctx", "text", "cid", "expected"), CASES,
                         ids=[f"{c[3]}:{c[2][:40]}" for c in CASES])
def test_dev22_classes_are_judged_by_their_principle(
    kind: str, ctx: dict[str, str], text: str, cid: str, expected: bool
) -> None:
    fb = check_message(kind, text, **ctx)
    assert fb.criterion(cid).passed is expected, str(fb)
