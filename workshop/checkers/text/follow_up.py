"""The follow-up: a short, timely message that names the meeting and does not bombard."""

from __future__ import annotations

import re
from collections.abc import Mapping
from itertools import islice
from typing import Any, Final

from workshop.checkers.contract import TIMELY_HOURS
from workshop.checkers.feedback import Criterion, Feedback, Span
from workshop.checkers.registry import text_checker
from workshop.checkers.text._chasing import NAGGING
from workshop.checkers.text._cues import CueSet, Hit
from workshop.checkers.text._meeting import MEETING
from workshop.checkers.text._prepare import Prepared, prepare
from workshop.checkers.text._pressure import PRESSURE, by_weight, explain
from workshop.checkers.text._rapport import connections
from workshop.checkers.text._verdict import Rule, feedback, judge, nothing_written, unreadable

FOLLOW_UP = "The Follow-Up"
#: A first text should read at a glance, like the guide's "Hey, it was great meeting you
#: yesterday!": a few short sentences. Past 60 words or 5 sentences it becomes a letter.
BRIEF_WORDS: Final = 60
BRIEF_SENTENCES: Final = 5

RULES: Final[dict[str, Rule]] = {
    "references_meeting": Rule(
        f"{FOLLOW_UP}: Don't Wait Too Long (a brief message that names the meeting)",
        'You remind them where you met or what you shared ("{quote}").',
        'Name the meeting or something you shared, for example "Hey, it was great meeting '
        'you at the climbing gym yesterday!"',
        "say where you met or what you talked about",
        looked_for="words that name where you met or something you shared"),
    "brief": Rule(
        f"{FOLLOW_UP}: Don't Wait Too Long (a brief message breaks the ice)",
        "Short and easy to answer ({words}).",
        "Keep the first text to one to three short sentences (this one has {words}); "
        "save the rest for when they reply.",
        "keep it short"),
    "no_pressure": Rule(
        f"{FOLLOW_UP}: Respect Boundaries",
        "No demands on their time: they can reply when and if they want.",
        'Send one friendly message and give them space, for example "Hope your week is going '
        'well!" - no chasers.',
        "give them space to reply", '"{quote}" {why}.'),
    "timely": Rule(
        f"{FOLLOW_UP}: Don't Wait Too Long (24-48 hours)",
        "Sent {hours} after meeting: within the 24-48 hours the guide suggests.",
        "Sent {hours} after meeting; the guide suggests reaching out within 24-48 hours, "
        "while the meeting is fresh.",
        "send it within a day or two"),
}
PRAISE = "a short, friendly follow-up that reminds them where you met"
# In a first text, a pile of question marks, or doubled ones after asking about a reply,
# reads as chasing ("???", "did you get my text??"); in an ask it is only excitement.
_CHASERS: Final = CueSet({
    "nagging": [
        r"\?{3,}", r"(?:reply|replied|respond|answer|text|message|there|get|got|see|seen|read"
        r"|alive|awake|ok|okay)\s*\?{2,}",
    ],
}, negatable=False)
_WORD = re.compile(r"\S+")


# "So great meeting you!" says that they met, not where, when or what they shared; "I'm
# messaging as we agreed" only keeps the promise to get in touch (LABELS.md).
_BARE_MEETING: Final = re.compile(
    r"[\w' ]*?\b(?:meet|meeting|met|see|seeing) (?:you|u|ya|y'?all|you all)[^\w]*"
    r"|(?:as|like) (?:we |i )?(?:agreed|promised|said|arranged|discussed)[^\w]*")


def _bare_meeting(p: Prepared, hit: Hit) -> bool:
    """Whether ``hit`` only says that they met: nothing follows it in its sentence."""
    end = next((e for s, e in p.sentences if s <= hit.start < e), len(p.norm))
    return _BARE_MEETING.fullmatch(p.norm, hit.start, end) is not None


def _hours(hours: float) -> str:
    if hours < 1:
        minutes = round(hours * 60)
        return f"{minutes} minute" + ("" if minutes == 1 else "s")
    return f"{hours:g} hour" + ("" if hours == 1 else "s")


def _brief(p: Prepared) -> Criterion:
    rule = RULES["brief"]
    words = p.words
    ok = not p.truncated and words <= BRIEF_WORDS and len(p.sentences) <= BRIEF_SENTENCES
    message = (rule.praise if ok else rule.advice).format(
        words=f"{words:,} word" + ("" if words == 1 else "s"))
    if not words:
        message = message.split(" (", 1)[0] + "."
    evidence: tuple[Span, ...] = ()
    if not ok and not p.truncated:
        # Highlight where the message runs past the length of a first text.
        cut = _overflow_start(p)
        evidence = (Span(cut, len(p.norm.rstrip())),) if cut < len(p.norm.rstrip()) else ()
    return Criterion("brief", ok, message, rule.principle, evidence)


def _overflow_start(p: Prepared) -> int:
    if len(p.sentences) > BRIEF_SENTENCES:
        by_sentence = p.sentences[BRIEF_SENTENCES][0]
    else:
        by_sentence = len(p.norm)
    words = islice(_WORD.finditer(p.norm), BRIEF_WORDS, BRIEF_WORDS + 1)
    by_words = next((m.start() for m in words), len(p.norm))
    return min(by_sentence, by_words)


def _timely(hours: float) -> Criterion:
    rule = RULES["timely"]
    ok = hours <= TIMELY_HOURS
    message = (rule.praise if ok else rule.advice).format(hours=_hours(hours))
    return Criterion("timely", ok, message, rule.principle, ())


@text_checker("follow_up")
def check_follow_up(text: str, ctx: Mapping[str, Any]) -> Feedback:
    """Judge a first message after meeting against "The Follow-Up"."""
    p = prepare(text)
    hours = ctx.get("hours")
    criteria: list[Criterion]
    if not p.text.strip():
        criteria = [nothing_written(cid, RULES[cid], p)
                    for cid in ("references_meeting", "brief", "no_pressure")]
    else:
        refs = [h for h in sorted(connections(p) + MEETING.find(p, labelled=False),
                                  key=lambda h: h.start)
                if not _bare_meeting(p, h)]
        pushes = by_weight(PRESSURE.find(p) + NAGGING.find(p) + _CHASERS.find(p))
        if p.truncated:
            no_pressure = unreadable("no_pressure", RULES["no_pressure"], p)
        else:
            no_pressure = judge("no_pressure", RULES["no_pressure"], not pushes, p, pushes,
                                **explain(pushes))
        criteria = [judge("references_meeting", RULES["references_meeting"], bool(refs), p, refs),
                    _brief(p), no_pressure]
    if hours is not None:
        criteria.append(_timely(float(hours)))
    passed = bool(p.words) and all(c.passed for c in criteria)
    fb = feedback("follow_up", p, criteria, passed, RULES, PRAISE)
    if hours is not None:
        fb.details["hours"] = float(hours)
    return fb
