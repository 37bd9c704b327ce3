"""Workshop kit for 'Can I Get Your Number? A Guide To Asking & Responding'."""

from typing import TYPE_CHECKING

from workshop.checkers import Feedback, check_answer, check_message
from workshop.errors import ExerciseError, WorkshopError

if TYPE_CHECKING:
    from workshop.exercises import Exercise, load_exercises

__all__ = [  # noqa: RUF022 - grouped: core first, then the notebook helpers
    "show",
    "show_section",
    "progress",
    "join_class",
    "leave_class",
    "class_board",
    "run_of_show",
    "countdown",
    "Exercise",
    "ExerciseError",
    "Feedback",
    "WorkshopError",
    "check_answer",
    "check_message",
    "load_exercises",
]


def __getattr__(name: str) -> object:
    # The notebook helpers need ipywidgets, and the exercises their loader; importing them
    # lazily keeps the core light (checking a message needs neither).
    if name in ("Exercise", "load_exercises"):
        from workshop import exercises

        return getattr(exercises, name)
    if name in ("show", "show_section", "progress"):
        from workshop import display

        return getattr(display, name)
    if name in ("run_of_show", "countdown"):  # the facilitator notebook
        from workshop.widgets import countdown

        return getattr(countdown, name)
    if name in ("join_class", "leave_class"):  # the class pulse: opt-in, anonymous
        from workshop import classroom

        return getattr(classroom, name)
    if name == "class_board":
        from workshop.widgets.board import class_board

        return class_board
    raise AttributeError(f"module 'workshop' has no attribute {name!r}")
