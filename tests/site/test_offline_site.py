"""The offline site (`make site`) as a learner meets it, with no network but loopback.

The site is served inside a network namespace that has only loopback, and Chromium runs in
it too: anything that would need the internet fails. The test runs a notebook, answers two
exercises, reloads the page and finds the progress still there. Every request is logged to
test-artifacts/site/requests.log; one that fails or leaves loopback fails the test.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from playwright.sync_api import Browser, Locator, Page, expect

from tests.browser import lab
from tests.site import offline
from workshop.checkers import check_answer
from workshop.checkers.feedback import mark
from workshop.checkers.labels import criterion_label
from workshop.exercises import SECTIONS, load_exercises
from workshop.exercises.model import ChoiceBody, ConversationBody
from workshop.store.files import BROWSER_FOLDER
from workshop.widgets.disagree import FLAG_LABEL

pytestmark = pytest.mark.browser

NOTEBOOK = "01-the-art-of-asking.ipynb"
CHOICE = "dog-park-first-move"
REWRITE = "rewrite-the-demand"
CATALOG = load_exercises(lab.EXERCISES)
ARTIFACTS = lab.ROOT / "test-artifacts" / "site"


VIEWS = offline.shown(lab.ROOT / "notebooks" / NOTEBOOK)


def view(page: Page, exercise_id: str) -> Locator:
    """The rendered view of ``exercise_id``."""
    return lab.exercises(page).nth(VIEWS.index(exercise_id))


def flat(text: str) -> str:
    """``text`` with runs of whitespace as single spaces (as the page shows it)."""
    return " ".join(text.split())


def expect_text(area: Locator, *texts: str) -> None:
    """``area`` shows every one of ``texts``."""
    for text in texts:
        expect(area, f"should say {text!r}").to_contain_text(flat(text))


def saved_line(attempts: int, score: float, passed: bool) -> str:
    """The "Saved progress" line a view shows for an exercise done before."""
    verdict = "done ✔" if passed else "not passed yet"
    counted = f"{attempts} attempt" + ("" if attempts == 1 else "s")
    return f"Saved progress: {counted}, best {score:.0%}, {verdict}."


# --- what the site holds -----------------------------------------------------------------
def test_site_holds_the_whole_workshop(site: Path) -> None:
    files = site / "files"
    for section in SECTIONS:  # the learner copy's notebooks: no facilitator notes
        text = (files / f"{section}.ipynb").read_text("utf-8")
        assert "Facilitator notes" not in text, f"{section} shows facilitator notes"
    assert not (files / "facilitator.ipynb").exists(), "the facilitator notebook is for learners"
    for exercise in lab.EXERCISES.rglob("*.yaml"):
        copy = files / "exercises" / exercise.relative_to(lab.EXERCISES)
        assert copy.read_bytes() == exercise.read_bytes(), f"{copy} missing or stale"
    assert (files / BROWSER_FOLDER.name).is_dir(), "the progress folder is not shipped"
    for licence in ("LICENSE", "LICENSE-content"):
        assert (site / licence).read_bytes() == (lab.ROOT / licence).read_bytes(), licence


def test_site_loads_the_kit_offline(site: Path) -> None:
    config = json.loads((site / "jupyter-lite.json").read_text("utf-8"))
    kernel = config["jupyter-config-data"]["litePluginSettings"][
        "@jupyterlite/pyodide-kernel-extension:kernel"]
    assert kernel["disablePyPIFallback"] is True
    assert kernel["pyodideUrl"] == "./static/pyodide/pyodide.mjs"
    runtime = site / "static" / "pyodide"
    lock = json.loads((runtime / "pyodide-lock.json").read_text("utf-8"))["packages"]
    for name, entry in lock.items():
        assert (runtime / entry["file_name"]).is_file(), f"{name}: {entry['file_name']} missing"
    wheel = runtime / lock["workshop"]["file_name"]
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        meta = next(n for n in names if n.endswith(".dist-info/METADATA"))
        requires = [Requirement(line.split(":", 1)[1])
                    for line in archive.read(meta).decode().splitlines()
                    if line.startswith("Requires-Dist:")]
    bundled = {p.relative_to(lab.EXERCISES).as_posix() for p in lab.EXERCISES.rglob("*.yaml")}
    assert bundled <= {n.removeprefix("workshop/_exercises/") for n in names}
    runtime_deps = [r for r in requires if r.marker is None or "extra" not in str(r.marker)]
    assert runtime_deps, "the wheel lists no runtime dependencies"
    for requirement in runtime_deps:  # each is shipped, and loads with the kit
        name = canonicalize_name(requirement.name)
        assert name in lock, f"{requirement} is not in the site's pyodide-lock.json"
        assert name in lock["workshop"]["depends"]


def test_site_runs_a_notebook_when_it_opens(site: Path) -> None:
    built = json.loads((lab.AUTORUN / "package.json").read_text("utf-8"))
    config = json.loads((site / "jupyter-lite.json").read_text("utf-8"))
    extensions = {e["name"]: e for e in config["jupyter-config-data"]["federated_extensions"]}
    assert extensions[built["name"]]["load"] == built["jupyterlab"]["_build"]["load"]
    assert (site / "extensions" / built["name"] / built["jupyterlab"]["_build"]["load"]
            ).is_file()


def test_site_starts_python_without_compiling(site: Path) -> None:
    stdlib = site / "static" / "pyodide" / "python_stdlib.zip"
    with zipfile.ZipFile(stdlib) as archive:
        names = set(archive.namelist())
    sources = {n for n in names if n.endswith(".py")}
    assert "sitecustomize.py" in sources, "the start-up hook is not in the standard library"
    uncompiled = sorted(n for n in sources if n + "c" not in names)
    assert not uncompiled, f"standard library modules without bytecode: {uncompiled[:10]}"


# --- a learner in the browser, offline ---------------------------------------------------------
def test_learner_works_offline_and_progress_survives_a_reload(
        offline_chromium: Browser, served: offline.Served) -> None:
    context = offline_chromium.new_context(viewport={"width": 1280, "height": 1000})
    log = offline.RequestLog(served.url)
    log.watch(context)
    page = context.new_page()
    page.set_default_timeout(30_000)
    try:
        # nobody runs a cell: the notebook runs itself when it opens (workshop-autorun)
        offline.open_ready(page, served.url, NOTEBOOK, len(VIEWS))
        choice_score, rewrite_score, failing = answer_two_exercises(page)
        page.reload()
        offline.wait_answerable(page, len(VIEWS))
        expect_text(view(page, CHOICE), saved_line(1, choice_score, passed=True))
        rewrite = view(page, REWRITE)
        expect_text(rewrite, saved_line(1, rewrite_score, passed=False))
        expect(rewrite.get_by_label("Your message")).to_have_value(failing)
    finally:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=ARTIFACTS / "after-reload.png")
        log.write(ARTIFACTS / "requests.log")
        print("\n".join(log.problems()))  # shown with a failure that they may explain
        context.close()
    problems = log.problems() + [f"server: {line}" for line in served.failures()]
    assert not problems, "requests failed or left loopback:\n" + "\n".join(problems)
    assert log.requests, "no request was logged"


def answer_two_exercises(page: Page) -> tuple[float, float, str]:
    """Answer the choice right and the rewrite wrong; return both scores and that answer."""
    choice = view(page, CHOICE)
    body = CATALOG[CHOICE].body
    assert isinstance(body, ChoiceBody)
    right = next(o for o in body.options if o.correct)
    choice.locator(".widget-radio-box label").filter(has_text=flat(right.text)).click()
    choice.get_by_role("button", name="Check").click()
    expect_text(lab.feedback(choice), "Pass", right.feedback)
    expect_text(choice, saved_line(1, 1.0, passed=True))

    rewrite = view(page, REWRITE)
    failing = next(e for e in CATALOG[REWRITE].examples if not e.passes)
    answer = str(failing.answer)
    rewrite.get_by_label("Your message").fill(answer)
    rewrite.get_by_role("button", name="Check").click()
    unmet = [c for c, ok in failing.criteria.items() if not ok]
    shown = check_answer(CATALOG[REWRITE], answer)
    expect_text(lab.feedback(rewrite), "Try again",
                *(f"{mark(shown.criterion(c))} {criterion_label(c)}" for c in unmet))
    # shown again after it was hidden: the page must understand how (not None, in Pyodide)
    expect(rewrite.get_by_role("button", name=FLAG_LABEL)).to_be_visible()
    score = check_answer(CATALOG[REWRITE], answer).score
    expect_text(rewrite, saved_line(1, score, passed=False))
    return 1.0, score, answer


@pytest.mark.parametrize("section", SECTIONS[1:])
def test_every_notebook_opens_ready_to_answer_offline(
        offline_chromium: Browser, served: offline.Served, section: str) -> None:
    """The learner copy on the site: each notebook runs itself and an exercise is answered."""
    path = lab.ROOT / "notebooks" / f"{section}.ipynb"
    context = offline_chromium.new_context(viewport={"width": 1280, "height": 860})
    page = context.new_page()
    page.set_default_timeout(30_000)
    try:
        views = offline.shown(path)
        offline.open_ready(page, served.url, path.name, len(views))
        choices = [(i, CATALOG[e].body) for i, e in enumerate(views)]
        index, body = next((i, b) for i, b in choices
                           if isinstance(b, ChoiceBody) and not b.multiple)
        assert isinstance(body, ChoiceBody)
        exercise = lab.exercises(page).nth(index)
        exercise.scroll_into_view_if_needed()
        right = next(o for o in body.options if o.correct)
        exercise.locator(".widget-radio-box label").filter(has_text=flat(right.text)).click()
        exercise.get_by_role("button", name="Check").click()
        expect_text(lab.feedback(exercise), "Pass", right.feedback)
        expect(lab.notebook_panel(page)).not_to_contain_text("Facilitator notes")
    finally:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=ARTIFACTS / f"walkthrough-{section}.png")
        context.close()


def test_a_conversation_plays_offline(offline_chromium: Browser, served: offline.Served) -> None:
    """Typed lines are judged in the browser's Python and the story follows, to its ending."""
    exercise_id = "rooftop-no-conversation"
    talk = CATALOG[exercise_id]
    body = talk.body
    assert isinstance(body, ConversationBody)
    path = lab.ROOT / "notebooks" / f"{talk.section}.ipynb"
    views = offline.shown(path)
    context = offline_chromium.new_context(viewport={"width": 1280, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(30_000)
    try:
        offline.open_ready(page, served.url, path.name, len(views))
        exercise = lab.exercises(page).nth(views.index(exercise_id))
        exercise.scroll_into_view_if_needed()
        example = next(e for e in talk.examples if e.passes and len(e.answer) > 1)
        for line in example.answer:
            exercise.get_by_label("You say").fill(line)
            exercise.get_by_role("button", name="Say it").click()
            expect(exercise.locator(".workshop-you").last).to_have_text(f"You: {flat(line)}")
        ending = body.nodes[example.ending]
        expect_text(exercise.locator(".workshop-dialogue"), ending.says)
        expect_text(lab.feedback(exercise), "✔ A good ending", ending.summary, *example.answer)
        expect(exercise.get_by_role("button", name="Start again")).to_be_visible()
        expect(exercise.get_by_label("You say")).to_be_hidden()
        exercise.get_by_role("button", name="Start again").click()
        expect(exercise.get_by_label("You say")).to_be_visible()  # hidden at the end, back now
    finally:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=ARTIFACTS / "conversation-offline.png", full_page=False)
        context.close()
