"""The classes behind the misses of the twelfth to fourteenth fresh holdouts (dev13 to dev15).

Each principle comes from tests/data/checker-corpus/LABELS.md; every text here is made up
(slang, lowercase, typos, emoji, other Englishes), none is a corpus message, and each class
has near misses that must go the other way.
"""

from __future__ import annotations

import pytest

from workshop.checkers import check_message

_U = {"intent": "unsure"}
_Y = {"intent": "yes"}
_N = {"intent": "no"}

#: (kind, context, text, criterion, expected)
CASES = [
    # unsure, honest: "I'll think about it" only promises a decision, like "I'll get back to
    # you"; saying how one is with numbers, or preferring not to for now, is plain
    ("reply", _U, "i'll think abt it, ty", "honest", False),
    ("reply", _U, "Let me think it over, thank you!", "honest", False),
    ("reply", _U, "Aw thanks! I'll mull it over 😊", "honest", False),
    ("reply", _U, "Thanks! Let me sleep on it?", "honest", True),
    ("reply", _U, "Thanks for asking, I prefer not to share my number for now.", "honest", True),
    ("reply", _U, "thank u, i rather not give number yet", "honest", True),
    ("reply", _U, "Cheers for asking - I'm a bit funny about phone numbers tbh.", "honest", True),
    ("reply", _U, "aw ur sweet, im weird with numbers, insta instead?", "honest", True),
    # unsure, alternative: staying in a group both already share
    ("reply", _U, "Aw thank you! Not yet though - can we stick to the running club chat?",
     "alternative", True),
    ("reply", _U, "Thanks, not ready yet. Let's keep it on the team group for now x",
     "alternative", True),
    ("reply", _U, "Thanks, I'm not ready yet - I'll keep it to myself for now.", "alternative",
     False),
    # ask, question: the digits asked for as if agreed, after any clause break (an emoji, a
    # "so"), or a wait counted; a softened ask stays a question
    ("ask", {}, "ur obviously keen 😉 so whats ur number", "question", False),
    ("ask", {}, "We get on great so what's your number then?", "question", False),
    ("ask", {}, "Right, you're giving me your digits either way, so what is it?", "question",
     False),
    ("ask", {}, "how much longer till I get ur number lol", "question", False),
    ("ask", {}, "how long do i have to wait for those digits 🙄", "no_pressure", False),
    ("ask", {}, "Loved the gig! Could I get your number so we can go to the next one?",
     "question", True),
    # ask, no_pressure: their no recalled and overridden; pushed "one way or another"
    ("ask", {}, "I get that you're not keen, but surely just one coffee? Can I get your number?",
     "no_pressure", False),
    ("ask", {}, "i know u said u dont give ur number out but cmon, can i have it?",
     "no_pressure", False),
    ("ask", {}, "I'm getting your number one way or another 😂 can I have it?", "no_pressure",
     False),
    ("ask", {}, "I know you're busy tonight - could I get your number to sort the rota later?",
     "no_pressure", True),
    ("ask", {}, "Kindly share your whatsapp number for the alumni meet.", "no_pressure", False),
    ("ask", {}, "its so obvious u like me, number?", "no_pressure", False),
    ("ask", {}, "Is it obvious I like you? 🙈 Can I get your number?", "no_pressure", True),
    ("ask", {}, "I did get you that coffee after all, so can I have your number?", "no_pressure",
     False),
    ("ask", {}, "Can I get your number or do I have to track you down on Facebook? 😂",
     "no_pressure", False),
    ("ask", {}, "My boss expects me to collect contacts from everyone at the stand - could I "
     "take yours?", "no_pressure", False),
    ("ask", {}, "My boss is hiring, could I take your number to pass on the details?",
     "no_pressure", True),
    # offer: their phone used without asking, said without "I" or announced with "let me"
    ("offer", {}, "lemme just pop my number in ur phone quick", "gives_control", False),
    ("offer", {}, "lemme just pop my number in ur phone quick", "no_pressure", False),
    ("offer", {}, "Popped my number into your phone when you went to the loo 😇", "no_pressure",
     False),
    ("offer", {}, "Put my number in your phone if you like - it's 0791 555 0101.",
     "gives_control", True),
    ("offer", {}, "Shall I save my number in your phone? Only if you want.", "no_pressure", True),
    # offer: an order with the offerer's purpose takes the choice; a time on arriving pushes;
    # a promise asked for outright holds them to it
    ("offer", {}, "that's my number, whatsapp me quickly so I have yours", "gives_control", False),
    ("offer", {}, "My number - buzz me once so I can save yours 👍", "gives_control", False),
    ("offer", {}, "Here's my number, message me when you're back so I know you got home ok.",
     "no_pressure", False),
    ("offer", {}, "Here's my number, message me whenever you're back in town!", "no_pressure",
     True),
    ("offer", {}, "Here's my number but swear you'll call me this time.", "no_pressure", False),
    ("offer", {}, "Here's my number - and promise me you'll ring if you need a lift.",
     "no_pressure", False),
    ("offer", {}, "Here's my number - I promise I won't spam you, text if you like.",
     "no_pressure", True),
    # connection: a group or place both belong to; doing again what they did together; the
    # time ranked or honoured; talk between them however it is said; praise of them in the
    # activity; enjoyment in other Englishes. Near misses: a favour alone, the same bus seen,
    # a compliment, a plan only
    ("offer", {}, "we're both on the night shift at the depot so here's my number if u need a "
     "swap", "connection", True),
    ("ask", {}, "Our girls are in the same class - could we swap numbers for playdates?",
     "connection", True),
    ("offer", {}, "Both new to the choir! Here's my number if you want a buddy.", "connection",
     True),
    ("ask", {}, "I see you on the same bus every morning - can I have your number?",
     "connection", False),
    ("offer", {}, "my number if u ever wanna team up again in fortnite 🎮", "connection", True),
    ("offer", {}, "Here's my number if you fancy a coffee after the pottery class again.",
     "connection", True),
    ("offer", {}, "Here's my number for another go at the climbing wall sometime!", "connection",
     True),
    ("offer", {}, "Here's my number if you fancy a drink sometime.", "connection", False),
    ("ask", {}, "Honestly ur the best part of this whole wedding lol, can I get ur number?",
     "connection", True),
    ("ask", {}, "It was a privilege to hear your talk. May I have your contact details?",
     "connection", True),
    ("ask", {}, "Could I get your number? Want to hear more about the allotment you were going "
     "on about", "connection", True),
    ("ask", {}, "u were lethal on the pool table tonight, rematch? can i get ur number",
     "connection", True),
    ("ask", {}, "Me did love dat chat wid yuh, can I get yuh number?", "connection", True),
    ("ask", {}, "twas a proper laugh at the quiz - swap numbers?", "connection", True),
    ("ask", {}, "I've been talking to you for ages, can I get your number?", "connection", True),
    ("ask", {}, "I gave you my umbrella, so can I get your number?", "connection", False),
    ("ask", {}, "You've got the best smile in the room, can I have your number?", "connection",
     False),
    # after a no: "seriously?" argues with the no but asks nothing again; asking whether it was
    # something they did puts them in the comforter's seat; a mild feeling owned and the no
    # accepted is honest; mock thanks is no acknowledgement
    ("after_no", {}, "Seriously?? After I queued for your coffee all morning?", "no_repeat",
     True),
    ("after_no", {}, "Seriously?? After I queued for your coffee all morning?", "accepts", False),
    ("after_no", {}, "ok... hope it wasnt something i said 😕", "no_guilt", False),
    ("after_no", {}, "Right. Did I do something wrong?", "no_guilt", False),
    ("after_no", {}, "Ok! Hope the rest of your night is fun.", "no_guilt", True),
    ("after_no", {}, "Ah ok, I'm kinda disappointed tbh but totally fine, enjoy the gig!",
     "no_guilt", True),
    ("after_no", {}, "Fair enough. A little sad but I respect it.", "no_guilt", True),
    ("after_no", {}, "Ok. I'm really hurt, honestly.", "no_guilt", False),
    ("after_no", {}, "u sure?? we'd have so much fun at the gig", "no_repeat", False),
    ("after_no", {}, "Why not tho? We're both free Saturday.", "no_repeat", False),
    ("after_no", {}, "Why not? Just curious, no worries at all.", "no_repeat", True),
    ("after_no", {}, "gee thanks 🙃", "accepts", False),
    ("after_no", {}, "Wow ok, thanks a lot 🙃", "accepts", False),
    ("after_no", {}, "Ok, thanks a lot for being honest!", "accepts", True),
    # yes: grudging is no game (it fails clear_yes only) unless played with a smirk; making
    # them chase, half the digits now, an eye-rolled dig at the wait are games; a laughed
    # "took you long enough" before a glad yes is banter
    ("reply", _Y, "if u insist 🙄", "no_games", True),
    ("reply", _Y, "if u insist 🙄", "clear_yes", False),
    ("reply", _Y, "If you insist 😏", "no_games", False),
    ("reply", _Y, "ok but im v hard to get hold of, good luck haha", "no_games", False),
    ("reply", _Y, "Yes! Heads up, I'm slow to reply but I'll get there 😊", "no_games", True),
    ("reply", _Y, "You can have four digits now, the rest once you beat me at darts 😜",
     "no_games", False),
    ("reply", _Y, "took u long enough 🙄 go on then", "no_games", False),
    ("reply", _Y, "Haha took you long enough! Yes, I'd love that 😄", "no_games", True),
    ("reply", _Y, "Yes!! Finally plucked up the courage did you 😏", "no_games", False),
    # no: an excuse for today leaves another time open; one that does not pass does not
    ("reply", _N, "Sorry, my phone's dead 😅", "no_false_hope", False),
    ("reply", _N, "Ah no sorry, left my phone at home", "no_false_hope", False),
    ("reply", _N, "No thanks, I don't have a phone.", "no_false_hope", True),
    ("reply", _N, "No thank you, enjoy your night!", "no_false_hope", True),
    # follow-up: a bare "we met" names nothing shared; a reply wanted right away pushes
    ("follow_up", {}, "Hi, it's Ana. We met! Text me back.", "references_meeting", False),
    ("follow_up", {}, "Hey, we met at the bouldering wall on Sunday!", "references_meeting",
     True),
    ("follow_up", {}, "Hi, it's Dev! Lovely to meet you 😊", "references_meeting", False),
    ("follow_up", {}, "so nice meeting u!!", "references_meeting", False),
    ("follow_up", {}, "So nice meeting you tonight, hope the drive home was ok",
     "references_meeting", True),
    ("follow_up", {}, "Great meeting you at the parents' meeting!", "references_meeting",
     True),
    ("follow_up", {}, "heyy respond straight away pls lol", "no_pressure", False),
    ("follow_up", {}, "Hey! No need to reply straight away, hope the shift went ok.",
     "no_pressure", True),
    ("follow_up", {}, "no need to reply right away!! hope the gig was fun", "no_pressure", True),
    # ask, out: another channel offered as the easy no
    ("ask", {}, "Could we swap numbers for the carpool? Happy to just use the parents' "
     "WhatsApp group instead if you'd rather.", "out", True),
    ("ask", {}, "Could I get your number to send the notes, or would you prefer I email them?",
     "out", True),
    ("ask", {}, "Could I get your number to send the notes? I'll email them otherwise.", "out",
     False),
    # ask, reason: a bet, a dare or "for real" is no purpose; a rematch, a practical "in case
    # of", studying together in text-speak are; the number as people type it in a hurry
    ("ask", {}, "can i get ur number? my mates dared me haha, it's for a dare", "reason", False),
    ("ask", {}, "Could I get your number? It's for a bet lol", "reason", False),
    ("ask", {}, "can i have ur number 4 real?", "reason", False),
    ("ask", {}, "Can I get your number? It's for the pub quiz team.", "reason", True),
    ("ask", {}, "gg! can I get your number? rematch next week?", "reason", True),
    ("ask", {}, "Could we swap numbers in case of any changes to the rota?", "reason", True),
    ("ask", {}, "can i get ur nmbr? we cn revise 4 the chem test 2gether", "reason", True),
    ("ask", {}, "can i get ur nmbr? we cn revise 4 the chem test 2gether", "question", True),
    ("ask", {}, "pls can i have ur numba 2 send u the pics", "reason", True),
    ("ask", {}, "we matched on here! wanna move this to whatsapp? happy to keep chatting on "
     "here tho", "reason", False),
    ("ask", {}, "Shall we move this to texting so we can sort the hike?", "reason", True),
    # offer: a tag closing a guilt line presses their feelings, not the number's use; a tag on
    # an order or a presumption still takes the choice
    ("offer", {}, "my number - dont leave me hanging ok? call whenever u like", "gives_control",
     True),
    ("offer", {}, "my number - dont leave me hanging ok? call whenever u like", "no_pressure",
     False),
    ("offer", {}, "Here's my number, you'll ring me tomorrow, yeah?", "gives_control", False),
]


@pytest.mark.parametrize(("kind", "ctx", "text", "cid", "expected"), CASES,
                         ids=[f"{c[3]}:{c[2][:40]}" for c in CASES])
def test_dev13_classes_are_judged_by_their_principle(
    kind: str, ctx: dict[str, str], text: str, cid: str, expected: bool
) -> None:
    fb = check_message(kind, text, **ctx)
    assert fb.criterion(cid).passed is expected, str(fb)


#: dev14's classes: (kind, context, text, criterion, expected)
DEV14_CASES = [
    # offer: a set time or cutoff takes the choice of when and presses, even when joined to
    # "if you want in"; any slot of their choosing leaves it with them
    ("offer", {}, "my numbers below, msg me b4 sunday if ur up for the road trip", "no_pressure",
     False),
    ("offer", {}, "here u go 07700 900123, ring me 2moro if u still want the bike", "gives_control",
     False),
    ("offer", {}, "Number's 0412 000 111, call me by Wednesday if the flat interests you.",
     "no_pressure", False),
    ("offer", {}, "Here's my number, give me a ring any weekend that suits 🙂", "gives_control",
     True),
    ("offer", {}, "my number - text me any morning u like, I'm up early", "gives_control", True),
    ("offer", {}, "Here's my number; call me at your convenience.", "no_pressure", True),
    ("offer", {}, "heres my number, text me when u get a chance", "gives_control", True),
    # offer: their phone used first and owned up to after takes the choice and presses
    ("offer", {}, "Hope u dont mind, I took the liberty of adding myself to ur contacts 🙈",
     "gives_control", False),
    ("offer", {}, "Typing my number into your phone while you grab the coats, ok?",
     "no_pressure", False),
    ("offer", {}, "Want me to type my number into your phone? Only if you like.", "gives_control",
     True),
    # offer: their use presumed ("I just know you're gonna ring") takes the choice back
    ("offer", {}, "Take my number, no pressure... tho I already know you're gonna text 😏",
     "gives_control", False),
    ("offer", {}, "heres my digits, ur gonna ring me anyway lol", "gives_control", False),
    ("offer", {}, "Here's my number, I hope you'll message me sometime if you fancy it.",
     "gives_control", True),
    # offer: their number owed back, a condition, an expectation, watching the screen
    ("offer", {}, "There's my number. Now it's your turn, fair's fair 😌", "no_pressure", False),
    ("offer", {}, "My number is yours on one condition - u actually call me this week",
     "gives_control", False),
    ("offer", {}, "number's on the card, expecting a text from you soon 😉", "gives_control",
     False),
    ("offer", {}, "here's my number, I'll be glued to my screen all evening haha",
     "no_pressure", False),
    ("offer", {}, "Here's my number, I'll be on my phone most evenings if you fancy a chat.",
     "no_pressure", True),
    # offer: self-blame for their silence is guilt, not a threat; the choice given stays theirs
    ("offer", {}, "here's my number, ring whenever - if u dont I'll just assume im boring haha",
     "gives_control", True),
    ("offer", {}, "here's my number, ring whenever - if u dont I'll just assume im boring haha",
     "no_pressure", False),
    ("offer", {}, "Here's my number. Please don't leave me looking like a fool for offering.",
     "no_pressure", False),
    # offer: a reply insisted on with nothing left to them takes the choice; with a free
    # choice given it is guilt only
    ("offer", {}, "heres my number, c'mon dont ghost me", "gives_control", False),
    ("offer", {}, "heres my number, text whenever u like, just dont ghost me 🥺", "gives_control",
     True),
    # follow-up: sympathy for a reason they have is no sarcasm, and a guess about them is no
    # order; "see you there?" hopes to meet, "u there??" chases
    ("follow_up", {}, "Hi, Raj from the climbing wall! no rush at all, u must be flat out with "
     "the new job", "no_pressure", True),
    ("follow_up", {}, "Priya from pottery here - you must be tired after the kiln day, hope the "
     "pots survived!", "no_pressure", True),
    ("follow_up", {}, "Priya from pottery. You must reply today pls", "no_pressure", False),
    ("follow_up", {}, "hey its Tom from the quiz! same time next week, c u there?", "no_pressure",
     True),
    ("follow_up", {}, "hey its Tom from the quiz... u there??", "no_pressure", False),
    # follow-up: asking whether it arrived, or what the silence is, chases
    ("follow_up", {}, "did u get this??", "no_pressure", False),
    ("follow_up", {}, "Amy from the choir - whats up with the radio silence lol", "no_pressure",
     False),
    ("follow_up", {}, "Amy from the choir! Did you get the sheet music I mentioned? Hope so",
     "no_pressure", True),
    # follow-up: closing the matter, a cutoff with a cost, formal hurry, interest guessed
    ("follow_up", {}, "Dan from the pub quiz, ur on the team sat, no excuses", "no_pressure",
     False),
    ("follow_up", {}, "Kindly respond at the earliest, we met at the expo stand.", "no_pressure",
     False),
    ("follow_up", {}, "its Jess from the bus! reply by tonight or im giving the spare ticket to "
     "my sister", "no_pressure", False),
    ("follow_up", {}, "Jess from the bus here, the spare ticket's yours if you want it, no "
     "deadline", "no_pressure", True),
    ("follow_up", {}, "Mo from the gym. saw u viewed my profile so i take it ur interested 😏",
     "no_pressure", False),
    # follow-up: the language exchange, a skill swap or a tandem is a place they met
    ("follow_up", {}, "Heyy, Lucía from the language exchange 🇲🇽 hope ur week is good",
     "references_meeting", True),
    ("follow_up", {}, "Hi, Ben from the skill swap - hope the bike's running better!",
     "references_meeting", True),
    # after a no: "it's only a number" argues for a yes (asks again) but blames no one
    ("after_no", {}, "ah ok but its literally just a phone number lol", "no_repeat", False),
    ("after_no", {}, "ah ok but its literally just a phone number lol", "no_guilt", True),
    ("after_no", {}, "ok! it was only ever a number, no worries at all, enjoy ur night",
     "no_guilt", True),
    # after a no: a change of heart invited, or not giving up, holds the door open
    ("after_no", {}, "all good! shout if u ever get a change of heart", "no_repeat", False),
    ("after_no", {}, "fine fine. i dont give up so easily tho 😏", "no_repeat", False),
    ("after_no", {}, "All good, thanks for being straight with me!", "no_repeat", True),
    # after a no: a plain apology for bothering them is no sarcasm; "sorry for existing" is
    ("after_no", {}, "Right, sorry for bothering you, enjoy the rest of the talk.", "no_guilt",
     True),
    ("after_no", {}, "wow ok. sorry for existing i guess", "no_guilt", False),
    # unsure: another channel put forward with a hedge, settled on grudgingly, or pointed at
    ("reply", _U, "mm not sure yet, insta would prob be easier tbh", "alternative", True),
    ("reply", _U, "Not yet! DMs might be simpler for now?", "alternative", True),
    ("reply", _U, "fine, whatsapp group then i guess", "alternative", True),
    ("reply", _U, "Not quite ready - the club group chat is always open though!", "alternative",
     True),
    ("reply", _U, "Not sure yet, it might be easier to wait a bit.", "alternative", False),
    # no: "now" in shorthand, or an end in sight, holds out hope
    ("reply", _N, "nah not atm sorry", "no_false_hope", False),
    ("reply", _N, "No thank you, not for the foreseeable future.", "no_false_hope", False),
    ("reply", _N, "No thank you, I'd rather not. Enjoy the rest of the night!", "no_false_hope",
     True),
    # ask: a compliment on their pet or child is no exchange; what happened with it is
    ("ask", {}, "omg ur cat is the cutest!! can i have ur number?", "connection", False),
    ("ask", {}, "Your little one is such a sweetheart. May I get your number?", "connection",
     False),
    ("ask", {}, "Thanks for catching my dog at the park this morning! Could I get your number?",
     "connection", True),
    # ask: "so we can chat n stuff" only restates the request; what a side is short of, said in
    # a hurry with no subject, is a reason
    ("ask", {}, "cn i get ur number so we can talk and stuff", "reason", False),
    ("ask", {}, "number? so we can text or whatever", "reason", False),
    ("ask", {}, "can i grab ur number? still need a keeper for sunday league", "reason", True),
    ("ask", {}, "Could I get your number? Looking for one more singer for the carol group.",
     "reason", True),
    ("ask", {}, "Could I get your number? Need a minute to find my phone though.", "reason",
     False),
    # ask: a whole group done already, a tag said twice, their number already filed push
    ("ask", {}, "can i get ur number? the entire squad already has lol", "no_pressure", False),
    ("ask", {}, "Can I get your number? The whole team is on the group chat.", "no_pressure",
     True),
    ("ask", {}, "swap numbers?? yeah? yeah?", "no_pressure", False),
    ("ask", {}, "Shall we swap numbers, ok?", "no_pressure", False),
    ("ask", {}, "Right, your digits are going in my phone then 😎", "no_pressure", False),
    ("ask", {}, "Would you be happy for your number to go on the rota list?", "no_pressure",
     True),
]


@pytest.mark.parametrize(("kind", "ctx", "text", "cid", "expected"), DEV14_CASES,
                         ids=[f"{c[3]}:{c[2][:40]}" for c in DEV14_CASES])
def test_dev14_classes_are_judged_by_their_principle(
    kind: str, ctx: dict[str, str], text: str, cid: str, expected: bool
) -> None:
    fb = check_message(kind, text, **ctx)
    assert fb.criterion(cid).passed is expected, str(fb)


#: dev15's classes: (kind, context, text, criterion, expected)
DEV15_CASES = [
    # ask/offer, connection: the time shared, in any English - "braw", "top", "deadly" praise
    # it; "this arvo" dates it; "dat gist" carries it on; "to have shared" looks back on it
    ("ask", {}, "swap numbers? had a deadly laugh at the trad session, cheers", "connection",
     True),
    ("ask", {}, "swap numbers? we could have a deadly laugh at the session sometime",
     "connection", False),
    ("ask", {}, "top arvo at the working bee, keen to swap numbers? good arvo at the footy this"
     " arvo", "connection", True),
    ("ask", {}, "good on ya for the effort at the bake sale yesterday, can I grab ur number for "
     "the next one?", "connection", True),
    ("ask", {}, "Can I grab your number? I'll be at the bake sale tomorrow.", "connection", False),
    ("offer", {}, "na my number be dis, call me anytime make we continue dis yarn about cricket",
     "connection", True),
    ("offer", {}, "Delighted to have worked alongside you at the expo; my number, should you wish"
     " to call.", "connection", True),
    ("offer", {}, "Delighted to work with you at the expo next month; my number, should you wish"
     " to call.", "connection", False),
    # ask, connection: what they asked for, or how they were at the place both were
    ("ask", {}, "May I take your number? I can ring when the book you enquired about comes in.",
     "connection", True),
    ("ask", {}, "May I take your number? I can ring when the book comes in.", "connection", False),
    ("ask", {}, "y'all were so kind fixin my bike chain, can I get ur number to say thanks proper?",
     "connection", True),
    ("ask", {}, "u were such a hoot at the quiz, swap numbers for the next one?", "connection",
     True),
    ("ask", {}, "you seem like a hoot, swap numbers for the quiz?", "connection", False),
    ("ask", {}, "u knew every single answer in the pub quiz lol, can i get ur number for the "
     "next one?", "connection", True),
    ("ask", {}, "that bake-off at Priya's flat was unreal 😂 swap numbers for round two?",
     "connection", True),
    ("ask", {}, "after two hours of u teaching me to belay, can I at least buy u a coffee? number?",
     "connection", True),
    ("ask", {}, "stuck in this queue for both of us it seems 😅 swap numbers in case they open "
     "another desk?", "connection", True),
    ("offer", {}, "my number - if the bike ever needs a push start again just shout", "connection",
     True),
    ("offer", {}, "my number - if you ever need a bike, just shout", "connection", False),
    # ask, reason: a task or treat said in any English - Scots "tae", text speak "2", a
    # subjectless need, a drink owed, a side counted short - is what it is for; catching up,
    # the handing over itself and numbers gathered from everyone are not
    ("ask", {}, "gie us yer number? it'd be braw tae hae anither go at the climbing wall",
     "reason", True),
    ("ask", {}, "cn i get ur numbr? need 2 put u on the carpool list", "reason", True),
    ("ask", {}, "cn i get ur numbr? need 2 know b4 u leave lol", "reason", False),
    ("ask", {}, "Can I get your number? Want you on the quiz team Thursday.", "reason", True),
    ("ask", {}, "swap numbers? after all that help u deserve a pint", "reason", True),
    ("ask", {}, "swap numbers? you deserve someone nice lol", "reason", False),
    ("ask", {}, "can i have ur number, we're two players down for netball tmrw", "reason", True),
    ("ask", {}, "Fancy swapping numbers? We should catch up some time x", "reason", False),
    ("ask", {}, "Can I have your number? Pass it to me before you go.", "reason", False),
    ("ask", {}, "Swap numbers? Getting digits off everyone on this course, it's a thing I do.",
     "reason", False),
    # ask: their number filed as if agreed pushes; another channel called just as good is an out
    ("ask", {}, "ok im saving ur digits now, whats the number", "no_pressure", False),
    ("ask", {}, "would u be ok with me saving ur number for the rota?", "no_pressure", True),
    ("ask", {}, "Could I have your number for the rota? Insta is totally fine too.", "out", True),
    ("ask", {}, "Could I have your number for the rota? Insta is where I post.", "out", False),
    # offer: their number owed back for it, a reply wanted "the sooner the better", a call
    # announced through someone else take the choice; the number pressed on them ("no
    # arguments, you're taking it") and waiting by the phone press; a verdict on oneself for
    # their silence is guilt, which presses but leaves whether to them
    ("offer", {}, "my digits 👆 shoot me a msg so ive got urs", "gives_control", False),
    ("offer", {}, "my digits 👆 shoot me a msg whenever u like", "gives_control", True),
    ("offer", {}, "Here's my number - text me and I'll add yours to the rota.", "gives_control",
     False),
    ("offer", {}, "My number's below, ring whenever, the sooner the better haha", "no_pressure",
     False),
    ("offer", {}, "Please find my card; I'll get my secretary to phone you Monday to confirm.",
     "gives_control", False),
    ("offer", {}, "Please find my card; my secretary can arrange a call if you wish.",
     "gives_control", True),
    ("offer", {}, "that's my number, no arguments 😤", "no_pressure", False),
    ("offer", {}, "Take my card, you're keeping it.", "no_pressure", False),
    ("offer", {}, "Take my card, you're keeping it.", "gives_control", True),
    ("offer", {}, "gonna be camping by my phone all weekend lol, here's my number", "no_pressure",
     False),
    ("offer", {}, "here's my number, text whenever, if u dont ill know u think im boring",
     "gives_control", True),
    ("offer", {}, "here's my number, text whenever, if u dont ill know u think im boring",
     "no_pressure", False),
    # replies: "naw" is a no; the "not" put as Pidgin or Patois puts it ("I no ready", "mi nuh
    # sure") is honest; Pidgin's "for Instagram" and the next meeting asked with its time
    # ("same bus Monday at 7?") are alternatives
    ("reply", _N, "Naw, cheers though pal, have a good one", "clear_no", True),
    ("reply", _N, "Hmm, cheers though pal, have a good one", "clear_no", False),
    ("reply", _U, "Tenk yu! Mi nuh ready fi give out mi number yet", "honest", True),
    ("reply", _U, "Tenk yu! Mi nuh have mi phone pon mi", "honest", False),
    ("reply", _U, "thank you o, abeg make we gist for Insta first", "alternative", True),
    ("reply", _U, "Aw thanks! Not yet though - same bus Monday at 7:15?", "alternative", True),
    ("reply", _U, "Aw thanks! Not yet though - what time is it?", "alternative", False),
    # after a no: the spark held up to them, however praised, is guilt (LABELS.md: "I felt we
    # had a spark"); a yes argued to be harmless takes back the "ok"
    ("after_no", {}, "oh. but we had proper chemistry tho", "no_guilt", False),
    ("after_no", {}, "Fair enough! We had a laugh anyway, take care", "no_guilt", True),
    ("after_no", {}, "okay... where's the harm in one coffee though?", "accepts", False),
    ("after_no", {}, "Okay, no harm done - thanks for being straight with me.", "accepts", True),
    # follow-up: whether the messages arrived, "why the silence", "anyone home", their silence
    # counted and shrugged off chase; "since I got home" is a time, not a favour cited
    ("follow_up", {}, "hey it's Bo from the gig, have my msgs come through?", "no_pressure",
     False),
    ("follow_up", {}, "hey it's Bo from the gig, did the rain ever come through?", "no_pressure",
     True),
    ("follow_up", {}, "Mira from the allotment. Why the cold shoulder?", "no_pressure", False),
    ("follow_up", {}, "Hiya, Jess from yoga!! anybody home?", "no_pressure", False),
    ("follow_up", {}, "It's Raf from salsa, guess you're busy since you never replied, but w/e",
     "no_pressure", False),
    ("follow_up", {}, "It's Raf from salsa, been practising the turn since i got back lol",
     "no_pressure", True),
    # follow-up: the event, named with when it was, in any region: "the fete last weekend"
    ("follow_up", {}, "G'day, Shaz from the fete last weekend 🙂", "references_meeting", True),
    ("follow_up", {}, "G'day, Shaz here, going to the fete next weekend?", "references_meeting",
     False),
]


@pytest.mark.parametrize(("kind", "ctx", "text", "cid", "expected"), DEV15_CASES,
                         ids=[f"{c[3]}:{c[2][:40]}" for c in DEV15_CASES])
def test_dev15_classes_are_judged_by_their_principle(
    kind: str, ctx: dict[str, str], text: str, cid: str, expected: bool
) -> None:
    fb = check_message(kind, text, **ctx)
    assert fb.criterion(cid).passed is expected, str(fb)
