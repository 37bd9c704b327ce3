"""Cue sets: labelled phrase patterns matched on a prepared message, with negation."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from operator import attrgetter
from typing import NamedTuple

from workshop.checkers.feedback import Span
from workshop.checkers.text._prepare import Prepared
from workshop.checkers.text._scanner import scanner, trie_order
from workshop.checkers.text._starts import Starts

# Shorthands used inside cue patterns, so the tables read like the phrases they stand for
# and cover the ways people actually type them ("dont", "u", "ur", "im").
MACROS: Mapping[str, str] = {
    "<you>": r"(?:you|u|ya|yu)",
    "<your>": r"(?:your|ur|yr|yor)",
    "<youre>": r"(?:you'?re|you are|u r|ur|u'?re|youre)",
    "<youll>": r"(?:you'?ll|you will|u'?ll|youll)",
    "<youd>": r"(?:you'?d|you would|u'?d)",
    "<im>": r"(?:i'?m|i am|im)",
    "<ill>": r"(?:i'?ll|i will)",
    "<id>": r"(?:i'?d|i would)",
    "<ive>": r"(?:i'?ve|i have)",
    "<its>": r"(?:it'?s|it is|its|it has|it'?s been|it has been)",
    "<dont>": r"(?:don'?t|do not|dont)",
    "<wont>": r"(?:won'?t|will not|wont)",
    "<cant>": r"(?:can'?t|cannot|can not|cant)",
    "<num>": r"(?:(?:phone |mobile |cell )?numbers?|digits|(?:contact )?details|contacts?|deets)",
    "<social>": (
        r"(?:social media|socials|instagram|insta|ig|linkedin|facebook|fb|twitter|x|snapchat"
        r"|snap|tiktok|discord|whatsapp|telegram|signal|strava|threads|bluesky|mastodon"
        r"|e-?mail|messenger|slack|teams|the app|this app|hinge|bumble|tinder)"
    ),
    "<gap>": r"[^.!?;\n]{0,40}?",
    # Words that only make the next one stronger: "rly fun", "pure brilliant", "dead good".
    "<very>": (r"(?:really|rly|rlly|realy|reeally|so+|very|v|super|such|quite|pretty|proper"
               r"|pure|dead|well|mad|hella|wicked|totally|truly|genuinely|honestly|just)"),
    # "No problem" however it is said: "no worries", "nae bother", "no wahala", "all good".
    "<np>": (r"(?:(?:no|nae|nay) (?:problem|probs?|worries|worry|bother|stress|dramas?|biggie"
             r"|sweat|hassle|wahala|bovver|big deal|harm done|hard feelings)|all good|np|nbd"
             r"|(?:it'?s|that'?s) (?:all )?(?:grand|sweet|chill))"),
}

_NEGATED = re.compile(
    r"(?:\b(?:not|never|without|no longer|hardly|dont|doesnt|didnt|wont|wouldnt|cant|cannot"
    r"|isnt|arent|shouldnt|neither|nor)|n't)((?:\W+\w+){0,3})\W*$"
)
# A new subject starts a new clause: in "if you don't text me I'll be sad" the "don't"
# belongs to "text", not to "I'll be sad".
_NEW_SUBJECT = re.compile(r"\b(?:i|you|u|we|they|he|she|it)\b")
_SUBJECT_AT = re.compile(r"(?:i|you|u|we|they|he|she|it)\b")
_CONDITIONAL = re.compile(r"\b(?:if|unless|when|once|because|since)\b")
_NEGATION_WINDOW = 40


def expand(pattern: str) -> str:
    """Replace the ``<macro>`` shorthands in ``pattern`` by their regular expressions."""
    for name, regex in MACROS.items():
        pattern = pattern.replace(name, regex)
    return pattern


class Hit(NamedTuple):
    """One cue found in a message: its category label and character offsets."""

    label: str
    start: int
    end: int


class CueSet:
    """Phrases in a few labelled categories, compiled into one word-bounded pattern."""

    __slots__ = ("_fixed", "_labels", "_only", "_phrases", "groups")

    def __init__(
        self,
        groups: Mapping[str, Sequence[str]],
        *,
        negatable: bool = True,
        fixed: Collection[str] = (),
    ) -> None:
        self.groups = {label: tuple(alts) for label, alts in groups.items()}
        self._phrases = Phrases([p for alts in groups.values() for p in alts])
        # Which category a hit belongs to is worked out only for the (few) hits; as a trie,
        # since only whether a category matches there counts, not which phrase.
        self._labels = [(label, re.compile(scanner(alts, MACROS)))
                        for label, alts in groups.items()]
        # With one category, every hit is in it: no need to try its phrases again.
        self._only = next(iter(groups)) if len(groups) == 1 else None
        # Labels whose phrases keep their meaning after "not" ("not yet" is still "yet").
        self._fixed = frozenset(groups) if not negatable else frozenset(fixed)

    def find(self, p: Prepared, start: int = 0, end: int | None = None) -> list[Hit]:
        """Every non-negated hit in ``p.norm[start:end]``."""
        hits = []
        norm = p.norm
        only, fixed = self._only, self._fixed
        for m in self._phrases.finditer(p, start, end):
            at, to = m.span()
            if to == at:
                continue
            label = only or self._label(norm, at)
            if label not in fixed and negated(norm, at):
                continue
            hits.append(Hit(label, at, to))
        return hits

    def _label(self, norm: str, pos: int) -> str:
        for label, regex in self._labels:
            if regex.match(norm, pos):
                return label
        return self._labels[0][0]


def negated(norm: str, pos: int) -> bool:
    """Whether a negation ("not", "don't", "never"...) governs the words at ``pos``."""
    window = norm[max(0, pos - _NEGATION_WINDOW) : pos]
    if _NEGATED.search(window) is None:
        return False  # the clause is the end of the window: no negation there either
    # A dash between spaces ends a clause too: "not ready - my email's on the website".
    dash = window.rfind(" - ")
    cut = max(max(window.rfind(c) for c in ".!?;,\n"), dash + 1 if dash >= 0 else -1)
    clause = window[cut + 1 :]
    m = _NEGATED.search(clause)
    if m is None or _NEW_SUBJECT.search(m.group(1)):
        return False
    # "If you don't text me I'll be sad": the "don't" belongs to the if-clause, not to
    # the main clause the cue opens; "don't feel like you have to" still negates.
    return not (_SUBJECT_AT.match(norm, pos) and _CONDITIONAL.search(clause, 0, m.start()))


def spans(hits: Sequence[Hit], limit: int = 4) -> tuple[Span, ...]:
    """The spans of up to ``limit`` hits, in text order, without overlaps."""
    if len(hits) <= 1:
        return (Span(hits[0].start, hits[0].end),) if hits and limit else ()
    out: list[Span] = []
    # In text order, the longer of two hits that start together first (two stable sorts).
    for h in sorted(sorted(hits, key=_END, reverse=True), key=_START):
        if len(out) == limit:
            break
        if not out or h.start >= out[-1].end:
            out.append(Span(h.start, h.end))
    return tuple(out)


_START = attrgetter("start")
_END = attrgetter("end")


class Phrases:
    """Phrases compiled into one word-bounded pattern, tried where they can begin.

    ``finditer`` and ``search`` find exactly what the pattern's own methods find on
    ``p.norm``; they only skip the places where no phrase can begin (see ``_starts``).
    """

    __slots__ = ("_alternatives", "_built", "pattern")

    def __init__(self, alternatives: Sequence[str]) -> None:
        self.pattern = _bounded(alternatives)
        self._alternatives = tuple(alternatives)
        self._built: Starts | None = None

    @property
    def _starts(self) -> Starts:
        # Worked out on first use, so importing the checkers stays quick.
        if self._built is None:
            alts = self._alternatives
            self._built = Starts([expand(a) for a in alts], trie_order(alts, MACROS),
                                 lambda ids: _bounded([alts[i] for i in ids]))
        return self._built

    def finditer(self, p: Prepared, start: int = 0, end: int | None = None) -> list[
            re.Match[str]]:
        """Every match in ``p.norm[start:end]``, as ``pattern.finditer`` finds them."""
        norm = p.norm
        if (found := self._starts.matches(
                p.tokens(), norm, self.pattern, False, start, end)) is not None:
            return found
        return list(self.pattern.finditer(norm, start, len(norm) if end is None else end))

    def search(self, p: Prepared, start: int = 0, end: int | None = None) -> re.Match[
            str] | None:
        """The first match in ``p.norm[start:end]``, as ``pattern.search`` finds it."""
        norm = p.norm
        if (found := self._starts.matches(
                p.tokens(), norm, self.pattern, True, start, end)) is not None:
            return found[0] if found else None
        return self.pattern.search(norm, start, len(norm) if end is None else end)


def compile_one(*alternatives: str) -> Phrases:
    """Word-bounded ``alternatives`` (macros expanded), matched as one pattern."""
    return Phrases(alternatives)


def _bounded(alternatives: Sequence[str]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + scanner(alternatives, MACROS) + r")(?![\w'])")
