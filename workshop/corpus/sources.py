"""Where flagged cases come from: this computer's progress folder, or a class folder.

A class folder is untrusted input: any learner can write there. Only its regular files are
read (a symlink is never followed out of the folder), with a size limit per line and per
file and a limit on the cases kept; every line that is not a valid case is skipped (and
counted), and the text is redacted again on the way in.
"""

from __future__ import annotations

import json
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from workshop.classroom.joining import DISAGREE_FILE
from workshop.classroom.limits import OPEN_FLAGS
from workshop.classroom.records import decode_disagreement, redacted_case
from workshop.store.cases import Disagreement
from workshop.store.disagreements import DisagreementBook
from workshop.wording import counted

MAX_LINE: Final = 64 * 1024  # bytes: a longer "line" is damage, not a case
MAX_FILE: Final = 16 * 1024 * 1024  # bytes read of one learner's file
MAX_CASES: Final = 20_000  # cases kept from one class folder (a class sends a few dozen)


@dataclass
class Found:
    """The cases read, oldest first, and what was skipped, in plain words."""

    cases: list[Disagreement] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def local_cases(folder: Path) -> Found:
    """The cases kept in the progress folder ``folder`` (none if it does not exist)."""
    book = DisagreementBook(folder)
    cases = book.all()
    return Found(cases, list(book.problems))


def class_cases(folder: Path) -> Found:
    """The cases in a class folder, redacted again; damaged lines skipped and counted."""
    found = Found()
    seen: set[tuple[str, str]] = set()
    skipped = 0
    for path, session in _files(folder):
        try:
            data = _read(path)
        except OSError:
            skipped += 1
            continue
        for line in data.split(b"\n"):
            if not line.strip() or len(found.cases) >= MAX_CASES:
                continue
            case = _case(line, session)
            if case is None or (session, case.id) in seen:
                skipped += case is None
                continue
            seen.add((session, case.id))
            found.cases.append(redacted_case(case))
    found.cases.sort(key=lambda c: (c.at, c.id))
    if skipped:
        found.problems.append(f"{counted(skipped, 'damaged or unreadable record')} in {folder} "
                              "skipped")
    return found


def _files(folder: Path) -> list[tuple[Path, str]]:
    """Each session's file (regular files only), with the session id its name gives."""
    try:
        with os.scandir(folder) as it:
            names = [(Path(e.path), DISAGREE_FILE.match(e.name)) for e in it
                     if e.is_file(follow_symlinks=False)]
    except OSError:
        return []
    return sorted((path, match.group(1)) for path, match in names if match)


def _read(path: Path) -> bytes:
    """The first MAX_FILE bytes of a regular file; a symlink put there since is refused."""
    fd = os.open(path, OPEN_FLAGS)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(f"{path} is not a regular file")
        with os.fdopen(os.dup(fd), "rb") as f:
            return f.read(MAX_FILE)
    finally:
        os.close(fd)


def _case(line: bytes, session: str) -> Disagreement | None:
    """The case on one line written by ``session``; None for anything else."""
    if len(line) > MAX_LINE:
        return None
    try:
        written_by, case = decode_disagreement(json.loads(line))
    except (ValueError, RecursionError):  # RecordError and bad JSON are ValueErrors
        return None
    return case if written_by == session else None
