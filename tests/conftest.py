"""Shared fixtures: the shipped exercises, the bad example files, one Playwright per run."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

import pytest

from workshop.checkers.model import set_enabled
from workshop.exercises import Exercise, load_file
from workshop.exercises.loader import exercise_files

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Playwright

ROOT = Path(__file__).resolve().parent.parent


def eval_module() -> ModuleType:
    """benchmarks/eval_checkers.py as a module (the benchmarks folder is not a package)."""
    spec = importlib.util.spec_from_file_location(
        "eval_checkers", ROOT / "benchmarks" / "eval_checkers.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("eval_checkers", module)
    spec.loader.exec_module(module)
    return module
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


#: Test modules that pin the rules' phrase tables case by case check with the rules alone (so
#: do the test_checkers_dev* modules, one per study round); the model's second opinion is
#: tested in test_checkers_model.py, its concerns on fresh text are counted by
#: benchmarks/eval_checker_model.py, and it changes each time it is retrained on new data.
RULES_ALONE = frozenset({"test_checkers_text", "test_checkers_short",
                         "test_checkers_principles"})


def rules_alone(module: str) -> bool:
    """Whether the tests of ``module`` (its short name) check with the rules alone."""
    return module in RULES_ALONE or module.startswith("test_checkers_dev")


@pytest.fixture(autouse=True)
def _rules_alone(request: pytest.FixtureRequest) -> Iterator[None]:
    """Switch the second opinion off for the tests of the rules themselves."""
    if not rules_alone(request.module.__name__.rpartition(".")[2]):
        yield
        return
    previous = set_enabled(False)
    yield
    set_enabled(previous)


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    """Playwright, started once: its sync API allows only one running instance at a time,
    and both the JupyterLab tests and the offline-site tests keep a browser for the session."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as running:
        yield running


@pytest.fixture(scope="session")
def chromium(playwright: Playwright) -> Iterator[Browser]:
    """Headless Chromium for the JupyterLab and class-server tests; fails (never skips) with
    install instructions when it is missing."""
    from tests.browser import lab

    if not lab.CHROMIUM.exists():
        pytest.fail(lab.MISSING_CHROMIUM, pytrace=False)
    browser = lab.launch_chromium(playwright)
    yield browser
    browser.close()
