"""`workshop disagreements`: feedback learners flagged as wrong, as a table or YAML to label."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from workshop.corpus.candidates import candidates_yaml
from workshop.corpus.sources import Found, class_cases, local_cases
from workshop.errors import WorkshopError
from workshop.store.cases import Disagreement
from workshop.store.files import ENV_DIR, default_folder, write_atomic
from workshop.wording import counted, shorten


def add_disagreements_parser(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add the ``disagreements`` command (with --dir, --class and --export) to a CLI."""
    p = subparsers.add_parser(
        "disagreements", help="list feedback learners flagged as wrong, or export it to label",
        description="List the answers whose feedback a learner flagged with 'I think this "
                    "feedback is wrong' (kept in the progress folder on this computer, or "
                    "sent to a class folder), or write them with --export as checker-corpus "
                    "candidates in YAML for an instructor to label.")
    source = p.add_mutually_exclusive_group()
    source.add_argument("--dir", type=Path, metavar="FOLDER",
                        help=f"the progress folder (default: ${ENV_DIR}, else your user data "
                             "folder)")
    source.add_argument("--class", dest="class_dir", type=Path, metavar="DIR",
                        help="a class folder: the cases its learners sent (redacted)")
    p.add_argument("--export", type=Path, metavar="FILE",
                   help="write the cases to FILE as YAML corpus candidates (a new file: an "
                        "existing one is never overwritten)")


def run_disagreements_command(args: argparse.Namespace) -> int:
    """Print the table, or write the export; report skipped records on stderr; return 0."""
    if args.class_dir is not None:
        if not args.class_dir.is_dir():
            raise WorkshopError(f"--class {args.class_dir}: no such folder; give the folder "
                                "the learners joined")
        found, where = class_cases(args.class_dir), f"the class folder {args.class_dir}"
    else:
        folder = args.dir if args.dir is not None else default_folder()
        found, where = local_cases(folder.expanduser()), str(folder)
    if args.export is not None:
        export(found, args.export, where)
    else:
        print_table(found.cases, where)
    for problem in found.problems:
        print(f"workshop disagreements: {problem}", file=sys.stderr)
    return 0


def export(found: Found, out: Path, where: str) -> None:
    """Write the cases to a new file ``out`` as YAML corpus candidates."""
    if out.exists():
        raise WorkshopError(f"--export {out} already exists; give a new file name (an export "
                            "never overwrites, so labels made in an earlier one are safe)")
    if not out.parent.is_dir():
        raise WorkshopError(f"--export {out}: the folder {out.parent} does not exist; "
                            "create it first or choose another place")
    if not found.cases:
        print(f"no feedback flagged as wrong in {where}; nothing to export")
        return
    try:
        write_atomic(out, candidates_yaml(found.cases, str(out)).encode("utf-8"))
    except OSError as e:
        raise WorkshopError(f"cannot write {out} ({e.strerror or e})") from e
    print(f"wrote {out}: {counted(len(found.cases), 'case')} to label. Check your labels with: "
          f"python benchmarks/eval_checkers.py --file {out}")


def print_table(cases: list[Disagreement], where: str) -> None:
    """One line per case: when, exercise, verdict shown, points disputed, message and note."""
    if not cases:
        print(f"no feedback flagged as wrong in {where}")
        return
    print(f"{counted(len(cases), 'case')} of feedback flagged as wrong, in {where}\n")
    rows = [("flagged (UTC)", "exercise", "verdict", "disputed", "message / note")]
    for c in cases:
        note = f" / {plain(c.comment, 40)}" if c.comment.strip() else ""
        rows.append((c.at[:16].replace("T", " "), plain(c.exercise, 40),
                     "pass" if c.passed else "try again",
                     plain(", ".join(c.disputed) or "-", 30), f"“{plain(c.text, 60)}”{note}"))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    for r in rows:
        print("  ".join(f"{v:<{widths[i]}}" for i, v in enumerate(r[:4])) + "  " + r[4])


def plain(text: str, limit: int) -> str:
    """``text`` on one line, shortened, with control characters shown as �: a class folder
    is untrusted, and its text must not drive the terminal."""
    return "".join(ch if ch.isprintable() else "\ufffd" for ch in shorten(text, limit))
