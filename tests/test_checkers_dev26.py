"""The classes behind the misses of the twenty-fourth and twenty-fifth fresh holdouts (dev25
and dev26).

Each principle comes from tests/data/checker-corpus/LABELS.md; every text here is made up
(slang, lowercase, typos, emoji, other Englishes), none is a corpus message, and each class
has near misses that must go the other way.
"""

from __future__ import annotations

import pytest

from workshop.checkers import check_message

#: (kind, context, text, criterion, expected)
CASES: list[tuple[str, dict[str, str], str, str, bool]] = [
    # ask and offer, connection: the shared event judged against all others; one planned or
    # a taste alone is none
    ("ask", {}, "honestly the funniest pub quiz ever 😂 can i grab ur number?", "connection",
     True),
    ("offer", {}, "Wildest ceilidh of my life! Here's my number if you want it.", "connection",
     True),
    ("ask", {}, "Let's have the best party ever - can I get your number?", "connection", False),
    ("ask", {}, "Saturday will be the best gig ever. Number?", "connection", False),
    # a talk appraised where it happened, in any register; one wished for is none
    ("ask", {}, "Braw wee natter at the bus stop. Could I get yer number?", "connection", True),
    ("ask", {}, "Lush chinwag at the allotment!! swap numbers?", "connection", True),
    ("ask", {}, "Would love to have a long chat at the market sometime. Number?", "connection",
     False),
    ("ask", {}, "Can I text you tonight? Here's hoping.", "connection", False),
    ("offer", {}, "Here's my number - free this weekend?", "connection", False),
    # what they said or did there, judged with when it was; a plan for tonight is none
    ("ask", {}, "your answer to the last question at the seminar this morning was spot on - "
     "could I have your number?", "connection", True),
    ("offer", {}, "Ur playlist at the barbecue yesterday was unreal, here's my number",
     "connection", True),
    ("ask", {}, "Your plans for tonight sound fun. Can I get your number?", "connection", False),
    # what they told there, and what it did to one; a story still to come is none
    ("ask", {}, "Your rant about the bus timetable left me crying with laughter. Number?",
     "connection", True),
    ("offer", {}, "That tale about your uncle's goat made me snort, here's my number 🐐",
     "connection", True),
    ("ask", {}, "Tell me a story sometime? Can I get your number?", "connection", False),
    # something of theirs seen where both were; a place alone is none
    ("ask", {}, "My aunt wants to send u the recipe for the curry you loved at the fundraiser - "
     "can I pass her your number?", "connection", True),
    ("offer", {}, "the jacket u wore at the gig is from my shop - my number if u want another",
     "connection", True),
    ("ask", {}, "Are you going to the gym later? Can I get your number?", "connection", False),
    # the time together as the measure of more; liking a day to come is none
    ("offer", {}, "my number, if you ever want another hand with the bike like this morning",
     "connection", True),
    ("ask", {}, "Would you like tonight to end with swapping numbers?", "connection", False),
    ("ask", {}, "we should grab a bite, like tonight? could I get your number", "connection",
     False),
    ("ask", {}, "can i have ur number so we can hang out, maybe like this evening?",
     "connection", False),
    # their looks praised with when is a compliment, not a moment shared
    ("ask", {}, "Your dress tonight was gorgeous, can I get your number?", "connection", False),
    ("ask", {}, "ur new glasses today were so cool - number?", "connection", False),
    ("ask", {}, "Fellow dog person! Can I get your number?", "connection", False),
    # ask, out: bidding them to refuse if they would rather; a "just say no to..." or "just
    # pass it over" is none
    ("ask", {}, "Loved the pottery class chat - could I have your number? Please decline if "
     "it's too much.", "out", True),
    ("ask", {}, "Great quiz! Might I take your number? By all means say no.", "out", True),
    ("ask", {}, "Loved the pottery class chat - could I have your number? Just say no to the "
     "cake though.", "out", False),
    ("ask", {}, "Great quiz tonight! Could I get your number? Just pass it over and I'll text "
     "you.", "out", False),
    # offer, no_pressure: one's own sulking made the cost of not using it; crying with
    # laughter at something sent is none
    ("offer", {}, "here's my number, i'll probably mope for days if u never text lol",
     "no_pressure", False),
    ("offer", {}, "Number's below. I'd pout all weekend if you don't message 🥺", "no_pressure",
     False),
    ("offer", {}, "Here's my number - I'll cry laughing if you send me that meme though",
     "no_pressure", True),
    # follow-up, no_pressure: their feelings for one taken as known; keenness on a hobby or a
    # hope is none
    ("follow_up", {}, "hey, fab chatting at the climbing wall! i can tell ur totally into me "
     "lol, so saturday then", "no_pressure", False),
    ("follow_up", {}, "Lovely meeting you at the book swap. We both know you're itching to see "
     "me again - Sunday brunch?", "no_pressure", False),
    ("follow_up", {}, "Hey, great chatting at the climbing wall! I know you're keen on "
     "bouldering - fancy a session Saturday? No pressure.", "no_pressure", True),
    ("follow_up", {}, "Hey, great chatting at the pub! I know you're dying to try the new ramen "
     "place - Friday? No worries if not.", "no_pressure", True),
    # follow-up, references_meeting: the event named by where something was left, and a
    # greeting from the place however long the way to it; a place they are not both at is none
    ("follow_up", {}, "think u left ur sunglasses at the karaoke lol",
     "references_meeting", True),
    ("follow_up", {}, "hi from the guy with the green rucksack on the tram! coffee sometime?",
     "references_meeting", True),
    ("follow_up", {}, "hi from sunny Lisbon! coffee when I'm back?", "references_meeting",
     False),
    # a yes with a condition to meet first, whatever the tense; a plain "once you're home" is
    # no game
    ("reply", {"intent": "yes"}, "yes!! once you've landed, send me a text ✈️", "no_games",
     True),
    ("reply", {"intent": "yes"}, "Yeah! Once you've solved my riddle 😜", "no_games", False),
    ("reply", {"intent": "yes"}, "yes, once u have beaten me at darts", "no_games", False),
    ("reply", {"intent": "yes"}, "Yes! Once you've got home safe, text me", "no_games", True),
    # after a no, accepts: surprise and then an acknowledgement accepts; surprise alone or
    # surprise with an argument does not
    ("after_no", {}, "Seriously?? Och well, enjoy the rest of the festival!", "accepts", True),
    ("after_no", {}, "Really? Ah well. Take care!", "accepts", True),
    ("after_no", {}, "Seriously? 😳", "accepts", False),
    ("after_no", {}, "Seriously? It's only my number.", "accepts", False),
]


@pytest.mark.parametrize(("kind", "ctx", "text", "cid", "expected"), CASES,
                         ids=[f"{c[3]}:{c[2][:40]}" for c in CASES])
def test_dev26_classes_are_judged_by_their_principle(
    kind: str, ctx: dict[str, str], text: str, cid: str, expected: bool
) -> None:
    fb = check_message(kind, text, **ctx)
    assert fb.criterion(cid).passed is expected, str(fb)


@pytest.mark.parametrize("text", ["yes, once you've beaten me at chess 😏",
                                  "ok fine, once you have won a game of pool against me"])
def test_a_condition_met_in_the_perfect_is_a_game_by_the_rules(text: str) -> None:
    assert not check_message("reply", text, intent="yes").criterion("no_games").passed


def test_surprise_then_goodbye_accepts_the_no_by_the_rules() -> None:
    fb = check_message("after_no", "Seriously? Ah well, have a good night!")
    assert fb.criterion("accepts").passed and fb.passed, str(fb)
