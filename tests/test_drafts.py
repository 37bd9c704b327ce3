"""Drafts: an untouched `workshop new` template fails `validate`, passes `validate --draft`,
and reaches no agenda, progress summary, build or compiled catalogue."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import EXERCISES, ROOT, SHIPPED
from workshop.cli import main
from workshop.exercises import TYPES, collect, load_exercises
from workshop.exercises.compiled import CATALOGUE
from workshop.exercises.drafts import fill_ins
from workshop.exercises.loader import compile_catalogue
from workshop.exercises.yamlfile import parse

SECTION = "01-the-art-of-asking"


@pytest.fixture(scope="module")
def with_templates(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The course with one untouched template of every type in section 01."""
    root = tmp_path_factory.mktemp("drafts") / "course"
    shutil.copytree(EXERCISES, root / "exercises", ignore=shutil.ignore_patterns(".*"))
    shutil.copytree(ROOT / "notebooks", root / "notebooks")
    for type_ in TYPES:
        assert main(["new", type_, "--section", SECTION, "--id", f"draft-{type_}",
                     "--root", str(root / "exercises")]) == 0
    return root


@pytest.fixture
def course(with_templates: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A fresh copy of that course for one test."""
    capsys.readouterr()
    return Path(shutil.copytree(with_templates, tmp_path / "course"))


def _drafts(course: Path) -> list[Path]:
    return sorted((course / "exercises" / SECTION).glob("draft-*.yaml"))


def test_the_loader_leaves_drafts_out_and_names_them(course: Path) -> None:
    found = collect([course / "exercises"])
    assert len(found.exercises) == len(SHIPPED) and not found.errors
    assert sorted(d.path for d in found.drafts if d.path) == _drafts(course)
    assert all("left out: a draft" in d.format() for d in found.drafts)
    catalog = load_exercises(course / "exercises")
    assert not any(i.startswith("draft-") for i in catalog)
    assert sorted(d.path for d in catalog.drafts if d.path) == _drafts(course)
    # the compiled catalogue holds no draft, is used as written, and still names them
    stored = json.loads((course / "exercises" / CATALOGUE).read_text("utf-8"))
    assert not any("draft-" in e["file"] for e in stored["exercises"])
    again = load_exercises(course / "exercises")
    assert list(again) == list(catalog) and len(again.drafts) == len(TYPES)
    # the wheel's (and so the offline site's) catalogue is compiled the same way
    (course / "exercises" / CATALOGUE).unlink()
    stored = json.loads(compile_catalogue(course / "exercises").read_text("utf-8"))
    assert len(stored["exercises"]) == len(SHIPPED) and len(stored["drafts"]) == len(TYPES)


def test_validate_refuses_drafts_and_draft_mode_checks_the_rest(
        course: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(course / "exercises")]) == 1
    out, err = capsys.readouterr()
    problems = out.splitlines()
    assert problems and all("still says FILL IN; write " in p for p in problems), out
    assert {p.split(":", 1)[0] for p in problems} == {str(p) for p in _drafts(course)}
    assert "Traceback" not in out + err
    assert main(["validate", "--draft", str(course / "exercises")]) == 0
    out, _ = capsys.readouterr()
    assert out.startswith(f"ok: {len(SHIPPED) + len(TYPES)} exercises,")
    assert f"{len(TYPES)} drafts" in out


def test_draft_mode_still_checks_everything_else(
        course: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = course / "exercises" / SECTION / "draft-choice.yaml"
    path.write_text(path.read_text("utf-8").replace("minutes: 3", "minutes: 0"), "utf-8")
    assert main(["validate", "--draft", str(path)]) == 1
    out, _ = capsys.readouterr()
    assert f"{path}:10: minutes: 0 is too small" in out and "FILL IN" not in out


def test_a_finished_file_is_no_draft(tmp_path: Path) -> None:
    text = (EXERCISES / "06-final-thoughts" / "personal-plan.yaml").read_text("utf-8")
    data, lines = parse(text + "# FILL IN in a comment is not a placeholder\n")
    assert fill_ins(data, lines, None) == []


def test_list_agenda_and_progress_leave_drafts_out(
        course: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    assert main(["list", "--json", "--root", str(course / "exercises")]) == 0
    out, err = capsys.readouterr()
    assert len(json.loads(out)) == len(SHIPPED)
    assert err.count("left out: a draft") == len(TYPES)
    assert main(["agenda", "--minutes", "180", "--format", "json",
                 "--root", str(course / "exercises")]) == 0
    out, err = capsys.readouterr()
    assert "draft-" not in out and "FILL IN" not in out
    assert err.count("left out: a draft") == len(TYPES)
    monkeypatch.setenv("WORKSHOP_EXERCISES", str(course / "exercises"))
    assert main(["progress", "--json", "--dir", str(tmp_path / "progress")]) == 0
    out, _ = capsys.readouterr()
    [first] = [s for s in json.loads(out)["sections"] if s["section"] == SECTION]
    assert first["total"] == sum(1 for p in SHIPPED if p.parent.name == SECTION)


def test_no_build_holds_a_draft(course: Path, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    for kind in ("learner", "handout", "cards"):
        assert main(["build", kind, str(tmp_path / kind), "--course", str(course)]) == 0
        assert capsys.readouterr().err.count("left out: a draft") == len(TYPES)
        for path in (tmp_path / kind).rglob("*"):
            if path.is_file():
                text = path.read_text("utf-8")
                assert "FILL IN" not in text and "draft-" not in text, path
    copy = tmp_path / "learner" / "exercises"
    assert len(list(copy.rglob("*.yaml"))) == len(SHIPPED)
    assert not load_exercises(copy).drafts
