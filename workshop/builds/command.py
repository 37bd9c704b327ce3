"""`workshop build learner|handout|cards OUT`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from workshop.builds.build import build_cards, build_handout, build_learner
from workshop.builds.learner import print_notes

_COURSE_HELP = "the course folder holding exercises/ and notebooks/ (default: found automatically)"


def add_build_parser(sub: Any) -> None:
    """Register `build` and its three kinds on the CLI's subparsers."""
    build = sub.add_parser("build", help="write a learner copy, a handout or role-play cards",
                           description="Build workshop materials into the folder OUT.")
    kinds = build.add_subparsers(dest="kind", metavar="KIND")
    kinds.required = True
    learner = kinds.add_parser(
        "learner", help="the course without facilitator notes and model answers",
        description="Copy the notebooks and exercises without facilitator notes, "
                    "facilitator notebooks and model answers.")
    handout = kinds.add_parser(
        "handout", help="a printable page of key points and exercises",
        description="Write OUT/handout.html: each section's key points and its exercises "
                    "on paper.")
    handout.add_argument("--answers", action="store_true",
                         help="add an answer key for the facilitator at the end")
    cards = kinds.add_parser(
        "cards", help="printable role-play cards from the scenarios and conversations",
        description="Write OUT/cards.html: three cards per scenario or conversation, four to "
                    "a page.")
    for p in (learner, handout, cards):
        p.add_argument("out", type=Path, metavar="OUT", help="the folder to write (new, empty, "
                       "or a previous build of the same kind)")
        p.add_argument("--course", type=Path, metavar="DIR", help=_COURSE_HELP)


def run_build_command(args: argparse.Namespace) -> int:
    """Run one build and say what it wrote."""
    out: Path = args.out
    if args.kind == "learner":
        notes = build_learner(out, args.course)
        print_notes(notes)
        print(f"wrote the learner copy to {out}")
    elif args.kind == "handout":
        path = build_handout(out, args.course, args.answers)
        print(f"wrote {path}" + (" (with the answer key)" if args.answers else ""))
    else:
        path, count = build_cards(out, args.course)
        print(f"wrote {path}: {count} cards")
    return 0
