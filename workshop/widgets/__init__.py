"""Widgets: one thin view per exercise type, and `show` / `show_section` for notebooks."""

from __future__ import annotations

from workshop.exercises.model import Exercise
from workshop.widgets.base import ExerciseView, Recorder
from workshop.widgets.choice import ChoiceView
from workshop.widgets.classify import ClassifyView
from workshop.widgets.conversation import ConversationView
from workshop.widgets.order import OrderView
from workshop.widgets.range import RangeView
from workshop.widgets.reflect import ReflectView
from workshop.widgets.rewrite import RewriteView
from workshop.widgets.scenario import ScenarioView

VIEWS: dict[str, type[ExerciseView]] = {
    "choice": ChoiceView,
    "classify": ClassifyView,
    "order": OrderView,
    "rewrite": RewriteView,
    "scenario": ScenarioView,
    "conversation": ConversationView,
    "range": RangeView,
    "reflect": ReflectView,
}


def view_for(exercise: Exercise, store: Recorder | None = None) -> ExerciseView:
    """The view of ``exercise``'s type."""
    return VIEWS[exercise.type](exercise, store)


__all__ = ["VIEWS", "ChoiceView", "ClassifyView", "ConversationView", "ExerciseView", "OrderView",
           "RangeView", "ReflectView", "RewriteView", "ScenarioView", "view_for"]
