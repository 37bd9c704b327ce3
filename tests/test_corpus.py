"""`workshop disagreements`: the table, the export to label, and reading it back to evaluate."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import DATA, EXERCISES, ROOT, eval_module
from workshop import check_answer
from workshop.classroom import ClassFolder
from workshop.classroom.redact import PHONE
from workshop.cli import main
from workshop.corpus import entry, read_candidates
from workshop.errors import ExerciseError
from workshop.exercises import load_exercises
from workshop.store import Disagreement, ProgressStore, make_case

CATALOG = load_exercises(EXERCISES)
BAD = DATA / "bad-candidates"




EVAL = eval_module()


def flag(store: ProgressStore | ClassFolder, exercise_id: str, text: str,
         disputed: tuple[str, ...] = ("verdict",), comment: str = "") -> Disagreement:
    """Check ``text`` and flag its feedback, as the view does."""
    exercise = CATALOG[exercise_id]
    body: Any = exercise.body
    case = make_case(exercise.id, body.kind, dict(body.context), check_answer(exercise, text),
                     text, disputed=disputed, comment=comment)
    if isinstance(store, ClassFolder):
        store.disagree(case)
        return case
    return store.add_disagreement(case)[0]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def flagged(tmp_path: Path) -> Path:
    """A progress folder with a flag on each of three kinds of message."""
    folder = tmp_path / "progress"
    store = ProgressStore(folder)
    flag(store, "rewrite-the-demand", "Give me your number.", ("no_pressure",),
         "I said it kindly")
    flag(store, "not-interested-rewrite", "No.\x1b[2J", ("verdict", "polite"))
    flag(store, "first-text-within-a-day", "Hey! Great to meet you at the run yesterday.")
    return folder


# --- the table ---------------------------------------------------------------------------------
def test_the_table_lists_every_case_in_plain_lines(capsys: pytest.CaptureFixture[str],
                                                   flagged: Path) -> None:
    status, out, err = run(capsys, "disagreements", "--dir", str(flagged))
    assert status == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == f"3 cases of feedback flagged as wrong, in {flagged}"
    assert lines[2].split() == ["flagged", "(UTC)", "exercise", "verdict", "disputed",
                                "message", "/", "note"]
    demand = next(line for line in lines if "rewrite-the-demand" in line)
    assert "try again" in demand and "no_pressure" in demand
    assert "“Give me your number.” / I said it kindly" in demand
    assert "\x1b" not in out and "“No.\ufffd[2J”" in out  # no control codes reach the terminal


def test_the_table_of_an_empty_folder_says_so(capsys: pytest.CaptureFixture[str],
                                              tmp_path: Path) -> None:
    assert run(capsys, "disagreements", "--dir", str(tmp_path / "none")) == (
        0, f"no feedback flagged as wrong in {tmp_path / 'none'}\n", "")


def test_the_default_folder_is_the_progress_folder(capsys: pytest.CaptureFixture[str],
                                                   flagged: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKSHOP_PROGRESS_DIR", str(flagged))
    assert "3 cases" in run(capsys, "disagreements")[1]


def test_a_class_folder_lists_redacted_cases_and_skips_damage(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    room = ClassFolder(tmp_path)
    flag(room, "rewrite-the-demand", "Text me: 07700 900123", comment="call 07700 900123")
    with room.folder.joinpath(f"disagree-{room.session}.jsonl").open("ab") as f:
        f.write(b"{broken\n")
    status, out, err = run(capsys, "disagreements", "--class", str(tmp_path))
    assert status == 0 and "1 case" in out and f"the class folder {tmp_path}" in out
    assert f"“Text me: {PHONE}” / call {PHONE}" in out and "900123" not in out
    assert err.strip() == (f"workshop disagreements: 1 damaged or unreadable record in "
                           f"{tmp_path} skipped")


@pytest.mark.parametrize(("argv", "status", "message"), [
    (["--class", "MISSING"], 1, "no such folder; give the folder the learners joined"),
    (["--class", "X", "--dir", "Y"], 2, "not allowed with argument"),
    (["--export"], 2, "expected one argument"),
])
def test_bad_arguments_are_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                    argv: list[str], status: int, message: str) -> None:
    argv = [str(tmp_path / a) if a == "MISSING" else a for a in argv]
    code, _, err = run(capsys, "disagreements", *argv)
    assert code == status and message in err and len(err.strip().splitlines()) == 1


# --- the export and reading it back -------------------------------------------------------------
def test_the_export_round_trips_through_the_evaluation_reader(
        capsys: pytest.CaptureFixture[str], flagged: Path, tmp_path: Path) -> None:
    out = tmp_path / "to-label.yaml"
    status, printed, _ = run(capsys, "disagreements", "--dir", str(flagged), "--export", str(out))
    assert status == 0 and f"wrote {out}: 3 cases to label" in printed
    assert f"--file {out}" in printed and out.read_text("utf-8").startswith("# Checker-corpus")
    rows = EVAL.load_file(out)
    cases = ProgressStore(flagged).disagreements.all()
    expected = [{k: v for k, v in entry(c).items()
                 if k in ("id", "kind", "text", "context", "passed", "criteria")}
                for c in cases]
    assert rows == expected
    reply = next(r for r in rows if r["kind"] == "reply")
    assert reply["context"] == {"intent": "no"} and reply["text"] == "No.\x1b[2J"
    assert set(reply["criteria"]) == {"clear_no", "polite", "no_false_hope"}
    follow = next(r for r in rows if r["kind"] == "follow_up")
    assert follow["context"] == CATALOG["first-text-within-a-day"].body.context  # type: ignore
    # unlabelled, the export agrees with the checkers that wrote it
    report = EVAL.evaluate("export", rows)
    assert report.overall() == 1.0 and not report.errors


def test_a_flipped_label_shows_as_a_mistake_of_the_checker(capsys: pytest.CaptureFixture[str],
                                                           flagged: Path,
                                                           tmp_path: Path) -> None:
    out = tmp_path / "labelled.yaml"
    run(capsys, "disagreements", "--dir", str(flagged), "--export", str(out))
    text = out.read_text("utf-8")
    out.write_text(text.replace("    no_pressure: false", "    no_pressure: true", 1), "utf-8")
    assert EVAL.main(["--file", str(out), "--show-errors", "5"]) == 0
    printed = capsys.readouterr().out
    assert "ask.no_pressure" in printed and "no_pressure: want True, got False" in printed
    assert EVAL.main(["--file", str(out), "--check"]) == 1


def test_an_export_never_overwrites(capsys: pytest.CaptureFixture[str], flagged: Path,
                                    tmp_path: Path) -> None:
    out = tmp_path / "labels.yaml"
    out.write_text("my labels")
    status, _, err = run(capsys, "disagreements", "--dir", str(flagged), "--export", str(out))
    assert status == 1 and "already exists; give a new file name" in err
    assert out.read_text() == "my labels"
    status, _, err = run(capsys, "disagreements", "--dir", str(flagged), "--export",
                         str(tmp_path / "no" / "such" / "x.yaml"))
    assert status == 1 and "does not exist" in err


def test_nothing_to_export(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = tmp_path / "x.yaml"
    status, printed, _ = run(capsys, "disagreements", "--dir", str(tmp_path), "--export",
                             str(out))
    assert status == 0 and "nothing to export" in printed and not out.exists()


def test_a_class_export_carries_no_session(capsys: pytest.CaptureFixture[str],
                                           tmp_path: Path) -> None:
    room = ClassFolder(tmp_path / "class")
    flag(room, "rewrite-the-demand", "mail me at sam@example.com")
    out = tmp_path / "class.yaml"
    assert run(capsys, "disagreements", "--class", str(room.folder), "--export", str(out))[0] == 0
    text = out.read_text("utf-8")
    assert room.session not in text and "example.com" not in text
    assert read_candidates(out)[0]["text"] == "mail me at [e-mail removed]"


# --- a bad candidates file -----------------------------------------------------------------------
BAD_FILES = [
    ("not-a-list", 1, "(file)", "the file holds no list of cases"),
    ("empty", 1, "(file)", "the file holds no list of cases"),
    ("syntax-error", 5, "(file)", "YAML syntax error"),
    ("unknown-kind", 2, "[0].kind", "unknown kind 'invite'; one of: ask, offer"),
    ("unknown-field", 6, "[0].pased", "unknown field 'pased'; did you mean 'passed'?"),
    ("missing-passed", 1, "[0]", "missing field 'passed'; add passed: true or passed: false"),
    ("passed-not-true-or-false", 5, "[0].passed", "passed 'yes' is not true or false"),
    ("criterion-of-another-kind", 8, "[0].criteria.clear_no",
     "'clear_no' is not a criterion of ask; criteria here: question"),
    ("criterion-not-true-or-false", 7, "[0].criteria.question", "'maybe' is not true or false"),
    ("reply-without-intent", 4, "[0].context", "a reply needs context.intent"),
    ("duplicate-id", 9, "[1].id", "id 'ask-flagged-1' is used twice (first on line 1)"),
]


@pytest.mark.parametrize(("name", "line", "field", "message"), BAD_FILES,
                         ids=[b[0] for b in BAD_FILES])
def test_a_bad_file_is_reported_by_line_and_field(capsys: pytest.CaptureFixture[str], name: str,
                                                  line: int, field: str, message: str) -> None:
    path = BAD / f"{name}.yaml"
    with pytest.raises(ExerciseError) as raised:
        read_candidates(path)
    [problem] = raised.value.errors
    assert problem.format().startswith(f"{path}:{line}: {field}: {message}")
    assert problem.fix, "every problem says how to fix it"
    assert EVAL.main(["--file", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{path}:{line}: {field}: ") and "Traceback" not in err


def test_a_missing_file_is_one_line_without_a_traceback(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "eval_checkers.py"),
                           "--file", str(tmp_path / "nope.yaml")],
                          capture_output=True, text=True, check=False, cwd=tmp_path)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert f"{tmp_path / 'nope.yaml'}: (file): cannot read the file" in done.stderr
