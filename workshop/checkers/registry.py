"""Registries: text checkers by message kind, answer checkers by exercise type."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from workshop.checkers.contract import CONTEXT, CRITERIA, INTENTS
from workshop.checkers.feedback import Feedback
from workshop.errors import UnknownKindError, WorkshopError

if TYPE_CHECKING:
    from workshop.exercises.model import Exercise

TextChecker = Callable[[str, Mapping[str, Any]], Feedback]
AnswerChecker = Callable[["Exercise", Any], Feedback]
F = TypeVar("F", bound=Callable[..., Any])

_TEXT: dict[str, TextChecker] = {}
_ANSWER: dict[str, AnswerChecker] = {}


def text_checker(kind: str) -> Callable[[TextChecker], TextChecker]:
    """Register the checker of one message kind of the fixed contract."""
    if kind not in CRITERIA:
        raise WorkshopError(f"text_checker: unknown kind {kind!r}; the contract has {_kinds()}")

    def register(fn: TextChecker) -> TextChecker:
        if kind in _TEXT:
            raise WorkshopError(f"text_checker: kind {kind!r} is already registered")
        _TEXT[kind] = fn
        return fn

    return register


def answer_checker(type_: str) -> Callable[[F], F]:
    """Register the checker of one exercise type."""

    def register(fn: F) -> F:
        if type_ in _ANSWER:
            raise WorkshopError(f"answer_checker: type {type_!r} is already registered")
        _ANSWER[type_] = fn
        return fn

    return register


def _kinds() -> str:
    return ", ".join(repr(k) for k in CRITERIA)


def normalize_context(kind: str, context: Mapping[str, Any]) -> dict[str, Any]:
    """Check ``context`` against the contract; raise WorkshopError saying what is allowed."""
    if kind not in CRITERIA:
        raise UnknownKindError(f"unknown message kind {kind!r}; use one of {_kinds()}")
    allowed = CONTEXT[kind]
    for key in context:
        if key not in allowed:
            names = ", ".join(repr(k) for k in allowed) or "none"
            raise UnknownKindError(
                f"{kind!r} takes no context {key!r}; allowed context: {names}"
            )
    out = {k: v for k, v in context.items() if v is not None}
    for key, required in allowed.items():
        if required and key not in out:
            raise UnknownKindError(
                f"{kind!r} needs {key}=...; one of {', '.join(repr(i) for i in INTENTS)}"
            )
    if "intent" in out and out["intent"] not in INTENTS:
        raise UnknownKindError(
            f"unknown intent {out['intent']!r}; use one of {', '.join(repr(i) for i in INTENTS)}"
        )
    if "hours" in out:
        hours = out["hours"]
        if isinstance(hours, bool) or not isinstance(hours, int | float) or not math.isfinite(
            hours
        ) or hours < 0:
            raise UnknownKindError(f"hours must be a number of hours >= 0, not {hours!r}")
    return out


def check_message(kind: str, text: str, **context: Any) -> Feedback:
    """Judge a learner's message of ``kind``; never raises on the text itself."""
    ctx = normalize_context(kind, context)
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    # Imported here, not at module top, so the registry has no import cycle with its plug-ins;
    # a message needs only the text checkers.
    import workshop.checkers.text  # noqa: F401
    try:
        checker = _TEXT[kind]
    except KeyError:
        raise UnknownKindError(f"no checker is registered for kind {kind!r}") from None
    return _reviewer()(checker(text, ctx), ctx)


def check_answer(exercise: Exercise, answer: Any) -> Feedback:
    """Judge a learner's answer to ``exercise`` with its type's checker."""
    _load_builtin()
    try:
        checker = _ANSWER[exercise.type]
    except KeyError:
        raise UnknownKindError(f"no checker is registered for type {exercise.type!r}") from None
    return checker(exercise, answer)


def registered_types() -> tuple[str, ...]:
    """Exercise types that have a checker."""
    _load_builtin()
    return tuple(_ANSWER)


_loaded = False
#: every text checker's verdict passes through this: workshop.checkers.model.review
_second_opinion: Callable[[Feedback, Mapping[str, Any]], Feedback] | None = None


def _reviewer() -> Callable[[Feedback, Mapping[str, Any]], Feedback]:
    global _second_opinion
    if _second_opinion is None:
        from workshop.checkers.model import review

        _second_opinion = review
    return _second_opinion


def _load_builtin() -> None:
    # Imported here, not at module top, so the registry has no import cycle with its plug-ins.
    # Once done, a flag check: this runs for every answer checked.
    global _loaded
    if _loaded:
        return
    import workshop.checkers.conversation
    import workshop.checkers.rewrite
    import workshop.checkers.structured
    import workshop.checkers.text  # noqa: F401

    _loaded = True
