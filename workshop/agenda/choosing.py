"""Which optional exercises a plan takes: each message of the guide once, then by section."""

from __future__ import annotations

import math
from typing import Final

from workshop.exercises.model import SECTIONS, ConversationBody, Exercise, RewriteBody

#: The messages of the guide a plan has learners write before it takes any other optional
#: exercise: the ask, the three answers, the first text and the answer to a no. (Offering your
#: number is optional in the guide itself.)
PRACTISE_FIRST: Final = ("ask", "reply yes", "reply unsure", "reply no", "follow_up", "after_no")


def cost(exercise: Exercise) -> int:
    """Whole minutes an exercise takes in the plan (a part of a minute counts as one)."""
    return math.ceil(exercise.minutes)


def practises(exercise: Exercise) -> str:
    """The message a learner writes in ``exercise`` ("ask", "reply no", ...), or "" when they
    write none: a rewrite's kind, or the kind of a conversation's first turn."""
    body = exercise.body
    if isinstance(body, ConversationBody) and body.start in body.nodes:
        kind, context = body.nodes[body.start].kind, body.nodes[body.start].context
    elif isinstance(body, RewriteBody):
        kind, context = body.kind, body.context
    else:
        return ""
    return f"reply {context.get('intent')}" if kind == "reply" else kind


def _practise_first(optional: list[Exercise], core: list[Exercise],
                    budget: int) -> list[Exercise]:
    # For each message of PRACTISE_FIRST the plan does not have yet, the shortest exercise
    # that has learners write it.
    written = {practises(e) for e in core}
    chosen: list[Exercise] = []
    for message in PRACTISE_FIRST:
        fits = sorted((e for e in optional if practises(e) == message and cost(e) <= budget
                       and message not in written),
                      key=lambda e: (cost(e), SECTIONS.index(e.section), e.id))
        if fits:
            chosen.append(fits[0])
            written.add(message)
            budget -= cost(fits[0])
    return chosen


def pick_optional(optional: list[Exercise], core: list[Exercise],
                  budget: int) -> list[Exercise]:
    """The optional exercises that fit in ``budget`` minutes, in the order they are taken.

    First every message of the guide gets written once (PRACTISE_FIRST). Then sections take
    turns, so every section gets some. Within a section, a kind of activity the section does
    not have yet comes first (variety), then the shortest.
    """
    chosen = _practise_first(optional, core, budget)
    budget -= sum(map(cost, chosen))
    taken = {e.id for e in chosen}
    queues = {s: [e for e in optional if e.section == s and e.id not in taken] for s in SECTIONS}
    kinds = {s: {e.type for e in [*core, *chosen] if e.section == s} for s in SECTIONS}
    picked = True
    while picked:
        picked = False
        for section, queue in queues.items():
            fits = sorted((e for e in queue if cost(e) <= budget),
                          key=lambda e: (e.type in kinds[section], cost(e), e.id))
            if fits:
                queue.remove(fits[0])
                kinds[section].add(fits[0].type)
                chosen.append(fits[0])
                budget -= cost(fits[0])
                picked = True
    return chosen
