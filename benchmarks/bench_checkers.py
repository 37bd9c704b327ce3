"""Benchmark: text-checker throughput on one core over the labelled corpus.

    python benchmarks/bench_checkers.py [--repeat N] [--rounds N]
                                        [--split dev|dev2|...|dev35|holdout|development|all]

Every message of the corpus is checked ``--repeat`` times per round; the figure is
messages per second of CPU time of this process (so other busy processes on the machine
do not count against it), for the best and the median round, with wall-clock time for
comparison, plus the slowest single message and a 1 MB message. Figures only, no target: a
learner checks one message at a time, so what a person feels is the first check
(bench_first_check.py) and the slowest message, not messages per second.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from eval_checkers import GROUPS, SPLITS, load  # noqa: E402


def _messages(split: str) -> list[tuple[str, str, dict[str, Any]]]:
    splits = SPLITS if split == "all" else (split,)  # "development" is one group split
    rows = [row for s in splits for row in load(s)]
    return [(r["kind"], r["text"], r.get("context", {})) for r in rows]


def main(argv: Sequence[str] | None = None) -> int:
    """Print the throughput figures; exit 1 only if there is no corpus to measure."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="passes over the corpus per round")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--split", default="development",
                        choices=(*SPLITS, *GROUPS, "all"))
    args = parser.parse_args(argv)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from workshop.checkers import check_message

    messages = _messages(args.split)
    if not messages:
        print("no corpus found under tests/data/checker-corpus", file=sys.stderr)
        return 1
    for kind, text, ctx in messages:  # warm up: compile patterns, load modules
        check_message(kind, text, **ctx)
    rates, wall = [], []
    count = args.repeat * len(messages)
    for _ in range(args.rounds):
        c0, t0 = time.process_time(), time.perf_counter()
        for _ in range(args.repeat):
            for kind, text, ctx in messages:
                check_message(kind, text, **ctx)
        rates.append(count / max(time.process_time() - c0, 1e-9))
        wall.append(count / (time.perf_counter() - t0))
    slowest = max(_timed(check_message, m) for m in messages)
    kinds = {(kind, tuple(ctx.items())) for kind, _, ctx in messages}
    huge = max(_timed(check_message, (kind, "a" * 1_000_000, dict(ctx))) for kind, ctx in kinds)
    best, median = max(rates), statistics.median(rates)
    print(f"text checkers over {len(messages)} corpus messages "
          f"x {args.repeat} passes x {args.rounds} rounds")
    print(f"  best round   {best:9,.0f} messages/s of CPU time ({1e6 / best:6.1f} us each)")
    print(f"  median round {median:9,.0f} messages/s of CPU time ({1e6 / median:6.1f} us each)")
    print(f"  wall clock   {max(wall):9,.0f} messages/s best, "
          f"{statistics.median(wall):,.0f} median")
    print(f"  slowest corpus message {slowest * 1e3:.2f} ms; "
          f"slowest 1 MB message {huge * 1e3:.1f} ms")
    return 0


def _timed(check: Any, message: tuple[str, str, dict[str, Any]]) -> float:
    kind, text, ctx = message
    t0 = time.perf_counter()
    check(kind, text, **ctx)
    return time.perf_counter() - t0


if __name__ == "__main__":
    raise SystemExit(main())
