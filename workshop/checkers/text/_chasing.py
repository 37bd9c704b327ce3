"""Chasing a reply in a follow-up: nagging, and sarcasm about the other person's silence.

"The Follow-Up: Respect Boundaries". Only a follow-up can chase a reply, so only the
follow-up checker reads these; what each category does is explained with the rest of the
pressure in ``_pressure.WHY``.
"""

from __future__ import annotations

from typing import Final

from workshop.checkers.text._cues import CueSet

#: Chasing a reply: only a follow-up can do it, so only the follow-up checker reads these.
NAGGING: Final = CueSet({
    "nagging": [
        r"(?:are|r) <you> (?:still )?there\s*\?", r"hel{2,}o{2,}", r"it'?s me again",
        # (Not "see you there?", which hopes to meet where they both go.)
        r"(?:hello+|hey+|hi+|yo+|oi+|anyone|anybody|ping|knock knock|earth to \w+"
        r"|(?<!see )(?<!c )(?<!cya )(?:you|u) there)\s*\?+",
        r"(?:anyone|anybody|any1|any ?body) (?:home|there|alive|awake|in)\s*\?*",
        # Asking whether it arrived, with nothing else said: "?? did you get this".
        r"did <you> (?:get|see|receive|read) (?:this|that|it|these)\b(?! (?:book|link|photo|pic"
        r"|invite|ticket|email|parcel|one)\b)",
        r"(?:what'?s (?:up )?with|why) the (?:silence|radio silence|ghosting|silent treatment"
        r"|cold shoulder)",
        # Whether it arrived, asked of the messages: "did my texts arrive??".
        r"(?:did|have|has) my (?:\w+ )?(?:texts?|messages?|msgs?|calls?|voicemails?|dms?|emails?)"
        r"(?: (?:even|actually|ever|all|both|really|definitely|not))?"
        r" (?:arrive|arrived|get through|got through|come through|go through|gone through|land"
        r"|landed|reach <you>|reached <you>)",
        # Their silence counted, then shrugged off: "since you haven't said anything, but
        # whatever".
        r"since <you> (?:haven'?t|have not|didn'?t|did not|never) (?:said|replied|answered"
        r"|texted|written|responded|got back)",
        r"(?:my|the) last (?:\w+ )?(?:texts|messages|calls)",
        r"(?:did|have) <you> (?:get|got|see|seen|read) (?:any of )?my (?:\w+ )?(?:texts|messages"
        r"|calls)", r"(?<!so )i know <you> (?:saw|read|got) (?:it|my \w+)",
        r"(?:i )?(?:saw|see|can see|noticed)(?: that)? <you> (?:read|opened|saw|seen|viewed|got"
        r"|'ve read|have read|'ve seen|have seen) (?:it|my \w+|this|that|the (?:message|text))",
        r"(?:left|leaving|leave) (?:me )?on (?:read|seen|delivered)", r"read receipts?",
        r"(?:still )?waiting (?:for|on) <your> (?:reply|answer|text|response|call|message)",
        r"still waiting", r"<ive> been waiting", r"waiting by the phone",
        r"still (?:no|haven'?t had an?y?) (?:reply|answer|response|word|text)",
        r"(?:no|any) (?:reply|response|answer|word)(?: yet| back)?\s*\?",
        r"(?:why|how come|is there a reason|any reason|what'?s the reason|reason why)<gap>(?:not"
        r"|n'?t|never|stop(?:ped)?)(?: <you>)? (?:replying|responding|answering|texting|messaging"
        r"|writing"
        r"|replied|responded|answered|texted|messaged|written|reply|respond|answer|text|message"
        r"|write|getting back|got back|gotten back)",
        r"(?:why|how come)<gap>(?:ignoring|avoiding|ghosting|ghosted|ignored|ignore|avoid)",
        r"why (?:haven'?t|havent|aren'?t|arent|didn'?t|didnt|isn'?t) <you>",
        r"did <you> forget (?:about )?me", r"forgot(?:ten)? about me",
        r"<you> (?:didn'?t|haven'?t|never|did not|have not) (?:reply|replied|respond|responded"
        r"|answer|answered|text(?:ed)? (?:me )?back|get back|got back)",
        r"(?:i|<ive>|i'?ve) (?:sent|texted|messaged|called|rang) <you> (?:\w+ ){0,2}(?:times"
        r"|messages|texts|twice|already|again)",
        r"(?:hello+|hey+|hi+)\s*\?{2,}",
        r"(?:just )?(?:checking|making sure|wondering)(?: if| whether| that)? <you> (?:got|saw"
        r"|received|read|get|see)(?: my| it\b| this| that)",
        r"bumping (?:this|my (?:message|text))",
        # Whether what they sent arrived, counted back or checked on: "and the one before?",
        # "just making sure they came through".
        r"and the (?:one|ones|link|text|message|email) (?:before|before that|i sent before)\s*\?",
        r"(?:just )?(?:checking|making sure|wondering)(?: if| whether| that)? (?:it|they|them"
        r"|both|all|my \w+|the \w+) (?:arrived|got through|came through|went through|reached"
        r" <you>|landed)\b",
        # A bare order to write back, ending the message: "Anyway, text me back."
        r"(?<!to )(?<!can )(?<!could )(?<!pls )(?<!please )(?:text|message|msg|call|ring|write"
        r"|hit|get) me back(?=\s*[.!]*\s*$)",
        # Counting their silence: "my other message", "you still haven't texted".
        r"(?:and )?my other (?:messages?|texts?|voicemails?|calls?)",
        r"did <you> (?:get|see|read) my (?:last |previous |earlier )?(?:message|text|msg|dm)",
        r"<you> still (?:haven'?t|havent|have not|didn'?t|never) (?:texted|called|replied"
        r"|messaged|answered|responded|written|got(?:ten)? back)",
        r"(?:it'?s|its|it has) been (?:\w+ ){1,2}(?:days?|weeks?|hours?) (?:and|but|since)\b"
        r"[^.!?]{0,30}?\b(?:haven'?t|havent|didn'?t|no (?:reply|text|word))",
    ],
    # Sarcasm about their silence: "clearly you've been SO busy 🙄", "must be nice".
    "resentment": [
        r"(?:clearly|obviously|apparently|evidently|i guess|guess|must be|someone'?s|somebody'?s)"
        r" (?:<you>(?:'ve| have)? been |<youre> |been )?(?:so |too |super |really |very |soo+ )?"
        r"(?:busy|popular|swamped|in demand|important)"
        # (Not "you must be swamped with the market": sympathy for a reason they have.)
        r"(?! with\b)",
        r"too (?:busy|important|popular) (?:to|for) (?:reply|replying|text|texting|answer"
        r"|answering|me|a reply|a text)", r"must be nice", r"\U0001f644",
        r",? but (?:whatever|w/e|wtv)(?=\s*(?:[.!]|$))",
        # Their silence read back as the verdict on the night: "Fun gig! Or so I thought,
        # given the radio silence" (not one's own: "sorry for the radio silence").
        r"(?:given|judging (?:by|from)|going by|what with|considering) (?:the|all the|all this"
        r"|this|<your>) (?:\w+ )?(?:silence|ghosting|silent treatment|lack of (?:replies|reply"
        r"|response|texts|messages|word))\b",
        r"(?:or|at least|or at least) (?:so )?i thought(?: so)?(?=\s*(?:[^\w\s]|$))",
    ],
})
