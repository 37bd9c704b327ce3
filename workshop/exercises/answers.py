"""The shape of an answer for each exercise type, shared by the loader and the checkers.

The loader turns a problem into an instructor's error (an example that does not fit its
type); the checkers turn the same problem into a learner's feedback.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from typing import Any

from workshop.exercises.model import (
    Body,
    ChoiceBody,
    ClassifyBody,
    ConversationBody,
    OrderBody,
    RangeBody,
    ReflectBody,
    RewriteBody,
    ScenarioBody,
)


class AnswerProblem(ValueError):
    """An answer that does not fit its exercise type; the message says what would."""


def _ids(values: Any, what: str) -> list[str]:
    if isinstance(values, str):
        return [values]
    if isinstance(values, list | tuple) and all(isinstance(v, str) for v in values):
        return list(values)
    raise AnswerProblem(f"expected {what} (text, or a list of text), got {type(values).__name__}")


def _choice(body: ChoiceBody, answer: Any) -> tuple[str, ...]:
    chosen = _ids(answer, "option ids")
    known = [o.id for o in body.options]
    unknown = [c for c in chosen if c not in known]
    if unknown:
        raise AnswerProblem(f"unknown option {unknown[0]!r}; options are {', '.join(known)}")
    if len(set(chosen)) != len(chosen):
        raise AnswerProblem("an option is chosen twice")
    if not body.multiple and len(chosen) > 1:
        raise AnswerProblem("only one option may be chosen here")
    return tuple(chosen)


def _classify(body: ClassifyBody, answer: Any) -> dict[str, str]:
    if not isinstance(answer, dict):
        raise AnswerProblem("expected a mapping of card id -> bucket id")
    items = {i.id for i in body.items}
    buckets = [b.id for b in body.buckets]
    for item, bucket in answer.items():
        if item not in items:
            raise AnswerProblem(f"unknown card {item!r}; cards are {', '.join(sorted(items))}")
        if bucket not in buckets:
            raise AnswerProblem(f"unknown bucket {bucket!r}; buckets are {', '.join(buckets)}")
    return {str(k): str(v) for k, v in answer.items()}


def _order(body: OrderBody, answer: Any) -> tuple[str, ...]:
    steps = _ids(answer, "step ids in order")
    known = [s.id for s in body.steps]
    if sorted(steps) != sorted(known):
        raise AnswerProblem(f"expected every step once, in some order: {', '.join(known)}")
    return tuple(steps)


def _text(body: RewriteBody | ReflectBody, answer: Any) -> str:
    if not isinstance(answer, str):
        raise AnswerProblem(f"expected text, got {type(answer).__name__}")
    return answer


def _scenario(body: ScenarioBody, answer: Any) -> tuple[str, ...]:
    path = _ids(answer, "node ids from start")
    if not path or path[0] != body.start:
        raise AnswerProblem(f"a path starts at the start node {body.start!r}")
    for here, there in itertools.pairwise(path):
        node = body.nodes.get(here)
        if node is None or there not in {c.goto for c in node.choices}:
            raise AnswerProblem(f"no choice leads from {here!r} to {there!r}")
    return tuple(path)


def _conversation(body: ConversationBody, answer: Any) -> tuple[str, ...]:
    lines = _ids(answer, "the learner's lines, in order")
    if not lines:
        raise AnswerProblem("expected at least one line")
    return tuple(lines)


def _range(body: RangeBody, answer: Any) -> float:
    if isinstance(answer, bool) or not isinstance(answer, int | float):
        raise AnswerProblem(f"expected a number, got {type(answer).__name__}")
    if not math.isfinite(answer) or not body.low <= answer <= body.high:
        raise AnswerProblem(f"expected a number from {body.low:g} to {body.high:g}")
    return float(answer)


_SHAPES: dict[type, Callable[[Any, Any], Any]] = {
    ChoiceBody: _choice,
    ClassifyBody: _classify,
    OrderBody: _order,
    RewriteBody: _text,
    ReflectBody: _text,
    ScenarioBody: _scenario,
    ConversationBody: _conversation,
    RangeBody: _range,
}


def normalize_answer(body: Body, answer: Any) -> Any:
    """Return the answer in its canonical shape; raise AnswerProblem if it does not fit."""
    return _SHAPES[type(body)](body, answer)
