"""The classes behind the misses of the thirty-first fresh holdout (dev32): what the contact is
for and what the two share.

Each principle comes from tests/data/checker-corpus/LABELS.md; every text here is made up
(slang, lowercase, typos, emoji, other Englishes), none is a corpus message, and each class
has near misses that must go the other way.
"""

from __future__ import annotations

import pytest

from workshop.checkers import check_message

#: (kind, context, text, criterion, expected)
CASES: list[tuple[str, dict[str, str], str, str, bool]] = [
    # The ask's reason: a task their skill is wanted for ("I could use your advice"), with the
    # skill named by who has it; wanting a nap or a drink alone is no task for them
    ("ask", {}, "writing up my thesis and could really use a statistician - swap numbers?",
     "reason", True),
    ("ask", {}, "I could use an extra pair of hands at the stall, can I get ur number?",
     "reason", True),
    ("ask", {}, "honestly could use someone like you on the committee. number?", "reason",
     True),
    ("ask", {}, "I could use a nap lol. can I have your number?", "reason", False),
    ("ask", {}, "could use a miracle tbh - number?", "reason", False),
    # ...something owed to them to send: a task ("send the link/recipe")
    ("ask", {}, "i still owe u that playlist from the bus, whats ur number?", "reason", True),
    ("ask", {}, "I owe you the recipe for that dal - may I have your number?", "reason", True),
    ("ask", {}, "I owe you one, can I get your number?", "reason", False),
    # ...and a thing owed is said between them: the connection
    ("ask", {}, "I still owe you that book on bees - number?", "connection", True),
    ("ask", {}, "I owe you an apology for nothing, haha. number?", "connection", False),
    # ...an activity they might fancy, however the "if" is put
    ("ask", {}, "if u'd ever fancy a cook-off, can I grab ur number?", "reason", True),
    ("ask", {}, "If you would ever like a game of chess, might I have your number?", "reason",
     True),
    ("ask", {}, "if you'd ever fancy it, can I have your number?", "reason", False),
    ("ask", {}, "If you'd like to swap numbers, would that work?", "reason", False),
    # ...something to send them, said in a hurry: "gotta send you the video"
    ("ask", {}, "ok whats ur number, gotta show you the video of the goat", "reason", True),
    ("ask", {}, "Gotta send u that podcast, number?", "reason", True),
    ("ask", {}, "gotta ask, can I have your number?", "reason", False),
    ("ask", {}, "gotta go soon - number?", "reason", False),
    ("ask", {}, "gotta shoot my shot lol, can I have your number?", "reason", False),
    ("ask", {}, "gotta try, right? number?", "reason", False),
    # ...a group for something, named as what the number is for
    ("ask", {}, "can i have ur number? its for the netball team group chat", "reason", True),
    ("ask", {}, "could I get your number?? like for the book club rota", "reason", True),
    ("ask", {}, "The whole class put their numbers in the WhatsApp group - could you add yours?",
     "reason", True),
    ("ask", {}, "can I have your number? like for real", "reason", False),
    ("ask", {}, "could I get your number? like for a laugh", "reason", False),
    ("ask", {}, "I saw you in the group chat - can I have your number?", "reason", False),
    # ...a task made easier by it
    ("ask", {}, "it would make the lift-share to work so much easier - can I take your number?",
     "reason", True),
    ("ask", {}, "would make sorting the kit rota way simpler if I had ur number?", "reason", True),
    ("ask", {}, "it'd make my day if I had your number", "reason", False),
    ("ask", {}, "would make things easier if you just gave me your number", "reason", False),
    ("ask", {}, "it would make the wait easier, can I have your number?", "reason", False),
    # The ask's connection: a favour or a moment told with its place, whatever the verb
    ("ask", {}, "you've been a massive help at the food bank these last few weeks - number?",
     "connection", True),
    ("ask", {}, "you were such a help on the stall every Sunday this month, can I have ur no?",
     "connection", True),
    ("ask", {}, "you'd be such a help at the garden, can I have your number?", "connection",
     False),
    ("ask", {}, "you've been a great help, can I have your number?", "connection", False),
    ("ask", {}, "you've made this conference so much better, can I grab your number?",
     "connection", True),
    ("ask", {}, "u have made this hen do sooo much more fun. number?", "connection", True),
    ("ask", {}, "you'd make this trip so much more fun - number?", "connection", False),
    ("ask", {}, "after I fixed your bike in the station car park yesterday, number?",
     "connection", True),
    ("ask", {}, "I pushed your car out of the snow in the Aldi car park on Tuesday - number?",
     "connection", True),
    ("ask", {}, "I fixed your bike once, can I get your number?", "connection", False),
    ("ask", {}, "I noticed your car in the car park on Monday - number?", "connection", False),
    ("ask", {}, "I got your name from the sign-up sheet at the gym - number?", "connection",
     False),
    # Not time together: the weather, time alone, what one watched alone
    ("ask", {}, "what a lovely day it is! can I have your number?", "connection", False),
    ("ask", {}, "what a gorgeous morning it is, could I get your number?", "connection", False),
    ("ask", {}, "What a lovely evening it's been with you - can I have your number?",
     "connection", True),
    ("ask", {}, "I spent ages working up the nerve - can I have your number?", "connection",
     False),
    ("ask", {}, "spent the whole week plucking up the courage lol. number?", "connection", False),
    ("ask", {}, "I spent the whole evening talking to you, can I have your number?",
     "connection", True),
    ("ask", {}, "we spent the whole evening arguing about jazz - number?", "connection", True),
    ("ask", {}, "the film I watched last night was great. can I have your number?",
     "connection", False),
    ("ask", {}, "the pizza i had yesterday was amazing, number?", "connection", False),
    ("ask", {}, "Last night was great! Can I have your number?", "connection", True),
    ("ask", {}, "honestly, tonight was so fun - number?", "connection", True),
    # The offer's connection: a promise or a word from the place both were
    ("offer", {}, "you said at the barbecue you'd come to the allotment, here's my number",
     "connection", True),
    ("offer", {}, "u promised at the hen do that we'd meet up, heres my num if u fancy it",
     "connection", True),
    ("offer", {}, "you promised you'd keep in touch, here's my number", "connection", False),
    # ...a favour told with where it was, whatever the weather
    ("offer", {}, "I lent you my jacket in that storm at the bus stop, here's my number if you "
     "like", "connection", True),
    ("offer", {}, "i held ur brolly outside the cinema, here's my number whenever", "connection",
     True),
    ("offer", {}, "I gave you my number at the bar, here it is again if you like", "connection",
     False),
    ("offer", {}, "I gave you a lift once, here's my number if you like", "connection", False),
    # ...thanks for a favour, told with when it was
    ("offer", {}, "thanks for the lift today! here's my number if you ever need anything",
     "connection", True),
    ("offer", {}, "ty 4 the help 2nite :) my num if u want it", "connection", True),
    ("offer", {}, "thx 4 ur number! heres mine if u want it", "connection", False),
    # ...and not what they might come to know about the learner's programme
    ("offer", {}, "Here's my card. If you'd like to know more about our volunteering scheme, "
     "ring any time.", "connection", False),
    ("offer", {}, "my number, should u want to learn more about the course 😊", "connection",
     False),
    ("offer", {}, "I'd love to hear more about your trip, here's my number if you like",
     "connection", True),
    # The follow-up names the meeting by who one was there: "the karaoke girl"
    ("follow_up", {}, "hey it's me, the quiz night guy!", "references_meeting", True),
    ("follow_up", {}, "hiya, the salsa girl here 💃", "references_meeting", True),
    ("follow_up", {}, "it's the new guy, remember me?", "references_meeting", False),
    ("follow_up", {}, "hey it's me, the girl from before", "references_meeting", False),
    # ...but not a meeting still to come (a plan is not the meeting)
    ("follow_up", {}, "can I sit beside you at the next meeting?", "references_meeting", False),
    ("follow_up", {}, "see you at the next rehearsal? 🙂", "references_meeting", False),
    ("follow_up", {}, "great to chat at the meeting 🙂", "references_meeting", True),
    # The dev30/dev31 leftovers. The ask's reason: doing again what they just did is an
    # activity; a trip out said in Scots is one; skipping the small talk, or taking the number
    # before one leaves, is none
    ("ask", {}, "that was class, wanna do it again next week? number?", "reason", True),
    ("ask", {}, "let's never do that again lol. number?", "reason", False),
    ("ask", {}, "ah'd love tae go fer a pint wi ye, can ah get yer number?", "reason", True),
    ("ask", {}, "let's skip the chit-chat, number?", "reason", False),
    ("ask", {}, "I'm having your number before you leave, ok?", "reason", False),
    # ...and the connection: a "so" that only strengthens is no purpose clause; the time
    # together counted; the event judged against the rest; the one they were there; the
    # people from there; the time compared with all others; meeting again, as a verb, is none
    ("ask", {}, "we both got lost so badly on that orienteering course today 😂 number?",
     "connection", True),
    ("ask", {}, "four long shifts at the food bank together and u still smile - number?",
     "connection", True),
    ("ask", {}, "fancy doing three shifts together next month? number?", "connection", False),
    ("ask", {}, "that was the sweatiest ceilidh of my life lol, can I get your number?",
     "connection", True),
    ("ask", {}, "I've carried the boxes for you for an hour at the jumble sale, so number?",
     "connection", True),
    ("ask", {}, "i'd hate to lose touch after tonight's choir practice - can I have ur number?",
     "connection", True),
    ("ask", {}, "we're adding everyone from the quiz night to a group, can I have yours?",
     "connection", True),
    ("ask", {}, "everyone at my office says I should ask - can I have your number?",
     "connection", False),
    ("offer", {}, "everybody from the yoga weekend is swapping numbers, so here's mine - text me",
     "connection", False),
    ("ask", {}, "it's been years since I danced this much at a ceilidh! Can I get your number?",
     "connection", True),
    ("ask", {}, "it's been years since I had a holiday. Can I get your number?", "connection",
     False),
    ("ask", {}, "could I add you to the choir group? we meet again on Tuesday", "connection",
     False),
    ("ask", {}, "ur the dad who ran the tombola at the school fete!! number for the PTA?",
     "connection", True),
    ("ask", {}, "you're the lady who sang at the open mic - can I get your number?",
     "connection", True),
    ("ask", {}, "you're the guy who sits by the door at the gym - number?", "connection",
     False),
    ("ask", {}, "you're the one who wanted my number at the party, right? here goes - yours?",
     "connection", False),
]


@pytest.mark.parametrize(("kind", "ctx", "text", "cid", "expected"), CASES,
                         ids=[f"{c[3]}:{c[2][:40]}" for c in CASES])
def test_dev32_classes_are_judged_by_their_principle(
    kind: str, ctx: dict[str, str], text: str, cid: str, expected: bool
) -> None:
    fb = check_message(kind, text, **ctx)
    assert fb.criterion(cid).passed is expected, str(fb)


#: (text, the reason's words that must be quoted, words it must not quote)
PURPOSE_QUOTES: list[tuple[str, str, str]] = [
    # "so we've been..." tells what was done; the purpose is the "so we can" after it
    ("ok so we've basically been best mates all night at this pub quiz 😂 can i get ur number"
     " so we can team up again next month? no worries if not",
     "so we can team up again next month", "best mates"),
    ("so we have talked for hours - number? so we can plan the hike", "so we can plan the hike",
     "talked"),
    # ...and a purpose clause ends at an emoji, as at a full stop
    ("so we can swap glaze tips 😂 can i get ur number?", "so we can swap glaze tips",
     "can i get"),
    # what they will have is still a purpose
    ("swap numbers just so we've got someone to text on the rough days?",
     "so we've got someone to text on the rough days", "swap numbers"),
]


@pytest.mark.parametrize(("text", "quoted", "not_quoted"), PURPOSE_QUOTES,
                         ids=[t[0][:40] for t in PURPOSE_QUOTES])
def test_the_reason_quotes_the_purpose_not_what_was_done(
    text: str, quoted: str, not_quoted: str
) -> None:
    reason = check_message("ask", text).criterion("reason")
    words = [text[s.start : s.end] for s in reason.evidence]
    assert reason.passed and quoted in words, words
    assert not any(not_quoted in w for w in words), words
