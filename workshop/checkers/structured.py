"""Checkers for the structured exercise types: choice, classify, order, range, scenario, reflect."""

from __future__ import annotations

import functools
from collections.abc import Callable
from itertools import pairwise
from typing import Any, TypeVar

from workshop.checkers.feedback import Criterion, Feedback
from workshop.checkers.registry import answer_checker
from workshop.exercises.answers import AnswerProblem, normalize_answer
from workshop.exercises.model import (
    ChoiceBody,
    ClassifyBody,
    Exercise,
    OrderBody,
    RangeBody,
    ReflectBody,
    ScenarioBody,
)
from workshop.exercises.shown import stable_shuffle
from workshop.wording import counted, shorten

_QUALITY = {"good": 1.0, "okay": 0.5, "poor": 0.0}
B = TypeVar("B")


def unusable(exercise: Exercise, problem: str) -> Feedback:
    """Feedback for an answer that cannot be judged: say what is needed, never raise."""
    return Feedback(exercise.type, False, 0.0, summary=problem)


def structured(
    type_: str, kind: type[B], what: str = "answer"
) -> Callable[[Callable[[Exercise, B, Any], Feedback]], Callable[[Exercise, Any], Feedback]]:
    """Register a checker that gets the typed body and the answer in its canonical shape.

    An answer that does not fit the type becomes feedback saying what is needed.
    """

    def wrap(fn: Callable[[Exercise, B, Any], Feedback]) -> Callable[[Exercise, Any], Feedback]:
        @functools.wraps(fn)
        def check(exercise: Exercise, answer: Any) -> Feedback:
            body = exercise.body
            if not isinstance(body, kind):
                raise TypeError(f"{exercise.id}: not a {type_} exercise")
            try:
                shaped = normalize_answer(body, answer)
            except AnswerProblem as e:
                return unusable(exercise, f"That {what} cannot be checked: {e}.")
            return fn(exercise, body, shaped)

        return answer_checker(type_)(check)

    return wrap


@structured("choice", ChoiceBody)
def check_choice(exercise: Exercise, body: ChoiceBody, chosen: Any) -> Feedback:
    """Right options chosen, wrong ones avoided; partial credit when several are right."""
    if not chosen:
        return unusable(exercise, "Choose an option first.")
    by_id = {o.id: o for o in body.options}
    criteria = [Criterion(c, by_id[c].correct, by_id[c].feedback, exercise.principle,
                          label=f"You chose “{shorten(by_id[c].text)}”")
                for c in _in_shown_order(chosen, [o.id for o in body.options], exercise.id)]
    right = sum(o.correct for o in body.options)
    missed = sum(1 for o in body.options if o.correct and o.id not in chosen)
    if missed and body.multiple:
        more = counted(missed, "more right option")
        criteria.append(Criterion("missed", False, f"{more} to find.", exercise.principle))
    hits = sum(by_id[c].correct for c in chosen)
    wrong = len(chosen) - hits
    score = max(0.0, (hits - wrong) / right) if right else 0.0
    passed = hits == right and wrong == 0
    summary = "Well chosen." if passed else (
        "Partly right - look again at the options marked not yet." if score > 0 else
        "Not quite - read the feedback and try again.")
    return Feedback("choice", passed, score, tuple(criteria), summary=summary)


def _in_shown_order(ids: Any, written: list[str], seed: str) -> list[str]:
    """``ids`` in the order the view shows them (a stable shuffle of the written order)."""
    shown = [written[i] for i in stable_shuffle(len(written), seed)]
    return sorted(ids, key=shown.index)


@structured("classify", ClassifyBody)
def check_classify(exercise: Exercise, body: ClassifyBody, placed: Any) -> Feedback:
    """Every card in its bucket; cards listed, numbered and named as the view shows them."""
    labels = {b.id: b.label for b in body.buckets}
    criteria = []
    shown = stable_shuffle(len(body.items), exercise.id)
    for number, item in enumerate((body.items[i] for i in shown), start=1):
        where = placed.get(item.id)
        label = f"Card {number}, \u201c{shorten(item.text, 60)}\u201d"
        if where is None:
            passed, message = False, "Not sorted yet."
        elif where == item.bucket:
            passed, message = True, item.feedback or "Right bucket."
        else:
            why = f" {item.feedback}" if item.feedback else ""
            passed, message = False, f"Not \u201c{labels[where]}\u201d.{why}"
        criteria.append(Criterion(item.id, passed, message, exercise.principle, label=label))
    right = sum(c.passed for c in criteria)
    passed = right == len(body.items)
    summary = "Every card is in the right place." if passed else (
        f"{right} of {counted(len(body.items), 'card')} "
        f"{'is' if right == 1 else 'are'} in the right place.")
    return Feedback("classify", passed, right / len(body.items), tuple(criteria), summary=summary)


@structured("order", OrderBody)
def check_order(exercise: Exercise, body: OrderBody, order: Any) -> Feedback:
    """Steps in the right order; the score is the share of steps in their right place.

    Steps are listed in the learner's order and named by their text, so "your step 2"
    means what the learner sees as 2.
    """
    rank = {s.id: i for i, s in enumerate(body.steps)}
    steps = {s.id: s for s in body.steps}
    criteria = []
    for pos, step_id in enumerate(order):
        step, right = steps[step_id], rank[step_id]
        label = f"Your step {pos + 1}, \u201c{shorten(step.text, 60)}\u201d"
        if right == pos:
            message = step.feedback or "In the right place."
        else:
            message = ("Not in its place yet: it comes "
                       f"{'earlier' if right < pos else 'later'}.")
        criteria.append(Criterion(step_id, right == pos, message, exercise.principle,
                                  label=label))
    placed = sum(c.passed for c in criteria)
    passed = placed == len(criteria)
    summary = "The right order." if passed else (
        f"{placed} of {counted(len(criteria), 'step')} "
        f"{'is' if placed == 1 else 'are'} in the right place.")
    return Feedback("order", passed, placed / len(criteria), tuple(criteria), summary=summary)


@structured("range", RangeBody)
def check_range(exercise: Exercise, body: RangeBody, value: Any) -> Feedback:
    """The band the number falls in, with its feedback."""
    band = body.band_for(value)
    if band is None:  # normalize_answer keeps values in range; bands cover it without gaps
        return unusable(exercise, f"Choose a number from {body.low:g} to {body.high:g}.")
    passed = band.verdict == "pass"
    unit = f" {body.unit}" if body.unit else ""
    criterion = Criterion("value", passed, band.feedback, exercise.principle)
    return Feedback("range", passed, float(passed), (criterion,), text=f"{value:g}{unit}",
                    summary=f"{value:g}{unit}: " + ("a good choice." if passed else "not quite."))


@structured("scenario", ScenarioBody, "path")
def check_scenario(exercise: Exercise, body: ScenarioBody, path: Any) -> Feedback:
    """A path through the role-play: the quality of each choice and where it ended."""
    criteria = []
    for here, there in pairwise(path):
        choice = next(c for c in body.nodes[here].choices if c.goto == there)
        criteria.append(Criterion(here, choice.quality != "poor", choice.feedback,
                                  exercise.principle,
                                  label=f"You said \u201c{shorten(choice.text, 60)}\u201d"))
    last = body.nodes[path[-1]]
    score = (sum(_QUALITY[c.quality] for c in _choices(body, path)) / len(criteria)
             if criteria else 0.0)
    if not last.is_ending:
        return Feedback("scenario", False, score, tuple(criteria),
                        summary="The role-play is not finished yet.")
    passed = last.ending == "good"
    summary = last.summary or f"The role-play ended {last.ending}."
    return Feedback("scenario", passed, score, tuple(criteria), summary=summary,
                    details={"ending": last.ending, "path": path})


def _choices(body: ScenarioBody, path: tuple[str, ...]) -> list[Any]:
    return [next(c for c in body.nodes[a].choices if c.goto == b)
            for a, b in pairwise(path)]


@answer_checker("reflect")
def check_reflect(exercise: Exercise, answer: Any) -> Feedback:
    """A reflection is never judged, only counted as written once it has a few words."""
    body = exercise.body
    if not isinstance(body, ReflectBody):
        raise TypeError(f"{exercise.id}: not a reflect exercise")
    text = answer if isinstance(answer, str) else ""
    words = len(text.split())
    done = words >= body.min_words
    message = ("Saved on this computer only." if done else
               f"Write at least {body.min_words} words; there is no right answer.")
    return Feedback("reflect", done, float(done), (Criterion("written", done, message),),
                    text=text, summary=message)
