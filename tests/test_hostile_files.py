"""Hostile exercise files in a course: every command that reads the course gives one line and
exit 1, never a traceback, and reads nothing from outside the exercises folder."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import DATA, EXERCISES, ROOT
from workshop.cli import main
from workshop.errors import ExerciseError
from workshop.exercises.reading import read_bytes

SECTION = "02-the-graceful-response"
#: an exercise whose option texts all alias one text (with 2,000 aliases of 200 KB: a file of
#: 0.27 MB that was 400 MB of handout)
def _aliases(size: int, count: int) -> Callable[[Path], None]:
    def write(target: Path) -> None:
        target.write_text(
            f"id: hostile\nsection: {SECTION}\ntype: choice\ntitle: Aliases\n"
            f"prompt: Pick one.\nminutes: 2\noptions:\n  - id: a\n    text: &t {'x' * size}\n"
            "    correct: true\n    feedback: Yes.\n"
            + "".join(f"  - id: o{i}\n    text: *t\n    feedback: No.\n" for i in range(count)),
            "utf-8")
    return write


def _copy(course: Path) -> Path:
    """The hostile entry's place in the course."""
    return course / "exercises" / SECTION / "hostile.yaml"


def _fifo(target: Path) -> None:
    os.mkfifo(target)


def _zero(target: Path) -> None:
    target.symlink_to("/dev/zero")


def _outside(target: Path) -> None:
    outside = target.parents[3] / "secret.yaml"
    outside.write_text("id: hostile\nsecret: the password is swordfish\n", "utf-8")
    target.symlink_to(outside)


def _file(name: str) -> Callable[[Path], None]:
    def write(target: Path) -> None:
        text = (DATA / "bad" / f"{name}.yaml").read_text("utf-8")
        target.write_text(text.replace(f"id: {name}\n", "id: hostile\n")
                              .replace("section: 02-the-graceful-response", f"section: {SECTION}"),
                          "utf-8")
    return write


CASES = {
    "fifo": (_fifo, r" \(file\): is a FIFO \(named pipe\), not a regular file; "),
    "link-to-dev-zero": (_zero, r" \(file\): is a link to '/dev/zero', outside "),
    "link-out-of-the-folder": (_outside, r" \(file\): is a link to '.*secret.yaml', outside "),
    "text-aliases-of-200-kb": (_aliases(200_000, 2_000),
                               r"8: options: has 2,001 entries; give at most 500; "),
    "text-aliases": (_aliases(7_000, 400),
                     r"13: options\[1\].text: YAML alias \(\*name\) is not allowed; "),
    "minutes-huge-hex": (_file("minutes-huge-hex"),
                         r"7: minutes: the number '0xfff[f.]+' is too large; use "),
    "text-too-long": (_file("text-too-long"), r"6: prompt: is 4001 characters long; shorten"),
    "list-too-long": (_file("list-too-long"), r"8: hints: has 201 entries; give at most 200"),
}
COMMANDS = {
    "validate": lambda course, out: ["validate", str(course / "exercises")],
    "list": lambda course, out: ["list", "--root", str(course / "exercises")],
    "agenda": lambda course, out: ["agenda", "--minutes", "90",
                                   "--root", str(course / "exercises")],
    "build-handout": lambda course, out: ["build", "handout", str(out), "--course", str(course)],
    "build-learner": lambda course, out: ["build", "learner", str(out), "--course", str(course)],
}


@pytest.fixture(scope="module")
def clean_course(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile") / "course"
    shutil.copytree(EXERCISES, root / "exercises", ignore=shutil.ignore_patterns(".*"))
    shutil.copytree(ROOT / "notebooks", root / "notebooks")
    return root


@pytest.mark.parametrize("command", list(COMMANDS))
@pytest.mark.parametrize("case", list(CASES))
def test_a_hostile_file_is_one_line_and_exit_1(
        case: str, command: str, clean_course: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    course = Path(shutil.copytree(clean_course, tmp_path / "a" / "b" / "course"))
    make, message = CASES[case]
    make(_copy(course))
    code = main(COMMANDS[command](course, tmp_path / "out"))
    out, err = capsys.readouterr()
    assert code == 1, out + err
    assert "Traceback" not in out + err and "swordfish" not in out + err
    mentions = [line for line in (out + err).splitlines() if str(_copy(course)) in line]
    assert len(mentions) == 1, out + err
    assert re.search(rf"{re.escape(str(_copy(course)))}:{message}", mentions[0]), mentions[0]
    assert len(mentions[0]) < 700  # no 4,000-digit number, no 200 KB text
    assert not (tmp_path / "out").exists()


def test_a_device_named_directly_is_refused_unread() -> None:
    with pytest.raises(ExerciseError, match=r"/dev/zero: \(file\): is a device, not a regular"):
        read_bytes(Path("/dev/zero"), Path("/dev"))


def test_a_link_inside_the_folder_is_read(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("id: a\n", "utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.yaml").symlink_to(tmp_path / "a.yaml")
    assert read_bytes(tmp_path / "sub" / "b.yaml", tmp_path) == b"id: a\n"


def test_brackets_in_quoted_text_and_comments_are_not_nesting(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / SECTION
    folder.mkdir()
    text = (DATA / "bad" / "minutes-zero.yaml").read_text("utf-8")
    text = (text.replace("id: minutes-zero", "id: brackets").replace("minutes: 0", "minutes: 2")
            .replace("title: A bad file", f"title: '{'[' * 25}'  # {'{' * 25}"))
    (folder / "brackets.yaml").write_text(text, "utf-8")
    assert main(["validate", str(tmp_path)]) == 0, capsys.readouterr()
