"""Benchmark: the offline site (`make site`) - size, build time, kernel start, click to feedback.

The site is served and driven inside a network namespace with only loopback, as in the test.
Page open to kernel ready is timed in a fresh browser context each time (a first visit: no
cache, no saved files). Click to feedback is timed in the page, as in bench_browser.py, on the
rewrite exercise of notebook 01. Targets: site < 60 MB, kernel ready < 15 s, click < 300 ms.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from anywhere

from playwright.sync_api import Browser, Page, sync_playwright

from benchmarks.bench_browser import ANSWERS, click_to_feedback
from tests.browser import lab
from tests.site import offline

SITE_MB = 60.0
KERNEL_S = 15.0
CLICK_MS = 300.0
NOTEBOOK = "01-the-art-of-asking.ipynb"
VIEWS = offline.shown(offline.ROOT / "notebooks" / NOTEBOOK)
EXERCISE = "rewrite-the-demand"
MB = 1024 * 1024


def sizes(site: Path) -> tuple[float, Counter[str], list[tuple[float, str]]]:
    """Total MB, MB per part of the site, and the biggest files."""
    parts: Counter[str] = Counter()
    files = []
    for path in site.rglob("*"):
        if not path.is_file():
            continue
        size = path.stat().st_size / MB
        relative = path.relative_to(site)
        part = relative.parts[0] if len(relative.parts) > 1 else "(top-level files)"
        if relative.parts[:2] == ("static", "pyodide"):
            part = "static/pyodide: wheels" if path.suffix == ".whl" else "static/pyodide: runtime"
        parts[part] += size
        files.append((size, relative.as_posix()))
    return sum(parts.values()), parts, sorted(files, reverse=True)[:6]


def time_builds(site: Path, scratch: bool) -> dict[str, float]:
    """Seconds to build: from the download cache into nothing, then again (warm)."""
    cache = offline.ROOT / "build" / "cache"
    times = {}
    if scratch:  # empty cache: every download again (needs the package registries)
        with tempfile.TemporaryDirectory() as tmp:
            started = time.monotonic()
            offline.build_site(site, Path(tmp))
            times["from scratch (downloads)"] = time.monotonic() - started
    for folder in ("lite", "dist", "contents"):
        shutil.rmtree(cache / folder, ignore_errors=True)
    shutil.rmtree(site, ignore_errors=True)
    started = time.monotonic()
    offline.build_site(site)
    times["cold (downloads cached)"] = time.monotonic() - started
    started = time.monotonic()
    offline.build_site(site)
    times["warm (rebuild)"] = time.monotonic() - started
    return times


def kernel_ready(browser: Browser, url: str) -> tuple[float, float, float, Page]:
    """Seconds from page open to kernel ready and to every view, the notebook running itself
    (a first visit), and to every view again on a reload (the browser's cache warm)."""
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(60_000)
    offline.open_notebook(page, url, NOTEBOOK)
    ready: float = page.evaluate("() => performance.now()") / 1000
    offline.wait_answerable(page, len(VIEWS))
    views: float = page.evaluate("() => performance.now()") / 1000
    page.reload()
    offline.wait_answerable(page, len(VIEWS))
    again: float = page.evaluate("() => performance.now()") / 1000
    return ready, views, again, page


def line(name: str, values: list[float], unit: str) -> str:
    """One line: median / min / max."""
    return (f"{name:<24} median {statistics.median(values):8.1f}  min {min(values):8.1f}  "
            f"max {max(values):8.1f} {unit}  (n={len(values)})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clicks", type=int, default=12, help="Check clicks to time (>= 10)")
    parser.add_argument("--loads", type=int, default=3, help="first visits to time")
    parser.add_argument("--scratch", action="store_true",
                        help="also time a build with an empty download cache (uses the network)")
    args = parser.parse_args(argv)
    if args.clicks < 10 or args.loads < 1:
        parser.error("--clicks must be at least 10 and --loads at least 1")
    try:
        builds = time_builds(offline.SITE, args.scratch)
        total, parts, biggest = sizes(offline.SITE)
        with tempfile.TemporaryDirectory() as tmp, offline.namespace() as ns, \
                offline.static_server(ns, offline.SITE, Path(tmp) / "server.log") as served, \
                sync_playwright() as playwright:
            browser = offline.launch_chromium(playwright, ns, Path(tmp))
            loads = [kernel_ready(browser, served.url) for _ in range(args.loads)]
            page = loads[-1][3]
            index = VIEWS.index(EXERCISE)
            exercise = lab.exercises(page).nth(index)
            # warm-up: the first check imports a lot
            click_to_feedback(exercise, *ANSWERS[1], lab.wait_kernel_idle)
            clicks = [click_to_feedback(exercise, *ANSWERS[i % 2], lab.wait_kernel_idle)
                      for i in range(args.clicks)]
            browser.close()
    except offline.OfflineError as e:
        raise SystemExit(f"bench_site: {e}") from None
    report(total, parts, biggest, builds, [(r, v, a) for r, v, a, _ in loads], clicks)
    return 0


def report(total: float, parts: Counter[str], biggest: list[tuple[float, str]],
           builds: dict[str, float], loads: list[tuple[float, float, float]],
           clicks: list[float]) -> None:
    """Print every figure and whether each target is met."""
    print(f"offline site {offline.SITE}")
    print(f"site size                {total:8.1f} MB")
    for part, mb in parts.most_common(8):
        print(f"  {part:<30} {mb:6.1f} MB")
    print("  biggest files: " + ", ".join(f"{name} {mb:.1f} MB" for mb, name in biggest))
    for name, seconds in builds.items():
        print(f"build {name:<26} {seconds:6.1f} s")
    print(line("page open to kernel ready", [r for r, _, _ in loads], "s"))
    print(line("page open to all views", [v for _, v, _ in loads], "s"))
    print(line("reload to all views", [a for _, _, a in loads], "s"))
    print(line("click to feedback", clicks, "ms"))
    print("  each: " + " ".join(f"{ms:.0f}" for ms in clicks))
    ready = statistics.median(r for r, _, _ in loads)
    click = statistics.median(clicks)
    for name, value, target, unit in (("site size", total, SITE_MB, "MB"),
                                      ("kernel ready", ready, KERNEL_S, "s"),
                                      ("click to feedback", click, CLICK_MS, "ms")):
        verdict = "met" if value < target else "MISSED"
        print(f"target: {name} < {target:g} {unit} -> {verdict} ({value:.1f} {unit})")


if __name__ == "__main__":
    raise SystemExit(main())
