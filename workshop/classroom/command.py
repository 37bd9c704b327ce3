"""`workshop class report DIR --html OUT`: the session's counts as one HTML page."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from workshop.classroom.joining import ENV_CLASS
from workshop.classroom.reading import read_class
from workshop.classroom.render import report_html
from workshop.errors import WorkshopError
from workshop.exercises.model import Exercise
from workshop.store.files import write_atomic
from workshop.wording import counted


def add_class_parser(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add the ``class`` command (with its ``report`` subcommand) to a CLI."""
    p = subparsers.add_parser(
        "class", help="the class pulse: a report of a session's anonymous answers",
        description="Tools for the class pulse (learners join with "
                    f"${ENV_CLASS} or workshop.join_class(FOLDER)).")
    sub = p.add_subparsers(dest="class_command", metavar="SUBCOMMAND",
                           parser_class=subparsers._parser_class)
    sub.required = True
    report = sub.add_parser(
        "report", help="write an HTML report of a class folder",
        description="Write a self-contained HTML page: per exercise, how many answered and "
                    "passed, first answers as bars, the criteria most missed, shared answers.")
    report.add_argument("dir", type=Path, metavar="DIR", help="the class folder")
    report.add_argument("--html", type=Path, required=True, metavar="OUT",
                        help="the HTML file to write")


def run_class_command(args: argparse.Namespace, exercises: Iterable[Exercise]) -> int:
    """Write the report; report skipped files on stderr; return 0."""
    catalog = {e.id: e for e in exercises}
    tally = read_class(args.dir, catalog)
    if not tally.records:
        raise WorkshopError(f"no class records in {args.dir} (no pulse-*.jsonl file with a "
                            f"record); learners join with ${ENV_CLASS} or "
                            "workshop.join_class(FOLDER)")
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    page = report_html(tally, catalog, str(args.dir), when)
    out: Path = args.html
    if out.is_dir():
        raise WorkshopError(f"--html {out} is a folder; give a file name, e.g. {out}/report.html")
    try:
        write_atomic(out, page.encode("utf-8", "replace"))  # a path may hold any bytes
    except OSError as e:
        raise WorkshopError(f"cannot write {out} ({e.strerror or e})") from e
    print(f"wrote {out}: {counted(tally.learners, 'learner')}, {counted(tally.records, 'answer')}, "
          f"{counted(len(tally.exercises), 'exercise')}")
    for problem in tally.problems:
        print(f"workshop class: {problem}", file=sys.stderr)
    return 0
