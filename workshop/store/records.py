"""Progress records: one exercise's attempts, how sessions merge, and the file format.

A file holds, per session id, the state of each exercise that session touched. A session's
state only grows, so two copies of the same session are reconciled by keeping the one with
more attempts; different sessions add up. Duplicated copies (from a compaction that died
half-way, or raced with the session's own write) therefore never count twice.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any, Final, TypeGuard

FORMAT: Final = "workshop-progress"
VERSION: Final = 1

#: half of a UTF-16 pair with no other half: valid in a Python str, not writable as UTF-8
_SURROGATE: Final = re.compile("[\ud800-\udfff]")

_FIELDS: Final = ("attempts", "best_score", "passed", "last_answer", "last_passed",
                  "first_at", "last_at")


@dataclass(frozen=True, slots=True)
class ExerciseProgress:
    """Attempts at one exercise: how many, the best score, and the latest answer."""

    id: str
    attempts: int
    best_score: float
    passed: bool
    last_answer: Any
    last_passed: bool
    first_at: datetime
    last_at: datetime

    def then(self, *, passed: bool, score: float, answer: Any, at: datetime) -> ExerciseProgress:
        """This progress after one more attempt in the same session."""
        return ExerciseProgress(self.id, self.attempts + 1, max(self.best_score, score),
                                self.passed or passed, answer, passed,
                                min(self.first_at, at), max(self.last_at, at))


#: session id -> exercise id -> that session's progress on the exercise
Sessions = dict[str, dict[str, ExerciseProgress]]


class FormatError(ValueError):
    """A progress file that is not valid; the message says why, in plain words."""


class FutureVersionError(ValueError):
    """A progress file written by a newer kit, in a format version this one does not know."""

    def __init__(self, version: int) -> None:
        self.version = version
        super().__init__(f"format version {version}")


def first_attempt(exercise_id: str, *, passed: bool, score: float, answer: Any,
                  at: datetime) -> ExerciseProgress:
    """The progress after a session's first attempt at an exercise."""
    return ExerciseProgress(exercise_id, 1, score, passed, answer, passed, at, at)


def newer(a: ExerciseProgress, b: ExerciseProgress) -> ExerciseProgress:
    """Of two copies of one session's progress, the later one (a session only grows)."""
    return b if (b.attempts, b.last_at) > (a.attempts, a.last_at) else a


def combine(a: ExerciseProgress, b: ExerciseProgress) -> ExerciseProgress:
    """The progress of two different sessions on the same exercise, added up."""
    later = b if b.last_at > a.last_at else a
    return ExerciseProgress(a.id, a.attempts + b.attempts, max(a.best_score, b.best_score),
                            a.passed or b.passed, later.last_answer, later.last_passed,
                            min(a.first_at, b.first_at), max(a.last_at, b.last_at))


def union(into: Sessions, other: Sessions) -> None:
    """Add ``other`` to ``into``, keeping the newer copy where a session appears in both."""
    for sid, exercises in other.items():
        target = into.setdefault(sid, {})
        for eid, progress in exercises.items():
            current = target.get(eid)
            target[eid] = progress if current is None else newer(current, progress)


def totals(sessions: Sessions) -> dict[str, ExerciseProgress]:
    """Every exercise's progress over all sessions, by exercise id."""
    out: dict[str, ExerciseProgress] = {}
    for sid in sorted(sessions):  # a fixed order makes ties in timestamps deterministic
        for eid, progress in sessions[sid].items():
            current = out.get(eid)
            out[eid] = progress if current is None else combine(current, progress)
    return dict(sorted(out.items()))


def without_old_answers(sessions: Sessions) -> Sessions:
    """The same sessions, each exercise's answer kept only where ``totals`` would take it."""
    latest: dict[str, tuple[datetime, str]] = {}
    for sid in sorted(sessions):  # the same order and tie rule as totals()
        for eid, progress in sessions[sid].items():
            if eid not in latest or progress.last_at > latest[eid][0]:
                latest[eid] = (progress.last_at, sid)
    return {sid: {eid: p if latest[eid][1] == sid else replace(p, last_answer=None)
                  for eid, p in exercises.items()}
            for sid, exercises in sessions.items()}


def merged(sources: Iterable[Sessions]) -> Sessions:
    """The union of several files' sessions."""
    out: Sessions = {}
    for sessions in sources:
        union(out, sessions)
    return out


def clean_score(score: Any) -> float:
    """A score as a float in 0..1 (anything unusable counts as 0)."""
    try:
        value = float(score)
    except (TypeError, ValueError, OverflowError):
        return 0.0
    return 0.0 if math.isnan(value) else min(1.0, max(0.0, value))


def clean_answer(answer: Any) -> Any:
    """The answer as plain JSON data (text if it cannot be stored as JSON)."""
    try:
        text = json.dumps(answer, allow_nan=False, ensure_ascii=False)
    except (TypeError, ValueError, RecursionError):
        return clean_text(str(answer))
    return json.loads(_SURROGATE.sub("\ufffd", text))


def clean_text(text: Any) -> str:
    """``text`` as a string that can be written as UTF-8: a lone surrogate (which a browser
    can send) becomes the replacement character; anything that is not text becomes ""."""
    return _SURROGATE.sub("\ufffd", text) if isinstance(text, str) else ""


def stamp(at: datetime) -> str:
    """ISO 8601 in UTC, e.g. ``2025-03-01T09:30:00.000000Z``."""
    return at.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def encode(sessions: Sessions) -> bytes:
    """The file contents for ``sessions``."""
    body = {sid: {eid: _entry(p) for eid, p in sorted(exercises.items())}
            for sid, exercises in sorted(sessions.items())}
    data = {"format": FORMAT, "version": VERSION, "sessions": body}
    # ids and answers read back from a file may hold a lone surrogate: never fail to write
    return clean_text(json.dumps(data, ensure_ascii=False, allow_nan=False,
                                 indent=1)).encode("utf-8")


def _entry(p: ExerciseProgress) -> dict[str, Any]:
    return {"attempts": p.attempts, "best_score": p.best_score, "passed": p.passed,
            "last_answer": p.last_answer, "last_passed": p.last_passed,
            "first_at": stamp(p.first_at), "last_at": stamp(p.last_at)}


def decode(data: bytes) -> Sessions:
    """The sessions in a file; raise FormatError or FutureVersionError."""
    try:
        doc = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise FormatError("it is not text") from None
    except (ValueError, RecursionError):
        raise FormatError("it is not complete, valid JSON") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise FormatError("it is not a workshop progress file")
    version = doc.get("version")
    if not _is_int(version) or version < 1:
        raise FormatError(f"its format version {version!r} is not a positive whole number")
    if version > VERSION:
        raise FutureVersionError(version)
    sessions = doc.get("sessions")
    if not isinstance(sessions, dict):
        raise FormatError("it has no 'sessions' table")
    return {_key(sid, "session id"): _session(exercises) for sid, exercises in sessions.items()}


def _session(exercises: Any) -> dict[str, ExerciseProgress]:
    if not isinstance(exercises, dict):
        raise FormatError("a session is not a table of exercises")
    return {_key(eid, "exercise id"): _progress(eid, entry) for eid, entry in exercises.items()}


def _progress(eid: str, entry: Any) -> ExerciseProgress:
    if not isinstance(entry, dict) or any(f not in entry for f in _FIELDS):
        raise FormatError(f"the entry for {eid!r} lacks some of: {', '.join(_FIELDS)}")
    attempts, score = entry["attempts"], entry["best_score"]
    if not _is_int(attempts) or attempts < 1:
        raise FormatError(f"the entry for {eid!r} has attempts {attempts!r}")
    if isinstance(score, bool) or not isinstance(score, int | float) or not 0 <= score <= 1:
        raise FormatError(f"the entry for {eid!r} has best_score {score!r}")
    if not isinstance(entry["passed"], bool) or not isinstance(entry["last_passed"], bool):
        raise FormatError(f"the entry for {eid!r} has a passed flag that is not true/false")
    return ExerciseProgress(eid, attempts, float(score), entry["passed"], entry["last_answer"],
                            entry["last_passed"], _time(eid, entry["first_at"]),
                            _time(eid, entry["last_at"]))


def _time(eid: str, value: Any) -> datetime:
    try:  # a time near year 1 or 9999 may parse, then fall outside the calendar in UTC
        at = datetime.fromisoformat(value) if isinstance(value, str) else None
        if at is not None and at.tzinfo is not None:
            return at.astimezone(UTC)
    except (ValueError, OverflowError):
        pass
    shown = repr(value[:40]) if isinstance(value, str) else f"of type {type(value).__name__}"
    raise FormatError(f"the entry for {eid!r} has a time {shown} that is not ISO 8601 UTC "
                      "within the calendar")


def _key(value: str, what: str) -> str:
    if not value or not value.strip():
        raise FormatError(f"it has an empty {what}")
    return value


def _is_int(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)
