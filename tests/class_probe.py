"""Run in a child process by tests/test_class_hostile.py: build the class board and the report
over one class folder and print what came out, with the process's peak memory, as JSON.

    python tests/class_probe.py CLASS_FOLDER REPORT_HTML
    python tests/class_probe.py --progress PROGRESS_FOLDER
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import resource
import sys
from pathlib import Path


def peak_mb() -> float:
    """This process's peak resident memory in MB.

    On Linux from VmHWM, which starts afresh with the program: getrusage's ru_maxrss keeps
    the peak of the parent that forked it (usage is preserved across execve).
    """
    with contextlib.suppress(OSError):
        for row in Path("/proc/self/status").read_text().splitlines():
            if row.startswith("VmHWM:"):
                return int(row.split()[1]) / 1024
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def drawn(page: str) -> list[str]:
    """The exercise ids a page draws a block for."""
    return re.findall(r"data-exercise='([^']*)'", page)


def board(folder: Path, report: Path) -> dict[str, object]:
    """Three refreshes of the board (as a facilitator's timer does), then the report."""
    from workshop.cli import main
    from workshop.display import catalog
    from workshop.widgets.board import ClassBoard

    live = ClassBoard(folder, dict(catalog().items()))
    for _ in range(2):
        live.refresh()
    tally = live.last_tally
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(["class", "report", str(folder), "--html", str(report)])
    page = report.read_text("utf-8") if report.exists() else ""
    return {"code": code, "stderr": err.getvalue()[-2000:], "board": live.counts.value,
            "board_bytes": len(live.counts.value.encode("utf-8", "replace")),
            "report": page, "report_bytes": report.stat().st_size if report.exists() else 0,
            "drawn": sorted(set(drawn(live.counts.value) + drawn(page))),
            "records": tally.records, "learners": tally.learners,
            "sessions": sorted(tally.sessions), "problems": tally.problems,
            "course": sorted(catalog())}


def progress(folder: Path) -> dict[str, object]:
    """`workshop progress`, show() and progress() over a progress folder."""
    import os

    os.environ["WORKSHOP_PROGRESS_DIR"] = str(folder)
    from workshop.cli import main
    from workshop.display import progress as shown_progress
    from workshop.display import show

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        code = main(["progress"])
        show("ask-with-a-reason")
        page = shown_progress().value
    return {"code": code, "stdout": out.getvalue(), "stderr": err.getvalue()[-2000:],
            "page": page}


if __name__ == "__main__":
    if sys.argv[1] == "--progress":
        result = progress(Path(sys.argv[2]))
    else:
        result = board(Path(sys.argv[1]), Path(sys.argv[2]))
    result["peak_mb"] = peak_mb()
    sys.stdout.write(json.dumps(result, ensure_ascii=True))
