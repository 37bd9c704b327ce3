"""Benchmark: what one refresh of the class board costs over a hostile class folder.

Each case of tests/test_class_hostile.py (three honest learners plus what one hostile learner
wrote) is built in a temporary folder; the figures are the first three refreshes of a reader
with the course (wall-clock and CPU time) and how many records each counted. The bounds per
refresh (workshop/classroom/limits.py) keep every refresh short, whatever the folder holds.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.test_class_hostile import CASES, CATALOG, honest  # noqa: E402
from workshop.classroom import ClassReader  # noqa: E402


def main() -> int:
    print(f"{'case':<46} {'refresh 1, 2, 3: wall / CPU ms':<44} records")
    for name, case in CASES.items():
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp, "class")
            folder.mkdir()
            honest(folder)
            case(folder)
            reader = ClassReader(folder, CATALOG)
            shown, records = [], 0
            for _ in range(3):
                t0, c0 = time.perf_counter(), time.process_time()
                records = reader.refresh().records
                shown.append(f"{(time.perf_counter() - t0) * 1000:.0f}/"
                             f"{(time.process_time() - c0) * 1000:.0f}")
            print(f"{name:<46} {', '.join(shown):<44} {records}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
