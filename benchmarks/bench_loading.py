"""Benchmark: load and validate 1,000 exercise files (target: under 2 s on one core).

Copies of the shipped exercises, one per type in turn, each with its own id, are written
to a temporary folder; the figure is the wall time of ``collect`` (parse, schema check,
semantic checks, duplicate ids), and separately of running every example self-test.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workshop.exercises import collect  # noqa: E402
from workshop.exercises.loader import exercise_files  # noqa: E402
from workshop.selftest import run_examples  # noqa: E402


def make_tree(folder: Path, count: int) -> None:
    """Write ``count`` valid exercise files under ``folder``."""
    sources = exercise_files([ROOT / "exercises"])
    for n in range(count):
        src = sources[n % len(sources)]
        new_id = f"{src.stem}-{n:04d}"
        text = re.sub(r"^id: .*$", f"id: {new_id}", src.read_text("utf-8"), count=1, flags=re.M)
        target = folder / src.parent.name / f"{new_id}.yaml"
        target.parent.mkdir(exist_ok=True)
        target.write_text(text, "utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        make_tree(folder, args.files)
        size = sum(p.stat().st_size for p in folder.rglob("*.yaml"))
        load_times, test_times = [], []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            exercises, errors, _ = collect([folder])
            t1 = time.perf_counter()
            outcomes = run_examples(exercises)
            t2 = time.perf_counter()
            load_times.append(t1 - t0)
            test_times.append(t2 - t1)
        if errors or len(exercises) != args.files or not all(o.ok for o in outcomes):
            print(f"unexpected: {len(errors)} errors, {len(exercises)} exercises", file=sys.stderr)
            return 1
    best, median = min(load_times), statistics.median(load_times)
    print(f"load+validate {args.files} files ({size / 1e6:.1f} MB): "
          f"min {best:.3f} s, median {median:.3f} s, {args.files / median:,.0f} files/s "
          f"(target < 2 s: {'met' if median < 2 else 'NOT met'}, {median / 2:.2f}x of budget)")
    print(f"self-tests of {len(outcomes)} examples: median {statistics.median(test_times):.3f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
