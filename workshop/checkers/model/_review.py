"""The second opinion: where the rules found no problem and the model is confident there is
one, say so - hedged, quoting the learner's words that moved the model."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from typing import Any, Final

from workshop.checkers.feedback import Criterion, Feedback, Span
from workshop.checkers.model._features import features
from workshop.checkers.model._weights import Models, shipped
from workshop.checkers.quoting import QUOTE_LIMIT, whole_phrase

#: Set to 0 (or off, false, no) to check with the rules alone.
ENVIRONMENT: Final = "WORKSHOP_CHECKER_MODEL"
_enabled = os.environ.get(ENVIRONMENT, "1").strip().lower() not in {"0", "off", "false", "no"}

#: criteria whose evidence (when they pass) shows words that leave the other person free
FREEING: Final = frozenset({"out", "gives_control"})
#: the learner's words shown for a concern: the strongest few features
EVIDENCE: Final = 3

#: what the flagged words may do, and what to do if they do, per criterion
_CONCERN: Final[dict[str, tuple[str, str]]] = {
    "no_pressure": ("may read as pressure",
                    "If it does, leave the decision and its timing to them."),
    "gives_control": ("may decide for them when or whether to use your number",
                      'If it does, leave the next step to them, for example "whenever suits you".'),
    "no_guilt": ("may read as guilt or sulking",
                 'If it does, a plain "No worries, thanks for being clear" is enough.'),
    "no_repeat": ("may read as asking again, or as holding the door open",
                  "If it does, accept the no and leave it there."),
    "no_games": ("may read as a tease or a game",
                 'If it does, a plain "Yes, I\'d love that!" is all it takes.'),
    "polite": ("may come across as unkind",
               'If it does, a simple "Thank you, but I\'m not interested" is enough.'),
    "no_false_hope": ("may sound as if your answer could change",
                      "If it does, leave out the maybe; a kind, final no is fairer."),
}
#: what the summary asks the learner to check, per criterion
_CHECK: Final[dict[str, str]] = {
    "no_pressure": "that nothing in it reads as pressure",
    "gives_control": "that it leaves the next step to them",
    "no_guilt": "that nothing in it reads as guilt",
    "no_repeat": "that it does not ask again or hold the door open",
    "no_games": "that nothing in it reads as a game",
    "polite": "that it reads as courteous",
    "no_false_hope": "that it leaves no false hope",
}
#: where a sentence ends, for quoting the one that holds the strongest evidence
_SENTENCE_END: Final = re.compile(r"[.!?\n]+\s*")
_LETTER: Final = re.compile(r"[^\W\d_]")
#: where a phrase ends, as for quotes (workshop.checkers.quoting)
_PHRASE_END: Final = re.compile(r"[.,;:!?()\u2013\u2014\n]| - ")


def enabled() -> bool:
    """Whether checks get the model's second opinion (environment ``WORKSHOP_CHECKER_MODEL``)."""
    return _enabled


def set_enabled(on: bool) -> bool:
    """Turn the second opinion on or off for this process; return the previous setting."""
    global _enabled
    previous, _enabled = _enabled, bool(on)
    return previous


def concerns(models: Models, kind: str, intent: str, text: str, passed: Iterable[str],
             freeing: Iterable[tuple[int, int]] = ()) -> dict[str, list[tuple[int, int]]]:
    """Of the ``passed`` criteria, those the model is confident are not met, each with the
    spans of its strongest evidence in ``text`` (never empty).

    Words in the ``freeing`` spans, which the rules read as leaving them free (an easy out,
    a choice left to them), never count against: "You don't have to say yes" is no pressure.
    """
    found: dict[str, list[tuple[int, int]]] = {}
    feats: dict[str, tuple[int, int]] | None = None
    free = sorted(freeing)
    for cid in passed:
        if cid not in _CONCERN or (model := models.get(kind, intent, cid)) is None:
            continue
        if feats is None:
            feats = features(text)
        score, against = model.weigh(feats)
        if free:
            freed = [(w, f) for w, f in against if _inside(feats[f], free)]
            score -= sum(w for w, _ in freed)
            against = [x for x in against if x not in freed]
        if score > models.flag_below:
            continue
        strongest = [feats[f] for _, f in against[:EVIDENCE]]
        if strongest:  # a concern with no words to show is not raised
            found[cid] = strongest
    return found


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Whether ``span`` overlaps any of ``spans``."""
    return any(s < span[1] and span[0] < e for s, e in spans)


def phrase(text: str, start: int, end: int) -> tuple[int, int]:
    """The phrase (between clause breaks) around ``text[start:end]``: the words the rules
    matched ("or don't", "You don't have to") stand for their phrase ("text me or don't",
    "You don't have to say yes")."""
    breaks = [m.end() for m in _PHRASE_END.finditer(text, 0, start)]
    stop = _PHRASE_END.search(text, end)
    return (breaks[-1] if breaks else 0), (stop.start() if stop else len(text))


def passes(kind: str, intent: str, met: Mapping[str, bool]) -> bool:
    """The contract's pass rule of ``kind`` for criteria ``met`` (id -> passed)."""
    if kind == "ask":
        return met["question"] and met["no_pressure"] and (met["reason"] or met["connection"])
    if kind == "offer":
        return met["gives_control"] and met["no_pressure"]
    if kind == "reply" and intent == "unsure":
        return met["honest"] and met["kind"]
    return all(met.values())


def review(fb: Feedback, context: Mapping[str, Any]) -> Feedback:
    """``fb`` with the model's confident concerns added; ``fb`` itself when it has none."""
    if not _enabled or not fb.text:
        return fb
    intent = str(context.get("intent") or "")
    met = [c for c in fb.criteria if c.passed]
    freeing = [phrase(fb.text, s.start, s.end) for c in met if c.id in FREEING
               for s in c.evidence]
    found = concerns(shipped(), fb.kind, intent, fb.text, [c.id for c in met], freeing)
    if not found:
        return fb
    criteria = tuple(_flag(c, fb.text, found[c.id]) if c.id in found else c
                     for c in fb.criteria)
    passed = fb.passed and passes(fb.kind, intent, {c.id: c.passed for c in criteria})
    checks = "check " + " and ".join(_CHECK[c.id] for c in criteria if c.id in found)
    if fb.passed:
        summary = f"Nearly there, as far as I can tell: {checks}."
    else:
        summary = f"{fb.summary} Also, {checks}.".lstrip()
    score = round(sum(c.passed for c in criteria) / len(criteria), 4)
    details = {**fb.details, "second_opinion": tuple(found)}
    return Feedback(fb.kind, passed, score, criteria, fb.text, summary, details)


def _flag(c: Criterion, text: str, spans: list[tuple[int, int]]) -> Criterion:
    """Criterion ``c`` failed, unsure, quoting the words behind the concern."""
    does, advice = _CONCERN[c.id]
    quote = whole_phrase(text, _quote_start(text, *spans[0]), spans[0][1])
    message = (f'"{quote}" {does} - if I have misread it, you can ignore this point. '
               f"{advice}")
    return Criterion(c.id, False, message, c.principle, _merged(spans), c.label, sure=False)


def _quote_start(text: str, start: int, end: int) -> int:
    """Where a quote of ``text[start:end]`` begins: at its sentence, or at its phrase if the
    sentence is too long to quote whole; words with no letters (an emoji after a full stop)
    are quoted with the sentence before them."""
    starts = [0, *(m.end() for m in _SENTENCE_END.finditer(text, 0, start))]
    sentence = next((s for s in reversed(starts) if _LETTER.search(text, s, end)), 0)
    if end - sentence <= QUOTE_LIMIT:
        return sentence
    phrase_start = phrase(text, start, end)[0]
    return phrase_start if end - phrase_start <= QUOTE_LIMIT else start


def _merged(spans: list[tuple[int, int]]) -> tuple[Span, ...]:
    """``spans`` in text order, overlapping or touching ones joined."""
    out: list[list[int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return tuple(Span(s, e) for s, e in out)
