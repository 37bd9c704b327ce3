"""The classes behind the misses of the thirty-second and thirty-third fresh holdouts (dev33,
dev34): what the contact is for, what the two share, the question and the alternative.

Each principle comes from tests/data/checker-corpus/LABELS.md; every text here is made up
(slang, lowercase, typos, emoji, other Englishes), none is a corpus message, and each class
has near misses that must go the other way.
"""

from __future__ import annotations

import pytest

from workshop.checkers import check_message

UNSURE = {"intent": "unsure"}

#: (kind, context, text, criterion, expected)
CASES: list[tuple[str, dict[str, str], str, str, bool]] = [
    # The connection: a feeling claimed for them now is no moment looked back on; the time
    # felt together still is
    ("ask", {}, "number? bet you feel the chemistry too 😏", "connection", False),
    ("ask", {}, "can i have ur number, i know u feel the vibe", "connection", False),
    ("ask", {}, "you clearly felt the spark as well - number?", "connection", True),
    # ...how they look is a compliment, however "fun" it sounds; fun had together is not
    ("ask", {}, "u seem like so much fun!! number?", "connection", False),
    ("ask", {}, "You look like such fun, can I get your number?", "connection", False),
    ("ask", {}, "that was so much fun!! number?", "connection", True),
    # ...being partners or teammates in something is time together
    ("ask", {}, "we were lab partners this morning lol, can i get ur number for the report?",
     "connection", True),
    ("ask", {}, "We were teammates at the quiz tonight - swap numbers?", "connection", True),
    ("ask", {}, "we were never partners but can i have ur number?", "connection", False),
    ("ask", {}, "we could be partners in crime 😉 number?", "connection", False),
    # ...a place or group both belong to, said in the present
    ("offer", {}, "since we both volunteer at the food bank, here's my number if u need cover",
     "connection", True),
    ("offer", {}, "We both train at the boxing gym, so here's my number if you want a partner.",
     "connection", True),
    ("offer", {}, "we both like dogs! here's my number if you ever want to chat", "connection",
     False),
    # ...something they told, by what it was about
    ("ask", {}, "still cracking up at ur story about the llama 😂 number?", "connection", True),
    ("ask", {}, "Your joke about the ferry captain killed me. Can I have your number?",
     "connection", True),
    ("ask", {}, "your story is so inspiring, can I get your number?", "connection", False),
    # ...praise of the time, "ace" as any other word for good
    ("ask", {}, "ace match tonight mate, number so i can add u to the chat?", "connection",
     True),
    ("ask", {}, "you'd be ace at darts, number?", "connection", False),
    # ...praise of them in it, said with where: "easy to talk to at the party"
    ("offer", {}, "u were so easy to talk to at the barbie, here's my number if u fancy a walk",
     "connection", True),
    ("offer", {}, "You seem easy to talk to. Here's my number if you want.", "connection", False),
    # ...another go at what they played, pointed at as theirs
    ("ask", {}, "can i get ur number? we need to run back that pool game", "connection", True),
    ("ask", {}, "need a rematch of that darts match fr - number?", "connection", True),
    ("ask", {}, "we need to run back to the car, can i get ur number?", "connection", False),
    # ...a favour done for them told with its time, in any English
    ("ask", {}, "you help me find the bus stop today, so kind. I can have your number for say"
     " thanks?", "connection", True),
    ("ask", {}, "after lugging your suitcase up the stairs this morning, number? 😅",
     "connection", True),
    ("ask", {}, "you can help me find a flat maybe? can I have your number?", "connection",
     False),
    # ...something they liked there, pointed at
    ("ask", {}, "pop ur number in and i'll send u the recipe for that curry you loved at lunch",
     "connection", True),
    ("ask", {}, "can i send you the curry recipe? you'd love it. number?", "connection", False),
    # ...a matter of theirs told about, named as known to both
    ("offer", {}, "if the flat hunt thing falls through, ring me - here's my number",
     "connection", True),
    ("offer", {}, "hope the visa saga works out! number's below if u need a hand", "connection",
     True),
    ("offer", {}, "If plans fall through, here's my number.", "connection", False),
    # The reason: a feeling or a wish for friends in general is what any number is for
    ("ask", {}, "can i have ur number? my therapist says i should make new friends",
     "reason", False),
    ("ask", {}, "Could I get your number? I'm trying to make more friends this year.",
     "reason", False),
    ("ask", {}, "can i get ur number? need to make more candles for the stall and u know how",
     "reason", True),
    # ...another channel offered as an out is no reason
    ("ask", {}, "number? or we can just keep it to snapchat if u prefer", "reason", False),
    ("ask", {}, "Can I have your number? Or we could stick to Instagram, whatever suits.",
     "reason", False),
    # ...one's own leaving is urgency, not a purpose
    ("ask", {}, "can i grab ur number? im off to manila on sunday", "reason", False),
    ("ask", {}, "Can I have your number? I'm off home tomorrow.", "reason", False),
    ("ask", {}, "we're off to the pub after, want to come? number?", "reason", True),
    # ...a plan for something together, in any English
    ("ask", {}, "is possible have your number? maybe we visit the old town together sunday",
     "reason", True),
    ("ask", {}, "number? maybe we try the new ramen place together", "reason", True),
    ("ask", {}, "maybe we were together in another life lol, number?", "reason", False),
    # ...an outing named with its day, asked with no verb
    ("ask", {}, "so how about swapping numbers? Drinks saturday?", "reason", True),
    ("ask", {}, "number? coffee tmrw?", "reason", True),
    ("ask", {}, "number? saturday?", "reason", False),
    # ...a carpool or lift-share is a task, however it is put
    ("ask", {}, "we should swap numbers, the lift share for the away game is chaos otherwise",
     "reason", True),
    ("ask", {}, "can i have ur number? carpooling to the conference would be way easier",
     "reason", True),
    # ...taking them out for something
    ("ask", {}, "gimme ur number, im taking u to brunch sunday", "reason", True),
    ("ask", {}, "I'm taking you out for tacos friday, what's your number?", "reason", True),
    ("ask", {}, "im taking u seriously lol, number?", "reason", False),
    # The question: wondering whether they would be open is an indirect request
    ("ask", {}, "wondering if u'd be up for swapping numbers? 🙂", "question", True),
    ("ask", {}, "Was wondering whether you might be open to exchanging numbers.", "question",
     True),
    ("ask", {}, "was wondering whether it will rain tmrw lol", "question", False),
    # ...a challenge whose other answer is begging is no question; nor a bare prod ("so?")
    ("ask", {}, "u gonna give me ur number or do i have to beg 😩", "question", False),
    ("ask", {}, "Are you sharing your number or must I get on my knees?", "question", False),
    ("ask", {}, "are you up for swapping numbers or would you rather not?", "question", True),
    ("ask", {}, "I drove you home so I think I deserve your number 🙄 well?", "question", False),
    ("ask", {}, "lovely chatting with you! number, so?", "question", False),
    ("ask", {}, "loved the gig, swap numbers?", "question", True),
    # The out: only if it helps them (not a condition of one's own)
    ("ask", {}, "can I get your number? only if it's a yes lol", "out", False),
    ("ask", {}, "could i grab ur number so i can cover ur shift? only if it helps!", "out",
     True),
    ("ask", {}, "Can I have your number to send the notes? Only if that's useful to you.", "out",
     True),
    # The follow-up names the meeting, not a question about it or their way home
    ("follow_up", {}, "hey! hope u got back ok", "references_meeting", False),
    ("follow_up", {}, "Hope you made it home safe!", "references_meeting", False),
    ("follow_up", {}, "hope u got home ok after the gig!", "references_meeting", True),
    ("follow_up", {}, "hi it's Jo, we met on saturday?", "references_meeting", False),
    ("follow_up", {}, "hi it's Jo, we met at the book swap on saturday", "references_meeting",
     True),
    # The unsure reply's alternative: a channel settled on in two words, however grudging
    ("reply", UNSURE, "hmm. not yet. ok, email.", "alternative", True),
    ("reply", UNSURE, "Not sure yet tbh. Fine, snap.", "alternative", True),
    ("reply", UNSURE, "not sure yet. fine.", "alternative", False),
    # ...talking on through a site both use
    ("reply", UNSURE, "not ready yet, sorry! can we keep chatting via the club portal?",
     "alternative", True),
    ("reply", UNSURE, "not ready yet. i found you via the portal lol", "alternative", False),
    # ...the group's next meetings, named as where to see each other
    ("reply", UNSURE, "thank u! not sure yet, see how the next couple of choir rehearsals go?",
     "alternative", True),
    ("reply", UNSURE, "thanks! not sure yet, let's see how the next few days go", "alternative",
     False),
    # The honest reply: too early for the number, however the sentence is built
    ("reply", UNSURE, "thank you, but for me it's a bit too soon for numbers", "honest", True),
    ("reply", UNSURE, "thanks!! way too early to swap tho 🙈", "honest", True),
    ("reply", UNSURE, "thanks! too early for coffee lol, ask me later", "honest", False),
    # the group's next meetings named by what the nights are; bare nights are only time
    ("reply", {"intent": "unsure"}, "Not ready yet, but shall we see how the next couple of"
     " choir nights go?", "alternative", True),
    ("reply", {"intent": "unsure"}, "not yet! see u at the next few salsa evenings tho?",
     "alternative", True),
    ("reply", {"intent": "unsure"}, "Not ready yet - let's see how the next few nights go",
     "alternative", False),
]


@pytest.mark.parametrize(("kind", "ctx", "text", "cid", "expected"), CASES,
                         ids=[f"{c[3]}:{c[2][:40]}" for c in CASES])
def test_dev34_classes_are_judged_by_their_principle(
    kind: str, ctx: dict[str, str], text: str, cid: str, expected: bool
) -> None:
    fb = check_message(kind, text, **ctx)
    assert fb.criterion(cid).passed is expected, str(fb)
