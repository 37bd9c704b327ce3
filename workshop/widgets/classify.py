"""Classify: each card gets a bucket from a labelled drop-down."""

from __future__ import annotations

import html
from typing import Any

import ipywidgets as w

from workshop.exercises.model import ClassifyBody
from workshop.widgets.base import ExerciseView, stable_shuffle


class ClassifyView(ExerciseView):
    """Sort cards into buckets."""

    def build(self) -> w.Widget:
        body = self.exercise.body
        if not isinstance(body, ClassifyBody):
            raise TypeError(f"{self.exercise.id}: not a classify exercise")
        self.body = body
        choices = [("- choose -", None)] + [(b.label, b.id) for b in body.buckets]
        self.pickers: dict[str, w.Dropdown] = {}
        rows = []
        # cards in a stable shuffled order: authors tend to list them bucket by bucket
        self.cards = [body.items[i] for i in stable_shuffle(len(body.items), self.exercise.id)]
        for n, item in enumerate(self.cards, start=1):
            picker = w.Dropdown(options=choices, value=None, description=f"Card {n}",
                                layout=w.Layout(width="min-content"))
            self.pickers[item.id] = picker
            rows.append(w.VBox([w.HTML(f"<strong>{n}.</strong> {html.escape(item.text)}"), picker]))
        return w.VBox(rows)

    def current_answer(self) -> Any:
        return {i: p.value for i, p in self.pickers.items() if p.value is not None}

    def restore(self, answer: Any) -> None:
        buckets = {b.id for b in self.body.buckets}
        self.sort(**{k: v for k, v in dict(answer).items() if k in self.pickers and v in buckets})

    def sort(self, **placed: str) -> None:
        """Put cards (by id) in buckets (by id), as a learner would."""
        for item, bucket in placed.items():
            self.pickers[item].value = bucket

    def model_answer_html(self) -> str:
        labels = {b.id: b.label for b in self.body.buckets}
        items = "".join(f"<li>{html.escape(i.text)} &rarr; <strong>{html.escape(labels[i.bucket])}"
                        f"</strong></li>" for i in self.body.items)
        return f"<ul>{items}</ul>{super().model_answer_html()}"
