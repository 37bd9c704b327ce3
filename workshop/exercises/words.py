"""Common English words, to warn an instructor whose pattern matches inside one."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from workshop.errors import ExerciseError
from workshop.exercises.model import Exercise, RewriteBody

#: the inside words named in one warning
SHOWN = 3


@cache
def common_words() -> tuple[str, ...]:
    """The shipped list (``common-words.txt``, made by tests/make_common_words.py)."""
    text = resources.files("workshop.exercises").joinpath("common-words.txt").read_text("utf-8")
    return tuple(w for w in text.split("\n") if w and not w.startswith("#"))


def inside_words(regex: str) -> list[str]:
    """The common words in which ``regex`` (without regard to case) matches only a part."""
    try:
        compiled = re.compile(regex, re.IGNORECASE)
    except re.error:
        return []  # reported as an error already
    found = [word for word in common_words()
             if any(m.end() > m.start() and m.span() != (0, len(word))
                    for m in compiled.finditer(word))]
    return sorted(found, key=lambda w: (len(w), w))  # the shortest are the easiest to see


def pattern_warnings(exercise: Exercise) -> list[ExerciseError]:
    """A warning for each ``must`` / ``must_not`` pattern that matches inside common words."""
    if not isinstance(exercise.body, RewriteBody):
        return []
    warnings = []
    for key, rules in (("must", exercise.body.must), ("must_not", exercise.body.must_not)):
        for i, rule in enumerate(rules):
            words = inside_words(rule.regex)
            if not words:
                continue
            shown = ", ".join(repr(w) for w in words[:SHOWN])
            more = f" and {len(words) - SHOWN} more" if len(words) > SHOWN else ""
            warnings.append(ExerciseError(
                exercise.path, rule.line, f"{key}[{i}].pattern",
                f"warning: {rule.pattern!r} also matches inside common words ({shown}{more})",
                "remove `whole_words: false` so that it matches whole words only, or spell out "
                "the words it may match (e.g. 'apps?' for app and apps)"))
    return warnings
