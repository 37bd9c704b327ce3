"""Self-tests: every `examples` entry of every shipped exercise gets its stated verdict."""

from __future__ import annotations

import pytest

from tests.conftest import SHIPPED
from workshop.checkers import check_answer
from workshop.exercises import Exercise, load_file
from workshop.selftest import run_example, solution_problems

_EXERCISES = [load_file(p) for p in SHIPPED]
_EXAMPLES = [(e, i) for e in _EXERCISES for i in range(len(e.examples))]


@pytest.mark.parametrize(
    ("exercise", "index"), _EXAMPLES, ids=[f"{e.id}[{i}]" for e, i in _EXAMPLES]
)
def test_example_gets_its_verdict(exercise: Exercise, index: int) -> None:
    outcome = run_example(exercise, index)
    assert outcome.ok, outcome.as_error().format()


@pytest.mark.parametrize("exercise", _EXERCISES, ids=[e.id for e in _EXERCISES])
def test_exercise_has_passing_and_failing_examples(exercise: Exercise) -> None:
    verdicts = {x.verdict for x in exercise.examples}
    assert verdicts == {"pass", "fail"}, f"{exercise.path}: give a strong and a weak example"


@pytest.mark.parametrize("exercise", _EXERCISES, ids=[e.id for e in _EXERCISES])
def test_model_answer_passes(exercise: Exercise) -> None:
    assert solution_problems(exercise) == []
    if exercise.type in ("rewrite", "range", "reflect"):
        assert check_answer(exercise, exercise.solution).passed
