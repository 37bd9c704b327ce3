"""The common frame of every exercise view: prompt, Check, hints, model answer, feedback."""

from __future__ import annotations

import contextlib
import html
import random
from typing import Any, Protocol

import ipywidgets as w

from workshop.checkers import Feedback, check_answer
from workshop.exercises.model import Exercise
from workshop.widgets.pulse import ClassPulse

#: CSS shared by the views: long choice texts wrap; feedback marks stand out without colour alone
STYLE = """<style>
.workshop-exercise { border: 1px solid #c8c8c8; border-radius: 6px; padding: 10px 14px;
  margin: 8px 0; max-width: 860px; }
.workshop-exercise .widget-html-content { line-height: 1.45; }
.workshop-wrap button, .workshop-wrap .jupyter-button { white-space: normal; height: auto;
  min-height: 32px; text-align: left; padding: 6px 10px; line-height: 1.35; }
.workshop-feedback mark { background: #fff1a8; outline: 1px dashed #8a6d00; }
.workshop-feedback ul { padding-left: 1.2em; }
.workshop-answer { border-left: 3px solid #888; margin: 6px 0; padding: 4px 10px; }
</style>"""


class Recorder(Protocol):
    """What a view needs from a progress store."""

    def record(self, exercise_id: str, *, passed: bool, score: float, answer: Any) -> Any:
        """Save one attempt."""

    def get(self, exercise_id: str) -> Any:
        """The saved progress of one exercise, or None."""


def stable_shuffle(count: int, seed: str) -> list[int]:
    """A permutation of ``range(count)`` that depends only on ``seed`` (same for everyone)."""
    order = list(range(count))
    random.Random(seed).shuffle(order)
    return order


def paragraphs(text: str) -> str:
    """Plain text as escaped HTML paragraphs."""
    parts = [p.strip() for p in text.split("\n\n") if p.strip()]
    return "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in parts)


class ExerciseView(w.VBox):  # type: ignore[misc]
    """Base view: subclasses build ``answer_area`` and say what the current answer is."""

    check_label = "Check"

    def __init__(self, exercise: Exercise, store: Recorder | None = None) -> None:
        self.exercise = exercise
        self.store = store
        self.failures = 0
        self.hints_shown = 0
        self.last_feedback: Feedback | None = None
        minutes = f"{exercise.minutes:g} min"
        self.header = w.HTML(
            f"{STYLE}<h4>{html.escape(exercise.title)} <small>({minutes})</small></h4>"
            f"{paragraphs(exercise.prompt)}"
        )
        auto = w.Layout(width="auto")
        self.check = w.Button(description=self.check_label, button_style="primary",
                              tooltip=f"{self.check_label} your answer", icon="check", layout=auto)
        self.hint = w.Button(description="Show a hint", disabled=True, layout=auto,
                             tooltip="Hints appear after a first try", icon="lightbulb-o")
        self.model = w.Button(description="Show a model answer", tooltip="See one good answer",
                              icon="eye", layout=auto)
        self.status = w.HTML()
        self.feedback = w.HTML(layout=w.Layout(min_height="1em"))
        self.hints = w.HTML()
        self.solution = w.HTML()
        self.check.on_click(lambda _: self.submit())
        self.hint.on_click(lambda _: self.reveal_hint())
        self.model.on_click(lambda _: self.reveal_model())
        area = self.build()
        buttons = w.HBox([self.check, self.hint, self.model])
        self.pulse = ClassPulse(exercise)  # shows nothing unless the learner joined a class
        super().__init__([self.header, self.status, area, *self.pulse.rows(), buttons,
                          self.feedback, self.hints, self.solution])
        self.add_class("workshop-exercise")
        if not exercise.hints:
            self.hint.layout.display = "none"
        if not self.has_model_answer():
            self.model.layout.display = "none"
        self._resume()

    def _resume(self) -> None:
        saved = self.store.get(self.exercise.id) if self.store is not None else None
        if saved is None:
            return
        self.show_status(saved)
        # an answer saved against an older version of the exercise may no longer fit
        with contextlib.suppress(ValueError, KeyError, TypeError, IndexError):
            self.restore(saved.last_answer)

    def show_status(self, saved: Any) -> None:
        """Say what was saved before: attempts and the best result."""
        verdict = "done ✔" if saved.passed else "not passed yet"
        self.status.value = (f"<p><small>Saved progress: {saved.attempts} attempt(s), best "
                             f"{saved.best_score:.0%}, {verdict}.</small></p>")

    def restore(self, answer: Any) -> None:
        """Put a saved answer back into the widgets (types that can, do)."""

    # --- what a subclass provides -------------------------------------------------------
    def build(self) -> w.Widget:
        """The widgets the learner answers with."""
        raise NotImplementedError

    def current_answer(self) -> Any:
        """The answer as the checker expects it."""
        raise NotImplementedError

    def has_model_answer(self) -> bool:
        """Whether there is a model answer to show (a learner copy has none)."""
        return not self.exercise.answers_removed and bool(self.model_answer_html())

    def model_answer_html(self) -> str:
        """The model answer or explanation, as escaped HTML."""
        solution = self.exercise.solution
        return paragraphs(str(solution)) if solution is not None else ""

    # --- the one public action per button ------------------------------------------------
    def submit(self) -> Feedback:
        """Check the current answer, show the feedback, record it; return what was shown."""
        answer = self.current_answer()
        feedback = check_answer(self.exercise, answer)
        self.show_feedback(feedback)
        if not feedback.passed:
            self.failures += 1
            self.hint.disabled = self.hints_shown >= len(self.exercise.hints)
            if self.failures >= 2 and not self.solution.value and self.has_model_answer():
                self.model.button_style = "info"
                self.model.description = "Stuck? See a model answer"
        if self.store is not None:
            saved = self.store.record(self.exercise.id, passed=feedback.passed,
                                      score=feedback.score, answer=answer)
            if saved is not None:
                self.show_status(saved)
        self.pulse.send(self, feedback, answer)
        return feedback

    def show_feedback(self, feedback: Feedback) -> None:
        """Render ``feedback`` in the feedback area."""
        self.last_feedback = feedback
        self.feedback.value = feedback._repr_html_()

    def reveal_hint(self) -> str:
        """Show the next hint (after a failed attempt); return its text."""
        hints = self.exercise.hints
        if self.failures == 0 or self.hints_shown >= len(hints):
            return ""
        self.hints_shown += 1
        shown = hints[: self.hints_shown]
        self.hints.value = "".join(
            f"<p><strong>Hint {i + 1}:</strong> {html.escape(h)}</p>" for i, h in enumerate(shown)
        )
        self.hint.disabled = self.hints_shown >= len(hints)
        return shown[-1]

    def reveal_model(self) -> str:
        """Show the model answer; retrying stays possible."""
        if not self.has_model_answer():
            return ""
        body = self.model_answer_html()
        self.solution.value = (f"<div class='workshop-model'><strong>Model answer</strong>"
                               f"{body}</div>")
        return body

    def __repr__(self) -> str:
        return f"Loading the exercise “{self.exercise.title}”…"  # shown until it runs
