"""Benchmark: what one refresh of the class board costs over a hostile class folder.

Each case of tests/test_class_hostile.py (three honest learners plus what one hostile learner
wrote) is built in a temporary folder; the figures are the first three refreshes of a reader
with the course (wall-clock and CPU time) and how many records each counted. The bounds per
refresh (workshop/classroom/limits.py) keep every refresh short, whatever the folder holds.
With ``--memory``, the board and the report are also built in a child process (as the tests
do) and its peak memory and the report's size are given.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.test_class_hostile import CASES, CATALOG, honest  # noqa: E402
from workshop.classroom import ClassReader  # noqa: E402


def child(folder: Path) -> str:
    """Peak memory and report size of building the board and the report in a child."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, str(ROOT / "tests" / "class_probe.py"), str(folder),
                           str(folder.parent / "report.html")],
                          capture_output=True, text=True, env=env, check=True)
    got = json.loads(done.stdout)
    return f"{got['peak_mb']:.0f} MB, report {got['report_bytes'] / 1024:.0f} KB"


def main() -> int:
    memory = "--memory" in sys.argv[1:]
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
            extra = f"  {child(folder)}" if memory else ""
            print(f"{name:<46} {', '.join(shown):<44} {records}{extra}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
