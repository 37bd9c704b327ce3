"""Order: steps shown shuffled; the learner moves them up and down."""

from __future__ import annotations

import html
from typing import Any

import ipywidgets as w

from workshop.exercises.model import OrderBody
from workshop.exercises.shown import shuffled
from workshop.widgets.base import ExerciseView
from workshop.wording import shorten


class OrderView(ExerciseView):
    """Put steps in order."""

    def build(self) -> w.Widget:
        body = self.exercise.body
        if not isinstance(body, OrderBody):
            raise TypeError(f"{self.exercise.id}: not an order exercise")
        self.text = {s.id: s.text for s in body.steps}
        self.order = shuffled([s.id for s in body.steps], self.exercise.id)
        self.start = list(self.order)
        self.rows = w.VBox()
        self.render()
        return self.rows

    def render(self) -> None:
        """Redraw the list in its current order."""
        rows = []
        for pos, step in enumerate(self.order):
            n, text = pos + 1, shorten(self.text[step], 50)
            # the visible words are the accessible name: an arrow alone is read as "up arrow"
            up = w.Button(description=f"Move {n} up", tooltip=f"Move step {n} up: {text}",
                          disabled=pos == 0, layout=w.Layout(width="auto"))
            down = w.Button(description=f"Move {n} down", tooltip=f"Move step {n} down: {text}",
                            disabled=pos == len(self.order) - 1, layout=w.Layout(width="auto"))
            up.on_click(lambda _, s=step: self.move(s, -1))
            down.on_click(lambda _, s=step: self.move(s, +1))
            label = w.HTML(f"<strong>{n}.</strong> {html.escape(self.text[step])}",
                           layout=w.Layout(width="auto", flex="1 1 12em"))
            row = w.HBox([up, down, label], layout=w.Layout(flex_flow="row wrap"))
            row.add_class("workshop-step")
            rows.append(row)
        self.rows.children = rows

    def move(self, step: str, by: int) -> list[str]:
        """Move ``step`` up (-1) or down (+1); return the new order."""
        i = self.order.index(step)
        j = i + by
        if 0 <= j < len(self.order):
            self.order[i], self.order[j] = self.order[j], self.order[i]
            self.render()
        return list(self.order)

    blank_prompt = ("Nothing to check yet: move the steps into the order you think is right, "
                    "then press Check.")

    def is_blank(self, answer: Any) -> bool:
        """The shuffled start is never the answer: checking it unmoved is not a try."""
        return list(answer) == self.start

    def current_answer(self) -> Any:
        return list(self.order)

    def restore(self, answer: Any) -> None:
        if sorted(answer) == sorted(self.order):
            self.order = list(answer)
            self.render()

    def model_answer_html(self) -> str:
        items = "".join(f"<li>{html.escape(self.text[s])}</li>" for s in self.text)
        return f"<ol>{items}</ol>{super().model_answer_html()}"
