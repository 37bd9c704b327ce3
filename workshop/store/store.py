"""The progress store: lock-free, one file per session, merged when read.

Every store writes only its own ``session-<random id>.json``, always by atomic replace, so
two notebooks never overwrite each other and no file locks are needed (there are none in
the browser, and they are unreliable on Windows and network drives). Readers merge every
file. When files pile up, a store takes over old files of other sessions by renaming each
to a claim name (one rename wins), writes their sessions into a new file, and only then
deletes the claims. A session's state only grows, so copies of one session are recognised
by its id and counted once: a compaction that dies half-way, or races with another, or
with the session's own next save, leaves duplicates, never a loss.
"""

from __future__ import annotations

import contextlib
import functools
import os
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from workshop.errors import WorkshopError
from workshop.store import files
from workshop.store.cases import Disagreement
from workshop.store.disagreements import DisagreementBook
from workshop.store.reading import FolderReader, Scan, Vanished
from workshop.store.records import (
    ExerciseProgress,
    Sessions,
    clean_answer,
    clean_score,
    encode,
    first_attempt,
    totals,
    union,
    without_old_answers,
)

COMPACT_ABOVE: Final = 20  # merge old files once a folder holds more data files than this
STALE_AFTER: Final = 3600.0  # seconds since a file was written before another session may take it
TEMP_MAX_AGE: Final = 3600.0  # seconds after which a leftover temporary file is removed


class ProgressStore:
    """The learner's saved progress in one folder; several notebooks may write at once."""

    def __init__(self, folder: Path | str | None = None, *, compact_above: int = COMPACT_ABOVE,
                 stale_after: float = STALE_AFTER) -> None:
        self.folder = (Path(folder) if folder is not None else files.default_folder()).expanduser()
        self.compact_above = compact_above
        self.stale_after = stale_after
        self.session = files.new_id()
        self._own: dict[str, ExerciseProgress] = {}
        self._written = False
        self._reader = FolderReader(self.folder)
        self._lock = threading.Lock()
        #: False when the folder can be read but not written: progress is shown, not saved
        self.writable = self._open_folder()
        #: feedback the learner flagged as wrong, kept in the same folder
        self.disagreements = DisagreementBook(self.folder)

    @property
    def problems(self) -> list[str]:
        """Files that could not be used (moved aside, or left for a newer kit), in plain words."""
        return self._reader.problems

    @property
    def path(self) -> Path:
        """The one file this store writes."""
        return files.session_file(self.folder, self.session)

    def record(self, exercise_id: str, *, passed: bool, score: float,
               answer: Any) -> ExerciseProgress:
        """Save one attempt; return the exercise's progress over every session."""
        eid = _checked_id(exercise_id)
        ok, value, text = bool(passed), clean_score(score), clean_answer(answer)
        with self._lock:
            self._follow_own_file()
            at = datetime.now(UTC)
            current = self._own.get(eid)
            progress = (first_attempt(eid, passed=ok, score=value, answer=text, at=at)
                        if current is None else
                        current.then(passed=ok, score=value, answer=text, at=at))
            own = {**self._own, eid: progress}
            self._write(self.path, {self.session: own})
            self._own, self._written = own, True
            scan = self._reader.read()
            self._tidy(scan)
            union(scan.sessions, {self.session: {eid: progress}})
            return totals({sid: {eid: ex[eid]} for sid, ex in scan.sessions.items()
                           if eid in ex})[eid]

    def add_disagreement(self, case: Disagreement) -> tuple[Disagreement, bool]:
        """Keep a case of feedback flagged as wrong, once per answer; return the case kept
        and whether it is new."""
        return self.disagreements.add(case)

    def get(self, exercise_id: str) -> ExerciseProgress | None:
        """The progress on one exercise, or None if it was never attempted."""
        return self.all().get(exercise_id)

    def all(self) -> dict[str, ExerciseProgress]:
        """The progress on every attempted exercise, by id."""
        with self._lock:
            return totals(self._reader.read().sessions)

    def reset(self) -> int:
        """Delete all saved progress, answers and flagged feedback; return how many
        exercises were cleared."""
        with self._lock:
            cleared = len(totals(self._reader.read().sessions))
            patterns = (files.DATA_FILE, files.TEMP_FILE, files.CORRUPT_FILE,
                        files.DISAGREE_FILE)
            for entry in self._reader.entries():
                if any(p.match(entry.name) for p in patterns):
                    self._delete(Path(entry.path))
            files.sync_folder(self.folder)
            self.session, self._own, self._written = files.new_id(), {}, False
            self.problems.clear()
            self.disagreements.forget()
            return cleared

    def __repr__(self) -> str:
        return f"ProgressStore({str(self.folder)!r}, session={self.session!r})"

    def _follow_own_file(self) -> None:
        if not self._written or self.path.exists():
            return
        if any(self.folder.glob(f"{self.path.name}.corrupt-*")):
            return  # set aside as unreadable: writing our whole state again recovers it
        # Gone without a damaged copy: another session took it over (and holds our records so
        # far) or the progress was reset. Either way, go on as a new session from here.
        self.session, self._own, self._written = files.new_id(), {}, False

    def _write(self, path: Path, sessions: Sessions) -> None:
        self._make_folder()
        try:
            files.write_atomic(path, encode(sessions))
        except OSError as e:
            raise files.folder_error(self.folder, "cannot be written", e) from e

    def _open_folder(self) -> bool:
        try:
            self._make_folder(probe=True)
        except WorkshopError as e:
            if not (self.folder.is_dir() and os.access(self.folder, os.R_OK | os.X_OK)):
                raise
            self.problems.append(f"{e}. Your saved progress is shown, but new answers are "
                                 "not saved.")
            return False
        return True

    def _make_folder(self, probe: bool = False) -> None:
        try:
            if probe:
                files.make_writable_folder(self.folder, ".session-probe-")
            else:
                self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise files.folder_error(self.folder, "cannot be created or written", e) from e

    def _delete(self, path: Path) -> None:
        try:
            files.retrying(functools.partial(path.unlink, missing_ok=True))
        except OSError as e:
            raise files.folder_error(self.folder, "cannot be cleared", e) from e

    # --- keeping the folder small -----------------------------------------------------
    def _tidy(self, scan: Scan) -> None:
        cutoff = time.time() - TEMP_MAX_AGE
        for path, mtime in scan.temps:  # left by a crash mid-write; a live write takes ms
            if mtime < cutoff:
                _quiet_unlink(path)
        if scan.data_count > self.compact_above:
            self._compact(scan)

    def _compact(self, scan: Scan) -> None:
        cutoff = time.time() - self.stale_after
        stale = [p for p, mtime in scan.files if mtime <= cutoff and p != self.path]
        if len(stale) < 2:
            return  # merging one file into one new file gains nothing
        claimed = [c for c in map(self._claim, stale) if c is not None]
        loaded: list[tuple[Path, Sessions]] = []
        for path in claimed:
            try:
                got = self._reader.load(path)
            except Vanished:  # taken over from us in turn: that session merges it
                continue
            if got is not None:
                loaded.append((path, got[0]))
        # Merge only the claims still ours: one taken from us meanwhile is merged by its taker,
        # and one deleted by a reset must not come back. Our own file being taken over does
        # not matter: our claims still hold the sessions they held.
        held = [(path, sessions) for path, sessions in loaded if path.exists()]
        if not held:
            return
        absorbed: Sessions = {}
        for _, sessions in held:
            union(absorbed, sessions)
        try:  # a new file of its own, so that our per-attempt saves stay small
            self._write(files.session_file(self.folder, files.new_id()),
                        without_old_answers(absorbed))
        except WorkshopError:
            return  # the claims still hold everything; the next compaction tries again
        for path, _ in held:  # only now that their sessions are safely in the new file
            _quiet_unlink(path)
        files.sync_folder(self.folder)

    def _claim(self, path: Path) -> Path | None:
        target = files.claim_file(self.folder, self.session)
        try:
            os.rename(path, target)  # atomic: of several sessions claiming a file, one wins
        except OSError:
            return None
        with contextlib.suppress(OSError):  # fresh again: no one else takes it while we merge
            os.utime(target)
        return target


def _checked_id(exercise_id: Any) -> str:
    if not isinstance(exercise_id, str) or not exercise_id.strip():
        raise WorkshopError(f"ProgressStore.record: exercise_id must be a non-empty string, "
                            f"not {exercise_id!r}")
    return exercise_id


def _quiet_unlink(path: Path) -> None:
    with contextlib.suppress(OSError):  # a file that stays only takes space until next time
        files.retrying(functools.partial(path.unlink, missing_ok=True))
