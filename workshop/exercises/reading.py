"""Reading an exercise file's bytes: a regular file inside its folder, up to a byte cap.

Everything in a course folder may come from anyone, so the reader never follows a link out of
the folder, never reads a device or waits on a pipe, and never reads more than it would accept.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Final

from workshop.errors import ExerciseError

MAX_BYTES: Final[int] = 512 * 1024
_NONBLOCK: Final[int] = getattr(os, "O_NONBLOCK", 0)


def read_bytes(path: Path, folder: Path | None = None) -> bytes:
    """Read a regular file inside ``folder`` (default: its own folder), at most MAX_BYTES.

    A link that leads out of the folder is refused before anything is opened; a device, a FIFO
    or a folder is refused from the opened file's own status, so nothing is read from it and a
    FIFO cannot block (it is opened without waiting for a writer).
    """
    try:
        _inside(path, folder if folder is not None else path.parent)
        fd = os.open(path, os.O_RDONLY | _NONBLOCK)
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise _not_a_file(path, _kind(os.fstat(fd).st_mode))
            data = _read_at_most(fd, MAX_BYTES + 1)
        finally:
            os.close(fd)
    except OSError as e:
        raise ExerciseError(
            path, None, "", f"cannot read file ({e.strerror or e})", "check the path"
        ) from None
    if len(data) > MAX_BYTES:
        raise too_big(path, f"more than {MAX_BYTES:,}")
    return data


def _read_at_most(fd: int, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while size < limit:
        chunk = os.read(fd, limit - size)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _inside(path: Path, folder: Path) -> None:
    if _plainly_inside(path, folder):
        return
    target = path.resolve()
    if not target.is_relative_to(folder.resolve()):
        raise ExerciseError(
            path, None, "", f"is a link to {str(target)[:80]!r}, outside {str(folder)[:80]!r}",
            "exercise files live in the exercises folder; copy the file in instead of linking",
        )


def _plainly_inside(path: Path, folder: Path) -> bool:
    """True if ``path`` is named under ``folder`` with no link on the way (a few lstat calls,
    where resolving both would take one for every part of both paths)."""
    prefix = os.path.join(os.fspath(folder), "")
    name = os.fspath(path)
    if not name.startswith(prefix):
        return False
    step = prefix
    for part in name[len(prefix):].split(os.sep):
        step = os.path.join(step, part)
        if part in ("", ".", "..") or os.path.islink(step):
            return False
    return True


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def _not_a_file(path: Path, kind: str) -> ExerciseError:
    return ExerciseError(path, None, "", f"is {kind}, not a regular file",
                         "an exercise file is a plain text file; replace it with one")


def too_big(path: Path | None, size: str) -> ExerciseError:
    """The error for a file of ``size`` bytes, over the cap."""
    return ExerciseError(
        path, None, "", f"file is {size} bytes",
        f"an exercise file must be under {MAX_BYTES // 1024} KiB; split it up",
    )
