"""Rewrite: a message in the learner's own words, judged criterion by criterion."""

from __future__ import annotations

import html
from typing import Any

import ipywidgets as w

from workshop.exercises.model import RewriteBody
from workshop.widgets.base import ExerciseView


class RewriteView(ExerciseView):
    """Write a better message; see what works and what to change, with the words marked."""

    def build(self) -> w.Widget:
        body = self.exercise.body
        if not isinstance(body, RewriteBody):
            raise TypeError(f"{self.exercise.id}: not a rewrite exercise")
        start = (f"<p>Original: <q class='workshop-start'>{html.escape(body.start)}</q></p>"
                 if body.start else "")
        self.answer = w.Textarea(placeholder="Write your message here", description="Your message",
                                 rows=4, layout=w.Layout(width="auto"))
        self.answer.style.description_width = "initial"
        return w.VBox([w.HTML(start), self.answer])

    blank_prompt = "Nothing to check yet: write your message in the box, then press Check."

    def is_blank(self, answer: Any) -> bool:
        return not isinstance(answer, str) or not answer.strip()

    def current_answer(self) -> Any:
        return self.answer.value

    def text_checker(self) -> tuple[str, dict[str, Any]] | None:
        body = self.exercise.body
        return (body.kind, dict(body.context)) if isinstance(body, RewriteBody) else None

    def restore(self, answer: Any) -> None:
        self.answer.value = answer if isinstance(answer, str) else ""
