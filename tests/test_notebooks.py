"""Notebooks are committed executed, error-free, with hidden one-line code cells."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def test_the_first_notebook_exists() -> None:
    assert (ROOT / "notebooks" / "00-start-here.ipynb") in NOTEBOOKS


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
