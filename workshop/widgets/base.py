"""The common frame of every exercise view: prompt, Check, hints, model answer, feedback."""

from __future__ import annotations

import contextlib
import html
from typing import Any, Protocol

import ipywidgets as w

from workshop.checkers import Feedback, check_answer
from workshop.checkers.warm import warm_soon
from workshop.errors import WorkshopError
from workshop.exercises.model import Exercise
from workshop.exercises.shown import stable_shuffle
from workshop.widgets.disagree import DisagreePanel
from workshop.widgets.pulse import ClassPulse
from workshop.widgets.visibility import HIDDEN, SHOWN
from workshop.wording import counted

__all__ = ["ExerciseView", "LoadingText", "Recorder", "paragraphs", "stable_shuffle"]

#: CSS shared by the views. Long texts wrap and rows wrap, so nothing scrolls sideways in a
#: 1024 px window; pass and fail differ by icon, words and colour (contrast 7:1 or more);
#: praised and problem words differ by underline style as well as colour.
STYLE = """<style>
.workshop-exercise { border: 1px solid #c8c8c8; border-radius: 6px; padding: 10px 14px;
  margin: 8px 0; max-width: min(860px, 100%); box-sizing: border-box; overflow-wrap: anywhere; }
.workshop-exercise .widget-html-content { line-height: 1.45; white-space: normal; }
.workshop-exercise .widget-hbox { flex-wrap: wrap; max-width: 100%; }
.workshop-wrap button, .workshop-wrap .jupyter-button, .workshop-step .jupyter-button {
  white-space: normal; height: auto; min-height: 32px; text-align: left; padding: 6px 10px;
  line-height: 1.35; }
.workshop-card.widget-dropdown { flex-wrap: wrap; height: auto; max-width: 100%; }
.workshop-card .widget-label { white-space: normal; overflow: visible; height: auto;
  line-height: 1.45; text-align: left; margin-bottom: 2px; }
.workshop-card select { flex: 0 1 auto; width: auto; min-width: 12em; max-width: 100%; }
.workshop-feedback { border-left: 4px solid #555; padding: 2px 10px; margin: 6px 0; }
.workshop-feedback.workshop-pass { border-color: #1e6b34; background: #eef8f0; }
.workshop-feedback.workshop-fail { border-color: #9b1c1c; background: #fdf1f1; }
.workshop-verdict { font-size: 1.05em; }
.workshop-pass .workshop-verdict, .workshop-met .workshop-mark { color: #1a5c2c; }
.workshop-fail .workshop-verdict, .workshop-unmet .workshop-mark { color: #8f1a1a; }
.workshop-unsure .workshop-mark { color: #7a4b00; }
.workshop-mark { font-weight: bold; }
.workshop-feedback mark { color: #111; padding: 0 1px; }
.workshop-feedback mark.workshop-good { background: #d6f0dc; border-bottom: 2px solid #1e6b34; }
.workshop-feedback mark.workshop-bad { background: #fde2e2; border-bottom: 2px dashed #9b1c1c; }
.workshop-feedback ul { padding-left: 1.2em; }
.workshop-answer { border-left: 3px solid #888; margin: 6px 0; padding: 4px 10px; }
.workshop-disagree-form { border-left: 3px solid #888; margin: 6px 0; padding: 2px 10px; }
.workshop-disagree-form .widget-checkbox { height: auto; max-width: 100%; }
.workshop-disagree-form .widget-checkbox label { white-space: normal; height: auto; }
</style>"""


class Recorder(Protocol):
    """What a view needs from a progress store."""

    def record(self, exercise_id: str, *, passed: bool, score: float, answer: Any) -> Any:
        """Save one attempt."""

    def get(self, exercise_id: str) -> Any:
        """The saved progress of one exercise, or None."""


def paragraphs(text: str) -> str:
    """Plain text as escaped HTML paragraphs."""
    parts = [p.strip() for p in text.split("\n\n") if p.strip()]
    return "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in parts)


class LoadingText(w.HTML):  # type: ignore[misc]
    """HTML whose saved form in a notebook (until its cell runs again) is ``loading``."""

    def __init__(self, value: str, loading: str) -> None:
        super().__init__(value)
        self.loading = loading

    def __repr__(self) -> str:
        return self.loading


class ExerciseView(w.VBox):  # type: ignore[misc]
    """Base view: subclasses build ``answer_area`` and say what the current answer is."""

    check_label = "Check"

    def __init__(self, exercise: Exercise, store: Recorder | None = None) -> None:
        self.exercise = exercise
        self.store = store
        self.failures = 0
        self.hints_shown = 0
        self.last_feedback: Feedback | None = None
        # "optional" marks what is off the core path (00 tells a learner short of time so)
        minutes = f"{exercise.minutes:g} min{', optional' if exercise.optional else ''}"
        self.header = w.HTML(
            f"{STYLE}<h4>{html.escape(exercise.title)} <small>({minutes})</small></h4>"
            f"{paragraphs(exercise.prompt)}"
        )
        # each button its own Layout: hiding one (no hints, no model answer) must not hide
        # the others, as a shared Layout would
        self.check = w.Button(description=self.check_label, button_style="primary",
                              tooltip=f"{self.check_label} your answer", icon="check",
                              layout=w.Layout(width="auto"))
        self.hint = w.Button(description="Show a hint", disabled=True,
                             layout=w.Layout(width="auto"),
                             tooltip="Hints appear after a first try", icon="lightbulb-o")
        self.model = w.Button(description="Show a model answer", tooltip="See one good answer",
                              icon="eye", layout=w.Layout(width="auto"))
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
        checker = self.text_checker()
        for kind, context in self.text_checkers():
            warm_soon(kind, context)  # compiled while the learner reads, not on the first Check
        #: "I think this feedback is wrong", under text feedback only
        self.disagree = DisagreePanel(exercise, store, *checker) if checker else None
        flag = [self.disagree] if self.disagree is not None else []
        super().__init__([self.header, self.status, area, *self.pulse.rows(), buttons,
                          self.feedback, *flag, self.hints, self.solution])
        self.add_class("workshop-exercise")
        if not exercise.hints:
            self.hint.layout.display = HIDDEN
        # the model answer is offered after two tries or a pass (as notebook 00 says)
        self.model.layout.display = HIDDEN
        self._resume()

    def _resume(self) -> None:
        saved = self.store.get(self.exercise.id) if self.store is not None else None
        if saved is None:
            return
        self.show_status(saved)
        if saved.passed or saved.attempts >= 2:
            self.offer_model()
        # an answer saved against an older version of the exercise may no longer fit
        with contextlib.suppress(ValueError, KeyError, TypeError, IndexError):
            self.restore(saved.last_answer)

    def show_status(self, saved: Any) -> None:
        """Say what was saved before: attempts and the best result."""
        verdict = "done ✔" if saved.passed else "not passed yet"
        self.status.value = (f"<p><small>Saved progress: {counted(saved.attempts, 'attempt')}, "
                             f"best {saved.best_score:.0%}, {verdict}.</small></p>")

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

    def text_checker(self) -> tuple[str, dict[str, Any]] | None:
        """The text checker's kind and context, for a view whose feedback comes from one
        (then the learner may flag it as wrong); None otherwise."""
        return None

    def text_checkers(self) -> list[tuple[str, dict[str, Any]]]:
        """Every text checker the view will use (kind and context), to get ready early."""
        checker = self.text_checker()
        return [checker] if checker else []

    def is_blank(self, answer: Any) -> bool:
        """Whether nothing has been answered yet (then Check prompts and records nothing)."""
        return answer is None or answer == "" or answer == [] or answer == {}

    #: what Check says when nothing has been answered yet
    blank_prompt = "Nothing to check yet: give your answer above, then press Check."

    # --- the one public action per button ------------------------------------------------
    def submit(self) -> Feedback:
        """Check the current answer, show the feedback, record it; return what was shown.

        With nothing answered yet, a gentle prompt is shown and no attempt is recorded.
        """
        answer = self.current_answer()
        if self.is_blank(answer):
            return self.prompt_for_answer()
        feedback = check_answer(self.exercise, answer)
        self.show_feedback(feedback)
        if self.disagree is not None:
            self.disagree.show_for(feedback, answer)
        if feedback.passed:
            self.hints.value = ""  # a hint is for getting there; after a pass it is noise
            self.hint.disabled = True
            self.offer_model()
        else:
            self.failures += 1
            self.hint.disabled = self.hints_shown >= len(self.exercise.hints)
            if self.failures >= 2 and not self.solution.value:
                self.offer_model(stuck=True)
        if self.store is not None:
            self.save(self.store, feedback, answer)
        self.pulse.send(self, feedback, answer)
        return feedback

    def save(self, store: Recorder, feedback: Feedback, answer: Any) -> None:
        """Record the attempt; a folder that cannot be written is a note, not an error."""
        try:
            saved = store.record(self.exercise.id, passed=feedback.passed,
                                      score=feedback.score, answer=answer)
        except WorkshopError:
            self.status.value = ("<p><small>Checked, but not saved: the progress folder cannot "
                                 "be written on this computer.</small></p>")
            return
        if saved is not None:
            self.show_status(saved)

    def prompt_for_answer(self) -> Feedback:
        """Say kindly that there is nothing to check yet; not an attempt."""
        feedback = Feedback(self.exercise.type, False, 0.0, summary=self.blank_prompt,
                            details={"blank": True})
        self.last_feedback = feedback
        if self.disagree is not None:
            self.disagree.hide()
        self.feedback.value = (f"<div class='workshop-feedback workshop-prompt' role='status'>"
                               f"<p>{html.escape(self.blank_prompt)}</p></div>")
        return feedback

    def offer_model(self, stuck: bool = False) -> None:
        """Show the model-answer button (when there is a model answer)."""
        if not self.has_model_answer():
            return
        self.model.layout.display = SHOWN
        if stuck:
            self.model.button_style = "info"
            self.model.description = "Stuck? See a model answer"

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
        """Show the model answer once it is offered; retrying stays possible."""
        if not self.has_model_answer() or self.model.layout.display == HIDDEN:
            return ""
        body = self.model_answer_html()
        self.solution.value = (f"<div class='workshop-model'><strong>Model answer</strong>"
                               f"{body}</div>")
        return body

    def __repr__(self) -> str:
        return f"Loading the exercise “{self.exercise.title}”…"  # shown until it runs
