"""After a no: asking again, bargaining for another channel, or holding the door open.

Part of the after-no checker (read there with the rest): "what about your insta?", "it's
only a number", "the offer stands". ``repeats`` leaves a no called small inside a reproach
to the guilt criterion.
"""

from __future__ import annotations

import re
from typing import Final

from workshop.checkers.text._accepting import MADE_LIGHT
from workshop.checkers.text._cues import CueSet, Hit
from workshop.checkers.text._prepare import Prepared

_SOCIAL = r"(?:<social>|socials|handle|number|email|e-mail|address|username)"
REPEAT: Final = CueSet({
    "repeat": [
        rf"(?:how|what) about (?:<your>|ur|a|just|{_SOCIAL})(?: \w+)?", rf"<your> {_SOCIAL}"
        r"(?: (?:then|instead|though|maybe))?\s*\?", r"at least",
        # A channel asked for in a word: "snap?", "insta then?".
        r"(?<![\w'])(?:<social>|snap|insta|ig|dms?)(?: (?:then|instead|though|maybe))?\s*\?",
        r"instead\s*\?",
        r"(?:could|can|may|might) (?:i|we) (?:at least |maybe |still |just |possibly )?(?:have"
        r"|get|add|connect|follow|take|grab|ask(?! why)|message|dm|email|keep|swap|exchange)",
        r"(?:connect|add you|follow you|find you|friend you) on", r"one more (?:chance|try)",
        r"(?:not|never) done (?:trying|asking)",
        r"<ill> have another (?:go|try|shot|crack|bash)", r"sleep on it", r"think it over",
        r"try (?:my )?(?:chances?|luck|shot)(?: again)?\b",
        r"why not\s*\?\s*(?:we'?d|you'?d|it'?d|it would|we would|you would|we could)\b",
        # A why-not or a "you sure?" followed by the case for yes asks again: "Why not though?
        # We get on so well", "You certain? We'd have a great time at the festival".
        r"(?:why not|(?:are )?<you> (?:sure|certain|positive))(?: though| tho)?\s*\?+\s*(?:we"
        r"|we'?d|we'?re|you'?d|it'?d|it would|it'?s only|it'?s just|but)\b",
        rf"would {_SOCIAL} be\b[^.!?]{{0,30}}\?", r"(?:would(?:'ve| have)|it'?d have) (?:only )?"
        r"(?:taken|cost) (?:you )?(?:two|2|a few|five|5|ten|one|a) (?:seconds?|secs?|minutes?"
        r"|mins?|second)",
        r"(?:follow|add|friend|connect with) (?:each other|one another|me)(?: back)? on",
        r"(?:are|r) <you> on\b", r"friends on",
        r"think about it", r"ask (?:you )?again",
        # Urging them to change the answer asks again: "Come on, why not?"
        r"c'?mon+\b", r"come on+\b", r"ask you (?:later|another|next)",
        r"any other way",
        r"(?:<wont>|no go|not gonna|not going to|ain'?t gonna|nah go) give up",
        r"not giving up",
        # A promise to keep on: "I don't give up that easy".
        r"(?:don'?t|do not|dont|never) give up (?:that |so |this )?(?:easy|easily|fast"
        r"|quick(?:ly)?)", r"are <you> sure", r"please\s*\?",
        r"change <your> mind\s*\?", r"reconsider", r"(?:give|send) me <your>",
        # Asked to think it over again, in any words: "please think again", "have another
        # think", "do rethink it" (not one's own: "I'll think twice before asking").
        r"(?<!\bi )(?<!'ll )(?<!'d )(?<!will )(?<!\bwe )think (?:it |this |that )?(?:again"
        r"|twice|over again)\b",
        r"(?:have|take|give it) (?:another|a second|one more) (?:think|look)\b",
        r"(?<!\bi )(?<!'ll )(?<!'d )(?<!will )rethink\b",
        r"(?:buy|get) you a (?:drink|coffee)", r"then\s*\?", r"just one",
        # The ask made smaller or later, still a question: "One dance next week though?".
        # (Not a question about oneself: "what's wrong with me though?".)
        r"(?:one|1|another|a quick|a single) [\w'-]+(?: [\w'-]+){0,3}? (?:though|tho|at least"
        r"|instead)\s*\?",
        r"maybe (?:next time|another time|later|some other time|one day|sometime)\s*\?",
        r"(?:i'?ll|i will|can i|could i|let me) (?:try|ask) (?:again|another time|next time"
        r"|later)", r"give <you> mine", r"what if (?:i|we)",
        # Bargaining for another channel or a later chance, however it is put: "Would email be
        # okay instead?", "here's my number anyway".
        rf"{_SOCIAL} (?:be|would be|work|works|do)\b[^.!?]{{0,20}}?(?:ok|okay|fine|alright|better"
        r"|easier)", r"instead\b[^.!?\n]{0,40}\?",
        # A channel pointed to as the easier way in: "my insta's in my bio if that's easier",
        # "email's on my card" (not what is on a website: "the fixtures are on the site").
        rf"(?:my )?{_SOCIAL}(?:'s| is| are)? (?:also |still |always )?(?:on|in|at) (?:my|the|our)"
        r" (?:[\w'-]+ )?(?:card|bio|profile|website|site|page|signature|flyer|leaflet|badge"
        r"|lanyard)\b",
        r"if (?:that'?s|it'?s|that would be|that'?d be|it would be|it'?d be) (?:any |a bit |a lot"
        r" )?(?:easier|better|simpler|more comfortable)(?: for <you>)?\s*\?",
        r"(?:here'?s|here is|take|have|leave you|give you|i'?ll leave|let me give you) my"
        r" (?:number|digits|card|details|e-?mail|insta|handle)",
    ],
    # The case for yes made small: "it's only a number, you'd be fine giving it".
    "small": [
        r"(?:it'?s|its|it is|it was) (?:literally |honestly |really |seriously )?(?:only|just)"
        r" (?:a|my|your|ur|the) (?:number|phone number|few digits)",
        # ...or its cost: "tbh swapping numbers isn't exactly a big commitment".
        MADE_LIGHT,
    ],
    # The door held open after a no is a quieter way of asking again: "the offer stands",
    # "I'll be waiting", "if you change your mind, you know where to find me".
    "door": [
        r"(?:the |my )?offer(?:'s| is)? (?:still )?(?:stands|open|there|on the table)",
        r"offer (?:still )?stands", r"(?:<ill>|i'?ll|i will|i'?ll always|i'?ll still) (?:be )?"
        r"(?:waiting|wait|be here|be around|keep (?:it|my number|the offer))",
        r"<youll> know where to find me", r"<you> know where to find me",
        r"my (?:number|digits)(?:'s| is) (?:still )?(?:yours|there|available|here|up for grabs)",
        r"(?:offer|number|invite|invitation)(?:'s| is)?(?:n'?t| not) going anywhere",
        r"<im> (?:only|just|always) a (?:message|text|call|dm|phone call) away",
        r"if (?:anything|things) (?:ever )?changes?", r"if (?:it|that) (?:ever )?(?:appeals|suits"
        r"|interests <you>)", r"here'?s mine\b",
        r"<ill> (?:still )?be (?:at|in) (?:the|this|that) (?:[\w'-]+ ){0,2}?[\w'-]+ (?:most|every"
        r"|all)"
        r" (?:\w+ ){0,2}?(?:days?|nights?|weekends?|evenings?|mornings?|week|\w+days?)\b",
        r"if <you> (?:ever )?(?:fancy|feel like) it\b",
        r"(?:<im>|i'?m usually|i'?m always) (?:at|in) (?:this|the|that) [\w'-]+ (?:\w+ )?(?:most"
        r"|every|all) (?:\w+ ){0,2}?(?:days?|nights?|weekends?|evenings?|mornings?|week|\w+days?)"
        r"\b",
        # Their no awaited to change, in any words: "if you ever feel differently".
        r"(?:if|in case|when|should) <you> (?:ever |do )?(?:change <your> mind|feel differently"
        r"|think differently|see it differently|reconsider|think again|think better of it"
        r"|come (?:round|around))",
        r"change of heart", r"(?:have|get|do) a rethink",
        r"(?:the )?door(?:'s| is)? (?:always |still )?open", r"(?:whenever|when|if|once) <youre>"
        r" ready",
        r"(?:if|when|once|should) (?:things|anything) changes?", r"until <you> say yes",
        r"<im> not going anywhere", r"(?:still|always) (?:here|around) (?:if|for|whenever)",
        r"(?:just )?(?:let me know|tell me|hit me up|text me|message me) if (?:that |it"
        r" |anything )?changes", r"never say never", r"maybe (?:one day|someday|some day)",
        r"(?:hope|hoping) <you>(?:'ll| will)? change",
        # Their no predicted to change: "you'll warm up to it", "you'll come round".
        r"<youll> (?:\w+ )?(?:warm up|come (?:round|around)|change <your> mind|see|realise"
        r"|realize)\b",
        # Their yes predicted for later: "you'll text me eventually 😉".
        r"<youll> (?:\w+ )?(?:text|call|message|ring|say yes|come back|be back|give in|cave)"
        r"(?: me)? (?:eventually|one day|someday|some day|soon enough|in the end|sooner or later)",
        r"(?:<im>|i'?m usually|i'?m always) (?:around|here|there) (?:[\w'-]+ ){0,3}?"
        r"(?:most|every|on|all) (?:\w+ ){0,2}?(?:days?|nights?|weekends?|evenings?|mornings?"
        r"|week|\w+days?)\b",
        r"should <you> (?:ever )?(?:fancy|want|feel like|wish|decide)",
        # A standing invitation: "the group leaves at nine if you ever feel like joining".
        r"if <you> (?:ever |still )?(?:feel like|fancy|want to|wanna|decide to) (?:join(?:ing)?"
        r"|com(?:e|ing)|tag(?:ging)? along|drop(?:ping)? by|pop(?:ping)? by)",
    ],
})
# A yes held up as what it would have been, past: "would have", "could've", "wouldn't of".
_PAST_YES: Final = re.compile(r"\b(?:could|would)(?:n'?t| not)?(?: have|'ve| of)\b")
REPEAT_WHY: Final = {
    "repeat": "asks again in another form",
    "door": "keeps the door pushed open, which asks again in a softer voice",
    "small": "argues the no is a small thing to give, which asks for the yes again",
}


def repeats(p: Prepared, sulks: list[Hit]) -> list[Hit]:
    """Asking again; a no called small inside a reproach that came first ("you could have just
    said yes, it's only a number") or that says what a yes would have cost them, wherever it
    is ("it's just a number, it wouldn't have killed you"), blames what they did (no_guilt)
    and asks nothing again."""
    def reproach(x: Hit, h: Hit) -> bool:
        return x.start < h.start or _PAST_YES.search(p.norm, x.start, x.end) is not None

    found = REPEAT.find(p)
    return [h for h in found if h.label != "small" or not any(reproach(x, h) for x in sulks)]
