"""Speed only: try a cue table only where one of its phrases can begin.

Scanning a message with a cue table tries the whole table at every word. Most phrases
begin with one of a few known words ("you", "if", "come"), so we work out, from each
parsed phrase, the words it can begin with (or the beginning of that word, for "yes+").
A message's tokens are indexed once; a table looks up its own first words among them, and
at each place one stands we try the table cut down to the phrases that can begin there.
The few phrases whose first word cannot be told (``\\w+ing``, a phone number) are found
by a small scan of their own, and the whole table is tried where they match.

Cutting branches that cannot match at a place off an alternation, and keeping the order
of the rest, leaves what it matches there unchanged (see ``_scanner.trie_order``); so the
matches are exactly those of scanning the whole message with the whole table.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence

from workshop.checkers.text._parsed import first_tokens, needs

#: A message's tokens: its words, and each other character that is not a space.
TOKEN = re.compile(r"\w+|[^\w\s]")
_TOKEN_ACROSS = re.compile(r"\w\w")


class Tokens:
    """Each distinct token of a message with the positions where it stands, in order.

    Built once per message. A table looks up its first words among the message's (few)
    tokens; the tokens that begin or end in a given way are found by bisecting them sorted.
    """

    __slots__ = ("_by_end", "_by_start", "places", "positions")

    def __init__(self, norm: str) -> None:
        positions: dict[str, list[int]] = {}
        for m in TOKEN.finditer(norm):
            if (at := positions.get(word := m[0])) is None:
                positions[word] = [m.start()]
            else:
                at.append(m.start())
        self.positions = positions
        self._by_start: list[str] | None = None
        self._by_end: list[str] | None = None
        #: Each table's places in the whole message, worked out on first use: a table read
        #: sentence by sentence takes each sentence's places from them.
        self.places: dict[Starts, list[tuple[int, str]]] = {}

    def beginning(self, prefixes: Iterable[str]) -> set[str]:
        """The tokens that begin with one of ``prefixes``."""
        if (ordered := self._by_start) is None:
            ordered = self._by_start = sorted(self.positions)
        return _sorted_prefixed(ordered, prefixes)

    def ending(self, suffixes: Iterable[str]) -> set[str]:
        """The tokens that end with one of ``suffixes``."""
        if (ordered := self._by_end) is None:
            ordered = self._by_end = sorted(word[::-1] for word in self.positions)
        return {word[::-1] for word in _sorted_prefixed(ordered, (s[::-1] for s in suffixes))}


def _sorted_prefixed(ordered: list[str], prefixes: Iterable[str]) -> set[str]:
    found: set[str] = set()
    for prefix in prefixes:
        i = bisect_left(ordered, prefix)
        while i < len(ordered) and ordered[i].startswith(prefix):
            found.add(ordered[i])
            i += 1
    return found


class Starts:
    """Where the phrases of a cue table can begin, and the table cut down for each place."""

    __slots__ = ("_by_key", "_compile", "_keys", "_other_key", "_patterns", "_phrases",
                 "_prefixes", "_rest", "_scans", "_suffixes", "_words")

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
        # Any other word can only begin a phrase known by how its first word begins or ends.
        self._other_key = key(set().union(*prefixes.values(), *suffixes.values()))
        # Such words are told by how they begin or end; a symbol begins and ends no phrase
        # known this way, as the first token of such a phrase is a word.
        self._prefixes = tuple(sorted(prefixes))
        self._suffixes = tuple(sorted(suffixes))
        self._compile = compile_subset
        self._by_key: dict[tuple[int, ...], re.Pattern[str]] = {}
        self._patterns: dict[str, re.Pattern[str]] = {}
        # The other phrases, each with a search for the strings one of which it needs.
        self._rest = tuple((i, _search(needs(phrases[i]))) for i in sorted(rest))
        self._phrases = phrases
        self._scans: dict[tuple[int, ...], re.Pattern[str]] = {}

    def _rest_places(self, norm: str, start: int, end: int) -> list[tuple[int, str]]:
        ids = tuple(i for i, need in self._rest if need is None or need(norm))
        if not ids:
            return []
        if (scan := self._scans.get(ids)) is None:
            # Zero-width, so every place one of these phrases could match is reported.
            body = "|".join(f"(?:{self._phrases[i]})" for i in ids)
            scan = self._scans[ids] = re.compile(r"(?<!\w)(?=(?:" + body + r")(?![\w']))")
        return [(m.start(), "") for m in scan.finditer(norm, start, end)]

    def places(self, tokens: Tokens, norm: str, start: int = 0, end: int | None = None,
               ) -> list[tuple[int, str]]:
        """Positions in ``norm[start:end]`` where a phrase can begin, each with the token there.

        The token is "" where only a phrase without a known first token can begin, and
        ``_OTHER`` where a word that is not a first word of a phrase begins or ends like one.
        (Where a first word stands, its cut-down table holds the phrases of such words too.)
        """
        end = len(norm) if end is None else end
        if (found := tokens.places.get(self)) is None:
            found = tokens.places[self] = self._word_places(tokens)
        if start or end != len(norm):
            found = found[bisect_left(found, (start,)):bisect_left(found, (end,))]
        if self._rest and (more := self._rest_places(norm, start, end)):
            found = sorted(found + more)  # a new list: the whole message's places are kept
        return found

    def _word_places(self, tokens: Tokens) -> list[tuple[int, str]]:
        positions = tokens.positions
        common = self._words.intersection(positions)
        if self._prefixes or self._suffixes:
            other = tokens.beginning(self._prefixes) if self._prefixes else set()
            if self._suffixes:
                other |= tokens.ending(self._suffixes)
            other -= common
        else:
            other = set()
        if len(common) == 1 and not other:
            (word,) = common
            return [(pos, word) for pos in positions[word]]
        found = [(pos, w) for w in common for pos in positions[w]]
        found += [(pos, _OTHER) for w in other for pos in positions[w]]
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
                start: int = 0, end: int | None = None) -> list[re.Match[str]] | None:
        """What ``whole.finditer(norm, start, end)`` finds (only the first match if ``first``).

        None when a word runs on past ``end``: cut there it is another word, so the part is
        for a scan to read.
        """
        end = len(norm) if end is None else end
        if end != len(norm) and _TOKEN_ACROSS.match(norm, end - 1):
            return None
        places = self.places(tokens, norm, start, end)
        out = []
        after = 0
        patterns = self._patterns
        for pos, token in places:
            if pos < after:
                continue
            pattern = patterns.get(token) or self.pattern(token, whole)
            if (m := pattern.match(norm, pos, end)) is not None:
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
