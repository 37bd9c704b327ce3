"""Text checkers: hand-written cases per criterion, evidence, messages, order and errors.

The cases are written from the guide's principles, independently of the labelled corpus,
and include the hard ones: presumptions that end in "?", negated pressure, quoted speech,
lowercase without punctuation, curly quotes, and emoji.
"""

from __future__ import annotations

from typing import Any

import pytest

from workshop.checkers import check_message
from workshop.checkers.contract import CRITERIA, REPLY_CRITERIA
from workshop.errors import UnknownKindError, WorkshopError

Case = tuple[str, dict[str, Any], str, dict[str, bool]]
ASK: dict[str, Any] = {}
YES: dict[str, Any] = {"intent": "yes"}
UNSURE: dict[str, Any] = {"intent": "unsure"}
NO: dict[str, Any] = {"intent": "no"}

CASES: list[Case] = [
    # -- ask: question vs order vs presumption ------------------------------------------
    ("ask", ASK, "Would it be okay if I got your number?", {"question": True}),
    ("ask", ASK, "Any chance I could get your number?", {"question": True}),
    ("ask", ASK, "Mind if I grab your number?", {"question": True}),
    ("ask", ASK, "I'd love to swap numbers if you're open to it", {"question": True}),
    ("ask", ASK, "Want to swap numbers?", {"question": True}),
    ("ask", ASK, "up for exchanging numbers?", {"question": True}),
    ("ask", ASK, "can i get ur number", {"question": True}),
    ("ask", ASK, "would you be open to exchanging numbers", {"question": True}),
    ("ask", ASK, "How about we exchange numbers?", {"question": True}),
    ("ask", ASK, "I was wondering if I could get your number.", {"question": True}),
    ("ask", ASK, "Is it cool if I take your number?", {"question": True}),
    ("ask", ASK, "Do you think I could get your number?", {"question": True}),
    ("ask", ASK, "Fancy swapping numbers?", {"question": True}),
    ("ask", ASK, "Shall we swap numbers?", {"question": True}),
    ("ask", ASK, "wanna swap numbers? 😊", {"question": True}),
    ("ask", ASK, "\u201cCan I get your number?\u201d", {"question": True}),
    ("ask", ASK, "CAN I GET YOUR NUMBER", {"question": True}),
    ("ask", ASK, "You're going to give me your number, right?",
     {"question": False, "no_pressure": False}),
    ("ask", ASK, "You\u2019ll give me your number, won\u2019t you?",
     {"question": False, "no_pressure": False}),
    ("ask", ASK, "I'll take your number", {"question": False, "no_pressure": False}),
    ("ask", ASK, "Give me your number.", {"question": False}),
    ("ask", ASK, "What's your number?", {"question": False}),
    ("ask", ASK, "Type your number in here.", {"question": False, "no_pressure": False}),
    ("ask", ASK, "Type your number in here if you like.", {"no_pressure": True}),
    ("ask", ASK, "I need your number.", {"question": False}),
    ("ask", ASK, "Let me get your number.", {"question": False}),
    ("ask", ASK, "Hand over your digits.", {"question": False}),
    ("ask", ASK, "You're giving me your number tonight.", {"question": False}),
    ("ask", ASK, "Why won't you give me your number?", {"question": False, "no_pressure": False}),
    # -- ask: pressure in its forms, and negations that are not pressure ---------------
    ("ask", ASK, "Can I get your number? Come on, don't be shy.", {"no_pressure": False}),
    ("ask", ASK, "Can I have your number? Please please please", {"no_pressure": False}),
    ("ask", ASK, "can i get your number?? pls pls pls", {"no_pressure": False}),
    ("ask", ASK, "Can I get your number? After I bought you a drink it's only fair.",
     {"no_pressure": False}),
    ("ask", ASK, "Can I get your number? You owe me.", {"no_pressure": False}),
    ("ask", ASK, "I'm not leaving until you give me your number.", {"no_pressure": False}),
    ("ask", ASK, "Can I get your number? Why not? It's just a number.", {"no_pressure": False}),
    ("ask", ASK, "Could I get your number? I won't take no for an answer.",
     {"question": True, "no_pressure": False}),
    ("ask", ASK, "Just give it to me already.", {"no_pressure": False}),
    ("ask", ASK, "Can I have your number? I'll be crushed if you say no.", {"no_pressure": False}),
    ("ask", ASK, "Can I get your number? Don't make this awkward.", {"no_pressure": False}),
    ("ask", ASK, "Can I get your number? You'd be crazy to say no.", {"no_pressure": False}),
    ("ask", ASK, "Number please! I'm not taking no for an answer", {"no_pressure": False}),
    ("ask", ASK, "Can I get your number? I'll keep asking till you say yes",
     {"no_pressure": False}),
    ("ask", ASK, "Can I get your number? If you don't, I'll just ask your friend.",
     {"no_pressure": False}),
    ("ask", ASK, "Can I have your number, or are you too good for me?", {"no_pressure": False}),
    ("ask", ASK, "Can I get your number? Stop playing hard to get.", {"no_pressure": False}),
    ("ask", ASK, "No pressure at all - could I get your number so we can grab coffee?",
     {"no_pressure": True, "out": True, "reason": True, "question": True}),
    ("ask", ASK, "I don't want to pressure you, but would you like to swap numbers?",
     {"no_pressure": True}),
    ("ask", ASK, "You don't have to say yes, but can I get your number?",
     {"no_pressure": True, "out": True}),
    ("ask", ASK, "I'm not going to keep asking, I promise. Could we swap numbers?",
     {"no_pressure": True}),
    ("ask", ASK, 'My friend said "come on, just ask" - so, could I get your number?',
     {"no_pressure": True, "question": True}),
    # -- ask: reasons, and requests that only restate themselves -------------------------
    ("ask", ASK, "Could I get your number so we can plan the hike?", {"reason": True}),
    ("ask", ASK, "Could I get your number to plan the study group?", {"reason": True}),
    ("ask", ASK, "Can I get your number? I'd love to grab coffee.", {"reason": True}),
    ("ask", ASK, "Can I get your number? I can send you the slides.", {"reason": True}),
    ("ask", ASK, "We should climb together sometime - can I get your number?",
     {"reason": True}),
    ("ask", ASK, "Want to climb together next week? Can I get your number?", {"reason": True}),
    ("ask", ASK, "Can I get your number? There's a gig on Friday I think you'd love.",
     {"reason": True}),
    ("ask", ASK, "Can I get your number so I can call you?", {"reason": False}),
    ("ask", ASK, "Can I get your number so we can keep in touch?", {"reason": False}),
    ("ask", ASK, "Can I get your number? I'd like to text you sometime.", {"reason": False}),
    ("ask", ASK, "Can I get your number for later?", {"reason": False}),
    # -- ask: the shared moment ------------------------------------------------------------
    ("ask", ASK, "I've really enjoyed talking. Can I get your number?", {"connection": True}),
    ("ask", ASK, "Can I get your number? Our chat about birds was the best.",
     {"connection": True}),
    ("ask", ASK, "this was fun! can i get ur number", {"connection": True}),
    ("ask", ASK, "Great meeting you yesterday - can I get your number?", {"connection": True}),
    ("ask", ASK, "Thanks for the great chat! Could we swap numbers?", {"connection": True}),
    ("ask", ASK, "We really hit it off - could we swap numbers?", {"connection": True}),
    ("ask", ASK, "Talking to you has been the highlight of my night. Can I get your number?",
     {"connection": True}),
    ("ask", ASK, "You're gorgeous. Can I get your number?", {"connection": False}),
    ("ask", ASK, "I see you at the gym every week. Can I get your number?",
     {"connection": False}),
    # -- ask: easy outs --------------------------------------------------------------------
    ("ask", ASK, "Could we swap numbers? Totally fine if not.", {"out": True}),
    ("ask", ASK, "Could we swap numbers? Only if you're comfortable.", {"out": True}),
    ("ask", ASK, "Could we swap numbers? No worries either way.", {"out": True}),
    ("ask", ASK, "Could we swap numbers? Feel free to say no!", {"out": True}),
    ("ask", ASK, "Could we swap numbers? If not, no worries!", {"out": True}),
    ("ask", ASK, "Could we swap numbers? Don't feel obligated.", {"out": True}),
    ("ask", ASK, "Could we swap numbers? I won't be upset if you'd rather not.", {"out": True}),
    ("ask", ASK, "Could we swap numbers?", {"out": False}),
    # -- offer -----------------------------------------------------------------------------
    ("offer", {}, "Here's my number if you'd like to connect sometime.",
     {"gives_control": True, "no_pressure": True}),
    ("offer", {}, "My number's on the napkin. Totally up to you.", {"gives_control": True}),
    ("offer", {}, "Here's my card, in case you ever want to talk shop.", {"gives_control": True}),
    ("offer", {}, "Text me if you'd like.", {"gives_control": True}),
    ("offer", {}, "I'll leave my number with you - if you ever feel like a coffee, just text.",
     {"gives_control": True}),
    ("offer", {}, "Here's my number, text me tonight.", {"gives_control": False}),
    ("offer", {}, "This is my number. I'll expect your call.", {"gives_control": False}),
    ("offer", {}, "Call me tomorrow at 6.", {"gives_control": False}),
    ("offer", {}, "Here's my number. Make sure you text me!", {"gives_control": False}),
    ("offer", {}, "Here's my number. Don't forget to call me.", {"gives_control": False}),
    ("offer", {}, "Here's my number. Text me when you get home.", {"gives_control": False}),
    ("offer", {}, "Here's my number. Call me.", {"gives_control": False}),
    ("offer", {}, "Here's my number. Use it or lose it.", {"no_pressure": False}),
    ("offer", {}, "Here's my number. If you don't call, I'll be so sad.",
     {"no_pressure": False}),
    ("offer", {}, "I loved our chat about jazz. Here's my number, no pressure.",
     {"connection": True, "gives_control": True, "no_pressure": True}),
    # -- reply: yes ------------------------------------------------------------------------
    ("reply", {"intent": "yes"}, "Yes, I'd love to!", {"clear_yes": True, "no_games": True}),
    ("reply", {"intent": "yes"}, "yeah of course", {"clear_yes": True}),
    ("reply", {"intent": "yes"}, "Absolutely \u2014 here it is: 555 0199",
     {"clear_yes": True}),
    ("reply", {"intent": "yes"}, "Sounds great, here's my number", {"clear_yes": True}),
    ("reply", {"intent": "yes"}, "yesss 🥳", {"clear_yes": True, "no_games": True}),
    ("reply", {"intent": "yes"}, "Happy to!", {"clear_yes": True}),
    ("reply", {"intent": "yes"}, "Maybe, maybe not ;)", {"clear_yes": False, "no_games": False}),
    ("reply", {"intent": "yes"}, "Guess it", {"clear_yes": False, "no_games": False}),
    ("reply", {"intent": "yes"}, "Make me work for it", {"clear_yes": False, "no_games": False}),
    ("reply", {"intent": "yes"}, "Hmm, not sure.", {"clear_yes": False}),
    ("reply", {"intent": "yes"}, "Yes... actually no, wait", {"clear_yes": False}),
    ("reply", {"intent": "yes"}, "You'll have to earn it", {"no_games": False}),
    ("reply", {"intent": "yes"}, "Sure, if you can find me on Instagram 😏", {"no_games": False}),
    ("reply", {"intent": "yes"}, "What's it worth to you?", {"no_games": False}),
    # -- reply: unsure ---------------------------------------------------------------------
    ("reply", {"intent": "unsure"}, "I'm not ready to share my number yet", {"honest": True}),
    ("reply", {"intent": "unsure"}, "I'd rather not give it out just yet", {"honest": True}),
    ("reply", {"intent": "unsure"}, "I need a little more time", {"honest": True}),
    ("reply", {"intent": "unsure"}, "I'm a bit unsure about giving my number out",
     {"honest": True}),
    ("reply", {"intent": "unsure"}, "Can we wait on the numbers for now?", {"honest": True}),
    ("reply", {"intent": "unsure"}, "Sorry, my phone is dead", {"honest": False}),
    ("reply", {"intent": "unsure"}, "haha maybe", {"honest": False, "kind": False}),
    ("reply", {"intent": "unsure"},
     "Thank you for asking! I'm not ready yet, but maybe we can connect on social media "
     "instead?", {"honest": True, "kind": True, "alternative": True}),
    ("reply", {"intent": "unsure"}, "That's so sweet. I'm not sure yet.",
     {"kind": True, "alternative": False}),
    ("reply", {"intent": "unsure"}, "Ugh, no. Not yet.", {"kind": False}),
    ("reply", {"intent": "unsure"}, "Not yet. Find me on Instagram?", {"alternative": True}),
    ("reply", {"intent": "unsure"}, "Not yet, but let's keep chatting on the app for now.",
     {"alternative": True}),
    ("reply", {"intent": "unsure"}, "Not yet - but I'll see you at the next meetup!",
     {"alternative": True}),
    ("reply", {"intent": "unsure"}, "Not yet, maybe later.", {"alternative": False}),
    # -- reply: no -------------------------------------------------------------------------
    ("reply", {"intent": "no"}, "Thank you, but I'm not interested.",
     {"clear_no": True, "polite": True, "no_false_hope": True}),
    ("reply", {"intent": "no"}, "I'd rather not, but thank you.", {"clear_no": True}),
    ("reply", {"intent": "no"}, "I'm going to pass.", {"clear_no": True}),
    ("reply", {"intent": "no"}, "That's kind, but no.", {"clear_no": True}),
    ("reply", {"intent": "no"}, "I'm married, sorry.", {"clear_no": True}),
    ("reply", {"intent": "no"}, "maybe another time", {"clear_no": False, "no_false_hope": False}),
    ("reply", {"intent": "no"}, "ask me later", {"clear_no": False, "no_false_hope": False}),
    ("reply", {"intent": "no"}, "Not right now.", {"clear_no": False, "no_false_hope": False}),
    ("reply", {"intent": "no"}, "No thanks, at least not yet.", {"no_false_hope": False}),
    ("reply", {"intent": "no"}, "No thanks, and please don't ask again.",
     {"clear_no": True, "no_false_hope": True, "polite": True}),
    ("reply", {"intent": "no"}, "Ew, no", {"clear_no": True, "polite": False}),
    ("reply", {"intent": "no"}, "As if.", {"polite": False}),
    ("reply", {"intent": "no"}, "lol no", {"polite": False}),
    ("reply", {"intent": "no"}, "Not with someone like you.", {"polite": False}),
    # -- follow-up -------------------------------------------------------------------------
    ("follow_up", {}, "Hey, it was great meeting you yesterday!",
     {"references_meeting": True, "brief": True, "no_pressure": True}),
    ("follow_up", {}, "Hi, it's Maya from the book club!", {"references_meeting": True}),
    ("follow_up", {}, "Still laughing about the karaoke 😂", {"references_meeting": True}),
    ("follow_up", {}, "This is Omar, we met at the climbing gym", {"references_meeting": True}),
    ("follow_up", {}, "Hope your presentation went well!", {"references_meeting": True}),
    ("follow_up", {}, "What's up?", {"references_meeting": False}),
    ("follow_up", {}, "Are you free Friday?", {"references_meeting": False}),
    ("follow_up", {}, "why haven't you replied??", {"no_pressure": False}),
    ("follow_up", {}, "Hello?? Did you get my texts?", {"no_pressure": False}),
    ("follow_up", {}, "I've messaged you 3 times now.", {"no_pressure": False}),
    ("follow_up", {}, "Reply please!!", {"no_pressure": False}),
    ("follow_up", {}, "Waiting for your reply...", {"no_pressure": False}),
    ("follow_up", {}, "Don't ghost me!", {"no_pressure": False}),
    ("follow_up", {}, "Great chatting at the gym! No rush to reply.", {"no_pressure": True}),
    # "the moment you..." hurries them only when the moment is still to come
    ("follow_up", {}, "My kite snapped the minute you waved goodbye 😂 fly again sometime?",
     {"no_pressure": True}),
    ("follow_up", {}, "the second you left the band started playing our song lol",
     {"no_pressure": True}),
    ("follow_up", {}, "Message me the minute you're off the train!", {"no_pressure": False}),
    ("follow_up", {}, "ring me the second u see this", {"no_pressure": False}),
    ("follow_up", {"hours": 24}, "Lovely to meet you at the market!", {"timely": True}),
    ("follow_up", {"hours": 48}, "Lovely to meet you at the market!", {"timely": True}),
    ("follow_up", {"hours": 49}, "Lovely to meet you at the market!", {"timely": False}),
    # -- after a no ------------------------------------------------------------------------
    ("after_no", {}, "No problem at all, have a great night!",
     {"accepts": True, "no_guilt": True, "no_repeat": True}),
    ("after_no", {}, "Totally understand.", {"accepts": True}),
    ("after_no", {}, "Okay, thanks for letting me know.", {"accepts": True}),
    ("after_no", {}, "I respect that.", {"accepts": True}),
    ("after_no", {}, "Are you sure?", {"accepts": False, "no_repeat": False}),
    ("after_no", {}, "Come on...", {"accepts": False}),
    ("after_no", {}, "Wow ok, your loss", {"no_guilt": False}),
    ("after_no", {}, "Whatever.", {"no_guilt": False}),
    ("after_no", {}, "I thought we had something.", {"no_guilt": False}),
    ("after_no", {}, "Fine.", {"no_guilt": False}),
    ("after_no", {}, "I guess I'm just not good enough.", {"no_guilt": False}),
    ("after_no", {}, "Okay. I bought you a drink though.", {"no_guilt": False}),
    ("after_no", {}, "Fine, be like that.", {"no_guilt": False}),
    ("after_no", {}, "No worries! Sorry if I made it awkward.", {"no_guilt": True}),
    ("after_no", {}, "Okay - your Instagram then?", {"no_repeat": False}),
    ("after_no", {}, "Sure. At least your email?", {"no_repeat": False}),
    ("after_no", {}, "No worries. Maybe next time?", {"no_repeat": False}),
    ("after_no", {}, "OK. What if I just give you mine?", {"no_repeat": False}),
    ("after_no", {}, "No problem, I won't ask again.", {"no_repeat": True}),
    ("after_no", {}, "All good, see you around at the gym!", {"no_repeat": True}),
    # -- more phrasing: formal, terse, dating-app, parents at a park -----------------------
    ("ask", ASK, "Hi Marco, thanks for the tips on sourdough at the market. Would it be OK to "
     "swap numbers?", {"question": True, "connection": True}),
    ("ask", ASK, "Our kids clearly love playing together - would you like to swap numbers to "
     "set up a playdate?", {"question": True, "reason": True}),
    ("ask", ASK, "Dear colleague, I enjoyed your presentation very much. May I have your phone "
     "number to discuss a joint project?", {"question": True, "reason": True,
                                            "connection": True}),
    ("ask", ASK, "we've been matched for 2 weeks and chatting here is fun - would you feel ok "
     "moving to texting? no rush at all", {"connection": True, "out": True}),
    ("ask", ASK, "Can I get your number? I've got two tickets to the jazz night on Friday.",
     {"reason": True}),
    ("ask", ASK, "Would it be alright to get your number? I run a small book club.",
     {"reason": True}),
    ("ask", ASK, "Could I please have your number? I'd hate to lose touch after such a fun "
     "workshop.", {"connection": True}),
    ("ask", ASK, "I really appreciate your help with my CV today. Could we swap numbers?",
     {"connection": True}),
    ("ask", ASK, "Your number. I'm not asking twice.", {"question": False, "no_pressure": False}),
    ("ask", ASK, "So... are you going to give me your number or what?",
     {"question": False, "no_pressure": False}),
    ("ask", ASK, "I know you're shy but just type your number in, it'll take two seconds.",
     {"no_pressure": False}),
    ("ask", ASK, "hey can i have your number? i'm not gonna stop until you say yes",
     {"no_pressure": False}),
    ("ask", ASK, "Is there any way I could get your number? It's really important to me.",
     {"no_pressure": False}),
    ("ask", ASK, "So we're exchanging numbers, yeah?", {"question": False, "no_pressure": False}),
    ("offer", {}, "Here's my number. Text me by 9 or don't bother.",
     {"gives_control": False, "no_pressure": False}),
    ("offer", {}, "Here's my number. I'll check my phone every five minutes until you call",
     {"no_pressure": False}),
    ("offer", {}, "Can I give you my number? Then you can text me if you ever want a coffee.",
     {"gives_control": True, "no_pressure": True}),
    # Their phone used without asking takes the choice and pushes, however kindly it goes on.
    ("offer", {}, "I'll put my number in your phone. You don't owe me anything, just use it "
     "if you want.", {"gives_control": False, "no_pressure": False}),
    ("offer", {}, "I'll put my number in your phone if you'd like? No pressure to use it.",
     {"gives_control": True, "no_pressure": True}),
    ("reply", {"intent": "yes"}, "I'll give it to you... eventually \U0001f609",
     {"clear_yes": False, "no_games": False}),
    ("reply", {"intent": "yes"}, "Yes please! It's 0207 946 0958.",
     {"clear_yes": True, "no_games": True}),
    ("reply", {"intent": "yes"}, "Haha maybe... if you're lucky", {"clear_yes": False,
                                                                    "no_games": False}),
    ("reply", {"intent": "unsure"}, "I'm flattered! I'd like to wait a bit before giving my "
     "number out, hope you understand.", {"honest": True, "kind": True}),
    ("reply", {"intent": "unsure"}, "That's kind of you! Can we stick to messaging on the app "
     "for a bit longer?", {"honest": True, "kind": True, "alternative": True}),
    ("reply", {"intent": "unsure"}, "Oh, I actually don't have my phone on me right now.",
     {"honest": False}),
    ("reply", {"intent": "unsure"}, "I've had a lovely evening, thank you! I'm just not "
     "comfortable giving my number yet. Maybe we could meet at the climbing wall again?",
     {"honest": True, "kind": True, "alternative": True}),
    ("reply", {"intent": "no"}, "I'll pass, thanks.", {"clear_no": True, "polite": True}),
    ("reply", {"intent": "no"}, "Nope, not happening, you're weird.", {"polite": False}),
    ("reply", {"intent": "no"}, "Ha, no. Did you really think I would?", {"polite": False}),
    ("reply", {"intent": "no"}, "Not today, sorry!", {"clear_no": False,
                                                      "no_false_hope": False}),
    ("follow_up", {}, "Hey, it's Ben from the hike on Sunday. Text me back or I'll assume you "
     "hate me lol", {"references_meeting": True, "no_pressure": False}),
    ("follow_up", {}, "Hi, it's Lee. You didn't reply to my last three messages.",
     {"references_meeting": False, "no_pressure": False}),
    ("follow_up", {}, "Hi, this is Karen. We met on the train. Hope you're well!",
     {"references_meeting": True, "no_pressure": True}),
    ("after_no", {}, "Alright. Can I ask why?", {"accepts": False, "no_repeat": True}),
    ("after_no", {}, "Hm, okay. Are you on Insta though?", {"accepts": True,
                                                            "no_repeat": False}),
    ("after_no", {}, "Alright, your call. Good luck finding someone better \U0001f644",
     {"no_guilt": False}),
    ("after_no", {}, "Ugh, typical.", {"no_guilt": False}),
    ("ask", ASK, "I'll give you my number and you give me yours, deal?", {"reason": False}),
    ("ask", ASK, "Let me have your number, I'll text you about the party.",
     {"question": False, "reason": True}),
    ("ask", ASK, "Could I get your number? If you say no that's totally fine, I just thought "
     "I'd ask.", {"out": True, "no_pressure": True}),
    ("ask", ASK, "If I don't get your number tonight I'll regret it forever. Please?",
     {"question": False, "no_pressure": False}),
    ("ask", ASK, "Could we exchange numbers? Your dog and mine are best friends now.",
     {"connection": True}),
    ("ask", ASK, "Would you be interested in swapping numbers? We could practise Spanish "
     "together.", {"question": True, "reason": True}),
    ("follow_up", {}, "I can't stop thinking about you. Please text me back, I'll wait all "
     "night.", {"no_pressure": False}),
    ("follow_up", {}, "Hello? Are you there? Helloooo?", {"no_pressure": False}),
    ("follow_up", {}, "Hi Mei, this is Tom (we met at the dog park with Biscuit).",
     {"references_meeting": True}),
    ("after_no", {}, "Oh. Well, I guess I'll just go then.", {"no_guilt": False}),
    ("after_no", {}, "Okay, but what if we just hung out as friends?", {"no_repeat": False}),
    # The door held open ("if you ever change your mind...") is asking again, more softly.
    ("after_no", {}, "Okay. If you ever change your mind, my number's on the sign-up sheet.",
     {"accepts": True, "no_guilt": True, "no_repeat": False}),
    ("ask", ASK, "Can I get your number? I don't take rejection well lol", {"no_pressure": False}),
    ("ask", ASK, "I'd love to swap numbers so we could keep chatting about the book.",
     {"question": True, "reason": True, "connection": True}),
    ("ask", ASK, "It was really nice to chat. I'm not pressuring you, but would you like to "
     "exchange numbers?", {"connection": True, "no_pressure": True}),
    ("offer", {}, "Put my number in your phone right now.", {"gives_control": False}),
    ("offer", {}, "Here's my number. Honestly, don't feel like you have to text.",
     {"gives_control": True, "no_pressure": True}),
    ("reply", {"intent": "yes"}, "Mm, I'll consider it 😏", {"clear_yes": False,
                                                             "no_games": False}),
    ("reply", {"intent": "yes"}, "Yes, of course, but you'd better text me first!",
     {"clear_yes": True, "no_games": False}),
    ("reply", {"intent": "unsure"}, "I'm really enjoying our chat, but I'd like to get to know "
     "you a bit better first. Maybe we can connect on LinkedIn?",
     {"honest": True, "kind": True, "alternative": True}),
    ("reply", {"intent": "unsure"}, "Thank you. I don't think I'm ready.",
     {"honest": True, "kind": True}),
    ("reply", {"intent": "no"}, "I'd rather not - not now, not later. But thanks.",
     {"clear_no": True, "no_false_hope": True}),
    ("reply", {"intent": "no"}, "No. Maybe if you were taller lol", {"polite": False}),
    ("follow_up", {}, "Hey, you never replied to my message from this morning. Everything ok?",
     {"references_meeting": False, "no_pressure": False}),
    ("follow_up", {}, "It's me again. Just making sure you got my last 4 texts.",
     {"no_pressure": False}),
    ("follow_up", {}, "Morning! Hope the rest of your birthday was brilliant",
     {"references_meeting": True}),
    ("after_no", {}, "I'm honestly a bit hurt, but okay.", {"accepts": True, "no_guilt": False}),
    ("after_no", {}, "Your call. Have a good evening.", {"accepts": True, "no_guilt": True}),
    ("after_no", {}, "Sure, no problem. Can we still be friends on Insta?", {"no_repeat": False}),
    # -- generalization: paraphrases of each signal, written for no corpus file -----------
    # pressure as expectation, obligation, deadline, comparison, threat
    ("ask", ASK, "Could I get your number? I expect an answer by tonight.",
     {"no_pressure": False}),
    ("offer", {}, "Here's my number. I'll be expecting your call tomorrow.",
     {"gives_control": False, "no_pressure": False}),
    ("offer", {}, "Here's my number - you said you'd text me, remember?",
     {"gives_control": False, "no_pressure": False}),
    ("offer", {}, "Here's my number. You're supposed to call me this week.",
     {"no_pressure": False}),
    ("offer", {}, "Here's my card. Call me before Friday or forget it.", {"no_pressure": False}),
    ("offer", {}, "Here's my number. Use it tonight or you'll lose your chance.",
     {"no_pressure": False}),
    ("offer", {}, "Here's my number. You've got 24 hours.", {"no_pressure": False}),
    ("ask", ASK, "Can I get your number? Last offer.", {"no_pressure": False}),
    ("ask", ASK, "Can I get your number? I won't ask twice.", {"no_pressure": False}),
    ("ask", ASK, "Could I get your number? If not, I won't ask again, promise!",
     {"no_pressure": True, "out": True}),
    ("ask", ASK, "Can I have your number? Everybody else at the party already gave me theirs.",
     {"no_pressure": False}),
    ("ask", ASK, "Can I get your number? You're the only one here who hasn't given me theirs.",
     {"no_pressure": False}),
    ("ask", ASK, "I'll stand right here until you hand it over.", {"no_pressure": False}),
    ("ask", ASK, "Can I get your number, or do I have to follow you out to your car? 😂",
     {"no_pressure": False}),
    ("ask", ASK, "Could I get your number? I know where you work anyway.",
     {"no_pressure": False}),
    ("ask", ASK, "Text me your number. Now!", {"no_pressure": False}),
    # presumptive "when" questions and tags after an entitlement are not questions
    ("ask", ASK, "So when do I get your digits?", {"question": False, "no_pressure": False}),
    ("ask", ASK, "Then when are you sending me your number?",
     {"question": False, "no_pressure": False}),
    ("ask", ASK, "I helped you move that table, so I've earned your number, haven't I?",
     {"question": False, "no_pressure": False}),
    ("ask", ASK, "I'm getting your number whether you want to or not.",
     {"question": False, "no_pressure": False, "out": False}),
    ("ask", ASK, "I'm having your number, like it or not.", {"out": False, "no_pressure": False}),
    # nagging follow-ups
    ("follow_up", {}, "Hey? You there??", {"no_pressure": False}),
    ("follow_up", {}, "Still no reply? 🙄", {"no_pressure": False}),
    ("follow_up", {}, "How come you're not answering my texts?", {"no_pressure": False}),
    ("follow_up", {}, "Any reason you aren't responding?", {"no_pressure": False}),
    ("follow_up", {}, "I can see you opened my message.", {"no_pressure": False}),
    ("follow_up", {}, "Just checking you got my last message", {"no_pressure": False}),
    ("follow_up", {}, "Lovely meeting you at the book fair! Did you see my text???",
     {"no_pressure": False}),
    ("follow_up", {}, "I've been waiting all day.", {"no_pressure": False}),
    # regressions: easy outs and warm words are not pressure
    ("ask", ASK, "Could I get your number? No pressure, I don't want to push.",
     {"no_pressure": True, "out": True}),
    ("ask", ASK, "Would you like to swap numbers? Whenever you like - I'd love to keep chatting.",
     {"no_pressure": True, "question": True}),
    ("ask", ASK, "Maybe we'll bump into each other at the gym again - could I get your number "
     "in case?", {"no_pressure": True, "question": True}),
    ("ask", ASK, "When you're free, would you like to grab a coffee and swap numbers?",
     {"no_pressure": True, "question": True}),
    ("ask", ASK, "Everyone gave great talks today - could we swap numbers?",
     {"no_pressure": True}),
    ("ask", ASK, "I'll find you at the next meetup if not - could I get your number?",
     {"no_pressure": True}),
    ("offer", {}, "Here's my number. I don't expect anything, text if you feel like it.",
     {"gives_control": True, "no_pressure": True}),
    ("offer", {}, "Here's my number, text me whenever you like - no pressure.",
     {"gives_control": True, "no_pressure": True}),
    ("follow_up", {}, "Did you get home ok? Lovely meeting you at the ceilidh!",
     {"no_pressure": True, "references_meeting": True}),
    ("follow_up", {}, "Hey! Great to meet you at the wedding. No need to reply, just wanted to "
     "say hi.", {"no_pressure": True}),
    # shared moments told through places, activities and things done together
    ("ask", ASK, "I'm really glad we got talking at the bookshop. Could we swap numbers?",
     {"connection": True}),
    ("ask", ASK, "Could I get your number? I'd love to send you the video we made.",
     {"connection": True}),
    ("ask", ASK, "You and I both survived that quiz round - could we swap numbers?",
     {"connection": True}),
    ("ask", ASK, "Thanks for showing me the bouldering routes! Want to swap numbers?",
     {"connection": True}),
    ("ask", ASK, "Would it be cool if we swapped numbers?", {"connection": False}),
    ("offer", {}, "Here's my number if you ever want to go bouldering again!",
     {"connection": True, "gives_control": True}),
    ("offer", {}, "Here's my number if you fancy another round of mini golf sometime - that "
     "was fun.", {"connection": True}),
    ("follow_up", {}, "Hi! Lena here from the pottery class - loved your wonky mug 😄",
     {"references_meeting": True}),
    ("follow_up", {}, "Good game of chess after the meetup last night!",
     {"references_meeting": True}),
    ("follow_up", {}, "Priya from the choir here - thanks again for the lift!",
     {"references_meeting": True}),
    ("follow_up", {}, "I saw you read my message.", {"references_meeting": False,
                                                     "no_pressure": False}),
    # coyness: conditions and teasing on a yes
    ("reply", {"intent": "yes"}, "Yes - but only if you buy me a coffee first 😏",
     {"no_games": False}),
    ("reply", {"intent": "yes"}, "Yes, on one condition - you bring the snacks next time.",
     {"no_games": False}),
    ("reply", {"intent": "yes"}, "Sure, as long as you promise to call.", {"no_games": False}),
    ("reply", {"intent": "yes"}, "Hmm, shall I? 😉", {"clear_yes": False, "no_games": False}),
    ("reply", {"intent": "yes"}, "Only if you're lucky 😜", {"no_games": False}),
    ("reply", {"intent": "yes"}, "Sure! You have to tell me how the race goes though!",
     {"clear_yes": True, "no_games": True}),
    ("reply", {"intent": "yes"}, "Yes! Should I write it down for you?",
     {"clear_yes": True, "no_games": True}),
    # declines, and declines reopened
    ("reply", {"intent": "no"}, "Hard no.", {"clear_no": True}),
    ("reply", {"intent": "no"}, "Gonna pass, thanks.", {"clear_no": True, "polite": True}),
    ("reply", {"intent": "no"}, "Thanks, but it's a no from me.", {"clear_no": True}),
    ("reply", {"intent": "no"}, "I'd prefer not to, thank you.", {"clear_no": True}),
    ("reply", {"intent": "no"}, "Not something I do, sorry.", {"clear_no": True}),
    ("reply", {"intent": "no"}, "I'm not up for swapping numbers, but thank you.",
     {"clear_no": True}),
    ("reply", {"intent": "no"}, "I'm not looking for anything at the moment... ask me again "
     "some time?", {"clear_no": False, "no_false_hope": False}),
    ("reply", {"intent": "no"}, "No thanks - maybe some other time", {"clear_no": True,
                                                                     "no_false_hope": False}),
    ("reply", {"intent": "unsure"}, "Not tonight, but thank you for asking!",
     {"honest": True, "kind": True}),
    ("reply", {"intent": "unsure"}, "Not yet - texting's fine though: sam@example.com",
     {"alternative": True}),
    # out: a preference offered is an easy no; "like it or not" is not
    ("ask", ASK, "Could I get your number for the team rota? Totally fine if you'd rather use "
     "email.", {"out": True}),
    # sulking, self-pity and sarcasm after a no
    ("after_no", {}, "Sorry for even asking, I guess.", {"no_guilt": False}),
    ("after_no", {}, "Oh. Am I not good enough for you?", {"no_guilt": False}),
    ("after_no", {}, "Why does this always happen to me...", {"no_guilt": False}),
    ("after_no", {}, "Cool, thanks a lot.", {"no_guilt": False}),
    ("after_no", {}, "Perfect. Just perfect.", {"no_guilt": False}),
    ("after_no", {}, "Excuse me for trying.", {"no_guilt": False}),
    ("after_no", {}, "Was it something I said?", {"no_guilt": False}),
    ("after_no", {}, "No problem! Thanks for being honest, have a great night.",
     {"accepts": True, "no_guilt": True, "no_repeat": True}),
    ("after_no", {}, "Ah, I see. All good - enjoy the rest of the party!",
     {"accepts": True, "no_guilt": True}),
    ("after_no", {}, "Great, thanks for letting me know! Enjoy your evening.",
     {"accepts": True, "no_guilt": True}),
    ("after_no", {}, "Sorry if I made it weird - no worries at all!", {"no_guilt": True}),
    # -- signals generalized after the second holdout (dev3); the texts are paraphrases ----
    # question: desire or readiness + an exchange verb, anywhere, with or without "?"
    ("ask", ASK, "you wanna trade numbers so we can plan the next climb", {"question": True}),
    ("ask", ASK, "Fancy exchanging numbers before you head off", {"question": True}),
    ("ask", ASK, "down to swap digits? no worries if not", {"question": True, "out": True}),
    ("ask", ASK, "I'd love to grab lunch next week, if you'd be open to swapping numbers.",
     {"question": True, "reason": True}),
    ("ask", ASK, "I want to swap numbers.", {"question": False}),
    # an informal "what's your number" is a question when softened; bare, it presumes
    ("ask", ASK, "Random question, but what's your number? I'd love to send you that recipe.",
     {"question": True, "reason": True}),
    ("ask", ASK, "whats ur number", {"question": False}),
    # a question about something else asks for nothing
    ("ask", ASK, "Did you catch the last train ok?", {"question": False}),
    ("ask", ASK, "Lovely chatting! See you at the market next week maybe?", {"question": False}),
    ("ask", ASK, "I was wondering if you'd like to grab a coffee sometime?", {"question": True}),
    # the message quoted after "I'd say:" is the learner's own message
    ("ask", ASK, "I would say: 'Loved chatting about birds today - could I get your number?'",
     {"question": True, "connection": True}),
    ("ask", ASK, "My friend said \"just ask\" - could I get your number?", {"question": True}),
    # reason: a wish, an offer or a topic attached to the contact
    ("ask", ASK, "Could I get your number? I wish to share the choir schedule with you.",
     {"reason": True}),
    ("ask", ASK, "Can we swap numbers? I'm excited to show you the new trail.", {"reason": True}),
    ("ask", ASK, "Can I get your number? I can send you the photos from tonight.",
     {"reason": True}),
    ("ask", ASK, "Could I call you about the bake sale sometime?", {"reason": True}),
    ("ask", ASK, "Can I get your number? Keen to keep chatting about jazz records.",
     {"reason": True}),
    ("ask", ASK, "Can I get your number so I can text you?", {"reason": False}),
    ("ask", ASK, "Can you spare your digits for little old me?", {"reason": False}),
    # connection: a shared event looked back on, enjoyed, or gone to together
    ("ask", ASK, "That pub quiz was chaos lol - could we swap numbers?", {"connection": True}),
    ("ask", ASK, "Today's workshop was so useful. Could we swap numbers?", {"connection": True}),
    ("ask", ASK, "I loved the open mic tonight. Can I get your number?", {"connection": True}),
    ("ask", ASK, "Was a blast tonight! Want to swap numbers?", {"connection": True}),
    ("ask", ASK, "i rly enjoyed chattin w u, wanna swap numbers?", {"connection": True}),
    ("ask", ASK, "I gave you a lift to the conference, so you owe me your number.",
     {"connection": True, "no_pressure": False}),
    ("ask", ASK, "After I bought you that drink, the least you can do is give me your number.",
     {"connection": False, "no_pressure": False}),
    ("offer", {}, "Here's my number if you ever want to chat more about the book club. No "
     "pressure!", {"connection": True, "gives_control": True, "no_pressure": True}),
    ("offer", {}, "please text me so i know you got it, i'll keep checking my phone",
     {"connection": False, "gives_control": False, "no_pressure": False}),
    # pressure: guilt with any intensifier, social proof, deadlines with a cost, presumption
    ("ask", ASK, "Can I get your number? Honestly I'd be a bit gutted if you said no.",
     {"no_pressure": False}),
    ("ask", ASK, "Everybody on the team already shared theirs with me. Can I have yours?",
     {"no_pressure": False}),
    ("ask", ASK, "Could I get your number? It would be so awkward if you said no.",
     {"no_pressure": False}),
    ("ask", ASK, "Can I have your number? I need it by tonight, otherwise I'll ask someone else.",
     {"no_pressure": False}),
    ("ask", ASK, "Clearly we're exchanging numbers, pass me your phone.",
     {"no_pressure": False, "question": False}),
    ("ask", ASK, "Could we swap numbers? If it's a no, that's totally fine.",
     {"out": True, "no_pressure": True}),
    ("ask", ASK, "Can we exchange numbers? If you don't want, is no problem.", {"out": True}),
    # offers: a set time is pressure unless it has a practical reason; either way it
    # takes away their control
    ("offer", {}, "Here's my number - call me tomorrow.",
     {"no_pressure": False, "gives_control": False}),
    ("offer", {}, "My number's 0412 555 019, text me after your class ok",
     {"no_pressure": False, "gives_control": False}),
    # A set time is pressure even with a practical reason (DESIGN.md: no deadline).
    ("offer", {}, "Here's my number. Text me Friday at 6 so we can book the court.",
     {"no_pressure": False, "gives_control": False}),
    ("offer", {}, "Here's my number, ring me so I have yours.", {"gives_control": False}),
    ("offer", {}, "Here's my number - text me whenever. If I never hear back I'll know you "
     "thought I was boring haha", {"no_pressure": False, "gives_control": True}),
    ("offer", {}, "Here's my number. I'll be watching my phone all night!", {"no_pressure": False}),
    ("offer", {}, "Here's my number. Don't make me come looking for you 😉",
     {"no_pressure": False}),
    ("offer", {}, "Here's my number. The last guy ghosted me and that stung, so don't be like "
     "him.", {"no_pressure": False}),
    ("offer", {}, "Here's my number. If I don't hear from you by Sunday I'll know where I "
     "stand.", {"no_pressure": False, "gives_control": False}),
    # yes: formal and casual yeses, negated hedges, plans are not hedges; games withhold
    ("reply", {"intent": "yes"}, "Certainly, I'd be honoured. It's 07700 900123.",
     {"clear_yes": True, "no_games": True}),
    ("reply", {"intent": "yes"}, "Yes absolutely, no maybe about it!",
     {"clear_yes": True, "no_games": True}),
    ("reply", {"intent": "yes"}, "Sure! Perhaps we could grab a coffee too?",
     {"clear_yes": True, "no_games": True}),
    ("reply", {"intent": "yes"}, "Yes! Maybe I'll even reply 😉", {"no_games": False}),
    ("reply", {"intent": "yes"}, "Hmm, why do you even want it? 😏", {"no_games": False}),
    ("reply", {"intent": "yes"}, "Here's a clue: it ends in 42 😜",
     {"no_games": False, "clear_yes": False}),
    ("reply", {"intent": "yes"}, "I'll give you a hint, it starts with 07",
     {"clear_yes": False, "no_games": False}),
    ("reply", {"intent": "yes"}, "Yes, but you've got to call me within 10 minutes",
     {"no_games": False}),
    ("reply", {"intent": "yes"}, "Aw, I'm so glad you asked! I had a fun time.",
     {"clear_yes": False}),
    # unsure: a stated policy is honest; any named group or channel is an alternative
    ("reply", {"intent": "unsure"}, "Thanks so much, but I only give my number to people I've "
     "known a while. Happy to chat on the club group chat though!",
     {"honest": True, "alternative": True, "kind": True}),
    ("reply", {"intent": "unsure"}, "That's sweet - I keep my number for family for now. You "
     "can find me in the running club Strava group!", {"honest": True, "alternative": True}),
    # after a no: bargaining for any channel, leaving your number anyway, martyrdom
    ("after_no", {}, "Totally fair. Could I send you an email instead?", {"no_repeat": False}),
    ("after_no", {}, "Okay. Would Instagram work instead?", {"no_repeat": False}),
    ("after_no", {}, "No worries. Take my card anyway, just in case.", {"no_repeat": False}),
    ("after_no", {}, "Sure. Can I at least leave you my number in case you change your mind?",
     {"accepts": True, "no_repeat": False}),
    ("after_no", {}, "ok no prob. if u ever change ur mind u know where to find me",
     {"accepts": True, "no_repeat": False}),
    ("after_no", {}, "Ah ok. Nothing new for me, haha. Have a good night.", {"no_guilt": False}),
    ("after_no", {}, "Fair enough, I'm pretty used to rejection. Enjoy the party!",
     {"no_guilt": False}),
    # follow-up: anything enjoyed together names the meeting; sarcasm about silence pushes
    ("follow_up", {}, "Hey! Really enjoyed the beach clean-up this morning - hope your back's "
     "ok!", {"references_meeting": True, "no_pressure": True}),
    ("follow_up", {}, "So glad we met at the pottery studio, guess you've been too busy to "
     "reply 🙄", {"references_meeting": True, "no_pressure": False}),

    # -- classes generalized after the third holdout (dev4); the texts are paraphrases ------
    # "no problem" in any dialect, after an if-clause that imagines a no, is an out
    *[("ask", ASK, f"Can I get your number? {t}", {"out": True, "no_pressure": True}) for t in (
        "Nae bother if no.", "If you no want, no wahala.", "No dramas if not, mate.",
        "No sweat if you'd rather not.", "All good if you'd rather not!",
        "If it's a no, that's grand.")],
    # an out that names what they may lack or prefer
    *[("ask", ASK, f"Would you like to swap numbers? {t}", {"out": True}) for t in (
        "Only if you have time.", "Only if you've got the time, of course.",
        "Only if you don't mind.", "Totally fine to stay on the app if you'd prefer.",
        "Happy to just keep chatting here if you'd rather.", "Only if you can, no stress.")],
    # an out taken back by pressure elsewhere is no easy out
    *[("ask", ASK, t, {"out": False, "no_pressure": False}) for t in (
        "No pressure, but can I get your number? I'll be crushed if you say no.",
        "Can I have your number? No worries if not, but you kind of owe me.",
        "Totally fine if not - but I'll be so upset. Can I get your number?",
        "Would you swap numbers? No pressure. Seriously, you have to say yes though.",
        "Can I get your number? Zero pressure, but it'd be rude to say no.")],
    # informal intensifiers and verdicts on the time together point back at it
    *[("ask", ASK, f"{t} Can I get your number so we can do it again?", {"connection": True})
      for t in ("this was rly fun!", "Today was pure brilliant.", "That was dead good craic.",
                "That was a ripper of a chat.", "That was one hell of a game.",
                "Tonight was such a laugh.", "That was a belter of a gig.")],
    # thanks for anything they did while together, or for their company over time
    *[("offer", {}, f"{t} Here's my number if you'd like to stay in touch.",
       {"connection": True, "gives_control": True}) for t in (
        "Thanks for keeping me company in the queue.", "Cheers for putting up with my singing.",
        "Thank you for making the delay bearable.", "Ta for saving me a seat.",
        "I've spent the whole afternoon laughing with you.",
        "We spent hours talking about films.")],
    # thanks for the exchange itself, or a favour alone, are not a shared moment
    *[("ask", ASK, t, {"connection": False}) for t in (
        "Thanks for considering it - can I get your number?",
        "I bought you a drink, so can I have your number?",
        "Thanks for reading this. Can I get your number?")],
    ("ask", ASK, "Can I get your number? Least you can do after I lent you my charger for two "
     "hours on the train.", {"connection": True, "no_pressure": False}),
    ("ask", ASK, "I held you a spot at the front of the queue, so can I get your number?",
     {"connection": True}),
    # doing it again, another one, picking the conversation back up, asking after their plans
    *[("offer", {}, f"Here's my number - {t}", {"connection": True}) for t in (
        "would be fun to hit the night market again sometime.",
        "text me if you're keen for another bushwalk.",
        "message me if you want to carry on the chess chat.",
        "let me know how your first half marathon goes!",
        "would be great to try that ramen place again.",
        "text me if you fancy one more round of pool.")],
    # a pet or a child they both met
    *[("ask", ASK, f"{t} Would you like to swap numbers so they can play again?",
       {"connection": True}) for t in (
        "Biscuit clearly loves Luna.", "Pickles obviously approves of you.",
        "My daughter has already taken to yours.", "Rex totally adores you.",
        "Milo definitely likes you.")],
    # a purpose clause that is negated, or numbers wanted for themselves, is no reason
    *[("ask", ASK, t, {"reason": False}) for t in (
        "Can I get your number so we won't lose touch forever?",
        "Can I get your number? I'm trying to collect as many as I can tonight.",
        "Can I get your number before you go, or we'll never see each other again?",
        "Can I have your number? I'm hoping to rack up a few tonight lol",
        "Can I get your number so we don't lose each other?")],
    # an event to go to, named in any form, is a reason
    *[("ask", ASK, f"Would you be up for swapping numbers {t}", {"reason": True}) for t in (
        "and getting a game in at the pub some evening?",
        "and grabbing a coffee after class?", "for the next jollof cook-off?",
        "before the next quiz night?", "so we're not going to the gig alone?",
        "- I've got a spare festival ticket?")],
    # openers, curt one-word questions and conditional wishes still ask
    *[("ask", ASK, t, {"question": True}) for t in (
        "yo can i get ur number", "oi can I get your number", "mate, could we swap numbers",
        "number?", "insta?", "I'd really appreciate your number, if that's ok.")],
    # wanting their number says what you want; it asks nothing ("I'd like your number")
    *[("ask", ASK, t, {"question": False}) for t in (
        "I'd love your number, honestly.", "I'd like your number so I can send the rota.",
        "id really like ur number")],
    # a bare "what's your number" in a later clause still takes the answer for granted
    *[("ask", ASK, t, {"question": False}) for t in (
        "I've already saved your name, so what's your number?",
        "Loved the chat - what's your number?", "Right, so what's your number?",
        "Great talk; and what's your number?", "Got my pen ready, what is your number?")],
    # pressure: entitlement with hedges, presumed interest, ultimatums, hurry, orders
    *[("ask", ASK, f"Can I get your number? {t}", {"no_pressure": False}) for t in (
        "You kind of owe me.", "You basically owe me one.", "Don't act shy.",
        "Don't play coy.", "I know you're into me.", "We both know you're interested in me.",
        "I need it in the next five minutes, so decide quick.", "Hurry up, my bus is here.",
        "Make up your mind.", "Yes or no?", "Say yes or I'm not showing you the route.",
        "Or I won't lend you my notes.", "Guess I'm the only one who enjoyed this 🙄",
        "Not that you'll bother replying.")],
    *[("ask", ASK, t, {"no_pressure": False, "question": False}) for t in (
        "Write your number on this napkin.", "Put your number in my phone.",
        "Pop your number in here.", "Type your digits into my phone.",
        "Jot your number down for me.")],
    *[("ask", ASK, t, {"no_pressure": True}) for t in (
        "Pop your number in here if you'd like me to send the photos.",
        "Feel free to put your number in my phone.",
        "Could you put your number in here?",
        "Ask me anything, or I'm not sure what to say!")],
    # offers: dictating when, presuming plans, waiting for a reply take the decision away
    *[("offer", {}, f"Here's my number. {t}", {"gives_control": False, "no_pressure": False})
      for t in (
        "Save it now while I watch.", "Put it in your phone right now.",
        "You're coming to the gig with me on Friday, so text me.",
        "You're joining me for lunch tomorrow - text me when.",
        "I'll be checking my phone all night.", "I'll be waiting for your call.",
        "Make sure you text me before you leave.",
        "Text me tonight so I know you got it.")],
    # guilt alone pushes, but still leaves whether and when to them
    *[("offer", {}, f"Here's my number, text me whenever. {t}",
       {"gives_control": True, "no_pressure": False}) for t in (
        "Just don't make me regret it.", "Please don't ghost me.",
        "Don't leave me hanging!", "Not that you'll bother, people never do 🙄",
        "I'd be crushed if you didn't.")],
    # replies: games with the yes, however worded
    *[("reply", YES, f"Yes! {t}", {"no_games": False}) for t in (
        "But you'll have to work a bit harder for it 😉", "But don't text me for at least "
        "three days.", "I like to keep people guessing though.",
        "But no calling me until next week.", "You could work harder for it though 😉")],
    *[("reply", UNSURE, t, {"honest": True, "alternative": True}) for t in (
        "i'm not rly ready to swap numbers yet tbh, find me on the app?",
        "I'm not that ready yet, but I'd be happy to exchange emails.",
        "Not quite ready - my email's on the club website though.",
        "I'm not really ready, but we could swap instas?",
        "Not rly ready yet, my insta is in my bio!")],
    *[("reply", NO, t, {"clear_no": False, "no_false_hope": False}) for t in (
        "Hmm, I'm not sure, I'm kind of busy these days...",
        "I'm pretty busy lately, sorry.", "I'm seeing someone at the moment.",
        "I'm kind of busy this month.", "I'm currently seeing someone, sorry!")],
    *[("reply", NO, t, {"clear_no": True, "no_false_hope": False}) for t in (
        "I'm going to say no for now - but ask me again after exams!",
        "No for now, maybe later?", "I'll pass for now, ask me again sometime.",
        "Nope, not right now - maybe another time.", "Gonna say no for now, but who knows!")],
    ("reply", NO, "I'm not really looking for anything right now, maybe later?",
     {"clear_no": False}),
    # after a no: thanks and "no problem" in any dialect accept it
    *[("after_no", {}, t, {"accepts": True, "no_guilt": True, "no_repeat": True}) for t in (
        "Nae bother at all, cheers for being honest.", "No wahala, enjoy your evening!",
        "Cheers for being straight with me - have a good one.",
        "No dramas at all, enjoy the gig!", "Ta for letting me know, all good.")],
    # follow-ups: asking after the time together names it; bugging them about silence pushes
    ("follow_up", {}, "Hey! Did you even have fun last night? You went quiet and it's kind of "
     "bugging me.", {"references_meeting": True, "no_pressure": False}),
    *[("follow_up", {}, t, {"references_meeting": True, "no_pressure": True}) for t in (
        "Hey, did you have fun at the quiz? We should go again!",
        "Had so much fun at the climbing wall yesterday!",
        "Hope you had fun last night - thanks for the dance lessons!")],
]


def _id(case: Case) -> str:
    kind, ctx, text, _ = case
    return f"{kind}{ctx.get('intent', '')}:{text[:40]}"


@pytest.mark.parametrize("case", CASES, ids=[_id(c) for c in CASES])
def test_criterion(case: Case) -> None:
    kind, ctx, text, expected = case
    fb = check_message(kind, text, **ctx)
    got = {cid: fb.criterion(cid).passed for cid in expected}
    assert got == expected, str(fb)


# -- evidence: the spans point at the learner's own words --------------------------------
EVIDENCE = [
    ("ask", {}, "Can I get your number? Come on, don't be shy.", "no_pressure",
     ["Come on", "don't be shy"]),
    ("ask", {}, "You're going to give me your number, right?", "question",
     ["You're going to give", "right?"]),
    ("ask", {}, "I\u2019ve really enjoyed talking. Can I get your number?", "question",
     ["Can I get your number?"]),
    ("ask", {}, "I\u2019ve really enjoyed talking. Can I get your number?", "connection",
     ["enjoyed talking"]),
    ("ask", {}, "İstanbul was such fun with you. Can I get your number? No pressure!", "out",
     ["No pressure"]),
    ("ask", {}, "İİİ. Can I get your number?", "question", ["Can I get your number?"]),
    ("ask", {}, "Can I get your number?", "reason", []),
    ("ask", {}, "Could we swap numbers so we can plan the hike?", "reason",
     ["so we can plan the hike"]),
    ("offer", {}, "Here's my number. I'll expect your call.", "gives_control",
     ["I'll expect your call"]),
    ("reply", {"intent": "no"}, "Ew, no", "polite", ["Ew"]),
    ("reply", {"intent": "no"}, "No thanks - maybe another time!", "no_false_hope",
     ["maybe", "another time"]),
    ("reply", {"intent": "yes"}, "Maybe, maybe not ;)", "no_games", ["Maybe", "maybe"]),
    ("follow_up", {}, "why haven't you replied??", "no_pressure",
     ["why haven't you", "replied??"]),
    ("after_no", {}, "Wow ok, your loss", "no_guilt", ["Wow ok", "your loss"]),
    ("after_no", {}, "Okay - your Instagram then?", "no_repeat", ["your Instagram then?"]),
]


@pytest.mark.parametrize(("kind", "ctx", "text", "cid", "words"), EVIDENCE,
                         ids=[f"{e[3]}:{e[2][:30]}" for e in EVIDENCE])
def test_evidence_points_at_the_words(
    kind: str, ctx: dict[str, Any], text: str, cid: str, words: list[str]
) -> None:
    fb = check_message(kind, text, **ctx)
    assert fb.evidence_text(fb.criterion(cid)) == words


def test_long_follow_up_highlights_where_it_runs_long() -> None:
    text = "It was great meeting you at the gym. " + " ".join(["Also"] * 80) + "."
    fb = check_message("follow_up", text)
    brief = fb.criterion("brief")
    assert not brief.passed
    (span,) = brief.evidence
    assert 0 < span.start < span.end == len(text)
    assert "88 words" in brief.message


def test_quoted_speech_is_not_the_learners_pressure() -> None:
    fb = check_message("ask", 'She told me "come on, just give it to me" - ha. Could we swap '
                              "numbers so we can plan the trip?")
    assert fb.criterion("no_pressure").passed, str(fb)


# -- structure: criteria order, verdict rule, score, messages -----------------------------
ALL_TEXTS = sorted({c[2] for c in CASES})


def _contexts() -> list[tuple[str, dict[str, Any]]]:
    return [("ask", {}), ("offer", {}), ("reply", {"intent": "yes"}),
            ("reply", {"intent": "unsure"}), ("reply", {"intent": "no"}),
            ("follow_up", {}), ("follow_up", {"hours": 12}), ("follow_up", {"hours": 72}),
            ("after_no", {})]


def _expected_ids(kind: str, ctx: dict[str, Any]) -> tuple[str, ...]:
    if kind == "reply":
        return REPLY_CRITERIA[ctx["intent"]]
    if kind == "follow_up" and "hours" not in ctx:
        return ("references_meeting", "brief", "no_pressure")
    return CRITERIA[kind]


def _rule(kind: str, intent: str | None, ok: dict[str, bool]) -> bool:
    if kind == "ask":
        return ok["question"] and ok["no_pressure"] and (ok["reason"] or ok["connection"])
    if kind == "offer":
        return ok["gives_control"] and ok["no_pressure"]
    if kind == "reply" and intent == "yes":
        return ok["clear_yes"] and ok["no_games"]
    if kind == "reply" and intent == "unsure":
        return ok["honest"] and ok["kind"]
    return all(ok.values())


@pytest.mark.parametrize(("kind", "ctx"), _contexts(), ids=lambda v: str(v))
def test_structure_of_every_feedback(kind: str, ctx: dict[str, Any]) -> None:
    for text in ALL_TEXTS:
        fb = check_message(kind, text, **ctx)
        ids = tuple(c.id for c in fb.criteria)
        assert ids == _expected_ids(kind, ctx), text
        ok = {c.id: c.passed for c in fb.criteria}
        assert fb.passed == _rule(kind, ctx.get("intent"), ok), text
        assert fb.score == pytest.approx(sum(ok.values()) / len(ok), abs=1e-4)
        assert fb.kind == kind and fb.text == text
        assert fb.summary.endswith(".") and "\n" not in fb.summary
        for c in fb.criteria:
            assert c.message.strip() and c.principle.strip(), (text, c)
            assert all(0 <= s.start < s.end <= len(text) for s in c.evidence), (text, c)


def test_failed_messages_offer_an_example_phrase() -> None:
    fb = check_message("ask", "Give me your number.")
    for c in fb.failed:
        assert '"' in c.message, c  # an example of what to say instead


def test_principles_name_the_guide_sections() -> None:
    fb = check_message("ask", "hi")
    assert fb.criterion("question").principle == (
        "The Art of Asking: Be Direct, But Not Demanding")
    assert fb.criterion("no_pressure").principle.startswith("Common Mistakes to Avoid")


def test_timely_uses_the_48_hour_limit() -> None:
    at = {h: check_message("follow_up", "Great meeting you at the gym!", hours=h)
          for h in (0, 0.5, 48, 48.01, 100)}
    assert [at[h].criterion("timely").passed for h in at] == [True, True, True, False, False]
    assert "30 minutes" in at[0.5].criterion("timely").message
    assert at[48].passed and not at[100].passed


def test_empty_message_fails_every_criterion_kindly() -> None:
    for kind, ctx in _contexts():
        fb = check_message(kind, "   ", **ctx)
        assert not fb.passed
        assert all(not c.passed or c.id == "timely" for c in fb.criteria)
        assert fb.summary == "Write your message in the box, then check it again."


# -- errors: the registry says what is allowed ---------------------------------------------
@pytest.mark.parametrize(("kind", "ctx", "match"), [
    ("greet", {}, r"unknown message kind 'greet'; use one of 'ask', 'offer'"),
    ("reply", {}, r"'reply' needs intent=\.\.\.; one of 'yes', 'unsure', 'no'"),
    ("reply", {"intent": "maybe"}, r"unknown intent 'maybe'; use one of 'yes', 'unsure', 'no'"),
    ("ask", {"intent": "yes"}, r"'ask' takes no context 'intent'; allowed context: none"),
    ("follow_up", {"hours": -1}, r"hours must be a number of hours >= 0, not -1"),
    ("follow_up", {"hours": "soon"}, r"hours must be a number"),
    ("follow_up", {"days": 2}, r"allowed context: 'hours'"),
])
def test_bad_kind_or_context_raises_a_clear_error(
    kind: str, ctx: dict[str, Any], match: str
) -> None:
    with pytest.raises(UnknownKindError, match=match):
        check_message(kind, "hello", **ctx)
    assert issubclass(UnknownKindError, WorkshopError)


def test_every_contract_kind_has_a_text_checker() -> None:
    from workshop.checkers import registry

    check_message("ask", "hi")  # loads the built-in checkers
    assert set(CRITERIA) <= set(registry._TEXT)


@pytest.mark.parametrize(("kind", "text", "cid", "says"), [
    ("ask", "Give me your number", "no_pressure", "is an order"),
    ("ask", "Give me your number", "question", "is an order, not a question"),
    ("ask", "Can I get your number? I'll be sad if you say no.", "no_pressure", "guilty"),
    ("ask", "So when do I get your digits?", "question", "assumes the answer is yes"),
    ("ask", "Can I get your number? Everyone else gave me theirs.", "no_pressure", "compares"),
    ("offer", "Here's my number. I expect a text tonight.", "no_pressure", "duty"),
    ("offer", "Here's my number. Text me by 9 or forget it.", "no_pressure", "deadline"),
    ("follow_up", "Hello?? Why aren't you replying?", "no_pressure", "chases a reply"),
    ("after_no", "What's wrong with me?", "no_guilt", "verdict on you"),
    ("after_no", "Great, thanks a lot.", "no_guilt", "sarcastic"),
    ("offer", "Here's my number - text me tonight.", "no_pressure", "rushes them"),
    ("offer", "Here's my number - text me tonight or forget it.", "no_pressure", "deadline"),
    ("follow_up", "Clearly you've been SO busy", "no_pressure", "sarcastic about their silence"),
    ("offer", "Here's my number. I'll keep checking my phone!", "no_pressure", "waits for a reply"),
    ("offer", "Here's my number. Don't make me regret it.", "no_pressure", "guilty"),
    ("ask", "Can I have your number, yes or no? 🙄", "no_pressure", "keeps pushing"),
])
def test_messages_say_what_the_words_do(kind: str, text: str, cid: str, says: str) -> None:
    """A failed criterion names what is actually in the text and suggests a phrase instead."""
    message = check_message(kind, text).criterion(cid).message
    assert says in message and "for example" in message, message
    assert "after they have had their chance" not in message


# Paraphrases of the classes closed on dev5, written by hand for these tests (in no corpus file):
# (kind, text, context, criterion, expected).
_DEV5_CLASSES: list[tuple[str, str, dict[str, Any], str, bool]] = [
    # Counting the times already asked, or bargaining for "at least", is insisting.
    ("ask", "I've asked you twice already, can I have your number?", {}, "no_pressure", False),
    ("ask", "This is the third time I'm asking - number?", {}, "no_pressure", False),
    ("ask", "How many times do I have to ask? Can I get your number?", {}, "no_pressure", False),
    ("ask", "Asking again: could we swap numbers?", {}, "no_pressure", False),
    ("ask", "Fine, could I at least get your email then?", {}, "no_pressure", False),
    # Pleading and leaning on the sender's feelings.
    ("offer", "Here's my number. Please?", {}, "no_pressure", False),
    ("offer", "Here's my number, I so so hope you text me.", {}, "no_pressure", False),
    ("offer", "Here's my number. It would mean the world to me if you called.", {},
     "no_pressure", False),
    ("offer", "Here's my number - you're honestly the only person I've talked to all week.", {},
     "no_pressure", False),
    ("offer", "Here's my number, I've been going through a really hard time lately.", {},
     "no_pressure", False),
    # The choice handed over and taken back, or acted on without asking.
    ("offer", "Here's my number. No need to use it... but you will 😉", {}, "gives_control",
     False),
    ("offer", "Here's my number, not that you have to - but we both know you'll text.", {},
     "gives_control", False),
    ("offer", "I put my number into your phone while you were dancing, hope that's cool", {},
     "gives_control", False),
    ("offer", "Already added my details to your contacts btw!", {}, "gives_control", False),
    ("offer", "Type your number into my phone and I'll text you mine.", {}, "gives_control",
     False),
    ("offer", "Want me to put my number in your phone? Text whenever you like.", {},
     "gives_control", True),
    # Their feelings declared for them; a duty to hand it over.
    ("ask", "You obviously fancy me too, so what's your number?", {}, "no_pressure", False),
    ("ask", "We both felt the spark, so can I get your number?", {}, "no_pressure", False),
    ("ask", "I'm gonna need your number for the rota, it's compulsory.", {}, "no_pressure", False),
    ("ask", "Can I get your number? It's basically mandatory for the team.", {}, "no_pressure",
     False),
    # A set time pushes even with a practical reason; only their own choice lifts it.
    ("offer", "Here's my number, text me tonight so I've got yours for the booking.", {},
     "no_pressure", False),
    ("offer", "Here's my number - text me by Friday, I need to know if you're coming.", {},
     "no_pressure", False),
    # A set time stays one when joined to "if you'd like" (LABELS.md: every deadline or set
    # time, even practical ones; as h12-offer-005 and h13-offer-015 are labelled).
    ("offer", "Here's my number - text me by Friday if you'd like to come along.", {},
     "no_pressure", False),
    # Shared details are a connection.
    ("ask", "We've been chatting for hours, can I get your number?", {}, "connection", True),
    ("ask", "I spent all evening talking with you - could we swap numbers?", {}, "connection",
     True),
    ("ask", "The way you explained the offside rule was great. Could I get your number?", {},
     "connection", True),
    ("ask", "You were hilarious at the quiz tonight - would you like to swap numbers?", {},
     "connection", True),
    ("ask", "Could I get your number to send you the pictures from the wedding?", {},
     "connection", True),
    ("offer", "Here's my number if you want the name of that bakery.", {}, "connection", True),
    ("offer", "Since you said you're looking for a climbing partner, here's my number.", {},
     "connection", True),
    ("ask", "I know you said you have a boyfriend, but can I get your number?", {},
     "connection", False),
    ("follow_up", "You said you'd text me first, so I guess you forgot 🙄", {},
     "references_meeting", False),
    # A group's next outing, or one the learner goes to every week, is what the number is for.
    ("ask", "Could I get your number? The running club is doing a trail run on Sunday.", {},
     "reason", True),
    ("ask", "Fancy swapping numbers? Our book group has a meetup next week.", {}, "reason",
     True),
    ("ask", "Can I get your number? The lads are planning another fishing trip in May.", {},
     "reason", True),
    ("ask", "You said you wanted to try bouldering - I go every Thursday. Swap numbers?", {},
     "reason", True),
    ("ask", "Would you like to swap numbers? We're there every weekend at the market.", {},
     "reason", True),
    # A joking invitation to turn it down is an out.
    ("ask", "Could I grab your number? Tell me to take a hike if that's weird!", {}, "out", True),
    ("ask", "Fancy swapping numbers? Feel free to tell me to back off haha", {}, "out", True),
    # Replies: a hesitation that ends in a yes; a yes put off or taken back.
    ("reply", "Hmm, maybe? Yes, go on.", {"intent": "yes"}, "clear_yes", True),
    ("reply", "Not going to make this too easy for you - catch me at the bar later and ask.",
     {"intent": "yes"}, "clear_yes", False),
    ("reply", "Sure, though I rarely check my texts, good luck with that", {"intent": "yes"},
     "no_games", False),
    ("reply", "Yes! You've earned it 😄", {"intent": "yes"}, "no_games", True),
    ("reply", "I'm a bit careful about giving out my number, can we stay on here?",
     {"intent": "unsure"}, "honest", True),
    ("reply", "honestly I'm pretty private with my details, find me on insta though",
     {"intent": "unsure"}, "honest", True),
    ("reply", "Not right now, sorry! Insta works better for me.", {"intent": "unsure"},
     "alternative", True),
    ("reply", "No thanks, not into guys who talk about crypto all night.", {"intent": "no"},
     "polite", False),
    # Follow-ups that count the silence.
    ("follow_up", "Hey! Did you see my last text? And my other messages?", {}, "no_pressure",
     False),
    ("follow_up", "You still haven't replied, so here I am again. Great meeting you!", {},
     "no_pressure", False),
    ("follow_up", "It's been two days and no reply - fun chatting at the gig though!", {},
     "no_pressure", False),
    # After a no: the connection held against them, mock cheer, another channel.
    ("after_no", "Oh. I thought we had a real spark. But ok.", {}, "no_guilt", False),
    ("after_no", "Ok. I thought we really hit it off though.", {}, "no_guilt", False),
    ("after_no", "Sure. We were getting on so well, but fine.", {}, "no_guilt", False),
    ("after_no", "Great great great. Lucky me.", {}, "no_guilt", False),
    ("after_no", "Ok, love that for me 🙃", {}, "no_guilt", False),
    ("after_no", "No worries! Could we add each other on Insta instead?", {}, "no_repeat",
     False),
    ("after_no", "All good - follow me on Strava maybe?", {}, "no_repeat", False),
]


@pytest.mark.parametrize(("kind", "text", "ctx", "cid", "want"), _DEV5_CLASSES,
                         ids=[row[1][:40] for row in _DEV5_CLASSES])
def test_dev5_classes_are_judged_by_their_principle(
    kind: str, text: str, ctx: dict[str, Any], cid: str, want: bool
) -> None:
    fb = check_message(kind, text, **ctx)
    criterion = fb.criterion(cid)
    assert criterion.passed is want, (text, criterion.message)
    if not want and (cid.startswith("no_") or cid in {"polite", "gives_control"}):
        assert criterion.evidence, "a failed criterion on words in the text shows those words"


# Paraphrases of the classes closed on dev6, and of the criteria broadened with them, written
# by hand for these tests (in no corpus file): (kind, text, context, criterion, expected).
_Y: dict[str, Any] = {"intent": "yes"}
_U: dict[str, Any] = {"intent": "unsure"}
_DEV6_CLASSES: list[tuple[str, str, dict[str, Any], str, bool]] = [
    # A want stated is not a question; politeness does not turn an order into one.
    ("ask", "I'd like your number so I can send the rota.", {}, "question", False),
    ("ask", "Kindly drop your number here.", {}, "no_pressure", False),
    ("ask", "Please forward your number to me.", {}, "no_pressure", False),
    ("ask", "Could you kindly share your number?", {}, "no_pressure", True),
    ("ask", "Can you please share your number?", {}, "no_pressure", True),
    ("ask", "Madam, kindly may I have your number? Only if convenient.", {}, "question", True),
    # A duty, or everyone else doing it, pushes; "everyone is welcome" does not.
    ("ask", "You need to join the group chat, everyone in the building has. Number?", {},
     "no_pressure", False),
    ("ask", "Can I get your number? You have to sign up, all the others did.", {},
     "no_pressure", False),
    ("ask", "Everyone is welcome at the quiz - would you like to swap numbers?", {},
     "no_pressure", True),
    ("ask", "You have to try the dumplings there - fancy swapping numbers and going together?",
     {}, "no_pressure", True),
    # Leaning on the sender's feelings or hard times, with or without an "if".
    ("ask", "Could I get your number? It would mean so much.", {}, "no_pressure", False),
    ("ask", "Can we swap numbers? I've had such a rough month and this would make my week.", {},
     "no_pressure", False),
    ("ask", "Thanks for the chat, it meant a lot. Could we swap numbers?", {}, "no_pressure",
     True),
    ("ask", "Could I get your number? Only if you promise to actually reply.", {},
     "no_pressure", False),
    ("ask", "You're obviously handing me your number, so what is it?", {}, "no_pressure", False),
    ("ask", "Can I get your number? Pls pls 🙏", {}, "no_pressure", False),
    # A shared circumstance, a shared event pointed at, or the place they share.
    ("ask", "We were both stuck in that queue for ages - fancy swapping numbers?", {},
     "connection", True),
    ("ask", "Since we ended up stranded at the station together, could I take your number?", {},
     "connection", True),
    ("ask", "can i get your number? we were the last two left at the bus stop lol", {},
     "connection", True),
    ("ask", "After that karaoke duet, would you be up for swapping numbers?", {}, "connection",
     True),
    ("ask", "Hiya, it's Priya from the Tuesday choir - fancy swapping numbers so we can share "
     "lifts?", {}, "connection", True),
    ("ask", "I'm the guy from the 8:15 tram with the bike. Could I get your number?", {},
     "connection", True),
    ("ask", "Oi, Dave from five-a-side here - can I nab your number for the team chat?", {},
     "connection", True),
    ("ask", "You were brilliant on the quiz team tonight - can I get your number?", {},
     "connection", True),
    ("ask", "you were so funny on the bus earlier, can i get ur number", {}, "connection", True),
    ("ask", "Could we swap numbers so we can keep our crossword streak going?", {}, "connection",
     True),
    ("ask", "You made the queue bearable! Could I grab your number?", {}, "connection", True),
    # A compliment on their pet is no exchange (LABELS.md; ask-k013, h13-ask-051 and -052).
    ("ask", "ur pup is adorable 😍 can i get ur number for a walk sometime?", {}, "connection",
     False),
    ("ask", "It was lovely to finally meet you in person. Can I get your number?", {},
     "connection", True),
    ("ask", "Good craic tonight! Any chance of your number?", {}, "connection", True),
    ("ask", "What a match! Could we swap numbers?", {}, "connection", True),
    ("ask", "Such a pleasure chatting with you yaar, may I have your number?", {}, "connection",
     True),
    ("ask", "nice chattin w u, can i get ur number", {}, "connection", True),
    ("ask", "Cheers for the company on the night bus. Fancy swapping numbers?", {}, "connection",
     True),
    ("ask", "You really helped me out with that spreadsheet earlier, can I get your number?", {},
     "connection", True),
    ("ask", "Today\u2019s hike with you was ace. Number?", {}, "connection", True),
    ("ask", "Lovely chatting in the queue, can I take your number?", {}, "connection", True),
    ("ask", "I'm at the library, can I get your number?", {}, "connection", False),
    ("ask", "I'm from Leeds originally. Can I get your number?", {}, "connection", False),
    ("ask", "After the game on Sunday, want to swap numbers?", {}, "connection", False),
    ("ask", "We both like jazz - can I get your number?", {}, "connection", False),
    ("ask", "I see you on the bus every day. Can I get your number?", {}, "connection", False),
    ("ask", "Can I get your number? I noticed you at the gym.", {}, "connection", False),
    ("ask", "I'll keep coming back to this cafe until you say yes. Number?", {}, "connection",
     False),
    ("ask", "Can I get your number so we can have a good chat sometime?", {}, "connection",
     False),
    ("ask", "I think you owe me your number after I paid for that taxi.", {}, "connection",
     False),
    # What they will have, and outings however they are named, are reasons.
    ("ask", "Could we swap numbers, just so I've got someone to ask about the homework?", {},
     "reason", True),
    ("ask", "May I have your number in order to send you the minutes?", {}, "reason", True),
    ("ask", "Can I text you the recipe? What's the best number?", {}, "reason", True),
    ("ask", "Fancy swapping numbers and grabbing a cuppa sometime?", {}, "reason", True),
    ("ask", "Could I get your number? We could catch a film next week.", {}, "reason", True),
    ("ask", "Would you like to go for a pint sometime? Could I get your number?", {}, "reason",
     True),
    ("ask", "Fancy a chai and a natter next week? Can I take your number?", {}, "reason", True),
    ("ask", "May I please have your number to coordinate the puja arrangements?", {}, "reason",
     True),
    ("ask", "Can we swap numbers so we've got each other's numbers?", {}, "reason", False),
    ("ask", "Can I get your number so I can text you?", {}, "reason", False),
    # Outs in other words: a softened "if not", the formal "only if convenient".
    ("ask", "Could I take your number? If not, honestly no stress.", {}, "out", True),
    ("ask", "Would you be open to swapping numbers? I won't take it personally if not.", {},
     "out", True),
    ("ask", "May I have your number? Only if convenient.", {}, "out", True),
    ("ask", "Any chance of your number? Totally fine if the answer's no.", {}, "out", True),
    ("ask", "Can I get your number? You're free to say no, obviously.", {}, "out", True),
    ("ask", "Can I get your number? Don't worry if not!", {}, "out", True),
    ("ask", "Can I get your number? If not, I'll keep asking.", {}, "out", False),
    # Offers: the next step announced for them, a promise as the price, a jab at the no.
    ("offer", "Great meeting you. I'll ring you Thursday to sort the details.", {},
     "gives_control", False),
    ("offer", "Here's my card - my manager will email you tomorrow to set up a call.", {},
     "gives_control", False),
    ("offer", "Here's my number. I'll text you tomorrow if that's alright.", {}, "gives_control",
     True),
    ("offer", "Here's my number - text me whenever, I'll be around tomorrow.", {},
     "gives_control", True),
    ("offer", "You can have my number, but only if you promise to call.", {}, "gives_control",
     False),
    ("offer", "You can have my number, but only if you promise to call.", {}, "no_pressure",
     False),
    ("offer", "Here's my number, call me if you like. If not, your loss 😜", {}, "no_pressure",
     False),
    ("offer", "Here's my number. Text me or don't, totally up to you.", {}, "no_pressure", True),
    ("offer", "Here's my number \u2013 if you don't text I'll survive haha", {}, "no_pressure",
     True),
    ("offer", "Here's my number, and don't you dare lose it", {}, "no_pressure", False),
    ("offer", "Here's my number, I'll be waiting 😘", {}, "gives_control", False),
    ("offer", "Madam, my number is below; kindly revert at your earliest convenience.", {},
     "no_pressure", False),
    ("offer", "Here's my number; ring me at your convenience.", {}, "no_pressure", True),
    ("offer", "Here's my number. Don't leave me on read!", {}, "no_pressure", False),
    # Offers: whatever the words for it, the number is on offer and the choice is theirs.
    ("offer", "Give me a bell sometime if you fancy a kickabout!", {}, "gives_control", True),
    ("offer", "My direct line is on the card, ring whenever suits.", {}, "gives_control", True),
    ("offer", "Ping me whenever you want to go climbing again!", {}, "gives_control", True),
    ("offer", "Here is my number. The ball's in your court.", {}, "gives_control", True),
    ("offer", "Here's my number, use it at your leisure", {}, "gives_control", True),
    ("offer", "Here\u2019s my number 🙂 no rush, no pressure", {}, "gives_control", True),
    ("offer", "my number's 0400 111 222 if u ever wanna go for a surf 🏄", {}, "gives_control",
     True),
    ("offer", "Here is my number, do message whenever you are free na", {}, "gives_control", True),
    ("offer", "Here's my number. Hope to hear from you, no worries if not.", {}, "no_pressure",
     True),
    # Offers: what was agreed before, a group they share, fun had together.
    ("offer", "As we discussed at the meeting, here's my mobile if anything comes up.", {},
     "connection", True),
    ("offer", "Like we said, here's my number for the carpool.", {}, "connection", True),
    ("offer", "hey it's jas from the book club 📚 here's my number, text whenever", {},
     "connection", True),
    ("offer", "Good fun at the barbie mate, here's my number if you're keen for another", {},
     "connection", True),
    ("offer", "As you can see, here's my number.", {}, "connection", False),
    ("offer", "Here's my number in case you ever need a fourth for tennis", {}, "connection",
     False),
    # Yes-replies: coyness, a pretend no, an offer taken back with a wink.
    ("reply", "I don't usually hand it out, but since it's you, fine.", _Y, "no_games", False),
    ("reply", "Against my better judgement... ok, here it is.", _Y, "no_games", False),
    ("reply", "Just this once 😏 here you go.", _Y, "no_games", False),
    ("reply", "Fine, you win - it's 0400 000 000.", _Y, "no_games", False),
    ("reply", "Only because you're cute. Go on then.", _Y, "no_games", False),
    ("reply", "Well, since you asked so nicely... yes.", _Y, "no_games", False),
    ("reply", "If you insist 😏 fine.", _Y, "no_games", False),
    ("reply", "Don't let it go to your head, but yes.", _Y, "no_games", False),
    ("reply", "Nope 😜 jk, of course!", _Y, "no_games", False),
    ("reply", "Why would I? ...haha kidding, yes!", _Y, "no_games", False),
    ("reply", "It might be on the back of my card... or not 😉", _Y, "no_games", False),
    ("reply", "Yes but you have to guess the last digit 😏", _Y, "no_games", False),
    ("reply", "Yes! I don't usually text much but I'd love to.", _Y, "no_games", True),
    ("reply", "No kidding, I'd love to! Here you go.", _Y, "no_games", True),
    ("reply", "Yes, of course - text me or not, whenever you like!", _Y, "no_games", True),
    ("reply", "Haha yes, I was hoping you'd ask 🙈", _Y, "no_games", True),
    ("reply", "Go on then, just because you made me laugh 😂", _Y, "no_games", True),
    ("reply", "yesss omg finally 😂 here u go", _Y, "no_games", True),
    # Unsure replies: not ready, however it is put, and warm words, however short.
    ("reply", "You're sweet. I don't feel ready to swap numbers yet.", _U, "honest", True),
    ("reply", "I'm not at that stage yet, sorry - lovely chatting though!", _U, "honest", True),
    ("reply", "Can I take yours and text when I feel ready? Thanks for asking!", _U, "honest",
     True),
    ("reply", "It's a bit soon for me, but thank you.", _U, "honest", True),
    ("reply", "I'm a little wary of giving my number out, but this was fun.", _U, "honest", True),
    ("reply", "Honestly I'm still getting to know you, hope that's ok", _U, "honest", True),
    ("reply", "I'd feel more comfortable keeping it to the app for now 😊", _U, "honest", True),
    ("reply", "I'm not in a place to give my number out right now, but thanks.", _U, "honest",
     True),
    ("reply", "Thank you, that's kind. Give me a bit more time?", _U, "honest", True),
    ("reply", "I don't really know you yet - thanks for asking though!", _U, "honest", True),
    ("reply", "I\u2019m not quite comfortable sharing my number yet \u2014 thank you though!", _U,
     "honest", True),
    ("reply", "My phone's dead, sorry!", _U, "honest", False),
    ("reply", "Glad you asked! I'm not ready just yet though.", _U, "kind", True),
    ("reply", "Great chatting! Not sure I'm ready to share my number yet.", _U, "kind", True),
    ("reply", "You seem like a genuinely nice person, but I'm not ready yet.", _U, "kind", True),
    ("reply", "ngl not rly ready yet but ur sweet", _U, "kind", True),
    ("reply", "Not ready. Bye.", _U, "kind", False),
    ("reply", "Not yet, my uni email works though.", _U, "alternative", True),
    ("reply", "Not ready yet - let's keep it on here for now.", _U, "alternative", True),
    ("reply", "Not ready yet - let's keep it light.", _U, "alternative", False),
    # Follow-ups: running into them names the meeting; a rematch owed is banter.
    ("follow_up", "So nice to bump into you at the school reunion! Coffee soon?", {},
     "references_meeting", True),
    ("follow_up", "Hey! Great to run into you at the expo yesterday.", {}, "references_meeting",
     True),
    ("follow_up", "Been thinking about you since the gig. Hope you got home ok!", {},
     "references_meeting", True),
    ("follow_up", "Hope your week's going well!", {}, "references_meeting", False),
    ("follow_up", "Ha, you still owe me a rematch at pool 🎱", {}, "no_pressure", True),
    ("follow_up", "Hey from the quiz, you owe me a text now 😤", {}, "no_pressure", False),
    ("follow_up", "Great meeting you at the fair. Don't leave me on read this time!", {},
     "no_pressure", False),
    ("follow_up", "Lovely meeting you at the party. I'm a bit hurt you haven't messaged.", {},
     "no_pressure", False),
    # After a no: blame for feelings, a grudging wish; asking again after an acknowledgement.
    ("after_no", "Fine. You've made me feel stupid for asking.", {}, "no_guilt", False),
    ("after_no", "Ok. I really thought we had something.", {}, "no_guilt", False),
    ("after_no", "Right. Enjoy the party I guess.", {}, "no_guilt", False),
    ("after_no", "Ok, sure. Is it something I did?", {}, "no_guilt", False),
    ("after_no", "No worries, enjoy the party!", {}, "no_guilt", True),
    ("after_no", "Fair enough. Are you sure though?", {}, "accepts", True),
    ("after_no", "Fair enough. Are you sure though?", {}, "no_repeat", False),
    ("after_no", "Why not? ...ok.", {}, "accepts", False),
    ("after_no", "Ok, but you could have just said yes.", {}, "accepts", False),
    ("after_no", "Cmon, why not?", {}, "no_repeat", False),
    ("after_no", "No problem - have a lovely Monday!", {}, "no_repeat", True),
    # More of the same principles in other words and registers.
    ("ask", "Your speech at the dinner was brilliant - could I get your number?", {},
     "connection", True),
    ("ask", "Sorry again about spilling my drink on you! Can I get your number to make it up?",
     {}, "connection", True),
    ("ask", "Sorry for the random question, can I get your number?", {}, "connection", False),
    ("ask", "You were right about the tiramisu. Can I get your number?", {}, "connection", True),
    ("ask", "Ripper arvo at the beach! Can I grab ur number?", {}, "connection", True),
    ("ask", "It was a pleasure interacting with you. May I have your number?", {}, "connection",
     True),
    ("ask", "Could I get your number? My band is playing the Crown on Friday.", {}, "reason",
     True),
    ("ask", "We're throwing a housewarming on Saturday - can I get your number?", {}, "reason",
     True),
    ("ask", "We're having a great time, can I get your number?", {}, "reason", False),
    ("ask", "Can I get your number? I could use your advice on the garden.", {}, "reason", True),
    ("offer", "Here's my number, text me tonight if you want to join us for dinner.", {},
     "gives_control", False),
    ("offer", "Here's my number, text me tonight if you want to join us for dinner.", {},
     "no_pressure", False),
    ("offer", "Here's my number, text me tonight.", {}, "gives_control", False),
    ("reply", "Hmm... I suppose 😏", _Y, "no_games", False),
    ("reply", "Are you sure you can handle it? 😉 yes", _Y, "no_games", False),
    ("reply", "Play your cards right and I might 😏", _Y, "no_games", False),
    ("reply", "I'm not that easy 😏 ...ok fine", _Y, "no_games", False),
    ("reply", "Yes! I suppose I should save yours too 😊", _Y, "no_games", True),
    ("reply", "I'd like to keep things here for a bit, if that's ok. Thanks for asking!", _U,
     "honest", True),
    ("reply", "Let me sleep on it? You've been lovely.", _U, "honest", True),
    ("reply", "I'm a bit shy about that, sorry - but I've enjoyed this!", _U, "honest", True),
    ("reply", "Would it be ok if we waited a bit? You're a sweetheart.", _U, "honest", True),
    ("reply", "Would it be ok if we waited a bit? You're a sweetheart.", _U, "kind", True),
    ("reply", "You've been great company. I'm not ready to share my number though.", _U, "kind",
     True),
    ("follow_up", "Hey! How did the interview go?", {}, "references_meeting", True),
]


@pytest.mark.parametrize(("kind", "text", "ctx", "cid", "want"), _DEV6_CLASSES,
                         ids=[f"{row[3]}:{row[1][:40]}" for row in _DEV6_CLASSES])
def test_dev6_classes_are_judged_by_their_principle(
    kind: str, text: str, ctx: dict[str, Any], cid: str, want: bool
) -> None:
    fb = check_message(kind, text, **ctx)
    criterion = fb.criterion(cid)
    assert criterion.passed is want, (text, criterion.message)
    if not want and (cid.startswith("no_") or cid in {"polite", "gives_control"}):
        assert criterion.evidence, "a failed criterion on words in the text shows those words"


_Y7 = {"intent": "yes"}
_N7 = {"intent": "no"}
#: The classes of the dev7 misses, each in new words and settings, with near misses that
#: must not trigger: (kind, text, context, criterion, expected).
_DEV7_CLASSES: list[tuple[str, str, dict[str, Any], str, bool]] = [
    # A look back told by when and where it was, or by how it compared.
    ("ask", "Last night at the pottery studio was such a laugh - could we swap numbers?", {},
     "connection", True),
    ("ask", "Yesterday in the lab was mad fun, any chance I could get your number?", {},
     "connection", True),
    ("ask", "That was the best pub quiz I've done in ages. Fancy swapping numbers?", {},
     "connection", True),
    ("ask", "Honestly the nicest run club we've had all year, would you like to swap numbers?", {},
     "connection", True),
    ("ask", "This has been the highlight of my week. Could I grab your number?", {},
     "connection", True),
    ("ask", "Dancing with you at the ceilidh was brilliant - can I get your number?", {},
     "connection", True),
    ("ask", "Chatting about old cameras in the queue has been the best bit of my day, can I have "
     "your number?", {}, "connection", True),
    ("offer", "Nice one today at the allotment! Here's my number if you ever want to swap "
     "seedlings.", {}, "connection", True),
    ("offer", "ggs mate, here's my number if u want to queue again sometime", {},
     "connection", True),
    ("offer", "The climbing gym was proper fun. My number's 0412 555 123 if you fancy another "
     "go.", {}, "connection", True),
    ("follow_up", "Really enjoyed salsa last night, see you next week!", {},
     "references_meeting", True),
    ("follow_up", "hey we only just left the gig and I already miss the chat lol", {},
     "references_meeting", True),
    # The favour, the time they were there together, and quoted words count; a bare
    # compliment, a greeting or sitting and waiting do not.
    ("ask", "I minded your bike outside the library yesterday, so could I get your number to "
     "sort the lock?", {}, "connection", True),
    ("ask", "You were so patient with my nan at the clinic. Could I take your number to say "
     "thanks properly?", {}, "connection", True),
    ("ask", "You are gorgeous. Can I have your number?", {}, "connection", False),
    ("ask", "Good morning. Could I have your number, please?", {}, "connection", False),
    ("ask", "Good afternoon, may I ask for your number?", {}, "connection", False),
    ("ask", "r u going to give me ur number or do i have to keep standing here looking tragic", {},
     "connection", False),
    ("ask", "Can I get your number? I'd like to hear how your driving test goes.", {},
     "connection", True),
    ("offer", "Here's my number. Please don't leave me on read 🙏 loved dancing with you tonight",
     {}, "connection", True),
    ("offer", "Here's my number, ring me when you're back from the book club social - only if "
     "you want.", {}, "connection", True),
    # A purpose stated in any form.
    ("ask", "Would you be up for swapping numbers? I'd gladly help out on the beach clean again.",
     {}, "reason", True),
    ("ask", "Can I get your number? My five-a-side side is short a keeper for Tuesday.", {},
     "reason", True),
    ("ask", "Could we swap numbers? We're after a fourth for doubles.", {}, "reason", True),
    ("ask", "Can I have your number then, for the lift share?", {}, "reason", True),
    ("ask", "Could I get your number? I'll add you to the parents' group chat.", {},
     "reason", True),
    ("ask", "Can I get your number? We're having a braai on Saturday at mine.", {}, "reason", True),
    ("ask", "Let me have your number and I'll sort the tickets for the match.", {}, "reason", True),
    ("ask", "Can I have your number? I'm having such a great time.", {}, "reason", False),
    ("ask", "Could I have your number? I came all this way hoping to bump into you.", {},
     "reason", False),
    # A question with a condition is one; "or what?" and a negative with a tag push.
    ("ask", "I'd love your number if you're willing to share it, we could trade plant cuttings.",
     {}, "question", True),
    ("ask", "Could I have your number or what? I've been asking all night.", {},
     "no_pressure", False),
    ("ask", "You wouldn't say no to a coffee with me, would you? Number?", {},
     "no_pressure", False),
    ("ask", "You're not gonna leave me hanging, are you? 😉 Can I get your number?", {},
     "no_pressure", False),
    ("ask", "You won't make me ask twice, will you? Your number?", {}, "no_pressure", False),
    ("ask", "Would you like to swap numbers, or would you rather not? Either is fine.", {},
     "no_pressure", True),
    # Offers: acting for them without asking takes the choice.
    ("offer", "I followed you on Insta and DM'd you my number, so we're all sorted now!", {},
     "gives_control", False),
    ("offer", "Tucked my card in your tote bag when you weren't looking 😇", {},
     "gives_control", False),
    ("offer", "My number's already in your coat pocket, enjoy the rest of the festival", {},
     "gives_control", False),
    ("offer", "Want me to pop my card in your bag? Only if you'd like it.", {},
     "gives_control", True),
    # Silence with a deadline in any tense, promised nagging, and a reminder of duty push.
    ("offer", "Here's my number - text when you like, but if I've not heard from you by Friday "
     "I'll take the hint.", {}, "no_pressure", False),
    ("offer", "Here's my number. If you haven't texted by tonight I'll know you weren't keen.", {},
     "gives_control", False),
    ("offer", "Here's my number and I'm gonna keep messaging you on Snapchat until you save it 😂",
     {}, "no_pressure", False),
    ("offer", "Here's my number. Ring me Thursday about the flat viewing. Don't forget!", {},
     "no_pressure", False),
    ("offer", "Here's my number. Message me after your exam, I'll be around.", {},
     "no_pressure", False),
    ("offer", "here's my number, call me after ur shift k", {}, "no_pressure", False),
    ("offer", "Here's my number - honestly whenever you like, no rush at all.", {},
     "no_pressure", True),
    # Urging about something else pushes but leaves the choice; urging to text takes it.
    ("offer", "Here's my number, use it whenever - but c'mon, admit the karaoke was legendary 😂",
     {}, "gives_control", True),
    ("offer", "Here's my number, use it whenever - but c'mon, admit the karaoke was legendary 😂",
     {}, "no_pressure", False),
    ("offer", "Here's my number. Come on, ring me, it'll be fun.", {}, "gives_control", False),
    # Replies: a task set first, a condition with "unless", a dig at their nerve.
    ("reply", "Sure! But first, name my favourite band 😜", _Y7, "no_games", False),
    ("reply", "My lips are sealed... unless you can beat me at darts next week 😏",
     _Y7, "no_games", False),
    ("reply", "Yeah go on, finally found the guts to ask did you 🙄", _Y7,
     "no_games", False),
    ("reply", "Yes! First time anyone's asked at a wedding, here's my number: 0821 555 0199",
     _Y7, "no_games", True),
    ("reply", "Yes please, let's get tacos next week!", _Y7, "no_games", True),
    # A yes asked as a question is no yes; hesitating is not a game.
    ("reply", "Um. Okay? I guess? Sure?", _Y7, "clear_yes", False),
    ("reply", "Um. Okay? I guess? Sure?", _Y7, "no_games", True),
    ("reply", "Erm, perhaps? Yeah, ok.", _Y7, "no_games", True),
    ("reply", "Maybe... we'll see how the night goes 😉", _Y7, "no_games", False),
    # "I don't think so" on its own declines; limited to now, it does not.
    ("reply", "Ah, I don't think so. Maybe if our paths cross again though!", _N7,
     "clear_no", True),
    ("reply", "Ah, I don't think so. Maybe if our paths cross again though!", _N7,
     "no_false_hope", False),
    ("reply", "I don't think so, not right now anyway.", _N7, "clear_no", False),
    # Others held up against their no sulk.
    ("after_no", "Fair enough. Most girls I ask say yes, but ok.", {}, "no_guilt", False),
    ("after_no", "No worries - nobody ever says no to me, so that's a first! Have a good one.", {},
     "no_guilt", False),
    ("after_no", "No worries at all, most people are busy on a Friday. Have a good night!", {},
     "no_guilt", True),
]


@pytest.mark.parametrize(("kind", "text", "ctx", "cid", "want"), _DEV7_CLASSES,
                         ids=[f"{row[3]}:{row[1][:40]}" for row in _DEV7_CLASSES])
def test_dev7_classes_are_judged_by_their_principle(
    kind: str, text: str, ctx: dict[str, Any], cid: str, want: bool
) -> None:
    fb = check_message(kind, text, **ctx)
    criterion = fb.criterion(cid)
    assert criterion.passed is want, (text, criterion.message)
    if not want and (cid.startswith("no_") or cid in {"polite", "gives_control"}):
        assert criterion.evidence, "a failed criterion on words in the text shows those words"
