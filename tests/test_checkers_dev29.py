"""The classes behind the misses of the twenty-eighth fresh holdout (dev29).

Each principle comes from tests/data/checker-corpus/LABELS.md; every text here is made up
(slang, lowercase, typos, emoji, other Englishes), none is a corpus message, and each class
has near misses that must go the other way.
"""

from __future__ import annotations

import pytest

from workshop.checkers import check_message

NO = {"intent": "no"}
#: (kind, context, text, criterion, expected)
CASES: list[tuple[str, dict[str, str], str, str, bool]] = [
    # after a no, no_guilt: the time they did not feel the same about, held up as one's own
    # delusion; owning a misreading in an apology is none
    ("after_no", {}, "right. honestly thought last night meant something. my mistake", "no_guilt",
     False),
    ("after_no", {}, "Sure. Guess I imagined the whole thing then.", "no_guilt", False),
    ("after_no", {}, "Ah, sorry, I misread the situation - enjoy the rest of the gig!",
     "no_guilt", True),
    ("after_no", {}, "ok. guess i misread everything then", "no_guilt", False),
    ("after_no", {}, "No worries! I imagined you'd be busy anyway, have fun at the match.",
     "no_guilt", True),
    # asking what one did wrong, however it is put; what went wrong for them is none
    ("after_no", {}, "fine, but tell me what i said wrong at least", "no_guilt", False),
    ("after_no", {}, "Got it. Where did I go wrong?", "no_guilt", False),
    ("after_no", {}, "Is it because of my accent? Be straight with me.", "no_guilt", False),
    ("after_no", {}, "why does everybody always say no to me", "no_guilt", False),
    ("after_no", {}, "All good! Hope nothing went wrong with your train home.", "no_guilt", True),
    ("after_no", {}, "No problem - is it my turn to buy the next round at quiz anyway? 😄",
     "no_guilt", True),
    # a yes made out to have cost them nothing, once past; a yes argued for ahead asks again
    # (no_repeat) and blames no one
    ("after_no", {}, "k. a text wouldn't have hurt you tho", "no_guilt", False),
    ("after_no", {}, "ok... wouldn't of killed ya", "no_guilt", False),
    ("after_no", {}, "come on, one coffee won't hurt you", "no_guilt", True),
    # others held up against their no, who would have said yes
    ("after_no", {}, "right. loads of people would've said yes", "no_guilt", False),
    ("after_no", {}, "fine, most girls would say yes", "no_guilt", False),
    ("after_no", {}, "Okay! Most people would say the same, no stress.", "no_guilt", True),
    # ask and offer, connection: a moment together told by when it was, whoever did what
    ("ask", {}, "the flan you baked this arvo disappeared in minutes - number?", "connection",
     True),
    ("offer", {}, "at the allotment open day earlier u showed me ur leeks. my number if u want "
     "tips", "connection", True),
    ("ask", {}, "That crossword had us both beaten this morning! Can I get your number?",
     "connection", True),
    ("ask", {}, "Yesterday we argue about cricket all lunch, very fun. Your number please?",
     "connection", True),
    ("ask", {}, "after fixing your puncture just now, could I maybe grab your number?",
     "connection", True),
    ("offer", {}, "I spent the whole afternoon painting with you and loved it - here's my number",
     "connection", True),
    # ...a place or thing both shared; a time, a mind, or the same bus seen daily is none
    ("ask", {}, "We were elbow to elbow at the same pottery wheel bench for ages. Number?",
     "connection", True),
    ("ask", {}, "We always get on at the same stop every morning. Number?", "connection", False),
    ("ask", {}, "Great minds, we're on the same page! Number?", "connection", False),
    ("ask", {}, "Same time next week at the same café? Number?", "connection", False),
    # the offer's gives_control: begging them to take it leaves its use to them (it presses,
    # no_pressure); begging them to use it does not
    ("offer", {}, "pls pls just have my digits, it'd make my night 🥺", "gives_control", True),
    ("offer", {}, "pls pls just have my digits, it'd make my night 🥺", "no_pressure", False),
    ("offer", {}, "Please, please ring me, here's my number", "gives_control", False),
    # a duty put on them, in any words
    ("offer", {}, "there, my number's yours - now you're honour-bound to message me",
     "gives_control", False),
    ("offer", {}, "here's my number, you're not obliged to do anything with it", "gives_control",
     True),
    # their phone taken and the number typed in, without asking
    ("offer", {}, "nicked your mobile for a sec and punched my number into it, hope ok!",
     "gives_control", False),
    ("offer", {}, "Want me to put my number into your phone? Only if you like.", "gives_control",
     True),
    # one's phone kept at hand for them is a stated expectation
    ("offer", {}, "my number's on the napkin - I'll keep my phone handy all weekend 😊",
     "gives_control", False),
    ("offer", {}, "my number's on the napkin, I'll keep my phone on silent at work though",
     "gives_control", True),
    # older false positives of the connection, closed by principle: what they have or are is
    # a compliment ("you're great company"), a greeting looks back on nothing, a chat wished
    # for is a plan; what was shared keeps its verdict
    *[(kind, {}, text + tail, "connection", expected)
      for kind, tail in (("ask", " Can I get your number?"), ("offer", " Here's my number."))
      for text, expected in (
          ("Honestly, you have the loveliest laugh ever.", False),
          ("You are such great company!", False),
          ("ur new glasses today were gorgeous", False),
          ("That jacket tonight was class.", False),
          ("The jam session tonight was class.", True),
          ("Such a good laugh at the quiz tonight.", True),
          ("Good evening tonight!", False),
          ("Good morning today!", False),
          ("Great night tonight!", True),
          ("want a good chat over coffee one day?", False),
          ("fancy a good natter at the caff sometime?", False),
          ("Lovely chat at the caff earlier.", True),
          ("You've been brilliant company tonight.", True),
      )],
    # after a no, no_repeat: their no awaited to change, in any words; feelings of one's own
    # are none
    ("after_no", {}, "all good - give me a shout should you ever see it differently x",
     "no_repeat", False),
    ("after_no", {}, "No bother. If you come round, I'm on the same bus.", "no_repeat", False),
    ("after_no", {}, "No bother, I felt differently about the film too! Enjoy your night.",
     "no_repeat", True),
    # a no called small beside a reproach of what a yes would have cost, wherever it stands,
    # blames (no_guilt) and asks nothing again; called small to win a yes still asks
    ("after_no", {}, "ok. it's just a number. would've cost you nothing", "no_repeat", True),
    ("after_no", {}, "ok. it's just a number. would've cost you nothing", "no_guilt", False),
    ("after_no", {}, "right, but it's only a phone number, you'd be fine sharing it", "no_repeat",
     False),
    # the ask's reason: whatever the side, what it is short of counted
    ("ask", {}, "the pub quiz lot are two people down this week - can I get your number?",
     "reason", True),
    ("ask", {}, "my bike is a gear short lol, can I have your number?", "reason", False),
    # an activity or plan, in any words: their company on what they do, an outing with a word
    # before it, being shown round, being taught; the number's own use is none
    ("ask", {}, "you swim the lido at 7 most days - up for some company? number?", "reason",
     True),
    ("ask", {}, "Fancy a lazy picnic by the river sometime? Number?", "reason", True),
    ("ask", {}, "new to the city? would u like me to show u the best bakeries? number?", "reason",
     True),
    ("ask", {}, "Number please, so you teach me your nan's curry?", "reason", True),
    ("ask", {}, "Can I have your number so you can text me sometime?", "reason", False),
    ("ask", {}, "Could you show me your number again? I missed a digit", "reason", False),
    # near misses of the broad signals: a plan, a wish, a time to come, a number swapped, a
    # taste, a favour with no when
    ("ask", {}, "Can I text you tonight?", "connection", False),
    ("offer", {}, "Text me tonight so I know you got home safe - here's my number",
     "connection", False),
    ("offer", {}, "Here's my number, free this weekend?", "connection", False),
    ("ask", {}, "Fellow dog person! Can I get your number?", "connection", False),
    ("ask", {}, "We need to decide today, so can I have your number?", "connection", False),
    ("ask", {}, "Tonight we should grab a drink - can I get your number?", "connection", False),
    ("follow_up", {}, "hey it's Dani, we swapped numbers this morning", "references_meeting",
     False),
    # the time together judged well is a look back; the same words wished for are a plan
    ("ask", {}, "it'd be great to chat at the book fair next Sunday - number?", "connection",
     False),
    ("offer", {}, "would be so lovely to dance with you at the wedding, here's my number",
     "connection", False),
    ("ask", {}, "it will be fun to climb together sometime, can I have your number?",
     "connection", False),
    ("ask", {}, "it was great to chat at the book fair - can I have your number?", "connection",
     True),
    ("offer", {}, "so lovely to dance with you tonight! here's my number", "connection", True),
]


@pytest.mark.parametrize(("kind", "ctx", "text", "cid", "expected"), CASES,
                         ids=[f"{c[3]}:{c[2][:40]}" for c in CASES])
def test_dev29_classes_are_judged_by_their_principle(
    kind: str, ctx: dict[str, str], text: str, cid: str, expected: bool
) -> None:
    fb = check_message(kind, text, **ctx)
    assert fb.criterion(cid).passed is expected, str(fb)
