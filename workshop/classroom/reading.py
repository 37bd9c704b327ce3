"""Reading a class folder that any learner can write: incrementally, and within bounds
(limits.py holds the bounds).

The reader remembers how far it has read each file and parses only the bytes added since,
so a refresh over a full room costs little more than listing the folder. Every byte is
untrusted: only regular files are read (a symlink is never followed out of the folder), in
chunks, with a cap per line, per file and per refresh, so a huge or sparse file costs a few
megabytes, not gigabytes. Damaged lines, records of other courses or from a newer kit and a
cut-off last line are skipped and reported, never fatal.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from workshop.classroom.course import Course
from workshop.classroom.joining import DISAGREE_FILE, PULSE_FILE
from workshop.classroom.limits import (
    CHUNK,
    MAX_FILE,
    MAX_FILES,
    MAX_LINE,
    MAX_PROBLEMS,
    MAX_WHY,
    OPEN_FLAGS,
    REPORT_ROUNDS,
    Budget,
    FileState,
    file_problems,
)
from workshop.classroom.records import (
    FutureRecordError,
    RecordError,
    decode_disagreement,
    decode_doc,
    decode_lines,
)
from workshop.classroom.tally import ClassTally
from workshop.exercises.model import Exercise
from workshop.wording import counted


class ClassReader:
    """Reads a class folder incrementally: each refresh parses only new bytes, within bounds.

    With a ``catalog``, only records of the course's own exercises, options and criteria are
    counted; anything else is a problem.
    """

    def __init__(self, folder: Path | str, catalog: Mapping[str, Exercise] | None = None) -> None:
        self.folder = Path(folder).expanduser()
        self.course = Course(catalog) if catalog else None
        self._files: dict[str, FileState] = {}
        self._tally = ClassTally()
        self._notes: list[str] = []
        #: whether the last refresh left new records for the next one
        self.more = False

    def refresh(self) -> ClassTally:
        """The counts now (the same object grows from one refresh to the next)."""
        for _ in range(3):
            listing = self._listing()
            if listing is None:
                return self._tally
            if self._read_all(listing):
                break
            self._restart()  # a file shrank, was replaced or removed: count everything again
        self._tally.files = len(self._files)
        self._tally.problems = self._problems()
        return self._tally

    def _listing(self) -> dict[str, os.DirEntry[str]] | None:
        self._notes, self.more = [], False
        try:
            with os.scandir(self.folder) as it:
                found = {e.name: e for e in it
                         if PULSE_FILE.match(e.name) or DISAGREE_FILE.match(e.name)}
        except FileNotFoundError:
            problem = f"the class folder {self.folder} does not exist (yet)"
        except OSError as e:
            problem = f"the class folder {self.folder} cannot be read ({e.strerror or e})"
        else:
            return self._regular(found)
        self._restart()
        self._tally.problems = [problem]
        return None

    def _regular(self, found: dict[str, os.DirEntry[str]]) -> dict[str, os.DirEntry[str]]:
        """Regular files only (no symlinks, folders or pipes), at most MAX_FILES of them:
        those already being read first, so a flood of new files cannot push them out."""
        out: dict[str, os.DirEntry[str]] = {}
        others = 0
        for name in sorted(found, key=lambda n: (n not in self._files, n)):
            try:
                regular = found[name].is_file(follow_symlinks=False)
            except OSError:
                regular = False
            if not regular:
                others += 1
            elif len(out) < MAX_FILES:
                out[name] = found[name]
        if others:
            self._notes.append(f"{counted(others, 'entry', 'entries')} named like records but "
                               "not regular files (symlinks, folders, pipes): not read")
        if len(found) - others > MAX_FILES:
            beyond = len(found) - others - MAX_FILES
            self._notes.append(f"{counted(beyond, 'file')} beyond the first "
                               f"{MAX_FILES}: not read")
        return out

    def _read_all(self, listing: dict[str, os.DirEntry[str]]) -> bool:
        if any(name not in listing for name in self._files):
            return False
        pending: list[tuple[str, os.DirEntry[str], FileState]] = []
        for name, entry in listing.items():
            try:
                info = entry.stat(follow_symlinks=False)
            except OSError:
                continue  # removed since the listing: the next refresh starts over
            state = self._files.get(name)
            if state is not None and (info.st_ino != state.inode or info.st_size < state.offset):
                return False
            if state is None:
                match = PULSE_FILE.match(name) or DISAGREE_FILE.match(name)
                session = match.group(1) if match else ""
                state = self._files[name] = FileState(info.st_ino, session,
                                                      flags=name.startswith("disagree-"))
            state.capped, state.end = info.st_size > MAX_FILE, min(info.st_size, MAX_FILE)
            if state.end > state.offset or state.unreadable:
                pending.append((name, entry, state))
        self._read_fairly(pending)
        return True

    def _read_fairly(self, pending: list[tuple[str, os.DirEntry[str], FileState]]) -> None:
        """Read new bytes, the least-read files first, each its share of the refresh's
        budget: one learner's huge files never keep the others' answers off the board."""
        total = Budget()
        pending.sort(key=lambda p: (p[2].offset, p[0]))
        for i, (_, entry, state) in enumerate(pending):
            left = len(pending) - i
            share = Budget(max(total.bytes // left, 2 * MAX_LINE),
                            max(total.lines // left, 1000))
            share.bytes, share.lines = min(share.bytes, total.bytes), min(share.lines, total.lines)
            before = Budget(share.bytes, share.lines)
            self._read(Path(entry.path), state, share)
            total.bytes -= before.bytes - share.bytes
            total.lines -= before.lines - share.lines
        self.more = any(s.offset < s.end and not (s.partial or s.unreadable)
                        for _, _, s in pending)
        if self.more:
            self._notes.append("more new records than one refresh reads: the rest are "
                               "counted on the next refresh")

    def _read(self, path: Path, state: FileState, budget: Budget) -> None:
        try:  # O_NOFOLLOW: a file swapped for a symlink since the listing is not followed
            fd = os.open(path, OPEN_FLAGS)
        except OSError as e:
            state.unreadable = e.strerror or str(e)
            return
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode) or info.st_ino != state.inode:
                state.unreadable = "not a regular file"
                return
            state.unreadable = ""
            end = min(info.st_size, MAX_FILE)
            while state.offset < end and not budget.spent:
                os.lseek(fd, state.offset, os.SEEK_SET)  # os.pread is not on Windows
                data = os.read(fd, min(CHUNK, end - state.offset, budget.bytes))
                budget.bytes -= len(data)
                if not data or not self._take(data, state, budget):
                    break
            state.partial = state.offset < end and not state.skipping and not budget.spent
        except OSError as e:
            state.unreadable = e.strerror or str(e)
        finally:
            os.close(fd)

    def _take(self, data: bytes, state: FileState, budget: Budget) -> bool:
        """Count the complete lines in ``data`` (read at ``state.offset``); False when there
        is none yet (the last line is still being written)."""
        start = 0
        if state.skipping:  # the rest of a line too long to keep
            start = data.find(b"\n") + 1
            state.skipping = start == 0
            if state.skipping:
                state.offset += len(data)
                return True
        end = data.rfind(b"\n", start) + 1
        if end == 0:
            state.offset += start
            if len(data) - start < MAX_LINE:
                return start > 0
            state.lines += 1
            self._bad(state, "too long, with no end")
            state.skipping = True
            state.offset += len(data) - start
            return True
        lines = data[start:end].split(b"\n")[:-1][: budget.lines]
        self._lines(lines, state)
        budget.lines -= len(lines)
        state.offset += start + sum(len(line) + 1 for line in lines)
        return True

    def _lines(self, lines: list[bytes], state: FileState) -> None:
        base = state.lines
        numbered = [(base + i, line) for i, line in enumerate(lines, 1) if line.strip()]
        kept = [(n, line) for n, line in numbered if len(line) <= MAX_LINE]
        docs = decode_lines([line for _, line in kept])
        for number, line in numbered:
            if len(line) > MAX_LINE:
                state.lines = number
                self._bad(state, "too long")
        for i, (number, line) in enumerate(kept):
            state.lines = number  # for the message if this line is damaged
            self._count(docs[i] if docs is not None else line, state)
        state.lines = base + len(lines)

    def _count(self, line: bytes | Any, state: FileState) -> None:
        try:  # a line as bytes, or already parsed as JSON
            doc = json.loads(line) if isinstance(line, bytes) else line
            found = decode_disagreement(doc) if state.flags else decode_doc(doc)
        except FutureRecordError as e:
            state.future += 1
            state.future_note = state.future_note or str(e)
            return
        except RecordError as e:
            self._bad(state, str(e))
            return
        except (ValueError, RecursionError, TypeError):  # UnicodeDecodeError is a ValueError
            self._bad(state, "not valid JSON")
            return
        session = found[0] if isinstance(found, tuple) else found.session
        if session != state.session:
            self._bad(state, "its session id is not the one in the file name")
        elif isinstance(found, tuple):
            if self._on_course(found[1].exercise, state):
                self._tally.add_disagreement(session, found[1].exercise, found[1].id)
        elif self.course is None or not self._off(self.course.off_course(found), state):
            self._tally.add(found)

    def _on_course(self, exercise: str, state: FileState) -> bool:
        if self.course is None or exercise in self.course.catalog:
            return True
        return not self._off("its exercise is not in this course", state)

    @staticmethod
    def _off(why: str, state: FileState) -> bool:
        if why:
            state.off_course += 1
            state.first_off = state.first_off or f"line {state.lines}: {why}"
        return bool(why)

    @staticmethod
    def _bad(state: FileState, why: str) -> None:
        state.bad += 1
        # the reason may quote a value from the file: keep it short
        short = why if len(why) <= MAX_WHY else why[:MAX_WHY] + "…"
        state.first_bad = state.first_bad or f"line {state.lines}: {short}"

    def _restart(self) -> None:
        self._files.clear()
        self._tally = ClassTally()

    def _problems(self) -> list[str]:
        out = list(self._notes)
        if self._tally.skipped:
            out.append(f"{counted(self._tally.skipped, 'record')} of more exercises than a "
                       "course has: "
                       "not counted")
        for name, s in sorted(self._files.items()):
            out.extend(file_problems(name, s))
        if len(out) > MAX_PROBLEMS:
            out[MAX_PROBLEMS - 1:] = [f"and {counted(len(out) - MAX_PROBLEMS + 1, 'more problem')}"]
        return out


def read_class(folder: Path | str, catalog: Mapping[str, Exercise] | None = None) -> ClassTally:
    """Count a class folder (the course's own records only, given its ``catalog``), in up to
    REPORT_ROUNDS refreshes."""
    reader = ClassReader(folder, catalog)
    tally = reader.refresh()
    for _ in range(REPORT_ROUNDS - 1):
        if not reader.more:
            break
        tally = reader.refresh()
    return tally
