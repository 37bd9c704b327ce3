"""Choice: radio buttons for one right option, checkboxes when several are right."""

from __future__ import annotations

import html
from typing import Any

import ipywidgets as w

from workshop.exercises.model import ChoiceBody
from workshop.widgets.base import ExerciseView, stable_shuffle


class ChoiceView(ExerciseView):
    """Pick one option (or several)."""

    def build(self) -> w.Widget:
        body = self.exercise.body
        if not isinstance(body, ChoiceBody):
            raise TypeError(f"{self.exercise.id}: not a choice exercise")
        self.body = body
        # shown in a stable shuffled order, so the right option is not always where authors
        # tend to write it (first); the same for every learner and every run
        self.shown = [body.options[i] for i in stable_shuffle(len(body.options), self.exercise.id)]
        if body.multiple:
            self.boxes = [w.Checkbox(description=o.text, indent=False,
                                     layout=w.Layout(width="auto")) for o in self.shown]
            self.options = w.VBox(self.boxes)
        else:
            self.boxes = []
            self.options = w.RadioButtons(
                options=[(o.text, o.id) for o in self.shown], value=None,
                layout=w.Layout(width="auto"),
            )
        self.options.add_class("workshop-wrap")
        note = "Choose every option that applies." if body.multiple else "Choose one option."
        return w.VBox([w.HTML(f"<em>{html.escape(note)}</em>"), self.options])

    blank_prompt = "Nothing to check yet: choose an option first, then press Check."

    def current_answer(self) -> Any:
        if self.body.multiple:
            return [o.id for o, box in zip(self.shown, self.boxes, strict=True) if box.value]
        return [] if self.options.value is None else self.options.value

    def restore(self, answer: Any) -> None:
        ids = [answer] if isinstance(answer, str) else list(answer)
        known = {o.id for o in self.body.options}
        self.select(*[i for i in ids if i in known])

    def select(self, *ids: str) -> None:
        """Choose options by id, as a learner would by clicking."""
        if self.body.multiple:
            for option, box in zip(self.shown, self.boxes, strict=True):
                box.value = option.id in ids
        else:
            self.options.value = ids[0] if ids else None

    def model_answer_html(self) -> str:
        right = [html.escape(o.text) for o in self.body.options if o.correct]
        items = "".join(f"<li>{r}</li>" for r in right)
        return f"<ul>{items}</ul>{super().model_answer_html()}"
