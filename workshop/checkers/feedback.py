"""Feedback: the plain-data verdict every checker returns, with its own renderings."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields
from typing import Any

from workshop.checkers.labels import criterion_label
from workshop.checkers.quoting import whole_phrase

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
    """One judged criterion: whether it passed, why, and the words that decided it.

    ``id`` is for programs; ``label`` (when the checker knows a better one, e.g. a card's
    text) and :attr:`name` are what a learner reads. ``sure`` is False when a criterion
    failed only because the rules did not find what they look for: the learner may have
    said it in words they do not know.
    """

    id: str
    passed: bool
    message: str
    principle: str = ""
    evidence: tuple[Span, ...] = ()
    label: str = ""
    sure: bool = True

    def __init__(self, id: str, passed: bool, message: str, principle: str = "",
                 evidence: tuple[Span, ...] = (), label: str = "", sure: bool = True) -> None:
        _criterion_id(self, id)
        _criterion_passed(self, passed)
        _criterion_message(self, message)
        _criterion_principle(self, principle)
        _criterion_evidence(self, evidence)
        _criterion_label(self, label)
        _criterion_sure(self, sure)

    @property
    def name(self) -> str:
        """What the criterion is called in feedback: plain words, never the id."""
        return criterion_label(self.id, self.label)


(_criterion_id, _criterion_passed, _criterion_message, _criterion_principle,
 _criterion_evidence, _criterion_label, _criterion_sure) = _setters(Criterion)


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
        verdict = "✔ PASS" if self.passed else "✘ TRY AGAIN"
        lines = [f"{verdict} ({self.score:.0%})"]
        if self.summary:
            lines.append(self.summary)
        for c in self.criteria:
            tag = mark(c).lower()
            words = ", ".join(repr(q) for q in _distinct(
                whole_phrase(self.text, s.start, s.end) for s in c.evidence))
            line = f"  {tag}: {_point(c)}"
            lines.append(f"{line} (your words: {words})" if words else line)
        return "\n".join(lines)

    def __repr__(self) -> str:
        failed = ",".join(c.id for c in self.failed) or "-"
        return (
            f"Feedback(kind={self.kind!r}, passed={self.passed}, score={self.score:.2f}, "
            f"failed={failed})"
        )

    def highlighted_html(self) -> str:
        """The learner's text, escaped; words that earned praise and words that caused a
        problem wrapped in differently marked ``<mark>`` elements (a problem wins an overlap)."""
        kinds = [""] * len(self.text)
        for c in sorted(self.criteria, key=lambda c: not c.passed):  # problems drawn last
            for s in c.evidence:
                if 0 <= s.start < s.end <= len(self.text):
                    kinds[s.start : s.end] = [_BAD if not c.passed else _GOOD] * (s.end - s.start)
        out: list[str] = []
        pos = 0
        while pos < len(self.text):
            kind = kinds[pos]
            end = pos
            while end < len(self.text) and kinds[end] == kind:
                end += 1
            words = html.escape(self.text[pos:end])
            out.append(f"<mark class='{kind}'>{words}</mark>" if kind else words)
            pos = end
        return "".join(out)

    def _repr_html_(self) -> str:
        state = "workshop-pass" if self.passed else "workshop-fail"
        verdict = "✔ Pass" if self.passed else "✘ Try again"
        rows = "".join(_row(c) for c in self.criteria)
        marked = self.highlighted_html() if self.text else ""
        quote = f"<blockquote class='workshop-answer'>{marked}</blockquote>" if marked else ""
        legend = _LEGEND if _GOOD in marked and _BAD in marked else ""
        summary = f"<p>{html.escape(self.summary)}</p>" if self.summary else ""
        items = f"<ul>{rows}</ul>" if rows else ""
        return (
            f"<div class='workshop-feedback {state}'><p class='workshop-verdict'>"
            f"<strong>{verdict}</strong> ({self.score:.0%})</p>{summary}{quote}{legend}"
            f"{items}</div>"
        )


#: classes of the two kinds of marked words, and the legend shown when both appear
_GOOD, _BAD = "workshop-good", "workshop-bad"
def _distinct(quotes: Iterable[str]) -> list[str]:
    """``quotes`` in order, without one that another already holds (whole phrases can overlap)."""
    seq = list(quotes)
    return [q for i, q in enumerate(seq)
            if not any(q in o and (q != o or j < i) for j, o in enumerate(seq) if j != i)]


_LEGEND = (f"<p class='workshop-legend'><small>In your words: <mark class='{_GOOD}'>"
           f"what works</mark> and <mark class='{_BAD}'>what to change</mark>.</small></p>")


def _point(c: Criterion) -> str:
    """A criterion as plain text: its name, then its message unless that only repeats it."""
    name = c.name.rstrip(".")
    return name + "." if c.message.strip() == c.name.strip() else f"{name}: {c.message}"


def mark(c: Criterion) -> str:
    """How the feedback marks criterion ``c``: done, not yet, or unsure - looked for and not
    found, or words that may be a problem (a second opinion the learner can set aside)."""
    if c.passed:
        return "✔ Done"
    if c.sure:
        return "✘ Not yet"
    return "? Check this" if c.evidence else "? Not found"


def _row(c: Criterion) -> str:
    state = ("workshop-met" if c.passed else "workshop-unmet" if c.sure
             else "workshop-unsure")
    shown = mark(c)
    name = html.escape(c.name.rstrip("."))
    message = "" if c.message.strip() == c.name.strip() else f": {html.escape(c.message)}"
    principle = f" <em>({html.escape(c.principle)})</em>" if c.principle else ""
    return (f"<li class='{state}'><span class='workshop-mark'>{shown}</span> "
            f"<strong>{name}</strong>{message}{principle}</li>")


(_feedback_kind, _feedback_passed, _feedback_score, _feedback_criteria, _feedback_text,
 _feedback_summary, _feedback_details) = _setters(Feedback)
