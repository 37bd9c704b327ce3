"""Benchmark: parse time per shipped exercise file, fast YAML reader vs the ruamel path.

For each file under exercises/ this times ``yamlfile.parse`` (fast reader, ruamel when it
refuses) against ``yamlfile._parse_ruamel`` (what parse did before), best of several runs,
and says which path the file took.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workshop.exercises.fastyaml import Unsupported, parse_fast  # noqa: E402
from workshop.exercises.loader import exercise_files  # noqa: E402
from workshop.exercises.yamlfile import _parse_ruamel, parse  # noqa: E402


def best_ms(func: Callable[[], Any], repeat: int, number: int) -> float:
    """The best time of ``repeat`` runs of ``number`` calls, in ms per call."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for _ in range(number):
            func()
        times.append((time.perf_counter() - t0) / number)
    return min(times) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--number", type=int, default=20)
    args = parser.parse_args()
    files = exercise_files([ROOT / "exercises"])
    print(f"{'file':<34} {'bytes':>6} {'parse':>9} {'ruamel':>9} {'ratio':>6}  path")
    fast_ms, slow_ms, taken = [], [], 0
    for path in files:
        text = path.read_text("utf-8")
        try:
            parse_fast(text)
            route = "fast"
            taken += 1
        except Unsupported as e:
            route = f"ruamel ({e})"
        fast = best_ms(partial(parse, text), args.repeat, args.number)
        slow = best_ms(partial(_parse_ruamel, text, None), args.repeat, args.number)
        fast_ms.append(fast)
        slow_ms.append(slow)
        print(f"{path.stem[:34]:<34} {len(text.encode()):>6} {fast:>6.3f} ms {slow:>6.3f} ms "
              f"{slow / fast:>5.1f}x  {route}")
    fast_mean, slow_mean = statistics.mean(fast_ms), statistics.mean(slow_ms)
    print(f"\nmean per file: parse {fast_mean:.3f} ms, ruamel {slow_mean:.3f} ms, "
          f"{slow_mean / fast_mean:.1f}x faster; 1,000 files: {fast_mean:.2f} s "
          f"instead of {slow_mean:.2f} s")
    print(f"fast path taken by {taken} of {len(files)} shipped files "
          f"({taken / len(files):.0%})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
