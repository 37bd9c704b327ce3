"""Browser-test fixtures: one JupyterLab and one notebook run per session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser import lab
from workshop.builds.build import build_learner

#: one view per exercise type, in notebook order; the choice comes twice (mouse, then keyboard)
VIEWS = (
    "unsure-reply-choice",
    "read-the-room-cues",
    "connection-before-asking",
    "climbing-gym-scenario",
    "board-game-cafe-conversation",
    "follow-up-timing",
    "personal-plan",
    "rewrite-the-demand",
    "unsure-reply-choice",
)
NOTEBOOK = "exercises.ipynb"
#: every view is answered in the full kit and in a learner copy (no model answers or examples)
KITS = ("full", "learner")
# A busy 2-core machine (CI) can take seconds per kernel round trip; 5 s is Playwright's default.
expect.set_options(timeout=15_000)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "browser: drives JupyterLab in headless Chromium (needs /usr/bin/chromium)"
    )


@pytest.fixture(scope="session", params=KITS)
def kit(request: pytest.FixtureRequest) -> str:
    """Which exercises the kernel loads: the full kit's, or a learner copy's (no answers)."""
    kind: str = request.param
    return kind


@pytest.fixture(scope="session")
def kit_exercises(kit: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The exercises folder of ``kit``; a learner copy is built for the session."""
    if kit == "full":
        return lab.EXERCISES
    out = tmp_path_factory.mktemp("learner-copy") / "copy"
    build_learner(out, lab.ROOT)
    return out / "exercises"


@pytest.fixture(scope="session")
def progress_dir(tmp_path_factory: pytest.TempPathFactory, kit: str) -> Path:
    """Where the kernel saves progress ($WORKSHOP_PROGRESS_DIR), one folder per kit."""
    return tmp_path_factory.mktemp(f"progress-{kit}")


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory, progress_dir: Path,
           kit_exercises: Path) -> Iterator[lab.LabServer]:
    """JupyterLab on loopback serving a generated notebook with every exercise view."""
    source = tmp_path_factory.mktemp("notebooks")
    cells = ["import workshop"] + [f"workshop.show({view!r})" for view in VIEWS]
    lab.write_notebook(source / NOTEBOOK, cells)
    with lab.lab_server(tmp_path_factory.mktemp("lab"), source, progress_dir,
                        exercises=kit_exercises) as running:
        yield running


@pytest.fixture(scope="session")
def notebook(chromium: Browser, server: lab.LabServer) -> Iterator[Page]:
    """The notebook, opened (it runs itself): every exercise view rendered."""
    with lab.tab(chromium, height=1000) as page:
        lab.open_ready(page, server, NOTEBOOK, len(VIEWS))
        yield page


@pytest.fixture(scope="session")
def axe_script(pytestconfig: pytest.Config) -> Path:
    """axe-core's axe.min.js, installed from the npm registry into pytest's cache folder."""
    folder = pytestconfig.cache.mkdir("axe-core") if pytestconfig.cache else lab.ROOT / "build"
    try:
        return lab.install_axe(folder)
    except lab.LabError as e:
        pytest.fail(str(e), pytrace=False)
