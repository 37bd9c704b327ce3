"""Joining a class: a shared folder where each session appends to a file of its own.

One writer per file means no locks and no two writers sharing a file, which also holds on
network file systems (a JupyterHub's NFS home or shared folder), where appends from several
machines to one file can interleave. Each record is one ``write()`` of one line, with
``O_APPEND``, then fsync'd.
"""

from __future__ import annotations

import html
import os
import re
import secrets
from pathlib import Path
from typing import Any, Final

from workshop.checkers import Feedback
from workshop.classroom.records import (
    PulseRecord,
    encode_disagreement,
    encode_line,
    make_record,
)
from workshop.errors import WorkshopError
from workshop.exercises.model import Exercise
from workshop.store.cases import Disagreement
from workshop.store.files import fsync_if_supported, make_writable_folder, sync_folder

ENV_CLASS: Final = "WORKSHOP_CLASS_DIR"
#: a session's file in the class folder
PULSE_FILE: Final = re.compile(r"^pulse-([0-9a-f]{16})\.jsonl$")
#: a session's file of feedback flagged as wrong, in the class folder
DISAGREE_FILE: Final = re.compile(r"^disagree-([0-9a-f]{16})\.jsonl$")
_FLAGS: Final = os.O_RDWR | os.O_APPEND | os.O_CREAT | getattr(os, "O_BINARY", 0)


def pulse_file(folder: Path, session: str) -> Path:
    """The one file the session ``session`` appends to."""
    return folder / f"pulse-{session}.jsonl"


def disagree_file(folder: Path, session: str) -> Path:
    """The one file of flagged feedback the session ``session`` appends to."""
    return folder / f"disagree-{session}.jsonl"


class ClassFolder:
    """A joined class: this session's anonymous records go to its own file in ``folder``."""

    def __init__(self, folder: Path | str) -> None:
        self.folder = Path(folder).expanduser()
        _check_folder(self.folder)
        self.session = secrets.token_hex(8)  # random: never a name, user or machine
        self._synced: set[Path] = set()

    @property
    def path(self) -> Path:
        """This session's file."""
        return pulse_file(self.folder, self.session)

    def record(self, exercise: Exercise, feedback: Feedback, answer: Any, *,
               share: bool = False) -> PulseRecord:
        """Append the record of one checked answer; raise WorkshopError if it cannot."""
        record = make_record(self.session, exercise, feedback, answer, share=share)
        self.append(record)
        return record

    def append(self, record: PulseRecord) -> None:
        """Append one record as one line, in one write."""
        self._append(self.path, encode_line(record))

    def disagree(self, case: Disagreement) -> None:
        """Append a case of feedback flagged as wrong, redacted; raise WorkshopError if it
        cannot."""
        self._append(disagree_file(self.folder, self.session),
                     encode_disagreement(self.session, case))

    def _append(self, path: Path, line: bytes) -> None:
        try:
            append_line(path, line)
        except OSError as e:
            raise WorkshopError(f"class folder {self.folder} cannot be written "
                                f"({e.strerror or e})") from e
        if path not in self._synced:  # the first line made the file: make the name durable
            sync_folder(self.folder)
            self._synced.add(path)

    def __repr__(self) -> str:
        return f"ClassFolder({str(self.folder)!r}, session={self.session!r})"

    def _repr_html_(self) -> str:
        return (f"<p>You joined the class in <code>{html.escape(str(self.folder))}</code>. "
                "Each answer you check is counted anonymously (a random number, never your "
                "name). What you write stays on this computer unless you tick "
                "<em>Share my answer</em>, or send <em>I think this feedback is wrong</em>; "
                "then it is shared without phone numbers, e-mail addresses or social handles.</p>")


def append_line(path: Path, line: bytes) -> None:
    """Append ``line`` (ending in a newline) with a single write, and fsync it.

    If an earlier write was cut off, a newline goes first, so that the broken fragment
    stays a line of its own (skipped by readers) and this record is whole.
    """
    fd = os.open(path, _FLAGS, 0o644)
    try:
        size = os.fstat(fd).st_size
        if size:
            os.lseek(fd, size - 1, os.SEEK_SET)
            if os.read(fd, 1) != b"\n":
                line = b"\n" + line
        written = os.write(fd, line)
        if written != len(line):
            raise OSError(f"only {written} of {len(line)} bytes were written")
        fsync_if_supported(fd)
    finally:
        os.close(fd)


def _check_folder(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise WorkshopError(f"class folder {folder} is a file, not a folder; ask the "
                            "facilitator for the class folder's path")
    try:
        make_writable_folder(folder, ".pulse-probe-")
    except OSError as e:
        raise WorkshopError(f"class folder {folder} cannot be created or written "
                            f"({e.strerror or e}); ask the facilitator to make it writable "
                            "for everyone in the class") from e


# --- the class this kernel has joined --------------------------------------------------
_joined: ClassFolder | None = None
_from_env: str | None = None  # the value of $WORKSHOP_CLASS_DIR already acted on
_problem = ""


def join_class(path: Path | str | None = None) -> ClassFolder:
    """Join the class whose shared folder is ``path`` (default: $WORKSHOP_CLASS_DIR)."""
    global _joined, _problem
    if path is None:
        path = os.environ.get(ENV_CLASS, "").strip()
        if not path:
            raise WorkshopError(f"join_class: no folder given and ${ENV_CLASS} is not set; "
                                "use the path the facilitator gave, e.g. "
                                "workshop.join_class('/srv/class/today')")
    if not str(path).strip():
        raise WorkshopError("join_class: the folder path is empty; use the path the "
                            "facilitator gave")
    _joined, _problem = ClassFolder(path), ""
    return _joined


def leave_class() -> None:
    """Stop sending records to the class (a fresh join gets a new session id)."""
    global _joined, _from_env
    _joined, _from_env = None, os.environ.get(ENV_CLASS, "").strip()


def current_class() -> ClassFolder | None:
    """The class this kernel has joined, joining $WORKSHOP_CLASS_DIR the first time it is set."""
    global _joined, _from_env, _problem
    env = os.environ.get(ENV_CLASS, "").strip()
    if _joined is None and env and env != _from_env:
        _from_env = env
        try:
            _joined = ClassFolder(env)
        except WorkshopError as e:
            _problem = str(e)
    return _joined


def join_problem() -> str:
    """Why joining from $WORKSHOP_CLASS_DIR failed (empty if it did not)."""
    return _problem
