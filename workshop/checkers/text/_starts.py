"""Speed only: try a cue table only where one of its phrases can begin.

Scanning a message with a cue table tries the whole table at every word. Most phrases
begin with one of a few known words ("you", "if", "come"), so we work out, from each
parsed phrase, the words it can begin with (or the beginning of that word, for "yes+").
A message is split into words once; at each word a phrase can begin with, we try the
table cut down to the phrases that can begin there. The few phrases whose first word
cannot be told (``\\w+ing``, a phone number) are found by a small scan of their own, and
the whole table is tried where they match.

Cutting branches that cannot match at a place off an alternation, and keeping the order
of the rest, leaves what it matches there unchanged (see ``_scanner.trie_order``); so the
matches are exactly those of scanning the whole message with the whole table.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from workshop.checkers.text._parsed import first_tokens, needs

#: A message's tokens: its words, and each other character that is not a space.
TOKEN = re.compile(r"\w+|[^\w\s]")
#: Each distinct token of a message with the positions where it stands, in order. Built once
#: per message, so a table only looks up its own first words among the message's (few) tokens.
Tokens = dict[str, list[int]]


class Starts:
    """Where the phrases of a cue table can begin, and the table cut down for each place."""

    __slots__ = ("_by_key", "_compile", "_keys", "_other", "_other_key", "_patterns",
                 "_phrases", "_rest", "_scans", "_words", "worth_it")

    def __init__(
        self, phrases: Sequence[str], order: Sequence[int],
        compile_subset: Callable[[Sequence[int]], re.Pattern[str]],
    ) -> None:
        rank = {i: r for r, i in enumerate(order)}
        words: dict[str, set[int]] = {}
        prefixes: dict[str, set[int]] = {}
        suffixes: dict[str, set[int]] = {}
        rest: set[int] = set()
        for i, phrase in enumerate(phrases):
            found = first_tokens(phrase)
            if found is None:
                rest.add(i)
                continue
            for table, tokens in zip((words, prefixes, suffixes), found, strict=True):
                for token in tokens:
                    table.setdefault(token, set()).add(i)

        # The other phrases are left out: where one of them can match, the whole table is
        # tried first (see ``places``).
        def key(ids: set[int]) -> tuple[int, ...]:
            return tuple(sorted(ids, key=rank.__getitem__))

        def also(word: str) -> set[int]:
            return set().union(*(p for pre, p in prefixes.items() if word.startswith(pre)),
                               *(p for suf, p in suffixes.items() if word.endswith(suf)))

        self._keys = {w: key(ids | also(w)) for w, ids in words.items()}
        self._words = frozenset(self._keys)
        #: False when a phrase can begin any word that starts with one or two given letters
        #: ("no+", "f\\w*k"): most words are then places to try, and a scan is quicker.
        self.worth_it = all(len(pre) > 2 for pre in prefixes)
        # Any other word can only begin a phrase known by how its first word begins or ends.
        self._other_key = key(set().union(*prefixes.values(), *suffixes.values()))
        # Where such words stand: one scan for the beginnings and endings.
        ends = [rf"(?:{_alternatives(prefixes)})"] if prefixes else []
        ends += [rf"\w*?(?:{_alternatives(suffixes)})(?!\w)"] if suffixes else []
        self._other = re.compile(r"(?<!\w)(?:" + "|".join(ends) + ")") if ends else None
        self._compile = compile_subset
        self._by_key: dict[tuple[int, ...], re.Pattern[str]] = {}
        self._patterns: dict[str, re.Pattern[str]] = {}
        # The other phrases, each with a search for the strings one of which it needs.
        self._rest = tuple((i, _search(needs(phrases[i]))) for i in sorted(rest))
        self._phrases = phrases
        self._scans: dict[tuple[int, ...], re.Pattern[str]] = {}

    def _rest_places(self, norm: str) -> list[tuple[int, str]]:
        ids = tuple(i for i, need in self._rest if need is None or need(norm))
        if not ids:
            return []
        if (scan := self._scans.get(ids)) is None:
            # Zero-width, so every place one of these phrases could match is reported.
            body = "|".join(f"(?:{self._phrases[i]})" for i in ids)
            scan = self._scans[ids] = re.compile(r"(?<!\w)(?=(?:" + body + r")(?![\w']))")
        return [(m.start(), "") for m in scan.finditer(norm)]

    def places(self, tokens: Tokens, norm: str) -> list[tuple[int, str]]:
        """Positions where a phrase can begin, each with the token there.

        The token is "" where only a phrase without a known first token can begin, and
        ``_OTHER`` where a word begins or ends like the first word of some phrase.
        """
        common = self._words.intersection(tokens)
        if not common and self._other is None and not self._rest:
            return []
        if len(common) == 1:
            (w,) = common
            found = [(pos, w) for pos in tokens[w]]
        else:
            found = sorted([(pos, w) for w in common for pos in tokens[w]])
        more = [(m.start(), _OTHER) for m in self._other.finditer(norm)] if self._other else []
        if self._rest:
            more += self._rest_places(norm)
        if more:
            found += more
            found.sort()
        return found

    def pattern(self, token: str, whole: re.Pattern[str]) -> re.Pattern[str]:
        """The table cut down to the phrases that can begin with ``token``."""
        if (found := self._patterns.get(token)) is not None:
            return found
        if not token:
            return whole
        key = self._other_key if token == _OTHER else self._keys[token]
        if (pattern := self._by_key.get(key)) is None:
            pattern = self._by_key[key] = self._compile(key)
        self._patterns[token] = pattern
        return pattern

    def matches(self, tokens: Tokens, norm: str, whole: re.Pattern[str], first: bool = False,
                ) -> list[re.Match[str]]:
        """What ``whole.finditer(norm)`` finds (only the first match if ``first``)."""
        out = []
        after = 0
        patterns = self._patterns
        for pos, token in self.places(tokens, norm):
            if pos < after:
                continue
            pattern = patterns.get(token) or self.pattern(token, whole)
            if (m := pattern.match(norm, pos)) is not None:
                out.append(m)
                if first:
                    break
                after = m.end()
        return out


#: The token recorded where a word begins or ends like a phrase's first word. It sorts
#: after every word, so where a known word stands too, the table cut down for that word
#: (which has these phrases as well) is tried first, and the match keeps its priority.
_OTHER = "\U0010ffff"


def _alternatives(strings: Iterable[str]) -> str:
    return "|".join(re.escape(x) for x in sorted(strings, key=len, reverse=True))


def _search(strings: tuple[str, ...] | None) -> Callable[[str], object] | None:
    if not strings:
        return None
    return re.compile(_alternatives(strings)).search


def token_index(norm: str) -> Tokens:
    """Each distinct token of ``norm``, with the positions where it stands, in order."""
    index: Tokens = {}
    for m in TOKEN.finditer(norm):
        if (at := index.get(word := m[0])) is None:
            index[word] = [m.start()]
        else:
            at.append(m.start())
    return index
