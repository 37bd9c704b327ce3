"""The progress store: merging, real concurrent processes, crashes, damaged files, reset, CLI."""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import EXERCISES
from workshop.errors import WorkshopError
from workshop.exercises import load_exercises
from workshop.store import (
    ExerciseProgress,
    ProgressStore,
    SectionProgress,
    add_progress_parser,
    default_folder,
    run_progress_command,
    section_summary,
)
from workshop.store import files as progress_files
from workshop.store import store as store_module
from workshop.store.reading import FolderReader
from workshop.store.records import (
    FormatError,
    Sessions,
    combine,
    decode,
    encode,
    first_attempt,
    merged,
    totals,
    without_old_answers,
)

ROOT = Path(__file__).resolve().parent.parent
T0 = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
HOUR_AGO = time.time() - 2 * 3600

# A worker process: waits for the start signal, then records through one or more stores.
WORKER = """
import sys, time
from pathlib import Path
from workshop.store import ProgressStore
folder, go, tag = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
records, stores, compact, stale = (int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6]),
                                   float(sys.argv[7]))
deadline = time.time() + 60
while not go.exists() and time.time() < deadline:
    time.sleep(0.001)
problems = 0
for k in range(stores):
    store = ProgressStore(folder, compact_above=compact, stale_after=stale)
    for i in range(records):
        store.record(f"ex-{i % 5}", passed=i % 7 == 0, score=(i % 10) / 10,
                     answer=f"{tag} store {k} answer {i}")
    problems += len(store.problems)
print(problems)
"""

# A worker that records big answers in a loop and says after each save how many it made;
# from save number ``hang_at`` on, it stops inside the atomic write, just before the rename.
LOOPER = """
import sys, time
from workshop.store import ProgressStore, files
folder, hang_at = sys.argv[1], int(sys.argv[2])
store = ProgressStore(folder)
big = "x" * 400_000
n = 0
while True:
    if n + 1 == hang_at:
        def hang(fd):
            print("mid-write", flush=True)
            time.sleep(60)
        files.fsync_if_supported = hang
    store.record("long", passed=False, score=0.5, answer=big + str(n))
    n += 1
    print(n, flush=True)
"""


def looper(folder: Path, hang_at: int = 0) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", LOOPER, str(folder), str(hang_at)],
                            cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                            stdout=subprocess.PIPE, text=True)


@dataclass(frozen=True)
class FakeExercise:
    id: str
    section: str
    type: str = "choice"
    minutes: float = 5.0


@pytest.fixture(autouse=True)
def _progress_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Every test keeps its progress in its own folder, never the user's."""
    folder = tmp_path / "progress"
    monkeypatch.setenv("WORKSHOP_PROGRESS_DIR", str(folder))
    return folder


@pytest.fixture
def folder(_progress_dir: Path) -> Path:
    return _progress_dir


def data_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if progress_files.DATA_FILE.match(p.name))


def total_attempts(store: ProgressStore) -> int:
    return sum(p.attempts for p in store.all().values())


def progress(eid: str = "x", attempts: int = 1, best: float = 0.5, passed: bool = False,
             answer: Any = "a", last_passed: bool = False, first: int = 0,
             last: int = 0) -> ExerciseProgress:
    return ExerciseProgress(eid, attempts, best, passed, answer, last_passed,
                            T0 + timedelta(minutes=first), T0 + timedelta(minutes=last))


def make_old(*paths: Path) -> None:
    for p in paths:
        os.utime(p, (HOUR_AGO, HOUR_AGO))


def start_workers(tmp_path: Path, folder: Path, count: int, *args: int | float,
                  ) -> list[subprocess.Popen[str]]:
    go = tmp_path / "go"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, str(folder), str(go), f"w{n}",
                               *map(str, args)], cwd=ROOT, env=env, text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
             for n in range(count)]
    time.sleep(0.5)  # let every interpreter start, so that they really write at once
    go.touch()
    return procs


def finish(procs: list[subprocess.Popen[str]]) -> list[str]:
    outs = []
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        outs.append(out.strip())
    return outs


# --- recording and merging ------------------------------------------------------------
def test_record_keeps_attempts_best_score_passed_and_last_answer(folder: Path) -> None:
    store = ProgressStore()
    store.record("ask-1", passed=False, score=0.4, answer="Give me your number")
    store.record("ask-1", passed=True, score=0.9, answer=["a", "b"])
    last = store.record("ask-1", passed=False, score=0.6, answer={"hours": 24})
    assert last == store.get("ask-1")
    assert (last.attempts, last.best_score, last.passed) == (3, 0.9, True)
    assert (last.last_answer, last.last_passed) == ({"hours": 24}, False)
    assert last.first_at <= last.last_at and last.last_at.tzinfo is not None
    assert store.folder == folder and store.get("never-tried") is None


def test_file_has_format_version_and_utc_iso_times(folder: Path) -> None:
    store = ProgressStore()
    store.record("ask-1", passed=True, score=1, answer="Could I get your number?")
    [path] = data_files(folder)
    assert path == store.path and path.name.startswith("session-")
    doc = json.loads(path.read_text("utf-8"))
    assert (doc["format"], doc["version"]) == ("workshop-progress", 1)
    [entry] = [e["ask-1"] for e in doc["sessions"].values()]
    assert entry["first_at"].endswith("Z")
    assert datetime.fromisoformat(entry["last_at"]).utcoffset() == timedelta(0)


@pytest.mark.parametrize(("score", "answer", "kept_score", "kept_answer"), [
    (float("nan"), "ok", 0.0, "ok"),
    (1.7, ("a", "b"), 1.0, ["a", "b"]),
    (-2, 3.5, 0.0, 3.5),
    ("0.25", {"k": [1, None]}, 0.25, {"k": [1, None]}),
    (0.5, {1, 2}, 0.5, "{1, 2}"),
    (0.5, float("inf"), 0.5, "inf"),
    # a browser can send half of a UTF-16 pair; it cannot be written as UTF-8
    (0.5, "hi \ud800 there", 0.5, "hi \ufffd there"),
    (0.5, {"k\udfff": ["\ud83d"]}, 0.5, {"k\ufffd": ["\ufffd"]}),
    (0.5, {"\ud800"}, 0.5, r"{'\ud800'}"),  # not JSON: its repr, which escapes it
])
def test_odd_scores_and_answers_are_stored_as_plain_data(
        score: Any, answer: Any, kept_score: float, kept_answer: Any) -> None:
    result = ProgressStore().record("x", passed=False, score=score, answer=answer)
    assert (result.best_score, result.last_answer) == (kept_score, kept_answer)
    assert ProgressStore().get("x") == result


@pytest.mark.parametrize("bad_id", ["", "   ", None, 7])
def test_an_exercise_id_that_is_not_text_is_a_developer_error(bad_id: Any) -> None:
    with pytest.raises(WorkshopError, match="exercise_id must be a non-empty string"):
        ProgressStore().record(bad_id, passed=True, score=1, answer="")


def test_combine_adds_sessions_up() -> None:
    a = progress(attempts=2, best=0.4, passed=True, answer="old", last_passed=True, first=5,
                 last=10)
    b = progress(attempts=3, best=0.7, passed=False, answer="new", first=1, last=20)
    both = combine(a, b)
    assert (both.attempts, both.best_score, both.passed) == (5, 0.7, True)
    assert (both.last_answer, both.last_passed) == ("new", False)
    assert (both.first_at, both.last_at) == (b.first_at, b.last_at)
    assert combine(b, a) == both


def test_copies_of_one_session_count_once_and_the_newest_wins() -> None:
    old = {"s1": {"x": progress(attempts=2, last=1)}}
    new = {"s1": {"x": progress(attempts=3, answer="later", last=2)}}
    other = {"s2": {"x": progress(attempts=4, last=0)}}
    result = totals(merged([new, other, old, new]))["x"]
    assert (result.attempts, result.last_answer) == (7, "later")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.booleans(), st.floats(0, 1),
                          st.sampled_from(["a", "b", "c"])), min_size=1, max_size=40),
       st.data())
def test_merging_any_copies_counts_every_attempt_exactly_once(
        attempts: list[tuple[int, bool, float, str]], data: st.DataObject) -> None:
    states: Sessions = {}
    snapshots: list[Sessions] = []
    for n, (s, ok, score, eid) in enumerate(attempts):
        own = states.setdefault(f"s{s}", {})
        at, answer = T0 + timedelta(seconds=n), f"answer {n}"
        own[eid] = (first_attempt(eid, passed=ok, score=score, answer=answer, at=at)
                    if eid not in own else
                    own[eid].then(passed=ok, score=score, answer=answer, at=at))
        snapshots.append({f"s{s}": dict(own)})
    # every session's latest state is in some file; stale copies may be anywhere else too
    stale = data.draw(st.lists(st.sampled_from(snapshots), max_size=8))
    sources = data.draw(st.permutations([*stale, *({k: v} for k, v in states.items())]))
    got = totals(merged(sources))
    # a compaction writes some files' sessions with all but the latest answers dropped
    archives = [without_old_answers(merged(data.draw(st.lists(st.sampled_from(sources)))))
                for _ in range(2)]
    assert totals(merged([*archives, *sources])) == got
    for eid in {a[3] for a in attempts}:
        mine = [(n, ok, score) for n, (_, ok, score, e) in enumerate(attempts) if e == eid]
        assert got[eid].attempts == len(mine)
        assert got[eid].best_score == max(score for _, _, score in mine)
        assert got[eid].passed == any(ok for _, ok, _ in mine)
        assert got[eid].last_answer == f"answer {mine[-1][0]}"
        assert got[eid].first_at == T0 + timedelta(seconds=mine[0][0])


def test_encode_decode_round_trip() -> None:
    sessions = {"s1": {"x": progress(attempts=2, answer={"t": "é ✓"}, last=3)}}
    assert decode(encode(sessions)) == sessions


def test_two_stores_in_one_process_see_each_other(folder: Path) -> None:
    one, two = ProgressStore(), ProgressStore(folder)
    one.record("x", passed=False, score=0.2, answer="first")
    seen = two.record("x", passed=True, score=0.8, answer="second")
    assert one.get("x") == two.get("x") == seen
    assert (seen.attempts, seen.passed, seen.last_answer) == (2, True, "second")
    assert len(data_files(folder)) == 2 and one.session != two.session


def test_threads_sharing_one_store_lose_nothing() -> None:
    store = ProgressStore()

    def work(n: int) -> None:
        for i in range(40):
            store.record(f"t{n}", passed=False, score=i / 40, answer=i)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert {eid: p.attempts for eid, p in store.all().items()} == {f"t{n}": 40 for n in range(4)}


# --- real processes -------------------------------------------------------------------
def test_processes_writing_at_once_lose_no_attempt(tmp_path: Path, folder: Path) -> None:
    procs = start_workers(tmp_path, folder, 3, 300, 1, 10_000, 3600.0)
    assert finish(procs) == ["0", "0", "0"]
    store = ProgressStore()
    assert {e: p.attempts for e, p in store.all().items()} == {f"ex-{i}": 180 for i in range(5)}
    assert store.get("ex-0") is not None and store.get("ex-0").passed  # type: ignore[union-attr]
    assert store.problems == [] and len(data_files(folder)) == 3


def test_compaction_racing_between_processes_loses_nothing(tmp_path: Path, folder: Path) -> None:
    old = ProgressStore()
    for n in range(30):  # sessions of earlier days, left for the workers to fight over
        s = ProgressStore()
        for _ in range(n % 4 + 1):
            s.record(f"old-{n % 3}", passed=False, score=0.1, answer=n)
    make_old(*data_files(folder))
    before = total_attempts(old)
    # stale_after=0: every file counts as old, even live ones, so claims race constantly
    procs = start_workers(tmp_path, folder, 3, 20, 2, 3, 0.0)
    assert finish(procs) == ["0"] * 3
    store = ProgressStore()
    assert total_attempts(store) == before + 3 * 2 * 20
    assert store.all()["ex-1"].attempts == 3 * 2 * 4
    assert store.problems == [] and len(data_files(folder)) < 30


needs_sigkill = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


@needs_sigkill
def test_a_process_killed_mid_write_leaves_its_last_whole_save(folder: Path) -> None:
    with looper(folder, hang_at=4) as proc:
        assert proc.stdout is not None
        lines = [proc.stdout.readline().strip() for _ in range(4)]
        os.kill(proc.pid, signal.SIGKILL)
    assert lines == ["1", "2", "3", "mid-write"]
    [temp] = [p for p in folder.iterdir() if progress_files.TEMP_FILE.match(p.name)]
    store = ProgressStore()
    result = store.get("long")
    assert result is not None and store.problems == [] and temp.exists()
    assert (result.attempts, result.last_answer) == (3, "x" * 400_000 + "2")
    make_old(temp)
    store.record("long", passed=True, score=1, answer="done")
    assert not temp.exists() and store.get("long").attempts == 4  # type: ignore[union-attr]


@needs_sigkill
def test_processes_killed_at_random_moments_leave_only_whole_records(folder: Path) -> None:
    acked = 0
    for delay in (0.0, 0.004, 0.009, 0.013):
        with looper(folder) as proc:
            assert proc.stdout is not None
            lines = [proc.stdout.readline() for _ in range(3)]
            time.sleep(delay)
            os.kill(proc.pid, signal.SIGKILL)
            lines += proc.stdout.read().split()
        acked += int(lines[-1])
    store = ProgressStore()
    result = store.get("long")
    assert result is not None and store.problems == []
    assert acked <= result.attempts <= acked + 4  # a save can land before its "done" line
    assert len(result.last_answer) > 400_000 and result.last_answer.startswith("xxx")
    for path in data_files(folder):
        decode(path.read_bytes())  # every file is whole


def test_leftover_temporary_files_are_ignored_then_removed_once_old(folder: Path) -> None:
    store = ProgressStore()
    store.record("x", passed=True, score=1, answer="a")
    stale = folder / f".session-{'a' * 16}.json.k2j3h4.tmp"
    live = folder / f".session-{'b' * 16}.json.z9y8x7.tmp"
    stale.write_text('{"format": "workshop-progress", "vers')
    live.write_text('{"format": "workshop-pro')
    make_old(stale)
    assert ProgressStore().get("x") is not None and store.problems == []
    assert stale.exists()  # reading never deletes
    store.record("x", passed=True, score=1, answer="b")
    assert not stale.exists() and live.exists()  # a young one may be a write in progress
    assert store.problems == []


def test_a_failed_write_raises_a_clear_error_and_counts_nothing(
        monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    store = ProgressStore()

    def full(path: Path, data: bytes) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(progress_files, "write_atomic", full)
    with pytest.raises(WorkshopError, match=f"progress folder {folder}.*No space left.*"
                                            "WORKSHOP_PROGRESS_DIR"):
        store.record("x", passed=True, score=1, answer="lost")
    monkeypatch.undo()
    monkeypatch.setenv("WORKSHOP_PROGRESS_DIR", str(folder))
    assert store.record("x", passed=False, score=0, answer="kept").attempts == 1


def test_a_folder_that_cannot_be_created_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(WorkshopError, match=f"{blocker}/progress .*WORKSHOP_PROGRESS_DIR"):
        ProgressStore(blocker / "progress")


def test_a_folder_deleted_while_open_is_made_again(folder: Path) -> None:
    store = ProgressStore()
    store.record("x", passed=True, score=1, answer="a")
    for p in folder.iterdir():
        p.unlink()
    folder.rmdir()
    assert store.all() == {}
    assert store.record("x", passed=True, score=1, answer="b").attempts == 1


# --- damaged files ----------------------------------------------------------------------
GOOD = encode({"s9": {"x": progress(attempts=2)}})
DAMAGED = {
    "bad-json": b'{"format": "workshop-progress", "version": 1, "sessions": {',
    "truncated": GOOD[: len(GOOD) // 2],
    "empty": b"",
    "binary": bytes(range(256)) * 4,
    "list": b"[1, 2, 3]",
    "other-json": b'{"hello": "world"}',
    "no-version": b'{"format": "workshop-progress", "sessions": {}}',
    "sessions-list": b'{"format": "workshop-progress", "version": 1, "sessions": []}',
    "attempts-text": GOOD.replace(b'"attempts": 2', b'"attempts": "two"'),
    "attempts-zero": GOOD.replace(b'"attempts": 2', b'"attempts": 0'),
    "score-nan": GOOD.replace(b'"best_score": 0.5', b'"best_score": NaN'),
    "score-big": GOOD.replace(b'"best_score": 0.5', b'"best_score": 5'),
    "naive-time": GOOD.replace(b"Z", b""),
    "missing-field": GOOD.replace(b'"passed": false,', b""),
    "deep": b"[" * 100_000,
}


@pytest.mark.parametrize("content", DAMAGED.values(), ids=DAMAGED.keys())
def test_a_damaged_file_is_moved_aside_kept_and_reported(folder: Path, content: bytes) -> None:
    assert content != GOOD
    ProgressStore().record("x", passed=True, score=0.9, answer="mine")
    bad = folder / "session-damaged.json"
    bad.write_bytes(content)
    store = ProgressStore()
    result = store.get("x")
    assert result is not None and result.attempts == 1  # the rest still loads
    [moved] = folder.glob("session-damaged.json.corrupt-*")
    assert moved.read_bytes() == content and not bad.exists()
    [problem] = store.problems
    assert str(bad) in problem and str(moved) in problem and "intact" in problem
    store.record("x", passed=True, score=1, answer="again")
    assert moved.read_bytes() == content and store.problems == [problem]


def test_an_unreadable_file_is_moved_aside(folder: Path) -> None:
    ProgressStore().record("x", passed=True, score=0.9, answer="mine")
    (folder / "session-adir.json").mkdir()
    store = ProgressStore()
    assert store.get("x") is not None
    assert [p.name.split(".corrupt-")[0] for p in folder.glob("*.corrupt-*")] == [
        "session-adir.json"]
    assert "could not be read" in store.problems[0]


def test_a_good_file_found_damaged_by_a_race_goes_back_among_the_data(folder: Path) -> None:
    store = ProgressStore()
    store.record("x", passed=True, score=0.9, answer="mine")
    other = folder / "session-other.json"
    other.write_bytes(GOOD)
    store._reader._set_aside(other, "pretend it read badly")  # then it turned out fine
    assert not list(folder.glob("*.corrupt-*")) and store.problems == []
    assert store.get("x").attempts == 3  # type: ignore[union-attr]


def test_damage_to_the_own_file_is_repaired_by_the_next_save(folder: Path) -> None:
    writer = ProgressStore()
    for _ in range(3):
        writer.record("x", passed=False, score=0.3, answer="a")
    writer.path.write_bytes(b"\x00\x00garbage")
    reader = ProgressStore()
    assert reader.get("x") is None and len(reader.problems) == 1
    assert writer.record("x", passed=False, score=0.3, answer="b").attempts == 4


def test_a_newer_format_is_left_untouched_and_reported(folder: Path) -> None:
    future = folder / "session-future.json"
    folder.mkdir(parents=True)
    content = b'{"format": "workshop-progress", "version": 99, "sessions": "new stuff"}'
    future.write_bytes(content)
    make_old(future)
    store = ProgressStore(compact_above=0)
    store.record("x", passed=True, score=1, answer="a")
    assert future.read_bytes() == content  # not claimed, moved or overwritten
    assert store.get("x").attempts == 1  # type: ignore[union-attr]
    [problem] = store.problems
    assert str(future) in problem and "newer version" in problem and "version 99" in problem


def test_format_errors_say_what_is_wrong() -> None:
    with pytest.raises(FormatError, match="attempts 'two'"):
        decode(DAMAGED["attempts-text"])


# --- compaction -------------------------------------------------------------------------
def fill(folder: Path, sessions: int) -> int:
    for n in range(sessions):
        s = ProgressStore()
        for _ in range(n % 3 + 1):
            s.record(f"e{n % 4}", passed=n % 2 == 0, score=n / sessions, answer=n)
    make_old(*data_files(folder))
    return sum(n % 3 + 1 for n in range(sessions))


def test_compaction_merges_old_files_into_one(folder: Path) -> None:
    expected = fill(folder, 25)
    old_sessions = {sid for p in data_files(folder) for sid in decode(p.read_bytes())}
    store = ProgressStore()
    before = store.all()
    store.record("new", passed=True, score=1, answer="a")
    [merged_file] = set(data_files(folder)) - {store.path}  # the old ones, as one file
    merged_sessions = decode(merged_file.read_bytes())
    assert set(merged_sessions) == old_sessions and len(old_sessions) == 25
    answers = [(eid, p.last_answer) for ex in merged_sessions.values() for eid, p in ex.items()
               if p.last_answer is not None]  # earlier answers are dropped, the latest kept
    assert sorted(answers) == sorted((eid, p.last_answer) for eid, p in before.items())
    assert {k: v for k, v in store.all().items() if k != "new"} == before
    assert total_attempts(store) == expected + 1


def test_young_files_are_not_taken_over(folder: Path) -> None:
    fill(folder, 25)
    young = [ProgressStore() for _ in range(3)]
    for s in young:
        s.record("y", passed=False, score=0, answer="")
    store = ProgressStore()
    store.record("z", passed=False, score=0, answer="")
    assert {s.path for s in young} <= set(data_files(folder))
    assert len(data_files(folder)) == 5  # the young, the new store's, and the merged old ones


def test_few_files_are_left_alone(folder: Path) -> None:
    fill(folder, 5)
    ProgressStore().record("z", passed=False, score=0, answer="")
    assert len(data_files(folder)) == 6


def test_a_compaction_that_dies_after_claiming_loses_nothing(folder: Path) -> None:
    expected = fill(folder, 3)
    victim = data_files(folder)[0]
    claim = progress_files.claim_file(folder, "deadbeefdeadbeef")
    victim.rename(claim)  # ...and the claimant died here
    make_old(claim)
    assert total_attempts(ProgressStore()) == expected
    store = ProgressStore(compact_above=0)
    store.record("z", passed=False, score=0, answer="")
    assert len(data_files(folder)) == 2 and not list(folder.glob("claim-*"))
    assert total_attempts(store) == expected + 1


def test_a_compaction_that_dies_before_deleting_counts_once(
        monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    expected = fill(folder, 22)
    monkeypatch.setattr(store_module, "_quiet_unlink", lambda path: None)  # "dies" there
    first = ProgressStore()
    first.record("z", passed=False, score=0, answer="")
    assert len(list(folder.glob("claim-*.json"))) == 22  # claims and merged copy both exist
    assert total_attempts(ProgressStore()) == expected + 1
    monkeypatch.undo()
    monkeypatch.setenv("WORKSHOP_PROGRESS_DIR", str(folder))
    make_old(*data_files(folder))
    last = ProgressStore()
    last.record("z", passed=False, score=0, answer="")
    assert len(data_files(folder)) == 2 and not list(folder.glob("claim-*"))
    assert total_attempts(last) == expected + 2


def test_a_live_session_whose_file_was_taken_over_keeps_counting(folder: Path) -> None:
    live = ProgressStore()
    for _ in range(3):
        live.record("live", passed=False, score=0.2, answer="a")
    fill(folder, 21)  # live's file is old too now: the learner left the notebook open
    ProgressStore().record("z", passed=False, score=0, answer="")  # takes live's file over
    assert not live.path.exists()
    assert live.record("live", passed=True, score=0.9, answer="b").attempts == 4
    assert ProgressStore().get("live").attempts == 4  # type: ignore[union-attr]


def test_a_compaction_whose_own_file_is_taken_meanwhile_still_merges_its_claims(
        monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    expected = fill(folder, 22)
    store = ProgressStore()
    real, calls = FolderReader.load, []

    def load_while_taken_over(self: FolderReader, path: Path) -> Any:
        calls.extend([path] if path.name.startswith(f"claim-{store.session}-") else [])
        # another session's compaction takes our own file meanwhile
        if len(calls) == 1 and store.path.exists():
            store.path.rename(progress_files.claim_file(folder, "feedfacefeedface"))
        return real(self, path)

    monkeypatch.setattr(FolderReader, "load", load_while_taken_over)
    store.record("z", passed=False, score=0, answer="")
    monkeypatch.undo()
    assert len(calls) == 22  # every old file was claimed and merged, none left behind
    assert not list(folder.glob(f"claim-{store.session}-*"))
    assert len(data_files(folder)) == 2  # the merged old files, and the other's claim of ours
    assert total_attempts(ProgressStore(folder)) == expected + 1


def test_a_reset_during_a_compaction_brings_nothing_back(
        monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    fill(folder, 22)
    store = ProgressStore()
    real, calls = FolderReader.load, []

    def load_then_reset(self: FolderReader, path: Path) -> Any:
        loaded = real(self, path)
        calls.extend([path] if path.name.startswith(f"claim-{store.session}-") else [])
        # another notebook's reset deletes everything, our claims too
        if len(calls) == 1 and data_files(folder):
            for p in data_files(folder):
                p.unlink()
        return loaded

    monkeypatch.setattr(FolderReader, "load", load_then_reset)
    store.record("z", passed=False, score=0, answer="")
    monkeypatch.undo()
    assert len(calls) == 1 and data_files(folder) == []
    assert ProgressStore(folder).all() == {}


def test_a_copy_taken_while_the_session_saved_again_counts_once(folder: Path) -> None:
    live = ProgressStore()
    for _ in range(3):
        live.record("live", passed=False, score=0.2, answer="a")
    # a claimant copied the file just before the session's next save replaced it
    claim = progress_files.claim_file(folder, "feedfacefeedface")
    claim.write_bytes(live.path.read_bytes())
    assert live.record("live", passed=True, score=0.9, answer="b").attempts == 4
    assert ProgressStore().get("live").attempts == 4  # type: ignore[union-attr]


# --- reset ----------------------------------------------------------------------------
def test_reset_deletes_everything_and_says_how_much(folder: Path) -> None:
    store = ProgressStore()
    for eid in ("a", "b", "c"):
        store.record(eid, passed=True, score=1, answer="secret")
    other = ProgressStore()
    other.record("a", passed=False, score=0, answer="secret")
    (folder / "session-bad.json").write_bytes(b"garbage")
    (folder / ".session-x.json.abc.tmp").write_bytes(b"{")
    (folder / "notes.txt").write_text("not ours")
    assert store.reset() == 3
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]
    assert store.all() == {} and store.problems == []
    assert other.record("a", passed=True, score=1, answer="x").attempts == 1  # no comeback
    assert store.record("b", passed=True, score=1, answer="x").attempts == 1
    assert store.reset() == 2


def test_reset_of_an_empty_or_missing_folder(folder: Path) -> None:
    store = ProgressStore()
    folder.rmdir()
    assert store.reset() == 0


def test_reset_tolerates_files_vanishing_meanwhile(
        monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    for _ in range(3):
        ProgressStore().record("a", passed=True, score=1, answer="")
    store = ProgressStore()
    real, calls = FolderReader.entries, []

    def entries_then_vanish(self: FolderReader) -> list[os.DirEntry[str]]:
        listed = real(self)
        calls.append(len(listed))
        if len(calls) == 2:  # between reset's listing and its deletions...
            for e in listed[:2]:  # ...another session's reset got there first
                Path(e.path).unlink()
        return listed

    monkeypatch.setattr(FolderReader, "entries", entries_then_vanish)
    assert store.reset() == 1
    assert calls == [3, 3] and data_files(folder) == [] and store.problems == []


# --- where progress lives -----------------------------------------------------------------
@pytest.fixture
def home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    monkeypatch.delenv("WORKSHOP_PROGRESS_DIR")
    for name in ("APPDATA", "XDG_DATA_HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    yield tmp_path / "home"


@pytest.mark.parametrize(("platform", "env", "expected"), [
    ("linux", {}, ".local/share/workshop-kit"),
    ("linux", {"XDG_DATA_HOME": "/data/me"}, "/data/me/workshop-kit"),
    ("linux", {"XDG_DATA_HOME": "relative/ignored"}, ".local/share/workshop-kit"),
    ("freebsd13", {}, ".local/share/workshop-kit"),
    ("darwin", {}, "Library/Application Support/workshop-kit"),
    ("win32", {"APPDATA": "/c/Users/me/AppData/Roaming"},
     "/c/Users/me/AppData/Roaming/workshop-kit"),
    ("win32", {}, "AppData/Roaming/workshop-kit"),
    ("emscripten", {}, ".local/share/workshop-kit"),  # no /drive: a plain Pyodide
    ("linux", {"WORKSHOP_PROGRESS_DIR": "~/my-progress"}, "my-progress"),
    ("win32", {"WORKSHOP_PROGRESS_DIR": "/shared/p", "APPDATA": "/x"}, "/shared/p"),
])
def test_default_folder_on_each_platform(monkeypatch: pytest.MonkeyPatch, home: Path,
                                         platform: str, env: dict[str, str],
                                         expected: str) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert default_folder() == home / expected


def test_default_folder_in_jupyterlite_is_the_persisted_drive(
        monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
    monkeypatch.setattr(sys, "platform", "emscripten")
    real = Path.is_dir
    monkeypatch.setattr(Path, "is_dir", lambda self: str(self) == "/drive" or real(self))
    assert default_folder() == Path("/drive/workshop-progress")


def test_the_store_uses_the_default_folder(folder: Path) -> None:
    assert ProgressStore().folder == default_folder() == folder


def test_importing_the_store_needs_no_widgets_or_network() -> None:
    code = ("import sys, workshop.store; "
            "print(sorted({'ipywidgets', 'socket', 'http.client'} & set(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.stdout.strip() == "[]"


# --- section summary ------------------------------------------------------------------
EXERCISE_LIST = [
    FakeExercise("ask-a", "01-the-art-of-asking", minutes=5),
    FakeExercise("ask-b", "01-the-art-of-asking", minutes=10),
    FakeExercise("plan", "06-final-thoughts", "reflect", 8),
    FakeExercise("plan-empty", "06-final-thoughts", "reflect", 2),
    FakeExercise("reply-a", "02-the-graceful-response", minutes=4),
]


def test_section_summary_counts_done_attempted_and_minutes() -> None:
    store = ProgressStore()
    store.record("ask-a", passed=False, score=0.2, answer="x")
    store.record("ask-a", passed=True, score=1, answer="y")
    store.record("ask-b", passed=False, score=0.5, answer="z")
    store.record("plan", passed=False, score=0, answer="I will ask with an easy out.")
    store.record("plan-empty", passed=False, score=0, answer="   ")
    store.record("not-in-the-list", passed=True, score=1, answer="")
    assert section_summary(store, EXERCISE_LIST) == [
        SectionProgress("01-the-art-of-asking", 1, 2, 2, 5, 15),
        SectionProgress("02-the-graceful-response", 0, 0, 1, 0, 4),
        SectionProgress("06-final-thoughts", 1, 2, 2, 8, 10),
    ]


def test_section_summary_of_the_real_catalog() -> None:
    catalog = load_exercises(EXERCISES)
    store = ProgressStore()
    first = next(iter(catalog.values()))
    store.record(first.id, passed=True, score=1, answer="x")
    rows = section_summary(store, catalog)  # a catalog maps ids to exercises
    assert sum(r.total for r in rows) == len(catalog)
    assert [r.done for r in rows if r.section == first.section] == [1]
    assert not any(r.complete for r in rows if r.total > 1)


# --- command line ---------------------------------------------------------------------
def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="workshop")
    add_progress_parser(parser.add_subparsers(dest="command"))
    return parser.parse_args(["progress", *argv])


def test_cli_options() -> None:
    assert vars(parse()) == {"command": "progress", "json": False, "reset": False, "dir": None}
    args = parse("--json", "--reset", "--dir", "some/where")
    assert (args.json, args.reset, args.dir) == (True, True, Path("some/where"))


def test_cli_prints_a_table_per_section(capsys: pytest.CaptureFixture[str],
                                        folder: Path) -> None:
    ProgressStore().record("ask-a", passed=True, score=1, answer="x")
    assert run_progress_command(parse(), EXERCISE_LIST) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines[0] == f"progress saved in {folder}" and err == ""
    assert lines[2].split() == ["section", "done", "attempted", "total", "minutes", "done"]
    assert lines[3].split() == ["01-the-art-of-asking", "1", "1", "2", "5", "of", "15"]
    assert lines[-1].split() == ["all", "sections", "1", "1", "5", "5", "of", "29"]


def test_cli_json_without_answers(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    other = tmp_path / "elsewhere"
    ProgressStore(other).record("plan", passed=True, score=1, answer="private words")
    assert run_progress_command(parse("--json", "--dir", str(other)), EXERCISE_LIST) == 0
    out, _ = capsys.readouterr()
    doc = json.loads(out)
    assert doc["folder"] == str(other) and "private words" not in out
    assert doc["total"] == {"section": "all sections", "done": 1, "attempted": 1, "total": 5,
                            "minutes_done": 8, "minutes_total": 29}
    assert doc["exercises"]["plan"]["attempts"] == 1
    assert [s["section"] for s in doc["sections"]] == [
        "01-the-art-of-asking", "02-the-graceful-response", "06-final-thoughts"]


def test_cli_reset(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    for eid in ("ask-a", "ask-b"):
        ProgressStore().record(eid, passed=True, score=1, answer="x")
    assert run_progress_command(parse("--reset"), EXERCISE_LIST) == 0
    out, _ = capsys.readouterr()
    assert out == f"cleared the progress of 2 exercises in {folder}\n"
    assert data_files(folder) == []
    assert run_progress_command(parse("--reset", "--json"), EXERCISE_LIST) == 0
    assert json.loads(capsys.readouterr().out) == {"folder": str(folder), "cleared": 0}


def test_cli_reports_damaged_files_on_stderr(capsys: pytest.CaptureFixture[str],
                                             folder: Path) -> None:
    ProgressStore().record("ask-a", passed=True, score=1, answer="x")
    (folder / "session-broken.json").write_bytes(b"{nope")
    assert run_progress_command(parse(), EXERCISE_LIST) == 0
    out, err = capsys.readouterr()
    assert "01-the-art-of-asking" in out
    assert err.startswith("workshop progress: Progress file ") and "moved to" in err


def test_cli_folder_error_is_one_clear_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(WorkshopError, match="WORKSHOP_PROGRESS_DIR") as info:
        run_progress_command(parse("--dir", str(blocker)), EXERCISE_LIST)
    assert "\n" not in str(info.value)


# --- times outside the calendar, odd text, a folder that cannot be written ------------------
def entry_at(first_at: str, last_at: str = "2025-03-01T09:30:00Z") -> bytes:
    """A progress file of one entry whose times are as given."""
    entry = {"attempts": 1, "best_score": 1, "passed": True, "last_answer": "x",
             "last_passed": True, "first_at": first_at, "last_at": last_at}
    return json.dumps({"format": "workshop-progress", "version": 1,
                       "sessions": {"s1": {"ask-a": entry}}}).encode()


@pytest.mark.parametrize("when", [
    "0001-01-01T00:00:00+01:00",  # before year 1 once in UTC
    "9999-12-31T23:59:59-01:00",  # after year 9999 once in UTC
    "2025-13-01T00:00:00Z", "2025-03-01T09:30:00", "yesterday", "", "x" * 10_000,
])
def test_a_time_outside_the_calendar_is_damage_set_aside(folder: Path, when: str,
                                                          capsys: pytest.CaptureFixture[str]
                                                          ) -> None:
    store = ProgressStore()
    store.record("ask-b", passed=True, score=1, answer="kept")
    (folder / "session-odd.json").write_bytes(entry_at(when))
    assert set(store.all()) == {"ask-b"}
    [problem] = store.problems
    assert "moved to" in problem and len(problem) < 600
    assert list(folder.glob("session-odd.json.corrupt-*"))
    assert run_progress_command(parse(), EXERCISE_LIST) == 0
    assert "01-the-art-of-asking" in capsys.readouterr().out


@pytest.mark.parametrize("answer", [
    "half an emoji \ud83d", "\udcff\udcfe", "👋🏽 \x00 \u202e tail", ["\ud800", {"k": "\udfff"}],
])
def test_any_unicode_in_an_answer_is_saved(folder: Path, answer: Any) -> None:
    store = ProgressStore()
    saved = store.record("ask-a", passed=False, score=0.5, answer=answer)
    again = ProgressStore().get("ask-a")
    assert saved.attempts == 1 and again is not None and again.attempts == 1
    assert "\ufffd" in json.dumps(again.last_answer, ensure_ascii=False) or "👋🏽" in str(
        again.last_answer)


@pytest.fixture
def read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every write to a progress folder fails as on a read-only file system (the tests may
    run as root, for whom a folder's mode bits are no barrier)."""
    import errno

    def refuse(*_: Any, **__: Any) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(progress_files, "make_writable_folder", refuse)
    monkeypatch.setattr(progress_files, "write_atomic", refuse)


def test_a_read_only_folder_still_shows_what_is_saved(folder: Path, read_only: None,
                                                      capsys: pytest.CaptureFixture[str]
                                                      ) -> None:
    folder.mkdir(parents=True)
    (folder / "session-old.json").write_bytes(entry_at("2025-03-01T09:00:00Z"))
    store = ProgressStore()
    assert not store.writable and set(store.all()) == {"ask-a"}
    assert "new answers are not saved" in store.problems[0]
    with pytest.raises(WorkshopError, match="cannot be written"):
        store.record("ask-b", passed=True, score=1, answer="x")
    assert run_progress_command(parse(), EXERCISE_LIST) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[3].split()[:3] == ["01-the-art-of-asking", "1", "1"]
    assert "new answers are not saved" in err


def test_a_missing_folder_that_cannot_be_made_is_still_an_error(folder: Path,
                                                                read_only: None) -> None:
    with pytest.raises(WorkshopError, match="WORKSHOP_PROGRESS_DIR"):
        ProgressStore()


def test_a_read_only_folder_in_a_notebook(folder: Path, read_only: None) -> None:
    from workshop import display

    folder.mkdir(parents=True)
    (folder / "session-old.json").write_bytes(entry_at("2025-03-01T09:00:00Z"))
    display._store.cache_clear()  # the store of this test's folder, and no other
    try:
        view = display.show("ask-with-a-reason")
        page = display.progress().value
    finally:
        display._store.cache_clear()
    assert "new answers are not saved" in page
    view.answer.value = "Could I get your number to keep talking about climbing? No pressure."
    feedback = view.check.click() or view.last_feedback
    assert feedback is not None and "not saved" in view.status.value


def test_lone_surrogates_read_from_a_file_are_written_back_as_text(
        folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder.mkdir(parents=True)
    odd = entry_at("2025-03-01T09:00:00Z").replace(b'"s1"', b'"s\\udcff"').replace(
        b'"x"', b'"\\ud83d"')
    for n in range(3):
        name = folder / f"session-old{n}.json"
        name.write_bytes(odd.replace(b"s\\udcff", f"s{n}\\udcff".encode()))
        os.utime(name, (0, 0))
    store = ProgressStore(compact_above=1, stale_after=0)
    store.record("ask-b", passed=True, score=1, answer="x")  # compacts the old files
    assert not list(folder.glob("session-old*.json")) and store.problems == []
    assert store.get("ask-a") is not None and store.get("ask-a").attempts == 3
    assert run_progress_command(parse("--json"), EXERCISE_LIST) == 0
    assert json.loads(capsys.readouterr().out)["exercises"]["ask-a"]["attempts"] == 3
