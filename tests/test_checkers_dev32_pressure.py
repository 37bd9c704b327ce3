"""The classes behind the misses of the thirty-first fresh holdout (dev32): pressure, guilt and
asking again.

Each principle comes from tests/data/checker-corpus/LABELS.md; every text here is made up
(slang, lowercase, typos, emoji, other Englishes), none is a corpus message, and each class
has near misses that must go the other way.
"""

from __future__ import annotations

import pytest

from workshop.checkers import check_message

_Y = {"intent": "yes"}
_U = {"intent": "unsure"}
_N = {"intent": "no"}

#: (kind, context, text, criterion, expected)
CASES: list[tuple[str, dict[str, str], str, str, bool]] = [
    # the offer: a set time or moment to get in touch, told as an order, however the call is
    # named ("give me a ring", "drop me a text"), is soft pressure and takes the choice of
    # when; "whenever" or "if you fancy" leaves it to them
    ("offer", {}, "here's my number, give me a ring at 7 tonight and we'll sort the van",
     "no_pressure", False),
    ("offer", {}, "here's my number, give me a ring at 7 tonight and we'll sort the van",
     "gives_control", False),
    ("offer", {}, "Number's below - give us a shout on Saturday about the flat viewing",
     "no_pressure", False),
    ("offer", {}, "my digits 👉 07700 900123. give us a buzz once u're home from Glasgow",
     "no_pressure", False),
    ("offer", {}, "Here's my number - drop me a text once you're back from Lagos",
     "gives_control", False),
    ("offer", {}, "Here's my number - drop me a text once you're back from Lagos",
     "no_pressure", False),
    ("offer", {}, "Here's my number, give me a ring whenever you're back from Leeds",
     "no_pressure", True),
    ("offer", {}, "Here's my number - give me a buzz sometime if you fancy a walk", "no_pressure",
     True),
    ("offer", {}, "Here's my number - give me a buzz sometime if you fancy a walk",
     "gives_control", True),
    # ...and the same moment in a message asked for in other words
    ("offer", {}, "Here's my number, text me once you're home safe", "no_pressure", False),
    # their phone taken and used to swap numbers is acting without asking: it presses and
    # takes the choice; asking first, or one's own phone, does neither
    ("offer", {}, "grabbed ur phone and rang myself from it so now we've got each other's lol",
     "no_pressure", False),
    ("offer", {}, "I used your phone to text myself while you were at the bar, so we're sorted 😄",
     "no_pressure", False),
    ("offer", {}, "I nicked your mobile and sent myself a message from it!", "gives_control",
     False),
    ("offer", {}, "Can I borrow your phone to text myself? Then you'll have my number if you want "
     "it.", "no_pressure", True),
    ("offer", {}, "My phone died so I texted myself from the library computer - here's the "
     "number if you want it", "no_pressure", True),
    # a duty or fairness put on them presses (LABELS.md: entitlement or reciprocity)
    ("offer", {}, "I carried ur amp all the way to the van so its only fair u text me back",
     "no_pressure", False),
    ("offer", {}, "Fair play to you for winning the quiz! Here's my number if you want a rematch",
     "no_pressure", True),
    # taking their number from a list and adding them is acting at a distance: it takes the
    # choice (gives_control) but pushes nothing (LABELS.md)
    ("offer", {}, "I'll grab your number off the club list and add you to the training group "
     "chat - great meeting you at parkrun!", "no_pressure", True),
    ("offer", {}, "I'll grab your number off the club list and add you to the training group "
     "chat - great meeting you at parkrun!", "gives_control", False),
    ("offer", {}, "ill take ur number from the rota n stick u in the whatsapp group", "no_pressure",
     True),
    ("offer", {}, "I'll take your number from the sign-in sheet, then.", "gives_control", False),
    ("offer", {}, "I'll just take your number, hand me your phone", "no_pressure", False),
    # an earnest "seriously" before a free choice urges nothing; before a bare order it does
    ("offer", {}, "here's my number!! seriously, call whenever you fancy a chat", "no_pressure",
     True),
    ("offer", {}, "My number's on the napkin - honestly, seriously, text if and when you want",
     "gives_control", True),
    ("offer", {}, "Here's my number. Seriously, text me.", "no_pressure", False),
    # the ask: their interest presumed, however it is told, is pressure; one's own interest,
    # or theirs in something else, is not
    ("ask", {}, "We both know you've been flirting with me all night - swap numbers?",
     "no_pressure", False),
    ("ask", {}, "i could see uve been into me since the first round, so number?", "no_pressure",
     False),
    ("ask", {}, "It's obvious you've fallen for me, so shall we trade numbers?", "no_pressure",
     False),
    ("ask", {}, "I can tell you've been into the quiz all evening! Swap numbers for the next one?",
     "no_pressure", True),
    ("ask", {}, "I've been into you all evening tbh - can I have your number?", "no_pressure",
     True),
    # ...a custom that obliges them is a duty put on them
    ("ask", {}, "it's a hostel tradition that everyone swaps numbers at the end, so you have to! "
     "can I get yours?", "no_pressure", False),
    ("ask", {}, "Book club rule: everybody trades numbers after the first meet, so u gotta 😄 "
     "number?", "no_pressure", False),
    ("ask", {}, "It's customary to exchange numbers after a wedding, so you must - may I have "
     "yours?", "no_pressure", False),
    ("ask", {}, "It's a tradition for us to get chips after the quiz - could I get your number to "
     "send you the next date?", "no_pressure", True),
    ("ask", {}, "You have to try the paella here! Can I get your number to send you the recipe?",
     "no_pressure", True),
    # ...and a challenge about keeping the number back
    ("ask", {}, "why r u being so secretive about ur number lol, we've been chatting for ages",
     "no_pressure", False),
    ("ask", {}, "Why so cagey with your digits? We've talked all night!", "no_pressure", False),
    ("ask", {}, "What's with all the mystery about your number?", "no_pressure", False),
    ("ask", {}, "Why are you so good at trivia?! Can I get your number for the next quiz?",
     "no_pressure", True),
    ("ask", {}, "You were so mysterious about your job all night 😄 can I get your number to hear "
     "the rest?", "no_pressure", True),
    # the follow-up: sulking at their silence, sarcastic or hurt, presses; owning one's own
    # silence, or feelings without leverage, does not
    ("follow_up", {}, "Had a blast at the ceilidh! At least I thought so, what with the silence 🙃",
     "no_pressure", False),
    ("follow_up", {}, "great gig last night... or so i thought, judging by the radio silence",
     "no_pressure", False),
    ("follow_up", {}, "hey it's Mo from the quiz, been refreshing my phone all morning, bit gutted "
     "you haven't texted", "no_pressure", False),
    ("follow_up", {}, "Kemi from salsa here. I've been staring at my phone since Saturday waiting "
     "for you to text!", "no_pressure", False),
    ("follow_up", {}, "Loved the quiz! Sorry for the radio silence, work's been mad", "no_pressure",
     True),
    ("follow_up", {}, "Hey, it's Dev from the gig - I've been checking the setlist all day, what a "
     "night!", "no_pressure", True),
    ("follow_up", {}, "Hi, Tom from the quiz, a bit sad the night ended so soon! Coffee Thursday?",
     "no_pressure", True),
    ("follow_up", {}, "Great quiz night! Gutted you didn't win the meat raffle 😂", "no_pressure",
     True),
    ("follow_up", {}, "Hi, it's Jo from pottery. Sad you never texted back :(", "no_pressure",
     False),
    # after a no: asking them to think again asks again; thinking twice oneself does not
    ("after_no", {}, "ok but pls think again, I'm a good cook!", "no_repeat", False),
    ("after_no", {}, "Understood. Maybe have another think over the weekend?", "no_repeat", False),
    ("after_no", {}, "Right, no worries. Do rethink it though!", "no_repeat", False),
    ("after_no", {}, "Fair enough, I'll think twice before asking at the bar lol. Enjoy!",
     "no_repeat", True),
    ("after_no", {}, "No worries, I'd think twice too! Have a good one.", "no_repeat", True),
    # ...and so does pointing them to another channel as the easier way in
    ("after_no", {}, "No problem! My insta's in my bio if that's easier 🙂", "no_repeat", False),
    ("after_no", {}, "Totally fine. My email is on the club website if that suits better?",
     "no_repeat", False),
    ("after_no", {}, "all good - would the app be easier for u?", "no_repeat", False),
    ("after_no", {}, "No worries! Enjoy the rest of the conference.", "no_repeat", True),
    ("after_no", {}, "Fair enough - the fixtures are on the club website if you need them for "
     "Sunday.", "no_repeat", True),
    # the reply: a no joined to a jibe at their looks is no courtesy, whatever thanks it has
    ("reply", _N, "No thanks. Maybe if you lose the mullet lol", "polite", False),
    ("reply", _N, "nah thank u. ask again once you've shaved that beard", "polite", False),
    ("reply", _N, "Sorry, no. Come back when you've sorted your teeth out.", "polite", False),
    ("reply", _N, "No thanks, but good luck with the beard competition!", "polite", True),
    ("reply", _N, "No thank you - enjoy the rest of the festival!", "polite", True),
    # ...wanting to stay where they talk a while longer before numbers says plainly they are
    # not ready; only staying there is an alternative, not honesty
    ("reply", _U, "I'm enjoying this! I'd like to keep chatting on Hinge a while longer before "
     "sharing my number, if that's ok", "honest", True),
    ("reply", _U, "You seem lovely - can we talk on here a bit longer first? 😊", "honest", True),
    ("reply", _U, "happy to stick to messaging here for a little longer before numbers, thanks "
     "for asking!", "honest", True),
    ("reply", _U, "I'll stay on the app longer tonight, I'm bored lol", "honest", False),
    # ...a grudging "I suppose you can have it" is no game (it fails clear_yes only); with a
    # wink or a task it is played
    ("reply", _Y, "i suppose u can have it then", "no_games", True),
    ("reply", _Y, "Well, I suppose I could give it to you.", "no_games", True),
    ("reply", _Y, "Well, I suppose I could give it to you.", "clear_yes", False),
    ("reply", _Y, "I suppose you can have it... if you can guess the last digit 😏", "no_games",
     False),
    # the ask's out: a wish that leaves sharing to their comfort, or to their discretion, is
    # an easy no; asking whether they would be happy to is only the question
    ("ask", {}, "Would love to swap numbers, if you'd be comfortable - so I can send the hike "
     "photos!", "out", True),
    ("ask", {}, "swapping digits would be ace if ud be happy to, wanna hear how the gig goes",
     "out", True),
    ("ask", {}, "Would you be amenable to sharing contact details so we might continue our "
     "conversation about zoning? Entirely at your discretion.", "out", True),
    ("ask", {}, "May I have your number to discuss the grant further? At your discretion, "
     "naturally.", "out", True),
    ("ask", {}, "Would you be happy to swap numbers? Keen to hear about the trip", "out", False),
    ("ask", {}, "Would you be amenable to sharing your number so we can continue our chat about "
     "the panel?", "out", False),
    ("ask", {}, "Swap numbers if you're up for it? I'd love to hear how the move goes", "out",
     False),
    # a no hung on their becoming someone else, offered as the way back, is a jibe; a good
    # wish for what they will learn is not
    ("reply", {"intent": "no"}, "No ta. Maybe once you learn to dance lol", "polite", False),
    ("reply", {"intent": "no"}, "nah. come back when u get a job", "polite", False),
    ("reply", {"intent": "no"}, "No, sorry. Maybe try again when you are taller haha", "polite",
     False),
    ("reply", {"intent": "no"}, "No thanks - but good luck when you learn to drive!", "polite",
     True),
    ("reply", {"intent": "no"}, "No thank you, I hope the move goes well once you get a car",
     "polite", True),
]


@pytest.mark.parametrize(("kind", "ctx", "text", "cid", "expected"), CASES,
                         ids=[f"{c[3]}:{c[2][:40]}" for c in CASES])
def test_dev32_pressure_classes_are_judged_by_their_principle(
    kind: str, ctx: dict[str, str], text: str, cid: str, expected: bool
) -> None:
    fb = check_message(kind, text, **ctx)
    assert fb.criterion(cid).passed is expected, str(fb)
