"""Exercises: the data format, loading and validation."""

from workshop.exercises.loader import (
    Catalog,
    collect,
    exercises_root,
    load_exercises,
    load_file,
    load_text,
)
from workshop.exercises.model import SECTIONS, TYPES, Example, Exercise
from workshop.exercises.schema import exercise_schema, schema_text

__all__ = [
    "SECTIONS",
    "TYPES",
    "Catalog",
    "Example",
    "Exercise",
    "collect",
    "exercise_schema",
    "exercises_root",
    "load_exercises",
    "load_file",
    "load_text",
    "schema_text",
]
