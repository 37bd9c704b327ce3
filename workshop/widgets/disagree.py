""""I think this feedback is wrong": under text feedback, a learner can flag it, once per answer.

The button shows only after a Check that gave text feedback. It opens a short form: which
points the learner thinks are wrong (optional), a note (optional), Send. The case is kept
with the learner's progress and, for a learner in a class, sent to the class folder redacted
and without a name. Nothing here raises for what a learner types; a folder that cannot be
written is a sentence in the thank-you, not an error.
"""

from __future__ import annotations

import html
from typing import Any, Protocol, runtime_checkable

import ipywidgets as w

from workshop.checkers import Feedback
from workshop.checkers.feedback import mark
from workshop.classroom import current_class
from workshop.errors import WorkshopError
from workshop.exercises.model import Exercise
from workshop.store.cases import VERDICT, Disagreement, answer_key, make_case
from workshop.widgets.visibility import HIDDEN, SHOWN

FLAG_LABEL = "I think this feedback is wrong"
KEPT = ("When you press Send, your message, the feedback it got and your note are saved "
        "with your progress, to help make the checker fairer.")
TO_CLASS = ("A copy goes to your class, without your name, with phone numbers and e-mail "
            "addresses removed.")


@runtime_checkable
class CaseRecorder(Protocol):
    """What the panel needs from a progress store to keep a case."""

    def add_disagreement(self, case: Disagreement) -> tuple[Disagreement, bool]:
        """Keep ``case`` once per answer; return the case kept and whether it is new."""


class DisagreeForm(w.VBox):  # type: ignore[misc]
    """Which points seem wrong (optional), a note (optional), Send and Cancel."""

    def __init__(self) -> None:
        self.intro = w.HTML("<p><strong>Which point do you think is wrong?</strong> Tick any "
                            "that apply, or none, and add a note if you like.</p>")
        self.points_box = w.VBox()
        self.points: list[tuple[str, w.Checkbox]] = []
        self.comment = w.Textarea(description="Your note (optional)", rows=2,
                                  placeholder="For example: I did give a reason.",
                                  layout=w.Layout(width="auto"))
        self.comment.style.description_width = "initial"
        self.where = w.HTML()
        self.send_button = w.Button(description="Send", button_style="primary", icon="paper-plane",
                             tooltip="Send this note about the feedback",
                             layout=w.Layout(width="auto"))
        self.cancel_button = w.Button(description="Cancel", tooltip="Close without sending",
                               layout=w.Layout(width="auto"))
        super().__init__([self.intro, self.points_box, self.comment, self.where,
                          w.HBox([self.send_button, self.cancel_button])])
        self.add_class("workshop-disagree-form")

    def fill(self, feedback: Feedback, in_class: bool) -> None:
        """One tick box for the result and one per point of ``feedback``, none ticked."""
        result = "pass" if feedback.passed else "try again"
        rows = [(VERDICT, f"The overall result (marked “{result}”)")]
        rows += [(c.id, f"{c.name.rstrip('.')} (marked “{mark(c).split(' ', 1)[1].lower()}”)")
                 for c in feedback.criteria]
        self.points = [(pid, w.Checkbox(value=False, description=label, indent=False,
                                        layout=w.Layout(width="auto")))
                       for pid, label in rows]
        self.points_box.children = [box for _, box in self.points]
        self.comment.value = ""
        note = f"{KEPT} {TO_CLASS}" if in_class else KEPT
        self.where.value = f"<p><small>{html.escape(note)}</small></p>"

    def disputed(self) -> list[str]:
        """The points ticked."""
        return [pid for pid, box in self.points if box.value]


class DisagreePanel(w.VBox):  # type: ignore[misc]
    """The flag button, its form and the thank-you, for one exercise's text feedback."""

    def __init__(self, exercise: Exercise, store: Any, kind: str,
                 context: dict[str, Any]) -> None:
        self.exercise, self.kind, self.context = exercise, kind, context
        self.book = store if isinstance(store, CaseRecorder) else None
        self.flag = w.Button(description=FLAG_LABEL, icon="flag",
                             tooltip="Tell us which point the checker got wrong",
                             layout=w.Layout(width="auto"))
        self.form: DisagreeForm | None = None  # made on first use: most learners never open it
        self.thanks = w.HTML()
        self.last_case: Disagreement | None = None
        self._feedback: Feedback | None = None
        self._text = ""
        self._sent: set[str] = set()  # answers flagged from this view
        self.flag.on_click(lambda _: self.open_form())
        super().__init__([self.flag, self.thanks])
        self.add_class("workshop-disagree")
        self.layout.display = HIDDEN

    def show_for(self, feedback: Feedback, text: Any) -> None:
        """Offer the button under ``feedback`` on ``text`` (after every Check)."""
        self._feedback, self._text = feedback, text if isinstance(text, str) else ""
        self.layout.display = SHOWN
        self._close_form()
        if self._flagged():
            self.flag.layout.display = HIDDEN
            self.thanks.value = _note("You already flagged the feedback on this answer; "
                                      "thank you.")
        else:
            self.flag.layout.display = SHOWN
            self.thanks.value = ""

    def hide(self) -> None:
        """Show nothing (no feedback to flag)."""
        self._feedback = None
        self.layout.display = HIDDEN

    def open_form(self) -> DisagreeForm | None:
        """Show the form for the feedback on show; return it (None if there is nothing to
        flag, or this answer was flagged already)."""
        if self._feedback is None or self._flagged():
            return None
        if self.form is None:
            self.form = DisagreeForm()
            self.form.send_button.on_click(lambda _: self.send_case())
            self.form.cancel_button.on_click(lambda _: self.cancel())
            self.children = (self.flag, self.form, self.thanks)
        self.form.fill(self._feedback, current_class() is not None)
        self.form.layout.display = SHOWN
        self.flag.layout.display = HIDDEN
        return self.form

    def cancel(self) -> None:
        """Close the form without sending."""
        self._close_form()
        if self._feedback is not None:
            self.flag.layout.display = SHOWN

    def send_case(self) -> Disagreement | None:
        """Keep the case (once per answer), thank the learner, return the case kept."""
        if self._feedback is None or self.form is None or self.form.layout.display == HIDDEN:
            return self.last_case
        case = make_case(self.exercise.id, self.kind, self.context, self._feedback, self._text,
                         disputed=self.form.disputed(), comment=self.form.comment.value)
        kept, new, saved = self._keep(case)
        shared = self._share(kept) if new else None
        self._sent.add(case.key)
        self.last_case = kept
        self._close_form()
        self.thanks.value = _note(_thanks(new, saved, shared))
        return kept

    def _flagged(self) -> bool:
        return answer_key(self.exercise.id, self.kind, self.context, self._text) in self._sent

    def _keep(self, case: Disagreement) -> tuple[Disagreement, bool, bool]:
        if self.book is None:
            return case, True, False
        try:
            kept, new = self.book.add_disagreement(case)
        except WorkshopError:  # the progress folder cannot be written: say so in the thanks
            return case, True, False
        return kept, new, True

    def _share(self, case: Disagreement) -> bool | None:
        room = current_class()
        if room is None:
            return None
        try:
            room.disagree(case)
        except WorkshopError:
            return False
        return True

    def _close_form(self) -> None:
        if self.form is not None:
            self.form.layout.display = HIDDEN


def _thanks(new: bool, saved: bool, shared: bool | None) -> str:
    if not new:
        return "Thank you! You already flagged the feedback on this answer, so it is kept once."
    words = ["Thank you! This is saved with your progress, to help make the checker fairer."
             if saved else
             "Thank you. Sorry: it could not be saved with your progress this time (the "
             "progress folder cannot be written). Your answers are not affected."]
    if shared:
        words.append("A copy went to your class, without your name, with phone numbers, "
                     "e-mail addresses and social handles removed.")
    elif shared is False:
        words.append("It could not be sent to your class this time.")
    return " ".join(words)


def _note(text: str) -> str:
    return f"<div class='workshop-disagree-thanks' role='status'><p>{html.escape(text)}</p></div>"

