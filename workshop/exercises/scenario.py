"""Scenario graphs: every goto exists, every node is reachable, every path can end well."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from workshop.exercises.model import Node, ScenarioBody


@dataclass(frozen=True, slots=True)
class GraphProblem:
    """A problem at ``nodes.<node>`` (or a choice of it) of a scenario."""

    node: str
    field: str
    problem: str
    fix: str


def walk_from(start: str, edges: Mapping[str, Iterable[str]]) -> set[str]:
    """The nodes reachable from ``start`` along ``edges`` (node -> the nodes it leads to)."""
    seen = {start} if start in edges else set()
    queue = deque(seen)
    while queue:
        for goto in edges[queue.popleft()]:
            if goto in edges and goto not in seen:
                seen.add(goto)
                queue.append(goto)
    return seen


def walk_back(ends: Iterable[str], edges: Mapping[str, Iterable[str]]) -> set[str]:
    """The nodes from which some path along ``edges`` reaches one of ``ends``."""
    back: dict[str, list[str]] = {n: [] for n in edges}
    for node, gotos in edges.items():
        for goto in gotos:
            if goto in back:
                back[goto].append(node)
    done = set(ends)
    queue = deque(done)
    while queue:
        for parent in back[queue.popleft()]:
            if parent not in done:
                done.add(parent)
                queue.append(parent)
    return done


def _edges(body: ScenarioBody) -> dict[str, list[str]]:
    return {n.id: [c.goto for c in n.choices] for n in body.nodes.values()}


def reachable(body: ScenarioBody) -> set[str]:
    """Ids of the nodes reachable from ``start`` by following choices."""
    return walk_from(body.start, _edges(body))


def can_end(body: ScenarioBody) -> set[str]:
    """Ids of the nodes from which some path reaches an ending."""
    return walk_back((n.id for n in body.nodes.values() if n.is_ending), _edges(body))


def graph_problems(body: ScenarioBody) -> list[GraphProblem]:
    """Every structural problem of a scenario graph, in node order."""
    problems: list[GraphProblem] = []
    names = ", ".join(repr(n) for n in body.nodes)
    if body.start not in body.nodes:
        return [GraphProblem("", "start", f"node {body.start!r} does not exist",
                             f"use one of {names}")]
    for node in body.nodes.values():
        problems += _node_problems(body, node, names)
    if problems:  # broken links or dead ends would make every reachability report misleading
        return problems
    live = reachable(body)
    ends = can_end(body)
    for node in body.nodes.values():
        if node.id not in live:
            problems.append(GraphProblem(
                node.id, "", "is unreachable from start",
                "add a choice whose goto leads here, or delete the node",
            ))
        elif node.choices and node.id not in ends:
            problems.append(GraphProblem(
                node.id, "", "is in a loop with no way out: no path from here reaches an ending",
                "add a choice that leads towards a node with `ending:`",
            ))
    if not any(body.nodes[n].ending == "good" for n in live):
        problems.append(GraphProblem(
            "", "nodes", "no reachable ending is a good one",
            "mark at least one reachable ending with `ending: good`",
        ))
    return problems


def _node_problems(body: ScenarioBody, node: Node, names: str) -> list[GraphProblem]:
    out: list[GraphProblem] = []
    if node.is_ending and node.choices:
        out.append(GraphProblem(
            node.id, "choices", "an ending cannot have choices",
            "remove `ending:` to continue the role-play, or remove the choices",
        ))
    if not node.is_ending and not node.choices:
        out.append(GraphProblem(
            node.id, "", "is a dead end: it has neither choices nor an ending",
            "add choices, or mark it `ending: good`, `okay` or `bad`",
        ))
    if node.summary and not node.is_ending:
        out.append(GraphProblem(
            node.id, "summary", "only an ending has a summary", "move the text into `line:`",
        ))
    for i, choice in enumerate(node.choices):
        if choice.goto not in body.nodes:
            out.append(GraphProblem(
                node.id, f"choices[{i}].goto", f"node {choice.goto!r} does not exist",
                f"use one of {names}",
            ))
    return out
