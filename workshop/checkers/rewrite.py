"""The rewrite exercise: a text checker, tightened by the instructor's own rules."""

from __future__ import annotations

import re
from typing import Any

from workshop.checkers.feedback import Criterion, Feedback, Span
from workshop.checkers.registry import answer_checker, check_message
from workshop.exercises.model import Exercise, Pattern, RewriteBody

_MAX_PATTERN_TEXT = 20_000  # instructor regexes run on a bounded prefix of the answer


@answer_checker("rewrite")
def check_rewrite(exercise: Exercise, answer: Any) -> Feedback:
    """The text checker's verdict, plus required criteria and must/must_not patterns."""
    body = exercise.body
    if not isinstance(body, RewriteBody):
        raise TypeError(f"{exercise.id}: not a rewrite exercise")
    text = answer if isinstance(answer, str) else ""
    base = check_message(body.kind, text, **body.context)
    extra = [_pattern(f"must-{i}", p, text, True, exercise.principle)
             for i, p in enumerate(body.must)]
    extra += [_pattern(f"must-not-{i}", p, text, False, exercise.principle)
              for i, p in enumerate(body.must_not)]
    required_ok = all(base.criterion(r).passed for r in body.require)
    criteria = tuple(_asked_for(c) if c.id in body.require else c for c in base.criteria)
    criteria += tuple(extra)
    passed = base.passed and required_ok and all(c.passed for c in extra)
    score = sum(c.passed for c in criteria) / len(criteria) if criteria else float(passed)
    summary = base.summary
    if base.passed and not passed:
        summary = "Good start - this exercise asks for a little more; see below."
    # the text checker's own verdict: what a learner who flags the feedback disputes
    return Feedback(base.kind, passed, score, criteria, text=text, summary=summary,
                    details={"required": body.require, "checker_passed": base.passed})


def _pattern(id: str, rule: Pattern, text: str, want: bool, principle: str) -> Criterion:
    found = re.search(rule.regex, text[:_MAX_PATTERN_TEXT], re.IGNORECASE)
    ok = bool(found) == want
    evidence = (Span(found.start(), found.end()),) if found and found.end() > found.start() else ()
    # the instructor's message names the rule; the id ("must-0") is for programs only
    return Criterion(id, ok, "Done." if ok else rule.message, principle, evidence,
                     label=rule.message)


#: the text checkers call some criteria optional ("Optional, but kind: add ..."); an
#: exercise that requires one must not
_OPTIONAL = re.compile(r"Optional(?:, but \w+)?[:,]\s*(.)", re.IGNORECASE)


def _asked_for(c: Criterion) -> Criterion:
    """Criterion ``c`` as this exercise requires it: never called optional."""
    if c.passed or not (m := _OPTIONAL.search(c.message)):
        return c
    message = c.message[: m.start()] + m.group(1).upper() + c.message[m.end():]
    return Criterion(c.id, c.passed, f"This exercise asks for it. {message}", c.principle,
                     c.evidence, c.label, c.sure)
