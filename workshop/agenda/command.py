"""`workshop agenda`: print a run of show; wired in by workshop.cli."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from workshop.agenda.plan import BREAK_MODES, LONGEST_SESSION, AgendaError, build_plan
from workshop.agenda.render import as_json, as_markdown, as_table, parse_clock
from workshop.exercises import exercises_root, load_exercises

FORMATS = {"table": as_table, "md": as_markdown, "json": as_json}


def _minutes(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of minutes") from None
    if not 1 <= value <= LONGEST_SESSION:
        raise argparse.ArgumentTypeError(
            f"{value} is out of range; give 1 to {LONGEST_SESSION} minutes")
    return value


def _start(text: str) -> int:
    try:
        return parse_clock(text)
    except AgendaError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def add_agenda_parser(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add the ``agenda`` command to a CLI."""
    p = subparsers.add_parser(
        "agenda", help="print a timed run of show for a live session",
        description="Plan a live session of N minutes: the sections in order with their "
                    "exercises, role-plays, debriefs and breaks. Optional exercises are left "
                    "out to fit, and the plan says which.")
    p.add_argument("--minutes", type=_minutes, required=True, metavar="N",
                   help="length of the session in minutes, breaks included")
    p.add_argument("--start", type=_start, metavar="HH:MM",
                   help="clock time the session starts (default: times from the start)")
    p.add_argument("--breaks", choices=BREAK_MODES, default="auto",
                   help="auto: a 10-minute break at least every 75 minutes (default); none")
    p.add_argument("--format", choices=tuple(FORMATS), default="table",
                   help="table (default), md (Markdown) or json")
    p.add_argument("--root", type=Path, help="the exercises folder (default: found automatically)")


def run_agenda_command(args: argparse.Namespace) -> int:
    """Print the plan; AgendaError (e.g. too short for the core) goes to the caller."""
    exercises = load_exercises(args.root or exercises_root())
    for draft in exercises.drafts:
        print(f"note: {draft.format()}", file=sys.stderr)
    plan = build_plan(exercises, args.minutes, start=args.start, breaks=args.breaks)
    print(FORMATS[args.format](plan), end="")
    return 0
