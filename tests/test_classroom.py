"""The class pulse end to end: joining, records, views, tallies, the board and the report."""

from __future__ import annotations

import getpass
import json
import multiprocessing
import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import EXERCISES
from workshop import check_answer
from workshop.classroom import (
    ENV_CLASS,
    ClassFolder,
    ClassReader,
    current_class,
    join_class,
    joining,
    leave_class,
    read_class,
    reading,
)
from workshop.classroom.joining import append_line
from workshop.classroom.records import decode_line, encode_line, make_record
from workshop.classroom.redact import PHONE
from workshop.classroom.render import board_html
from workshop.cli import main
from workshop.errors import WorkshopError
from workshop.exercises import Exercise, load_exercises
from workshop.widgets import view_for
from workshop.widgets.board import SETUP_HELP, ClassBoard, class_board

CATALOG = load_exercises(EXERCISES)
CHOICE = CATALOG["unsure-reply-choice"]
REWRITE = CATALOG["rewrite-the-demand"]
REFLECT = CATALOG["personal-plan"]
RANGE = CATALOG["follow-up-timing"]
SCENARIO = CATALOG["climbing-gym-scenario"]
CLASSIFY = CATALOG["read-the-room-cues"]
CONVERSATION = CATALOG["board-game-cafe-conversation"]
GOOD_TALK = next(x for x in CONVERSATION.examples if x.passes)
RIGHT = next(o.id for o in CHOICE.body.options if o.correct)  # type: ignore[union-attr]
WRONG = [o.id for o in CHOICE.body.options if not o.correct]  # type: ignore[union-attr]
GOOD_ASK = ("I loved chatting about the new bouldering route. Could I get your number to plan "
            "a climb sometime? No pressure at all if you'd rather not.")
BAD_ASK = "Give me your number."


@pytest.fixture(autouse=True)
def _no_class(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test starts outside any class, whatever the environment says."""
    monkeypatch.delenv(ENV_CLASS, raising=False)
    monkeypatch.setattr(joining, "_joined", None)
    monkeypatch.setattr(joining, "_from_env", None)
    monkeypatch.setattr(joining, "_problem", "")


def example(exercise: Exercise, passes: bool = True) -> Any:
    """An answer from the exercise's own self-tests with the given verdict."""
    return next(x.answer for x in exercise.examples if x.passes == passes)


def answer(room: ClassFolder, exercise: Exercise, reply: Any, share: bool = False) -> None:
    """Check ``reply`` and send its record, as the view does."""
    room.record(exercise, check_answer(exercise, reply), reply, share=share)


def lines(folder: Path) -> list[dict[str, Any]]:
    """Every record in the folder, as JSON."""
    return [json.loads(line) for p in sorted(folder.glob("pulse-*.jsonl"))
            for line in p.read_text("utf-8").splitlines() if line.strip()]


# --- joining --------------------------------------------------------------------------------
def test_join_creates_the_folder_and_a_random_anonymous_session(tmp_path: Path) -> None:
    folder = tmp_path / "class" / "today"
    room = join_class(folder)
    assert folder.is_dir() and current_class() is room
    assert re.fullmatch(r"[0-9a-f]{16}", room.session)
    assert join_class(folder).session != room.session  # a fresh id for each join
    answer(room, CHOICE, RIGHT)
    data = room.path.read_text("utf-8")
    assert room.path.name == f"pulse-{room.session}.jsonl"
    for personal in {getpass.getuser(), socket.gethostname()} - {"", "root"}:
        assert personal not in data and personal not in room.path.name


@pytest.mark.parametrize(("make", "message"), [
    (lambda p: p.joinpath("a-file").write_text("x") and p / "a-file", "is a file, not a folder"),
    (lambda p: p.joinpath("f").write_text("x") and p / "f" / "sub", "cannot be created or written"),
])
def test_join_refuses_an_unusable_folder(tmp_path: Path, make: Any, message: str) -> None:
    with pytest.raises(WorkshopError, match=message):
        join_class(make(tmp_path))
    assert current_class() is None


def test_join_without_a_folder_says_how() -> None:
    with pytest.raises(WorkshopError, match=ENV_CLASS):
        join_class()
    with pytest.raises(WorkshopError, match="empty"):
        join_class("  ")


def test_the_environment_variable_joins_on_first_use(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_CLASS, str(tmp_path / "hub-class"))
    room = current_class()
    assert room is not None and room.folder == tmp_path / "hub-class"
    assert current_class() is room
    assert join_class().folder == tmp_path / "hub-class"


def test_the_class_pulse_core_needs_no_widgets(tmp_path: Path) -> None:
    code = ("import sys, workshop, workshop.classroom as c;"
            f"room = workshop.join_class({str(tmp_path)!r});"
            "c.read_class(room.folder);"
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'ipywidgets', 'IPython'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_leaving_stops_sending_even_with_the_environment_set(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_CLASS, str(tmp_path))
    assert current_class() is not None
    leave_class()
    assert current_class() is None
    view = view_for(CHOICE)
    view.select(RIGHT)  # type: ignore[attr-defined]
    view.submit()
    assert view.pulse.last_record is None and lines(tmp_path) == []


# --- records --------------------------------------------------------------------------------
@pytest.mark.parametrize(("exercise", "reply", "chosen"), [
    (CHOICE, WRONG[0], (WRONG[0],)),
    (RANGE, 24, ("0-48",)),
    (SCENARIO, example(SCENARIO), (example(SCENARIO)[-1],)),
    (CONVERSATION, GOOD_TALK.answer, (GOOD_TALK.ending,)),
    (CLASSIFY, example(CLASSIFY), ()),
    (REWRITE, GOOD_ASK, ()),
    (REFLECT, example(REFLECT), ()),
])
def test_a_record_holds_choices_and_criteria_never_free_text(
        tmp_path: Path, exercise: Exercise, reply: Any, chosen: tuple[str, ...]) -> None:
    room = join_class(tmp_path)
    feedback = check_answer(exercise, reply)
    record = room.record(exercise, feedback, reply)
    assert record.chosen == chosen
    assert record.criteria == tuple((c.id, c.passed) for c in feedback.criteria)
    assert (record.exercise, record.type, record.passed) == (exercise.id, exercise.type,
                                                             feedback.passed)
    assert record.shared is None
    assert decode_line(room.path.read_bytes()) == record
    if exercise.type in ("rewrite", "reflect"):
        assert reply[:20] not in room.path.read_text("utf-8")
    if exercise.type == "conversation":  # the ending and each turn's verdict, never a line
        assert record.criteria == tuple((t.node, t.feedback.passed)
                                        for t in feedback.details["turns"])  # type: ignore[attr-defined]
        assert not any(line[:20] in room.path.read_text("utf-8") for line in reply)


def test_a_conversation_is_never_shared_and_the_board_counts_its_endings(tmp_path: Path) -> None:
    join_class(tmp_path)
    view = view_for(CONVERSATION)
    assert view.pulse.share not in view.pulse.row.children  # lines stay on this computer
    for line in ("Give me your number before you go.", None, *GOOD_TALK.answer):
        if line is None:
            view.restart.click()  # type: ignore[attr-defined]
            continue
        view.say(line)  # type: ignore[attr-defined]
    first, second = lines(tmp_path)
    assert (first["chosen"], first["passed"]) == (["leaves"], False)
    assert (second["chosen"], second["passed"]) == ([GOOD_TALK.ending], True)
    assert "shared" not in first and "shared" not in second
    assert "anonymously" in view.pulse.note.value
    page = board_html(read_class(tmp_path), CATALOG)
    assert "ends at leaves (bad)" in page and f"ends at {GOOD_TALK.ending} (good)" in page
    assert "Criteria most often missed" not in page  # a turn is not a criterion to rank


def test_shared_text_is_redacted_and_only_for_text_exercises(tmp_path: Path) -> None:
    room = join_class(tmp_path)
    text = "Could I get your number? Mine is 07700 900123, or jo@example.com. No pressure!"
    answer(room, REWRITE, text, share=True)
    answer(room, REWRITE, text, share=False)
    answer(room, CHOICE, RIGHT, share=True)
    shared, private, choice = lines(tmp_path)
    assert shared["shared"] == f"Could I get your number? Mine is {PHONE}, or [e-mail removed]. " \
                               "No pressure!"
    assert "shared" not in private and "shared" not in choice
    assert "07700" not in room.path.read_text("utf-8")


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300), st.sampled_from([REWRITE, REFLECT]))
def test_unshared_text_never_reaches_the_file(text: str, exercise: Exercise) -> None:
    record = make_record("0" * 16, exercise, check_answer(exercise, text), text, share=False)
    doc = json.loads(encode_line(record))
    assert set(doc) == {"v", "session", "exercise", "type", "at", "passed", "score", "chosen",
                        "criteria"}
    assert doc["chosen"] == []
    assert set(doc["criteria"]) <= {"question", "reason", "connection", "out", "no_pressure",
                                    "written"}


def test_a_record_round_trips(tmp_path: Path) -> None:
    record = make_record("0123456789abcdef", CHOICE, check_answer(CHOICE, RIGHT), RIGHT)
    assert decode_line(encode_line(record)) == record


# --- views ----------------------------------------------------------------------------------
def test_a_learner_who_has_not_joined_sees_no_change() -> None:
    view = view_for(REWRITE)
    assert view.pulse.row not in view.children
    view.answer.value = GOOD_ASK  # type: ignore[attr-defined]
    view.submit()
    assert view.pulse.row not in view.children and view.pulse.last_record is None
    assert view.pulse.note.value == ""


def test_joined_views_send_records_and_offer_sharing_on_text_only(tmp_path: Path) -> None:
    join_class(tmp_path)
    rewrite, choice = view_for(REWRITE), view_for(CHOICE)
    assert rewrite.pulse.row in rewrite.children
    assert rewrite.pulse.share in rewrite.pulse.row.children
    assert choice.pulse.share not in choice.pulse.row.children
    rewrite.answer.value = BAD_ASK + " Call 020 7946 0958"  # type: ignore[attr-defined]
    rewrite.pulse.share.value = True
    rewrite.submit()
    choice.select(WRONG[0])  # type: ignore[attr-defined]
    choice.submit()
    first, second = lines(tmp_path)
    assert first["shared"] == f"{BAD_ASK} Call {PHONE}" and first["passed"] is False
    assert second["chosen"] == [WRONG[0]]
    assert "anonymously" in choice.pulse.note.value


def test_joining_after_the_view_was_shown_adds_the_row_above_the_buttons(tmp_path: Path) -> None:
    view = view_for(REWRITE)
    join_class(tmp_path)
    view.answer.value = GOOD_ASK  # type: ignore[attr-defined]
    view.submit()
    children = list(view.children)
    assert children.index(view.pulse.row) + 1 == next(
        i for i, c in enumerate(children) if view.check in getattr(c, "children", ()))
    assert len(lines(tmp_path)) == 1


def test_a_broken_class_folder_never_breaks_the_exercise(tmp_path: Path) -> None:
    folder = tmp_path / "class"
    join_class(folder)
    view = view_for(CHOICE)
    folder.rmdir()
    folder.write_text("not a folder any more")
    view.select(RIGHT)  # type: ignore[attr-defined]
    feedback = view.submit()
    assert feedback.passed and "Pass" in view.feedback.value
    assert "Not sent to the class this time" in view.pulse.note.value


def test_a_bad_environment_folder_is_a_notice_not_an_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "file").write_text("x")
    monkeypatch.setenv(ENV_CLASS, str(tmp_path / "file"))
    view = view_for(CHOICE)
    view.select(RIGHT)  # type: ignore[attr-defined]
    assert view.submit().passed
    assert "Not shared with the class" in view.pulse.note.value


# --- tallies --------------------------------------------------------------------------------
def test_tallies_count_learners_attempts_first_answers_and_criteria(tmp_path: Path) -> None:
    rooms = [ClassFolder(tmp_path) for _ in range(4)]
    for i, room in enumerate(rooms):
        answer(room, CHOICE, RIGHT if i == 0 else WRONG[i % len(WRONG)])
        if i:
            answer(room, CHOICE, RIGHT)  # second try, right: not a first answer
    answer(rooms[0], REWRITE, BAD_ASK)
    answer(rooms[0], REWRITE, GOOD_ASK, share=True)
    answer(rooms[1], REWRITE, GOOD_ASK + " 07700 900123", share=True)
    result = read_class(tmp_path)
    assert (result.learners, result.records, result.problems) == (4, 10, [])
    c = result.exercises[CHOICE.id]
    assert (c.learners, c.attempts, c.passed, c.first_passed) == (4, 7, 4, 1)
    expected = {RIGHT: 1}
    for i in range(1, 4):
        expected[WRONG[i % len(WRONG)]] = expected.get(WRONG[i % len(WRONG)], 0) + 1
    assert dict(c.options) == expected
    r = result.exercises[REWRITE.id]
    assert (r.learners, r.attempts, r.passed, r.first_passed) == (2, 3, 2, 1)
    assert dict(r.criteria_judged)["no_pressure"] == 2
    assert ("no_pressure", 1, 2) in r.missed()  # the bad first ask
    assert sorted(r.shared.values()) == sorted([GOOD_ASK, f"{GOOD_ASK} {PHONE}"])


def test_damaged_lines_and_files_are_skipped_and_reported(tmp_path: Path) -> None:
    good = ClassFolder(tmp_path)
    answer(good, CHOICE, RIGHT)
    answer(good, RANGE, 24)
    damaged = ClassFolder(tmp_path)
    answer(damaged, CHOICE, WRONG[0])
    with damaged.path.open("ab") as f:
        f.write(b"{not json\n" + json.dumps({"v": 1, "session": "x"}).encode() + b"\n")
    answer(damaged, RANGE, 100)
    (tmp_path / "pulse-00000000000000ff.jsonl").write_bytes(b"\x00\xff\xfe garbage \x81\n" * 3)
    future = ClassFolder(tmp_path)
    answer(future, CHOICE, RIGHT)
    doc = json.loads(future.path.read_text())
    future.path.write_text(json.dumps({**doc, "v": 2}) + "\n")
    (tmp_path / "notes.txt").write_text("the facilitator's own notes are ignored")
    result = read_class(tmp_path)
    assert (result.learners, result.records) == (2, 4)
    assert result.exercises[CHOICE.id].learners == 2
    problems = "\n".join(result.problems)
    assert f"{damaged.path.name}: 2 damaged lines skipped (line 2: not valid JSON)" in problems
    assert "pulse-00000000000000ff.jsonl: 3 damaged lines skipped" in problems
    assert f"{future.path.name}: 1 record skipped, written by a newer version" in problems
    assert len(result.problems) == 3


def test_a_cut_off_last_line_is_reported_then_counted_once_complete(tmp_path: Path) -> None:
    room = ClassFolder(tmp_path)
    answer(room, CHOICE, RIGHT)
    line = encode_line(make_record(room.session, RANGE, check_answer(RANGE, 24), 24))
    with room.path.open("ab") as f:
        f.write(line[:25])
    reader = ClassReader(tmp_path)
    first = reader.refresh()
    assert first.records == 1 and "last line is incomplete" in first.problems[0]
    with room.path.open("ab") as f:
        f.write(line[25:])  # the write finishes
    again = reader.refresh()
    assert again.records == 2 and again.problems == []


def test_a_write_after_a_crash_starts_a_fresh_line(tmp_path: Path) -> None:
    room = ClassFolder(tmp_path)
    answer(room, CHOICE, RIGHT)
    with room.path.open("ab") as f:
        f.write(b'{"v":1,"sess')  # the process died mid-write
    answer(room, RANGE, 24)
    result = read_class(tmp_path)
    assert result.records == 2
    assert result.problems == [f"{room.path.name}: 1 damaged line skipped "
                               "(line 2: not valid JSON)"]


def test_a_session_id_that_does_not_match_its_file_is_skipped(tmp_path: Path) -> None:
    room, other = ClassFolder(tmp_path), ClassFolder(tmp_path)
    answer(other, CHOICE, RIGHT)
    append_line(room.path, other.path.read_bytes())
    other.path.unlink()
    result = read_class(tmp_path)
    assert result.records == 0 and "not the one in the file name" in result.problems[0]


def test_a_refresh_reads_only_new_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rooms = [ClassFolder(tmp_path) for _ in range(5)]
    for room in rooms:
        answer(room, CHOICE, RIGHT)
    reader = ClassReader(tmp_path)
    assert reader.refresh().records == 5
    opened: list[str] = []
    real_open = os.open

    def spy(path: Any, flags: int, *args: Any, **kwargs: Any) -> Any:
        if flags == reading.OPEN_FLAGS:  # the reader's opens, not the learners' appends
            opened.append(Path(path).name)
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(reading.os, "open", spy)
    assert reader.refresh().records == 5 and opened == []
    answer(rooms[2], RANGE, 24)
    result = reader.refresh()
    assert opened == [rooms[2].path.name]
    assert result.records == 6 and result.exercises[RANGE.id].learners == 1


def test_a_replaced_or_removed_file_is_counted_again_from_scratch(tmp_path: Path) -> None:
    a, b = ClassFolder(tmp_path), ClassFolder(tmp_path)
    answer(a, CHOICE, RIGHT)
    answer(a, RANGE, 24)
    answer(b, CHOICE, WRONG[0])
    reader = ClassReader(tmp_path)
    assert reader.refresh().records == 3
    a.path.write_bytes(a.path.read_bytes().splitlines(keepends=True)[0])  # shorter: replaced
    assert reader.refresh().records == 2
    b.path.unlink()
    result = reader.refresh()
    assert (result.records, result.learners) == (1, 1)


def test_no_folder_and_an_empty_folder(tmp_path: Path) -> None:
    missing = read_class(tmp_path / "nope")
    assert missing.records == 0 and "does not exist (yet)" in missing.problems[0]
    empty = read_class(tmp_path)
    assert (empty.records, empty.learners, empty.problems) == (0, 0, [])


# --- reliability: a full room answering at once ----------------------------------------------
LEARNERS = 300


def _plan(index: int) -> list[tuple[Exercise, Any]]:
    """What learner ``index`` answers, in order (a wrong first choice is tried again)."""
    first = WRONG[index % len(WRONG)] if index % 3 else RIGHT
    retry = [(CHOICE, RIGHT)] if index % 3 else []
    return [(CHOICE, first), *retry, (RANGE, 24 if index % 2 else 100),
            (REWRITE, GOOD_ASK if index % 4 else BAD_ASK)]


def _learner(folder: str, index: int, feedback: dict[tuple[str, str], Any], start: Any,
             results: Any) -> None:
    room = ClassFolder(folder)  # each process is its own session, as a kernel is
    if not start.wait(60):
        return
    for exercise, reply in _plan(index):
        room.record(exercise, feedback[exercise.id, repr(reply)], reply)
    results.put(room.session)


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_300_learners_in_separate_processes_lose_no_record(tmp_path: Path) -> None:
    # checked here, once: the processes only write, as learners' kernels do after a Check
    feedback = {(e.id, repr(a)): check_answer(e, a) for i in range(12) for e, a in _plan(i)}
    ctx = multiprocessing.get_context("fork")
    start, results = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=_learner, args=(str(tmp_path), i, feedback, start, results))
             for i in range(LEARNERS)]
    for p in procs:
        p.start()
    start.set()
    reader = ClassReader(tmp_path)
    while any(p.is_alive() for p in procs):
        reader.refresh()  # reading while everyone writes: no torn line is ever counted
        time.sleep(0.05)
    for p in procs:
        p.join(30)
    assert [p.exitcode for p in procs] == [0] * LEARNERS
    sessions = {results.get(timeout=5) for _ in range(LEARNERS)}
    live, cold = reader.refresh(), read_class(tmp_path)
    retries = sum(1 for i in range(LEARNERS) if i % 3)
    for result in (live, cold):
        assert result.problems == []
        assert result.sessions == sessions and result.learners == LEARNERS
        assert result.records == 3 * LEARNERS + retries
        choice = result.exercises[CHOICE.id]
        assert (choice.attempts, choice.passed, choice.first_passed) == (
            LEARNERS + retries, LEARNERS, LEARNERS - retries)
        assert choice.options[RIGHT] == LEARNERS - retries
        band = result.exercises[RANGE.id]
        assert (band.attempts, band.options["0-48"]) == (LEARNERS, LEARNERS // 2)
        rewrite = result.exercises[REWRITE.id]
        assert rewrite.passed == sum(1 for i in range(LEARNERS) if i % 4)
    assert len(list(tmp_path.glob("pulse-*.jsonl"))) == LEARNERS


# --- the board and the report ---------------------------------------------------------------
def test_the_board_without_a_folder_explains_the_setup() -> None:
    board = class_board()
    assert not isinstance(board, ClassBoard) and board.value == SETUP_HELP
    assert "join_class" in SETUP_HELP and ENV_CLASS in SETUP_HELP


def test_the_board_starts_empty_and_refreshes(tmp_path: Path) -> None:
    board = ClassBoard(tmp_path, dict(CATALOG.items()))
    assert "No answers yet" in board.counts.value and board.last_tally.learners == 0
    room = ClassFolder(tmp_path)
    answer(room, CHOICE, WRONG[0])
    assert "No answers yet" in board.counts.value  # nothing changes until a refresh
    board.refresh_button.click()
    html = board.counts.value
    assert "<strong>1 learner</strong>" in html and CHOICE.title in html
    assert f"data-exercise='{CHOICE.id}'" in html
    assert "1 of 1 (100%)" in html
    board.auto.value += 1  # the auto-refresh timer ticks
    answer(ClassFolder(tmp_path), CHOICE, RIGHT)
    board.auto.value += 1
    assert board.last_tally.learners == 2


def test_the_board_follows_the_joined_class(tmp_path: Path) -> None:
    join_class(tmp_path)
    board = class_board()
    assert isinstance(board, ClassBoard) and board.reader.folder == tmp_path


def test_board_html_escapes_every_label(tmp_path: Path) -> None:
    room = ClassFolder(tmp_path)
    answer(room, REWRITE, "<script>alert(1)</script> Could I have your number? No pressure.",
           share=True)
    result = read_class(tmp_path)
    page = board_html(result, CATALOG, answers=True)
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    # without the course, nothing of the folder is drawn: only counted as a problem
    bare = board_html(result, None, answers=True)
    assert "alert" not in bare and "1 exercise id not in this course" in bare
    missing = board_html(read_class(tmp_path / "<b>class"), None)
    assert "&lt;b&gt;class" in missing and "<b>class" not in missing


def test_class_report_writes_a_self_contained_page(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "class"
    a, b = ClassFolder(folder), ClassFolder(folder)
    answer(a, CHOICE, RIGHT)
    answer(b, CHOICE, WRONG[0])
    answer(a, REWRITE, "Number? Mine: +44 7700 900123 <3 no pressure", share=True)
    answer(b, REWRITE, BAD_ASK)
    (folder / "pulse-00000000000000aa.jsonl").write_text("{broken\n")
    out = tmp_path / "report.html"
    assert main(["class", "report", str(folder), "--html", str(out)]) == 0
    page = out.read_text("utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page and "src=" not in page
    assert CHOICE.title in page and REWRITE.title in page
    assert f"Number? Mine: {PHONE} &lt;3 no pressure" in page and "7700" not in page
    assert "Criteria most often missed" in page and "1 damaged line" in page
    captured = capsys.readouterr()
    assert f"wrote {out}: 2 learners, 4 answers, 2 exercises" in captured.out
    assert "pulse-00000000000000aa.jsonl: 1 damaged line skipped" in captured.err


@pytest.mark.parametrize(("setup", "status", "message"), [
    ("missing", 2, "workshop class report: no such folder: "),
    ("empty", 1, "workshop: no class records in "),
    ("out-is-folder", 1, "is a folder; give a file name"),
    ("no-html", 2, "the following arguments are required: --html"),
])
def test_class_report_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str], setup: str,
                             status: int, message: str) -> None:
    folder = tmp_path / "class"
    if setup != "missing":
        folder.mkdir()
    if setup in ("out-is-folder", "no-html"):
        answer(ClassFolder(folder), CHOICE, RIGHT)
    out = tmp_path if setup == "out-is-folder" else tmp_path / "r.html"
    args = ["class", "report", str(folder)] + ([] if setup == "no-html" else ["--html", str(out)])
    assert main(args) == status
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1

