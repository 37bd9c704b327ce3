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
        choices = [("Choose...", None)] + [(b.label, b.id) for b in body.buckets]
        self.pickers: dict[str, w.Dropdown] = {}
        rows = []
        # cards in a stable shuffled order: authors tend to list them bucket by bucket
        self.cards = [body.items[i] for i in stable_shuffle(len(body.items), self.exercise.id)]
        for n, item in enumerate(self.cards, start=1):
            # the card's own text is the drop-down's label, so a screen reader names the card;
            # index=0 shows "Choose..." (value None), where value=None would show a blank box
            picker = w.Dropdown(options=choices, index=0, description=f"Card {n}: {item.text}",
                                style={"description_width": "100%"},
                                layout=w.Layout(width="auto"))
            picker.add_class("workshop-card")
            self.pickers[item.id] = picker
            rows.append(picker)
        return w.VBox(rows)

    blank_prompt = "Nothing to check yet: choose a group for at least one card, then press Check."

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
