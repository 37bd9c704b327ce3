"""The class pulse in JupyterLab: the facilitator's board updates as learners answer."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Locator, Page, expect

from tests.browser import lab
from workshop.classroom.redact import PHONE
from workshop.exercises import load_exercises
from workshop.exercises.model import ChoiceBody

pytestmark = pytest.mark.browser

CATALOG = load_exercises(lab.EXERCISES)
CHOICE = "unsure-reply-choice"
REWRITE = "rewrite-the-demand"
BODY = CATALOG[CHOICE].body
assert isinstance(BODY, ChoiceBody)
RIGHT = next(o for o in BODY.options if o.correct)
WRONG = next(o for o in BODY.options if o.id == "maybe-later")
SHARED = ("Loved talking about the route! Could I get your number to climb again sometime? "
          "Mine is 07700 900123. No pressure at all.")
SCREENSHOT = lab.ROOT / "test-artifacts" / "screenshots" / "class-board.png"
#: one simulated learner: joins the class in its own process and answers through the library
LEARNER = """
import sys, workshop
from workshop.display import catalog
exercise = catalog()[sys.argv[2]]
room = workshop.join_class(sys.argv[1])
room.record(exercise, workshop.check_answer(exercise, sys.argv[3]), sys.argv[3])
"""


@pytest.fixture(scope="module")
def class_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shared class folder (empty at first)."""
    return tmp_path_factory.mktemp("class")


@pytest.fixture(scope="module")
def class_server(tmp_path_factory: pytest.TempPathFactory,
                 class_dir: Path) -> Iterator[lab.LabServer]:
    """JupyterLab serving the facilitator's board and a learner's notebook."""
    source = tmp_path_factory.mktemp("class-notebooks")
    lab.write_notebook(source / "board.ipynb",
                       ["import workshop", f"workshop.class_board({str(class_dir)!r})"])
    lab.write_notebook(source / "learner.ipynb",
                       ["import workshop", f"workshop.join_class({str(class_dir)!r})",
                        f"workshop.show({CHOICE!r})", f"workshop.show({REWRITE!r})"])
    progress = tmp_path_factory.mktemp("class-progress")
    with lab.lab_server(tmp_path_factory.mktemp("class-lab"), source, progress) as running:
        yield running


def open_page(chromium: Browser, server: lab.LabServer, name: str, views: int) -> Page:
    """A new browser page with notebook ``name`` opened (it runs itself)."""
    context = chromium.new_context(viewport={"width": 1280, "height": 1000})
    context.add_init_script(lab.SYNC_TRACKER)
    page = context.new_page()
    page.set_default_timeout(15_000)
    lab.open_ready(page, server, name, views)
    return page


def simulate_learner(class_dir: Path, exercise: str, answer: str) -> None:
    """One learner answering in a process of its own."""
    subprocess.run([sys.executable, "-c", LEARNER, str(class_dir), exercise, answer],
                   check=True, cwd=lab.ROOT, capture_output=True, timeout=60)


def option_count(board: Locator, exercise: str, text: str) -> Locator:
    """The count shown next to the bar of option ``text``."""
    row = board.locator(f"section[data-exercise='{exercise}'] tr", has_text=" ".join(text.split()))
    return row.locator(".pulse-n")


def refresh(board: Locator) -> None:
    """Click the board's Refresh button and wait for the kernel to redraw it."""
    lab.wait_widgets_synced(board.page)
    board.get_by_role("button", name="Refresh").click()
    lab.wait_kernel_idle(board.page)


def test_the_board_updates_after_learners_answer(chromium: Browser, class_server: lab.LabServer,
                                                 class_dir: Path) -> None:
    page = open_page(chromium, class_server, "board.ipynb", 0)
    board = lab.notebook_panel(page).locator(".workshop-class-board")
    expect(board).to_contain_text("No answers yet")
    expect(board.locator(".pulse-summary")).to_contain_text("0 learners")

    # three learners, each in a process of its own: two choose "maybe later", one the right one
    for answer in (WRONG.id, WRONG.id, RIGHT.id):
        simulate_learner(class_dir, CHOICE, answer)
    refresh(board)
    expect(board.locator(".pulse-summary")).to_contain_text("3 learners, 3 answers checked")
    expect(option_count(board, CHOICE, WRONG.text)).to_have_text("2 of 3 (67%)")
    expect(option_count(board, CHOICE, RIGHT.text)).to_have_text("1 of 3 (33%)")
    expect(board.locator(f"section[data-exercise='{CHOICE}'] .pulse-counts")).to_have_text(
        "3 learners answered · 1 passed (33%) · 3 attempts")

    # a fourth learner answers in a real notebook page: the right option, then a shared message
    learner = open_page(chromium, class_server, "learner.ipynb", 2)
    choice, rewrite = lab.exercises(learner).nth(0), lab.exercises(learner).nth(1)
    choice.locator(".widget-radio-box label").filter(has_text=" ".join(RIGHT.text.split())).click()
    lab.wait_widgets_synced(learner)
    choice.get_by_role("button", name="Check").click()
    expect(choice.locator(".workshop-pulse-note")).to_contain_text("Counted in the class pulse")
    rewrite.get_by_label("Your message").fill(SHARED)
    rewrite.get_by_role("checkbox", name="Share my answer").check()
    lab.wait_widgets_synced(learner)
    rewrite.get_by_role("button", name="Check").click()
    expect(rewrite.locator(".workshop-pulse-note")).to_contain_text("your answer too, redacted")

    page.bring_to_front()
    refresh(board)
    expect(board.locator(".pulse-summary")).to_contain_text("4 learners, 5 answers checked")
    expect(option_count(board, CHOICE, RIGHT.text)).to_have_text("2 of 4 (50%)")
    expect(option_count(board, CHOICE, WRONG.text)).to_have_text("2 of 4 (50%)")
    expect(board.locator(f"section[data-exercise='{REWRITE}'] .pulse-counts")).to_contain_text(
        "1 learner answered")
    expect(board.locator(f"section[data-exercise='{REWRITE}']")).to_contain_text(
        "1 shared answer")
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    board.screenshot(path=SCREENSHOT)

    records = [json.loads(line) for p in class_dir.glob("pulse-*.jsonl")
               for line in p.read_text("utf-8").splitlines()]
    shared = [r["shared"] for r in records if "shared" in r]
    assert shared == [SHARED.replace("07700 900123", PHONE)]
    assert not any("07700" in json.dumps(r) for r in records)
    learner.context.close()
    page.context.close()
