"""The conversation exercise: each of the learner's lines is judged by its turn's text checker,
and the story follows the reaction the instructor wrote for that outcome.

Playing is deterministic: the same lines always take the same path, so a conversation can be
replayed from its lines alone (the checker, the self-tests and the view all do).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

from workshop.checkers.feedback import Criterion, Feedback
from workshop.checkers.registry import answer_checker, check_message
from workshop.exercises.answers import AnswerProblem, normalize_answer
from workshop.exercises.model import ConversationBody, Exercise
from workshop.wording import shorten

#: the longest line kept, in characters: nobody says more in one breath, and the dialogue,
#: the debrief and the saved progress stay small whatever is pasted
MAX_LINE: Final = 5000
_LONE_SURROGATE: Final = re.compile("[\ud800-\udfff]")
_ENDED: Final = {"good": "A good ending.", "okay": "An okay ending.", "bad": "A bad ending."}


def clean_line(text: Any) -> str:
    """A learner's line as a conversation keeps it: text without surrounding space, any lone
    surrogate (which cannot be saved or sent to the browser) replaced, at most MAX_LINE long."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    return _LONE_SURROGATE.sub("\ufffd", text.strip())[:MAX_LINE]


@dataclass(frozen=True, slots=True)
class Turn:
    """One line of the learner's: the node it answered, its verdict, the outcome it followed
    (``pass``, a criterion id or ``fail``) and the node that outcome leads to."""

    node: str
    text: str
    feedback: Feedback
    outcome: str
    next: str


@dataclass(frozen=True, slots=True)
class Playthrough:
    """The turns taken, the node reached, and how many lines were left after an ending."""

    turns: tuple[Turn, ...]
    at: str
    unused: int = 0


def take_turn(body: ConversationBody, node_id: str, text: str) -> Turn:
    """Judge ``text`` said at node ``node_id`` and follow its outcome."""
    node = body.nodes[node_id]
    if node.is_ending:
        raise ValueError(f"node {node_id!r} is an ending: there is no turn to take")
    line = clean_line(text)
    feedback = check_message(node.kind, line, **node.context)
    outcome = node.outcome(feedback.passed, (c.id for c in feedback.failed))
    return Turn(node.id, line, feedback, outcome, node.on[outcome])


def play(body: ConversationBody, lines: Sequence[str]) -> Playthrough:
    """Say ``lines`` one after the other from the start, until they run out or it ends."""
    at = body.start
    turns: list[Turn] = []
    for i, line in enumerate(lines):
        if body.nodes[at].is_ending:
            return Playthrough(tuple(turns), at, len(lines) - i)
        turn = take_turn(body, at, line)
        turns.append(turn)
        at = turn.next
    return Playthrough(tuple(turns), at)


@answer_checker("conversation")
def check_conversation(exercise: Exercise, answer: Any) -> Feedback:
    """Play the learner's lines: passed when the conversation reaches a good ending.

    Each line is a criterion (its verdict and the checker's summary); ``details`` holds the
    turns with their full feedback for the debrief, the node reached and its ending.
    """
    body = exercise.body
    if not isinstance(body, ConversationBody):
        raise TypeError(f"{exercise.id}: not a conversation exercise")
    try:
        lines = normalize_answer(body, answer)
    except AnswerProblem as e:
        return Feedback("conversation", False, 0.0, summary=f"Those lines cannot be played: {e}.")
    run = play(body, lines)
    criteria = tuple(
        Criterion(t.node, t.feedback.passed, t.feedback.summary, exercise.principle,
                  label=f"You said \u201c{shorten(t.text, 60)}\u201d")
        for t in run.turns)
    score = sum(t.feedback.passed for t in run.turns) / len(run.turns) if run.turns else 0.0
    node = body.nodes[run.at]
    details: dict[str, object] = {"turns": run.turns, "at": run.at, "unused": run.unused,
                                  "ending": run.at if node.is_ending else None}
    if not node.is_ending:
        return Feedback("conversation", False, score, criteria,
                        summary="The conversation is not finished yet.", details=details)
    return Feedback("conversation", node.ending == "good", score, criteria,
                    summary=node.summary or _ENDED[node.ending], details=details)
