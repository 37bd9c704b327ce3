"""From checked plain data to an Exercise, with the rules a schema cannot express."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from workshop.checkers.contract import CONTEXT, criteria_for
from workshop.errors import ExerciseError
from workshop.exercises.answers import AnswerProblem, normalize_answer
from workshop.exercises.conversation import graph_problems as conversation_problems
from workshop.exercises.model import (
    Band,
    Body,
    Bucket,
    Choice,
    ChoiceBody,
    ClassifyBody,
    ConversationBody,
    Example,
    Exercise,
    Item,
    Node,
    Option,
    OrderBody,
    Pattern,
    RangeBody,
    ReflectBody,
    RewriteBody,
    ScenarioBody,
    Step,
    Talk,
)
from workshop.exercises.scenario import GraphProblem, graph_problems
from workshop.exercises.yamlfile import Lines, Path_, field_name


class Builder:
    """Builds one exercise from schema-valid data, collecting every semantic problem."""

    __slots__ = ("data", "errors", "file", "lines")

    def __init__(self, data: dict[str, Any], lines: Lines, file: Path | None) -> None:
        self.data = data
        self.lines = lines
        self.file = file
        self.errors: list[ExerciseError] = []

    def error(self, path: Path_, problem: str, fix: str) -> None:
        """Record a problem at ``path``."""
        where = self.lines(path)
        self.errors.append(ExerciseError(self.file, where, field_name(path), problem, fix))

    def unique(self, key: str, entries: list[dict[str, Any]], what: str) -> None:
        """Report repeated ids among ``entries`` (a list field named ``key``)."""
        seen: set[str] = set()
        for i, entry in enumerate(entries):
            if entry["id"] in seen:
                self.error((key, i, "id"), f"{what} id {entry['id']!r} is used twice",
                           f"give each {what} its own id")
            seen.add(entry["id"])

    def build(self) -> Exercise:
        """The Exercise; problems are left in ``errors``."""
        d = self.data
        body: Body = _BODIES[d["type"]](self, d)
        examples = tuple(self.example(body, i, e) for i, e in enumerate(d.get("examples", [])))
        self.check_solution()
        return Exercise(
            id=d["id"], section=d["section"], type=d["type"], title=d["title"].strip(),
            prompt=d["prompt"].strip(), minutes=d["minutes"], body=body,
            principle=d.get("principle", "").strip(), hints=tuple(d.get("hints", [])),
            solution=d.get("solution"), facilitator=d.get("facilitator", "").strip(),
            optional=d.get("optional", False), examples=examples, path=self.file,
            answers_removed=d.get("answers_removed", False),
        )

    def check_solution(self) -> None:
        """Rewrite and range need a model answer, except in a learner copy that removed it."""
        d = self.data
        removed = d.get("answers_removed", False)
        if removed and "solution" in d:
            self.error(("solution",), "is given but answers_removed is true",
                       "remove the solution, or set answers_removed: false")
        elif not removed and "solution" not in d and d["type"] in ("rewrite", "range"):
            self.error((), "missing required field 'solution'",
                       f"add solution: the model answer (a {d['type']} exercise needs one; only "
                       "a learner copy built by `workshop build learner` leaves it out)")

    def example(self, body: Body, i: int, e: dict[str, Any]) -> Example:
        """One self-test example, its answer checked against the type's answer shape."""
        answer = e["answer"]
        try:
            answer = normalize_answer(body, answer)
        except AnswerProblem as problem:
            self.error(("examples", i, "answer"), f"does not fit a {self.data['type']} exercise",
                       str(problem))
        criteria = e.get("criteria", {})
        if criteria and not isinstance(body, RewriteBody):
            self.error(("examples", i, "criteria"), "only rewrite exercises judge criteria",
                       "remove `criteria:`")
        elif isinstance(body, RewriteBody):
            judged = criteria_for(body.kind, body.context.get("intent"))
            for name in criteria:
                if name not in judged:
                    self.error(("examples", i, "criteria", name),
                               f"{body.kind!r} does not judge {name!r}",
                               f"use one of {', '.join(judged)}")
        self.check_ending(body, i, e)
        return Example(answer=answer, verdict=e["verdict"], criteria=dict(criteria),
                       note=e.get("note", ""), line=self.lines(("examples", i)),
                       ending=e.get("ending", ""))

    def check_ending(self, body: Body, i: int, e: dict[str, Any]) -> None:
        """A conversation example names the ending its lines reach, and its verdict agrees."""
        if not isinstance(body, ConversationBody):
            if "ending" in e:
                self.error(("examples", i, "ending"), "only conversation examples name an ending",
                           "remove `ending:`")
            return
        endings = [n.id for n in body.nodes.values() if n.is_ending]
        names = ", ".join(repr(n) for n in endings)
        if "ending" not in e:
            self.error(("examples", i), "missing required field 'ending'",
                       f"add ending: the ending these lines must reach (one of {names})")
            return
        node = body.nodes.get(e["ending"])
        if node is None or not node.is_ending:
            what = "does not exist" if node is None else "is not an ending"
            self.error(("examples", i, "ending"), f"node {e['ending']!r} {what}",
                       f"use one of {names}")
        elif (node.ending == "good") != (e["verdict"] == "pass"):
            self.error(("examples", i, "verdict"),
                       f"{e['verdict']!r} does not fit the {node.ending} ending {node.id!r}",
                       "a conversation passes exactly when it reaches a good ending")


def _choice(b: Builder, d: dict[str, Any]) -> ChoiceBody:
    opts = d["options"]
    b.unique("options", opts, "option")
    correct = sum(1 for o in opts if o.get("correct", False))
    if correct == 0:
        b.error(("options",), "no option is marked correct", "add `correct: true` to the right one")
    multiple = d.get("multiple", correct > 1)
    if not multiple and correct > 1:
        b.error(("multiple",), f"is false but {correct} options are correct",
                "set `multiple: true`, or leave only one option `correct: true`")
    options = tuple(Option(o["id"], o["text"], o.get("correct", False), o["feedback"])
                    for o in opts)
    return ChoiceBody(options, multiple)


def _classify(b: Builder, d: dict[str, Any]) -> ClassifyBody:
    b.unique("buckets", d["buckets"], "bucket")
    b.unique("items", d["items"], "card")
    names = [x["id"] for x in d["buckets"]]
    for i, item in enumerate(d["items"]):
        if item["bucket"] not in names:
            b.error(("items", i, "bucket"), f"bucket {item['bucket']!r} does not exist",
                    f"use one of {', '.join(repr(n) for n in names)}")
    buckets = tuple(Bucket(x["id"], x["label"]) for x in d["buckets"])
    items = tuple(Item(x["id"], x["text"], x["bucket"], x.get("feedback", "")) for x in d["items"])
    return ClassifyBody(buckets, items)


def _order(b: Builder, d: dict[str, Any]) -> OrderBody:
    b.unique("steps", d["steps"], "step")
    return OrderBody(tuple(Step(s["id"], s["text"], s.get("feedback", "")) for s in d["steps"]))


def _rewrite(b: Builder, d: dict[str, Any]) -> RewriteBody:
    kind = d["kind"]
    context = dict(d.get("context", {}))
    allowed = CONTEXT[kind]
    for key in context:
        if key not in allowed:
            b.error(("context", key), f"{kind!r} takes no {key!r}",
                    f"allowed for {kind!r}: {', '.join(allowed) or 'no context'}")
    for key, required in allowed.items():
        if required and key not in context:
            b.error(("context",), f"{kind!r} needs context {key!r}",
                    f"add `context: {{{key}: yes}}` (yes, unsure or no)")
    intent = context.get("intent") if kind == "reply" else None
    judged = criteria_for(kind, intent if intent in ("yes", "unsure", "no") else None)
    for i, name in enumerate(d.get("require", [])):
        if name not in judged:
            b.error(("require", i), f"{kind!r} does not judge {name!r}",
                    f"use one of {', '.join(judged)}")
    return RewriteBody(kind, context, d.get("start", ""), tuple(d.get("require", [])),
                       _patterns(b, d, "must"), _patterns(b, d, "must_not"))


def _patterns(b: Builder, d: dict[str, Any], key: str) -> tuple[Pattern, ...]:
    out = []
    for i, p in enumerate(d.get(key, [])):
        rule = Pattern(p["pattern"], p["message"], p.get("whole_words", True),
                       b.lines((key, i, "pattern")))
        try:
            re.compile(rule.pattern)
        except re.error as e:
            b.error((key, i, "pattern"), f"not a valid regular expression ({e})",
                    "fix the pattern, or escape special characters with a backslash")
        else:
            try:
                re.compile(rule.regex)
            except re.error as e:
                b.error((key, i, "pattern"), f"cannot be matched as whole words ({e.msg})",
                        "remove the inline flag (patterns already ignore case), or add "
                        "`whole_words: false`")
        out.append(rule)
    return tuple(out)


def _scenario(b: Builder, d: dict[str, Any]) -> ScenarioBody:
    nodes = {
        key: Node(key, n["line"], n.get("speaker", ""),
                  tuple(Choice(c["text"], c["goto"], c["quality"], c["feedback"])
                        for c in n.get("choices", [])),
                  n.get("ending", ""), n.get("summary", ""))
        for key, n in d["nodes"].items()
    }
    body = ScenarioBody(d["start"], nodes)
    _graph_errors(b, graph_problems(body))
    return body


def _graph_errors(b: Builder, problems: list[GraphProblem]) -> None:
    for p in problems:
        path: Path_ = ("nodes", p.node) if p.node else ()
        if p.field:
            path += tuple(int(x) if x.isdigit() else x for x in re.split(r"[.\[\]]+", p.field) if x)
        where = f"node {p.node!r} " if p.node and not p.field else ""
        b.error(path, where + p.problem, p.fix)


def _conversation(b: Builder, d: dict[str, Any]) -> ConversationBody:
    nodes = {}
    for key, n in d["nodes"].items():
        turn = n.get("turn", {})
        nodes[key] = Talk(key, n["says"], n.get("speaker", ""), turn.get("kind", ""),
                          dict(turn.get("context", {})), turn.get("cue", ""), dict(n.get("on", {})),
                          n.get("ending", ""), n.get("summary", ""))
    body = ConversationBody(d["start"], nodes)
    _graph_errors(b, conversation_problems(body))
    return body


def _range(b: Builder, d: dict[str, Any]) -> RangeBody:
    low, high = d["min"], d["max"]
    if low >= high:
        b.error(("max",), f"max ({high!r}) is not above min ({low!r})", "make max larger than min")
    bands = tuple(Band(x["from"], x["to"], x["verdict"], x["feedback"]) for x in d["bands"])
    edge = low
    for i, band in enumerate(bands):
        if band.low >= band.high:
            b.error(("bands", i, "to"), f"to ({band.high!r}) is not above from ({band.low!r})",
                    "a band covers from < value <= to")
        if band.low < edge:
            b.error(("bands", i, "from"),
                    f"overlaps the band before (from {band.low!r} < {edge!r})",
                    f"start this band at {edge!r}")
        elif band.low > edge:
            b.error(("bands", i, "from"), f"leaves a gap from {edge!r} to {band.low!r}",
                    f"start this band at {edge!r}")
        edge = max(edge, band.high)
    if edge != high and bands:
        b.error(("bands", len(bands) - 1, "to"), f"bands end at {edge!r}, not at max {high!r}",
                f"end the last band at {high!r}")
    if not any(x.verdict == "pass" for x in bands):
        b.error(("bands",), "no band passes", "give at least one band `verdict: pass`")
    body = RangeBody(low, high, d.get("step", 1), d.get("unit", ""), bands)
    if "solution" not in d:  # a learner copy; check_solution reports it otherwise
        return body
    model = body.band_for(d["solution"])
    if model is None or model.verdict != "pass":
        b.error(("solution",), f"{d['solution']!r} is not in a pass band",
                "give a model value that the bands accept")
    return body


def _reflect(b: Builder, d: dict[str, Any]) -> ReflectBody:
    return ReflectBody(d.get("min_words", 1))


_BODIES: dict[str, Callable[[Builder, dict[str, Any]], Body]] = {
    "choice": _choice, "classify": _classify, "order": _order, "rewrite": _rewrite,
    "scenario": _scenario, "conversation": _conversation, "range": _range, "reflect": _reflect,
}
