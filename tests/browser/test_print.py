"""The handout and the role-play cards as printed by Chromium: layout, pages, pictures.

Pictures go to test-artifacts/builds/ for a person to look at: the whole page and page 1,
rendered with print media on an A4-sized viewport.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from tests.browser import lab
from workshop.builds import build_cards, build_handout
from workshop.exercises import load_exercises

pytestmark = pytest.mark.browser

ARTIFACTS = lab.ROOT / "test-artifacts" / "builds"
A4 = {"width": 794, "height": 1123}  # CSS pixels at 96 per inch
MM = 96 / 25.4
#: printable height with the cards' 10 mm margins on A4 and on US Letter
PRINTABLE_MM = {"A4": 297 - 20, "Letter": 279.4 - 20}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("print")
    handout = build_handout(folder / "handout", lab.ROOT)
    cards, _ = build_cards(folder / "cards", lab.ROOT)
    return {"handout": handout, "cards": cards}


@pytest.fixture
def printed(chromium: Browser) -> Iterator[Page]:
    context = chromium.new_context(viewport=A4)
    page = context.new_page()
    page.emulate_media(media="print")
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    yield page
    off = [u for u in requests if not u.startswith(("file://", "data:"))]
    context.close()
    assert not off, f"the page asked the network for {off}"


def _pdf_pages(page: Page, paper: str) -> int:
    pdf = page.pdf(format=paper, print_background=True)
    return len(re.findall(rb"/Type\s*/Page(?!s)", pdf))


def _pictures(page: Page, name: str, first: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    page.locator(first).first.screenshot(path=str(ARTIFACTS / f"{name}-page1.png"))


def test_handout_prints_every_section(printed: Page, built: dict[str, Path]) -> None:
    printed.goto(built["handout"].as_uri())
    catalog = load_exercises(lab.ROOT / "exercises")
    sections = sorted({e.section for e in catalog.values()})
    headings = printed.locator("h2").all_inner_texts()
    assert len(headings) == len(sections) and all(h[:2] == s[:2] for h, s in
                                                  zip(headings, sections, strict=True))
    assert printed.locator("article.exercise").count() == len(catalog)
    for box in printed.locator(".keypoints").all():
        assert box.locator("li").count() >= 2
    # every section after the first starts a page of its own
    pages = _pdf_pages(printed, "A4")
    assert pages >= len(sections)
    wide = printed.evaluate("document.documentElement.scrollWidth")
    assert wide <= A4["width"], "the handout is wider than the paper"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    printed.screenshot(path=str(ARTIFACTS / "handout.png"), full_page=True)
    printed.screenshot(path=str(ARTIFACTS / "handout-page1.png"))  # the A4-sized viewport


def test_cards_fit_their_pages_with_nothing_cut_off(printed: Page,
                                                    built: dict[str, Path]) -> None:
    printed.goto(built["cards"].as_uri())
    cards = printed.locator(".card:not(.empty)")
    count = cards.count()
    assert count == 3 * sum(e.type in ("scenario", "conversation")
                            for e in load_exercises(lab.ROOT / "exercises").values())
    clipped = printed.evaluate("""() => [...document.querySelectorAll('.card:not(.empty)')]
        .filter(c => c.scrollHeight > c.clientHeight + 1 || c.scrollWidth > c.clientWidth + 1)
        .map(c => c.querySelector('.role').textContent + ' / ' + c.querySelector('h2').textContent)
    """)
    assert not clipped, f"text cut off on cards: {clipped}"
    licences = printed.evaluate("""() => [...document.querySelectorAll('.sheet .licence')]
        .map(f => f.scrollWidth <= f.clientWidth + 1 && f.getBoundingClientRect().bottom
             <= f.parentElement.getBoundingClientRect().bottom + 0.5)""")
    assert licences and all(licences), "the licence line is cut off at the foot of a sheet"
    sheets = printed.evaluate("""() => [...document.querySelectorAll('.sheet')].map(s => {
        const r = s.getBoundingClientRect();
        const inside = [...s.querySelectorAll('.card')].every(c => {
            const b = c.getBoundingClientRect();
            return b.top >= r.top - 0.5 && b.bottom <= r.bottom + 0.5; });
        return {height: r.height, cards: s.querySelectorAll('.card').length, inside}; })""")
    assert all(s["cards"] == 4 and s["inside"] for s in sheets)
    for paper, printable in PRINTABLE_MM.items():
        assert all(s["height"] <= printable * MM for s in sheets), paper
        assert _pdf_pages(printed, paper) == math.ceil(count / 4), paper
    _pictures(printed, "cards", ".sheet")
