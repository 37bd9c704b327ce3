"""Feedback flagged as wrong: the case, its local store, the class record and the counts."""

from __future__ import annotations

import getpass
import json
import os
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import EXERCISES, ROOT
from workshop import check_answer
from workshop.classroom import ClassFolder, read_class
from workshop.classroom.records import MAX_SHARED, encode_disagreement
from workshop.classroom.redact import EMAIL, PHONE
from workshop.classroom.render import board_html, report_html
from workshop.corpus import class_cases, local_cases
from workshop.errors import WorkshopError
from workshop.exercises import load_exercises, load_text
from workshop.store import Disagreement, DisagreementBook, ProgressStore, make_case
from workshop.store import files as progress_files
from workshop.store.cases import MAX_COMMENT, VERDICT, from_doc, to_doc

CATALOG = load_exercises(EXERCISES)
REWRITE = CATALOG["rewrite-the-demand"]
CHOICE = CATALOG["unsure-reply-choice"]
SECRET = "Come on, text me on 07700 900123 or sam.lee@example.com - Sam Lee"
ODD = ["", " ", "\ud800 lone \udfff", "x" * 1_000_000, "\x00\x1b[31m\u202e", "👋🏽" * 50,
       "<script>alert(1)</script>"]


def case(text: Any = "Give me your number.", *, disputed: Any = (VERDICT,),
         comment: Any = "It was polite", exercise: Any = REWRITE) -> Disagreement:
    """The case a learner sends about the feedback on ``text``."""
    feedback = check_answer(exercise, text if isinstance(text, str) else "")
    body = exercise.body
    return make_case(exercise.id, body.kind, dict(body.context), feedback, text,
                     disputed=disputed, comment=comment)


# --- the case ------------------------------------------------------------------------------
def test_a_case_holds_the_checker_the_text_and_every_verdict() -> None:
    c = case("Give me your number.", disputed=["no_pressure", "made-up", VERDICT, "no_pressure"],
             comment="  I said please  ")
    feedback = check_answer(REWRITE, "Give me your number.")
    assert (c.exercise, c.kind, c.context, c.text) == (REWRITE.id, "ask", {},
                                                      "Give me your number.")
    assert c.passed == feedback.passed and c.criteria == tuple(
        (x.id, x.passed) for x in feedback.criteria)
    assert c.disputed == ("no_pressure", VERDICT)  # only points shown, each once
    assert c.comment == "I said please" and c.at.endswith("Z")
    assert len(c.id) == 16 and case().id != c.id  # random, never from the learner
    assert from_doc(json.loads(json.dumps(to_doc(c)))) == c


def test_the_checkers_own_verdict_is_kept_apart_from_the_exercises() -> None:
    strict = load_text("""
id: ask-strict
section: 01-the-art-of-asking
type: rewrite
title: Ask with an out
prompt: Ask, and leave an easy way to say no.
minutes: 3
kind: ask
require: [out]
solution: Could we swap numbers? No pressure at all.
""")
    text = "I loved our chat about climbing - could we swap numbers to plan a session?"
    c = case(text, exercise=strict)
    assert c.checker_passed and not c.passed  # the checker passes it; the exercise asks more


@pytest.mark.parametrize("text", ODD, ids=range(len(ODD)))
def test_any_learner_input_makes_a_case_that_can_be_written(text: str, tmp_path: Path) -> None:
    c = case(text, disputed=text, comment=text * 2)
    assert "\ud800" not in c.text and len(c.comment) <= MAX_COMMENT
    book = DisagreementBook(tmp_path)
    kept, new = book.add(c)
    assert new and book.all() == [kept]


def test_input_that_is_not_text_is_an_empty_case() -> None:
    c = case(None, disputed=42, comment=["x"])
    assert (c.text, c.disputed, c.comment) == ("", (), "")


# --- the local store -------------------------------------------------------------------------
def test_a_case_is_kept_once_per_answer(tmp_path: Path) -> None:
    store = ProgressStore(tmp_path)
    first, new = store.add_disagreement(case(comment="first"))
    again, new_again = store.add_disagreement(case(comment="second"))
    assert new and not new_again and again == first
    other, _ = store.add_disagreement(case("Give me your number!"))
    assert store.disagreements.all() == [first, other]
    doc = json.loads(store.disagreements.path.read_text("utf-8"))
    assert doc["format"] == "workshop-disagreements" and doc["version"] == 1
    assert [c["comment"] for c in doc["cases"]] == ["first", "It was polite"]


def test_two_open_notebooks_keep_each_others_cases(tmp_path: Path) -> None:
    a, b = ProgressStore(tmp_path), ProgressStore(tmp_path)
    a.add_disagreement(case("one"))
    b.add_disagreement(case("two"))
    a.add_disagreement(case("three"))
    _, new = b.add_disagreement(case("one"))  # the same answer, from the other notebook
    assert not new
    assert sorted(c.text for c in a.disagreements.all()) == ["one", "three", "two"]
    assert sorted(c.text for c in local_cases(tmp_path).cases) == ["one", "three", "two"]


def test_copies_of_one_answer_written_at_once_count_once(tmp_path: Path) -> None:
    book = DisagreementBook(tmp_path)
    book.add(case("twice"))
    # another notebook that had not yet seen this file flagged the same answer meanwhile
    copy = DisagreementBook(tmp_path / "elsewhere")
    copy.add(case("twice"))
    copy.path.rename(tmp_path / copy.path.name)
    assert len(list(tmp_path.glob("disagree-*.json"))) == 2
    assert [c.text for c in DisagreementBook(tmp_path).all()] == ["twice"]


WRITER = """
import sys
from workshop.checkers import check_message
from workshop.store import ProgressStore, make_case
store = ProgressStore(sys.argv[1])
for i in range(int(sys.argv[3])):
    for text in (f"{sys.argv[2]} number {i}", "the same answer"):
        store.add_disagreement(make_case("x", "ask", {}, check_message("ask", text), text))
"""


def test_processes_writing_at_once_lose_no_case(tmp_path: Path) -> None:
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path), f"p{n}", "15"],
                              cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
             for n in range(4)]
    assert [p.wait(timeout=120) for p in procs] == [0, 0, 0, 0]
    texts = [c.text for c in DisagreementBook(tmp_path).all()]
    assert len(texts) == 61 and len(set(texts)) == 61 and "the same answer" in texts


def test_reset_forgets_cases_and_they_never_come_back(tmp_path: Path) -> None:
    store, other = ProgressStore(tmp_path), ProgressStore(tmp_path)
    store.add_disagreement(case("one"))
    other.add_disagreement(case("two"))
    store.reset()
    assert not any(progress_files.DISAGREE_FILE.match(p.name) for p in tmp_path.iterdir())
    other.add_disagreement(case("three"))
    assert [c.text for c in store.disagreements.all()] == ["three"]


@pytest.mark.parametrize("content", [b"", b"{not json", b'{"format": "other"}', b"\xff\xfe",
                                     b'{"format": "workshop-disagreements", "version": 9}',
                                     b'{"format": "workshop-disagreements", "version": 1, '
                                     b'"cases": [{"id": 1}, 3]}'])
def test_a_damaged_file_is_skipped_and_reported(tmp_path: Path, content: bytes) -> None:
    book = DisagreementBook(tmp_path)
    book.add(case("kept"))
    (tmp_path / "disagree-damaged.json").write_bytes(content)
    assert [c.text for c in book.all()] == ["kept"]
    assert len(book.problems) == 1 and "disagree-damaged.json" in book.problems[0]
    book.add(case("also kept"))
    assert len(book.all()) == 2


def test_a_folder_that_cannot_be_written_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(WorkshopError, match=r"progress folder .* cannot be"):
        DisagreementBook(blocker / "progress").add(case())
    assert DisagreementBook(tmp_path / "missing").all() == []


# --- the class record --------------------------------------------------------------------------
def class_lines(folder: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for p in sorted(folder.glob("disagree-*.jsonl"))
            for line in p.read_text("utf-8").splitlines() if line.strip()]


def test_the_class_record_is_redacted_and_names_no_one(tmp_path: Path) -> None:
    room = ClassFolder(tmp_path)
    room.disagree(case(SECRET, comment=f"reach me at {SECRET}"))
    [line] = class_lines(tmp_path)
    raw = (tmp_path / f"disagree-{room.session}.jsonl").read_text("utf-8")
    assert "900123" not in raw and "example.com" not in raw
    assert line["text"] == f"Come on, text me on {PHONE} or {EMAIL} - Sam Lee"
    assert PHONE in line["comment"] and EMAIL in line["comment"]
    assert line["session"] == room.session and line["v"] == 1
    assert set(line) == {"v", "session", "id", "exercise", "kind", "context", "text", "passed",
                         "criteria", "checker_passed", "disputed", "comment", "at"}
    for personal in {getpass.getuser(), socket.gethostname()} - {"", "root"}:
        assert personal not in raw


def test_a_long_text_is_cut_before_it_reaches_the_class(tmp_path: Path) -> None:
    line = encode_disagreement("a" * 16, case("word " * 10_000))
    assert len(json.loads(line)["text"]) <= MAX_SHARED


def test_the_board_and_report_count_flags_and_never_show_their_text(tmp_path: Path) -> None:
    a, b = ClassFolder(tmp_path), ClassFolder(tmp_path)
    a.record(REWRITE, check_answer(REWRITE, SECRET), SECRET)
    flagged = case(SECRET + " UNIQUE-MARKER", comment="UNIQUE-COMMENT")
    a.disagree(flagged)
    a.disagree(flagged)  # the same case twice in one file counts once
    b.disagree(case("Number, now.", comment="UNIQUE-COMMENT"))
    tally = read_class(tmp_path)
    assert tally.exercises[REWRITE.id].disagreements == 2
    for page in (board_html(tally, CATALOG), report_html(tally, CATALOG, "f", "now")):
        assert "feedback flagged as wrong 2 times" in page and "data-count='2'" in page
        assert "UNIQUE" not in page
    assert tally.problems == [] and tally.records == 1


def test_a_flag_before_any_answer_still_counts(tmp_path: Path) -> None:
    ClassFolder(tmp_path).disagree(case())
    tally = read_class(tmp_path)
    assert tally.exercises[REWRITE.id].disagreements == 1
    assert "flagged as wrong 1 time<" in board_html(tally, CATALOG)


MALFORMED = [
    b"{broken",
    b"[]",
    b"\xff\xfe\x00",
    b'{"v": 1, "session": "0000000000000000", "id": "x"}',
    b'{"v": 99, "session": "0000000000000000"}',
    b'{"v": 1, "session": "ffffffffffffffff", "id": "0123456789abcdef"}',
    b'{"v": true}',
    b'"' + b"a" * 70_000 + b'"',
]


def good_line(session: str, text: str = "fine") -> bytes:
    return encode_disagreement(session, case(text))


def test_malformed_class_records_are_skipped_without_an_error(tmp_path: Path) -> None:
    session = "0" * 16
    good = good_line(session)
    bad_case = json.loads(good)
    bad_case["criteria"] = {"question": "yes"}
    wrong_session = good_line("f" * 16, "someone else's")
    body = b"\n".join([good, *MALFORMED, json.dumps(bad_case).encode(), wrong_session,
                       good_line(session, "second")]) + b"\n" + good[:20]  # a cut-off last line
    (tmp_path / f"disagree-{session}.jsonl").write_bytes(body)
    (tmp_path / "disagree-not-a-session.jsonl").write_bytes(good)  # not a session's name
    (tmp_path / f"disagree-{'1' * 16}.jsonl").mkdir()  # unreadable as a file
    found = class_cases(tmp_path)
    assert [c.text for c in found.cases] == ["fine", "second"]
    assert len(found.problems) == 1 and "skipped" in found.problems[0]
    tally = read_class(tmp_path)
    assert tally.exercises[REWRITE.id].disagreements == 2
    assert any("damaged line" in p for p in tally.problems)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.binary(max_size=200), max_size=6))
def test_any_bytes_in_a_class_folder_never_raise(lines: list[bytes]) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        Path(folder, f"disagree-{'a' * 16}.jsonl").write_bytes(b"\n".join(lines))
        class_cases(Path(folder))
        read_class(folder)


def test_class_cases_are_redacted_again_when_read(tmp_path: Path) -> None:
    session = "2" * 16
    doc = {"v": 1, "session": session, **to_doc(case("call 07700 900123"))}
    (tmp_path / f"disagree-{session}.jsonl").write_text(json.dumps(doc) + "\n")  # not redacted
    [found] = class_cases(tmp_path).cases
    assert found.text == f"call {PHONE}"


def test_class_cases_are_read_from_regular_files_only(tmp_path: Path) -> None:
    outside = tmp_path / "outside.jsonl"
    outside.write_bytes(good_line("3" * 16, "from outside the folder"))
    folder = tmp_path / "class"
    folder.mkdir()
    (folder / f"disagree-{'3' * 16}.jsonl").symlink_to(outside)
    assert class_cases(folder).cases == []
    assert read_class(folder).exercises == {}
