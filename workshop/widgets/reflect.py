"""Reflect: open text, saved privately, never judged."""

from __future__ import annotations

import html
from typing import Any

import ipywidgets as w

from workshop.checkers import Feedback
from workshop.widgets.base import ExerciseView


class ReflectView(ExerciseView):
    """Write a private reflection."""

    check_label = "Save"

    def build(self) -> w.Widget:
        self.answer = w.Textarea(placeholder="Your thoughts (saved on this computer only)",
                                 description="Reflection", rows=5,
                                 layout=w.Layout(width="auto"))  # 100% + margin overflows
        self.answer.style.description_width = "initial"
        self.model.description = "Show an example"
        return self.answer

    def show_feedback(self, feedback: Feedback) -> None:
        # a reflection is never judged: say whether it was saved, with no verdict or score
        self.last_feedback = feedback
        self.feedback.value = (f"<div class='workshop-feedback'><p>"
                               f"{html.escape(feedback.summary)}</p></div>")

    blank_prompt = "Nothing to save yet: write a few words in the box, then press Save."

    def is_blank(self, answer: Any) -> bool:
        return not isinstance(answer, str) or not answer.strip()

    def current_answer(self) -> Any:
        return self.answer.value

    def restore(self, answer: Any) -> None:
        self.answer.value = answer if isinstance(answer, str) else ""
