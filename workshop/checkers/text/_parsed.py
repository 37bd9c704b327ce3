"""What a phrase pattern tells before any message is read: how its matches begin.

From the parsed pattern we work out the tokens (whole words, or single symbols) a match
can begin with; for a first word that can go on ("yes+") what it begins with, and for one
that can begin in many ways ("\\w{2,}ing") what it ends with. For the phrases where none of
that can be told, ``needs`` finds strings one of which every match contains. Both only
ever answer with less certainty than there is, never more: a wrong "it cannot begin here"
would lose a match.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from typing import Any

try:  # the parser is a private part of the standard library; use it only if it is there
    _parser: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - every supported Python has it
    _parser = None

_WORD_CHAR = re.compile(r"\w")
_MAX_STATES = 256  # more spellings of a first word than this: treat the phrase as unknown
_States = frozenset[str]
_WORD_CLASS: list[tuple[Any, Any]] = list(_parser.parse(r"\w")) if _parser else []


class _Unknown(Exception):
    """A phrase whose first token cannot be told."""


#: Stands, in a word being read, for "some word characters": ``\w{2,}ing`` is ANY + "ing".
_ANY = "\0"


class _Found:
    """What a phrase's first token can be: whole tokens, word beginnings and word endings."""

    __slots__ = ("prefixes", "suffixes", "words")

    def __init__(self) -> None:
        self.words: set[str] = set()
        self.prefixes: set[str] = set()
        self.suffixes: set[str] = set()

    def end(self, states: Iterable[str]) -> None:
        """The words read so far end here."""
        for s in states:
            if s[:1] != _ANY:
                self.words.add(s)
            elif len(s) > 1:
                self.suffixes.add(s[1:])
            else:
                raise _Unknown  # any word at all


def first_tokens(pattern: str) -> tuple[frozenset[str], ...] | None:
    """The tokens a match of ``pattern`` can begin with, the word beginnings and endings.

    A token is a whole word or one symbol; a beginning (for ``yes+``) is what the first
    word starts with, an ending (for ``\\w{2,}ing``) what it ends with. None when none can
    be told, or when the pattern can match an empty string (a scan steps over those
    differently).
    """
    if _parser is None:
        return None
    try:
        parsed = _parser.parse(pattern)
        if parsed.getwidth()[0] == 0 or parsed.state.flags & re.IGNORECASE:
            return None
        found = _Found()
        still_open = _sequence(list(parsed), frozenset({""}), found)
    except _Unknown:
        return None
    except Exception:  # any surprise in a private structure: give up, never fail
        return None
    try:
        if "" in still_open:
            return None
        # The phrase ends here; the cue table's own (?![\w']) ends the word with it.
        found.end(still_open)
    except _Unknown:
        return None
    return frozenset(found.words), frozenset(found.prefixes), frozenset(found.suffixes)


def _sequence(items: Iterable[tuple[Any, Any]], states: _States, found: _Found) -> _States:
    for op, av in items:
        if not states:
            break
        states = _item(str(op), av, states, found)
        if len(states) > _MAX_STATES:
            raise _Unknown
    return states


def _item(op: str, av: Any, states: _States, found: _Found) -> _States:
    if op == "LITERAL":
        return _char(chr(av), states, found)
    if op in {"ASSERT", "ASSERT_NOT"}:
        return states  # zero-width: the next item decides
    if op == "AT":
        if str(av) != "AT_BOUNDARY":
            return states
        found.end(s for s in states if s)  # after a word, \b ends it
        return frozenset(s for s in states if not s)
    if op == "CATEGORY" and str(av) == "CATEGORY_SPACE":
        return _char(" ", states, found)
    if op == "IN" and (chars := _charset(av)) is not None:
        out: set[str] = set()
        for c in chars:
            out |= _char(c, states, found)
        return frozenset(out)
    if op == "SUBPATTERN":
        return _sequence(list(av[-1]), states, found)
    if op == "BRANCH":
        out = set()
        for alt in av[1]:
            out |= _sequence(list(alt), states, found)
        return frozenset(out)
    if op in {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}:
        low, high, body = av[0], av[1], list(av[2])
        if body == _WORD_CLASS and low >= 1 and states == {""}:
            return frozenset({_ANY})  # "\w+" opening the phrase: some word
        after = _sequence(body, states, found) if high != 0 else states
        if high not in (0, 1):
            after = _open_end(after, found)  # repeated: the word may go on
        return (states | after) if low == 0 else after
    return _open_end(states, found)


def _open_end(states: _States, found: _Found) -> _States:
    """Words that may go on in ways we cannot follow: keep what they begin with."""
    if any(s[:1] in ("", _ANY) for s in states):
        raise _Unknown
    found.prefixes.update(states)
    return frozenset()


def _char(c: str, states: _States, found: _Found) -> _States:
    if _WORD_CHAR.match(c):
        return frozenset(s + c for s in states)
    found.end(s for s in states if s)  # a word followed by this character ends
    if "" in states:
        if c.isspace():
            raise _Unknown  # spaces are not tokens
        found.words.add(c)  # a symbol is a token of its own
    return frozenset()


def _charset(items: list[tuple[Any, Any]]) -> set[str] | None:
    chars: set[str] = set()
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            chars.add(chr(av))
        elif name == "RANGE" and av[1] - av[0] < 16:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        elif name == "CATEGORY" and str(av) == "CATEGORY_SPACE":
            chars.add(" ")  # stands for every space: each ends a word the same way
        else:
            return None
    return chars


def needs(pattern: str) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` contains (None if none is known)."""
    try:
        parsed = _parser.parse(pattern)
        return None if parsed.state.flags & re.IGNORECASE else _needs(list(parsed))
    except Exception:  # any surprise in a private structure: no filter, never fail
        return None


def _needs(items: list[tuple[Any, Any]]) -> tuple[str, ...] | None:
    options: list[tuple[str, ...]] = []
    run = ""
    for op, av in [*items, ("END", None)]:
        name = str(op)
        if name == "LITERAL":
            run += chr(av)
            continue
        if run:
            options.append((run,))
            run = ""
        if name == "SUBPATTERN":
            found = _needs(list(av[-1]))
        elif name in {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"} and av[0] >= 1:
            found = _needs(list(av[2]))
        elif name == "BRANCH":
            each = [_needs(list(alt)) for alt in av[1]]
            found = None if None in each else tuple(x for f in each if f for x in f)
        elif name == "IN" and [(str(o), str(a)) for o, a in av] == _DIGIT:
            found = tuple("0123456789")
        elif name == "IN":
            chars = _charset(av)
            found = tuple(chars) if chars and " " not in chars else None
        else:
            found = None
        if found:
            # "talking" needs nothing "ing" does not: keep only the shortest strings.
            options.append(tuple(x for x in found if not any(y != x and y in x for y in found)))
    return max(options, key=_selective, default=None)


_DIGIT = [("CATEGORY", "CATEGORY_DIGIT")]


def _selective(option: tuple[str, ...]) -> tuple[bool, bool, int, int]:
    # A few strings, the longer the shortest of them the better: quick to check, rare.
    shortest = min(len(x) for x in option)
    return not any(x.isspace() for x in option), len(option) <= 8, shortest, -len(option)
