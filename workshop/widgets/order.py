"""Order: steps shown shuffled; the learner moves them up and down."""

from __future__ import annotations

import html
import random
from typing import Any

import ipywidgets as w

from workshop.exercises.model import OrderBody
from workshop.widgets.base import ExerciseView


def shuffled(ids: list[str], seed: str) -> list[str]:
    """A stable shuffle (the same for every learner and every run) that is never the answer."""
    order = list(ids)
    rng = random.Random(seed)
    while order == ids and len(ids) > 1:
        rng.shuffle(order)
    return order


class OrderView(ExerciseView):
    """Put steps in order."""

    def build(self) -> w.Widget:
        body = self.exercise.body
        if not isinstance(body, OrderBody):
            raise TypeError(f"{self.exercise.id}: not an order exercise")
        self.text = {s.id: s.text for s in body.steps}
        self.order = shuffled([s.id for s in body.steps], self.exercise.id)
        self.rows = w.VBox()
        self.render()
        return self.rows

    def render(self) -> None:
        """Redraw the list in its current order."""
        rows = []
        for pos, step in enumerate(self.order):
            label = f"step {pos + 1}: {self.text[step][:60]}"
            up = w.Button(description="↑", tooltip=f"Move up: {label}", disabled=pos == 0,
                          layout=w.Layout(width="36px"))
            down = w.Button(description="↓", tooltip=f"Move down: {label}",
                            disabled=pos == len(self.order) - 1, layout=w.Layout(width="36px"))
            up.on_click(lambda _, s=step: self.move(s, -1))
            down.on_click(lambda _, s=step: self.move(s, +1))
            text = w.HTML(f"<strong>{pos + 1}.</strong> {html.escape(self.text[step])}",
                          layout=w.Layout(width="auto"))
            rows.append(w.HBox([up, down, text]))
        self.rows.children = rows

    def move(self, step: str, by: int) -> list[str]:
        """Move ``step`` up (-1) or down (+1); return the new order."""
        i = self.order.index(step)
        j = i + by
        if 0 <= j < len(self.order):
            self.order[i], self.order[j] = self.order[j], self.order[i]
            self.render()
        return list(self.order)

    def current_answer(self) -> Any:
        return list(self.order)

    def restore(self, answer: Any) -> None:
        if sorted(answer) == sorted(self.order):
            self.order = list(answer)
            self.render()

    def model_answer_html(self) -> str:
        items = "".join(f"<li>{html.escape(self.text[s])}</li>" for s in self.text)
        return f"<ol>{items}</ol>{super().model_answer_html()}"
