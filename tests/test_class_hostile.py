"""A class folder written by a hostile learner: the board and the report still build, within
bounds, drawing nothing from outside the course and counting nothing from outside the folder.

Each case is a folder holding three honest learners plus what one hostile learner wrote (the
cases of issue 17, and more). The board and the report are built in a child process, whose
peak memory is measured. Big files are sparse (made with truncate), so they cost no disk.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import EXERCISES, ROOT
from workshop import check_answer
from workshop.classroom import ClassFolder
from workshop.classroom.redact import PHONE
from workshop.exercises import load_exercises
from workshop.store.records import encode

CATALOG = load_exercises(EXERCISES)
CHOICE = CATALOG["unsure-reply-choice"]
REWRITE = CATALOG["ask-with-a-reason"]
TEXT = [e for e in CATALOG.values() if e.type == "rewrite"][:10]
WORDS = "Sam-in-row-3-is-a-creep"
MAX_MB = 300
MAX_REPORT = 3 * 1024 * 1024
GIB = 1024 ** 3


def session(n: int) -> str:
    """The n-th made-up session id."""
    return f"{n:016x}"


def line(sid: str, **fields: Any) -> bytes:
    """A record line of session ``sid``, well formed unless ``fields`` say otherwise."""
    doc = {"v": 1, "session": sid, "exercise": CHOICE.id, "type": "choice",
           "at": "2026-01-01T10:00:00Z", "passed": True, "score": 1.0,
           "chosen": [CHOICE.body.options[0].id], "criteria": {}, **fields}
    return json.dumps(doc).encode() + b"\n"


def pulse(folder: Path, n: int) -> Path:
    """The file of made-up session ``n``."""
    return folder / f"pulse-{session(n)}.jsonl"


def sparse(path: Path, size: int, head: bytes = b"", tail: bytes = b"\n") -> None:
    """A file of ``size`` bytes: ``head``, a hole (no disk), ``tail``."""
    with open(path, "wb") as f:
        f.write(head)
        f.truncate(size - len(tail))
        f.seek(size - len(tail))
        f.write(tail)


# --- the cases: each writes what one hostile learner could --------------------------------
def unhashable(folder: Path) -> None:
    pulse(folder, 1).write_bytes(b"".join([
        line(session(1), exercise=["a", "b"]), line(session(1), exercise={"a": 1}),
        line(session(1), type=["choice"]), line(session(1), type={"t": 1}),
        line(session(1), chosen=[["x"]]), line(session(1), chosen=[{"x": 1}]),
        line(session(1), criteria={"a": [1]}), line(session(1), criteria=[["a", True]]),
    ]))


def wrong_shapes(folder: Path) -> None:
    odd: list[Any] = [None, 1, "x", [], {}, 1e308, -1, True, "\udcff", [None] * 50]
    lines = [line(session(1), **{key: value})
             for key in ("v", "session", "exercise", "type", "at", "passed", "score",
                         "chosen", "criteria", "shared") for value in odd]
    lines += [b"[1,2]\n", b"null\n", b'"text"\n', b"1,2\n", b"\x00\xff\xfe\n",
              b"[" * 60_000 + b"\n", b'{"v": 1' + b"0" * 5000 + b"}\n",
              b'{"v": 1, "score": 1e999}\n', b"\n" * 1000]
    pulse(folder, 1).write_bytes(b"".join(lines))
    (folder / f"disagree-{session(1)}.jsonl").write_bytes(b"".join(
        line(session(1), exercise=value, id=value, text=value) for value in odd))


def sparse_gib(folder: Path) -> None:
    sparse(pulse(folder, 1), GIB)


def valid_records_300mb(folder: Path) -> None:
    one = line(session(1))
    sparse(pulse(folder, 1), 300 * 1024 * 1024, head=one * (5 * 1024 * 1024 // len(one)))


def many_big_files(folder: Path) -> None:
    one = line(session(1))
    first = pulse(folder, 1)
    first.write_bytes(one * (4 * 1024 * 1024 // len(one)))
    for n in range(2, 60):  # the same bytes under 58 more names: no disk, 240 MB to read
        os.link(first, pulse(folder, n))


def many_files(folder: Path) -> None:
    for n in range(1, 12_001):
        pulse(folder, n).touch()


def options_300k(folder: Path) -> None:
    made_up = [f"{WORDS}-{i}" for i in range(300_000)]
    pulse(folder, 1).write_bytes(b"".join(
        line(session(1), chosen=made_up[i:i + 100]) for i in range(0, len(made_up), 100)))


def exercises_100k(folder: Path) -> None:
    for n in range(1, 11):
        pulse(folder, n).write_bytes(b"".join(
            line(session(n), exercise=f"{WORDS}-{n}-{i}") for i in range(10_000)))


def words_on_screen(folder: Path) -> None:
    pulse(folder, 1).write_bytes(b"".join([
        line(session(1), exercise=WORDS), line(session(1), chosen=[WORDS]),
        line(session(1), type=WORDS), line(session(1), criteria={WORDS: False}),
        line(session(1), exercise=REWRITE.id, type="rewrite", chosen=[],
             criteria={WORDS: False, "question": False}),
    ]))


def shared_20mb(folder: Path) -> None:
    big = "<&\"😀" * (5 * 1024 * 1024)
    pulse(folder, 1).write_bytes(line(session(1), exercise=REWRITE.id, type="rewrite",
                                      chosen=[], criteria={}, shared=big))
    for n in range(2, 80):  # many learners sharing long, escape-heavy answers everywhere
        pulse(folder, n).write_bytes(b"".join(
            line(session(n), exercise=e.id, type="rewrite", chosen=[], criteria={},
                 shared="<&\"😀" * 1500) for e in TEXT))


def hand_typed_contact(folder: Path) -> None:
    pulse(folder, 1).write_bytes(line(
        session(1), exercise=REWRITE.id, type="rewrite", chosen=[], criteria={},
        shared="call me on 07700 900123 or sam@example.com, insta @sam_climbs"))


def lone_surrogate(folder: Path) -> None:
    pulse(folder, 1).write_bytes(line(session(1), exercise=REWRITE.id, type="rewrite",
                                      chosen=[], criteria={}, shared="\udcff half \ud83d"))


def symlinks(folder: Path) -> None:
    outside = folder.parent / "outside"
    outside.mkdir()
    (outside / "records.jsonl").write_bytes(line(session(1)) * 50)
    sparse(outside / "huge.jsonl", GIB)
    pulse(folder, 1).symlink_to(outside / "records.jsonl")
    pulse(folder, 2).symlink_to(outside / "huge.jsonl")
    pulse(folder, 3).symlink_to("/dev/zero")
    pulse(folder, 4).mkdir()
    os.mkfifo(pulse(folder, 5))
    (folder / f"disagree-{session(6)}.jsonl").symlink_to(outside / "records.jsonl")


CASES: dict[str, Callable[[Path], None]] = {
    "a list or a map where an id goes": unhashable,
    "every field of the wrong type": wrong_shapes,
    "a 1 GiB sparse file": sparse_gib,
    "valid records, 300 MB": valid_records_300mb,
    "59 files of 4 MB of records": many_big_files,
    "12,000 files": many_files,
    "300,000 option ids": options_300k,
    "100,000 exercise ids": exercises_100k,
    "words put on the screen": words_on_screen,
    "shared answers of 20 MB and many long ones": shared_20mb,
    "contact details typed into the file": hand_typed_contact,
    "a lone surrogate": lone_surrogate,
    "symlinks, a folder and a pipe": symlinks,
}


def honest(folder: Path) -> set[str]:
    """Three learners answering as the kit does; their session ids."""
    rooms = [ClassFolder(folder) for _ in range(3)]
    for room in rooms:
        room.record(CHOICE, check_answer(CHOICE, [CHOICE.body.options[0].id]),
                    [CHOICE.body.options[0].id])
        answer = "Could I get your number to keep talking about climbing? No pressure."
        room.record(REWRITE, check_answer(REWRITE, answer), answer, share=True)
    return {room.session for room in rooms}


def probe(*args: str) -> dict[str, Any]:
    """Run tests/class_probe.py in a child process; its JSON output."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, str(ROOT / "tests" / "class_probe.py"), *args],
                          capture_output=True, text=True, env=env, timeout=300, check=False)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr[-3000:]
    result: dict[str, Any] = json.loads(done.stdout)
    return result


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_a_hostile_class_folder(tmp_path: Path, case: Callable[[Path], None]) -> None:
    folder = tmp_path / "class"
    folder.mkdir()
    sessions = honest(folder)
    case(folder)
    got = probe(str(folder), str(tmp_path / "report.html"))
    assert got["code"] == 0 and "Traceback" not in got["stderr"]
    assert got["peak_mb"] < MAX_MB, f"peak memory {got['peak_mb']:.0f} MB"
    assert 0 < got["report_bytes"] < MAX_REPORT and got["board_bytes"] < MAX_REPORT
    assert set(got["drawn"]) <= set(got["course"]) and got["drawn"]
    for page in (got["board"], got["report"]):
        assert WORDS not in page
        assert "07700" not in page and "sam@example.com" not in page
        assert "sam_climbs" not in page
    # the honest learners are all counted; nothing from outside the folder is
    assert sessions <= set(got["sessions"])
    if case is symlinks:
        assert got["records"] == 6 and set(got["sessions"]) == sessions
        assert any("not regular files" in p for p in got["problems"])


def test_contact_details_typed_into_the_file_are_removed_on_reading(tmp_path: Path) -> None:
    folder = tmp_path / "class"
    folder.mkdir()
    honest(folder)
    hand_typed_contact(folder)
    got = probe(str(folder), str(tmp_path / "report.html"))
    assert PHONE in got["report"] and "[e-mail removed]" in got["report"]


def test_records_past_the_caps_are_counted_on_later_refreshes(tmp_path: Path) -> None:
    from workshop.classroom import ClassReader
    from workshop.classroom.limits import MAX_FILE, REFRESH_BYTES

    folder = tmp_path / "class"
    folder.mkdir()
    one = line(session(1))
    pulse(folder, 1).write_bytes(one * (MAX_FILE // len(one) + 10))
    reader = ClassReader(folder, CATALOG)
    first = reader.refresh()
    assert first.records == MAX_FILE // len(one)
    assert any("larger than 4 MB" in p for p in first.problems)
    for n in range(2, 2 + 2 * REFRESH_BYTES // MAX_FILE):
        os.link(pulse(folder, 1), pulse(folder, n))
    later = reader.refresh()
    assert any("on the next refresh" in p for p in later.problems)


def test_a_damaged_progress_folder_is_still_shown(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from workshop.store.records import first_attempt

    folder = tmp_path / "progress"
    folder.mkdir()
    at = datetime(2026, 1, 1, tzinfo=UTC)
    good = first_attempt("ask-with-a-reason", passed=True, score=1, answer="\ufffd", at=at)
    (folder / "session-good.json").write_bytes(encode({"s1": {good.id: good}}))
    (folder / "session-old.json").write_bytes(encode({"s2": {good.id: good}}).replace(
        b"2026-01-01T00:00:00.000000Z", b"0001-01-01T00:00:00+01:00"))
    sparse(folder / "session-huge.json", GIB)
    got = probe("--progress", str(folder))
    assert got["code"] == 0 and got["peak_mb"] < MAX_MB, got
    assert "01-the-art-of-asking" in got["stdout"] and "moved to" in got["stderr"]
    assert "1 of 15 done" in got["page"]


def test_a_report_reads_on_until_everything_is_counted(tmp_path: Path) -> None:
    from workshop.classroom import read_class
    from workshop.classroom.limits import REFRESH_LINES

    folder = tmp_path / "class"
    folder.mkdir()
    for n in range(1, 4):  # more lines than one refresh parses
        pulse(folder, n).write_bytes(line(session(n)) * (REFRESH_LINES // 2))
    tally = read_class(folder, CATALOG)
    assert tally.records == 3 * (REFRESH_LINES // 2) and tally.problems == []


HALF_EMOJI = "Hi \ud83d there \udcff, could I get your number to climb again? No pressure 👋🏽"


@pytest.mark.parametrize("exercise", [e for e in CATALOG.values()
                                      if e.type in ("rewrite", "reflect")][:10],
                         ids=lambda e: e.id)
def test_an_answer_with_lone_surrogates_is_checked_saved_and_shared(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, exercise: Any) -> None:
    from workshop.classroom import joining, read_class
    from workshop.classroom.render import report_html
    from workshop.store import ProgressStore
    from workshop.widgets import view_for

    for name, value in (("_joined", None), ("_from_env", None), ("_problem", "")):
        monkeypatch.setattr(joining, name, value)
    joining.join_class(tmp_path / "class")
    store = ProgressStore(tmp_path / "progress")
    view = view_for(exercise, store)
    view.pulse.share.value = True
    view.answer.value = HALF_EMOJI
    view.check.click()
    assert view.last_feedback is not None
    saved = ProgressStore(tmp_path / "progress").get(exercise.id)
    assert saved is not None and saved.attempts == 1
    tally = read_class(tmp_path / "class", CATALOG)
    assert tally.records == 1 and tally.problems == []
    page = report_html(tally, CATALOG, "class", "now")
    page.encode("utf-8")  # writable as it is: no lone surrogate left
    assert "\ufffd there \ufffd" in page


def test_every_example_answer_makes_a_record_of_the_course() -> None:
    from workshop.classroom.course import Course
    from workshop.classroom.records import make_record

    course = Course(CATALOG)
    off = [(e.id, why) for e in CATALOG.values() for x in e.examples or ()
           if (why := course.off_course(make_record(session(1), e, check_answer(e, x.answer),
                                                    x.answer)))]
    assert off == []
