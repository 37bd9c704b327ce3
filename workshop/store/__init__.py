"""The learner's progress, saved only on this computer (no ipywidgets, no network)."""

from workshop.store.command import add_progress_parser, run_progress_command
from workshop.store.files import default_folder
from workshop.store.records import ExerciseProgress
from workshop.store.store import ProgressStore
from workshop.store.summary import SectionProgress, section_summary

__all__ = [
    "ExerciseProgress",
    "ProgressStore",
    "SectionProgress",
    "add_progress_parser",
    "default_folder",
    "run_progress_command",
    "section_summary",
]
