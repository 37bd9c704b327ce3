"""Completion per section: what is done, what was tried, and the minutes they stand for."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from workshop.exercises.model import SECTIONS
from workshop.store.records import ExerciseProgress
from workshop.store.store import ProgressStore


class ExerciseLike(Protocol):
    """What a summary needs to know of an exercise."""

    @property
    def id(self) -> str: ...
    @property
    def section(self) -> str: ...
    @property
    def type(self) -> str: ...
    @property
    def minutes(self) -> float: ...


@dataclass(frozen=True, slots=True)
class SectionProgress:
    """One section's exercises: done, attempted (done included) and in total, with minutes."""

    section: str
    done: int
    attempted: int
    total: int
    minutes_done: float
    minutes_total: float

    @property
    def complete(self) -> bool:
        """Whether every exercise of the section is done."""
        return self.done == self.total


def is_done(exercise: ExerciseLike, progress: ExerciseProgress | None) -> bool:
    """Passed, or for a reflection: written (reflections have no verdict)."""
    if progress is None:
        return False
    written = isinstance(progress.last_answer, str) and bool(progress.last_answer.strip())
    return progress.passed or (exercise.type == "reflect" and written)


def exercise_list(exercises: Iterable[Any] | Mapping[str, Any]) -> list[ExerciseLike]:
    """The exercises of a list or of a catalog (a mapping from id to exercise)."""
    items = exercises.values() if isinstance(exercises, Mapping) else exercises
    return list(items)


def section_summary(store: ProgressStore,
                    exercises: Iterable[ExerciseLike] | Mapping[str, ExerciseLike],
                    ) -> list[SectionProgress]:
    """Completion of each section that has exercises, in the order of the workshop."""
    progress = store.all()
    by_section: dict[str, list[ExerciseLike]] = {}
    for exercise in exercise_list(exercises):
        by_section.setdefault(exercise.section, []).append(exercise)
    order = sorted(by_section, key=lambda s: SECTIONS.index(s) if s in SECTIONS else len(SECTIONS))
    return [_section(s, by_section[s], progress) for s in order]


def _section(section: str, exercises: list[ExerciseLike],
             progress: Mapping[str, ExerciseProgress]) -> SectionProgress:
    done = [e for e in exercises if is_done(e, progress.get(e.id))]
    attempted = [e for e in exercises if e.id in progress]
    return SectionProgress(section, len(done), len(attempted), len(exercises),
                           sum(e.minutes for e in done), sum(e.minutes for e in exercises))


def overall(sections: Iterable[SectionProgress]) -> SectionProgress:
    """All sections added up, under the name 'all sections'."""
    rows = list(sections)
    return SectionProgress("all sections", sum(r.done for r in rows),
                           sum(r.attempted for r in rows), sum(r.total for r in rows),
                           sum(r.minutes_done for r in rows), sum(r.minutes_total for r in rows))
