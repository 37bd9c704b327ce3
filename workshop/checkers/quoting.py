"""Quoting a learner's words back to them: whole phrases, never cut mid-phrase."""

from __future__ import annotations

import re
from typing import Final

#: where a quoted phrase may end: clause punctuation, a spaced dash, a line break, an emoji
#: (it closes a clause as a full stop does: "stumped tonight 😂 swap numbers?")
_PHRASE_END: Final = re.compile(r"[.,;:!?()\u2013\u2014\n\u2600-\u27bf\U0001f300-\U0001faff]| - ")
#: the longest quote given whole; a longer phrase ends at a phrase break inside it
QUOTE_LIMIT: Final = 90


def whole_phrase(text: str, start: int, end: int, limit: int = QUOTE_LIMIT) -> str:
    """``text[start:end]`` run on to the end of its phrase, in single-spaced words.

    A match may stop mid-phrase ("it's Moana from the"); the quote goes on to the next
    clause break. A phrase longer than ``limit`` ends at its last break within the limit,
    or failing one at a word boundary, with "...".
    """
    stop = _PHRASE_END.search(text, end)
    words = _words(text[start : stop.start() if stop else len(text)])
    if len(words) <= limit:
        return words
    matched = len(_words(text[start:end]))
    breaks = [m.start() for m in _PHRASE_END.finditer(words, 0, limit) if m.start() >= matched]
    cut = breaks[-1] if breaks else words.rfind(" ", 0, limit)
    return words[: cut if cut > 0 else limit].rstrip(",;:- ") + "..."


def _words(text: str) -> str:
    return " ".join(text.split()).rstrip(" -")
