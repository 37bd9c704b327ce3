"""What a phrase pattern tells before any message is read: how its matches begin.

From the parsed pattern we work out the tokens (whole words, or single symbols) a match
can begin with; for a first word that can go on ("yes+") what it begins with, and for one
that can begin in many ways ("\\w{2,}ing") what it ends with. For the phrases where none of
that can be told, ``needs`` finds strings one of which every match contains; and
``second_tokens`` tells which tokens can follow each first one. All of them only ever
answer with less certainty than there is, never more: a wrong "it cannot begin here"
would lose a match.
"""

from __future__ import annotations

import functools
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


@functools.lru_cache(maxsize=16)
def _parse(pattern: str) -> Any:
    """The parsed ``pattern``, read (never changed) by each question asked of a phrase."""
    return _parser.parse(pattern)


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
        parsed = _parse(pattern)
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
        parsed = _parse(pattern)
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


_MAX_PAIR_STATES = 512
_MAX_ROUNDS = 8  # times a repeated part is followed before what it adds counts as unknown
_Pairs = dict[str, set[str] | None]
#: How a match can begin, read so far: its whole tokens (fewer than two) and a word begun.
_Spelling = tuple[tuple[str, ...], str]
_Spellings = frozenset[_Spelling]


def second_tokens(pattern: str) -> dict[str, frozenset[str] | None] | None:
    """For each token a match of ``pattern`` can begin with, the tokens that can follow it.

    None for a first token after which anything can follow (the phrase may end there, or
    what comes next cannot be told); None for the whole pattern when its first tokens
    cannot be told. As with ``first_tokens``, the answer errs only towards "anything".
    """
    if _parser is None:
        return None
    try:
        parsed = _parse(pattern)
        if parsed.getwidth()[0] == 0 or parsed.state.flags & re.IGNORECASE:
            return None
        pairs: _Pairs = {}
        for whole, word in _pair_sequence(list(parsed), frozenset({((), "")}), pairs):
            # The match ends here, and the table's (?![\w']) ends its last word with it.
            tokens = (*whole, word) if word else whole
            if not tokens:
                raise _Unknown
            _record(pairs, tokens[0], tokens[1] if len(tokens) > 1 else None)
    except _Unknown:
        return None
    except Exception:  # any surprise in a private structure: give up, never fail
        return None
    return {first: None if seconds is None else frozenset(seconds)
            for first, seconds in pairs.items()}


def _record(pairs: _Pairs, first: str, second: str | None) -> None:
    if second is None:
        pairs[first] = None
    elif (seconds := pairs.setdefault(first, set())) is not None:
        seconds.add(second)


def _unknown_after(spellings: Iterable[_Spelling], pairs: _Pairs) -> None:
    """What follows ``spellings`` cannot be told: anything may follow a whole first token."""
    for whole, _word in spellings:
        if not whole:
            raise _Unknown  # the first token itself is not known yet
        _record(pairs, whole[0], None)


def _append(spellings: Iterable[_Spelling], c: str, pairs: _Pairs) -> _Spellings:
    """Each spelling followed by ``c``; those that now hold two whole tokens are recorded."""
    if _WORD_CHAR.match(c):
        return frozenset((whole, word + c) for whole, word in spellings)
    out = set()
    for whole, word in spellings:
        # Spaces only part tokens; any other character is a token of its own.
        ended = (*whole, word) if word else whole
        if not c.isspace():
            ended = (*ended, c)
        if len(ended) >= 2:
            _record(pairs, ended[0], ended[1])
        else:
            out.add((ended, ""))
    return frozenset(out)


def _pair_sequence(items: Iterable[tuple[Any, Any]], states: _Spellings, pairs: _Pairs,
                   ) -> _Spellings:
    for op, av in items:
        if not states:
            break
        states = _pair_item(str(op), av, states, pairs)
        if len(states) > _MAX_PAIR_STATES:
            _unknown_after(states, pairs)
            return frozenset()
    return states


def _pair_item(op: str, av: Any, states: _Spellings, pairs: _Pairs) -> _Spellings:
    if op == "LITERAL":
        return _append(states, chr(av), pairs)
    if op in {"AT", "ASSERT", "ASSERT_NOT"}:
        return states  # zero-width: it can only rule spellings out
    if op == "CATEGORY" and str(av) == "CATEGORY_SPACE":
        return _append(states, " ", pairs)
    if op == "IN" and (chars := _charset(av)) is not None:
        out: set[_Spelling] = set()
        for c in chars:
            out |= _append(states, c, pairs)
        return frozenset(out)
    if op == "SUBPATTERN":
        return _pair_sequence(list(av[-1]), states, pairs)
    if op == "BRANCH":
        out = set()
        for alt in av[1]:
            out |= _pair_sequence(list(alt), states, pairs)
        return frozenset(out)
    if op in {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}:
        return _pair_repeat(av[0], av[1], list(av[2]), states, pairs)
    _unknown_after(states, pairs)
    return frozenset()


def _pair_repeat(low: int, high: int, body: list[tuple[Any, Any]], states: _Spellings,
                 pairs: _Pairs) -> _Spellings:
    out = set(states) if low == 0 else set()
    seen = set(out)  # spellings already followed on from a count the repeat may stop at
    current = states
    for count in range(1, min(high, _MAX_ROUNDS) + 1):
        current = _pair_sequence(body, current, pairs)
        if count >= low:
            current = frozenset(current - seen)
            out |= current
            seen |= current
        if not current:
            return frozenset(out)
    if high > _MAX_ROUNDS:
        # It may go on: what more rounds would add cannot be told.
        _unknown_after(current, pairs)
    return frozenset(out)
