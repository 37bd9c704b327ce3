"""Every exercise type in JupyterLab, driven as a learner would: a wrong answer, then a right."""

from __future__ import annotations

import json
import time
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Locator, Page, expect

from tests.browser import lab
from tests.browser.conftest import NOTEBOOK, VIEWS
from workshop.checkers import check_answer
from workshop.checkers.feedback import mark
from workshop.checkers.labels import criterion_label
from workshop.exercises import Exercise, load_exercises
from workshop.exercises.model import (
    ChoiceBody,
    ClassifyBody,
    ConversationBody,
    OrderBody,
    RangeBody,
    ScenarioBody,
    Step,
)
from workshop.store import Disagreement, DisagreementBook, ProgressStore
from workshop.widgets.base import stable_shuffle

pytestmark = pytest.mark.browser

CATALOG = load_exercises(lab.EXERCISES)
SCREENSHOTS = lab.ROOT / "test-artifacts" / "screenshots"
XSS = ['<img src=x onerror="window.__xss=1">', "<script>window.__xss=1</script>"]
BLOCKING = {"serious", "critical"}


# --- helpers ------------------------------------------------------------------------------
def view(page: Page, exercise_id: str, copy: int = 0) -> Locator:
    """The rendered view of ``exercise_id`` (``copy`` counts repeated cells of it)."""
    index = [i for i, v in enumerate(VIEWS) if v == exercise_id][copy]
    return lab.exercises(page).nth(index)


def flat(text: str) -> str:
    """``text`` with runs of whitespace as single spaces (as the page shows it)."""
    return " ".join(text.split())


def expect_feedback(exercise: Locator, *texts: str) -> None:
    """The feedback area of ``exercise`` shows every one of ``texts``."""
    area = lab.feedback(exercise)
    for text in texts:
        expect(area, f"feedback should say {text!r}").to_contain_text(flat(text))


def check(exercise: Locator, label: str = "Check") -> None:
    """Click the view's Check (or Save) button once the kernel has the answer."""
    lab.wait_widgets_synced(exercise.page)
    exercise.get_by_role("button", name=label).click()  # the name also holds the icon glyph


def screenshot(exercise: Locator, kind: str) -> Path:
    """Save the view, feedback included, as test-artifacts/screenshots/<kind>.png."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{kind}.png"
    exercise.screenshot(path=path)
    return path


def body_of(exercise_id: str, kind: type[Any]) -> Any:
    """The typed body of a shipped exercise."""
    body = CATALOG[exercise_id].body
    assert isinstance(body, kind), f"{exercise_id} is not a {kind.__name__} exercise"
    return body


def wait_saved(folder: Path, exercise_id: str, seconds: float = 15.0) -> Any:
    """The saved progress of ``exercise_id`` once the kernel has written it (or None)."""
    deadline = time.monotonic() + seconds
    while (saved := ProgressStore(folder).get(exercise_id)) is None or not saved.passed:
        if time.monotonic() > deadline:
            break
        time.sleep(0.2)  # the kernel writes the file after the click: nothing to wait on
    return saved


# --- one test per exercise type --------------------------------------------------------------
def test_choice_wrong_then_right(notebook: Page, kit: str) -> None:
    exercise = view(notebook, "unsure-reply-choice")
    body: ChoiceBody = body_of("unsure-reply-choice", ChoiceBody)
    wrong = next(o for o in body.options if o.id == "maybe-later")
    right = next(o for o in body.options if o.correct)
    labels = exercise.locator(".widget-radio-box label")
    labels.filter(has_text=flat(wrong.text)).click()
    check(exercise)
    expect_feedback(exercise, "Try again", wrong.feedback)
    labels.filter(has_text=flat(right.text)).click()
    check(exercise)
    expect_feedback(exercise, "Pass", right.feedback)
    screenshot(exercise, f"choice-{kit}")


def test_classify_wrong_then_right(notebook: Page, kit: str) -> None:
    exercise = view(notebook, "read-the-room-cues")
    body: ClassifyBody = body_of("read-the-room-cues", ClassifyBody)
    labels = {b.id: b.label for b in body.buckets}
    shown = [body.items[i] for i in stable_shuffle(len(body.items), "read-the-room-cues")]
    cards = list(enumerate(shown, start=1))
    for n, item in cards:
        bucket = "receptive" if item.id == "one-word" else item.bucket  # one card misplaced
        exercise.get_by_label(f"Card {n}: {flat(item.text)}").select_option(label=labels[bucket])
    check(exercise)
    one_word = next(i for i in body.items if i.id == "one-word")
    expect_feedback(exercise, "Try again", f"{len(cards) - 1} of {len(cards)}", one_word.feedback)
    n = next(n for n, item in cards if item.id == "one-word")
    exercise.get_by_label(f"Card {n}: {flat(one_word.text)}").select_option(
        label=labels[one_word.bucket])
    check(exercise)
    expect_feedback(exercise, "Pass", "Every card is in the right place.")
    screenshot(exercise, f"classify-{kit}")


def _rows(exercise: Locator) -> Locator:
    return exercise.locator(".widget-hbox:has(> button[title^='Move step'])")


def _expect_order(exercise: Locator, order: list[Step]) -> None:
    shown = [f"{n}. {flat(s.text)}" for n, s in enumerate(order, start=1)]
    expect(_rows(exercise).locator(".widget-html-content")).to_have_text(shown)


def sort_with_buttons(exercise: Locator, steps: tuple[Step, ...], start: list[Step]) -> None:
    """Click ↑ on each step until it sits in its place, as a learner would."""
    order = list(start)
    for target, step in enumerate(steps):
        for pos in range(order.index(step), target, -1):
            _rows(exercise).nth(pos).get_by_role("button", name=f"Move {pos + 1} up").click()
            order[pos - 1], order[pos] = order[pos], order[pos - 1]
            _expect_order(exercise, order)


def test_order_wrong_then_right(notebook: Page, kit: str) -> None:
    exercise = view(notebook, "connection-before-asking")
    body: OrderBody = body_of("connection-before-asking", OrderBody)
    shown = _rows(exercise).locator(".widget-html-content")
    expect(shown).to_have_count(len(body.steps))
    texts = [flat(t) for t in shown.all_inner_texts()]
    start = [next(s for s in body.steps if flat(s.text) in t) for t in texts]
    assert start != list(body.steps), "the steps should start shuffled"
    check(exercise)
    expect_feedback(exercise, "Nothing to check yet")  # the unmoved start is not a try
    _rows(exercise).nth(0).get_by_role("button", name="Move 1 down").click()
    start[0], start[1] = start[1], start[0]
    _expect_order(exercise, start)
    check(exercise)
    expect_feedback(exercise, "Try again", "Not in its place yet")
    sort_with_buttons(exercise, body.steps, start)
    check(exercise)
    expect_feedback(exercise, "Pass", "The right order.", body.steps[-1].feedback)
    screenshot(exercise, f"order-{kit}")


def play(exercise: Locator, body: ScenarioBody, path: list[str]) -> None:
    """Click the choices that lead along ``path`` (node ids), waiting for each line."""
    for here, there in pairwise(path):
        choice = next(c for c in body.nodes[here].choices if c.goto == there)
        exercise.locator(".workshop-wrap button").filter(has_text=flat(choice.text)).click()
        expect(exercise).to_contain_text(flat(body.nodes[there].line))


def test_scenario_bad_ending_then_good(notebook: Page, kit: str) -> None:
    exercise = view(notebook, "climbing-gym-scenario")
    body: ScenarioBody = body_of("climbing-gym-scenario", ScenarioBody)
    play(exercise, body, ["opening", "too-soon", "pushy", "cool-ending"])
    expect_feedback(exercise, "Ending: bad", body.nodes["cool-ending"].summary)
    exercise.get_by_role("button", name="Start again").click()
    expect(lab.feedback(exercise)).to_have_text("")
    expect(exercise).to_contain_text(flat(body.nodes["opening"].line))
    play(exercise, body, ["opening", "chatting", "warm", "yes-ending"])
    expect_feedback(exercise, "Ending: good", body.nodes["yes-ending"].summary)
    screenshot(exercise, f"scenario-{kit}")


def say(exercise: Locator, line: str, reaction: str) -> None:
    """Type ``line``, press Say it, and wait for the other person's ``reaction``."""
    exercise.get_by_label("You say").fill(line)
    check(exercise, "Say it")
    expect(exercise.locator(".workshop-dialogue p").last).to_contain_text(flat(reaction))


def test_conversation_bad_ending_then_good(notebook: Page, kit: str) -> None:
    exercise = view(notebook, "board-game-cafe-conversation")
    body: ConversationBody = body_of("board-game-cafe-conversation", ConversationBody)
    nodes = body.nodes
    expect(exercise.locator(".workshop-dialogue")).to_contain_text(flat(nodes["game-over"].says))
    check(exercise, "Say it")  # nothing typed: a gentle prompt, not a turn
    expect_feedback(exercise, "Nothing said yet")
    expect(exercise.locator(".workshop-you")).to_have_count(0)
    # markup typed as a line is shown as text; an order is not a question
    say(exercise, XSS[0], nodes["not-a-question"].says)
    expect(exercise.locator(".workshop-you").first).to_have_text(f"You: {XSS[0]}")
    say(exercise, "Give me your number before you go.", nodes["leaves"].says)
    expect_feedback(exercise, "✘ A bad ending", nodes["leaves"].summary,
                    "Your lines, one by one", "Give me your number before you go.",
                    "✘ Not yet No pressure",
                    "“No pressure” was not met yet: that is what Jun reacted to.")
    expect(exercise.get_by_label("You say")).to_be_hidden()
    assert notebook.evaluate("() => window.__xss") is None, "a typed line's markup ran"
    exercise.get_by_role("button", name="Start again").click()
    expect(lab.feedback(exercise)).to_have_text("")
    expect(exercise.locator(".workshop-you")).to_have_count(0)
    lines = ["Can I get your number?",
             "So we can play a rematch next Thursday - would you like to swap numbers? "
             "No pressure.",
             "No worries at all - thanks for a great game, Jun!"]
    say(exercise, lines[0], nodes["what-for"].says)
    say(exercise, lines[1], nodes["polite-no"].says)
    say(exercise, lines[2], nodes["gracious"].says)  # a polite no, taken well: a good ending
    expect_feedback(exercise, "✔ A good ending", nodes["gracious"].summary,
                    "“Says what the number is for” was not met yet", *lines)
    expect(lab.feedback(exercise).locator(".workshop-debrief > li")).to_have_count(3)
    screenshot(exercise, f"conversation-{kit}")


def test_range_wrong_then_right(notebook: Page, kit: str) -> None:
    exercise = view(notebook, "follow-up-timing")
    body: RangeBody = body_of("follow-up-timing", RangeBody)
    hours = exercise.get_by_label(body.unit.capitalize(), exact=True)
    hours.fill("49")
    hours.press("Enter")
    check(exercise)
    expect_feedback(exercise, "Try again", "49 hours", body.bands[-1].feedback)
    hours.press("ArrowDown")  # the box steps like a slider
    expect(hours).to_have_value("48")
    check(exercise)
    good = next(b for b in body.bands if b.verdict == "pass")
    expect_feedback(exercise, "Pass", "48 hours", good.feedback)
    screenshot(exercise, f"range-{kit}")


def test_reflect_saves_locally(notebook: Page, progress_dir: Path, kit: str) -> None:
    exercise = view(notebook, "personal-plan")
    answer = exercise.get_by_label("Reflection")
    answer.fill("ok")
    check(exercise, "Save")
    expect_feedback(exercise, "Write at least")
    plan = "At my climbing club I will ask with a reason and say no pressure."
    answer.fill(plan)
    check(exercise, "Save")
    expect_feedback(exercise, "Saved on this computer only")
    example = exercise.get_by_role("button", name="Show an example")
    if kit == "learner":  # a learner copy has no examples: the button is not there
        expect(example).to_have_count(0)
        saved = wait_saved(progress_dir, "personal-plan")
    else:
        # The kernel handles clicks in turn: once the example shows, the Save is recorded.
        example.click()
        expect(exercise.locator(".workshop-model")).to_be_visible()
        saved = ProgressStore(progress_dir).get("personal-plan")
    screenshot(exercise, f"reflect-{kit}")
    assert saved is not None, f"nothing saved under WORKSHOP_PROGRESS_DIR={progress_dir}"
    assert (saved.passed, saved.last_answer) == (True, plan), f"saved the wrong attempt: {saved}"


def test_choice_by_keyboard_only(notebook: Page) -> None:
    exercise = view(notebook, "unsure-reply-choice", copy=1)
    body: ChoiceBody = body_of("unsure-reply-choice", ChoiceBody)
    shown = [body.options[i] for i in stable_shuffle(len(body.options), "unsure-reply-choice")]
    right = next(i for i, o in enumerate(shown) if o.correct)
    wrong = next(i for i, o in enumerate(shown) if not o.correct)
    radios = exercise.get_by_role("radio")
    check_button = exercise.get_by_role("button", name="Check")
    exercise.locator("h4").click()  # where a reader's eye (and the cell's focus) starts
    # ipywidgets' radio inputs share no name, so each is its own Tab stop (no arrow keys)
    tab_to(notebook, radios.nth(wrong))
    notebook.keyboard.press("Space")
    expect(radios.nth(wrong)).to_be_checked()
    tab_to(notebook, check_button)
    lab.wait_widgets_synced(notebook)
    notebook.keyboard.press("Enter")
    expect_feedback(exercise, "Try again", shown[wrong].feedback)
    tab_to(notebook, radios.nth(right), key="Shift+Tab")
    notebook.keyboard.press("Space")
    expect(radios.nth(right)).to_be_checked()
    tab_to(notebook, check_button)
    lab.wait_widgets_synced(notebook)
    notebook.keyboard.press("Space")
    expect_feedback(exercise, "Pass", shown[right].feedback)


def tab_to(page: Page, target: Locator, key: str = "Tab", most: int = 12) -> None:
    """Press Tab (or ``key``) until ``target`` has the focus, at most ``most`` times."""
    for _ in range(most):
        if target.evaluate("el => el === document.activeElement"):
            return
        page.keyboard.press(key)
    expect(target, f"{key} should reach the control within {most} presses").to_be_focused()


# --- the rewrite exercise needs the text checker --------------------------------------------
def test_rewrite_wrong_then_right(notebook: Page, kit: str) -> None:
    exercise = view(notebook, "rewrite-the-demand")
    rewrite: Exercise = CATALOG["rewrite-the-demand"]
    failing = next(e for e in rewrite.examples if not e.passes)
    answer = exercise.get_by_label("Your message")
    answer.fill(str(failing.answer))
    check(exercise)
    unmet = [c for c, ok in failing.criteria.items() if not ok]
    shown = check_answer(rewrite, failing.answer)
    expect_feedback(exercise, "Try again",
                    *(f"{mark(shown.criterion(c))} {criterion_label(c)}" for c in unmet))
    answer.fill(flat(str(rewrite.solution)))
    check(exercise)
    expect_feedback(exercise, "Pass")
    screenshot(exercise, f"rewrite-{kit}")


@pytest.mark.parametrize("payload", XSS, ids=["img-onerror", "script"])
def test_rewrite_shows_markup_as_text(notebook: Page, payload: str) -> None:
    exercise = view(notebook, "rewrite-the-demand")
    exercise.get_by_label("Your message").fill(payload)
    check(exercise)
    expect(lab.feedback(exercise).locator(".workshop-answer"),
           "the answer should be quoted back as text").to_have_text(payload)
    assert notebook.evaluate("() => window.__xss") is None, "the answer's markup ran"
    expect(exercise.locator("img[src='x'], .workshop-feedback script")).to_have_count(0)


def wait_flagged(folder: Path, text: str, seconds: float = 15.0) -> list[Disagreement]:
    """The cases kept for answer ``text`` once the kernel has written them."""
    deadline = time.monotonic() + seconds
    while not (found := [c for c in DisagreementBook(folder).all() if c.text == text]):
        if time.monotonic() > deadline:
            break
        time.sleep(0.2)  # the kernel writes the file after the click: nothing to wait on
    return found


def test_rewrite_feedback_flagged_as_wrong_is_kept_locally(
        notebook: Page, progress_dir: Path, axe_script: Path, kit: str) -> None:
    exercise = view(notebook, "rewrite-the-demand")
    failing = next(e for e in CATALOG["rewrite-the-demand"].examples if not e.passes)
    disputed = next(c for c, ok in failing.criteria.items() if not ok)
    flag = exercise.get_by_role("button", name="I think this feedback is wrong")
    exercise.get_by_label("Your message").fill(str(failing.answer))
    check(exercise)
    expect_feedback(exercise, "Try again")
    flag.click()
    point = exercise.get_by_role("checkbox", name=f"{criterion_label(disputed)} (marked")
    point.check()
    exercise.get_by_label("Your note (optional)").fill("I think I asked kindly.")
    form = exercise.locator(".workshop-disagree-form")
    if notebook.evaluate("() => typeof window.axe") == "undefined":
        notebook.add_script_tag(path=axe_script)
    found: list[dict[str, Any]] = form.evaluate(
        "el => axe.run(el, {resultTypes: ['violations']}).then(r => r.violations)")
    blocking = [_describe(v) for v in found if v["impact"] in BLOCKING]
    assert not blocking, "the flag's form has serious accessibility problems:\n" + "\n".join(
        blocking)
    screenshot(exercise, f"rewrite-flag-form-{kit}")
    lab.wait_widgets_synced(notebook)
    exercise.get_by_role("button", name="Send").click()
    expect(exercise.locator(".workshop-disagree-thanks")).to_contain_text(
        "Thank you! This is saved with your progress")
    expect(flag).to_be_hidden()
    expect(form).to_be_hidden()
    screenshot(exercise, f"rewrite-flagged-{kit}")
    cases = wait_flagged(progress_dir, str(failing.answer))
    assert len(cases) == 1, f"expected one case in WORKSHOP_PROGRESS_DIR={progress_dir}: {cases}"
    assert cases[0].exercise == "rewrite-the-demand" and cases[0].kind == "ask"
    assert cases[0].disputed == (disputed,) and cases[0].comment == "I think I asked kindly."
    assert not cases[0].passed


# --- accessibility, on every view with its feedback showing ---------------------------------
@pytest.mark.parametrize("exercise_id", dict.fromkeys(VIEWS))
def test_axe_finds_no_serious_violations(notebook: Page, axe_script: Path,
                                         exercise_id: str) -> None:
    exercise = view(notebook, exercise_id)
    exercise.scroll_into_view_if_needed()
    if notebook.evaluate("() => typeof window.axe") == "undefined":
        notebook.add_script_tag(path=axe_script)
    found: list[dict[str, Any]] = exercise.evaluate(
        "el => axe.run(el, {resultTypes: ['violations']}).then(r => r.violations)")
    for v in found:
        print(f"axe {exercise_id}: {v['impact']} {v['id']}: {v['help']} "
              f"({len(v['nodes'])} nodes)")
    blocking = [_describe(v) for v in found if v["impact"] in BLOCKING]
    assert not blocking, f"{exercise_id}: serious accessibility problems:\n" + "\n".join(blocking)


def _describe(violation: dict[str, Any]) -> str:
    nodes = [json.dumps(n["target"]) + " " + n["html"][:120] for n in violation["nodes"][:3]]
    return f"{violation['impact']} {violation['id']}: {violation['help']}\n  " + "\n  ".join(nodes)


def test_no_horizontal_scroll_at_1024_px(notebook: Page) -> None:
    notebook.set_viewport_size({"width": 1024, "height": 800})
    try:
        notebook.wait_for_timeout(300)  # Lab lays out again on resize
        wide: list[str] = lab.exercises(notebook).evaluate_all(
            "els => els.filter(e => e.scrollWidth > e.clientWidth + 1)"
            ".map(e => (e.querySelector('h4') || e).textContent)")
        assert not wide, f"exercises wider than their box at 1024 px: {wide}"
        scroller = notebook.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-WindowedPanel-"
                                    "outer, .jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook")
        overflow = scroller.first.evaluate("e => e.scrollWidth - e.clientWidth")
        assert overflow <= 1, f"the notebook scrolls sideways by {overflow} px at 1024 px"
    finally:
        notebook.set_viewport_size({"width": 1280, "height": 1000})


def test_the_notebook_opened_by_its_address_runs_on_one_kernel(notebook: Page,
                                                               server: lab.LabServer) -> None:
    # the extension starts the kernel while the page loads; the notebook takes that session,
    # and no second kernel is left behind
    def listed(what: str) -> Any:
        return notebook.request.get(f"{server.url}/api/{what}?token={server.token}").json()

    sessions, kernels = listed("sessions"), listed("kernels")
    assert [s["path"] for s in sessions] == [NOTEBOOK]
    assert [k["id"] for k in kernels] == [sessions[0]["kernel"]["id"]]
