"""The learner's progress, saved only on this computer (no ipywidgets, no network)."""

from workshop.store.cases import Disagreement, make_case
from workshop.store.command import add_progress_parser, run_progress_command
from workshop.store.disagreements import DisagreementBook
from workshop.store.files import default_folder
from workshop.store.records import ExerciseProgress
from workshop.store.store import ProgressStore
from workshop.store.summary import SectionProgress, section_summary

__all__ = [
    "Disagreement",
    "DisagreementBook",
    "ExerciseProgress",
    "ProgressStore",
    "SectionProgress",
    "add_progress_parser",
    "default_folder",
    "make_case",
    "run_progress_command",
    "section_summary",
]
