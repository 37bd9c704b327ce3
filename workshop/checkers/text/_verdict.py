"""Turn rule outcomes into Criterion and Feedback objects with plain, kind messages."""

from __future__ import annotations

import functools
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from workshop.checkers.feedback import Criterion, Feedback
from workshop.checkers.text._cues import Hit, spans
from workshop.checkers.text._prepare import ANALYSE_LIMIT, Prepared


@dataclass(frozen=True, slots=True)
class Rule:
    """What one criterion tells the learner: the guide's point and the two messages."""

    principle: str
    praise: str  # when it passes; may quote the deciding words as {quote}
    advice: str  # when it fails: what to try instead, with an example phrase
    fix: str  # a few words for the one-sentence summary, e.g. "turn it into a question"
    blame: str = ""  # when it fails on words in the text: what those words do, as {quote}
    # What the rules look for, when they can only fail by not finding it: then the message
    # says so ("I could not find...") instead of claiming it is not there.
    looked_for: str = ""


def quote_of(p: Prepared, hits: Sequence[Hit]) -> str:
    """The first deciding words, as the learner wrote them."""
    return p.quote(hits[0].start, hits[0].end) if hits else ""


def judge(
    cid: str, rule: Rule, passed: bool, p: Prepared, hits: Sequence[Hit] = (), **extra: str
) -> Criterion:
    """A criterion whose message quotes the words that decided it, when there are any.

    An ``instead`` in ``extra`` (a concrete alternative for the words found) replaces the
    rule's general advice when the criterion fails on those words.
    """
    if not passed and not p.words and p.text.strip():
        # Only emoji or signs: say so, then what to write.
        return nothing_written(cid, rule, p)
    if passed:
        template = rule.praise
    elif hits and rule.blame:
        advice = extra.get("instead") or rule.advice.format(**extra)
        return Criterion(cid, passed, rule.blame.format(quote=quote_of(p, hits), **extra) + " "
                         + advice, rule.principle, spans(hits))
    elif rule.looked_for:
        return Criterion(cid, passed, not_found(rule) + rule.advice.format(**extra),
                         rule.principle, (), sure=False)
    else:
        template = rule.advice
    # Most messages quote nothing and need no formatting at all.
    if "{" not in template:
        message = template
    elif "{quote" in template:
        message = template.format(quote=quote_of(p, hits), **extra)
    else:
        message = template.format(**extra)
    return Criterion(cid, passed, message, rule.principle, spans(hits))


def not_found(rule: Rule) -> str:
    """The opening of a message for something the rules looked for and did not find."""
    return (f"I could not find {rule.looked_for} - if your message says it another way, you "
            "can ignore this point. ")


def unreadable(cid: str, rule: Rule, p: Prepared) -> Criterion:
    """A criterion about something absent that a too-long message keeps us from vouching for."""
    message = (
        f"This message is {len(p.text):,} characters long; only the first {ANALYSE_LIMIT:,} "
        f"were checked, so we cannot promise the rest is fine. Keep it to a few sentences. "
        + rule.advice
    )
    return Criterion(cid, False, message, rule.principle, ())


def nothing_written(cid: str, rule: Rule, p: Prepared | None = None) -> Criterion:
    """A criterion for a message with no words at all (perhaps only emoji or symbols)."""
    shown = p.text.strip()[:_SHOWN] if p is not None else ""
    if shown:
        opening = (f'Only "{shown}" so far: an emoji or a sign can be read many ways, so say '
                   "it in words too. ")
    else:
        opening = "There are no words to check yet. "
    return Criterion(cid, False, opening + rule.advice, rule.principle, ())


_SHOWN = 12  # characters of a wordless message quoted back


def feedback(
    kind: str,
    p: Prepared,
    criteria: Sequence[Criterion],
    passed: bool,
    rules: dict[str, Rule],
    praise: str,
    optional: Collection[str] = (),
    either: tuple[str, str] | None = None,
) -> Feedback:
    """Assemble the Feedback: score, verdict and a one-sentence summary.

    ``optional`` criteria are not needed to pass; of the pair ``either``, one is enough.
    """
    failed: set[str] = set()
    needed: list[str] = []
    extra: list[str] = []
    misses = 0
    for c in criteria:
        if not c.passed:
            misses += 1
            failed.add(c.id)
            (extra if c.id in optional else needed).append(rules[c.id].fix)
    score = _score(len(criteria) - misses, len(criteria))
    if either and set(either) <= failed:
        # Neither of two alternatives is there: ask for one, not both.
        needed = [f for f in needed if f not in {rules[i].fix for i in either}]
        needed.append(" or ".join(rules[i].fix for i in either))
    elif either:
        extra += [rules[i].fix for i in either if i in failed]
        needed = [f for f in needed if f not in extra]
    if not p.text.strip():
        summary = "Write your message in the box, then check it again."
    elif not p.words:
        summary = "Say it in words too: an emoji on its own can be read many ways."
    elif passed and not extra:
        summary = f"Well done: {praise}."
    elif passed:
        summary = f"This works: {praise}; to make it even better, {_join(extra)}."
    elif all(c.sure is False for c in criteria if not c.passed and c.id not in optional):
        # Every point that blocks a pass was only not found: say that it may be there.
        summary = f"Not there yet, as far as I can tell: {_join(needed or extra)}."
    else:
        summary = f"Not there yet: {_join(needed or extra)}."
    details: dict[str, object] = {"words": p.words, "truncated": p.truncated}
    return Feedback(kind, passed, score, tuple(criteria), p.text, summary, details)


@functools.cache
def _score(met: int, of: int) -> float:
    """The share of criteria met, to four places (worked out once: ``round`` is slow)."""
    return round(met / of, 4) if of else 0.0


def _join(parts: Sequence[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]
