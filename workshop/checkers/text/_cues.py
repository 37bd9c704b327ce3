"""Cue sets: labelled phrase patterns matched on a prepared message, with negation."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from workshop.checkers.feedback import Span
from workshop.checkers.text._prepare import Prepared
from workshop.checkers.text._scanner import scanner

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


@dataclass(frozen=True, slots=True)
class Hit:
    """One cue found in a message: its category label and character offsets."""

    label: str
    start: int
    end: int

    @property
    def span(self) -> Span:
        """The hit as a Span into the original text."""
        return Span(self.start, self.end)


class CueSet:
    """Phrases in a few labelled categories, compiled into one word-bounded pattern."""

    __slots__ = ("_fixed", "_labels", "_regex")

    def __init__(
        self,
        groups: Mapping[str, Sequence[str]],
        *,
        negatable: bool = True,
        fixed: Collection[str] = (),
    ) -> None:
        every = [p for alts in groups.values() for p in alts]
        self._regex = re.compile(r"(?<!\w)(?:" + scanner(every, MACROS) + r")(?![\w'])")
        # Which category a hit belongs to is worked out only for the (few) hits.
        self._labels = [
            (label, re.compile("|".join(f"(?:{expand(p)})" for p in alts)))
            for label, alts in groups.items()
        ]
        # Labels whose phrases keep their meaning after "not" ("not yet" is still "yet").
        self._fixed = frozenset(groups) if not negatable else frozenset(fixed)

    def find(self, p: Prepared, start: int = 0, end: int | None = None) -> list[Hit]:
        """Every non-negated hit in ``p.norm[start:end]``."""
        hits = []
        norm = p.norm
        for m in self._regex.finditer(norm, start, len(norm) if end is None else end):
            if m.end() == m.start():
                continue
            label = self._label(norm, m.start())
            if label not in self._fixed and negated(norm, m.start()):
                continue
            hits.append(Hit(label, m.start(), m.end()))
        return hits

    def _label(self, norm: str, pos: int) -> str:
        for label, regex in self._labels:
            if regex.match(norm, pos):
                return label
        return self._labels[0][0]


def negated(norm: str, pos: int) -> bool:
    """Whether a negation ("not", "don't", "never"...) governs the words at ``pos``."""
    window = norm[max(0, pos - _NEGATION_WINDOW) : pos]
    cut = max(window.rfind(c) for c in ".!?;,\n")
    clause = window[cut + 1 :]
    m = _NEGATED.search(clause)
    if m is None or _NEW_SUBJECT.search(m.group(1)):
        return False
    # "If you don't text me I'll be sad": the "don't" belongs to the if-clause, not to
    # the main clause the cue opens; "don't feel like you have to" still negates.
    return not (_SUBJECT_AT.match(norm, pos) and _CONDITIONAL.search(clause, 0, m.start()))


def spans(hits: Iterable[Hit], limit: int = 4) -> tuple[Span, ...]:
    """The spans of up to ``limit`` hits, in text order, without overlaps."""
    out: list[Span] = []
    for h in sorted(hits, key=lambda h: (h.start, -h.end)):
        if out and h.start < out[-1].end:
            continue
        out.append(h.span)
        if len(out) == limit:
            break
    return tuple(out)


def compile_one(*alternatives: str) -> re.Pattern[str]:
    """A word-bounded pattern of ``alternatives`` (macros expanded)."""
    body = scanner(alternatives, MACROS)
    return re.compile(r"(?<!\w)(?:" + body + r")(?![\w'])")
