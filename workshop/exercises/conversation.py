"""Conversation graphs: every outcome of every turn leads to a node, every key of ``on`` is an
outcome of its turn's checker, every node is reachable, every path can end, one ending is good.
"""

from __future__ import annotations

from collections import Counter
from typing import Final

from workshop.checkers.contract import CONTEXT, INTENTS, criteria_for
from workshop.exercises.model import FAIL, PASS, ConversationBody, Talk
from workshop.exercises.scenario import GraphProblem, walk_back, walk_from
from workshop.exercises.schema import did_you_mean

#: what the learner is asked to say when a turn gives no ``cue`` of its own
_CUES: Final[dict[str, str]] = {
    "ask": "Ask for their number.",
    "offer": "Offer your number.",
    "reply yes": "Say yes.",
    "reply unsure": "Say you are not sure yet.",
    "reply no": "Say no.",
    "follow_up": "Write your first message.",
    "after_no": "Answer them.",
}


def cue(node: Talk) -> str:
    """What the learner is asked to say at ``node``: its own cue, or one for its kind."""
    if node.cue:
        return node.cue
    key = f"reply {node.context.get('intent')}" if node.kind == "reply" else node.kind
    return _CUES.get(key, "Your turn.")


def other_person(body: ConversationBody) -> str:
    """The name of the person the learner talks to: the most frequent speaker."""
    speakers = Counter(n.speaker for n in body.nodes.values() if n.speaker)
    return speakers.most_common(1)[0][0] if speakers else "the other person"


def judged(node: Talk) -> tuple[str, ...]:
    """The criterion ids the turn's checker reports (a reply's, for its intent when valid)."""
    if node.kind not in CONTEXT:
        return ()
    intent = node.context.get("intent")
    return criteria_for(node.kind, intent if intent in INTENTS else None)


def _edges(body: ConversationBody) -> dict[str, list[str]]:
    return {n.id: list(n.on.values()) for n in body.nodes.values()}


def reachable(body: ConversationBody) -> set[str]:
    """Ids of the nodes reachable from ``start`` by any outcome."""
    return walk_from(body.start, _edges(body))


def can_end(body: ConversationBody) -> set[str]:
    """Ids of the nodes from which some path of outcomes reaches an ending."""
    return walk_back((n.id for n in body.nodes.values() if n.is_ending), _edges(body))


def graph_problems(body: ConversationBody) -> list[GraphProblem]:
    """Every structural problem of a conversation graph, in node order."""
    names = ", ".join(repr(n) for n in body.nodes)
    if body.start not in body.nodes:
        return [GraphProblem("", "start", f"node {body.start!r} does not exist",
                             f"use one of {names}")]
    if body.nodes[body.start].is_ending:
        return [GraphProblem("", "start", f"node {body.start!r} is an ending, so the learner "
                             "never speaks", "start at a node with a `turn:`")]
    problems: list[GraphProblem] = []
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
                "lead an outcome (`on:`) of another node here, or delete the node",
            ))
        elif not node.is_ending and node.id not in ends:
            problems.append(GraphProblem(
                node.id, "", "is in a loop with no way out: no outcome from here reaches an "
                "ending", "lead an outcome towards a node with `ending:`",
            ))
    if not any(body.nodes[n].ending == "good" for n in live):
        problems.append(GraphProblem(
            "", "nodes", "no reachable ending is a good one",
            "mark at least one reachable ending with `ending: good`",
        ))
    return problems


def _node_problems(body: ConversationBody, node: Talk, names: str) -> list[GraphProblem]:
    if node.is_ending:
        return _ending_problems(node)
    out: list[GraphProblem] = []
    if not node.kind and node.on:
        return [GraphProblem(node.id, "on", "has outcomes but no turn to judge",
                             "add `turn: {kind: ask}` (or offer, reply, follow_up, after_no)")]
    if not node.kind:
        return [GraphProblem(
            node.id, "", "is a dead end: it has neither a turn nor an ending",
            "add `turn: {kind: ask}` and `on:`, or mark it `ending: good`, `okay` or `bad`",
        )]
    if node.summary:
        out.append(GraphProblem(node.id, "summary", "only an ending has a summary",
                                "move the text into `says:`"))
    for key, required in CONTEXT[node.kind].items():
        if required and key not in node.context:
            out.append(GraphProblem(node.id, "turn.context", f"{node.kind!r} needs context {key!r}",
                                    f"add `context: {{{key}: yes}}` (yes, unsure or no)"))
    for key in node.context:
        if key not in CONTEXT[node.kind]:
            allowed = ", ".join(CONTEXT[node.kind]) or "no context"
            out.append(GraphProblem(node.id, f"turn.context.{key}",
                                    f"{node.kind!r} takes no {key!r}",
                                    f"allowed for {node.kind!r}: {allowed}"))
    return out + _outcome_problems(body, node, names)


def _outcome_problems(body: ConversationBody, node: Talk, names: str) -> list[GraphProblem]:
    if not node.on:
        return [GraphProblem(node.id, "", "has a turn but no outcomes (`on:`)",
                             "add `on: {pass: <node id>, fail: <node id>}`")]
    out: list[GraphProblem] = []
    criteria = judged(node)
    for key, fix in ((PASS, "where the conversation goes when the line passes"),
                     (FAIL, "where it goes when the line fails on a criterion not listed")):
        if key not in node.on:
            out.append(GraphProblem(node.id, "on", f"has no {key!r} outcome",
                                    f"add `{key}: <node id>`: {fix}"))
    for key, goto in node.on.items():
        if key not in (PASS, FAIL) and key not in criteria:
            which = f"{node.kind!r}" + (f" with intent {node.context['intent']!r}"
                                        if node.kind == "reply" and "intent" in node.context
                                        else "")
            out.append(GraphProblem(
                node.id, f"on.{key}",
                f"{key!r} is not a criterion of {which}{did_you_mean(key, list(criteria))}",
                f"use pass, fail or one of {', '.join(criteria)}",
            ))
        if goto not in body.nodes:
            out.append(GraphProblem(node.id, f"on.{key}", f"node {goto!r} does not exist",
                                    f"use one of {names}"))
    return out


def _ending_problems(node: Talk) -> list[GraphProblem]:
    out = []
    if node.kind:
        out.append(GraphProblem(node.id, "turn", "an ending has no turn",
                                "remove `ending:` to continue the conversation, or remove `turn:`"))
    if node.on:
        out.append(GraphProblem(node.id, "on", "an ending has no outcomes",
                                "remove `ending:` to continue the conversation, or remove `on:`"))
    return out
