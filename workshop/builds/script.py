"""A conversation on paper: its turns in the order a walk meets them, each outcome in words."""

from __future__ import annotations

import html
from dataclasses import dataclass

from workshop.checkers.labels import criterion_label
from workshop.exercises.conversation import cue
from workshop.exercises.model import FAIL, PASS, ConversationBody, Talk
from workshop.wording import shorten

esc = html.escape
_ENDED = {"good": "ends well", "okay": "ends okay", "bad": "ends badly"}


@dataclass(frozen=True, slots=True)
class Branch:
    """One outcome of a turn in words ("If it misses “No pressure”") and the node it leads to."""

    when: str
    to: Talk


def turns(body: ConversationBody) -> list[Talk]:
    """The nodes with a turn, in the order a walk from ``start`` meets them (breadth first)."""
    seen = [body.start]
    for key in seen:
        seen += [goto for goto in body.nodes[key].on.values() if goto not in seen]
    return [body.nodes[k] for k in seen if not body.nodes[k].is_ending]


def branches(body: ConversationBody, node: Talk) -> list[Branch]:
    """Each outcome of ``node``'s turn, in the order it is decided: pass, criteria, the rest."""
    criteria = [k for k in node.on if k not in (PASS, FAIL)]
    words = {PASS: "If the line works", FAIL: "Otherwise" if criteria else "If it does not work"}
    return [Branch(words.get(k) or f"If it misses \u201c{criterion_label(k)}\u201d",
                   body.nodes[node.on[k]])
            for k in (PASS, *criteria, FAIL) if k in node.on]


def said(node: Talk, limit: int = 0) -> str:
    """The node's line as escaped HTML: "<strong>Jun:</strong> ..." or narration in italics."""
    text = esc(shorten(node.says, limit) if limit else node.says)
    return f"<strong>{esc(node.speaker)}:</strong> {text}" if node.speaker else f"<em>{text}</em>"


def reaction(branch: Branch, limit: int = 0) -> str:
    """One branch as an HTML list item: when, and what follows (an ending says how it went)."""
    end = f" <em>({_ENDED[branch.to.ending]})</em>" if branch.to.is_ending else ""
    return f"<li>{esc(branch.when)}: {said(branch.to, limit)}{end}</li>"


def script_html(body: ConversationBody, limit: int = 0) -> str:
    """Every turn with its cue and the reactions it can lead to, as escaped HTML."""
    parts = []
    for node in turns(body):
        items = "".join(reaction(b, limit) for b in branches(body, node))
        parts.append(f"<p>{said(node, limit)} <em>Your turn: {esc(cue(node))}</em></p>"
                     f"<ul class='branches'>{items}</ul>")
    return "".join(parts)
