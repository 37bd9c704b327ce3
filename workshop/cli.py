"""The `workshop` command: list, validate, new, schema, progress, disagreements, agenda, build
and class."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Callable, Sequence
from importlib import resources
from pathlib import Path
from string import Template
from typing import NoReturn

from workshop.agenda.command import add_agenda_parser, run_agenda_command
from workshop.builds.command import add_build_parser, run_build_command
from workshop.classroom.command import add_class_parser, run_class_command
from workshop.corpus.command import add_disagreements_parser, run_disagreements_command
from workshop.errors import ExerciseError, WorkshopError
from workshop.exercises import SECTIONS, TYPES, collect, exercises_root, load_file, schema_text
from workshop.exercises.schema import did_you_mean
from workshop.store import add_progress_parser, run_progress_command
from workshop.store.files import write_atomic
from workshop.wording import counted


class UsageError(WorkshopError):
    """Bad command-line arguments: one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message} (see {self.prog} --help)")


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="workshop", description="Tools for the 'Can I Get Your Number?' workshop kit.")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    ls = sub.add_parser("list", help="list the exercises", description="List every exercise.")
    ls.add_argument("--json", action="store_true", help="print JSON instead of a table")
    ls.add_argument("--root", type=Path, help="the exercises folder (default: found automatically)")
    val = sub.add_parser("validate", help="check exercise files and run their self-tests",
                         description="Check exercise files: format, ids, graphs and examples.")
    val.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                     help="files or folders (default: the exercises folder)")
    val.add_argument("--draft", action="store_true",
                     help="allow FILL IN (a work in progress); check everything else")
    new = sub.add_parser("new", help="write a commented template for a new exercise",
                         description="Write exercises/<section>/<id>.yaml from a template.")
    new.add_argument("type", choices=TYPES, metavar="TYPE", help="one of: " + ", ".join(TYPES))
    new.add_argument("--section", required=True, metavar="S", help="one of: " + ", ".join(SECTIONS))
    new.add_argument("--id", required=True, metavar="X", help="lowercase words joined by '-'")
    new.add_argument("--root", type=Path,
                     help="the exercises folder (default: found automatically)")
    sub.add_parser("schema", help="print the exercise JSON Schema",
                   description="Print the JSON Schema of exercise files (for editors).")
    add_progress_parser(sub)
    add_disagreements_parser(sub)
    add_agenda_parser(sub)
    add_build_parser(sub)
    add_class_parser(sub)
    return p


def _exercises_folder(command: str, root: Path | None, create: bool = False) -> Path:
    """``--root`` or the folder found; a usage error unless it is a folder (or, with
    ``create``, does not exist yet)."""
    folder = root or exercises_root()
    if folder.is_dir() or (create and not folder.exists() and root is not None):
        return folder
    what = "is not a folder" if folder.exists() else "does not exist"
    raise UsageError(f"workshop {command}: --root {folder} {what}; pass the exercises folder "
                     "(it holds one folder per section)")


def cmd_list(args: argparse.Namespace) -> int:
    """Print id, section, type and minutes of every exercise."""
    exercises, errors, drafts = collect([_exercises_folder("list", args.root)])
    rows = [{"id": e.id, "section": e.section, "type": e.type, "minutes": e.minutes}
            for e in sorted(exercises, key=lambda e: (SECTIONS.index(e.section), e.id))]
    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        width = max([len(str(r["id"])) for r in rows] + [2])
        print(f"{'id':<{width}}  {'section':<26}  {'type':<9}  minutes")
        for r in rows:
            print(f"{r['id']:<{width}}  {r['section']:<26}  {r['type']:<9}  {r['minutes']:g}")
    for e in errors:
        print(e.format(), file=sys.stderr)
    _say_left_out(drafts)
    return 1 if errors else 0


def _say_left_out(drafts: list[ExerciseError]) -> None:
    """Name each draft the loader left out, one a line on stderr."""
    for draft in drafts:
        print(f"note: {draft.format()}", file=sys.stderr)


def cmd_validate(args: argparse.Namespace) -> int:
    """Print every problem and warning, one a line; exit 1 if there is any problem."""
    from workshop.exercises.words import pattern_warnings
    from workshop.selftest import run_examples, solution_problems

    paths = args.paths or [exercises_root()]
    missing = [p for p in paths if not p.exists()]
    if missing:
        raise UsageError(f"workshop validate: no such file or folder: {missing[0]}")
    exercises, errors, fill_ins = collect(paths, drafts=True)
    if not args.draft:
        errors += fill_ins
    errors += [o.as_error() for o in run_examples(exercises) if not o.ok]
    errors += [p for e in exercises for p in solution_problems(e)]
    # Warnings are printed with the problems but leave the exit code alone.
    warnings = [w for e in exercises for w in pattern_warnings(e)]
    for e in sorted(errors + warnings, key=ExerciseError.sort_key):
        print(e.format())
    files = len({e.path for e in exercises} | {e.path for e in errors})
    noted = f", {counted(len(warnings), 'warning')}" if warnings else ""
    if errors:
        print(f"{counted(len(errors), 'problem')} in {counted(files, 'file')}{noted}",
              file=sys.stderr)
        return 1
    examples = sum(len(e.examples) for e in exercises)
    drafts = len({d.path for d in fill_ins})
    if args.draft and drafts:
        noted += f", {counted(drafts, 'draft')} with {len(fill_ins)} FILL IN left"
    print(f"ok: {counted(len(exercises), 'exercise')}, {counted(examples, 'example')} checked, "
          f"no problems{noted}")
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    """Write a template that validates as written and say what to fill in."""
    if args.section not in SECTIONS:
        raise UsageError(f"workshop new: unknown section {args.section!r}"
                         f"{did_you_mean(args.section, list(SECTIONS))} (one of: "
                         + ", ".join(SECTIONS) + ")")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", args.id) or len(args.id) > 80:
        raise UsageError(f"workshop new: id {args.id!r} must be lowercase words joined by '-'")
    root = _exercises_folder("new", args.root, create=True)
    taken = collect([root], drafts=True).exercises if root.is_dir() else []
    if any(e.id == args.id for e in taken):
        print(f"workshop new: id {args.id!r} is already used; choose another", file=sys.stderr)
        return 1
    target = root / args.section / f"{args.id}.yaml"
    if target.exists():
        print(f"workshop new: {target} already exists; not overwritten", file=sys.stderr)
        return 1
    templates = resources.files("workshop").joinpath("templates")
    text = Template(templates.joinpath("_common.yaml").read_text("utf-8")
                    + templates.joinpath(f"{args.type}.yaml").read_text("utf-8"))
    content = text.substitute(id=args.id, section=args.section, type=args.type)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, content.encode("utf-8"))
    except OSError as e:
        print(f"workshop new: cannot write {target} ({e.strerror or e})", file=sys.stderr)
        return 1
    load_file(target)  # a template that does not validate is a bug in the kit, not the user's
    print(f"wrote {target}\nnext: replace every 'FILL IN', then run: workshop validate {target}"
          f"\n(until then it is a draft: `workshop validate --draft {target}` checks the rest, and"
          " no agenda, build or site includes it)")
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    """Print the JSON Schema."""
    sys.stdout.write(schema_text())
    return 0


def cmd_progress(args: argparse.Namespace) -> int:
    """Completion per section, or a reset."""
    exercises, _, drafts = collect([exercises_root()])
    _say_left_out(drafts)
    return run_progress_command(args, exercises)


def cmd_class(args: argparse.Namespace) -> int:
    """The class pulse: a report of a class folder."""
    if not args.dir.is_dir():
        raise UsageError(f"workshop class report: no such folder: {args.dir}")
    exercises, _, drafts = collect([exercises_root()])
    _say_left_out(drafts)
    return run_class_command(args, exercises)


_COMMANDS = {"list": cmd_list, "validate": cmd_validate, "new": cmd_new, "schema": cmd_schema,
             "progress": cmd_progress, "disagreements": run_disagreements_command,
             "agenda": run_agenda_command, "class": cmd_class, "build": run_build_command}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 problems found, 2 bad usage)."""
    try:
        args = _parser().parse_args(argv)
        return _COMMANDS[args.command](args)
    except UsageError as e:
        print(e, file=sys.stderr)
        return 2
    except WorkshopError as e:
        print(f"workshop: {e}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        raise  # output cut short: main_exit ends quietly
    except OSError as e:  # a file or folder named on the command line that cannot be used
        where = f"{e.filename}: " if e.filename else ""
        print(f"workshop: {where}{e.strerror or e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def main_exit() -> NoReturn:
    """Console-script entry point; output cut short by a closed pipe (``| head``) ends quietly."""
    exit_quietly(main)


def exit_quietly(run: Callable[[], int]) -> NoReturn:
    """Exit with ``run()``'s status; output cut short by a closed pipe ends without a traceback."""
    try:
        code = run()
        sys.stdout.flush()
    except BrokenPipeError:
        # Python would report the pipe again when it flushes stdout at exit: point stdout at
        # nothing first (the documented way, see the signal module's notes on SIGPIPE)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        code = 1
    sys.exit(code)
