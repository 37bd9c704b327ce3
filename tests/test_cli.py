"""The `workshop` command, called through main(argv) as a user would type it."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DATA, EXERCISES, ROOT, SHIPPED
from workshop.cli import main
from workshop.exercises import TYPES, load_file


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_list_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "list", "--root", str(EXERCISES))
    assert code == 0
    header, *rows = out.splitlines()
    assert header.split() == ["id", "section", "type", "minutes"]
    assert len(rows) == len(SHIPPED)
    assert any(r.split()[:3] == ["follow-up-timing", "04-the-follow-up", "range"] for r in rows)


def test_list_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "list", "--json", "--root", str(EXERCISES))
    rows = json.loads(out)
    assert code == 0 and len(rows) == len(SHIPPED)
    assert set(rows[0]) == {"id", "section", "type", "minutes"}


def test_validate_clean_tree(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "validate", str(EXERCISES))
    assert code == 0, out + err
    [summary] = out.splitlines()
    assert summary.startswith(f"ok: {len(SHIPPED)} exercises,")


def test_validate_reports_every_problem_one_a_line(capsys: pytest.CaptureFixture[str]) -> None:
    bad = sorted((DATA / "bad").glob("*.yaml"))
    code, out, err = run(capsys, "validate", str(DATA / "bad"))
    assert code == 1
    lines = out.splitlines()
    assert {line.split(":", 1)[0] for line in lines} == {str(p) for p in bad}
    assert " in " in err and "problem" in err and "Traceback" not in out + err


@pytest.mark.parametrize("name", ["range-gap", "scenario-unreachable", "choice-no-correct"])
def test_validate_one_bad_file(capsys: pytest.CaptureFixture[str], name: str) -> None:
    path = DATA / "bad" / f"{name}.yaml"
    expected = path.read_text("utf-8").splitlines()[0].removeprefix("# expect: ")
    code, out, _ = run(capsys, "validate", str(path))
    assert code == 1
    assert any(line.startswith(f"{path}:{expected}") for line in out.splitlines()), out


def test_validate_runs_the_self_tests(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    src = EXERCISES / "04-the-follow-up" / "follow-up-timing.yaml"
    target = tmp_path / "04-the-follow-up" / src.name
    target.parent.mkdir()
    target.write_text(src.read_text("utf-8").replace("  - answer: 96\n    verdict: fail",
                                                      "  - answer: 96\n    verdict: pass"))
    code, out, _ = run(capsys, "validate", str(tmp_path))
    assert code == 1
    assert "examples[2]: expected pass, the checker says fail" in out
    assert out.startswith(f"{target}:")


@pytest.mark.parametrize("type_", TYPES)
def test_new_writes_a_template_that_validates(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, type_: str
) -> None:
    code, out, _ = run(capsys, "new", type_, "--section", "03-digital-alternatives",
                       "--id", f"my-{type_}", "--root", str(tmp_path))
    path = tmp_path / "03-digital-alternatives" / f"my-{type_}.yaml"
    assert code == 0 and f"wrote {path}" in out and "FILL IN" in out
    exercise = load_file(path)
    assert exercise.type == type_ and exercise.id == f"my-{type_}"
    placeholders = [n for n, line in enumerate(path.read_text("utf-8").splitlines(), 1)
                    if "FILL IN" in line.split("#")[0]]
    assert placeholders
    # untouched, it is a draft: every FILL IN is a problem, one a line, and nothing else is
    code, out, err = run(capsys, "validate", str(path))
    assert code == 1 and "Traceback" not in out + err
    lines = out.splitlines()
    assert all(re.fullmatch(rf"{re.escape(str(path))}:\d+: [^:]+: still says FILL IN; write .+",
                            line) for line in lines), out
    # one a placeholder, on its line (a block scalar's: on its key's line, just above)
    reported = [int(line.split(":")[1]) for line in lines]
    assert len(reported) == len(placeholders)
    assert all(n in placeholders or n + 1 in placeholders for n in reported), (reported, out)
    # a work in progress passes --draft: everything but the FILL IN is checked
    code, out, err = run(capsys, "validate", "--draft", str(path))
    assert code == 0, out + err
    assert out.startswith("ok: 1 exercise,") and "1 draft with" in out


def test_new_refuses_to_overwrite_or_reuse_an_id(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    shutil.copytree(EXERCISES, tmp_path / "ex")
    code, _, err = run(capsys, "new", "choice", "--section", "06-final-thoughts",
                       "--id", "personal-plan", "--root", str(tmp_path / "ex"))
    assert code == 1 and "already used" in err
    before = (tmp_path / "ex" / "06-final-thoughts" / "personal-plan.yaml").read_text("utf-8")
    assert "type: reflect" in before


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        ([], "the following arguments are required: COMMAND"),
        (["lsit"], "invalid choice: 'lsit'"),
        (["new", "quiz", "--section", "01-the-art-of-asking", "--id", "x"], "invalid choice"),
        (["new", "choice", "--section", "01-art", "--id", "x"],
         "did you mean '01-the-art-of-asking'"),
        (["new", "choice", "--section", "01-the-art-of-asking", "--id", "Bad Id"], "lowercase"),
        (["new", "choice", "--id", "x"], "required: --section"),
        (["list", "--jsn"], "unrecognized arguments: --jsn"),
        (["validate", "no/such/path"], "no such file or folder"),
    ],
)
def test_bad_arguments_exit_2_with_one_line(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and message in err


@pytest.mark.parametrize("argv", [[], ["list"], ["validate"], ["new"], ["schema"],
                                  ["disagreements"]])
def test_help_everywhere(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main([*argv, "--help"])
    assert info.value.code == 0
    assert "usage: workshop" in capsys.readouterr().out


def test_schema_prints_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema")
    assert code == 0 and json.loads(out)["title"] == "Workshop exercise"


def test_console_script_runs_without_traceback() -> None:
    proc = subprocess.run([sys.executable, "-m", "workshop", "validate", str(DATA / "bad")],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr


def test_output_cut_short_by_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    # `workshop progress --json | head`: the reader leaves early; no traceback for that
    script = ("import workshop.cli as cli\n"
              "def long_output(argv=None):\n"
              "    for _ in range(20000):\n"
              "        print('{\"line\": \"' + 'x' * 60 + '\"}')\n"
              "    return 0\n"
              "cli.main = long_output\n"
              "cli.main_exit()\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = subprocess.run(f"{shlex.quote(sys.executable)} -c {shlex.quote(script)} | head -n 1",
                         shell=True, capture_output=True, text=True, env=env, timeout=60)
    assert run.stdout.startswith('{"line"')
    assert "Traceback" not in run.stderr and "BrokenPipe" not in run.stderr, run.stderr


def test_validate_warns_without_failing(capsys: pytest.CaptureFixture[str]) -> None:
    path = DATA / "warn" / "rewrite-pattern-inside-words.yaml"
    expected = path.read_text("utf-8").splitlines()[0].removeprefix("# expect: ")
    code, out, _ = run(capsys, "validate", str(path))
    warning, summary = out.splitlines()
    assert code == 0 and warning.startswith(f"{path}:{expected}")
    assert summary == "ok: 1 exercise, 2 examples checked, no problems, 1 warning"


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["new", "choice", "--section", "01-the-art-of-asking", "--id", "x", "--root", "{file}"],
         2, r"workshop new: --root .*/a-file is not a folder; pass the exercises folder"),
        (["new", "choice", "--section", "01-the-art-of-asking", "--id", "x",
          "--root", "{file}/sub"], 1, r"workshop new: cannot write .*/a-file/sub/01-the-art-of-"
                                      r"asking/x.yaml \(Not a directory\)"),
        (["list", "--root", "{file}"], 2, r"workshop list: --root .*/a-file is not a folder"),
        (["list", "--root", "{file}x"], 2, r"workshop list: --root .*/a-filex does not exist"),
        (["agenda", "--minutes", "60", "--root", "{file}"], 1,
         r"workshop: .*/a-file: \(file\): no such folder of exercises"),
        (["validate", "{file}"], 1, r".*/a-file:1: \(file\): the file is a str, not a mapping"),
        (["build", "handout", "{file}/out", "--course", str(ROOT)], 1,
         r"workshop: cannot create a folder in .*/a-file"),
        (["build", "cards", "{tmp}/out", "--course", "{file}"], 1,
         r"workshop: .*/a-file/exercises is not a folder"),
        (["progress", "--dir", "{file}"], 1, r"workshop: progress folder .*/a-file cannot be"),
    ],
    ids=["new-root-file", "new-root-under-file", "list-root-file", "list-root-missing",
         "agenda-root-file", "validate-not-yaml", "build-out-under-file", "build-course-file",
         "progress-dir-file"],
)
def test_a_bad_path_argument_is_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                         argv: list[str], code: int, message: str) -> None:
    afile = tmp_path / "a-file"
    afile.write_text("not a folder\n", "utf-8")
    got, out, err = run(capsys, *(a.format(file=afile, tmp=tmp_path) for a in argv))
    assert got == code
    lines = [line for line in (out + err).splitlines()
             if line and not line.startswith("id ") and not re.search(r"^\d+ problems? in ", line)]
    assert len(lines) == 1 and re.fullmatch(message + ".*", lines[0]), out + err
    assert "Traceback" not in out + err
