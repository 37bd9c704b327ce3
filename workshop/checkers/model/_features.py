"""Features of a message for the criterion model: words and word pairs, with where they are.

Training (``benchmarks/train_checker_model.py``) and inference use this one function, so a
feature means the same thing in both. Every feature keeps the span of the learner's own text
it came from, so the words that moved the model can be shown as evidence.
"""

from __future__ import annotations

import re

#: Characters read, as for the rules: a longer message is not judged by the model at all.
READ_LIMIT = 5_000

# A word: letters and digits with inner apostrophes ("don't", "we'll"); or one of the signs
# that carry meaning in a short message: "?", "!" and emoji or other symbols.
_TOKEN = re.compile(r"[^\W_]+(?:['\u2019\u02bc][^\W_]+)*|[?!]|[^\w\s.,;:'\"()\-\u2019]")
_APOSTROPHES = re.compile(r"['\u2019\u02bc]")
_SIGNS = frozenset("?!")


def tokens(text: str) -> list[tuple[str, int, int]]:
    """The message's tokens, lower-cased and without apostrophes, with their offsets."""
    head = text[:READ_LIMIT]
    lowered = head.lower()
    if len(lowered) != len(head):  # a few characters grow when lower-cased ('İ')
        lowered = "".join(c if len(low := c.lower()) != 1 else low for c in head)
    found = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(lowered)]
    if not _APOSTROPHES.search(lowered):
        return found
    return [(w, s, e) for word, s, e in found if (w := _APOSTROPHES.sub("", word))]


def features(text: str) -> dict[str, tuple[int, int]]:
    """Each feature of ``text`` (a word, or two words in a row joined by a space) with the
    span of its first occurrence; ``<s>`` and ``</s>`` mark the start and the end."""
    toks = tokens(text)
    found: dict[str, tuple[int, int]] = {}
    prev, prev_start = "<s>", toks[0][1] if toks else 0
    for word, start, end in toks:
        if word not in found:
            found[word] = (start, end)
        pair = prev + " " + word
        if pair not in found:  # a pair's span starts at its first word: "! if" shows as "if"
            found[pair] = (start if prev in _SIGNS else prev_start, end)
        prev, prev_start = word, start
    if toks:
        found.setdefault(f"{prev} </s>", (prev_start, toks[-1][2]))
    return found
