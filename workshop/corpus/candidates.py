"""Corpus candidates: flagged cases as YAML an instructor labels, and reading such a file back.

An entry has the fields of the checker corpus (tests/data/checker-corpus/*.jsonl): ``id``,
``kind``, ``text``, ``context``, ``passed`` and ``criteria`` ({id: true/false}), pre-filled
with the text checker's own verdicts, plus what the learner said: ``disputed`` (criterion
ids, or ``verdict`` for the overall result) and ``comment``, and the ``exercise``. The
instructor flips the labels they agree with the learner on. ``read_candidates`` checks such a
file and reports every problem as ``file:line: field: problem; fix``.
"""

from __future__ import annotations

import io
import math
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Final

from workshop.checkers.contract import CONTEXT, CRITERIA, INTENTS, criteria_for
from workshop.errors import ExerciseError, ExerciseErrors
from workshop.exercises.schema import did_you_mean
from workshop.exercises.yamlfile import Lines, Path_, field_name, parse
from workshop.store.cases import Disagreement

REQUIRED: Final = ("id", "kind", "text", "context", "passed", "criteria")
OPTIONAL: Final = ("disputed", "comment", "note", "exercise")
#: the fields eval_checkers reads, as in the JSON Lines corpus
CORPUS_FIELDS: Final = (*REQUIRED, "note")
_ADD: Final = {
    "id": "add id: with a short name no other case has",
    "kind": "add kind: one of " + ", ".join(CRITERIA),
    "text": "add text: with the message, in quotes",
    "context": "add context: {} (a reply needs context: {intent: yes, unsure or no})",
    "passed": "add passed: true or passed: false",
    "criteria": "add criteria: with one 'id: true' or 'id: false' a line",
}

HEADER: Final = """\
# Checker-corpus candidates: messages whose feedback a learner thought was wrong.
# Each case is pre-filled with the text checker's verdicts: `passed` (the overall verdict)
# and, under `criteria`, each point (true = met). Where you agree with the learner, flip the
# label; where the checker was right, leave it. `disputed` lists what the learner questioned
# (`verdict` is the overall result) and `comment` is their note; both are ignored when the
# file is evaluated. Check the labels against the checkers with:
#   python benchmarks/eval_checkers.py --file {name}
# then move the cases you have labelled into a split of tests/data/checker-corpus/.
"""


def entry(case: Disagreement) -> dict[str, Any]:
    """One case as a corpus candidate: the checker's own verdicts, the learner's note."""
    judged = set(CRITERIA.get(case.kind, ()))
    return {
        "id": f"{case.kind}-flagged-{case.id}",
        "kind": case.kind,
        "text": case.text,
        "context": dict(case.context),
        "passed": case.checker_passed,
        "criteria": {cid: ok for cid, ok in case.criteria if cid in judged},
        "disputed": list(case.disputed),
        "comment": case.comment,
        "exercise": case.exercise,
    }


def candidates_yaml(cases: Iterable[Disagreement], name: str) -> str:
    """The YAML file of ``cases``, a blank line between them, under a header for ``name``."""
    from ruamel.yaml import YAML  # deferred: only an export needs the writer

    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = False
    yaml.allow_unicode = True
    yaml.width = 4096  # a message stays on one line, however long
    yaml.representer.sort_base_mapping_type_on_output = False  # fields in corpus order
    parts = []
    for case in cases:
        out = io.StringIO()
        yaml.dump([entry(case)], out)
        parts.append(out.getvalue())
    return HEADER.format(name=name) + "\n" + "\n".join(parts)


def read_candidates(path: Path) -> list[dict[str, Any]]:
    """The cases of a candidates file as corpus rows; raise ExerciseError(s) naming every
    problem by file, line and field."""
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ExerciseError(path, None, "", f"cannot read the file ({e.strerror or e})",
                            "check the path") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ExerciseError(path, data[: e.start].count(b"\n") + 1, "", "not valid UTF-8",
                            "save the file as UTF-8") from None
    value, lines = parse(text, path)
    if not isinstance(value, list) or not value:
        raise ExerciseError(path, 1, "", "the file holds no list of cases",
                            "each case starts with '- id: ...' at the left margin, as "
                            "`workshop disagreements --export` writes them")
    checker = _Checker(path, lines)
    rows = [checker.case(item, (i,)) for i, item in enumerate(value)]
    if checker.problems:
        raise ExerciseErrors(checker.problems)
    return [{k: row[k] for k in CORPUS_FIELDS if k in row} for row in rows]


class _Checker:
    """Collects every problem in a file's cases."""

    def __init__(self, path: Path, lines: Lines) -> None:
        self.path, self.lines = path, lines
        self.problems: list[ExerciseError] = []
        self.ids: dict[str, int] = {}

    def problem(self, where: Path_, problem: str, fix: str) -> None:
        self.problems.append(ExerciseError(self.path, self.lines(where), field_name(where),
                                           problem, fix))

    def case(self, item: Any, at: Path_) -> dict[str, Any]:
        if not isinstance(item, dict):
            self.problem(at, f"{item!r} is not a case",
                         "start each case with '- id: ...' and indent its other fields")
            return {}
        for key in item:
            if key not in REQUIRED and key not in OPTIONAL:
                self.problem(at + (key,), f"unknown field {key!r}"
                             f"{did_you_mean(key, [*REQUIRED, *OPTIONAL])}",
                             "the fields are: " + ", ".join((*REQUIRED, *OPTIONAL)))
        for key in REQUIRED:
            if key not in item:
                self.problem(at, f"missing field {key!r}", _ADD[key])
        self.identity(item.get("id"), at + ("id",))
        kind = item.get("kind")
        if "kind" in item and kind not in CRITERIA:
            self.problem(at + ("kind",), f"unknown kind {kind!r}",
                         "one of: " + ", ".join(CRITERIA))
            kind = None
        intent = self.context(item.get("context", {}), kind, at + ("context",))
        if kind is not None and "criteria" in item:
            self.criteria(item["criteria"], kind, intent, at + ("criteria",))
        self.types(item, at)
        return item

    def identity(self, value: Any, at: Path_) -> None:
        if value is None:
            return
        if not isinstance(value, str) or not value.strip():
            self.problem(at, f"id {value!r} is not text", "give each case a short, unique id")
        elif value in self.ids:
            self.problem(at, f"id {value!r} is used twice (first on line {self.ids[value]})",
                         "give each case its own id")
        else:
            self.ids[value] = self.lines(at)

    def context(self, value: Any, kind: str | None, at: Path_) -> str | None:
        if not isinstance(value, dict):
            self.problem(at, f"context {value!r} is not a mapping",
                         "write context: {} when the kind needs none")
            return None
        allowed = CONTEXT.get(kind or "", {})
        for key, needed in allowed.items():
            if needed and key not in value:
                self.problem(at, f"a {kind} needs context.{key}", f"add {key}: under context")
        for key, v in value.items():
            if kind is not None and key not in allowed:
                self.problem(at + (key,), f"{kind} takes no context {key!r}",
                             "allowed: " + (", ".join(allowed) or "none (write context: {})"))
            elif key == "intent" and v not in INTENTS:
                self.problem(at + (key,), f"intent {v!r} is not known",
                             "one of: " + ", ".join(INTENTS))
            elif key == "hours" and (isinstance(v, bool) or not isinstance(v, int | float)
                                     or not math.isfinite(v) or v < 0):
                self.problem(at + (key,), f"hours {v!r} is not a number of hours",
                             "write a number, e.g. hours: 30")
        intent = value.get("intent")
        return intent if isinstance(intent, str) and intent in INTENTS else None

    def criteria(self, value: Any, kind: str, intent: str | None, at: Path_) -> None:
        if not isinstance(value, dict):
            self.problem(at, "criteria is not a mapping", "write one 'id: true' or "
                         "'id: false' a line under criteria:")
            return
        judged = criteria_for(kind, intent) if kind != "reply" or intent else CRITERIA[kind]
        for cid, ok in value.items():
            if cid not in judged:
                self.problem(at + (cid,), f"{cid!r} is not a criterion of {kind}"
                             f"{did_you_mean(str(cid), list(judged))}",
                             "criteria here: " + ", ".join(judged))
            elif not isinstance(ok, bool):
                self.problem(at + (cid,), f"{ok!r} is not true or false",
                             "write true (met) or false (not met)")

    def types(self, item: dict[str, Any], at: Path_) -> None:
        if "passed" in item and not isinstance(item["passed"], bool):
            self.problem(at + ("passed",), f"passed {item['passed']!r} is not true or false",
                         "write passed: true or passed: false")
        for key in ("text", "comment", "note", "exercise"):
            if key in item and not isinstance(item[key], str):
                self.problem(at + (key,), f"{key} {item[key]!r} is not text",
                             "put the text in quotes")
        disputed = item.get("disputed", [])
        if not isinstance(disputed, list) or not all(isinstance(d, str) for d in disputed):
            self.problem(at + ("disputed",), "disputed is not a list of ids",
                         "write disputed: [] or one '- id' a line")
