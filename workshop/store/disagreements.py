"""Feedback flagged as wrong, kept in the progress folder beside the progress itself.

As with progress, each session writes only its own ``disagree-<random id>.json``, always by
atomic replace, and readers merge every file: two open notebooks never lose each other's
cases. A case is kept once per answer: a session adds nothing that some file already holds,
and readers count two sessions' copies of one answer (written at the same moment) once.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import Any, Final

from workshop.store import files
from workshop.store.cases import CaseError, Disagreement, from_doc, to_doc
from workshop.store.records import clean_text
from workshop.wording import counted

FORMAT: Final = "workshop-disagreements"
VERSION: Final = 1


class DisagreementBook:
    """The cases flagged on this computer, in the progress folder ``folder``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.session = files.new_id()
        self.problems: list[str] = []
        self._own: list[Disagreement] = []
        self._written = False
        self._lock = threading.Lock()

    @property
    def path(self) -> Path:
        """The one file this book writes."""
        return files.disagree_file(self.folder, self.session)

    def add(self, case: Disagreement) -> tuple[Disagreement, bool]:
        """Keep ``case`` unless its answer was flagged before; return the case kept and
        whether it is new. Raise WorkshopError if the folder cannot be written."""
        with self._lock:
            self._follow_own_file()
            known = self._read()
            if case.key in known:
                return known[case.key], False
            own = [*self._own, case]
            try:
                self.folder.mkdir(parents=True, exist_ok=True)
                files.write_atomic(self.path, encode(own))
            except OSError as e:
                raise files.folder_error(self.folder, "cannot be written", e) from e
            self._own, self._written = own, True
            return case, True

    def all(self) -> list[Disagreement]:
        """Every case in the folder, oldest first, each answer once."""
        with self._lock:
            return sorted(self._read().values(), key=lambda c: (c.at, c.id))

    def forget(self) -> None:
        """Go on as a new session (after the folder was reset)."""
        with self._lock:
            self.session, self._own, self._written = files.new_id(), [], False

    def _follow_own_file(self) -> None:
        # gone: the progress was reset. Writing our cases again would bring them back.
        if self._written and not self.path.exists():
            self.session, self._own, self._written = files.new_id(), [], False

    def _read(self) -> dict[str, Disagreement]:
        self.problems.clear()
        found: dict[str, Disagreement] = {}
        for path in self._files():
            for case in self._load(path):
                same = found.get(case.key)
                if same is None or (case.at, case.id) < (same.at, same.id):
                    found[case.key] = case
        return found

    def _files(self) -> list[Path]:
        try:
            with os.scandir(self.folder) as it:
                return sorted(Path(e.path) for e in it if files.DISAGREE_FILE.match(e.name))
        except FileNotFoundError:
            return []
        except OSError as e:
            raise files.folder_error(self.folder, "cannot be read", e) from e

    def _load(self, path: Path) -> list[Disagreement]:
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return []  # reset meanwhile
        except OSError as e:
            self.problems.append(f"{path} could not be read ({e.strerror or e}); skipped")
            return []
        cases, problem = decode(data)
        if problem:
            self.problems.append(f"{path}: {problem}; skipped")
        return cases


def encode(cases: list[Disagreement]) -> bytes:
    """The file contents for ``cases``."""
    data = {"format": FORMAT, "version": VERSION, "cases": [to_doc(c) for c in cases]}
    return clean_text(json.dumps(data, ensure_ascii=False, allow_nan=False,
                                 indent=1)).encode("utf-8")


def decode(data: bytes) -> tuple[list[Disagreement], str]:
    """The valid cases in a file, and what was wrong with the rest ("" if nothing)."""
    try:
        doc: Any = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return [], "it is not complete, valid JSON"
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        return [], "it is not a file of flagged feedback"
    version = doc.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        return [], f"it was written by a newer version of the kit (format {version})"
    entries = doc.get("cases")
    if version != VERSION or not isinstance(entries, list):
        return [], "it has no list of cases"
    cases: list[Disagreement] = []
    bad = 0
    for entry in entries:
        try:
            cases.append(from_doc(entry))
        except CaseError:
            bad += 1
    return cases, f"{counted(bad, 'damaged case')}" if bad else ""
