"""Range: a number in a labelled box, judged by the band it falls in."""

from __future__ import annotations

import html
from typing import Any

import ipywidgets as w

from workshop.exercises.model import RangeBody
from workshop.widgets.base import ExerciseView


class RangeView(ExerciseView):
    """Pick a number."""

    def build(self) -> w.Widget:
        body = self.exercise.body
        if not isinstance(body, RangeBody):
            raise TypeError(f"{self.exercise.id}: not a range exercise")
        whole = all(float(x).is_integer() for x in (body.low, body.high, body.step))
        # A labelled number box, not a slider: ipywidgets' slider handle has no accessible
        # name (axe: aria-input-field-name, serious) and Python cannot give it one.
        box = w.BoundedIntText if whole else w.BoundedFloatText
        self.value = box(min=body.low, max=body.high, step=body.step, value=body.low,
                         description=body.unit.capitalize() or "Value",
                         continuous_update=False, layout=w.Layout(width="min(100%, 300px)"))
        return self.value

    def current_answer(self) -> Any:
        return self.value.value

    def restore(self, answer: Any) -> None:
        if isinstance(answer, int | float) and not isinstance(answer, bool):
            self.value.value = answer

    def model_answer_html(self) -> str:
        body = self.exercise.body
        if self.exercise.solution is None:
            return ""
        unit = f" {body.unit}" if isinstance(body, RangeBody) and body.unit else ""
        return f"<p>For example: {self.exercise.solution:g}{html.escape(unit)}.</p>"
