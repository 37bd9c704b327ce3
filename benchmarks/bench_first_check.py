"""Benchmark: the first check a learner makes - importing the checkers and judging one message.

    python benchmarks/bench_first_check.py [--runs 7]
    python benchmarks/bench_first_check.py --kernel [--runs 5]
    python benchmarks/bench_first_check.py --site [--runs 3] [--no-build]
    python benchmarks/bench_first_check.py --site --kernel [--runs 3] [--no-build]

For each message kind (ask, offer, reply yes / unsure / no, follow_up, after_no), a fresh
Python times, with ``time.perf_counter`` inside it, ``import workshop.checkers`` followed by
the first ``check_message`` call, and that first call alone (it loads the text checkers and
compiles their phrase patterns). Every run is a new process, so nothing is compiled or cached
in memory beforehand; the figures are medians over the runs, of wall-clock time and of the
process's CPU time (which other busy processes on the machine do not inflate).

- CPython (default): a subprocess of this interpreter per run, importing this checkout.
  Target: at most 150 ms.
- ``--kernel``: what a learner meets in JupyterLab. For each kind, a fresh Jupyter kernel
  shows a rewrite exercise of that kind, the learner reads for 1.5 s (``await asyncio.sleep``,
  so the kernel stays free), types the kind's message, then the time of the first click on
  Check is taken, feedback rendering included: with the views' warm-up (workshop.checkers.warm
  compiles the checker's patterns while the learner reads) and without it. Target: at most
  150 ms.
- ``--site``: the offline site (``make site``; built first unless ``--no-build``), served with
  no network but loopback, in headless Chromium. Each run opens the site's console in a new
  browser profile, so a new Pyodide kernel, and runs one cell doing the same timing.
  The kernel's download of the kit's wheel happens before the cell runs and is not counted.
  Pyodide has no separate CPU clock, so its two columns are the same. Target: at most 600 ms.
- ``--site --kernel``: what a learner meets in the offline site: the ``--kernel`` steps (the
  exercise shown, 1.5 s of reading, the first click on Check) as one cell of the site's
  console in a new Pyodide kernel, with the views' warm-up and without. Target: 600 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
CPYTHON_MS = 150.0
PYODIDE_MS = 600.0
MARKER = "FIRST-CHECK "
#: (label, kind, context, message): one typical message of each kind
CASES: tuple[tuple[str, str, dict[str, Any], str], ...] = (
    ("ask", "ask", {},
     "I've really enjoyed talking about climbing with you. Would you like to swap numbers "
     "so we can plan a session at the gym? No pressure at all."),
    ("offer", "offer", {},
     "Here's my number - text me if you ever fancy another walk with the dogs. No pressure."),
    ("reply yes", "reply", {"intent": "yes"}, "Yes, I'd love that! Here's my number."),
    ("reply unsure", "reply", {"intent": "unsure"},
     "Thank you, I've enjoyed this too, but I'm not ready to share my number yet. "
     "Could we connect on LinkedIn instead?"),
    ("reply no", "reply", {"intent": "no"},
     "Thanks for asking, but I'm not interested. Enjoy the rest of the conference."),
    ("follow_up", "follow_up", {"hours": 20},
     "Hi Sam, it was great meeting you at the dog park yesterday! Would you like to "
     "walk the dogs together on Saturday?"),
    ("after_no", "after_no", {},
     "No problem at all, thanks for letting me know. Enjoy the rest of your evening!"),
)
#: the cell run in a fresh interpreter: times, then prints one line of JSON after MARKER
TIMING = """\
import time
_t0, _c0 = time.perf_counter(), time.process_time()
import workshop.checkers
_t1, _c1 = time.perf_counter(), time.process_time()
workshop.checkers.check_message({kind!r}, {text!r}, **{context!r})
_t2, _c2 = time.perf_counter(), time.process_time()
print({marker!r} + '{{"total": %.6f, "first": %.6f, "total_cpu": %.6f, "first_cpu": %.6f}}'
      % (_t2 - _t0, _t2 - _t1, _c2 - _c0, _c2 - _c1))
"""
#: the figures each run gives: wall-clock and CPU time, of import + first check and first alone
NAMES = ("total", "first", "total_cpu", "first_cpu")

Figures = dict[str, dict[str, list[float]]]  # label -> {figure name: [ms per run]}


def cell(kind: str, context: dict[str, Any], text: str) -> str:
    """The timing code for one message."""
    return TIMING.format(kind=kind, text=text, context=context, marker=MARKER)


def parse(output: str) -> dict[str, float]:
    """The figures (in ms) from the line the timing code printed."""
    for line in output.splitlines():
        if line.startswith(MARKER):
            seconds: dict[str, float] = json.loads(line[len(MARKER):])
            return {name: value * 1000 for name, value in seconds.items()}
    raise RuntimeError(f"no timing line in the output: {output[-500:]!r}")


def run_cpython(code: str) -> dict[str, float]:
    """Run ``code`` in a new interpreter that imports this checkout's ``workshop``, with
    bytecode files as an installed kit has them (the first run writes them)."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, cwd=ROOT, check=True)
    return parse(done.stdout)


def measure(runs: int, run: Callable[[str], dict[str, float]],
            code: Callable[[str, str, dict[str, Any], str], str] | None = None) -> Figures:
    """``runs`` fresh runs of every case, the cases taking turns (so drift hits all alike);
    each run's code is ``code(label, kind, context, text)``, the timing cell by default."""
    figures: Figures = {label: {} for label, *_ in CASES}
    for _ in range(runs):
        for label, kind, context, text in CASES:
            source = code(label, kind, context, text) if code else cell(kind, context, text)
            for name, ms in run(source).items():
                figures[label].setdefault(name, []).append(ms)
    return figures


def site_runner(runs: int, build: bool,
                code: Callable[[str, str, dict[str, Any], str], str] | None = None) -> Figures:
    """Measure every case in fresh Pyodide kernels of the offline site (see :func:`measure`)."""
    from playwright.sync_api import sync_playwright

    from tests.site import offline

    site = offline.build_site() if build else offline.SITE
    if not (site / "repl" / "index.html").exists():
        raise SystemExit(f"bench_first_check: no site at {site}; run make site")
    with tempfile.TemporaryDirectory() as tmp, offline.namespace() as ns, \
            offline.static_server(ns, site, Path(tmp) / "server.log") as served, \
            sync_playwright() as playwright:
        browser = offline.launch_chromium(playwright, ns, Path(tmp))

        def run(code: str) -> dict[str, float]:
            # The site's console runs the `code` of its address in a new kernel.
            query = urlencode({"kernel": "python", "toolbar": "1", "code": code})
            context = browser.new_context()
            try:
                page = context.new_page()
                page.goto(f"{served.url}/repl/index.html?{query}")
                output = page.locator(".jp-OutputArea-output", has_text=MARKER.strip())
                output.first.wait_for(timeout=offline.KERNEL_READY_MS)
                return parse(output.first.inner_text())
            finally:
                context.close()

        try:
            return measure(runs, run, code)
        finally:
            browser.close()


#: a rewrite exercise of each case's kind (and intent, and hours), shown in the kernel
KERNEL_EXERCISES = {
    "ask": "rewrite-the-demand", "offer": "offer-your-number",
    "reply yes": "enthusiastic-yes-rewrite", "reply unsure": "unsure-reply-rewrite",
    "reply no": "not-interested-rewrite", "follow_up": "first-text-within-a-day",
    "after_no": "accept-the-no-rewrite",
}
KERNEL_SHOW = """\
import asyncio, time
import workshop.widgets.base as base
{switch}from workshop.widgets.rewrite import RewriteView
from workshop import load_exercises
view = RewriteView(load_exercises()[{exercise!r}])
"""
KERNEL_CLICK = """\
t = time.perf_counter()
view.answer.value = {text!r}
view.check.click()
print((time.perf_counter() - t) * 1000)
"""
WARM_UP = {"with warm-up": "", "without": "base.warm_soon = lambda *a, **k: False\n"}
#: the same first Check as one cell of the site's console (it cannot run three cells)
SITE_CLICK = KERNEL_SHOW + "await asyncio.sleep(1.5)  # reading the prompt\n" \
    + KERNEL_CLICK.replace("print((time.perf_counter() - t) * 1000)",
                           "print({marker!r} + '{{\"click\": %.6f}}' % (time.perf_counter() - t))")


def site_click_code(switch: str) -> Callable[[str, str, dict[str, Any], str], str]:
    """The console cell of the first Check of each case, with or without the warm-up."""
    def code(label: str, _kind: str, _context: dict[str, Any], text: str) -> str:
        return SITE_CLICK.format(switch=switch, exercise=KERNEL_EXERCISES[label], text=text,
                                 marker=MARKER)
    return code


def kernel_runs(runs: int) -> dict[str, dict[str, list[float]]]:
    """The first Check's time per kind in fresh kernels, with the warm-up and without (ms)."""
    from jupyter_client.manager import start_new_kernel

    found: dict[str, dict[str, list[float]]] = {label: {way: [] for way in WARM_UP}
                                                 for label, *_ in CASES}
    for _ in range(runs):
        for label, _kind, _context, text in CASES:
            for way, switch in WARM_UP.items():
                km, kc = start_new_kernel(kernel_name="python3")
                try:
                    _execute(kc, KERNEL_SHOW.format(switch=switch,
                                                    exercise=KERNEL_EXERCISES[label]))
                    _execute(kc, "await asyncio.sleep(1.5)")  # reading the prompt
                    found[label][way].append(float(_execute(kc, KERNEL_CLICK.format(text=text))))
                finally:
                    kc.stop_channels()
                    km.shutdown_kernel(now=True)
    return found


def _execute(kc: Any, code: str) -> str:
    """Run ``code`` in the kernel; its printed output (an error ends the benchmark)."""
    msg_id = kc.execute(code)
    out: list[str] = []
    while True:
        msg = kc.get_iopub_msg(timeout=120)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "stream":
            out.append(msg["content"]["text"])
        elif msg["msg_type"] == "error":
            raise SystemExit(f"bench_first_check: the kernel failed: {msg['content']['evalue']}")
        elif msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return "".join(out).strip()


def report(where: str, figures: Figures, target: float) -> None:
    """Print the medians per kind and whether the slowest kind meets ``target``."""
    runs = len(next(iter(figures.values()))["total"])
    print(f"first check in {where}: median of {runs} fresh interpreters per kind (ms)")
    print(f"  {'':<14} {'import + first check':>27} {'first check alone':>24}")
    print(f"  {'kind':<14} {'wall':>9} {'range':>9} {'CPU':>7} {'wall':>9} {'range':>8} "
          f"{'CPU':>5}")
    for label, values in figures.items():
        row = [f"{statistics.median(values[name]):.1f}" for name in NAMES]
        spread = [f"{min(values[n]):.0f}-{max(values[n]):.0f}" for n in ("total", "first")]
        print(f"  {label:<14} {row[0]:>9} {spread[0]:>9} {row[2]:>7} {row[1]:>9} "
              f"{spread[1]:>8} {row[3]:>5}")
    for name, what in (("total", "wall clock"), ("total_cpu", "CPU time")):
        worst = max(statistics.median(values[name]) for values in figures.values())
        print(f"  target: import + first check at most {target:g} ms ({what}, slowest kind "
              f"{worst:.0f} ms) -> {'met' if worst <= target else 'MISSED'}")


def site_clicks(runs: int, build: bool) -> int:
    """Print the first Check's time per kind in the offline site, with and without warm-up."""
    sys.path.insert(0, str(ROOT))  # tests.site drives the site
    ways: dict[str, dict[str, list[float]]] = {}
    for n, (way, switch) in enumerate(WARM_UP.items()):
        found = site_runner(runs, build and n == 0, site_click_code(switch))
        ways[way] = {label: values["click"] for label, values in found.items()}
    print(f"first Check in the offline site's Pyodide kernel, 1.5 s after the exercise is shown "
          f"(ms, median of {runs} kernels each)")
    print(f"  {'kind':<14} {'with warm-up':>12} {'range':>9} {'without':>9} {'range':>10}")
    for label, *_ in CASES:
        row = [(statistics.median(v[label]), f"{min(v[label]):.0f}-{max(v[label]):.0f}")
               for v in ways.values()]
        print(f"  {label:<14} {row[0][0]:>12.1f} {row[0][1]:>9} {row[1][0]:>9.1f} "
              f"{row[1][1]:>10}")
    worst = max(statistics.median(v) for v in ways["with warm-up"].values())
    print(f"  target: at most {PYODIDE_MS:g} ms with the warm-up (slowest kind {worst:.0f} ms) "
          f"-> {'met' if worst <= PYODIDE_MS else 'MISSED'}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Print the figures; the exit code is 0 whether or not the target is met."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kernel", action="store_true",
                        help="the first Check in a Jupyter kernel, with and without warm-up")
    parser.add_argument("--site", action="store_true",
                        help="measure in the offline site's Pyodide kernel")
    parser.add_argument("--runs", type=int, default=None,
                        help="fresh interpreters per kind (default 7; 3 with --site)")
    parser.add_argument("--no-build", action="store_true",
                        help="with --site: use build/site as it is")
    args = parser.parse_args(argv)
    runs = args.runs or (3 if args.site else 5 if args.kernel else 7)
    if runs < 1:
        parser.error("--runs must be at least 1")
    if args.kernel and args.site:
        return site_clicks(runs, not args.no_build)
    if args.kernel:
        print(f"first Check in a fresh Jupyter kernel, 1.5 s after the exercise is shown "
              f"(ms, median of {runs} kernels each; load average {os.getloadavg()[0]:.1f})")
        print(f"  {'kind':<14} {'with warm-up':>12} {'range':>9} {'without':>9} {'range':>10}")
        worst = 0.0
        for label, ways in kernel_runs(runs).items():
            row = [(statistics.median(v), f"{min(v):.0f}-{max(v):.0f}") for v in ways.values()]
            worst = max(worst, row[0][0])
            print(f"  {label:<14} {row[0][0]:>12.1f} {row[0][1]:>9} {row[1][0]:>9.1f} "
                  f"{row[1][1]:>10}")
        print(f"  target: at most {CPYTHON_MS:g} ms with the warm-up (slowest kind {worst:.0f} "
              f"ms) -> {'met' if worst <= CPYTHON_MS else 'MISSED'}")
        return 0
    if args.site:
        sys.path.insert(0, str(ROOT))  # tests.site drives the site
        from tests.site import offline

        try:
            figures = site_runner(runs, not args.no_build)
        except offline.OfflineError as e:
            raise SystemExit(f"bench_first_check: {e}") from None
        report("the offline site's Pyodide kernel (Chromium)", figures, PYODIDE_MS)
    else:
        run_cpython(cell(*CASES[0][1:]))  # writes the bytecode files, if they are missing
        report(f"CPython {sys.version.split()[0]}", measure(runs, run_cpython), CPYTHON_MS)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
