"""The classes behind the misses of the sixteenth fresh holdout (dev17).

Each principle comes from tests/data/checker-corpus/LABELS.md; every text here is made up
(slang, lowercase, typos, emoji, other Englishes), none is a corpus message, and each class
has near misses that must go the other way.
"""

from __future__ import annotations

import pytest

from workshop.checkers import check_message

_N = {"intent": "no"}
_Y = {"intent": "yes"}
_U = {"intent": "unsure"}

#: (kind, context, text, criterion, expected)
CASES: list[tuple[str, dict[str, str], str, str, bool]] = [
    # ask/offer, connection: the time shared told any way - a definite someone or something both
    # judge alike (not a taste alone, the same bus, or "we both know"), being the only others there
    # with something in common, what they were describing, more of what they were doing by
    # any verb, a rematch, the event of a day already past, talk with them with when it was,
    # how long a favour took, doing again by any verb what they did, the time they must have
    # hated, a follow-up on something of theirs
    ("ask", {}, "honestly ur the only other person at this meetup who knows what a sackbut is, "
     "swap numbers?", "connection", True),
    ("ask", {}, "ur the only person I'd ever want to text, swap numbers?", "connection", False),
    ("ask", {}, "the queue was endless but u made it fun lol, can i get ur number?",
     "connection", True),
    ("ask", {}, "the queue is endless, can i get ur number to make it fun?", "connection", False),
    ("ask", {}, "u and me both can't stand the 6am rowing coach haha, number?", "connection", True),
    ("ask", {}, "we both love the new barista lol, can i get ur number?", "connection", True),
    ("ask", {}, "we both love anime lol, can i get ur number?", "connection", False),
    ("ask", {}, "I think we both know you want to give me your number.", "connection", False),
    ("ask", {}, "hope we both like the new café, can I get your number?", "connection", False),
    ("ask", {}, "we take the same bus every day, can I get your number?", "connection", False),
    ("ask", {}, "Could I get your number? I'd love the name of that podcast you were recommending.",
     "connection", True),
    ("ask", {}, "Could I get your number? I'd love the name of a good podcast.",
     "connection", False),
    ("ask", {}, "we barely even scratched the surface of the whole jazz thing, number?",
     "connection", True),
    ("ask", {}, "there's a whole jazz thing on sunday, number?", "connection", False),
    ("ask", {}, "we been dming on here for a month now, ok to swap numbers?", "connection", True),
    ("ask", {}, "been meaning to ask, ok to swap numbers?", "connection", False),
    ("ask", {}, "could i get ur number? u were such a laugh at the pub quiz", "connection", True),
    ("ask", {}, "could i get ur number? u look like a laugh", "connection", False),
    ("ask", {}, "chuck ur number in, we'll sort the rematch next week", "connection", True),
    ("ask", {}, "chuck ur number in, we'll sort a match next week", "connection", False),
    ("ask", {}, "May I have your number? I will share the photos from yesterday's workshop.",
     "connection", True),
    ("ask", {}, "May I have your number? I will share the photos for tomorrow's workshop.",
     "connection", False),
    ("ask", {}, "Give me your number, I've been chatting you up for hours", "connection", True),
    ("ask", {}, "Give me your number, I'll be chatting you up for hours", "connection", False),
    ("ask", {}, "after two hours holding your ladder at the fete, I reckon I've earned ur number",
     "connection", True),
    ("ask", {}, "after two hours I reckon I'd earn ur number", "connection", False),
    ("ask", {}, "Can I get your number? we could geek out way more about chess",
     "connection", True),
    ("ask", {}, "Can I get your number? we could do way more", "connection", False),
    ("offer", {}, "here be my number, e sweet me to gist with you today", "connection", True),
    ("offer", {}, "here be my number, i go gist with you tomorrow", "connection", False),
    ("offer", {}, "here's my number, gimme a shout if you ever want to hit the dunes again",
     "connection", True),
    ("offer", {}, "here's my number, gimme a shout if you ever want to call the number again",
     "connection", False),
    ("offer", {}, "here's my number, if you don't use it I'll assume you hated today",
     "connection", True),
    ("offer", {}, "here's my number, if you don't use it I'll assume you hate phones",
     "connection", False),
    ("offer", {}, "Here's my card, my office will arrange a follow-up on your proposal.",
     "connection", True),
    ("offer", {}, "Here's my card, my office will arrange a follow-up.", "connection", False),
    # ask, reason: news they will be given in other Englishes ("ma-update kita about"), how
    # something of theirs goes, a drink by any name, more left to talk over; a tally of
    # numbers is no reason
    ("ask", {}, "we barely even scratched the surface of the whole jazz thing, number?",
     "reason", True),
    ("ask", {}, "po, can I get ur number? para ma-update kita about next badminton night",
     "reason", True),
    ("ask", {}, "po, can I get ur number? para kita", "reason", False),
    ("ask", {}, "could I have your number... to hear how the driving test goes? no worries if not",
     "reason", True),
    ("ask", {}, "could I have your number... to hear from you? no worries if not", "reason", False),
    ("ask", {}, "we both rate the same band lol, number? then we moan properly over teh tarik",
     "reason", True),
    ("ask", {}, "Trying to get 50 numbers this summer haha, can I have yours?", "reason", False),
    ("ask", {}, "Trying to get a team together this summer, can I have yours?", "reason", True),
    ("ask", {}, "we have so much more to talk about, can I get your number?", "reason", True),
    # ask, out: "only if ur comfy w it"; the same as a tag is no out
    ("ask", {}, "mind if I have ur number? only if ur comfy w that", "out", True),
    ("ask", {}, "mind if I have ur number? ur comfy w that right?", "out", False),
    # after a no: a favour stressed after the no ("though I did drive you home") is guilt;
    # "I no go give up" is "I won't give up"
    ("after_no", {}, "No worries. Though I did drive you home from the barn dance, so...",
     "no_guilt", False),
    ("after_no", {}, "No worries. I did enjoy the barn dance though, take care!", "no_guilt", True),
    ("after_no", {}, "Ok sha. But I no go give up o", "no_repeat", False),
    ("after_no", {}, "Ok sha. I no go vex, enjoy your evening", "no_repeat", True),
    # offer: "nobody ever does" is self-pity, and their message made the remedy for one's bad
    # time presses; their number wanted back ("hit me back with yours") and a call owed as
    # "the least you could do" take the choice
    ("offer", {}, "here's my number, ring whenever! no one ever actually does tho lol",
     "no_pressure", False),
    ("offer", {}, "here's my number, ring whenever! no one does karaoke like you lol",
     "no_pressure", True),
    ("offer", {}, "here's my number. work's been grim all month, a call from u would honestly "
     "rescue it 🥺", "no_pressure", False),
    ("offer", {}, "here's my number. work's been grim all month, hope yours is better 🙂",
     "no_pressure", True),
    ("offer", {}, "here's my number 📲 hit me back with yours", "gives_control", False),
    ("offer", {}, "here's my number 📲 feel free to send yours whenever", "gives_control", True),
    ("offer", {}, "Here's my number. I carried your amp to the van, so the least you could do "
     "is text.", "gives_control", False),
    ("offer", {}, "Here's my number. The least I could do after you carried my amp! Text whenever.",
     "gives_control", True),
    # follow-up: a bare order to write back, ending the message, chases; thanks again in
    # other tongues and a point from the shared event settled later refer to the meeting
    ("follow_up", {}, "Cheers for the number! Anyway, ring me back.", "no_pressure", False),
    ("follow_up", {}, "Cheers for the number! Feel free to ring me back whenever.",
     "no_pressure", True),
    ("follow_up", {}, "Merci encore pour ton aide au marché ce matin! C'est Lou",
     "references_meeting", True),
    ("follow_up", {}, "Merci pour ton numéro! C'est Lou", "references_meeting", False),
    ("follow_up", {}, "so the pub quiz tiebreaker WAS Ulaanbaatar, I checked 😂",
     "references_meeting", True),
    ("follow_up", {}, "so the capital of Mongolia is Ulaanbaatar 😂", "references_meeting", False),
    # replies: "ofcoz" is "of course"; "not quite yet" is honest that they are not ready
    ("reply", _Y, "Ofcoz! here u go 😊", "clear_yes", True),
    ("reply", _Y, "Of corsets I don't know much 😊", "clear_yes", False),
    ("reply", _U, "Aw thank you! Not quite yet - but follow me on Insta?", "honest", True),
    ("reply", _U, "Aw thank you! Follow me on Insta?", "honest", False),
    # reply yes: "let me think about it" said plainly after thanks only hesitates (no clear
    # yes; the rules see no game, though the second opinion may still ask the learner to
    # check it); with a wink, a "hmm" or a trailing "..." it teases
    ("reply", _Y, "I'll think about it 😏", "no_games", False),
    ("reply", _Y, "Hmmm let me think about it", "no_games", False),
    ("reply", _Y, "Aw thanks for asking! I'll think about it.", "clear_yes", False),
    # offer: their silence read as a verdict on the time ("if you don't I'll assume you hated
    # the gig") is guilt that presses, and takes the choice only when nothing else is left to
    # them, as "...I'll assume I'm hideous"
    ("offer", {}, "here's my number, use it whenever... tho if u don't I'll assume u hated the gig",
     "gives_control", True),
    ("offer", {}, "here's my number, use it whenever... tho if u don't I'll assume u hated the gig",
     "no_pressure", False),
    ("offer", {}, "here's my number, use it whenever! hope u didn't hate the gig", "no_pressure",
     True),
    ("offer", {}, "Here's my number. If you don't text by Friday I'll assume you hated the gig.",
     "gives_control", False),
]


@pytest.mark.parametrize(("kind", "ctx", "text", "cid", "expected"), CASES,
                         ids=[f"{c[3]}:{c[2][:40]}" for c in CASES])
def test_dev17_classes_are_judged_by_their_principle(
    kind: str, ctx: dict[str, str], text: str, cid: str, expected: bool
) -> None:
    fb = check_message(kind, text, **ctx)
    assert fb.criterion(cid).passed is expected, str(fb)
