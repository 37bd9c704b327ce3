"""The class pulse: opt-in, anonymous counts of a class's answers (no ipywidgets, no network)."""

from workshop.classroom.joining import (
    ENV_CLASS,
    ClassFolder,
    current_class,
    join_class,
    join_problem,
    leave_class,
)
from workshop.classroom.reading import ClassReader, read_class
from workshop.classroom.records import PulseRecord, make_record
from workshop.classroom.redact import redact
from workshop.classroom.tally import ClassTally, ExerciseTally

__all__ = [
    "ENV_CLASS",
    "ClassFolder",
    "ClassReader",
    "ClassTally",
    "ExerciseTally",
    "PulseRecord",
    "current_class",
    "join_class",
    "join_problem",
    "leave_class",
    "make_record",
    "read_class",
    "redact",
]
