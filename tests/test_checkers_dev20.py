"""The classes behind the misses of the nineteenth fresh holdout (dev20).

Each principle comes from tests/data/checker-corpus/LABELS.md; every text here is made up
(slang, lowercase, typos, emoji, other Englishes), none is a corpus message, and each class
has near misses that must go the other way.
"""

from __future__ import annotations

import pytest

from workshop.checkers import check_message

#: (kind, context, text, criterion, expected)
CASES: list[tuple[str, dict[str, str], str, str, bool]] = [
    # ask, connection: time together recalled by what happened in it - beaten by them at a
    # game, something done together as it went on, the event named by what it held or by how
    # it went; a game still to play, a plan, or a wish is no look back
    ("ask", {}, "u totally thrashed me at darts lol, can i get ur number for a rematch?",
     "connection", True),
    ("ask", {}, "you schooled me in that chess puzzle 😅 can we swap numbers?", "connection",
     True),
    ("ask", {}, "bet you'd beat me at darts, can i get ur number?", "connection", False),
    ("ask", {}, "that recipe we were fighting over 😂 can i have ur number so i can send it?",
     "connection", True),
    ("ask", {}, "we were going to swap numbers, can I have yours?", "connection", False),
    ("ask", {}, "that quiz tiebreak was brutal haha, could i get your number?", "connection",
     True),
    ("ask", {}, "the jam session encore got so loud lol, can I get your number?",
     "connection", True),
    ("ask", {}, "hope the quiz tiebreak is easy, can i get your number?", "connection", False),
    ("ask", {}, "so glad the workshop went well, may I have your number?", "connection", True),
    ("ask", {}, "hope tomorrow's workshop goes well, may I have your number?", "connection",
     False),
    # ask and offer, connection: how it was to do something with them, or there, said of
    # the time already had; a wish for time to come is not one
    ("ask", {}, "so nice to cycle with u by the river this morning, can i get ur number?",
     "connection", True),
    ("offer", {}, "Was fab to finally swap stories at the allotment. Here's my number if you "
     "ever want it.", "connection", True),
    ("ask", {}, "it would be lovely to cycle with you sometime, can I get your number?",
     "connection", False),
    ("offer", {}, "Would be so nice to bake with you. My number, if you like.", "connection",
     False),
    # offer, connection: a verdict on the time with a word in between
    ("offer", {}, "Ring me if you ever like, and if not, it was truly a fascinating debate.",
     "connection", True),
    ("offer", {}, "Ring me if you ever like, it's still a long walk to the bus.", "connection",
     False),
    # ask, connection: a favour held up with "did" and where they went; a favour told alone
    # is none
    ("ask", {}, "can i get ur number? i did walk u home from the ceilidh haha", "connection",
     True),
    ("ask", {}, "can i get ur number? i did buy u a coffee", "connection", False),
    # ask, connection: their children or dogs already friends, a circumstance both share;
    # children who might meet one day are not one yet
    ("ask", {}, "our kids are thick as thieves at nursery! swap numbers for a playdate?",
     "connection", True),
    ("ask", {}, "our dogs clearly love each other 🐶 swap numbers so they can meet up?",
     "connection", True),
    ("ask", {}, "our kids should meet some time, swap numbers for a playdate?", "connection",
     False),
    # ask, no_pressure: a favour held up as the price after the ask ("though I did..."); the
    # same favour said as thanks, or their own number given, is no price
    ("ask", {}, "No worries if not! though i did carry u back from the pub quiz, just sayin",
     "no_pressure", False),
    ("ask", {}, "Could I get your number? Mind you, I did pay for you at the cinema.",
     "no_pressure", False),
    ("ask", {}, "Thanks for carrying my bag at the quiz! Could I get your number? No worries if "
     "not.", "no_pressure", True),
    # ask, reason: doing anything together, whatever the verb, is a plan; taken out for
    # whatever it is is an outing; a plan that may shift needs the number; what they already
    # did together is no plan, and keeping in touch, however long, is only the exchange
    ("ask", {}, "can i get ur number? we could restore that old vespa together 🛵", "reason",
     True),
    ("ask", {}, "swap numbers? wanna maybe knit the club banner together", "reason", True),
    ("ask", {}, "swap numbers? we got loads done together at the clean-up", "reason", False),
    ("ask", {}, "May I have your number so I can take you out for jollof on Friday?", "reason",
     True),
    ("ask", {}, "can i get ur number, dont wanna take u for granted lol", "reason", False),
    ("ask", {}, "could i get your number so i can tell you if saturday's litter pick is called "
     "off?", "reason", True),
    ("ask", {}, "could i get your number so we can stay in touch once the term is over?",
     "reason", False),
    ("ask", {}, "could i get your number so we can stay in touch once the term is over? i'd "
     "love to go climbing again", "reason", True),
    # ask, out: an understanding put before a channel they would prefer, and leaving it there
    # for a no, are easy outs; understanding of something else, or leaving it for later, are not
    ("ask", {}, "Might I have your number? I'd quite understand should you prefer to keep to "
     "the newsletter.", "out", True),
    ("ask", {}, "swap numbers for a playdate? more than happy to drop it if it's not for you",
     "out", True),
    ("ask", {}, "swap numbers for a playdate? I understand the playground is busy.", "out",
     False),
    ("ask", {}, "swap numbers for a playdate? happy to leave it till next week to sort.", "out",
     False),
    # ask, no_pressure: a no made the waste of one's own time is guilt; time one is glad to
    # have spent, or their time, is not
    ("ask", {}, "can i get ur number? would suck if i wasted my entire night on u lol",
     "no_pressure", False),
    ("ask", {}, "Could I have your number? I've just wasted my breath otherwise.", "no_pressure",
     False),
    ("ask", {}, "sorry if i wasted your time! can i get ur number? no worries if not",
     "no_pressure", True),
    # ask, no_pressure: their wish declared for them, and a duty put on everyone to hand the
    # number over, press; a wish of one's own, or a duty that is not the number, do not
    ("ask", {}, "may i get ur number? i know u have been waiting for me to ask 😏",
     "no_pressure", False),
    ("ask", {}, "everybody on the rota must share their number for the swap list, so can I "
     "have yours?", "no_pressure", False),
    ("ask", {}, "i've been waiting all night to ask - can i get ur number? no pressure!",
     "no_pressure", True),
    ("ask", {}, "we all have to bring a dish on friday, can i get ur number to sort who brings "
     "what?", "no_pressure", True),
    # ask, no_pressure: self-pity put on them ("it's been a rough year", "you're the only
    # good part"), silence called a wrong done to oneself, and going round them to a friend
    # for the number press; sympathy for their rough week, or a friend named as the link, do not
    ("ask", {}, "its been a proper crap few weeks tbh, can i get ur number?", "no_pressure",
     False),
    ("ask", {}, "You're genuinely the only bright spot of this conference. May I have your "
     "number?", "no_pressure", False),
    ("ask", {}, "can i get ur number? i hate getting ghosted btw", "no_pressure", False),
    ("ask", {}, "can i have ur digits or should i just get it off your flatmate?",
     "no_pressure", False),
    ("ask", {}, "sounds like it's been a rough week for you - can i get your number so we can "
     "grab a coffee? no worries if not", "no_pressure", True),
    ("ask", {}, "your flatmate said you love bouldering! can i get your number for a climb? "
     "no pressure", "no_pressure", True),
    # offer, gives_control: someone else asked to get in touch with them, named or not, and
    # a reply required for the offerer's sake, take the choice; the same left to them does not
    ("offer", {}, "I've told Priyanka at reception to call you with my number this week.",
     "gives_control", False),
    ("offer", {}, "My number and my email are below - respond to both so I know neither bounced.",
     "gives_control", False),
    ("offer", {}, "My number and my email are below, use whichever you like, if you like.",
     "gives_control", True),
    # offer, gives_control: being added to a chat by a set day is an order with a deadline
    ("offer", {}, "here's my number btw - follow me on the group chat by sunday pls",
     "gives_control", False),
    ("offer", {}, "here's my number btw - feel free to add me to the group chat whenever",
     "gives_control", True),
    # follow-up, no_pressure: their reply expected by a date is a deadline; hoping to hear,
    # with no date, is not
    ("follow_up", {}, "Lovely meeting you at the book fair, Ana. I expect your feedback on the "
     "draft by Thursday.", "no_pressure", False),
    ("follow_up", {}, "Lovely meeting you at the book fair, Ana. I'd welcome your feedback on "
     "the draft whenever it suits.", "no_pressure", True),
]


@pytest.mark.parametrize(("kind", "ctx", "text", "cid", "expected"), CASES,
                         ids=[f"{c[3]}:{c[2][:40]}" for c in CASES])
def test_dev20_classes_are_judged_by_their_principle(
    kind: str, ctx: dict[str, str], text: str, cid: str, expected: bool
) -> None:
    fb = check_message(kind, text, **ctx)
    assert fb.criterion(cid).passed is expected, str(fb)
