"""Where a follow-up points back at the meeting: who is writing and where they met.

"A brief message like 'Hey, it was great meeting you yesterday!'" names the meeting; a
follow-up can also do it by naming who and where ("it's Sam from the climbing gym"), by
asking after their train or a plan made there, or by the place where it happened. The
connections of ``_rapport`` (the time shared) count too; these are the follow-up's own.
"""

from __future__ import annotations

from typing import Final

from workshop.checkers.text._cues import CueSet
from workshop.checkers.text._together import EVENT, MET_WHEN, PLACE

# Who one was there, named by the event or place: "it's me, the karaoke girl".
_WHO = r"(?:girl|guy|lad|lass|woman|man|lady|bloke|dude|chap|fella|gal|boy|kid|one|person)"

# A follow-up can also point back by naming who and where: "it's Sam from the climbing gym".
MEETING: Final = CueSet({
    # The event named after a "not" that governs something else: "you never texted after the
    # salsa night" still names the salsa night. (First, so that its label wins.)
    "after_event": [
        rf"after the (?!next |upcoming )(?:\w+ ){{0,2}}(?:party|wedding|game|show|gig|concert"
        rf"|class|event|meetup|conference|talk|match|dinner|run|quiz|session|shift"
        rf"|{EVENT[3:-1]})\b",
    ],
    "who_from": [
        # "From" in Scots too: "it's Fiona fae the ceilidh".
        # (Not "the girl from before": that names no meeting.)
        r"(?:it'?s|this is|i'?m|its|it is) (?:\S+\s+){1,3}?(?:from|fae|frae)\s+(?!home\b"
        r"|before\b)"
        r"(?:the|<your>|yesterday|last|this|that|\w+'s|\w+)\b",
        # Named, then "here from" where: "Ruth here from the Sunday litter-pick"; or after a
        # greeting, a name and where: "Hi Jen, Dylan from the garage".
        r"\b\w+ here,? from (?:the|<your>|yesterday'?s|last night'?s|this|that|\w+'s)\s+\w+",
        r"^(?:hi|hey|hello|hiya|dear|morning|evening|good (?:morning|evening|afternoon))[,!]?"
        r"(?: \w+\s*[,!-])?\s*(?!thanks|thank|love|greetings|regards|best|cheers|hello|hi|hey"
        r"|news)\w+ from (?:the|<your>|yesterday'?s|last night'?s|\w+'s) \w+",
        # After a dash, a place or a time (not "it's Ines - texting as we arranged", "it's Bea
        # - fancy a picnic?").
        rf"(?:it'?s|this is|i'?m|its|it is) (?:\S+\s+){{1,3}}?-\s+(?:the|<your>|yesterday|last"
        rf"|this|that|\w+'s|(?:[\w'-]+ ){{0,3}}?{PLACE})\b",
    ],
    "from_where": [
        # Who, then where they met in a bracket or after a comma: "Ifeoma here (birdwatching,
        # meetup)", "Jo here, pottery class", "it's Tom (the guy with the kayak)".
        r"(?:\w+ here|(?:it'?s|its|this is|i'?m) \w+)\s*[(\[][^)\]]{2,60}[)\]]",
        rf"\w+ here\s*[,:-]\s*(?:the |our |that |this )?(?:[\w'-]+ ){{0,2}}?{PLACE}\b",
        # Where they met, opening the message: "Yo, from the conference afterparty."
        rf"(?:(?<=^)|(?<=[.!?,:;] )|(?<=[.!?,:;]))from (?:the |our |that |this |last night'?s"
        rf" |yesterday'?s )?(?:[\w'-]+ ){{0,3}}?{PLACE}\b",
        # "Oscar here from the climbing wall", "Sam from pottery class" (not "got your number
        # from last night": the number swapped is not the meeting, LABELS.md).
        rf"\b(?!(?:number|numbers|digits|details|contact|contacts|num|deets) from (?:last|yesterday"
        rf"|the other|this|that) )\w+ (?:here,? )?"
        rf"(?:from|fae|frae|-) (?:the |our |that |this |<your> )?"
        rf"(?:[\w'-]+ ){{0,3}}?"
        rf"(?:{PLACE}|room|study room|expo|summit|symposium)\b",
        # An event and when it was: "after trivia last night", "at the market on Saturday"
        r"(?:at|after|from|during|before) (?:the |our |that |this )?(?:[\w'-]+ ){0,2}?[\w'-]+"
        r" (?:last night|yesterday|last week(?:end)?|at the weekend|this morning|this arvo"
        r"|earlier(?: today)?|the other (?:day|night)|(?:on |last )(?:mon|tues|wednes|thurs|fri"
        r"|satur|sun)day)",
    ],
    # Greeted by the place both were: "hi from the 10:15 ferry!", "ferry friend!".
    "greeted": [
        # However long the way to it: "hi from the seat across the aisle on the Edinburgh train".
        rf"(?:hey|hi|hello|hiya|yo|howdy|ahoy|greetings) (?:again )?from (?:the|our|that|this)"
        rf" (?:[\w:'-]+ ){{0,7}}?{PLACE}\b",
        # ...or by who they were there: "hello from the woman who kept beating you at ping pong".
        r"(?:hey|hi|hello|hiya|yo|howdy|greetings) (?:again )?from (?:the|that|your) (?:\w+ )?"
        r"(?:one|guy|girl|woman|man|lady|bloke|person|dude|chap|fella|lad|lass|kid|neighbou?r)"
        r" (?:who|with|in|that)\b",
        rf"(?:(?<=^)|(?<=^hey )|(?<=^hi )|(?<=^hello )|(?<=^hiya ))(?:my )?(?:[\w'-]+ )?{PLACE}"
        r" (?:friend|buddy|pal|mate|twin|neighbou?r|companion|comrade|partner)(?=\s*[!,.])",
    ],
    "asked_after": [
        # Their train or bus, asked after: "did u make ur train?" (not their way home alone:
        # "hope you got home ok" names no meeting, LABELS.md h29-247).
        r"did <you> (?:make|catch|get) (?:<your>|the) (?:last )?(?:train|bus|flight|ferry|tram"
        r"|plane|connection|coach)\b",
        # A plan they made together: "when are we doing that hike?"
        rf"(?:doing|do|booking|book|planning|plan|trying|try|going to|go to|still on for) (?:that"
        rf"|this) (?:[\w'-]+ ){{0,2}}?(?:{EVENT}|{PLACE}|coffee|drink|dinner|lunch|trip)\b",
        # Named by a detail of the meeting: "it's Dev, the guy with the red umbrella".
        r"(?:it'?s|this is|i'?m|its) \w+,? (?:the|ur|your) (?:one|guy|girl|woman|man|lady|bloke"
        r"|person|dude|chap|fella|lad|lass) (?:with|in|from|who)\b(?!(?<=from) before\b)",
        r"(?:after|before|when|once) i (?:left|got there|arrived|went home|headed off)\b",
        r"did the \w+ (?:end up|actually|ever|finally) (?:happen|happening|go ahead|start)",
        # A point from the event they shared, settled later: "the quiz answer WAS Canberra".
        rf"the (?:[\w'-]+ )?{EVENT} (?:answers?|questions?|results?|scores?|winners?"
        r"|tiebreak(?:er)?)\b",
        # Asking after the event they shared: "How did the rest of the concert go?".
        rf"(?:how did|how was|how'?s|how were|did <you> (?:enjoy|like|survive|make it through))"
        rf" (?:the rest of )?(?:the|<your>|that|this) (?:[\w'-]+ ){{0,2}}?(?:{EVENT[3:-1]}"
        rf"|{PLACE[3:-3]})s?\b",
        r"the rest of (?:the|<your>|that) (?:[\w'-]+ ){0,2}?(?:night|evening|day|party|concert"
        r"|gig|game|match|trip|event|festival|conference|wedding|show)\b",
    ],
    "since_then": [
        rf"since (?:the|that|our|last night'?s?) (?:[\w'-]+ ){{0,2}}?(?:{EVENT[3:-1]}"
        rf"|{PLACE[3:-3]})s?\b",
    ],
    "at_place": [
        # "I gave you my number at the climbing wall": where they were, told by the place; or
        # by the event ("u left ur scarf at the open mic").
        # (Not one still to come: "can I sit next to you at the next meeting?")
        rf"(?:at|during|after) (?:the|our|that|this) (?!(?:next|upcoming|following)\b)"
        rf"(?:[\w'-]+ ){{0,3}}?(?:{PLACE}|{EVENT[3:-1]})\b",
        rf"\bthe (?:[\w'&-]+ )?(?:{EVENT}|{PLACE}) {_WHO}\b",
    ],
    "met": [
        r"(?:bump(?:ed|ing)? into|ran into|run(?:ning)? into|crossed paths with)"
        r" (?:<you>|y'?all)\b",
        r"(?:thinking|thought) (?:about|of) <you>(?: \w+)? since (?:the|that|our|last|yesterday"
        r"|we|i)\b",
        # "We met at the pub", "we met yesterday", not a bare "We met." that names nothing,
        # nor "we met yesterday?", asking whether they remember (LABELS.md).
        r"(?:we|i) met\b(?!\s*(?:[.!]|$|,? (?:anyway|so|and|but)\b))(?!" + MET_WHEN + ")",
        r"(?:meeting|meet|met|seeing|saw) (?:<you>|y'?all|you all)\b"
        r"(?! (?:read|opened|online|typing|viewed|seen|saw|looked)\b)",

        r"(?:about|from) that (?:\w+ ){0,2}\w+",
        # Something both went through, named: "fellow survivor of Professor Lund's lecture"
        # (not a taste alone: "fellow dog person").
        r"\bfellow (?:[\w'-]+ ){0,2}?(?:of|from|at|on|in) (?:the|that|our|this|(?:\w+ )?\w+'s)\b",
        # Next to each other there, a moment already had: "lovely to sit next to you at...".
        r"(?:sat|stood|danced|queued|(?:lovely|nice|great|fun|good|a pleasure|a joy) (?:to )?"
        r"(?:sit|sitting|stand|standing|dance|dancing|queue|queueing)) (?:right )?(?:next to"
        r"|beside|opposite|across from|behind|in front of|with) <you>\b",
    ],
}, fixed=("after_event",))
