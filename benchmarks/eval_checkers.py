"""Evaluate the text checkers on the labelled corpus: accuracy per kind and per criterion.

    python benchmarks/eval_checkers.py [--split dev|dev2|...|dev35|holdout|development|all]
                                       [--file CANDIDATES.yaml] [--show-errors N] [--check]

The corpus is JSON Lines in tests/data/checker-corpus/<split>.jsonl, one message a line:
{"id", "kind", "text", "context", "passed", "criteria": {id: bool}, "note"?}. The rules are
written against the development data, ``dev`` to ``dev35`` (``--split development``
reports them together; dev2 to dev35 were each a holdout once). The holdout split
(``holdout.jsonl``, when there is one) is never used to write rules; it is read here only
to report how they generalize; with no file it is reported as missing. ``--split
all`` reports each split on its own.
``--check`` exits 1 when overall verdict accuracy is below 95% or any criterion below 90%.

``--file`` evaluates a YAML file of corpus candidates instead, as ``workshop disagreements
--export`` writes them (flagged feedback, labelled by an instructor): the same fields as a
corpus line, plus ``disputed``, ``comment`` and ``exercise``, which are not compared. A file
with a mistake is reported as ``file:line: field: problem; fix``, one a line, exit status 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "checker-corpus"
#: Everything the rules may be written against: dev, then each holdout once it was measured.
DEVELOPMENT = ("dev", *(f"dev{n}" for n in range(2, 36)))
SPLITS = (*DEVELOPMENT, "holdout")
#: Named groups of splits, evaluated as one.
GROUPS = {"development": DEVELOPMENT}
VERDICT_TARGET = 0.95
CRITERION_TARGET = 0.90


@dataclass
class Tally:
    """Right and total counts, per key."""

    right: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    total: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def add(self, key: str, ok: bool) -> None:
        """Count one outcome for ``key``."""
        self.total[key] += 1
        self.right[key] += int(ok)

    def rate(self, key: str) -> float:
        """Accuracy for ``key`` (1.0 when nothing was counted)."""
        return self.right[key] / self.total[key] if self.total[key] else 1.0


@dataclass
class Report:
    """The evaluation of one split: verdict and criterion tallies, and the mistakes."""

    split: str
    verdicts: Tally = field(default_factory=Tally)
    criteria: Tally = field(default_factory=Tally)
    errors: list[str] = field(default_factory=list)

    def overall(self) -> float:
        """Verdict accuracy over every message."""
        total = sum(self.verdicts.total.values())
        return sum(self.verdicts.right.values()) / total if total else 1.0

    def meets_targets(self) -> bool:
        """Whether the split meets 95% overall and 90% on every criterion."""
        return self.overall() >= VERDICT_TARGET and all(
            self.criteria.rate(k) >= CRITERION_TARGET for k in self.criteria.total
        )


def load(split: str) -> list[dict[str, Any]]:
    """The labelled messages of ``split`` or of a group of splits (empty if missing)."""
    if split in GROUPS:
        return [row for part in GROUPS[split] for row in load(part)]
    path = CORPUS / f"{split}.jsonl"
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_file(path: Path) -> list[dict[str, Any]]:
    """The labelled messages of a corpus-candidates YAML file; raise ExerciseError (with
    every problem, located by line and field) if it is not valid."""
    from workshop.corpus.candidates import read_candidates

    return read_candidates(path)


def evaluate(split: str, rows: Iterable[dict[str, Any]]) -> Report:
    """Run every message through its checker and compare with the labels."""
    from workshop.checkers import check_message

    report = Report(split)
    for row in rows:
        fb = check_message(row["kind"], row["text"], **row.get("context", {}))
        kind = row["kind"] + (f":{row['context']['intent']}" if row["kind"] == "reply" else "")
        report.verdicts.add(kind, fb.passed == row["passed"])
        got = {c.id: c.passed for c in fb.criteria}
        wrong = []
        for cid, want in row["criteria"].items():
            ok = got.get(cid) == want
            report.criteria.add(f"{row['kind']}.{cid}", ok)
            if not ok:
                wrong.append(f"{cid}: want {want}, got {got.get(cid)}")
        if wrong or fb.passed != row["passed"]:
            verdict = f"verdict want {row['passed']}, got {fb.passed}"
            report.errors.append(f"{row['id']} {row['text'][:160]!r}\n    {verdict}; "
                                 + "; ".join(wrong))
    return report


def render(report: Report, show_errors: int) -> str:
    """The report as text: per kind, per criterion, then the confusion cases."""
    lines = [f"== {report.split}: overall verdict accuracy {report.overall():.1%} "
             f"({sum(report.verdicts.right.values())}/{sum(report.verdicts.total.values())})"]
    lines.append("  verdict per kind:")
    for key in sorted(report.verdicts.total):
        lines.append(f"    {key:<16} {report.verdicts.rate(key):6.1%}  "
                     f"({report.verdicts.right[key]}/{report.verdicts.total[key]})")
    lines.append("  per criterion:")
    for key in sorted(report.criteria.total):
        flag = "" if report.criteria.rate(key) >= CRITERION_TARGET else "  < 90%"
        lines.append(f"    {key:<28} {report.criteria.rate(key):6.1%}  "
                     f"({report.criteria.right[key]}/{report.criteria.total[key]}){flag}")
    if show_errors and report.errors:
        lines.append(f"  confusion cases ({len(report.errors)}, showing {show_errors}):")
        lines.extend("    " + e for e in report.errors[:show_errors])
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the evaluation; with --check, exit 1 if a split misses the targets."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=(*SPLITS, *GROUPS, "all"), default="all")
    parser.add_argument("--file", type=Path, metavar="PATH",
                        help="evaluate a YAML file of corpus candidates instead of a split")
    parser.add_argument("--show-errors", type=int, default=0, metavar="N")
    parser.add_argument("--kind", action="append", help="only these message kinds")
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if overall < 95%% or any criterion < 90%%")
    args = parser.parse_args(argv)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    if args.file is not None:
        return _evaluate_file(args)
    status = 0
    for split in SPLITS if args.split == "all" else (args.split,):
        rows = [r for r in load(split) if not args.kind or r["kind"] in args.kind]
        if not rows:
            files = GROUPS.get(split, (split,))
            print(f"== {split}: no corpus file at "
                  + ", ".join(str(CORPUS / f"{f}.jsonl") for f in files))
            continue
        report = evaluate(split, rows)
        print(render(report, args.show_errors))
        if args.check and not report.meets_targets():
            status = 1
    return status


def _evaluate_file(args: argparse.Namespace) -> int:
    from workshop.errors import ExerciseError

    try:
        rows = load_file(args.file)
    except ExerciseError as e:
        for problem in e.errors:
            print(problem.format(), file=sys.stderr)
        print(f"{len(e.errors)} problem(s) in {args.file}; nothing evaluated", file=sys.stderr)
        return 1
    report = evaluate(str(args.file),
                      [r for r in rows if not args.kind or r["kind"] in args.kind])
    print(render(report, args.show_errors))
    return 1 if args.check and not report.meets_targets() else 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    from workshop.cli import exit_quietly

    exit_quietly(main)  # piped to head, it stops quietly
