"""Speed only: try a cue table only where one of its phrases can begin.

Scanning a message with a cue table tries the whole table at every word. Most phrases
begin with one of a few known words ("you", "if", "come"), so we work out, from each
parsed phrase, the words it can begin with (or the beginning of that word, for "yes+").
A message's tokens are listed once, each with the token after it; a table reads them, and
at each place one of its first words stands we try the table cut down to the phrases that
can begin there - unless none of those phrases can go on with the token that follows.
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
from itertools import accumulate, islice

from workshop.checkers.text._parsed import first_tokens, needs, second_tokens

#: A message's tokens: its words, and each other character that is not a space.
TOKEN = re.compile(r"\w+|[^\w\s]")
_TOKEN_SPLIT = re.compile(f"({TOKEN.pattern})")
_TOKEN_ACROSS = re.compile(r"\w\w")


def tokens(norm: str) -> list[tuple[int, str, str]]:
    """Each token of ``norm`` with where it begins and the token after it, in text order.

    Built once per message and read by every table: a flat list costs less to build than
    any index of it, and a table reads each token with one set lookup. The last token is
    followed by "".
    """
    parts = _TOKEN_SPLIT.split(norm)  # spaces, token, spaces, token, ..., spaces
    if len(parts) == 1:
        return []
    found = parts[1::2]
    ends = list(accumulate(map(len, parts)))
    return list(zip(ends[:-1:2], found, [*found[1:], ""], strict=True))


class Starts:
    """Where the phrases of a cue table can begin, and the table cut down for each place."""

    __slots__ = ("_affixed", "_by_key", "_compile", "_keys", "_next", "_other_key",
                 "_patterns", "_phrases", "_prefixes", "_rest", "_scans", "_suffixes", "_words")

    def __init__(
        self, phrases: Sequence[str], order: Sequence[int],
        compile_subset: Callable[[Sequence[int]], re.Pattern[str]],
    ) -> None:
        rank = {i: r for r, i in enumerate(order)}
        words: dict[str, set[int]] = {}
        prefixes: dict[str, set[int]] = {}
        suffixes: dict[str, set[int]] = {}
        rest: set[int] = set()
        seconds: dict[int, dict[str, frozenset[str] | None] | None] = {}
        for i, phrase in enumerate(phrases):
            found = first_tokens(phrase)
            if found is None:
                rest.add(i)
                continue
            seconds[i] = second_tokens(phrase)
            for table, firsts in zip((words, prefixes, suffixes), found, strict=True):
                for token in firsts:
                    table.setdefault(token, set()).add(i)

        # The other phrases are left out: where one of them can match, the whole table is
        # tried first (see ``matches``).
        def key(ids: set[int]) -> tuple[int, ...]:
            return tuple(sorted(ids, key=rank.__getitem__))

        def also(word: str) -> set[int]:
            return set().union(*(p for pre, p in prefixes.items() if word.startswith(pre)),
                               *(p for suf, p in suffixes.items() if word.endswith(suf)))

        self._keys = {w: key(ids | also(w)) for w, ids in words.items()}
        # The tokens that can follow each first word, where every phrase it opens tells.
        self._next: dict[str, frozenset[str]] = {}
        for w, ids in self._keys.items():
            follow = [(seconds.get(i) or {}).get(w) for i in ids]
            if all(follow):  # an empty set is never recorded: None stands for "anything"
                self._next[w] = frozenset().union(*(f for f in follow if f))
        self._words = frozenset(self._keys)
        # Any other word can only begin a phrase known by how its first word begins or ends.
        self._other_key = key(set().union(*prefixes.values(), *suffixes.values()))
        # Such words are told by how they begin or end.
        self._prefixes = tuple(sorted(prefixes))
        self._suffixes = tuple(sorted(suffixes))
        self._affixed = bool(prefixes or suffixes)
        self._compile = compile_subset
        self._by_key: dict[tuple[int, ...], re.Pattern[str]] = {}
        self._patterns: dict[str, re.Pattern[str]] = {}
        # The other phrases, each with a search for the strings one of which it needs.
        self._rest = tuple((i, _search(needs(phrases[i]))) for i in sorted(rest))
        self._phrases = phrases
        self._scans: dict[tuple[int, ...], re.Pattern[str]] = {}

    def _rest_places(self, norm: str, start: int, end: int) -> list[tuple[int, str, str]]:
        ids = tuple(i for i, need in self._rest if need is None or need(norm))
        if not ids:
            return []
        if (scan := self._scans.get(ids)) is None:
            # Zero-width, so every place one of these phrases could match is reported.
            body = "|".join(f"(?:{self._phrases[i]})" for i in ids)
            scan = self._scans[ids] = re.compile(r"(?<!\w)(?=(?:" + body + r")(?![\w']))")
        return [(m.start(), "", "") for m in scan.finditer(norm, start, end)]

    def pattern(self, token: str) -> re.Pattern[str]:
        """The table cut down to the phrases that can begin with ``token`` (or ``_OTHER``)."""
        if (found := self._patterns.get(token)) is not None:
            return found
        key = self._other_key if token == _OTHER else self._keys[token]
        if (pattern := self._by_key.get(key)) is None:
            pattern = self._by_key[key] = self._compile(key)
        self._patterns[token] = pattern
        return pattern

    def matches(self, tokens: Sequence[tuple[int, str, str]], norm: str, whole: re.Pattern[str],
                first: bool = False, start: int = 0, end: int | None = None,
                ) -> list[re.Match[str]] | None:
        """What ``whole.finditer(norm, start, end)`` finds (only the first match if ``first``).

        ``tokens`` are those of ``norm`` (see ``tokens``). None when a word runs on past
        ``end``: cut there it is another word, so the part is for a scan to read.
        """
        size = len(norm)
        end = size if end is None else end
        places: Iterable[tuple[int, str, str]] = tokens
        if start or end != size:
            if end != size and _TOKEN_ACROSS.match(norm, end - 1):
                return None
            places = islice(tokens, bisect_left(tokens, (start,)), bisect_left(tokens, (end,)))
        if self._rest and (more := self._rest_places(norm, start, end)):
            # "" stands where only a phrase without a known first token can begin: there the
            # whole table is tried first, as it sorts before the token at the same place.
            places = sorted([*places, *more])
        out = []
        after = 0
        words, patterns, affixed = self._words, self._patterns, self._affixed
        prefixes, suffixes, follows = self._prefixes, self._suffixes, self._next
        for pos, token, following in places:
            if pos < after:
                continue
            if token in words:
                if (can := follows.get(token)) is not None and following not in can:
                    continue  # no phrase of the table goes on with the word after this one
                pattern = patterns.get(token) or self.pattern(token)
            elif not token:
                pattern = whole
            elif affixed and ((prefixes and token.startswith(prefixes))
                              or (suffixes and token.endswith(suffixes))):
                pattern = patterns.get(_OTHER) or self.pattern(_OTHER)
            else:
                continue
            if (m := pattern.match(norm, pos, end)) is not None:
                out.append(m)
                if first:
                    break
                after = m.end()
        return out


#: The key of the table cut down to the phrases whose first word is known by how it begins
#: or ends, tried where such a word stands. (Where a first word stands, its own cut-down
#: table holds these phrases too.)
_OTHER = "\U0010ffff"


def _alternatives(strings: Iterable[str]) -> str:
    return "|".join(re.escape(x) for x in sorted(strings, key=len, reverse=True))


def _search(strings: tuple[str, ...] | None) -> Callable[[str], object] | None:
    if not strings:
        return None
    return re.compile(_alternatives(strings)).search
