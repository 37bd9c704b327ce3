"""Feedback: the plain-data verdict every checker returns, with its own renderings."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import Any

# Every check builds several of these. A frozen dataclass's own __init__ sets each field
# through object.__setattr__, looked up anew each time; the __init__s below set the slots
# through their descriptors, bound once after each class is made (2.5x quicker).


def _setters(cls: type) -> tuple[Callable[[Any, Any], None], ...]:
    """The ``__set__`` of each field's slot of the dataclass ``cls``, in field order."""
    return tuple(getattr(cls, f.name).__set__ for f in fields(cls))


@dataclass(frozen=True, slots=True)
class Span:
    """Characters ``text[start:end]`` of the learner's answer that decided a criterion."""

    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        _span_start(self, start)
        _span_end(self, end)


_span_start, _span_end = _setters(Span)


@dataclass(frozen=True, slots=True)
class Criterion:
    """One judged criterion: whether it passed, why, and the words that decided it."""

    id: str
    passed: bool
    message: str
    principle: str = ""
    evidence: tuple[Span, ...] = ()

    def __init__(self, id: str, passed: bool, message: str, principle: str = "",
                 evidence: tuple[Span, ...] = ()) -> None:
        _criterion_id(self, id)
        _criterion_passed(self, passed)
        _criterion_message(self, message)
        _criterion_principle(self, principle)
        _criterion_evidence(self, evidence)


(_criterion_id, _criterion_passed, _criterion_message, _criterion_principle,
 _criterion_evidence) = _setters(Criterion)


@dataclass(frozen=True, slots=True)
class Feedback:
    """The result of checking one answer: verdict, score in 0-1 and the criteria behind it."""

    kind: str
    passed: bool
    score: float
    criteria: tuple[Criterion, ...] = ()
    text: str = ""
    summary: str = ""
    details: dict[str, object] = field(default_factory=dict, compare=False)

    def __init__(self, kind: str, passed: bool, score: float, criteria: tuple[Criterion, ...] = (),
                 text: str = "", summary: str = "", details: dict[str, object] | None = None,
                 ) -> None:
        _feedback_kind(self, kind)
        _feedback_passed(self, passed)
        _feedback_score(self, score)
        _feedback_criteria(self, criteria)
        _feedback_text(self, text)
        _feedback_summary(self, summary)
        _feedback_details(self, {} if details is None else details)

    def criterion(self, id: str) -> Criterion:
        """Return the criterion named ``id``; raise KeyError if it was not judged."""
        for c in self.criteria:
            if c.id == id:
                return c
        raise KeyError(id)

    @property
    def failed(self) -> tuple[Criterion, ...]:
        """The criteria that did not pass."""
        return tuple(c for c in self.criteria if not c.passed)

    def evidence_text(self, c: Criterion) -> list[str]:
        """The learner's own words that decided criterion ``c``."""
        return [self.text[s.start : s.end] for s in c.evidence]

    def __str__(self) -> str:
        lines = [("PASS" if self.passed else "TRY AGAIN") + f" ({self.score:.0%})"]
        if self.summary:
            lines.append(self.summary)
        for c in self.criteria:
            mark = "[x]" if c.passed else "[ ]"
            words = ", ".join(repr(w) for w in self.evidence_text(c))
            line = f"  {mark} {c.id}: {c.message}"
            lines.append(f"{line} (decided by: {words})" if words else line)
        return "\n".join(lines)

    def __repr__(self) -> str:
        failed = ",".join(c.id for c in self.failed) or "-"
        return (
            f"Feedback(kind={self.kind!r}, passed={self.passed}, score={self.score:.2f}, "
            f"failed={failed})"
        )

    def highlighted_html(self) -> str:
        """The learner's text, escaped, with every evidence span wrapped in ``<mark>``."""
        marks: dict[int, int] = {}
        for c in self.criteria:
            for s in c.evidence:
                if 0 <= s.start < s.end <= len(self.text):
                    marks[s.start] = max(marks.get(s.start, s.start), s.end)
        out: list[str] = []
        pos = 0
        for start in sorted(marks):
            if start < pos:
                continue
            end = marks[start]
            out.append(html.escape(self.text[pos:start]))
            out.append(f"<mark>{html.escape(self.text[start:end])}</mark>")
            pos = end
        out.append(html.escape(self.text[pos:]))
        return "".join(out)

    def _repr_html_(self) -> str:
        verdict = "Pass" if self.passed else "Try again"
        symbol = "✔" if self.passed else "✘"
        rows = []
        for c in self.criteria:
            mark = "✔ met" if c.passed else "✘ not yet"
            principle = f" <em>({html.escape(c.principle)})</em>" if c.principle else ""
            rows.append(
                f"<li><strong>{mark}</strong> {html.escape(c.id)}: "
                f"{html.escape(c.message)}{principle}</li>"
            )
        quote = (
            f"<blockquote class='workshop-answer'>{self.highlighted_html()}</blockquote>"
            if self.text
            else ""
        )
        summary = f"<p>{html.escape(self.summary)}</p>" if self.summary else ""
        return (
            f"<div class='workshop-feedback'><p><strong>{symbol} {verdict}</strong> "
            f"({self.score:.0%})</p>{summary}{quote}<ul>{''.join(rows)}</ul></div>"
        )


(_feedback_kind, _feedback_passed, _feedback_score, _feedback_criteria, _feedback_text,
 _feedback_summary, _feedback_details) = _setters(Feedback)
