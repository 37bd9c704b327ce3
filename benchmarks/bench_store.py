"""Benchmark: how long one saved attempt takes as the learner's history grows.

A folder is filled with the files of ``--sessions`` earlier sessions (each touched
``--exercises`` exercises, with a 300-character answer), made old enough to be compacted;
then one store records ``--records`` attempts. The figures are the first attempt (which
compacts everything into one file), the median of the rest, and ``all()``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workshop.store import ProgressStore  # noqa: E402


def fill(folder: Path, sessions: int, exercises: int) -> None:
    """Write the files of ``sessions`` finished sessions and age them by two hours."""
    for n in range(sessions):
        store = ProgressStore(folder, compact_above=10**9)
        for e in range(exercises):
            store.record(f"exercise-{e:02d}", passed=n % 2 == 0, score=0.5, answer="a" * 300)
    old = time.time() - 7200
    for path in folder.iterdir():
        os.utime(path, (old, old))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=200)
    parser.add_argument("--exercises", type=int, default=20)
    parser.add_argument("--records", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        fill(folder, args.sessions, args.exercises)
        store = ProgressStore(folder)
        times = []
        for i in range(args.records):
            t0 = time.perf_counter()
            store.record("exercise-00", passed=True, score=1, answer=f"answer {i}")
            times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        attempts = sum(p.attempts for p in store.all().values())
        read = time.perf_counter() - t0
        size = sum(p.stat().st_size for p in folder.iterdir())
        files = len(list(folder.iterdir()))
    expected = args.sessions * args.exercises + args.records
    if attempts != expected:
        print(f"unexpected: {attempts} attempts, expected {expected}", file=sys.stderr)
        return 1
    print(f"{args.sessions} earlier sessions x {args.exercises} exercises "
          f"-> {files} file(s), {size / 1e6:.2f} MB after compaction")
    print(f"first attempt (compacts): {times[0] * 1e3:.1f} ms; "
          f"next {args.records - 1}: median {statistics.median(times[1:]) * 1e3:.1f} ms, "
          f"max {max(times[1:]) * 1e3:.1f} ms; all(): {read * 1e3:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
