"""Benchmark: the first check a learner makes, in a fresh interpreter, with and without the
checkers' second opinion (the model of ``workshop.checkers.model``).

    python benchmarks/bench_first_check.py [--runs N]

Each run starts Python, imports the checkers and checks one message; the figure is the
median over ``--runs`` fresh interpreters of the CPU time of that process from before the
import to the verdict (so other busy processes do not count), which includes loading the
rules and reading the weights file; then the same message checked again.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_CODE = """
import time
t0 = time.process_time()
from workshop.checkers import check_message
text = "Here's my number. Don't keep me hanging by the phone 😉"
check_message("offer", text)
t1 = time.process_time()
check_message("offer", text)
print(t1 - t0, time.process_time() - t1)
"""


_SHARE = """
import time
import workshop.checkers.rewrite, workshop.checkers.structured, workshop.checkers.text
t0 = time.process_time()
from workshop.checkers.model._weights import shipped
shipped()
print(time.process_time() - t0)
"""


def model_share(runs: int) -> float:
    """Median CPU seconds of importing the model and reading its weights, once the rules
    are loaded: the model's own part of the first check."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return statistics.median(
        float(subprocess.run([sys.executable, "-c", _SHARE], env=env, capture_output=True,
                             text=True, check=True).stdout)
        for _ in range(runs))


def first_check(model: bool, runs: int) -> tuple[float, float]:
    """Median CPU seconds of import + first check, and of the same check again."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "WORKSHOP_CHECKER_MODEL": "1" if model else "0"}
    firsts, seconds = [], []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", _CODE], env=env, capture_output=True,
                             text=True, check=True).stdout.split()
        firsts.append(float(out[0]))
        seconds.append(float(out[1]))
    return statistics.median(firsts), statistics.median(seconds)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the medians with the model off and on."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args(argv)
    results = {model: first_check(model, args.runs) for model in (False, True)}
    for model, (first, second) in results.items():
        print(f"model {'on ' if model else 'off'}: import + first check {first * 1e3:6.1f} ms, "
              f"the same check again {second * 1e6:6.0f} us (CPU time, medians of {args.runs} "
              "fresh interpreters)")
    print(f"the model's own part of the first check (its import and weights file): "
          f"{model_share(args.runs) * 1e3:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
