"""`workshop progress`: completion per section, or a reset; wired in by workshop.cli."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Mapping
from dataclasses import asdict
from pathlib import Path
from typing import Any

from workshop.store.files import ENV_DIR
from workshop.store.records import clean_text, stamp
from workshop.store.store import ProgressStore
from workshop.store.summary import ExerciseLike, SectionProgress, overall, section_summary
from workshop.wording import counted


def add_progress_parser(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add the ``progress`` command (with --json, --reset and --dir) to a CLI."""
    p = subparsers.add_parser(
        "progress", help="show or reset the progress saved on this computer",
        description="Show how much of each section is done, from the progress saved on this "
                    "computer; or delete it all with --reset.")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.add_argument("--reset", action="store_true",
                   help="delete all saved progress and answers, then say how much was cleared")
    p.add_argument("--dir", type=Path, metavar="FOLDER",
                   help=f"the progress folder (default: ${ENV_DIR}, else your user data folder)")


def run_progress_command(args: argparse.Namespace,
                         exercises: Iterable[ExerciseLike] | Mapping[str, ExerciseLike]) -> int:
    """Print completion per section, or reset; report damaged files on stderr; return 0."""
    store = ProgressStore(args.dir)
    if args.reset:
        _print_reset(store, store.reset(), as_json=args.json)
    else:
        rows = section_summary(store, exercises)
        if args.json:
            print(clean_text(json.dumps(_document(store, rows), indent=2, ensure_ascii=False)))
        else:
            _print_table(store, rows)
    for problem in store.problems:
        print(f"workshop progress: {problem}", file=sys.stderr)
    return 0


def _print_reset(store: ProgressStore, cleared: int, *, as_json: bool) -> None:
    if as_json:
        print(json.dumps({"folder": str(store.folder), "cleared": cleared}))
    else:
        print(f"cleared the progress of {counted(cleared, 'exercise')} in {store.folder}")


def _document(store: ProgressStore, rows: list[SectionProgress]) -> dict[str, Any]:
    # answers stay out: this is a summary, and it may be pasted somewhere
    exercises = {eid: {"attempts": p.attempts, "best_score": p.best_score, "passed": p.passed,
                       "last_passed": p.last_passed, "first_at": stamp(p.first_at),
                       "last_at": stamp(p.last_at)}
                 for eid, p in store.all().items()}
    return {"folder": str(store.folder), "sections": [asdict(r) for r in rows],
            "total": asdict(overall(rows)), "exercises": exercises}


def _print_table(store: ProgressStore, rows: list[SectionProgress]) -> None:
    total = overall(rows)
    width = max([len(r.section) for r in rows] + [len(total.section), len("section")])
    print(f"progress saved in {store.folder}\n")
    print(f"{'section':<{width}}  {'done':>4}  {'attempted':>9}  {'total':>5}  minutes done")
    for r in [*rows, total]:
        minutes = f"{r.minutes_done:g} of {r.minutes_total:g}"
        print(f"{r.section:<{width}}  {r.done:>4}  {r.attempted:>9}  {r.total:>5}  {minutes}")
