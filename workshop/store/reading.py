"""Reading a progress folder: every file merged, damaged ones set aside and reported."""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from workshop.store import files
from workshop.store.records import (
    FormatError,
    FutureVersionError,
    Sessions,
    decode,
    union,
)

#: bytes of one progress file read at most (64 exercises with long answers take a few MB)
MAX_BYTES: Final = 16 * 1024 * 1024
_Key = tuple[int, int, int]  # inode, mtime in ns, size: a replaced file never keeps all three


class Vanished(Exception):
    """A file disappeared while being read: taken over by another session, or reset."""


@dataclass
class Scan:
    """What a folder held at one moment."""

    sessions: Sessions = field(default_factory=dict)
    files: list[tuple[Path, float]] = field(default_factory=list)  # readable, with mtime
    temps: list[tuple[Path, float]] = field(default_factory=list)
    data_count: int = 0  # every data file, readable or not


class FolderReader:
    """Reads every progress file in a folder; remembers files that did not change."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.problems: list[str] = []
        self._cache: dict[Path, tuple[_Key, Sessions, float]] = {}

    def read(self) -> Scan:
        """Every session in the folder (a file taken over meanwhile makes it list again)."""
        for _ in range(5):
            try:
                return self._scan(strict=True)
            except Vanished:
                continue
        return self._scan(strict=False)

    def entries(self) -> list[os.DirEntry[str]]:
        """The folder's entries (none if it does not exist)."""
        try:
            with os.scandir(self.folder) as it:
                return list(it)
        except FileNotFoundError:
            return []
        except OSError as e:
            raise files.folder_error(self.folder, "cannot be read", e) from e

    def load(self, path: Path) -> tuple[Sessions, float] | None:
        """A file's sessions and modification time; None if it is damaged or too new."""
        try:
            data, stat = files.retrying(functools.partial(_read_bytes, path))
        except FileNotFoundError:
            raise Vanished from None
        except OSError as e:
            self._set_aside(path, f"it could not be read ({e.strerror or e})")
            return None
        if len(data) > MAX_BYTES:
            self._set_aside(path, f"it is larger than {MAX_BYTES // 2**20} MB, far more than "
                                  "progress takes")
            return None
        try:
            sessions = decode(data)
        except FutureVersionError as e:
            self._report(f"{path} was written by a newer version of the workshop kit ({e}); "
                         "it was left as it is and not counted. Update the kit to see that "
                         "progress; the rest of your progress is intact.")
            return None
        except FormatError as e:
            self._set_aside(path, str(e))
            return None
        self._cache[path] = (_key(stat), sessions, stat.st_mtime)
        return sessions, stat.st_mtime

    def _scan(self, strict: bool) -> Scan:
        scan = Scan()
        for entry in self.entries():
            path = Path(entry.path)
            if files.TEMP_FILE.match(entry.name):
                scan.temps.extend((path, m) for m in _mtime(path))
            elif files.DATA_FILE.match(entry.name):
                scan.data_count += 1
                try:
                    loaded = self._cached(path) or self.load(path)
                except Vanished:
                    if strict:
                        raise
                    continue
                if loaded is not None:
                    union(scan.sessions, loaded[0])
                    scan.files.append((path, loaded[1]))
        seen = {p for p, _ in scan.files}
        self._cache = {p: v for p, v in self._cache.items() if p in seen}
        return scan

    def _cached(self, path: Path) -> tuple[Sessions, float] | None:
        hit = self._cache.get(path)
        if hit is None:
            return None
        try:
            key = _key(os.stat(path))
        except FileNotFoundError:
            raise Vanished from None
        except OSError:
            return None
        return (hit[1], hit[2]) if key == hit[0] else None

    def _set_aside(self, path: Path, reason: str) -> None:
        target = files.corrupt_name(path)
        try:
            files.retrying(functools.partial(os.rename, path, target))
        except FileNotFoundError:
            return  # another session has already dealt with it
        except OSError as e:
            self._report(f"Progress file {path} could not be used: {reason}. It could not be "
                         f"moved aside either ({e.strerror or e}), so it was left and not "
                         "counted; the rest of your progress is intact.")
            return
        if not self._restored(target):
            self._report(f"Progress file {path} could not be used: {reason}. It was moved to "
                         f"{target} and kept there; the rest of your progress is intact.")

    def _restored(self, moved: Path) -> bool:
        # The file may have been replaced by a good one between our read and the move:
        # then it is progress, not damage, and goes back among the files that count.
        try:
            decode(_read_bytes(moved)[0])
        except FutureVersionError:
            pass
        except (OSError, FormatError):
            return False
        try:
            os.rename(moved, files.claim_file(self.folder, files.new_id()))
        except OSError:
            return False
        return True

    def _report(self, problem: str) -> None:
        if problem not in self.problems:
            self.problems.append(problem)


def _read_bytes(path: Path) -> tuple[bytes, os.stat_result]:
    with open(path, "rb") as f:  # one byte more than the cap tells a file over it
        return f.read(MAX_BYTES + 1), os.fstat(f.fileno())


def _key(stat: os.stat_result) -> _Key:
    return (stat.st_ino, stat.st_mtime_ns, stat.st_size)


def _mtime(path: Path) -> list[float]:
    try:
        return [path.stat().st_mtime]
    except OSError:
        return []
