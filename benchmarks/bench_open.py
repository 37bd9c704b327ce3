"""Benchmark: from opening a notebook to its first answerable exercise, with no Run All.

    python benchmarks/bench_open.py [--runs 5] [--skip-lab] [--skip-site]

"Answerable" means an exercise's Check button is on screen and enabled; the page records the
moment itself (a MutationObserver), counted from the start of the navigation to the notebook's
address. Nobody runs a cell: the workshop-autorun extension does. Every run opens its own copy
of notebook 01, so every run starts a new kernel.

JupyterLab runs as `make start` runs it: on a learner copy (`workshop build learner`, with its
compiled catalogue of exercises) and with the kit's own Lab settings (workshop/lab).

- JupyterLab, warm: the browser has had Lab open before (its cache is warm). JupyterLab, cold:
  a new browser profile (nothing cached). JupyterLab, from the file browser: a double click on
  the notebook in a Lab page already loaded (timed from the click), as when a learner goes on
  to the next notebook.
- Offline site: a first visit in a new browser profile, served with no network but loopback
  (a cold Pyodide kernel every time); a reload of it (browser cache warm, kernel cold); and,
  from the file browser of that page, a double click on the next notebook (02 to 06 in
  turn), as when a learner goes on: its own new Pyodide kernel, timed from the click.
  Where a first visit's time goes: when the kernel asks for Pyodide (JupyterLab has loaded
  and started the kernel); the rest is Pyodide starting with the kernel's packages and the
  kit (all preloaded together), IPython, and importing the kit and drawing the first exercise.

Targets on a 2-core machine: 3 s in JupyterLab, 10 s on the offline site.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from anywhere

from playwright.sync_api import Browser, Page, Request, sync_playwright

from tests.browser import lab
from tests.site import offline
from workshop.builds import build_learner

NOTEBOOK = lab.ROOT / "notebooks" / "01-the-art-of-asking.ipynb"
VIEWS = len(offline.shown(NOTEBOOK))
#: the Lab settings `make start` gives JupyterLab
KIT_SETTINGS = json.loads((lab.ROOT / "workshop" / "lab" / "overrides.json").read_text("utf-8"))
LAB_S = 3.0
SITE_S = 10.0
#: the offline site's requests that mark the phases of a first visit, by a part of their address
PHASES = {"kernel asks for Pyodide": "/pyodide/pyodide.mjs"}
#: records when the first exercise can be answered: its first button shown and enabled;
#: ``__armAnswerable(name)`` starts over, for notebook ``name`` opened in a page already loaded
ANSWERABLE = """
window.__armAnswerable = (name = '') => {
  window.__answerable = undefined;
  new MutationObserver((_, seen) => {
    const tab = document.querySelector('#jp-main-dock-panel .lm-TabBar-tab.lm-mod-current');
    if (name && !(tab && tab.textContent.includes(name))) return;
    const button = document.querySelector(
      '.jp-NotebookPanel:not(.lm-mod-hidden) .workshop-exercise button.jupyter-button');
    if (button && !button.disabled && button.offsetParent !== null) {
      window.__answerable = performance.now();
      seen.disconnect();
    }
  }).observe(document, {childList: true, subtree: true, attributes: true});
};
window.__armAnswerable();
"""


def answerable_s(page: Page, timeout_ms: float) -> float:
    """Seconds from the page's navigation start to its first answerable exercise."""
    page.wait_for_function("() => window.__answerable !== undefined", timeout=timeout_ms)
    ms: float = page.evaluate("() => window.__answerable")
    return ms / 1000


def new_page(browser: Browser) -> Page:
    """A page in a new browser profile (nothing cached), with the recorder in it."""
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    context.add_init_script(ANSWERABLE)
    page = context.new_page()
    page.set_default_timeout(offline.KERNEL_READY_MS)
    return page


def bench_lab(runs: int) -> dict[str, list[float]]:
    """Warm and cold opens in JupyterLab, each of a fresh copy of notebook 01."""
    figures: dict[str, list[float]] = {"JupyterLab, warm browser": [],
                                       "JupyterLab, cold browser": [],
                                       "JupyterLab, file browser": []}
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        (base / "src").mkdir()
        build_learner(base / "learner", lab.ROOT)
        names = [f"open-{kind}-{n}.ipynb" for kind in ("warm", "cold", "app")
                 for n in range(runs + 1)]
        for name in names:
            shutil.copy2(base / "learner" / "notebooks" / NOTEBOOK.name, base / "src" / name)
        with lab.lab_server(base / "lab", base / "src", base / "progress",
                            base / "learner" / "exercises", KIT_SETTINGS) as server, \
                sync_playwright() as playwright:
            browser = lab.launch_chromium(playwright)
            warm = new_page(browser)
            for n in range(runs + 1):  # the first open warms the browser and the server
                warm.goto(server.notebook_url(f"open-warm-{n}.ipynb"))
                seconds = answerable_s(warm, lab.KERNEL_IDLE_MS)
                lab.wait_answerable(warm, VIEWS)
                if n:
                    figures["JupyterLab, warm browser"].append(seconds)
            for n in range(runs):
                name = f"open-app-{n}.ipynb"
                clicked: float = warm.evaluate(
                    "name => (window.__armAnswerable(name), performance.now())", name)
                warm.locator(".jp-DirListing-item", has_text=name).dblclick()
                figures["JupyterLab, file browser"].append(
                    answerable_s(warm, lab.KERNEL_IDLE_MS) - clicked / 1000)
                lab.wait_answerable(warm, VIEWS)
            for n in range(runs):
                cold = new_page(browser)
                cold.goto(server.notebook_url(f"open-cold-{n}.ipynb"))
                figures["JupyterLab, cold browser"].append(answerable_s(cold, lab.KERNEL_IDLE_MS))
                lab.wait_answerable(cold, VIEWS)
                cold.context.close()
            browser.close()
    return figures


def watch_phases(page: Page) -> dict[str, float]:
    """The wall-clock time (ms since the epoch) of the first request of each of PHASES."""
    seen: dict[str, float] = {}

    def on_request(request: Request) -> None:
        for name, part in PHASES.items():
            if part in request.url and name not in seen:
                seen[name] = time.time() * 1000

    page.context.on("request", on_request)
    return seen


def bench_site(runs: int) -> dict[str, list[float]]:
    """First visits and reloads of notebook 01 on the offline site (build/site)."""
    figures: dict[str, list[float]] = {"offline site, first visit": []}
    figures |= {f"  {name}": [] for name in PHASES}
    figures["offline site, reload"] = []
    figures["offline site, file browser"] = []
    site = offline.build_site()
    others = sorted(p.name for p in (site / "files").glob("0[2-6]-*.ipynb"))
    url = offline.LAB_URL.format(base="{base}", path=NOTEBOOK.name)
    with tempfile.TemporaryDirectory() as tmp, offline.namespace() as ns, \
            offline.static_server(ns, site, Path(tmp) / "server.log") as served, \
            sync_playwright() as playwright:
        browser = offline.launch_chromium(playwright, ns, Path(tmp))
        for _ in range(runs):
            page = new_page(browser)
            seen = watch_phases(page)
            page.goto(url.format(base=served.url))
            figures["offline site, first visit"].append(
                answerable_s(page, offline.KERNEL_READY_MS))
            origin: float = page.evaluate("() => performance.timeOrigin")
            for name, part in PHASES.items():
                if name not in seen:
                    raise offline.OfflineError(f"a first visit never asked for {part}")
                figures[f"  {name}"].append((seen[name] - origin) / 1000)
            offline.wait_answerable(page, VIEWS)
            page.reload()
            figures["offline site, reload"].append(answerable_s(page, offline.KERNEL_READY_MS))
            offline.wait_answerable(page, VIEWS)
            name = others[len(figures["offline site, file browser"]) % len(others)]
            figures["offline site, file browser"].append(open_from_browser(page, name))
            page.context.close()
        browser.close()
    return figures


def open_from_browser(page: Page, name: str) -> float:
    """Seconds from a double click on notebook ``name`` in the file browser of the page
    (already loaded) to its first answerable exercise: a new kernel, as when a learner goes on
    to the next notebook."""
    listing = page.locator(".jp-DirListing-item", has_text=name)
    if not listing.is_visible():
        page.locator(".jp-SideBar [data-id='filebrowser']").click()
    clicked: float = page.evaluate(
        "name => (window.__armAnswerable(name), performance.now())", name)
    listing.dblclick()
    return answerable_s(page, offline.KERNEL_READY_MS) - clicked / 1000


def report(figures: dict[str, list[float]]) -> None:
    """One line per case: min / median / max, each run, and the target."""
    print(f"open notebook {NOTEBOOK.name} -> first answerable exercise (no Run All)")
    for name, values in figures.items():
        target = SITE_S if name.startswith("offline") else LAB_S
        median = statistics.median(values)
        if name.startswith(" "):  # a phase of the line above: when, not a target
            print(f"{name:<28} at median {median:5.2f} s"
                  f"  (each: {' '.join(f'{v:.2f}' for v in values)})")
            continue
        verdict = "met" if median < target else "MISSED"
        print(f"{name:<28} min {min(values):5.2f}  median {median:5.2f}  max {max(values):5.2f} s"
              f"  (n={len(values)}; each: {' '.join(f'{v:.2f}' for v in values)})"
              f"  target < {target:g} s: {verdict}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="opens to time per case")
    parser.add_argument("--skip-lab", action="store_true", help="only the offline site")
    parser.add_argument("--skip-site", action="store_true", help="only JupyterLab")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    figures: dict[str, list[float]] = {}
    try:
        if not args.skip_lab:
            figures |= bench_lab(args.runs)
        if not args.skip_site:
            figures |= bench_site(args.runs)
    except (lab.LabError, offline.OfflineError) as e:
        raise SystemExit(f"bench_open: {e}") from None
    report(figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
