"""Speed only: arrange a cue table so the regex engine rejects most phrases in one step.

Python's regex engine tries every alternative of an alternation at every word start, so
a table of a hundred phrases costs tens of microseconds per message. Two rewrites that
never change what can match:

* the literal beginnings of the phrases are merged into a trie,
  ``you(?: (?:must|better|owe me)|'?d better)``, so at each word start only the branch
  for its first letter is followed;
* a phrase that opens with something else gets a lookahead of the characters it can
  start with, ``(?=[erl])``, worked out from the parsed pattern.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

try:  # the parser is a private part of the standard library; use it only if it is there
    _parser: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - every supported Python has it
    _parser = None

_MAX_SET = 24  # a wider first-character set would hardly ever reject anything
_SPECIAL = frozenset("\\.^$*+?{}[]|()<")
_QUANTIFIER = frozenset("?*+{")
_Chars = frozenset[str] | None  # None: could start with anything


@dataclass
class _Node:
    """A trie node: children by literal token, and tails, in first-seen order."""

    order: list[tuple[str, str]] = field(default_factory=list)  # ("token"|"tail", value)
    children: dict[str, _Node] = field(default_factory=dict)
    ids: list[int] = field(default_factory=list)  # which alternative each tail ends


def trie_order(alternatives: Sequence[str], macros: Mapping[str, str]) -> list[int]:
    """The indices of ``alternatives`` in the order the ``scanner`` pattern tries them.

    Scanning a subset listed in this order gives the same pattern with the other branches
    cut off, so wherever only the subset can match, it matches exactly the same text.
    """
    root = _Node()
    for i, alt in enumerate(alternatives):
        _insert(root, _tokens(alt, macros), i)
    return _leaves(root)


def _leaves(node: _Node) -> list[int]:
    out: list[int] = []
    tails = iter(node.ids)
    for what, value in node.order:
        out += [next(tails)] if what == "tail" else _leaves(node.children[value])
    return out


def scanner(alternatives: Sequence[str], macros: Mapping[str, str]) -> str:
    """One alternation of ``alternatives`` (with ``<macro>`` shorthands), as a trie."""
    root = _Node()
    for alt in alternatives:
        _insert(root, _tokens(alt, macros))
    parts = _parts(root, macros)
    return "|".join(p if p[:1] not in _SPECIAL else guard(p) for p in parts)


def _tokens(alt: str, macros: Mapping[str, str]) -> tuple[list[str], str]:
    """Split ``alt`` into leading literal tokens (characters or macros) and the rest."""
    tokens: list[str] = []
    if _top_level_bar(alt):
        return tokens, alt  # "a|b" cannot share a prefix as one unit
    i = 0
    while i < len(alt):
        macro = next((m for m in macros if alt.startswith(m, i)), None)
        step = len(macro) if macro else 1
        unit = alt[i : i + step]
        if (macro is None and unit in _SPECIAL) or alt[i + step : i + step + 1] in _QUANTIFIER:
            break
        tokens.append(unit)
        i += step
    return tokens, alt[i:]


def _insert(node: _Node, split: tuple[list[str], str], index: int = -1) -> None:
    tokens, tail = split
    for token in tokens:
        if token not in node.children:
            node.children[token] = _Node()
            node.order.append(("token", token))
        node = node.children[token]
    node.order.append(("tail", tail))
    node.ids.append(index)


def _parts(node: _Node, macros: Mapping[str, str]) -> list[str]:
    parts = []
    for what, value in node.order:
        if what == "tail":
            parts.append(f"(?:{macros_expanded(value, macros)})" if value else "")
        else:
            head = macros[value] if value in macros else re.escape(value)
            parts.append(head + _group(_parts(node.children[value], macros)))
    return parts


def _group(parts: list[str]) -> str:
    if len(parts) == 1:
        return parts[0]
    return "(?:" + "|".join(parts) + ")"


def macros_expanded(pattern: str, macros: Mapping[str, str]) -> str:
    """``pattern`` with its ``<macro>`` shorthands replaced."""
    for name, regex in macros.items():
        pattern = pattern.replace(name, regex)
    return pattern


def _top_level_bar(pattern: str) -> bool:
    depth = 0
    in_class = escaped = False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
    return False


def guard(pattern: str) -> str:
    """``pattern`` preceded by a lookahead of the characters it can start with."""
    chars = first_chars(pattern)
    if not chars or len(chars) > _MAX_SET:
        return f"(?:{pattern})"
    cls = "".join(re.escape(c) for c in sorted(chars))
    return f"(?=[{cls}])(?:{pattern})"


def first_chars(pattern: str) -> _Chars:
    """The characters a match of ``pattern`` can start with, or None if unknown."""
    if _parser is None:
        return None
    try:
        chars, nullable = _sequence(list(_parser.parse(pattern)))
    except Exception:  # any surprise in a private structure: give up, never fail
        return None
    return None if nullable else chars


def _sequence(items: list[tuple[Any, Any]]) -> tuple[_Chars, bool]:
    found: set[str] = set()
    for op, av in items:
        chars, nullable = _item(str(op), av)
        if chars is None:
            return None, False
        found |= chars
        if not nullable:
            return frozenset(found), False
    return frozenset(found), True


def _item(op: str, av: Any) -> tuple[_Chars, bool]:
    if op == "LITERAL":
        return frozenset(chr(av)), False
    if op in {"AT", "ASSERT", "ASSERT_NOT"}:
        return frozenset(), True  # zero-width: the next item decides
    if op == "IN":
        return _charset(av), False
    if op == "SUBPATTERN":
        return _sequence(list(av[-1]))
    if op == "BRANCH":
        return _branch(av[1])
    if op in {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}:
        chars, nullable = _sequence(list(av[2]))
        return chars, nullable or av[0] == 0
    return None, False


def _branch(alternatives: list[Any]) -> tuple[_Chars, bool]:
    found: set[str] = set()
    any_nullable = False
    for alt in alternatives:
        chars, nullable = _sequence(list(alt))
        if chars is None:
            return None, False
        found |= chars
        any_nullable = any_nullable or nullable
    return frozenset(found), any_nullable


def _charset(items: list[tuple[Any, Any]]) -> _Chars:
    found: set[str] = set()
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            found.add(chr(av))
        elif name == "RANGE" and av[1] - av[0] < _MAX_SET:
            found.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None
    return frozenset(found)
