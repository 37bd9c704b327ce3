"""The compiled catalogue: a folder's exercises in one JSON file that the standard library reads.

Reading the YAML with ruamel.yaml (pure Python, for the line numbers in error messages) takes a
good part of a second, and several in the browser, while a notebook only needs a course that
was validated already. So a folder of exercises may carry ``.catalogue.json``: the plain data
and field lines of every file, keyed on a hash of the files' names and bytes (and of the format
and the schema). It is used only while its key matches the files as they are, so an edited
course is never read from a stale catalogue. The wheel and ``workshop build learner`` carry one
made from their own files; a checkout writes one the first time it reads its YAML.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from workshop.errors import ExerciseError
from workshop.exercises.build import Builder
from workshop.exercises.model import Exercise
from workshop.exercises.reading import read_bytes
from workshop.exercises.schema import schema_text
from workshop.exercises.yamlfile import Lines

CATALOGUE: Final[str] = ".catalogue.json"
FORMAT: Final[int] = 2


@dataclass(frozen=True, slots=True)
class Source:
    """One exercise file as read from YAML: its bytes, plain data and lines, and the Exercise."""

    path: Path
    raw: bytes
    data: Any
    lines: Lines
    exercise: Exercise


def content_key(folder: Path, files: Iterable[tuple[Path, bytes]]) -> str:
    """A hash of the format, the schema, and the name (under ``folder``) and bytes of each file."""
    digest = hashlib.sha256(f"{FORMAT}\0{schema_text()}\0".encode())
    for path, raw in files:
        digest.update(f"{path.relative_to(folder).as_posix()}\0{len(raw)}\0".encode())
        digest.update(raw)
    return digest.hexdigest()


def read_catalogue(folder: Path,
                   files: list[Path]) -> tuple[list[Exercise], list[ExerciseError]] | None:
    """The exercises compiled in ``folder`` and the drafts left out, or None unless its
    catalogue matches ``files``."""
    try:
        stored = json.loads((folder / CATALOGUE).read_bytes())
        key = content_key(folder, [(path, read_bytes(path, folder)) for path in files])
    except (OSError, ValueError, ExerciseError):  # the YAML reader says what is wrong
        return None
    if not isinstance(stored, dict) or stored.get("key") != key:
        return None
    exercises = []
    for entry in stored["exercises"]:
        lines = Lines((tuple(where[1:]), where[0]) for where in entry["lines"])
        builder = Builder(entry["data"], lines, folder / entry["file"])
        exercises.append(builder.build())
        if builder.errors:  # compiled by a kit with other rules: the YAML decides
            return None
    drafts = [ExerciseError(folder / d["file"], d["line"], d["field"], d["problem"], d["fix"])
              for d in stored["drafts"]]
    return exercises, drafts


def write_catalogue(folder: Path, sources: list[Source], files: list[tuple[Path, bytes]],
                    drafts: list[ExerciseError]) -> Path:
    """Write the catalogue of ``sources``, the validated files under ``folder``, atomically;
    ``files`` are every file's name and bytes (the key), ``drafts`` the notes on drafts left out."""
    entries = [{"file": s.path.relative_to(folder).as_posix(), "data": s.data,
                "lines": [[line, *where] for where, line in s.lines.items()]} for s in sources]
    left_out = [{"file": d.path.relative_to(folder).as_posix() if d.path else "",
                 "line": d.line, "field": d.field, "problem": d.problem, "fix": d.fix}
                for d in drafts]
    key = content_key(folder, files)
    # ASCII: an escape such as "\ud800" in a file gives text that UTF-8 cannot encode
    text = json.dumps({"format": FORMAT, "key": key, "exercises": entries, "drafts": left_out},
                      separators=(",", ":"))
    target = folder / CATALOGUE
    fd, name = tempfile.mkstemp(dir=folder, prefix=f"{CATALOGUE}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="ascii") as out:
            out.write(text)
        os.chmod(name, 0o644)  # mkstemp makes it private; everyone who reads the course reads it
        os.replace(name, target)  # readers see the old catalogue or the new one, never a part
    finally:
        Path(name).unlink(missing_ok=True)
    return target
