"""Class pulse records: one anonymous JSON line per checked answer, and how to read one back.

A record holds a random session id, the exercise, the time, whether it passed, the score,
what was chosen (option ids, a scenario's or a conversation's ending, a range's band; never
free text) and the criteria met. Free text appears only as ``shared``, and only redacted,
when the learner ticked "share my answer"; a conversation's lines are never shared.

A learner who sends "I think this feedback is wrong" adds a line of another kind to a file
of its own: the case (see workshop.store.cases) with its text and comment redacted.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any, Final, TypeGuard

from workshop.checkers import Feedback
from workshop.exercises.answers import AnswerProblem, normalize_answer
from workshop.exercises.model import (
    ChoiceBody,
    ConversationBody,
    Exercise,
    RangeBody,
    ScenarioBody,
)
from workshop.store.cases import CaseError, Disagreement, from_doc, to_doc
from workshop.store.records import clean_text

VERSION: Final = 1
#: the exercise types whose answer is free text, and so may be shared
TEXT_TYPES: Final = ("rewrite", "reflect")
SESSION: Final = re.compile(r"[0-9a-f]{16}")
#: ids in records come from exercise files; anything else is not written and not read
_ID: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}")
MAX_SHARED: Final = 2000  # characters of a shared answer kept
MAX_KEYS: Final = 100  # chosen ids or criteria in one record; an exercise has far fewer


class RecordError(ValueError):
    """A line that is not a valid record; the message says why, in plain words."""


class FutureRecordError(ValueError):
    """A record written by a newer kit, in a format version this one does not know."""


@dataclass(frozen=True, slots=True)
class PulseRecord:
    """One checked answer, as the class sees it."""

    session: str
    exercise: str
    type: str
    at: str
    passed: bool
    score: float
    chosen: tuple[str, ...] = ()
    criteria: tuple[tuple[str, bool], ...] = ()
    shared: str | None = None


def make_record(session: str, exercise: Exercise, feedback: Feedback, answer: Any, *,
                share: bool = False, at: datetime | None = None) -> PulseRecord:
    """The record of one checked answer; free text only if ``share``, and then redacted."""
    shared = None
    if share and exercise.type in TEXT_TYPES and isinstance(answer, str) and answer.strip():
        from workshop.classroom.redact import redact

        shared = redact(clean_text(answer).strip()[:MAX_SHARED])
    score = feedback.score if math.isfinite(feedback.score) else 0.0
    when = (at or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds")
    return PulseRecord(
        session=session, exercise=exercise.id, type=exercise.type,
        at=when.replace("+00:00", "Z"), passed=bool(feedback.passed),
        score=round(min(1.0, max(0.0, score)), 4),
        chosen=chosen_keys(exercise, answer, feedback),
        criteria=tuple((c.id, bool(c.passed)) for c in feedback.criteria if _ID.fullmatch(c.id)),
        shared=shared,
    )


def chosen_keys(exercise: Exercise, answer: Any,
                feedback: Feedback | None = None) -> tuple[str, ...]:
    """What to count per option: chosen option ids, a scenario's ending, a range's band, the
    ending a conversation reached (as its ``feedback`` says: the answer is free text)."""
    body = exercise.body
    if isinstance(body, ConversationBody):
        ending = feedback.details.get("ending") if feedback is not None else None
        return (ending,) if isinstance(ending, str) and ending in body.nodes else ()
    if not isinstance(body, ChoiceBody | ScenarioBody | RangeBody):
        return ()
    try:
        value = normalize_answer(body, answer)
    except AnswerProblem:
        return ()
    if isinstance(body, ChoiceBody):
        return tuple(value)
    if isinstance(body, ScenarioBody):
        return (value[-1],)
    band = next((b for b in body.bands if b.low <= value <= b.high), None)
    return (band_key(band.low, band.high),) if band is not None else ()


def band_key(low: float, high: float) -> str:
    """The key of a range band, e.g. ``24-48``."""
    return f"{low:g}-{high:g}"


def encode_line(record: PulseRecord) -> bytes:
    """The record as one line of JSON, newline included."""
    data: dict[str, Any] = {
        "v": VERSION, "session": record.session, "exercise": record.exercise,
        "type": record.type, "at": record.at, "passed": record.passed, "score": record.score,
        "chosen": list(record.chosen), "criteria": dict(record.criteria),
    }
    if record.shared is not None:
        data["shared"] = record.shared
    text = json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    return clean_text(text).encode("utf-8") + b"\n"


def decode_line(line: bytes) -> PulseRecord:
    """The record on one line; raise RecordError or FutureRecordError."""
    try:
        doc = json.loads(line)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise RecordError("not valid JSON") from None
    return decode_doc(doc)


def decode_lines(lines: list[bytes]) -> list[Any] | None:
    """The JSON of many lines parsed at once (much faster), or None if any line is bad."""
    try:
        docs = json.loads(b"[" + b",".join(lines) + b"]")
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    # a damaged line such as "1,2" would shift the rest: then each line is parsed alone
    return docs if isinstance(docs, list) and len(docs) == len(lines) else None


def decode_doc(doc: Any) -> PulseRecord:
    """The record in one parsed line; raise RecordError or FutureRecordError."""
    session = _session(doc)
    exercise, kind = doc.get("exercise"), doc.get("type")
    if not _is_id(exercise):
        raise RecordError(f"exercise id {exercise!r} is not valid")
    if not _is_id(kind):
        raise RecordError(f"exercise type {kind!r} is not valid")
    return PulseRecord(session, exercise, kind, _text(doc, "at"), _flag(doc, "passed"),
                       _score(doc), _keys(doc), _criteria(doc), _shared(doc))


def _session(doc: Any) -> str:
    """The session id of a parsed line, once its format version is known to be readable."""
    if type(doc) is not dict:
        raise RecordError("not a record")
    version = doc.get("v")
    if version != VERSION or type(version) is not int:  # the usual case costs one comparison
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise RecordError(f"format version {version!r} is not a positive whole number")
        if version > VERSION:
            raise FutureRecordError(f"format version {version}")
    session = doc.get("session")
    if type(session) is not str or session not in _KNOWN_SESSIONS:  # a list is not hashable
        if not isinstance(session, str) or not SESSION.fullmatch(session):
            raise RecordError(f"session id {session!r} is not 16 hex digits")
        if len(_KNOWN_SESSIONS) < 100_000:
            _KNOWN_SESSIONS.add(session)
    return session


# --- "I think this feedback is wrong" ----------------------------------------------------
def redacted_case(case: Disagreement) -> Disagreement:
    """``case`` as a class may see it: its text cut short, text and comment redacted."""
    from workshop.classroom.redact import redact

    return replace(case, text=redact(case.text[:MAX_SHARED]), comment=redact(case.comment))


def encode_disagreement(session: str, case: Disagreement) -> bytes:
    """The class line of a case of flagged feedback: redacted, under a random session id."""
    data = {"v": VERSION, "session": session, **to_doc(redacted_case(case))}
    text = json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    return clean_text(text).encode("utf-8") + b"\n"


def decode_disagreement(doc: Any) -> tuple[str, Disagreement]:
    """The session and case in one parsed line; raise RecordError or FutureRecordError."""
    session = _session(doc)
    try:
        return session, from_doc(doc)
    except CaseError as e:
        raise RecordError(str(e)) from None


_KNOWN_IDS: set[str] = set()  # ids repeat in every file: check each one's spelling once
_KNOWN_SESSIONS: set[str] = set()


def _is_id(value: Any) -> TypeGuard[str]:
    if not isinstance(value, str):  # first: a list or a table cannot even be looked up
        return False
    if value in _KNOWN_IDS:
        return True
    if not _ID.fullmatch(value):
        return False
    if len(_KNOWN_IDS) < 10_000:
        _KNOWN_IDS.add(value)
    return True


def _text(doc: dict[str, Any], key: str) -> str:
    value = doc.get(key)
    if not isinstance(value, str):
        raise RecordError(f"{key} is not text")
    return value


def _flag(doc: dict[str, Any], key: str) -> bool:
    value = doc.get(key)
    if not isinstance(value, bool):
        raise RecordError(f"{key} is not true/false")
    return value


def _score(doc: dict[str, Any]) -> float:
    value = doc.get("score")
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise RecordError(f"score {value!r} is not a number from 0 to 1")
    return float(value)


def _keys(doc: dict[str, Any]) -> tuple[str, ...]:
    value = doc.get("chosen")
    if type(value) is not list or len(value) > MAX_KEYS or not _all_ids(value):
        raise RecordError("chosen is not a list of ids")
    return tuple(value)


def _criteria(doc: dict[str, Any]) -> tuple[tuple[str, bool], ...]:
    value = doc.get("criteria")
    if type(value) is not dict or len(value) > MAX_KEYS or not _all_ids(value) or any(
            v is not True and v is not False for v in value.values()):
        raise RecordError("criteria is not a table of id: true/false")
    return tuple(value.items())


def _all_ids(values: list[Any] | dict[str, Any]) -> bool:
    """Whether every item (or key) is an id; one set operation when all were seen before."""
    try:
        if _KNOWN_IDS.issuperset(values):
            return True
    except TypeError:  # a list or a table among them
        return False
    return all(map(_is_id, values))


def _shared(doc: dict[str, Any]) -> str | None:
    value = doc.get("shared")
    if value is not None and not isinstance(value, str):
        raise RecordError("shared is not text")
    return value or None


@lru_cache(maxsize=4096)  # a report redraws the same answers: redact each once
def shown_text(text: str) -> str:
    """Shared text as the board may show it: cut to MAX_SHARED, made writable as UTF-8,
    redacted again (the file may have been written by hand)."""
    from workshop.classroom.redact import redact

    return redact(clean_text(text[:MAX_SHARED]))
