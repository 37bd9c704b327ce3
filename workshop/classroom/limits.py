"""The limits on reading a class folder, and what the reader keeps per file."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Final

from workshop.wording import counted

MAX_LINE: Final = 64 * 1024  # a longer "line" is damage, not a record (one is ~300 bytes)
MAX_FILE: Final = 4 * 1024 * 1024  # bytes read of one session's file (a full day is ~100 KB)
MAX_FILES: Final = 20_000  # files read in a folder (a room of 300 makes a few per learner)
REFRESH_BYTES: Final = 8 * 1024 * 1024  # bytes read in one refresh; the rest comes next time
REFRESH_LINES: Final = 40_000  # lines parsed in one refresh (a full room answering 45: 13,500)
REPORT_ROUNDS: Final = 8  # refreshes a one-off reading (the report) makes at most
CHUNK: Final = 1024 * 1024  # bytes read at once
MAX_PROBLEMS: Final = 100  # problems listed; the rest are summed up in one line
MAX_WHY: Final = 120  # characters of a reason kept (it may quote a value from the file)
#: a symlink is not followed, a pipe does not block, Windows does not translate line ends
OPEN_FLAGS: Final = (os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
                     | getattr(os, "O_BINARY", 0))


@dataclass(slots=True)
class FileState:
    """What the reader knows of one file: how far it read, and what it had to skip."""

    inode: int
    session: str
    flags: bool  # a file of feedback flagged as wrong, not of answers
    offset: int = 0  # bytes of complete lines already counted
    end: int = 0  # where reading stops: the file's size, or MAX_FILE
    lines: int = 0
    bad: int = 0
    first_bad: str = ""
    future: int = 0
    future_note: str = ""
    off_course: int = 0
    first_off: str = ""
    partial: bool = False  # the last line has no end yet
    skipping: bool = False  # inside a line too long to keep: drop bytes up to its end
    capped: bool = False
    unreadable: str = ""


@dataclass
class Budget:
    """What is left to read in one refresh."""

    bytes: int = REFRESH_BYTES
    lines: int = REFRESH_LINES

    @property
    def spent(self) -> bool:
        """Whether nothing more may be read."""
        return self.bytes <= 0 or self.lines <= 0


def file_problems(name: str, s: FileState) -> list[str]:
    """What went wrong reading one file, one sentence each."""
    out = []
    if s.unreadable:
        out.append(f"{name} could not be read ({s.unreadable}); not counted")
    if s.bad:
        out.append(f"{name}: {counted(s.bad, 'damaged line')} skipped ({s.first_bad})")
    if s.off_course:
        out.append(f"{name}: {counted(s.off_course, 'record')} not of this course skipped "
                   f"({s.first_off})")
    if s.future:
        out.append(f"{name}: {counted(s.future, 'record')} skipped, written by a newer version "
                   f"of the kit ({s.future_note}); update the kit to count them")
    if s.capped:
        out.append(f"{name} is larger than {MAX_FILE // (1024 * 1024)} MB: only its first "
                   f"{MAX_FILE // (1024 * 1024)} MB are counted")
    if s.partial:
        out.append(f"{name}: the last line is incomplete (cut off, or being written); "
                   "not counted")
    return out
