"""Scenario: a branching role-play - the other person's line, choices as buttons, an ending."""

from __future__ import annotations

import html
from typing import Any

import ipywidgets as w

from workshop.checkers import Feedback
from workshop.exercises.model import ScenarioBody
from workshop.widgets.base import ExerciseView
from workshop.widgets.visibility import HIDDEN

_QUALITY = {"good": "✔ good choice", "okay": "~ okay choice", "poor": "✘ poor choice"}


class ScenarioView(ExerciseView):
    """Play through a role-play; feedback after each choice, a summary at the end."""

    def build(self) -> w.Widget:
        body = self.exercise.body
        if not isinstance(body, ScenarioBody):
            raise TypeError(f"{self.exercise.id}: not a scenario exercise")
        self.body = body
        self.check.layout.display = HIDDEN  # choices are the answer; no separate Check
        self.line = w.HTML()
        self.step_feedback = w.HTML()
        self.choices = w.VBox()
        self.choices.add_class("workshop-wrap")
        self.restart = w.Button(description="Start again", icon="refresh",
                                tooltip="Play the role-play again from the start")
        self.restart.on_click(lambda _: self.start_over())
        self.path: list[str] = [body.start]
        self.render()
        return w.VBox([self.line, self.step_feedback, self.choices, self.restart])

    def render(self) -> None:
        """Show the current node: its line and its choices (or nothing, at an ending)."""
        node = self.body.nodes[self.path[-1]]
        who = f"<strong>{html.escape(node.speaker)}:</strong> " if node.speaker else ""
        self.line.value = f"<p>{who}{html.escape(node.line)}</p>"
        buttons = []
        for i, choice in enumerate(node.choices):
            button = w.Button(description=choice.text, layout=w.Layout(width="100%"),
                              tooltip=choice.text)
            button.on_click(lambda _, i=i: self.choose(i))
            buttons.append(button)
        self.choices.children = buttons

    def choose(self, index: int) -> Feedback | None:
        """Take choice ``index`` at the current node; at an ending, return the path's Feedback."""
        node = self.body.nodes[self.path[-1]]
        if not 0 <= index < len(node.choices):
            return None
        choice = node.choices[index]
        self.path.append(choice.goto)
        self.step_feedback.value = (f"<p><em>You said:</em> {html.escape(choice.text)}<br>"
                                    f"<strong>{_QUALITY[choice.quality]}</strong> - "
                                    f"{html.escape(choice.feedback)}</p>")
        self.render()
        if self.body.nodes[choice.goto].is_ending:
            return self.submit()
        return None

    def start_over(self) -> None:
        """Back to the first node; earlier attempts stay recorded."""
        self.path = [self.body.start]
        self.step_feedback.value = ""
        self.feedback.value = ""
        self.render()

    def current_answer(self) -> Any:
        return list(self.path)

    def show_feedback(self, feedback: Feedback) -> None:
        self.last_feedback = feedback
        steps = []
        for here, there in zip(self.path, self.path[1:], strict=False):
            choice = next(c for c in self.body.nodes[here].choices if c.goto == there)
            quality = _QUALITY[choice.quality]
            steps.append(f"<li>{html.escape(choice.text)} - <em>{quality}</em></li>")
        ending = self.body.nodes[self.path[-1]].ending
        self.feedback.value = (f"<div class='workshop-feedback'><p><strong>Ending: {ending}"
                               f"</strong> - {html.escape(feedback.summary)}</p>"
                               f"<p>Your path:</p><ol>{''.join(steps)}</ol></div>")
