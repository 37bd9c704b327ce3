"""A class server through the browser: log in, wait for a notebook, answer an exercise."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from playwright.sync_api import Browser, BrowserContext, Page, expect

from tests.browser import lab
from tests.hub.harness import ClassHub
from workshop.exercises import load_exercises
from workshop.exercises.model import ChoiceBody

CATALOG = load_exercises(lab.EXERCISES)
NOTEBOOK = "01-the-art-of-asking.ipynb"
CHOICE = "dog-park-first-move"
#: a login on a busy 2-core machine: spawn (up to the hub's http_timeout) and Lab's first load
LOGIN_MS = 150_000
SHOTS = lab.ROOT / "test-artifacts" / "hub"


def log_in(browser: Browser, hub: ClassHub, name: str, password: str) -> Page:
    """A new browser (its own cookies) at the hub's login form, the form sent."""
    context: BrowserContext = browser.new_context(viewport={"width": 1280, "height": 1000})
    context.add_init_script(lab.SYNC_TRACKER)
    page = context.new_page()
    page.set_default_timeout(30_000)
    page.goto(f"{hub.url}/hub/login")
    page.fill("#username_input", name)
    page.fill("#password_input", password)
    page.click("#login_submit")
    return page


@contextmanager
def logged_in(browser: Browser, hub: ClassHub, names: list[str]) -> Iterator[list[Page]]:
    """``names`` logged in at once with the class password, each on the start notebook."""
    password = hub.secret("class-password")
    pages = [log_in(browser, hub, name, password) for name in names]
    try:
        for page in pages:
            wait_for_notebook(page, "start here")
        yield pages
    finally:
        for page in pages:
            page.context.close()


def wait_for_notebook(page: Page, heading: str) -> None:
    """Wait until Lab shows a notebook whose first heading contains ``heading``."""
    expect(lab.notebook_panel(page).locator("h1").first).to_contain_text(heading,
                                                                         timeout=LOGIN_MS)


def answer(page: Page, eid: str) -> None:
    """Choose the right option of choice exercise ``eid`` and check it."""
    body = CATALOG[eid].body
    assert isinstance(body, ChoiceBody)
    view = lab.exercises(page).filter(
        has=page.locator("h4", has_text=CATALOG[eid].title)).first
    view.scroll_into_view_if_needed()
    expect(view.get_by_role("button", name="Check")).to_be_enabled(timeout=lab.KERNEL_IDLE_MS)
    right = next(o for o in body.options if o.correct)
    view.locator(".widget-radio-box label").filter(has_text=" ".join(right.text.split())).click()
    lab.wait_widgets_synced(page)
    view.get_by_role("button", name="Check").click()
    expect(lab.feedback(view)).to_contain_text("Pass")
    expect(view.locator(".workshop-pulse-note")).to_contain_text("Counted in the class pulse")


def answer_in_notebook_01(page: Page, hub: ClassHub, name: str) -> None:
    """Open notebook 01 in ``name``'s server and answer :data:`CHOICE` right."""
    page.goto(f"{hub.url}/user/{name}/lab/tree/workshop/notebooks/{NOTEBOOK}?reset")
    wait_for_notebook(page, "01 - ")
    answer(page, CHOICE)


def board_counts(browser: Browser, hub: ClassHub, summary: str, shot: str) -> None:
    """The facilitator logs in with the admin password; the board shows ``summary`` (a
    screenshot of it in test-artifacts/hub/``shot``)."""
    page = log_in(browser, hub, hub.admin, hub.secret("admin-password"))
    try:
        wait_for_notebook(page, "Facilitator")
        board = lab.notebook_panel(page).locator(".workshop-class-board")
        board.scroll_into_view_if_needed()
        expect(board.locator(".pulse-summary")).to_contain_text(summary,
                                                               timeout=lab.KERNEL_IDLE_MS)
        SHOTS.mkdir(parents=True, exist_ok=True)
        board.screenshot(path=SHOTS / shot)
    finally:
        page.context.close()


def refused(browser: Browser, hub: ClassHub, name: str) -> None:
    """``name`` with the class password stays on the login form and never becomes a user."""
    page = log_in(browser, hub, name, hub.secret("class-password"))
    try:
        expect(page.locator("#login-main")).to_contain_text("Invalid username or password")
        assert "/hub/login" in page.url
        status, _ = hub.api.call("GET", f"/hub/api/users/{name}")
        assert status == 404  # never became a user of the hub
    finally:
        page.context.close()
