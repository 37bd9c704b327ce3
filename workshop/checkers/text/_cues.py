"""Cue sets: labelled phrase patterns matched on a prepared message, with negation."""

from __future__ import annotations

import gc
import re
from collections.abc import Collection, Mapping, Sequence
from typing import NamedTuple

from workshop.checkers.feedback import Span
from workshop.checkers.text._prepare import Prepared

# Shorthands used inside cue patterns, so the tables read like the phrases they stand for
# and cover the ways people actually type them ("dont", "u", "ur", "im").
MACROS: Mapping[str, str] = {
    "<you>": r"(?:you|u|ya|yu)",
    "<your>": r"(?:your|ur|yr|yor)",
    "<youre>": r"(?:you'?re|you are|u r|ur|u'?re|youre)",
    "<youll>": r"(?:you'?ll|you will|u'?ll|u will|youll)",
    "<youd>": r"(?:you'?d|you would|u'?d)",
    "<im>": r"(?:i'?m|i am|im)",
    "<ill>": r"(?:i'?ll|i will)",
    "<id>": r"(?:i'?d|i would)",
    "<ive>": r"(?:i'?ve|i have)",
    "<its>": r"(?:it'?s|it is|its|it has|it'?s been|it has been)",
    "<dont>": r"(?:don'?t|do not|dont)",
    "<wont>": r"(?:won'?t|will not|wont)",
    "<cant>": r"(?:can'?t|cannot|can not|cant)",
    # The number in the tongues people mix into English too: "mi número", "meine Nummer".
    "<num>": (r"(?:(?:phone |mobile |cell )?n(?:umber|[uú]mero|uméro|ummer)s?|digits"
              r"|(?:contact )?details|contacts?|deets)"),
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
_EMOJI = re.compile(r"[\u2600-\u27bf\U0001f300-\U0001faff]")
# The literal beginning of a phrase (see ``tried_order``): characters that are not special in
# a regular expression, and macros; each one not made optional or repeated by what follows.
_UNIT = re.compile("|".join(map(re.escape, MACROS)) + r"|[^\\.^$*+?{}\[\]|()<]")
_BEGINNING = re.compile(rf"(?:(?:{_UNIT.pattern})(?![?*+{{]))*")


def compiled(pattern: str) -> re.Pattern[str]:
    """``re.compile(pattern)`` with the cycle collector paused.

    Parsing a table of phrases makes some hundred thousand short-lived objects, none in a
    cycle; collecting among them as they come costs about a sixth of the compile time.
    """
    if not gc.isenabled():
        return re.compile(pattern)
    gc.disable()
    try:
        return re.compile(pattern)
    finally:
        gc.enable()


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


class Phrases:
    """Phrases matched as one word-bounded alternation, compiled when first used.

    Compiling on first use keeps importing the checkers quick, and a check compiles only the
    tables it reads. ``named`` gives each phrase a group, so a match tells which one it is.
    """

    __slots__ = ("_compiled", "_named", "phrases")

    def __init__(self, phrases: Sequence[str], *, named: bool = False) -> None:
        self.phrases = tuple(phrases)
        self._named = named
        self._compiled: re.Pattern[str] | None = None

    @property
    def pattern(self) -> re.Pattern[str]:
        """``(?<!\\w)(?:phrase|phrase|...)(?![\\w'])``, macros expanded, in ``tried_order``."""
        if self._compiled is None:
            body = "|".join(f"(?P<_{i}>{self.phrases[i]})" if self._named else self.phrases[i]
                            for i in tried_order(self.phrases))
            self._compiled = compiled(r"(?<!\w)(?:" + expand(body) + r")(?![\w'])")
        return self._compiled

    def finditer(self, p: Prepared, start: int = 0, end: int | None = None) -> list[
            re.Match[str]]:
        """Every match in ``p.norm[start:end]``."""
        return list(self.pattern.finditer(p.norm, start, len(p.norm) if end is None else end))

    def search(self, p: Prepared, start: int = 0, end: int | None = None) -> re.Match[
            str] | None:
        """The first match in ``p.norm[start:end]``."""
        return self.pattern.search(p.norm, start, len(p.norm) if end is None else end)


def compile_one(*alternatives: str) -> Phrases:
    """Word-bounded ``alternatives`` (macros expanded), matched as one pattern."""
    return Phrases(alternatives)


def tried_order(phrases: Sequence[str]) -> list[int]:
    """The indices of ``phrases`` in the order a message is matched against them.

    Where two phrases can match at the same place, the one tried first wins. Phrases that
    begin with the same literal text are tried together, from where the first of them is
    listed: "not leaving" listed after "not ..." and "(?:not|never) leave" is tried right
    after "not ...". The tables were written and tested in this order.
    """
    beginnings = [_beginning(phrase) for phrase in phrases]
    first: dict[tuple[str, ...], int] = {}
    for i, units in enumerate(beginnings):
        for k in range(1, len(units) + 1):
            first.setdefault(units[:k], i)
    return sorted(range(len(phrases)), key=lambda i: [
        *(first[beginnings[i][:k]] for k in range(1, len(beginnings[i]) + 1)), i])


def _beginning(phrase: str) -> tuple[str, ...]:
    """The literal text ``phrase`` begins with, a character or a ``<macro>`` at a time."""
    found = _BEGINNING.match(phrase)
    return tuple(_UNIT.findall(found.group())) if found else ()


class CueSet:
    """Phrases in a few labelled categories, matched as one word-bounded pattern."""

    __slots__ = ("_begins", "_fixed", "_groups", "_labels", "_negation_reads_label", "_phrases")

    def __init__(
        self,
        groups: Mapping[str, Sequence[str]],
        *,
        negatable: bool = True,
        fixed: Collection[str] = (),
    ) -> None:
        self._groups = {label: tuple(alts) for label, alts in groups.items()}
        self._labels = [label for label, alts in groups.items() for _ in alts]
        self._phrases = Phrases([a for alts in groups.values() for a in alts], named=True)
        self._begins: dict[str, re.Pattern[str]] = {}
        # Labels whose phrases keep their meaning after "not" ("not yet" is still "yet").
        self._fixed = frozenset(groups) if not negatable else frozenset(fixed)
        # Whether a hit's label decides if a "not" before it counts (some labels are fixed).
        self._negation_reads_label = 0 < len(self._fixed & set(groups)) < len(groups)

    def find(self, p: Prepared, start: int = 0, end: int | None = None, *,
             labelled: bool = True) -> list[Hit]:
        """Every non-negated hit in ``p.norm[start:end]``.

        A hit is labelled with the first category (in the order given) that has a phrase
        matching where it starts. Finding that category compiles the categories' own
        patterns, so a caller that reads only where the hits are passes ``labelled=False``:
        the same hits, but a hit may keep the category of the phrase that matched.
        """
        hits = []
        for m in self._phrases.finditer(p, start, end):
            at, to = m.span()
            if to == at:
                continue
            # The phrase's own group encloses any group inside it, so it closes last.
            label = self._labels[int(str(m.lastgroup)[1:])]
            if labelled or self._negation_reads_label:
                label = self._label(p.norm, at, label)
            if label not in self._fixed and negated(p.norm, at):
                continue
            hits.append(Hit(label, at, to))
        return hits

    def _label(self, norm: str, pos: int, matched: str) -> str:
        """The first category (in the order given) with a phrase that matches at ``pos``,
        even as the beginning of longer words; the matched phrase's own at the latest."""
        for label, alts in self._groups.items():
            if label == matched:
                break
            if (begins := self._begins.get(label)) is None:
                begins = self._begins[label] = compiled(expand("|".join(alts)))
            if begins.match(norm, pos):
                return label
        return matched


def negated(norm: str, pos: int) -> bool:
    """Whether a negation ("not", "don't", "never"...) governs the words at ``pos``."""
    window = norm[max(0, pos - _NEGATION_WINDOW) : pos]
    # A dash between spaces ends a clause too: "not ready - my email's on the website".
    dash = window.rfind(" - ")
    # And a "but" with no comma: "not yet but see u at the pool".
    but = window.rfind(" but ")
    cut = max(max(window.rfind(c) for c in ".!?;,\n"), dash + 1 if dash >= 0 else -1,
              but + 4 if but >= 0 else -1)
    # So does an emoji, as a full stop would: "not just yet 😊 same class thursday?".
    emoji = [m.start() for m in _EMOJI.finditer(window)]
    cut = max(cut, emoji[-1] if emoji else -1)
    clause = window[cut + 1 :]
    m = _NEGATED.search(clause)
    if m is None or _NEW_SUBJECT.search(m.group(1)):
        return False
    # "If you don't text me I'll be sad": the "don't" belongs to the if-clause, not to
    # the main clause the cue opens; "don't feel like you have to" still negates.
    return not (_SUBJECT_AT.match(norm, pos) and _CONDITIONAL.search(clause, 0, m.start()))


def spans(hits: Sequence[Hit], limit: int = 4) -> tuple[Span, ...]:
    """The spans of up to ``limit`` hits, in text order, without overlaps (where two hits
    start together, the longer one)."""
    out: list[Span] = []
    for h in sorted(hits, key=lambda h: (h.start, -h.end)):
        if len(out) == limit:
            break
        if not out or h.start >= out[-1].end:
            out.append(Span(h.start, h.end))
    return tuple(out)
