"""The parts of a live session that are not exercises, and how long each may run.

This table is the one place to tune the timings. Every segment has a shortest, a usual and a
longest length in minutes. A plan starts with every segment at its shortest and the core
exercises; half of the spare time then grows the segments toward their usual length, the rest
takes optional exercises, and what is still left grows the segments again (debriefs first) up to
their longest. Segments are never dropped; only optional exercises are.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True, slots=True)
class Segment:
    """A fixed part of the session: its kind, title and length range in minutes."""

    kind: str
    title: str
    shortest: int
    usual: int
    longest: int
    exercise: str = ""  # a role-play is played with this scenario exercise, when it exists
    after: bool = True  # placed after the section's exercises (False: before them)


#: A 10-minute break at least every 75 minutes of activity when breaks are "auto".
BREAK_MINUTES: Final = 10
BREAK_EVERY: Final = 75

#: Spare time grows the segments one minute at a time. Toward the usual length, these kinds
#: take turns (a role-play, then a debrief, ...); toward the longest, each kind in turn fills up
#: before the next (debriefs first: talking it over is where the learning settles).
GROW_TO_USUAL: Final = ("roleplay", "debrief", "closing", "welcome", "intro")
GROW_TO_LONGEST: Final = ("debrief", "roleplay", "closing", "welcome", "intro")

#: Human titles of the sections, as the notebooks name them.
SECTION_TITLES: Final[dict[str, str]] = {
    "00-start-here": "Start here",
    "01-the-art-of-asking": "The art of asking",
    "02-the-graceful-response": "The graceful response",
    "03-digital-alternatives": "Digital alternatives",
    "04-the-follow-up": "The follow-up",
    "05-common-mistakes": "Common mistakes to avoid",
    "06-final-thoughts": "Final thoughts",
}


def _intro(section: str) -> Segment:
    return Segment("intro", f"Introduction: {SECTION_TITLES[section]}", 1, 2, 3, after=False)


def _pair(scenario: str, title: str) -> tuple[Segment, Segment]:
    # Shortest: one run, and the partners swap roles at the next role-play; usual: two runs.
    return (Segment("roleplay", f"Pair role-play: {title}", 3, 8, 10, exercise=scenario),
            Segment("debrief", "Debrief with the whole group", 2, 4, 6))


#: The fixed segments of every section, in the order of the sections.
SEGMENTS: Final[dict[str, tuple[Segment, ...]]] = {
    "00-start-here": (
        Segment("welcome", "Welcome, content note and how to opt out", 4, 6, 10, after=False),
    ),
    "01-the-art-of-asking": (
        _intro("01-the-art-of-asking"),
        *_pair("climbing-gym-scenario", "after the bouldering session"),
    ),
    "02-the-graceful-response": (
        _intro("02-the-graceful-response"),
        *_pair("coworking-space-scenario", "asked at the coworking space"),
    ),
    "03-digital-alternatives": (
        _intro("03-digital-alternatives"),
        *_pair("", "not yet - let's stay in the app"),
    ),
    "04-the-follow-up": (
        _intro("04-the-follow-up"),
        *_pair("running-club-scenario", "after the Saturday club run"),
    ),
    "05-common-mistakes": (
        _intro("05-common-mistakes"),
        *_pair("barista-scenario", "the friendly barista"),
    ),
    "06-final-thoughts": (
        _intro("06-final-thoughts"),
        Segment("closing", "Closing circle", 4, 8, 10),
    ),
}
