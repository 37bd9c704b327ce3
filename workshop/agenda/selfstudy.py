"""How long the course takes a learner on their own: reading plus exercises, per notebook.

The one source of the times the notebooks state: a test checks each notebook's "Time" line
against these figures, so a new or longer exercise cannot leave a notebook promising less.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Final

from workshop.exercises.model import SECTIONS, Exercise

#: Minutes to read each notebook's prose and worked examples carefully (its words at about
#: 150 a minute, plus the printed checker examples); 00 includes getting started.
READING_MINUTES: Final[dict[str, int]] = {
    "00-start-here": 10,
    "01-the-art-of-asking": 8,
    "02-the-graceful-response": 10,
    "03-digital-alternatives": 7,
    "04-the-follow-up": 8,
    "05-common-mistakes": 7,
    "06-final-thoughts": 5,
}


@dataclass(frozen=True, slots=True)
class StudyTime:
    """Minutes one notebook takes on your own: reading, all exercises, the core ones."""

    section: str
    reading: int
    exercises: float
    core: float  # the exercises that are not optional (what a 60-minute session keeps)

    @property
    def total(self) -> int:
        """Reading and every exercise, to the nearest 5 minutes."""
        return round_to_five(self.reading + self.exercises)


def round_to_five(minutes: float) -> int:
    """``minutes`` to the nearest 5 (at least 5)."""
    return max(5, 5 * round(minutes / 5))


def study_times(exercises: Iterable[Exercise] | Mapping[str, Exercise]) -> list[StudyTime]:
    """The self-study time of every section, in course order."""
    items = list(exercises.values() if isinstance(exercises, Mapping) else exercises)
    return [StudyTime(section, READING_MINUTES[section],
                      sum(e.minutes for e in items if e.section == section),
                      sum(e.minutes for e in items if e.section == section and not e.optional))
            for section in SECTIONS]


def course_minutes(times: Iterable[StudyTime], *, core: bool = False) -> int:
    """The whole course on your own (``core``: reading and the core exercises only)."""
    return round_to_five(sum(t.reading + (t.core if core else t.exercises) for t in times))


def spoken(minutes: int) -> str:
    """``minutes`` as a person says it: "55 minutes", "1 hour", "4 hours 15 minutes"."""
    hours, rest = divmod(minutes, 60)
    parts = [f"{hours} hour{'s' if hours != 1 else ''}"] if hours else []
    if rest or not hours:
        parts.append(f"{rest} minute{'s' if rest != 1 else ''}")
    return " ".join(parts)
