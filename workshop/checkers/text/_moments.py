"""Moments together told by who the two were to each other, what one told, what one did for
the other, and what they played: the connection an ask or offer builds on.

LABELS.md counts "something said between them", "a shared event or activity looked back on",
"naming oneself by the place or group both belong to" and "a specific favour or moment
together told with its time or place". These are the ways of saying so that the tables in
_rapport.py and _talk.py do not yet carry.
"""

from __future__ import annotations

from typing import Final

from workshop.checkers.text._together import EVENT, PAST_WHEN, PLACE

MOMENTS: Final = [
    # Partners or teammates in something done together: "we were lab partners this
    # morning", "we were teammates at the quiz" (not "we could be partners in crime", nor
    # "we were never partners").
    r"we (?:were|was) (?:(?!never\b|not\b)[\w'-]+ ){0,2}?(?:partners|partnered(?: up)?"
    r"|paired(?: up)?|teammates|team-?mates|a team|on the same (?:team|table|side|shift)"
    r"|in the same (?:group|team|class|pair|heat))\b",
    # A place or group both belong to, said in the present: "since we both volunteer at the
    # shelter", "we both train at the boxing gym" (not a taste: "we both like dogs").
    r"we (?:both|all) (?:volunteer|work|train|play|sing|dance|climb|swim|study|row|run|teach"
    rf"|help out|go) (?:at|in|with|for|on|to) (?:the |that |this |our |<your> )?(?:[\w'&-]+ )"
    rf"{{0,3}}?(?:{PLACE}|{EVENT}|shelter|centre|center|hospital|school|uni|college|charity"
    r"|ward|kitchen|bank)\b",
    # Something they told, by what it was about: "your story about the goat", "ur joke about
    # the ferry captain" (not a verdict on their story alone: "your story is inspiring").
    r"<your> (?:story|stories|joke|jokes|tale|tales|anecdote|anecdotes|rant|impression"
    r"|impressions|bit) (?:about|of|from|on)\b",
    # Another go at what they played, pointed at as theirs: "run back that chess game",
    # "a rematch of that darts match" (not "run back to the car").
    r"(?:run back|rerun|replay|redo|rematch(?: of)?|another go at|settle) (?:that|our) (?:[\w'-]+ )"
    rf"{{0,2}}?{EVENT}\b",
    # A favour done for them, told with when, however the tense is put: "you help me find
    # the museum today", "after lugging your suitcase up the stairs this morning" (not a
    # favour asked for: "can you help me move today?").
    r"(?<!can )(?<!could )(?<!will )(?<!would )(?<!'ll )(?<!if )<you> (?:help|helped|show"
    rf"|showed|guide|guided|take|took) me (?:[\w'-]+ ){{0,5}}?{PAST_WHEN}\b",
    r"(?:carrying|carried|lugging|lugged|holding|held|moving|moved|lifting|lifted|hauling"
    r"|hauled|minding|minded|fixing|fixed) <your> (?:[\w'-]+ ){1,5}?" + PAST_WHEN + r"\b",
    # A matter of theirs they told about, named as known to both, and how it might go: "if
    # the storage unit thing falls through", "hope the visa saga works out".
    r"(?:the|that|<your>) (?:[\w'-]+ ){1,3}?(?:thing|situation|saga|drama|issue|plan|hunt"
    r"|search) (?:falls through|fell through|works out|worked out|goes ahead|pans out|gets sorted"
    r"|comes through|goes south|goes wrong)\b",
    # Something they liked or tried there, pointed at: "that tagine you loved at dinner".
    r"(?:that|the|those) [\w'-]+(?: [\w'-]+)? <you> (?:loved|liked|enjoyed|tried|ordered|asked"
    r" for|admired|raved about) (?:at|during|over|on) (?:the |our |that )?[\w'-]+",
]
