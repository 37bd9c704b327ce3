"""Notebooks are committed executed, error-free, with hidden one-line code cells."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import EXERCISES, ROOT
from workshop.exercises import SECTIONS, load_exercises

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
FACILITATOR = ROOT / "notebooks" / "facilitator.ipynb"
SECTION_NOTEBOOKS = [p for p in NOTEBOOKS if p != FACILITATOR]


def test_the_first_notebook_exists() -> None:
    assert (ROOT / "notebooks" / "00-start-here.ipynb") in NOTEBOOKS


def test_one_notebook_per_section_and_the_facilitator_notebook() -> None:
    assert [p.stem for p in SECTION_NOTEBOOKS] == list(SECTIONS)
    assert FACILITATOR in NOTEBOOKS


def test_the_facilitator_notebook_is_marked_and_shows_no_exercise() -> None:
    nb = json.loads(FACILITATOR.read_text("utf-8"))
    assert nb["metadata"]["workshop"] == {"audience": "facilitator", "autorun": True}
    assert _shown(nb) == (set(), set())
    code = "".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    assert "run_of_show(" in code and "countdown(" in code
    for path in SECTION_NOTEBOOKS:
        meta = json.loads(path.read_text("utf-8"))["metadata"]
        assert meta.get("workshop", {}).get("audience") != "facilitator", path.name


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_is_executed_and_clean(path: Path) -> None:
    nb = json.loads(path.read_text("utf-8"))
    assert nb["metadata"]["kernelspec"]["name"] == "python3"
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    for i, cell in enumerate(code):
        where = f"{path.name} code cell {i}"
        assert cell["execution_count"] is not None, f"{where} was never executed"
        errors = [o for o in cell["outputs"] if o["output_type"] == "error"]
        assert not errors, f"{where} has a saved error"
        source = "".join(cell["source"]).strip()
        assert "\n" not in source, f"{where} is more than one line"
        assert cell["metadata"].get("jupyter", {}).get("source_hidden") is True, (
            f"{where} does not hide its input"
        )


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs_when_it_opens(path: Path) -> None:
    """The workshop-autorun extension runs it: no Run All for the learner."""
    assert json.loads(path.read_text("utf-8"))["metadata"]["workshop"]["autorun"] is True


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_saved_widgets_say_they_are_loading(path: Path) -> None:
    """Until its cells run, a notebook shows plain words, never a repr or a dead widget."""
    nb = json.loads(path.read_text("utf-8"))
    assert "widgets" not in nb["metadata"], f"{path.name} saved widget state"
    for cell in nb["cells"]:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            assert "application/vnd.jupyter.widget-view+json" not in data, path.name
            text = "".join(data.get("text/plain", ""))
            # a widget's words: "Loading ...", never "<choice exercise ...>" or "HTML(value=..."
            assert not re.match(r"<[\w ]+[ :]|[A-Z]\w+\(value=", text), (path.name, text)


def _shown(nb: dict[str, object]) -> tuple[set[str], set[str]]:
    ids: set[str] = set()
    sections: set[str] = set()
    for cell in nb["cells"]:  # type: ignore[attr-defined]
        if cell["cell_type"] != "code":
            continue
        source = "".join(cell["source"])
        ids |= set(re.findall(r"""\bshow\(\s*["']([a-z0-9-]+)["']""", source))
        sections |= set(re.findall(r"""\bshow_section\(\s*["']([0-9a-z-]+)["']""", source))
    return ids, sections


def test_every_exercise_is_shown_by_a_notebook() -> None:
    ids: set[str] = set()
    sections: set[str] = set()
    for path in NOTEBOOKS:
        shown, whole = _shown(json.loads(path.read_text("utf-8")))
        ids |= shown
        sections |= whole
    exercises = load_exercises(EXERCISES)
    unknown = ids - set(exercises)
    assert not unknown, f"notebooks show exercises that do not exist: {sorted(unknown)}"
    missing = [e.id for e in exercises.values() if e.id not in ids and e.section not in sections]
    assert not missing, f"exercises no notebook shows: {missing}"


def test_facilitator_notes_are_tagged_markdown() -> None:
    for path in NOTEBOOKS:
        for cell in json.loads(path.read_text("utf-8"))["cells"]:
            text = "".join(cell["source"])
            if text.startswith("**Facilitator notes"):
                assert cell["cell_type"] == "markdown"
                assert "facilitator" in cell["metadata"].get("tags", []), path.name


def licence_cells(cells: list[dict[str, Any]]) -> list[str]:
    """The text of the cells tagged ``licence``."""
    return ["".join(c["source"]) for c in cells if "licence" in c["metadata"].get("tags", [])]


def test_start_here_ends_with_the_licences_of_the_course() -> None:
    cells = json.loads((ROOT / "notebooks" / "00-start-here.ipynb").read_text("utf-8"))["cells"]
    (text,) = licence_cells(cells)
    assert cells[-1]["cell_type"] == "markdown" and "".join(cells[-1]["source"]) == text
    assert "(https://creativecommons.org/licenses/by/4.0/)" in text and "CC BY 4.0" in text
    assert "MIT licence" in text and "The workshop kit contributors" in " ".join(text.split())


@pytest.mark.parametrize("path", SECTION_NOTEBOOKS[:-1],
                         ids=[p.stem for p in SECTION_NOTEBOOKS[:-1]])
def test_each_notebook_links_to_the_next(path: Path) -> None:
    following = SECTION_NOTEBOOKS[SECTION_NOTEBOOKS.index(path) + 1].name
    cells = json.loads(path.read_text("utf-8"))["cells"]
    text = "".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    assert f"]({following})" in text, f"{path.name} should end with a link to {following}"
