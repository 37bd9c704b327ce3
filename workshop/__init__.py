"""Workshop kit for 'Can I Get Your Number? A Guide To Asking & Responding'."""

from workshop.checkers import Feedback, check_answer, check_message
from workshop.errors import ExerciseError, WorkshopError
from workshop.exercises import Exercise, load_exercises

__all__ = [  # noqa: RUF022 - grouped: core first, then the notebook helpers
    "show",
    "show_section",
    "progress",
    "Exercise",
    "ExerciseError",
    "Feedback",
    "WorkshopError",
    "check_answer",
    "check_message",
    "load_exercises",
]


def __getattr__(name: str) -> object:
    # The notebook helpers need ipywidgets; importing them lazily keeps the core light.
    if name in ("show", "show_section", "progress"):
        from workshop import display

        return getattr(display, name)
    raise AttributeError(f"module 'workshop' has no attribute {name!r}")
