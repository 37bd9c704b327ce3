"""Counting a class folder: per exercise, who answered, who passed, what they chose.

The reader remembers how far it has read each file and parses only the bytes added since,
so a refresh over a full room costs little more than listing the folder. Damaged lines,
records from a newer kit and a cut-off last line are skipped and reported, never fatal.
Feedback flagged as wrong is only counted here: its text never reaches the board.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from workshop.classroom.joining import DISAGREE_FILE, PULSE_FILE
from workshop.classroom.records import (
    FutureRecordError,
    PulseRecord,
    RecordError,
    decode_disagreement,
    decode_doc,
    decode_lines,
)

MAX_LINE: Final = 64 * 1024  # a "line" longer than this without an end is damage, not a write


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
            self.options.update(record.chosen)
            for cid, met in record.criteria:
                self.criteria_judged[cid] += 1
                self.criteria_met[cid] += met
        if record.shared:
            self.shared[record.session] = record.shared


@dataclass
class ClassTally:
    """Everything counted in a class folder so far, and the problems met reading it."""

    exercises: dict[str, ExerciseTally] = field(default_factory=dict)
    sessions: set[str] = field(default_factory=set)
    records: int = 0
    files: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def learners(self) -> int:
        """How many sessions sent at least one record."""
        return len(self.sessions)

    def add(self, record: PulseRecord) -> None:
        """Count one record."""
        tally = self._exercise(record.exercise)
        tally.type = tally.type or record.type
        tally.add(record)
        self.sessions.add(record.session)
        self.records += 1

    def add_disagreement(self, session: str, exercise: str, case: str) -> None:
        """Count one case of feedback flagged as wrong (each case once)."""
        self._exercise(exercise).flagged.add((session, case))

    def _exercise(self, exercise: str) -> ExerciseTally:
        tally = self.exercises.get(exercise)
        if tally is None:  # the type comes with the exercise's first answer
            tally = self.exercises[exercise] = ExerciseTally(exercise, "")
        return tally


@dataclass
class _File:
    inode: int
    session: str
    flags: bool  # a file of feedback flagged as wrong, not of answers
    offset: int = 0  # bytes of complete lines already counted
    lines: int = 0
    bad: int = 0
    first_bad: str = ""
    future: int = 0
    future_note: str = ""
    partial: bool = False
    unreadable: str = ""


class ClassReader:
    """Reads a class folder incrementally: each refresh parses only new bytes."""

    def __init__(self, folder: Path | str) -> None:
        self.folder = Path(folder).expanduser()
        self._files: dict[str, _File] = {}
        self._tally = ClassTally()

    def refresh(self) -> ClassTally:
        """The counts now (the same object grows from one refresh to the next)."""
        for _ in range(3):
            listing = self._listing()
            if listing is None:
                return self._tally
            if self._read_all(listing):
                break
            self._restart()  # a file shrank, was replaced or removed: count everything again
        self._tally.files = len(self._files)
        self._tally.problems = self._problems()
        return self._tally

    def _listing(self) -> dict[str, os.DirEntry[str]] | None:
        try:
            with os.scandir(self.folder) as it:
                return {e.name: e for e in it
                        if PULSE_FILE.match(e.name) or DISAGREE_FILE.match(e.name)}
        except FileNotFoundError:
            problem = f"the class folder {self.folder} does not exist (yet)"
        except OSError as e:
            problem = f"the class folder {self.folder} cannot be read ({e.strerror or e})"
        self._restart()
        self._tally.problems = [problem]
        return None

    def _read_all(self, listing: dict[str, os.DirEntry[str]]) -> bool:
        if any(name not in listing for name in self._files):
            return False
        for name in sorted(listing):
            try:
                stat = listing[name].stat()
            except OSError:
                continue  # removed since the listing: the next refresh starts over
            state = self._files.get(name)
            if state is not None and (stat.st_ino != state.inode or stat.st_size < state.offset):
                return False
            if state is None:
                match = PULSE_FILE.match(name) or DISAGREE_FILE.match(name)
                session = match.group(1) if match else ""
                state = self._files[name] = _File(stat.st_ino, session,
                                                  flags=name.startswith("disagree-"))
            if stat.st_size > state.offset or state.unreadable:
                self._read(Path(listing[name].path), state)
        return True

    def _read(self, path: Path, state: _File) -> None:
        try:
            with open(path, "rb") as f:
                f.seek(state.offset)
                data = f.read()
        except OSError as e:
            state.unreadable = e.strerror or str(e)
            return
        state.unreadable = ""
        end = data.rfind(b"\n") + 1
        lines = data[:end].split(b"\n")[:-1]
        base = state.lines
        numbered = [(base + i, line) for i, line in enumerate(lines, 1) if line.strip()]
        docs = decode_lines([line for _, line in numbered])
        for i, (number, line) in enumerate(numbered):
            state.lines = number  # for the message if this line is damaged
            self._count(docs[i] if docs is not None else line, state)
        state.lines = base + len(lines)
        rest = len(data) - end
        state.offset += end
        state.partial = rest > 0
        if rest > MAX_LINE:
            state.lines += 1
            self._bad(state, "too long, with no end")
            state.offset += rest
            state.partial = False

    def _count(self, line: bytes | Any, state: _File) -> None:
        try:  # a line as bytes, or already parsed as JSON
            doc = json.loads(line) if isinstance(line, bytes) else line
            found = decode_disagreement(doc) if state.flags else decode_doc(doc)
        except FutureRecordError as e:
            state.future += 1
            state.future_note = state.future_note or str(e)
            return
        except RecordError as e:
            self._bad(state, str(e))
            return
        except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError too
            self._bad(state, "not valid JSON")
            return
        session = found[0] if isinstance(found, tuple) else found.session
        if session != state.session:
            self._bad(state, "its session id is not the one in the file name")
        elif isinstance(found, tuple):
            self._tally.add_disagreement(session, found[1].exercise, found[1].id)
        else:
            self._tally.add(found)

    @staticmethod
    def _bad(state: _File, why: str) -> None:
        state.bad += 1
        state.first_bad = state.first_bad or f"line {state.lines}: {why}"

    def _restart(self) -> None:
        self._files.clear()
        self._tally = ClassTally()

    def _problems(self) -> list[str]:
        out = []
        for name, s in sorted(self._files.items()):
            if s.unreadable:
                out.append(f"{name} could not be read ({s.unreadable}); not counted")
            if s.bad:
                out.append(f"{name}: {s.bad} damaged line(s) skipped ({s.first_bad})")
            if s.future:
                out.append(f"{name}: {s.future} record(s) skipped, written by a newer version "
                           f"of the kit ({s.future_note}); update the kit to count them")
            if s.partial:
                out.append(f"{name}: the last line is incomplete (cut off, or being written); "
                           "not counted")
        return out


def read_class(folder: Path | str) -> ClassTally:
    """Count a class folder once."""
    return ClassReader(folder).refresh()
