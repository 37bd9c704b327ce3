"""A disagreement: text feedback the learner thinks is wrong, as plain data and as JSON.

A case holds what an instructor needs to judge it later: the exercise, the text checker
(kind and context), the learner's text, the verdict and each criterion's verdict as shown,
the text checker's own verdict (an exercise may ask for more than the checker does), the
points the learner disputes and their comment. Nothing names the learner.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final

from workshop.checkers import Feedback
from workshop.store.records import clean_answer, clean_text

#: what the learner disputes when it is the overall result rather than one point
VERDICT: Final = "verdict"
MAX_COMMENT: Final = 1000  # characters of a comment kept: it is meant to be short
CASE_ID: Final = re.compile(r"[0-9a-f]{16}")
#: criterion and exercise ids, as exercise files spell them
ID: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}")


class CaseError(ValueError):
    """A stored case that is not valid; the message says why, in plain words."""


@dataclass(frozen=True, slots=True)
class Disagreement:
    """One checked answer whose feedback the learner thinks is wrong."""

    id: str  # random, 16 hex digits: never derived from the learner
    exercise: str
    kind: str  # the text checker's kind, e.g. "ask"
    context: dict[str, Any]
    text: str
    passed: bool  # the verdict shown
    criteria: tuple[tuple[str, bool], ...]  # each criterion's verdict, as shown
    checker_passed: bool  # the text checker's own verdict
    disputed: tuple[str, ...] = ()  # criterion ids, or VERDICT
    comment: str = ""
    at: str = ""  # ISO 8601 UTC

    @property
    def key(self) -> str:
        """The same for every case about the same answer to the same exercise and checker."""
        return answer_key(self.exercise, self.kind, self.context, self.text)


def answer_key(exercise_id: str, kind: str, context: Any, text: Any) -> str:
    """What identifies one answer to one exercise and checker (a hash: no text in it)."""
    what = json.dumps([exercise_id, kind, clean_answer(context), clean_text(text)],
                      ensure_ascii=True, sort_keys=True)
    return hashlib.sha256(what.encode("ascii")).hexdigest()


def make_case(exercise_id: str, kind: str, context: dict[str, Any], feedback: Feedback,
              text: Any, *, disputed: Any = (), comment: Any = "",
              at: datetime | None = None) -> Disagreement:
    """The case of ``feedback`` on ``text``; any learner input gives a valid case."""
    criteria = tuple((c.id, bool(c.passed)) for c in feedback.criteria if ID.fullmatch(c.id))
    judged = {VERDICT, *(cid for cid, _ in criteria)}
    chosen = disputed if isinstance(disputed, list | tuple) else ()
    points = tuple(dict.fromkeys(p for p in chosen if isinstance(p, str) and p in judged))
    own = feedback.details.get("checker_passed")
    context_data = clean_answer(context)
    return Disagreement(
        id=secrets.token_hex(8), exercise=exercise_id, kind=kind,
        context=context_data if isinstance(context_data, dict) else {},
        text=clean_text(text), passed=bool(feedback.passed), criteria=criteria,
        checker_passed=own if isinstance(own, bool) else bool(feedback.passed),
        disputed=points, comment=clean_text(comment).strip()[:MAX_COMMENT],
        at=stamp(at or datetime.now(UTC)))


def stamp(at: datetime) -> str:
    """A time as ISO 8601 UTC, e.g. ``2025-03-01T09:30:00.000000Z`` (fine enough to order
    the cases of one session)."""
    return at.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def to_doc(case: Disagreement) -> dict[str, Any]:
    """The case as JSON data."""
    return {"id": case.id, "exercise": case.exercise, "kind": case.kind,
            "context": case.context, "text": case.text, "passed": case.passed,
            "criteria": dict(case.criteria), "checker_passed": case.checker_passed,
            "disputed": list(case.disputed), "comment": case.comment, "at": case.at}


def from_doc(doc: Any) -> Disagreement:
    """The case in JSON data; raise CaseError if any field is missing or wrong."""
    if not isinstance(doc, dict):
        raise CaseError("not a case")
    for name, pattern in (("id", CASE_ID), ("exercise", ID), ("kind", ID)):
        value = doc.get(name)
        if not isinstance(value, str) or not pattern.fullmatch(value):
            raise CaseError(f"{name} {value!r} is not valid")
    context, criteria, disputed = doc.get("context"), doc.get("criteria"), doc.get("disputed")
    if not isinstance(context, dict):
        raise CaseError("context is not a table")
    if not isinstance(criteria, dict) or not all(
            isinstance(k, str) and ID.fullmatch(k) and isinstance(v, bool)
            for k, v in criteria.items()):
        raise CaseError("criteria is not a table of id: true/false")
    if not isinstance(disputed, list) or not all(
            isinstance(p, str) and ID.fullmatch(p) for p in disputed):
        raise CaseError("disputed is not a list of ids")
    for name in ("passed", "checker_passed"):
        if not isinstance(doc.get(name), bool):
            raise CaseError(f"{name} is not true/false")
    for name in ("text", "comment", "at"):
        if not isinstance(doc.get(name), str):
            raise CaseError(f"{name} is not text")
    return Disagreement(doc["id"], doc["exercise"], doc["kind"], clean_answer(context),
                        clean_text(doc["text"]), doc["passed"], tuple(criteria.items()),
                        doc["checker_passed"], tuple(disputed),
                        clean_text(doc["comment"])[:MAX_COMMENT], doc["at"])
