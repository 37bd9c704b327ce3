"""The learner's path from `make start`: every notebook opened from the previous one's link,
one exercise answered in each without running any cell by hand, and the checkout unchanged.

Runs the real `HEADLESS=1 make start` (the learner copy in build/learner, the course's Lab
settings, kernel culling) on a free port. Screenshots of each notebook's first exercise go to
test-artifacts/learner-start/ for a look by eye.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser import lab
from tests.site import offline
from workshop.exercises import SECTIONS, load_exercises
from workshop.exercises.model import ChoiceBody

pytestmark = pytest.mark.browser

SHOTS = lab.ROOT / "test-artifacts" / "learner-start"
CATALOG = load_exercises(lab.EXERCISES)
#: make may first build the learner copy; the server then needs a few seconds
START_S = 180.0
#: opening a notebook until its first exercise can be answered (no Run All); generous for CI
READY_MS = 60_000


@dataclass(frozen=True, slots=True)
class Started:
    """`make start` running: the address it printed, and its process."""

    url: str
    base: str
    token: str
    proc: subprocess.Popen[bytes]
    log: Path


def git_status() -> str:
    """``git status --porcelain`` of the checkout (untracked files included)."""
    done = subprocess.run(["git", "status", "--porcelain", "--untracked-files=all"],
                          cwd=lab.ROOT, capture_output=True, text=True, check=True)
    return done.stdout


def _printed_url(log: Path, port: int, proc: subprocess.Popen[bytes]) -> str:
    pattern = re.compile(rf"http://127\.0\.0\.1:{port}/\S+\?token=\w+")
    deadline = time.monotonic() + START_S
    while time.monotonic() < deadline:
        found = pattern.search(log.read_text(errors="replace"))
        if found:
            return found.group(0)
        if proc.poll() is not None:
            raise lab.LabError(f"make start exited with {proc.returncode}:\n"
                               f"{log.read_text(errors='replace')[-3000:]}")
        time.sleep(0.2)  # waiting for a line in a log: there is no event to wait for
    raise lab.LabError(f"make start printed no address in {START_S:g} s")


def stop(proc: subprocess.Popen[bytes]) -> None:
    """Stop make and the JupyterLab it started (one process group), as Ctrl+C would."""
    if proc.poll() is None:
        with suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


@pytest.fixture(scope="module")
def before() -> str:
    """The checkout's status before the learner starts."""
    return git_status()


@pytest.fixture(scope="module")
def started(tmp_path_factory: pytest.TempPathFactory, before: str) -> Iterator[Started]:
    """`HEADLESS=1 make start` on a free port, with its own Jupyter and progress folders."""
    base = tmp_path_factory.mktemp("make-start")
    port = lab.free_port()
    env = dict(os.environ, HEADLESS="1", PORT=str(port), PYTHONUNBUFFERED="1",
               WORKSHOP_PROGRESS_DIR=str(base / "progress"),
               JUPYTER_RUNTIME_DIR=str(base / "runtime"),
               JUPYTERLAB_SETTINGS_DIR=str(base / "settings"),
               JUPYTERLAB_WORKSPACES_DIR=str(base / "workspaces"))
    env.pop("WORKSHOP_EXERCISES", None)  # the learner copy's own exercises, as for a learner
    log = base / "make-start.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(["make", "--no-print-directory", "start"], cwd=lab.ROOT, env=env,
                                stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)
    try:
        url = _printed_url(log, port, proc)
        token = url.rsplit("token=", 1)[1]
        yield Started(url, f"http://127.0.0.1:{port}", token, proc, log)
    finally:
        stop(proc)


@pytest.fixture(scope="module")
def learner(chromium: Browser, started: Started) -> Iterator[Page]:
    """One browser tab, as a learner keeps it open through the course."""
    with lab.tab(chromium) as page:
        yield page


def shown(section: str) -> list[str]:
    """The exercises notebook ``section`` shows, in order."""
    return offline.shown(lab.ROOT / "notebooks" / f"{section}.ipynb")


def first_single_choice(section: str) -> str:
    """The first one-answer choice exercise a notebook shows."""
    for eid in shown(section):
        body = CATALOG[eid].body
        if isinstance(body, ChoiceBody) and not body.multiple:
            return eid
    raise AssertionError(f"{section} shows no one-answer choice exercise")


def scroll_to_end(page: Page) -> None:
    """Scroll the notebook on show to its end, as a reader does (Lab draws only what is seen)."""
    scroller = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-WindowedPanel-outer")
    for _ in range(20):
        scroller.evaluate("el => { el.scrollTop = el.scrollHeight; }")
        page.wait_for_timeout(150)  # Lab draws the newly visible cells on the next frames
        if scroller.evaluate("el => el.scrollTop + el.clientHeight >= el.scrollHeight - 2"):
            return


def kernels(started: Started) -> list[dict[str, object]]:
    """The kernels the server is running."""
    request = urllib.request.Request(f"{started.base}/api/kernels",
                                     headers={"Authorization": f"token {started.token}"})
    with urllib.request.urlopen(request, timeout=10) as reply:
        found: list[dict[str, object]] = json.load(reply)
    return found


def answer_right(page: Page, eid: str) -> None:
    """Choose the right option of choice exercise ``eid`` and check it."""
    body = CATALOG[eid].body
    assert isinstance(body, ChoiceBody)
    title = CATALOG[eid].title
    view = lab.exercises(page).filter(has=page.locator("h4", has_text=title)).first
    view.scroll_into_view_if_needed()
    right = next(o for o in body.options if o.correct)
    view.locator(".widget-radio-box label").filter(has_text=" ".join(right.text.split())).click()
    lab.wait_widgets_synced(page)
    view.get_by_role("button", name="Check").click()
    expect(lab.feedback(view)).to_contain_text("Pass")
    expect(lab.feedback(view)).to_contain_text(" ".join(right.feedback.split()[:6]))


def test_make_start_opens_the_learner_copy_on_start_here(learner: Page, started: Started) -> None:
    assert "/lab/tree/notebooks/00-start-here.ipynb?token=" in started.url
    learner.goto(started.url)
    panel = lab.notebook_panel(learner)
    expect(panel.locator("h1").first).to_contain_text("start here")
    # saved outputs of the worked examples are there at once; no facilitator notes
    expect(panel.locator(".jp-OutputArea-output").first).to_be_visible()
    expect(panel).not_to_contain_text("Facilitator notes")
    SHOTS.mkdir(parents=True, exist_ok=True)
    learner.screenshot(path=SHOTS / "00-start-here.png")


@pytest.mark.parametrize("section", SECTIONS[1:])
def test_next_link_opens_a_notebook_ready_to_answer(learner: Page, started: Started,
                                                    section: str) -> None:
    link = lab.notebook_panel(learner).locator(f"a[href*='{section}.ipynb']").last
    scroll_to_end(learner)
    link.click()
    panel = lab.notebook_panel(learner)
    expect(panel.locator("h1").first).to_contain_text(f"{section[:2]} - ")
    check = panel.locator(".workshop-exercise").first.get_by_role("button", name="Check")
    expect(check).to_be_enabled(timeout=READY_MS)
    expect(panel).not_to_contain_text("Facilitator notes")
    eid = first_single_choice(section)
    answer_right(learner, eid)
    learner.screenshot(path=SHOTS / f"{section}.png")
    # nobody ran a cell by hand, yet every exercise of the notebook is on screen
    expect(panel.locator(".workshop-exercise")).to_have_count(len(shown(section)))


def test_closing_the_notebooks_stops_their_kernels(learner: Page, started: Started) -> None:
    assert kernels(started), "the walkthrough should have started kernels"
    learner.locator(".lm-MenuBar-itemLabel", has_text=re.compile(r"^File$")).click()
    learner.locator(".lm-Menu-itemLabel", has_text=re.compile(r"^Close All Tabs$")).click()
    deadline = time.monotonic() + 30
    while kernels(started) and time.monotonic() < deadline:
        time.sleep(0.5)  # the server stops them one by one
    assert kernels(started) == []


def test_the_checkout_is_unchanged_after_the_walkthrough(started: Started, before: str) -> None:
    stop(started.proc)
    assert git_status() == before
