"""Every notebook as a new learner meets it in JupyterLab: it runs by itself when it opens
(the workshop-autorun extension; nobody clicks Run All), and every exercise renders.

Saves a screenshot of each notebook's first screen and of its first exercise under
test-artifacts/walkthrough/ for a look by eye.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, Route, expect

from tests.browser import lab
from tests.site import offline
from workshop.exercises import load_exercises
from workshop.exercises.model import ChoiceBody

pytestmark = pytest.mark.browser

NOTEBOOKS = sorted((lab.ROOT / "notebooks").glob("*.ipynb"))
SHOTS = lab.ROOT / "test-artifacts" / "walkthrough"
CATALOG = load_exercises(lab.EXERCISES)


def shown_views(path: Path) -> int:
    """How many exercise views the notebook's code cells display."""
    cells = json.loads(path.read_text("utf-8"))["cells"]
    return sum(len(re.findall(r"\bshow\(", "".join(c["source"])))
               for c in cells if c["cell_type"] == "code")


def code_cells(path: Path) -> int:
    """How many code cells the notebook has."""
    cells = json.loads(path.read_text("utf-8"))["cells"]
    return sum(c["cell_type"] == "code" for c in cells)


def wait_run_by_itself(page: Page, path: Path) -> None:
    """Wait until the notebook has sent its every code cell to the kernel and the kernel is
    idle again, with no Run All (needs :data:`lab.SYNC_TRACKER` in the page)."""
    page.wait_for_function(f"() => window.__executeRequests >= {code_cells(path)}",
                           timeout=lab.KERNEL_IDLE_MS)
    lab.wait_kernel_idle(page)


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
    with lab.tab(chromium) as tab:
        yield tab


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs_and_shows_every_exercise(
    page: Page, course: lab.LabServer, path: Path
) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    views = shown_views(path)
    page.goto(course.notebook_url(path.name))
    if views:
        lab.wait_answerable(page, views)
    wait_run_by_itself(page, path)
    assert page.evaluate("() => window.__executeRequests") == code_cells(path), "ran twice"
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
    page.goto(course.notebook_url("facilitator.ipynb"))
    wait_run_by_itself(page, lab.ROOT / "notebooks" / "facilitator.ipynb")
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


def test_a_notebook_opened_is_ready_to_answer_with_no_cell_run_by_hand(
    page: Page, course: lab.LabServer
) -> None:
    """The learner opens a notebook and answers its first exercise: nothing else."""
    path = lab.ROOT / "notebooks" / "01-the-art-of-asking.ipynb"
    exercise_id = "dog-park-first-move"
    body = CATALOG[exercise_id].body
    assert isinstance(body, ChoiceBody)
    right = next(o for o in body.options if o.correct)
    page.goto(course.notebook_url(path.name))
    lab.wait_answerable(page, shown_views(path))
    views = offline.shown(path)
    exercise = lab.exercises(page).nth(views.index(exercise_id))
    exercise.scroll_into_view_if_needed()
    exercise.locator(".widget-radio-box label").filter(has_text=" ".join(right.text.split())
                                                       ).click()
    lab.wait_widgets_synced(page)
    exercise.get_by_role("button", name="Check").click()
    expect(lab.feedback(exercise)).to_contain_text("Pass")
    expect(lab.feedback(exercise)).to_contain_text(" ".join(right.feedback.split()))
    exercise.screenshot(path=SHOTS / "answered-without-run-all.png")


def test_a_notebook_without_the_flag_is_not_run(page: Page, course: lab.LabServer) -> None:
    lab.write_notebook(course.notebooks / "plain.ipynb", ["import workshop",
                       "workshop.show('dog-park-first-move')"], autorun=False)
    page.goto(course.notebook_url("plain.ipynb"))
    lab.wait_kernel_idle(page)
    page.wait_for_timeout(3_000)  # time enough to have started a run, were there one
    assert page.evaluate("() => window.__executeRequests") == 0
    expect(lab.exercises(page)).to_have_count(0)


def test_until_a_slow_kernel_runs_an_exercise_says_it_is_loading(
    page: Page, course: lab.LabServer
) -> None:
    """What Lab shows before any cell has run is plain words, not a repr; and a kernel that
    takes long to start still gets the notebook run when it comes."""
    path = lab.ROOT / "notebooks" / "01-the-art-of-asking.ipynb"
    shutil.copy2(path, course.notebooks / "slow-kernel.ipynb")
    held: list[Route] = []  # the request that starts the kernel, held to make it slow
    page.route("**/api/sessions**", lambda route: held.append(route)
               if route.request.method == "POST" else route.continue_())
    page.goto(course.notebook_url("slow-kernel.ipynb"))
    outputs = lab.notebook_panel(page).locator(".jp-OutputArea-output")
    expect(outputs.first).to_have_text("Loading the exercise “Read the room”…")
    expect(lab.notebook_panel(page)).not_to_contain_text("Error displaying widget")
    expect(lab.notebook_panel(page)).not_to_contain_text("exercise '")
    outputs.first.scroll_into_view_if_needed()
    page.screenshot(path=SHOTS / "before-the-kernel.png")
    page.wait_for_timeout(8_000)
    assert held, "the notebook never asked for a kernel"
    expect(lab.exercises(page)).to_have_count(0)
    for route in held:
        route.continue_()
    lab.wait_answerable(page, shown_views(path))
