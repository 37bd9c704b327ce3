"""Benchmark: how long the class board takes to refresh over a full room.

A class folder is filled with ``--learners`` session files, each answering ``--exercises``
shipped exercises once (real records: chosen options, criteria, some shared answers). The
figures are the board's first refresh (every file parsed: "cold"), a refresh after some
learners answered once more (only their new bytes parsed: "incremental") and a refresh with
nothing new, each the median of ``--repeat`` runs, set against the 0.5 s budget. The cold
refresh is also given in CPU time, which other programs on a shared machine disturb less
than wall-clock time (say what the load was: ``uptime``).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workshop import check_answer  # noqa: E402
from workshop.classroom.joining import pulse_file  # noqa: E402
from workshop.classroom.records import encode_line, make_record  # noqa: E402
from workshop.exercises import Exercise, load_exercises  # noqa: E402
from workshop.widgets.board import ClassBoard  # noqa: E402

BUDGET = 0.5


def answers(exercises: list[Exercise]) -> list[tuple[Exercise, Any, Any]]:
    """Per exercise, its example answers with their feedback (checked once)."""
    out = []
    for e in exercises:
        for x in e.examples or ():
            out.append((e, x.answer, check_answer(e, x.answer)))
    return out


def fill(folder: Path, learners: int, exercises: list[Exercise]) -> list[str]:
    """One file per learner, one record per exercise; return the session ids."""
    checked = answers(exercises)
    by_id: dict[str, list[tuple[Exercise, Any, Any]]] = {}
    for item in checked:
        by_id.setdefault(item[0].id, []).append(item)
    sessions = []
    for n in range(learners):
        session = f"{n:016x}"
        lines = []
        for e in exercises:
            exercise, given, feedback = by_id[e.id][n % len(by_id[e.id])]
            lines.append(encode_line(make_record(session, exercise, feedback, given,
                                                 share=n % 5 == 0)))
        pulse_file(folder, session).write_bytes(b"".join(lines))
        sessions.append(session)
    return sessions


def timed(action: Any, clock: Any = time.perf_counter) -> float:
    """Seconds one call of ``action`` takes."""
    t0 = clock()
    action()
    return clock() - t0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=300)
    parser.add_argument("--exercises", type=int, default=45)
    parser.add_argument("--new", type=int, default=30, help="learners answering between refreshes")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    catalog = load_exercises(ROOT / "exercises")
    exercises = sorted(catalog.values(), key=lambda e: e.id)[: args.exercises]
    if len(exercises) < args.exercises:
        print(f"only {len(exercises)} exercises are shipped", file=sys.stderr)
        return 1
    extra = exercises[0]
    extra_feedback = check_answer(extra, extra.examples[0].answer)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sessions = fill(folder, args.learners, exercises)
        size = sum(p.stat().st_size for p in folder.iterdir())
        cold, cold_cpu, incremental, idle = [], [], [], []
        for run in range(args.repeat):
            t0, c0 = time.perf_counter(), time.process_time()
            board = ClassBoard(folder, dict(catalog.items()))
            cold.append(time.perf_counter() - t0)
            cold_cpu.append(time.process_time() - c0)
            for session in sessions[run * args.new:(run + 1) * args.new]:
                record = make_record(session, extra, extra_feedback, extra.examples[0].answer)
                with pulse_file(folder, session).open("ab") as f:
                    f.write(encode_line(record))
            incremental.append(timed(board.refresh))
            idle.append(timed(board.refresh))
        records = board.last_tally.records
    expected = args.learners * args.exercises + args.new * args.repeat
    if records != expected:
        print(f"unexpected: {records} records counted, expected {expected}", file=sys.stderr)
        return 1
    print(f"class folder: {args.learners} learners x {args.exercises} exercises = "
          f"{args.learners * args.exercises} records, {size / 1e6:.1f} MB")
    for name, times in (("cold refresh (every file parsed)", cold),
                        ("  the same, CPU time of this process", cold_cpu),
                        (f"incremental refresh ({args.new} new answers)", incremental),
                        ("refresh with nothing new", idle)):
        median = statistics.median(times)
        print(f"{name:<40} median {median * 1000:7.1f} ms  (min {min(times) * 1000:.1f}, "
              f"max {max(times) * 1000:.1f}; {median / BUDGET:.0%} of the {BUDGET:g} s budget)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
