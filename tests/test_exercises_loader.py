"""Loading and validating exercise files: every instructor mistake gets a precise message."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import DATA, EXERCISES, SHIPPED
from workshop.errors import ExerciseError, ExerciseErrors
from workshop.exercises import TYPES, Exercise, collect, load_exercises, load_file, load_text
from workshop.exercises.reading import MAX_BYTES
from workshop.exercises.yamlfile import MAX_DEPTH

BAD = sorted((DATA / "bad").glob("*.yaml"))


def _expectation(path: Path) -> str:
    first = path.read_text("utf-8").splitlines()[0] if path.stat().st_size else ""
    match = re.fullmatch(r"# expect: (.+)", first)
    if match is None:
        raise ValueError(f"{path}: the first line must be '# expect: <line>: <field>: <message>'")
    return f"{path}:{match.group(1)}"


@pytest.mark.parametrize("path", BAD, ids=[p.stem for p in BAD])
def test_bad_file_is_reported_precisely(path: Path) -> None:
    with pytest.raises(ExerciseError) as info:
        load_file(path)
    messages = [e.format() for e in info.value.errors]
    expected = _expectation(path)
    assert any(m.startswith(expected) for m in messages), "\n".join(messages)
    # every message has the shape <file>:<line>: <field>: <problem>; <fix>
    for m in messages:
        assert re.match(rf"{re.escape(str(path))}:\d+: [^:]+: .+; .+", m), m


def test_every_type_has_a_shipped_example() -> None:
    loaded = [load_file(p) for p in SHIPPED]
    assert {e.type for e in loaded} == set(TYPES)


def test_shipped_exercise_loads(shipped: Exercise) -> None:
    assert shipped.path is not None
    assert shipped.id == shipped.path.stem
    assert shipped.section == shipped.path.parent.name
    assert shipped.minutes > 0


def test_load_exercises_returns_catalog_in_section_order() -> None:
    catalog = load_exercises(EXERCISES)
    sections = [e.section for e in catalog.values()]
    assert sections == sorted(sections)
    assert len(catalog) == len(SHIPPED)
    assert all(e.section == "01-the-art-of-asking" for e in catalog.section("01-the-art-of-asking"))


def test_load_exercises_finds_the_checkout_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(EXERCISES.parent / "notebooks")
    assert load_exercises().root == EXERCISES


def test_environment_variable_chooses_the_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "06-final-thoughts").mkdir()
    src = EXERCISES / "06-final-thoughts" / "personal-plan.yaml"
    shutil.copy(src, tmp_path / "06-final-thoughts")
    monkeypatch.setenv("WORKSHOP_EXERCISES", str(tmp_path))
    assert list(load_exercises()) == ["personal-plan"]


def test_missing_folder_is_an_exercise_error(tmp_path: Path) -> None:
    with pytest.raises(ExerciseError, match="no such folder of exercises"):
        load_exercises(tmp_path / "nope")


def test_duplicate_ids_across_files(tmp_path: Path) -> None:
    src = EXERCISES / "06-final-thoughts" / "personal-plan.yaml"
    for folder in ("one", "two"):
        (tmp_path / folder).mkdir()
        shutil.copy(src, tmp_path / folder / src.name)
    exercises, errors, _ = collect([tmp_path])
    assert len(exercises) == 1
    [error] = errors
    assert error.path == tmp_path / "two" / "personal-plan.yaml"
    assert error.line == 2 and error.field == "id"
    assert "already used by" in error.problem and "one/personal-plan.yaml" in error.problem


def test_section_must_match_its_folder(tmp_path: Path) -> None:
    folder = tmp_path / "05-common-mistakes"
    folder.mkdir()
    shutil.copy(EXERCISES / "06-final-thoughts" / "personal-plan.yaml", folder)
    with pytest.raises(ExerciseError) as info:
        load_file(folder / "personal-plan.yaml")
    assert info.value.field == "section" and info.value.line == 3
    assert "move the file to exercises/06-final-thoughts/" in str(info.value)


def test_every_problem_in_a_file_is_reported_at_once() -> None:
    text = (
        "id: Bad Id\nsection: 09-nowhere\ntype: choice\ntitle: ''\nprompt: x\nminutes: -1\n"
        "optoins: []\n"
    )
    with pytest.raises(ExerciseErrors) as info:
        load_text(text)
    fields = [e.field for e in info.value.errors]
    assert fields == ["", "id", "section", "title", "minutes", "optoins"]
    assert "did you mean 'options'?" in str(info.value)


def test_oversized_file_is_refused_before_parsing(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_bytes(b"id: big\nprompt: " + b"x" * (10 * 1024 * 1024) + b"\n")
    with pytest.raises(ExerciseError, match=rf"big.yaml: \(file\): file is more than "
                                            rf"{MAX_BYTES:,} bytes; an exercise file must be "
                                            rf"under {MAX_BYTES // 1024}"):
        load_file(big)


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("a: " + "[" * 10_000 + "]" * 10_000, 1),
        ("a:\n" + "".join(" " * i + "- \n" for i in range(MAX_DEPTH + 5)), None),
        ("a: " + "{b: " * 200 + "1" + "}" * 200, 1),
    ],
    ids=["flow-list", "block-list", "flow-map"],
)
def test_deep_nesting_is_refused(text: str, line: int | None) -> None:
    with pytest.raises(ExerciseError, match="nested more than 24 levels deep") as info:
        load_text(text)
    if line is not None:
        assert info.value.line == line


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"id: x\ntitle: \xff\xfe\n", r"<string>:2: \(file\): not valid UTF-8"),
        ("id: x\ntitle: a\x00b\n", r"<string>:2: \(file\): control character '\\x00'"),
        ("- just\n- a list\n", "the file is a list, not a mapping"),
        ("", "the file is empty"),
        ("just text", "the file is a str, not a mapping"),
        ("1: one\n", "key 1 is not text"),
        ("id: x\nminutes: .nan\n", "nan is not a finite number"),
        ("id: !custom x\n", "YAML tag '!custom' is not allowed"),
    ],
    ids=["utf8", "nul", "list", "empty", "scalar", "int-key", "nan", "custom-tag"],
)
def test_odd_documents_are_exercise_errors(data: str | bytes, message: str) -> None:
    with pytest.raises(ExerciseError, match=message):
        load_text(data)


def test_python_tags_never_execute(tmp_path: Path) -> None:
    marker = tmp_path / "executed"
    text = (
        "id: x\nsection: 00-start-here\ntype: reflect\ntitle: t\nprompt: p\nminutes: 1\n"
        f"facilitator: !!python/object/apply:os.system ['touch {marker}']\n"
    )
    with pytest.raises(ExerciseError, match="is not allowed"):
        load_text(text)
    assert not marker.exists()


def test_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(ExerciseError, match="cannot read file"):
        load_file(tmp_path / "missing.yaml")
