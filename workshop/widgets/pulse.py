"""The class pulse inside an exercise view: a "share my answer" box and the sending.

Nothing here shows unless the learner joined a class; a class folder that fails never
breaks the exercise: the learner sees a short notice and goes on.
"""

from __future__ import annotations

import html
from typing import Any

import ipywidgets as w

from workshop.checkers import Feedback
from workshop.classroom import current_class, join_problem
from workshop.classroom.records import TEXT_TYPES, PulseRecord
from workshop.errors import WorkshopError
from workshop.exercises.model import Exercise

SHARE_LABEL = "Share my answer with the class (anonymous; phone numbers and e-mails removed)"


class ClassPulse:
    """Sends each checked answer of one exercise to the joined class, if any."""

    def __init__(self, exercise: Exercise) -> None:
        self.exercise = exercise
        self.share = w.Checkbox(value=False, description=SHARE_LABEL, indent=False,
                                layout=w.Layout(width="auto"))
        self.note = w.HTML()
        shown = [self.share] if exercise.type in TEXT_TYPES else []
        self.row = w.VBox([*shown, self.note])
        self.row.add_class("workshop-pulse-row")
        self.last_record: PulseRecord | None = None

    def rows(self) -> list[w.Widget]:
        """The widgets to show in the view now: none unless a class is joined."""
        return [self.row] if current_class() is not None else []

    def send(self, view: w.Box, feedback: Feedback, answer: Any) -> PulseRecord | None:
        """Append the anonymous record of this answer; return it (None if not sent)."""
        room = current_class()
        if room is None:
            problem = join_problem()
            if problem:
                self._attach(view)
                self.note.value = _notice(f"Not shared with the class: {problem}")
            return None
        self._attach(view)
        try:
            self.last_record = room.record(self.exercise, feedback, answer,
                                           share=self.share.value)
        except WorkshopError as e:
            self.note.value = _notice(f"Not sent to the class this time: {e}. "
                                      "Your answer and progress are fine.")
            return None
        shared = " (your answer too, redacted)" if self.last_record.shared else ""
        self.note.value = _notice(f"Counted in the class pulse anonymously{shared}.")
        return self.last_record

    def _attach(self, view: w.Box) -> None:
        # joined after the view was shown: put the row in, just above the buttons
        if self.row in view.children:
            return
        children = list(view.children)
        check = getattr(view, "check", None)
        buttons = next((i for i, c in enumerate(children)
                        if check is not None and check in getattr(c, "children", ())),
                       len(children))
        view.children = (*children[:buttons], self.row, *children[buttons:])


def _notice(text: str) -> str:
    return f"<small class='workshop-pulse-note'>{html.escape(text)}</small>"
