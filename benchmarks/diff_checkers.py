"""Compare the text checkers' outputs of this checkout with those of another git revision.

    python benchmarks/diff_checkers.py [--old HEAD] [--show 10]

For a change that must not change any judgement (a refactor): every message of the corpus
(all splits) is checked as its kind, and also as every other kind, as is a message spliced
from the halves of two corpus messages for each; and every example and model answer of every
shipped exercise is checked by its exercise's checker, in both versions. The verdict and each
criterion's verdict, message and evidence spans must be the same; exit 1 when any differs.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterator, Sequence
from io import BytesIO
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "checker-corpus"
#: every kind and intent of the contract, to read each corpus message as
READINGS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("ask", {}), ("offer", {}), ("reply", {"intent": "yes"}), ("reply", {"intent": "unsure"}),
    ("reply", {"intent": "no"}), ("follow_up", {}), ("follow_up", {"hours": 72}),
    ("after_no", {}),
)


def _judged(feedback: Any) -> list[Any]:
    return [feedback.passed, [[c.id, c.passed, c.message, [[s.start, s.end] for s in c.evidence]]
                              for c in feedback.criteria]]


def dump() -> Iterator[tuple[str, list[Any]]]:
    """Every case and what the checkers of the imported ``workshop`` say of it."""
    from workshop.checkers import check_answer, check_message
    from workshop.exercises import load_exercises

    rows = [(f"{path.stem}:{row['id']}", row) for path in sorted(CORPUS.glob("*.jsonl"))
            for row in map(json.loads, path.read_text("utf-8").splitlines())]
    for name, row in rows:
        for kind, context in [(row["kind"], row.get("context", {})), *READINGS]:
            key = f"{name} as {kind} {context}"
            yield key, _judged(check_message(kind, row["text"], **context))
    for i, (name, row) in enumerate(rows):
        other_name, other = rows[(i * 7 + 3) % len(rows)]
        text = row["text"][: len(row["text"]) // 2] + other["text"][len(other["text"]) // 2 :]
        for kind, context in READINGS:
            key = f"{name}+{other_name} as {kind} {context}"
            yield key, _judged(check_message(kind, text, **context))
    for exercise in load_exercises(ROOT / "exercises").values():
        answers = [e.answer for e in exercise.examples]
        if exercise.type == "rewrite" and exercise.solution is not None:
            answers.append(exercise.solution)
        for i, answer in enumerate(answers):
            yield f"{exercise.id}[{i}]", _judged(check_answer(exercise, answer))


def outputs(source: Path) -> dict[str, list[Any]]:
    """The dump made by a Python that imports ``workshop`` from ``source``."""
    env = dict(os.environ, PYTHONPATH=str(source))
    done = subprocess.run([sys.executable, __file__, "--dump"], capture_output=True, text=True,
                          env=env, check=False)
    if done.returncode:
        raise SystemExit(f"checking with {source} failed:\n{done.stderr[-2000:]}")
    return {key: value for key, value in json.loads(done.stdout)}


def export(revision: str, folder: Path) -> Path:
    """The ``workshop`` package of ``revision``, written under ``folder``."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision, "workshop"],
                             capture_output=True, check=True).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    return folder


def main(argv: Sequence[str] | None = None) -> int:
    """Print how many cases differ (and the first few); exit 1 if any does."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", default="HEAD", help="the git revision to compare with")
    parser.add_argument("--show", type=int, default=10, help="differences to print")
    parser.add_argument("--dump", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.dump:
        json.dump(list(dump()), sys.stdout)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        old = outputs(export(args.old, Path(tmp)))
    new = outputs(ROOT)
    differ = [key for key in old.keys() | new.keys() if old.get(key) != new.get(key)]
    print(f"{len(new)} cases checked by this checkout and by {args.old}: "
          f"{len(differ)} differ")
    for key in sorted(differ)[: args.show]:
        print(f"  {key}\n    old {old.get(key)}\n    new {new.get(key)}")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
