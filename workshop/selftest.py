"""Self-tests: each exercise example must get the verdict its file states."""

from __future__ import annotations

from dataclasses import dataclass

from workshop.checkers.registry import check_answer
from workshop.errors import ExerciseError
from workshop.exercises.model import Example, Exercise
from workshop.wording import counted


@dataclass(frozen=True, slots=True)
class Outcome:
    """An example's expected verdict against what the checker said."""

    exercise: Exercise
    index: int
    example: Example
    problem: str

    @property
    def ok(self) -> bool:
        """Whether the checker agreed with the example."""
        return not self.problem

    def as_error(self) -> ExerciseError:
        """The disagreement as an instructor's error."""
        return ExerciseError(
            self.exercise.path, self.example.line, f"examples[{self.index}]", self.problem,
            "fix the example's verdict, or the exercise so that it judges this answer as stated",
        )


def run_example(exercise: Exercise, index: int) -> Outcome:
    """Check example ``index`` of ``exercise`` with its type's checker."""
    example = exercise.examples[index]
    feedback = check_answer(exercise, example.answer)
    problems = []
    if feedback.passed != example.passes:
        got = "pass" if feedback.passed else "fail"
        failed = ", ".join(c.id for c in feedback.failed)
        problems.append(f"expected {example.verdict}, the checker says {got}"
                        + (f" (not met: {failed})" if failed else ""))
    judged = {c.id: c.passed for c in feedback.criteria}
    for name, want in example.criteria.items():
        if judged.get(name) is not want:
            problems.append(f"expected {name} {'met' if want else 'not met'}, "
                            f"the checker says {'met' if judged.get(name) else 'not met'}")
    if example.ending:
        problems += _ending_problems(example, feedback.details)
    return Outcome(exercise, index, example, "; ".join(problems))


def _ending_problems(example: Example, details: dict[str, object]) -> list[str]:
    """A conversation's lines must reach the example's ending, with no line left over."""
    reached, at, unused = details.get("ending"), details.get("at"), details.get("unused")
    turns = details.get("turns")
    path = " -> ".join(f"{t.node} ({t.outcome})" for t in turns) if isinstance(turns, tuple) else ""
    route = f" (path: {path} -> {at})" if path else ""
    problems = []
    if reached is None:
        problems.append(f"expected to end at {example.ending!r}, the lines stop at {at!r} "
                        f"before any ending{route}")
    elif reached != example.ending:
        problems.append(f"expected to end at {example.ending!r}, the lines end at "
                        f"{reached!r}{route}")
    if isinstance(unused, int) and unused:
        problems.append(f"{counted(unused, 'line')} left after the ending {reached!r}")
    return problems


def run_examples(exercises: list[Exercise]) -> list[Outcome]:
    """Every example of every exercise."""
    return [run_example(e, i) for e in exercises for i in range(len(e.examples))]


def solution_problems(exercise: Exercise) -> list[ExerciseError]:
    """A rewrite's model answer (when the file has one) must pass its own checker."""
    if exercise.type != "rewrite" or exercise.solution is None:
        return []
    feedback = check_answer(exercise, exercise.solution)
    if feedback.passed:
        return []
    failed = ", ".join(c.id for c in feedback.failed)
    return [ExerciseError(exercise.path, None, "solution",
                          f"the model answer does not pass its checker (not met: {failed})",
                          "rewrite the model answer so that it meets every criterion")]
