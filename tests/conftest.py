"""Shared fixtures: the shipped exercises and the bad example files."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop.exercises import Exercise, load_file
from workshop.exercises.loader import exercise_files

ROOT = Path(__file__).resolve().parent.parent
EXERCISES = ROOT / "exercises"
DATA = Path(__file__).resolve().parent / "data"
SHIPPED = exercise_files([EXERCISES])


@pytest.fixture(params=SHIPPED, ids=[p.stem for p in SHIPPED])
def shipped_path(request: pytest.FixtureRequest) -> Path:
    """Every exercise file in exercises/, one test each, named after the exercise."""
    path: Path = request.param
    return path


@pytest.fixture
def shipped(shipped_path: Path) -> Exercise:
    """Every shipped exercise, loaded."""
    return load_file(shipped_path)


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Keep tests away from a user's own exercises setting."""
    monkeypatch.delenv("WORKSHOP_EXERCISES", raising=False)
