"""Every notebook as a new learner meets it in JupyterLab: it runs, and every exercise renders.

Saves a screenshot of each notebook's first screen and of its first exercise under
test-artifacts/walkthrough/ for a look by eye.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser import lab

pytestmark = pytest.mark.browser

NOTEBOOKS = sorted((lab.ROOT / "notebooks").glob("*.ipynb"))
SHOTS = lab.ROOT / "test-artifacts" / "walkthrough"


def shown_views(path: Path) -> int:
    """How many exercise views the notebook's code cells display."""
    cells = json.loads(path.read_text("utf-8"))["cells"]
    return sum(len(re.findall(r"\bshow\(", "".join(c["source"])))
               for c in cells if c["cell_type"] == "code")


def run_printed(page: Page) -> None:
    """Run All for a notebook whose cells only print (no prompt numbers to wait for)."""
    printed = lab.notebook_panel(page).locator(".jp-OutputArea-output")
    for _ in range(3):
        lab.wait_kernel_idle(page)
        lab.click_run_all(page)
        try:
            expect(printed.first).to_be_visible(timeout=10_000)
            break
        except AssertionError:
            continue
    lab.wait_kernel_idle(page)
    expect(printed.first).to_be_visible()


@pytest.fixture(scope="module")
def course(tmp_path_factory: pytest.TempPathFactory) -> Iterator[lab.LabServer]:
    """JupyterLab serving a copy of the real notebooks, with a fresh progress folder."""
    progress = tmp_path_factory.mktemp("walkthrough-progress")
    with lab.lab_server(tmp_path_factory.mktemp("walkthrough"), lab.ROOT / "notebooks",
                        progress) as running:
        yield running


@pytest.fixture
def page(chromium: Browser) -> Iterator[Page]:
    """A fresh tab the size of a laptop screen."""
    context = chromium.new_context(viewport={"width": 1280, "height": 860})
    context.add_init_script(lab.SYNC_TRACKER)
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    yield tab
    context.close()


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs_and_shows_every_exercise(
    page: Page, course: lab.LabServer, path: Path
) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    lab.open_notebook(page, course, path.name)
    views = shown_views(path)
    if views:
        lab.run_all(page, views)
    else:
        run_printed(page)
    panel = lab.notebook_panel(page)
    expect(panel.locator(".jp-OutputArea-output[data-mime-type*='error']")).to_have_count(0)
    expect(panel.locator(".jp-RenderedText[data-mime-type='application/vnd.jupyter.stderr']")
           ).to_have_count(0)
    panel.locator(".jp-Cell").first.scroll_into_view_if_needed()
    page.screenshot(path=SHOTS / f"{path.stem}-first-screen.png")
    if views:
        first = lab.exercises(page).first
        first.scroll_into_view_if_needed()
        expect(first.locator("h4")).not_to_be_empty()
        first.screenshot(path=SHOTS / f"{path.stem}-exercise.png")


def test_facilitator_countdown_ticks_in_the_browser(page: Page, course: lab.LabServer) -> None:
    lab.open_notebook(page, course, "facilitator.ipynb")
    run_printed(page)
    timer = lab.notebook_panel(page).locator(".workshop-countdown").first
    label = timer.locator("div.widget-label")
    expect(label).to_have_text(re.compile(r"^\d+:00 left$"))
    full = label.inner_text()
    timer.locator("button:has(.fa-play)").click()
    # the Play widget ticks in the page; the kernel only rewrites the label
    expect(label).not_to_have_text(full, timeout=10_000)
    expect(timer.locator(".progress-bar")).not_to_have_attribute("style", re.compile(r"width: 0%"))
    timer.locator("button:has(.fa-pause)").click()
    paused = label.inner_text()
    page.wait_for_timeout(2_500)
    assert label.inner_text() == paused
    timer.locator("button", has_text="Reset").click()
    expect(label).to_have_text(full)
    page.screenshot(path=SHOTS / "facilitator-countdown.png")
