"""The classes behind the misses of the fifteenth fresh holdout (dev16).

Each principle comes from tests/data/checker-corpus/LABELS.md; every text here is made up
(slang, lowercase, typos, emoji, other Englishes), none is a corpus message, and each class
has near misses that must go the other way.
"""

from __future__ import annotations

import pytest

from workshop.checkers import check_message

_N = {"intent": "no"}

#: (kind, context, text, criterion, expected)
CASES: list[tuple[str, dict[str, str], str, str, bool]] = [
    # ask, reason: something they will be sent, brought or told, "you" said or not, in any
    # English ("wanna send u dem pics", "I will notify you regarding..."); a practical need
    # that may come up; a treat for them ("shout you a pint"); what a crew is short of; a
    # group list their number goes on. Only a message as such, contact "in case you want to
    # text", a tag ("yeah?"), a bet or a point to prove, and a favour already done are not.
    ("ask", {}, "can i grab ur number? ill forward the minutes to everyone", "reason", True),
    ("ask", {}, "Could I take your number? I'll pass on the flyer for the fundraiser.", "reason",
     True),
    ("ask", {}, "wanna send u dem pics from the hike, can i get ur digits?", "reason", True),
    ("ask", {}, "Could I take your number? I'll send you a quick message sometime.", "reason",
     False),
    ("ask", {}, "Sir, may I take your number? I will notify you regarding the parking permits.",
     "reason", True),
    ("ask", {}, "May I have your number? I shall keep you posted on the allotment waiting list.",
     "reason", True),
    ("ask", {}, "May I have your number? I'll keep you posted.", "reason", False),
    ("ask", {}, "Could I have your number in case anything changes with the carpool?", "reason",
     True),
    ("ask", {}, "Could I have your number in case you want to text?", "reason", False),
    ("ask", {}, "Can I grab your number and shout you a pint next week?", "reason", True),
    ("ask", {}, "swap numbers so i can buy u a bubble tea sometime?", "reason", True),
    ("ask", {}, "Can I get your number? I did buy you a coffee earlier.", "reason", False),
    ("ask", {}, "can i get ur number? the quiz crew is looking for one more for thursday",
     "reason", True),
    ("ask", {}, "The others have given theirs for the carpool list - could I have yours too?",
     "reason", True),
    ("ask", {}, "so let's trade digits yeah?", "reason", False),
    ("ask", {}, "Can I have your number? I have to settle a bet with my flatmate.", "reason",
     False),
    ("ask", {}, "Could I get your number? Want to prove my brother wrong lol", "reason", False),
    ("ask", {}, "Could I get your number? I have to send you the quiz answers.", "reason", True),
    # ask/offer, connection: the time shared, however it is told - "had such a laugh", the
    # event with when it was and how it went, a moment between them and laughing about it,
    # what comes "after tonight", their help needed again, the messages already exchanged
    ("offer", {}, "had such a laugh at bingo, here's my number", "connection", True),
    ("offer", {}, "we'd have such a laugh at bingo, here's my number", "connection", False),
    ("ask", {}, "the lantern parade tonight so magical, swap numbers?", "connection", True),
    ("ask", {}, "the lantern parade tonight at 8, swap numbers?", "connection", False),
    ("offer", {}, "Spilt my whole drink down your jacket at the gig, sorry! here's my number, "
     "dry cleaning's on me", "connection", True),
    ("offer", {}, "Love your jacket! here's my number", "connection", False),
    ("offer", {}, "here's my number if you want to laugh about it over chips", "connection", True),
    ("offer", {}, "here's my number if you want to laugh about something", "connection", False),
    ("offer", {}, "here's my number - after tonight, I'd love to do it again", "connection", True),
    ("offer", {}, "here's my number, I'm only free after tonight's match", "connection", False),
    ("offer", {}, "Take my number; if your grandad needs a hand with his laptop again, just ring.",
     "connection", True),
    ("offer", {}, "Take my number; if your grandad needs a hand with his laptop, just ring.",
     "connection", False),
    ("ask", {}, "sorry for spamming my dms on insta lol, can I get your number?", "connection",
     True),
    ("ask", {}, "I'll slide into your dms on insta, or can I get your number?", "connection",
     False),
    # follow-up, references_meeting: where they met, opening the message, however the
    # gathering is called ("afterparty", "pre-drinks"); contact "as we arranged" only keeps
    # the promise to get in touch
    ("follow_up", {}, "Hiya, from the book launch afterparty 🙂", "references_meeting", True),
    ("follow_up", {}, "Hey! from the pre-drinks at Jo's", "references_meeting", True),
    ("follow_up", {}, "Hey, from me - hope your week is good", "references_meeting", False),
    ("follow_up", {}, "Hi, it's Ines - texting as we arranged.", "references_meeting", False),
    ("follow_up", {}, "Hi, it's Ines - pottery fair :)", "references_meeting", True),
    ("follow_up", {}, "Hi, it's Ines - texting as we arranged at the pottery fair.",
     "references_meeting", True),
    # ask: their interest taken as known, with the ask built on it in the same sentence, is
    # a presumption, not a question; a whole group that already has one's number, or a duty
    # put on everybody, presses; an indirect "I wondered whether" asks; "totally optional"
    # and another channel that "works too" are outs
    ("ask", {}, "i can tell u fancy me so lets swap numbers yeah?", "question", False),
    ("ask", {}, "i can tell u fancy me so lets swap numbers yeah?", "no_pressure", False),
    ("ask", {}, "I can see you like me. Would you like to swap numbers?", "question", True),
    ("ask", {}, "I can see you like me. Would you like to swap numbers?", "no_pressure", False),
    ("ask", {}, "I can tell you like the ceilidh, want to swap numbers for the next one?",
     "no_pressure", True),
    ("ask", {}, "Could I have your number? The whole band already has mine.", "no_pressure",
     False),
    ("ask", {}, "Could I have your number for the rota? Everybody's got to sign up.",
     "no_pressure", False),
    ("ask", {}, "Could I have your number for the rota? Everybody has to start somewhere!",
     "no_pressure", True),
    ("ask", {}, "Everyone on the boat trip so far has shared theirs, can I get yours?",
     "no_pressure", False),
    ("ask", {}, "I was wondering whether you'd like to swap numbers for the book swap?",
     "question", True),
    ("ask", {}, "Could I have your number for the rota? Completely optional - Slack works too.",
     "out", True),
    ("ask", {}, "Could I have your number for the rota? Slack works for the others.", "out",
     False),
    # offer: an order to use it with a cost to one's feelings ("ring it or I'll sulk") takes
    # the choice and presses; "I mean it" presses, and takes the choice only when nothing
    # else is left to them; "if X ever appeals" leaves it to them
    ("offer", {}, "number's on the back of your ticket, ring it or I'll sulk all week",
     "gives_control", False),
    ("offer", {}, "number's on the back of your ticket, ring it or I'll sulk all week",
     "no_pressure", False),
    ("offer", {}, "here's my number, text me whenever, or don't - I'll live", "gives_control",
     True),
    ("offer", {}, "here's my number, text me whenever, or don't - I'll live", "no_pressure",
     True),
    ("offer", {}, "My number, in case a gig ticket ever tempts you. I mean it!", "gives_control",
     True),
    ("offer", {}, "My number. Ring me. I mean it.", "gives_control", False),
    ("offer", {}, "here's my number - give me a bell if a board games night ever appeals",
     "gives_control", True),
    ("offer", {}, "here's my number - give me a bell, board games night appeals to everyone",
     "gives_control", False),
    # follow-up: a hurry lifted in formal words is no hurry
    ("follow_up", {}, "Lovely meeting you at the expo, Mr Osei. Please don't feel obliged to "
     "reply immediately.", "no_pressure", True),
    ("follow_up", {}, "Lovely meeting you at the expo, Mr Osei. Kindly reply immediately.",
     "no_pressure", False),
    # after a no: the lonely evening ahead held up to them is self-pity; a yes called the
    # easier or simpler way argues with the no, which takes back the "ok"
    ("after_no", {}, "ok np. guess it's another evening on my own with the telly", "no_guilt",
     False),
    ("after_no", {}, "fine. home alone again then", "no_guilt", False),
    ("after_no", {}, "no worries, i'll grab dinner with my flatmates instead, take care",
     "no_guilt", True),
    ("after_no", {}, "okay, but a yes would have been simpler for everyone", "accepts", False),
    ("after_no", {}, "okay - easier to just say yes, honestly", "accepts", False),
    ("after_no", {}, "Okay, thanks for making it easy to understand, take care", "accepts",
     True),
    # reply no: a hedge with no courtesy is no more polite than a bare "No."; a soft decline
    # limited to the present ("I'd rather not at the moment") is only a time limit
    ("reply", _N, "I don't really hand my number out...", "polite", False),
    ("reply", _N, "I don't really hand my number out, sorry!", "polite", True),
    ("reply", _N, "Thanks, but I'd rather not at the moment", "clear_no", False),
    ("reply", _N, "Thanks, but I'd rather not", "clear_no", True),
    ("reply", _N, "No thanks, not right now", "clear_no", True),
    # ask, reason and question in text speak: a lift, a ride or somebody to do something
    # with, asked with no subject, is a reason (not somebody to love or notice one); "wud u
    # mind" asks
    ("ask", {}, "cld i get ur number? need a ride 2 the derby on sat", "reason", True),
    ("ask", {}, "number? need somebody to share a taxi with later", "reason", True),
    ("ask", {}, "number? need somebody to notice me lol", "reason", False),
    ("ask", {}, "wud u mind sharing ur number for the netball rota", "question", True),
    # ask/offer, connection: how they made one feel there ("you kept me laughing", "still
    # glowing from the salsa social", "can't stop laughing about..."), "after all that
    # queuing", praise of something done there with when it was
    ("ask", {}, "you kept me laughing all through the pottery class, number?", "connection",
     True),
    ("ask", {}, "you make me laugh, number?", "connection", False),
    ("ask", {}, "still glowing from the salsa social, swap numbers?", "connection", True),
    ("ask", {}, "still glowing from my holiday, swap numbers?", "connection", False),
    ("offer", {}, "can't stop laughing about the sack race 😂 here's my number", "connection",
     True),
    ("offer", {}, "not laughing about the sack race tbh, here's my number", "connection", False),
    ("ask", {}, "after all that queuing for the ferry, swap numbers?", "connection", True),
    ("ask", {}, "after all, the ferry is late - swap numbers?", "connection", False),
    ("ask", {}, "brilliant defending on the astro earlier, number?", "connection", True),
    ("ask", {}, "brilliant weather on the hill today, number?", "connection", False),
    ("ask", {}, "enjoyed ur take on the panel, number?", "connection", True),
    # offer/ask, connection: being a good team together, the rest of something begun, a
    # choice both made ("can't believe we both..." is no negation)
    ("offer", {}, "here's my number - we were a killer duo at the pub quiz", "connection", True),
    ("offer", {}, "here's my number - we'd be a killer duo at the pub quiz", "connection", False),
    ("offer", {}, "my number, in case you want the rest of that curry recipe", "connection",
     True),
    ("offer", {}, "my number, in case you want a curry recipe", "connection", False),
    ("ask", {}, "can't believe we both wore the same yellow raincoat 😂 number?", "connection",
     True),
    ("ask", {}, "don't think we both wore raincoats, number?", "connection", False),
    # ask, reason: what someone close to them wants of theirs, something spare on offer,
    # trying to do something with no subject, a group's meeting they could join; wanting
    # "to know" or "your number" is still only the request
    ("ask", {}, "Could I get your number? My nan wants one of your quilts for her birthday.",
     "reason", True),
    ("ask", {}, "Could I get your number? My flatmate wants your number too lol", "reason",
     False),
    ("ask", {}, "swap numbers? my brother's got a spare kayak for saturday", "reason",
     True),
    ("ask", {}, "swap numbers? tryna find a partner for the doubles on sunday", "reason", True),
    ("ask", {}, "swap numbers? tryna get your number lol", "reason", False),
    ("ask", {}, "Can I have your number? The sketching club meets every Wednesday at the cafe.",
     "reason", True),
    # ask/offer, connection in non-native and slang English: "nice to talked with you",
    # thanks for what they did with the verb in any form, good at something there "today",
    # the event "wit u guys"
    ("ask", {}, "very nice to chatted with you at the library, may I have your number?",
     "connection", True),
    ("ask", {}, "thank you for show me the way to platform 4, can I have your number?",
     "connection", True),
    ("ask", {}, "thank you for your number?", "connection", False),
    ("ask", {}, "u r so patient with the beginners this morning, can exchange number?",
     "connection", True),
    ("ask", {}, "u r so patient, can exchange number?", "connection", False),
    ("offer", {}, "the canoe ride wit u guys was mad, here's my number", "connection", True),
    ("offer", {}, "a canoe ride wit u guys would be mad, here's my number", "connection", False),
    # after a no: off to weep over it, even as a joke, and sour grapes ("someone who values
    # me") are guilt; their yes predicted for later ("you'll ring me sooner or later") holds
    # the door open
    ("after_no", {}, "righto. gonna go sob into my chips lol", "no_guilt", False),
    ("after_no", {}, "righto. gonna go eat my chips, take care", "no_guilt", True),
    ("after_no", {}, "Ok. Plenty more fish, as they say", "no_guilt", False),
    ("after_no", {}, "Sure, I'll go find somebody who actually values me.", "no_guilt", False),
    ("after_no", {}, "fair enough, you'll ring me sooner or later 😏", "no_repeat", False),
    ("after_no", {}, "fair enough, you'll be home sooner or later, safe travels", "no_repeat",
     True),
    # follow-up, references_meeting: their way home asked after ("did u catch the last
    # bus?"), a plan they made together ("that picnic"), being named by a detail of the
    # meeting ("the one with the green scarf"); a name with a compliment, or a new plan, is not
    ("follow_up", {}, "heyy it's Rui! did u catch the last bus in the end?", "references_meeting",
     True),
    ("follow_up", {}, "heyy it's Rui! did u catch the news today?", "references_meeting", False),
    ("follow_up", {}, "Hi, it's Bea - still on for that picnic? 🧺", "references_meeting", True),
    ("follow_up", {}, "Hi, it's Bea - fancy a picnic sometime? 🧺", "references_meeting", False),
    ("follow_up", {}, "hello, it's Omar, the one with the green scarf", "references_meeting",
     True),
    ("follow_up", {}, "hello, it's Omar, the nicest guy around lol", "references_meeting", False),
    # offer: an order to ring someone else for it is still an order
    ("offer", {}, "My card. Ring my assistant to book a slot.", "gives_control", False),
    ("offer", {}, "My card. Ring my assistant if you'd like to book a slot.", "gives_control",
     True),
    # reply yes: "aight", "bet" are the softer yes-words of slang, glad once the number is
    # handed over ("here u go", "here ya are"); alone they stay flat, and "I bet" is no yes
    ("reply", {"intent": "yes"}, "ight bet, here ya are", "clear_yes", True),
    ("reply", {"intent": "yes"}, "aight.", "clear_yes", False),
    ("reply", {"intent": "yes"}, "I bet you ask everyone", "clear_yes", False),
    # ask, out: a no called as good an answer as any, "totally chill" if not; the easy no
    # ("u can always decline") is an out, not a reason
    ("ask", {}, "Could I have your number? A no is a totally valid answer, by the way.", "out",
     True),
    ("ask", {}, "Could I have your number? A no is not an answer lol", "out", False),
    ("ask", {}, "swap numbers? if ur not up for it thats totally chill", "out", True),
    ("ask", {}, "swap numbers? u can always decline", "reason", False),
    ("ask", {}, "swap numbers so we can pass notes in chemistry?", "reason", True),
]


@pytest.mark.parametrize(("kind", "ctx", "text", "cid", "expected"), CASES,
                         ids=[f"{c[3]}:{c[2][:40]}" for c in CASES])
def test_dev16_classes_are_judged_by_their_principle(
    kind: str, ctx: dict[str, str], text: str, cid: str, expected: bool
) -> None:
    fb = check_message(kind, text, **ctx)
    assert fb.criterion(cid).passed is expected, str(fb)
