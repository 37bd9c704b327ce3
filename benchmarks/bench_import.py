"""Benchmark: `import workshop` against `import ipywidgets`, by -X importtime and wall time,
and `import workshop; load_exercises()` as a notebook starts it (from the YAML, and from the
compiled catalogue).

The core (loader, checkers) must not import ipywidgets at all; this prints whether it does.
"""

from __future__ import annotations

import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: times `import workshop; load_exercises(folder)` in a fresh interpreter; with ``cold``, the
#: folder's compiled catalogue is removed first, so the YAML is read (and the catalogue written)
LOAD = """
import pathlib, sys, time
folder = pathlib.Path(sys.argv[1])
if sys.argv[2] == "cold":
    (folder / ".catalogue.json").unlink(missing_ok=True)
t0 = time.perf_counter()
import workshop
workshop.load_exercises(folder)
print(time.perf_counter() - t0)
"""


def importtime_us(module: str) -> tuple[int, set[str]]:
    """Cumulative microseconds for ``import module`` and every module it pulled in."""
    proc = subprocess.run([sys.executable, "-X", "importtime", "-c", f"import {module}"],
                          capture_output=True, text=True, check=True)
    total, names = 0, set()
    for line in proc.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)", line)
        if m:
            names.add(m.group(4))
            if m.group(4) == module:
                total = int(m.group(2))
    return total, names


def wall_s(module: str, repeat: int = 7) -> float:
    """Median wall time of a fresh interpreter importing ``module`` minus an empty one."""
    def run(code: str) -> float:
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        return time.perf_counter() - t0
    base = statistics.median(run("pass") for _ in range(repeat))
    return statistics.median(run(f"import {module}") for _ in range(repeat)) - base


def median_us(module: str, runs: int = 5) -> int:
    """Median cumulative import time of ``module`` over fresh interpreters."""
    return int(statistics.median(importtime_us(module)[0] for _ in range(runs)))


def load_ms(folder: Path, cold: bool, runs: int = 7) -> float:
    """Median ms of `import workshop; load_exercises(folder)`, each in a fresh interpreter."""
    def run() -> float:
        done = subprocess.run([sys.executable, "-c", LOAD, str(folder), "cold" if cold else "warm"],
                              capture_output=True, text=True, check=True, cwd=ROOT)
        return float(done.stdout) * 1000
    return statistics.median(run() for _ in range(runs))


def main() -> int:
    _, ws_mods = importtime_us("workshop")
    ws_us = median_us("workshop")
    ipw_us = median_us("ipywidgets")
    nb_us = median_us("workshop.display")
    heavy = sorted(m for m in ws_mods if m.split(".")[0] in {"ipywidgets", "IPython", "traitlets"})
    print(f"import workshop:   {ws_us / 1000:6.1f} ms cumulative (-X importtime), "
          f"{len(ws_mods)} modules")
    print(f"import ipywidgets: {ipw_us / 1000:6.1f} ms cumulative (-X importtime)")
    print(f"ratio workshop/ipywidgets: {ws_us / ipw_us:.2f}x (medians of 5 fresh interpreters)")
    print(f"notebook path (workshop.display: core + widgets + ipywidgets): {nb_us / 1000:.1f} ms,"
          f" {nb_us / ipw_us:.2f}x of ipywidgets alone")
    print(f"wall, fresh interpreter minus `pass`: workshop {wall_s('workshop') * 1000:.0f} ms, "
          f"ipywidgets {wall_s('ipywidgets') * 1000:.0f} ms")
    print("core imports ipywidgets/IPython/traitlets: " + (", ".join(heavy) if heavy else "no"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "exercises"
        shutil.copytree(ROOT / "exercises", folder, ignore=shutil.ignore_patterns(".*"))
        count = len(list(folder.rglob("*.yaml")))
        print(f"import workshop; load_exercises() of {count} files, fresh interpreter (median "
              f"of 7): from the YAML {load_ms(folder, cold=True):.0f} ms, from the compiled "
              f"catalogue {load_ms(folder, cold=False):.0f} ms")
    return 1 if heavy else 0


if __name__ == "__main__":
    raise SystemExit(main())
