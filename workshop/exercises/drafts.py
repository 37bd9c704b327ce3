"""Drafts: an exercise file that still says FILL IN is a work in progress, not course material.

The one rule: a file with ``FILL IN`` (the placeholder `workshop new` writes) in any of its text
values or keys is a draft; comments do not count. The course loader leaves drafts out, so no
agenda, progress summary, build, compiled catalogue or offline site ever holds one, and it
names each one left out (``Collection.drafts``, ``Catalog.drafts``) for the commands to say
so. `workshop validate` refuses every FILL IN; `workshop validate --draft` checks the rest.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Final

from workshop.errors import ExerciseError
from workshop.exercises.yamlfile import Lines, Path_, field_name

MARKER: Final[str] = "FILL IN"
_WHAT_WIDTH: Final[int] = 70


def fill_ins(data: Any, lines: Lines, file: Path | None) -> list[ExerciseError]:
    """One error for every text value or key in ``data`` that still says FILL IN."""
    found: list[ExerciseError] = []
    _walk(data, (), lines, file, found)
    return found


def left_out(markers: list[ExerciseError]) -> ExerciseError:
    """The note for a draft the loader left out, at its first FILL IN."""
    first = markers[0]
    return ExerciseError(
        first.path, first.line, first.field,
        f"left out: a draft ({len(markers)} FILL IN left)",
        "replace every FILL IN, then run `workshop validate`",
    )


def _walk(value: Any, path: Path_, lines: Lines, file: Path | None,
          found: list[ExerciseError]) -> None:
    if isinstance(value, str):
        if MARKER in value:
            found.append(ExerciseError(file, lines(path), field_name(path),
                                       "still says FILL IN", f"write {_what(value)}"))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            _walk(item, path + (i,), lines, file, found)
    elif isinstance(value, dict):
        for key, item in value.items():
            if MARKER in key:
                found.append(ExerciseError(file, lines(path + (key,)), field_name(path),
                                           f"the key {key[:40]!r} still says FILL IN",
                                           "name it in lowercase words joined by '-'"))
            _walk(item, path + (key,), lines, file, found)


def _what(text: str) -> str:
    """What the placeholder asks for: the words after FILL IN, on one line."""
    rest = " ".join(text.split(MARKER, 1)[1].split()).lstrip(":- ").rstrip(".")
    if not rest:
        return "the real text in place of the placeholder"
    return rest if len(rest) <= _WHAT_WIDTH else rest[: _WHAT_WIDTH - 3] + "..."
