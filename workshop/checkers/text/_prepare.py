"""Prepare a learner's message for matching: fold it without moving any character.

Every rule in this package matches against ``Prepared.norm``, a lower-cased copy of the
message in which each character stays at its original index. A match's ``start`` and
``end`` are therefore already offsets into the learner's own text, so the evidence we
highlight is exactly the words they wrote - no offset table to keep in sync.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from workshop.checkers.quoting import whole_phrase

#: Characters read by the rules. Real messages are a few hundred characters; anything past
#: this is judged as "too long to vouch for" rather than silently skipped (see ``truncated``).
ANALYSE_LIMIT = 5_000

# One character in, one character out, so offsets never move. Curly quotes become straight
# ones, dashes a hyphen, odd spaces and control characters a plain space.
_FOLD = {
    **{ord(c): "'" for c in "\u2018\u2019\u201a\u201b\u2032\u00b4\u0060\u02bc"},
    **{ord(c): '"' for c in "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"},
    **{ord(c): "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"},
    **{ord(c): "." for c in "\u2026"},
    **{ord(c): " " for c in "\u00a0\u2007\u202f\u200b\u200c\u200d\u2060\ufeff\u3000"},
    **{i: " " for i in range(32) if chr(i) not in "\n"},
    0x7F: " ",
}

# 'My friend said "come on, just ask"': the quoted words are someone else's, not the
# learner's, so they neither count for nor against the message.
_REPORTED = re.compile(
    r"\b(?:said|says|say|saying|told me|tells me|asked|asks|goes|went|was like|wrote|texted"
    r"|messaged|keeps saying|kept saying|quote)\s*[:,]?\s*"
    r"(\"[^\"\n]{0,300}\"|'[^'\n]{0,200}'(?!\w))"
)
# 'I'd say: "Hey, could we swap numbers?"': the learner quoting the message they would send.
# Those words are the message itself, so they are judged, not masked.
_OWN_WORDS = re.compile(
    r"\b(?:i'?d|i would|i'?ll|i will|i might|i could|i'?m going to|i'?m gonna|i want to"
    r"|i plan to|i'?d like to)(?: \w+){0,2}$"
)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_ALNUM = re.compile(r"[^\W_]")


def fold(text: str) -> str:
    """Lower-case ``text`` and unify quotes and dashes, keeping its length unchanged."""
    folded = text.translate(_FOLD)
    lowered = folded.lower()
    if len(lowered) == len(folded):
        # lower() never shortens a character, so equal length means one-to-one.
        return lowered
    # A few characters grow when lower-cased ('İ' -> 'i̇'); keep those as they are.
    return "".join(c if len(low := c.lower()) != 1 else low for c in folded)


def _mask_reported(norm: str) -> str:
    if '"' not in norm and " '" not in norm:
        return norm  # apostrophes inside words cannot open a quotation
    parts: list[str] = []
    pos = 0
    for m in _REPORTED.finditer(norm):
        if _OWN_WORDS.search(norm[max(0, m.start() - 40) : m.start()].rstrip()):
            continue
        parts.append(norm[pos : m.start(1)])
        parts.append(" " * (m.end(1) - m.start(1)))
        pos = m.end(1)
    parts.append(norm[pos:])
    return "".join(parts)


@dataclass(slots=True)
class Prepared:
    """A message ready for the rules: the original, its folded copy and its sentences."""

    text: str
    norm: str
    truncated: bool
    words: int
    sentences: list[tuple[int, int]] = field(default_factory=list)

    def quote(self, start: int, end: int) -> str:
        """The learner's own words ``text[start:end]`` for a message, as a whole phrase."""
        return whole_phrase(self.text, start, end)


def prepare(text: str) -> Prepared:
    """Fold ``text`` (its first ``ANALYSE_LIMIT`` characters) and find its sentences."""
    head = text[:ANALYSE_LIMIT]
    norm = _mask_reported(fold(head))
    sentences = []
    for m in _SENTENCE.finditer(norm):
        start, end = m.start(), m.end()
        while start < end and norm[start].isspace():
            start += 1
        if start < end:
            sentences.append((start, end))
    truncated = len(text) > ANALYSE_LIMIT
    if _ALNUM.search(norm) is None:
        words = 0  # only spaces, symbols or emoji: nothing to judge
    elif truncated:
        # Whitespace count: exact enough to say how far past a short message this is.
        words = text.count(" ") + text.count("\n") + 1
    else:
        words = len(norm.split())
    return Prepared(text, norm, truncated, words, sentences)

