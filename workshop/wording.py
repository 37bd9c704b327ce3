"""Plain wording shared by feedback and views: counted nouns, texts shortened for a label."""

from __future__ import annotations


def counted(count: int, noun: str, plural: str = "") -> str:
    """``count`` and ``noun``, singular or plural: "1 word", "3 words", "2 steps"."""
    return f"{count:,} {noun if count == 1 else plural or noun + 's'}"


def shorten(text: str, limit: int = 70) -> str:
    """``text`` on one line; a long one cut at a word boundary, with "..."."""
    words = " ".join(text.split())
    if len(words) <= limit:
        return words
    cut = words.rfind(" ", 0, limit)
    return words[: cut if cut > 0 else limit].rstrip(",;:-. ") + "..."
