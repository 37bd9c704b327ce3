"""The compiled catalogue: the same exercises as the YAML, used only while it matches the files."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXERCISES, ROOT
from workshop.builds import build_learner
from workshop.errors import ExerciseErrors
from workshop.exercises import Catalog, Exercise, collect, load_exercises
from workshop.exercises import compiled as compiled_module
from workshop.exercises.compiled import CATALOGUE
from workshop.exercises.loader import compile_catalogue, exercise_files


def _yaml(folder: Path) -> list[Exercise]:
    """The exercises under ``folder`` read from their YAML, in catalogue order."""
    exercises, errors, _ = collect([folder])
    assert not errors
    return list(Catalog(exercises).values())


def _no_yaml(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make reading any YAML fail, so a load can only come from the catalogue."""
    def refuse(*_: object) -> None:
        raise AssertionError("the YAML was read")

    monkeypatch.setattr("workshop.exercises.loader.parse", refuse)


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped exercises with their compiled catalogue, compiled once."""
    folder = tmp_path_factory.mktemp("compiled") / "exercises"
    shutil.copytree(EXERCISES, folder, ignore=shutil.ignore_patterns(".*"))
    compile_catalogue(folder)
    return folder


@pytest.fixture
def course(compiled: Path, tmp_path: Path) -> Path:
    """A copy of the shipped exercises with their catalogue (still valid: its key is relative)."""
    return Path(shutil.copytree(compiled, tmp_path / "exercises"))


def test_the_catalogue_gives_exactly_what_the_yaml_gives(
        course: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from_yaml = _yaml(course)
    _no_yaml(monkeypatch)
    assert list(load_exercises(course).values()) == from_yaml  # example lines, paths included


@pytest.mark.parametrize("change", ["edit", "add", "remove", "rename"])
def test_a_changed_course_is_read_from_its_yaml_and_compiled_again(course: Path,
                                                                   change: str) -> None:
    path = course / "01-the-art-of-asking" / "ask-with-a-reason.yaml"
    if change == "edit":
        path.write_text(re.sub(r"(?m)^minutes: .*$", "minutes: 9", path.read_text("utf-8")),
                        "utf-8")
    elif change == "add":
        copy = path.with_name("ask-again.yaml")
        copy.write_text(path.read_text("utf-8").replace("id: ask-with-a-reason", "id: ask-again"),
                        "utf-8")
    elif change == "remove":
        path.unlink()
    else:
        path.rename(course / "02-the-graceful-response" / path.name)
    before = (course / CATALOGUE).read_bytes()
    if change == "rename":
        with pytest.raises(ExerciseErrors, match=r"ask-with-a-reason.yaml:\d+: section: "):
            load_exercises(course)
        assert (course / CATALOGUE).read_bytes() == before  # a broken course compiles nothing
        return
    assert list(load_exercises(course).values()) == _yaml(course)
    assert (course / CATALOGUE).read_bytes() != before
    if change == "edit":
        assert load_exercises(course)["ask-with-a-reason"].minutes == 9


def test_an_error_keeps_its_file_and_line_when_a_catalogue_exists(course: Path) -> None:
    path = course / "02-the-graceful-response" / "clear-no-choice.yaml"
    text = path.read_text("utf-8")
    path.write_text(text.replace("minutes: ", "minutes: -", 1), "utf-8")
    line = next(n for n, t in enumerate(text.splitlines(), 1) if t.startswith("minutes:"))
    with pytest.raises(ExerciseErrors, match=rf"clear-no-choice.yaml:{line}: minutes: "):
        load_exercises(course)


@pytest.mark.parametrize("damage", ["not json", "[]", '{"key": "0"}', "truncated"])
def test_a_damaged_or_foreign_catalogue_is_ignored(course: Path, damage: str) -> None:
    catalogue = course / CATALOGUE
    text = catalogue.read_text("ascii")
    catalogue.write_text(text[:len(text) // 2] if damage == "truncated" else damage, "ascii")
    assert len(load_exercises(course)) == len(exercise_files([course]))
    assert catalogue.read_text("ascii") == text  # compiled again from the YAML


def test_a_catalogue_compiled_under_another_schema_is_ignored(
        course: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    schema = compiled_module.schema_text()
    monkeypatch.setattr(compiled_module, "schema_text", lambda: schema + " ")
    assert compiled_module.read_catalogue(course, exercise_files([course])) is None


def test_a_folder_that_cannot_be_written_still_loads(
        course: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (course / CATALOGUE).unlink()

    def refuse(*_: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("workshop.exercises.loader.write_catalogue", refuse)
    assert len(load_exercises(course)) == len(exercise_files([course]))
    assert not (course / CATALOGUE).exists()


def test_compiling_a_broken_course_raises_and_writes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "exercises" / "01-the-art-of-asking"
    folder.mkdir(parents=True)
    (folder / "broken.yaml").write_text("id: broken\nminutes: [\n", "utf-8")
    with pytest.raises(ExerciseErrors, match=r"broken.yaml:\d+: \(file\): YAML syntax error"):
        compile_catalogue(folder.parent)
    assert not (folder.parent / CATALOGUE).exists()


def test_text_utf8_cannot_encode_is_kept(course: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = course / "06-final-thoughts" / "personal-plan.yaml"
    path.write_text(path.read_text("utf-8").replace("title: ", 'title: "\\ud800" #', 1), "utf-8")
    compile_catalogue(course)
    _no_yaml(monkeypatch)
    assert load_exercises(course)["personal-plan"].title == "\ud800"


def test_reading_the_catalogue_imports_no_yaml_parser(course: Path) -> None:
    code = ("import sys; from workshop.exercises import load_exercises;"
            f"load_exercises({str(course)!r}); print('ruamel' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, cwd=ROOT)
    assert done.stdout.strip() == "False"


def test_the_learner_copy_carries_the_catalogue_of_its_own_exercises(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build_learner(tmp_path / "learner", ROOT)
    exercises = tmp_path / "learner" / "exercises"
    stored = json.loads((exercises / CATALOGUE).read_text("ascii"))
    assert all(e["data"]["answers_removed"] is True and "solution" not in e["data"]
               for e in stored["exercises"])
    from_yaml = _yaml(exercises)
    _no_yaml(monkeypatch)
    assert list(load_exercises(exercises).values()) == from_yaml
