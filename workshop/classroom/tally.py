"""Counting a class folder: per exercise, who answered, who passed, what they chose.

Feedback flagged as wrong is only counted here: its text never reaches the board. Every
table is bounded: records come from files any learner can write (see reading.py).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

from workshop.classroom.records import MAX_SHARED, PulseRecord

#: distinct exercises, and distinct keys per table of one exercise, counted at most (a course
#: has about fifty exercises of a few dozen options; without a course to check against,
#: these keep a flood of made-up ids from growing the tables without end)
MAX_EXERCISES: Final = 1000
MAX_KEYS: Final = 1000


@dataclass
class ExerciseTally:
    """The counts of one exercise. Options and criteria count each learner's first answer."""

    id: str
    type: str
    attempts: int = 0
    passed_attempts: int = 0
    sessions: set[str] = field(default_factory=set)
    passed_sessions: set[str] = field(default_factory=set)
    first_passed: int = 0
    options: Counter[str] = field(default_factory=Counter)
    criteria_met: Counter[str] = field(default_factory=Counter)
    criteria_judged: Counter[str] = field(default_factory=Counter)
    shared: dict[str, str] = field(default_factory=dict)  # session -> its latest shared answer
    flagged: set[tuple[str, str]] = field(default_factory=set)  # (session, case id)

    @property
    def learners(self) -> int:
        """How many sessions answered."""
        return len(self.sessions)

    @property
    def disagreements(self) -> int:
        """How many answers' feedback was flagged as wrong."""
        return len(self.flagged)

    @property
    def passed(self) -> int:
        """How many sessions passed at least once."""
        return len(self.passed_sessions)

    def missed(self) -> list[tuple[str, int, int]]:
        """Criteria not met in first answers: (id, missed, judged), most missed first."""
        rows = [(cid, judged - self.criteria_met[cid], judged)
                for cid, judged in self.criteria_judged.items()]
        return sorted((r for r in rows if r[1]), key=lambda r: (-r[1], r[0]))

    def add(self, record: PulseRecord) -> None:
        """Count one record (records of a session arrive in the order they were written)."""
        self.attempts += 1
        self.passed_attempts += record.passed
        first = record.session not in self.sessions
        self.sessions.add(record.session)
        if record.passed:
            self.passed_sessions.add(record.session)
        if first:
            self.first_passed += record.passed
            _count(self.options, record.chosen)
            _count(self.criteria_judged, [cid for cid, _ in record.criteria])
            _count(self.criteria_met, [cid for cid, met in record.criteria if met])
        if record.shared:
            self.shared[record.session] = record.shared[:MAX_SHARED]


def _count(counter: Counter[str], keys: Sequence[str]) -> None:
    room = len(counter) + len(keys) <= MAX_KEYS  # the usual case: room for every key
    for key in keys:
        if room or key in counter or len(counter) < MAX_KEYS:
            counter[key] += 1


@dataclass
class ClassTally:
    """Everything counted in a class folder so far, and the problems met reading it."""

    exercises: dict[str, ExerciseTally] = field(default_factory=dict)
    sessions: set[str] = field(default_factory=set)
    records: int = 0
    files: int = 0
    problems: list[str] = field(default_factory=list)
    skipped: int = 0  # records of exercises beyond MAX_EXERCISES

    @property
    def learners(self) -> int:
        """How many sessions sent at least one record."""
        return len(self.sessions)

    def add(self, record: PulseRecord) -> None:
        """Count one record."""
        tally = self._exercise(record.exercise)
        if tally is None:
            self.skipped += 1
            return
        tally.type = tally.type or record.type
        tally.add(record)
        self.sessions.add(record.session)
        self.records += 1

    def add_disagreement(self, session: str, exercise: str, case: str) -> None:
        """Count one case of feedback flagged as wrong (each case once)."""
        tally = self._exercise(exercise)
        if tally is None:
            self.skipped += 1
        elif len(tally.flagged) < MAX_KEYS * 10:
            tally.flagged.add((session, case))

    def _exercise(self, exercise: str) -> ExerciseTally | None:
        tally = self.exercises.get(exercise)
        if tally is None and len(self.exercises) < MAX_EXERCISES:
            # the type comes with the exercise's first answer
            tally = self.exercises[exercise] = ExerciseTally(exercise, "")
        return tally
