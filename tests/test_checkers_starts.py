"""Trying a cue table only where a phrase can begin finds exactly what a full scan finds."""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import workshop.checkers.text as text_package
from workshop.checkers.feedback import Span
from workshop.checkers.text._cues import CueSet, Hit, Phrases, expand, spans
from workshop.checkers.text._parsed import first_tokens, second_tokens
from workshop.checkers.text._prepare import _FOLD, fold, prepare
from workshop.checkers.text._starts import TOKEN, tokens

CORPUS = Path(__file__).parent / "data" / "checker-corpus"


def _tables() -> dict[str, Phrases]:
    found: dict[str, Phrases] = {}
    for info in pkgutil.iter_modules(text_package.__path__):
        module = importlib.import_module(f"{text_package.__name__}.{info.name}")
        for name, value in vars(module).items():
            table = value._phrases if isinstance(value, CueSet) else value
            if isinstance(table, Phrases):
                found.setdefault(f"{info.name}.{name}", table)
    return found


TABLES = _tables()
WORDS = ["you", "u", "i", "i'm", "if", "not", "don't", "no", "nooo", "yesss", "pleeease",
         "come", "on", "cmon", "talking", "morning", "again", "up", "to", "from", "the", "gym",
         "07700 900123", "a@b.co", "?", "???", "!", ".", ",", "'", "\n", "  ", "😀", "İ",
         "number", "text", "me", "tonight", "hmm", "ugh", "aww", "f", "k", "_", "x2", "ok",
         "will", "would", "ll", "d", "must", "have", "really", "want", "give", "your", "we"]


def _same(table: Phrases, text: str) -> None:
    p = prepare(text)
    expected = [m.span() for m in table.pattern.finditer(p.norm)]
    assert [m.span() for m in table.finditer(p)] == expected
    first = table.search(p)
    assert (first.span() if first else None) == (expected[0] if expected else None)
    # The lookup itself.
    looked_up = table._starts.matches(p.tokens(), p.norm, table.pattern)
    assert looked_up is not None and [m.span() for m in looked_up] == expected
    # A part of the message: each sentence, and cuts that fall inside a word.
    cuts = [*p.sentences, (0, len(p.norm) // 2), (len(p.norm) // 3, len(p.norm))]
    for start, end in cuts:
        part = [m.span() for m in table.pattern.finditer(p.norm, start, end)]
        assert [m.span() for m in table.finditer(p, start, end)] == part
        found = table.search(p, start, end)
        assert (found.span() if found else None) == (part[0] if part else None)
        looked_up = table._starts.matches(p.tokens(), p.norm, table.pattern, False, start, end)
        # None: a word runs on past the cut, which only a scan reads as the part's end.
        assert looked_up is None or [m.span() for m in looked_up] == part


def _corpus() -> list[str]:
    return [json.loads(line)["text"] for path in sorted(CORPUS.glob("*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _cue_sets() -> dict[str, CueSet]:
    found: dict[str, CueSet] = {}
    for info in pkgutil.iter_modules(text_package.__path__):
        module = importlib.import_module(f"{text_package.__name__}.{info.name}")
        found.update({f"{info.name}.{n}": v for n, v in vars(module).items()
                      if isinstance(v, CueSet)})
    return found


@pytest.mark.parametrize("name", sorted(_cue_sets()))
def test_hits_are_labelled_as_by_their_phrases(name: str) -> None:
    table = _cue_sets()[name]
    plain = [(label, re.compile("|".join(f"(?:{expand(a)})" for a in alts)))
             for label, alts in table.groups.items()]
    for text in _corpus():
        p = prepare(text)
        for m in table._phrases.pattern.finditer(p.norm):
            expected = next((label for label, rx in plain if rx.match(p.norm, m.start())),
                            plain[0][0])
            assert table._label(p.norm, m.start()) == expected, text


def test_every_table_is_found() -> None:
    assert {"_pressure.PRESSURE", "_rapport.CONNECTION", "_purpose._FRAMES"} <= set(TABLES)


@pytest.mark.parametrize("name", sorted(TABLES))
def test_corpus_matches_are_those_of_a_full_scan(name: str) -> None:
    for text in _corpus():
        _same(TABLES[name], text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=st.lists(st.sampled_from(WORDS), max_size=30), glue=st.sampled_from([" ", ""]),
       which=st.sampled_from(sorted(TABLES)))
def test_any_words_match_as_in_a_full_scan(words: list[str], glue: str, which: str) -> None:
    _same(TABLES[which], glue.join(words))


@pytest.mark.parametrize("pattern, expected", [
    (r"(?:you|u) must", ({"you", "u"}, set(), set())),
    (r"you'?re", ({"you", "youre"}, set(), set())),
    (r"yes+", (set(), {"yes"}, set())),
    (r"\w{2,}ing\b again", (set(), set(), {"ing"})),
    (r"\?{3,}", ({"?"}, set(), set())),
])
def test_first_tokens(pattern: str, expected: tuple[set[str], ...]) -> None:
    assert first_tokens(pattern) == tuple(frozenset(x) for x in expected)


@pytest.mark.parametrize("pattern", [r"\w+ from", r"\d+", r" ?up to", r"(?:a)?", r"[^x]y"])
def test_unknown_first_tokens(pattern: str) -> None:
    assert first_tokens(pattern) is None


@pytest.mark.parametrize("pattern, expected", [
    (r"i will", {"i": {"will"}}),
    (r"(?:i'?ll|i will) (?:be|get) sad", {"i": {"will", "'"}, "ill": {"be", "get"}}),
    (r"you(?: must| better)?", {"you": None}),  # the phrase may end after "you"
    (r"i\s+(?:really )*want", {"i": {"really", "want"}}),
    (r"a(?: b){0,2} c", {"a": {"b", "c"}}),
    (r"no [^.!?]{0,40}? pressure", {"no": None}),  # any word may come next
    (r"come on+", {"come": None}),  # "onnn": the next word is not one known token
    (r"you're", {"you": {"'"}}),
])
def test_second_tokens(pattern: str, expected: dict[str, set[str] | None]) -> None:
    assert second_tokens(pattern) == {
        first: None if seconds is None else frozenset(seconds)
        for first, seconds in expected.items()}


@pytest.mark.parametrize("pattern", [r"\w+ from", r"yes+ please", r"(?:ha){9,} no", r"[^x]y"])
def test_unknown_second_tokens(pattern: str) -> None:
    assert second_tokens(pattern) is None


PHRASES = sorted({expand(a) for table in TABLES.values() for a in table._alternatives})


@settings(max_examples=400, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data(), phrase=st.sampled_from(PHRASES))
def test_second_tokens_hold_for_any_spelling_of_a_phrase(data: st.DataObject,
                                                        phrase: str) -> None:
    # Whatever a phrase matches, its first two tokens are among those worked out for it.
    found = second_tokens(phrase)
    spelling = data.draw(st.from_regex(re.compile(phrase), fullmatch=True))
    words = TOKEN.findall(spelling)
    if found is None or not words or spelling[:1].isspace():
        return  # a table never looks this phrase up by its first token
    assert words[0] in found
    seconds = found[words[0]]
    assert seconds is None or (len(words) > 1 and words[1] in seconds)


def test_tokens_know_what_follows() -> None:
    assert tokens("hi,  you're\nthere") == [
        (0, "hi", ","), (2, ",", "you"), (5, "you", "'"), (8, "'", "re"), (9, "re", "there"),
        (12, "there", "")]
    assert tokens("") == [] and tokens("   ") == []


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_fold_is_the_general_fold(text: str) -> None:
    assert fold(text) == text.translate(_FOLD).lower()
    assert re.fullmatch(r"[^A-Z]*", fold(text))


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.sampled_from([*map(chr, _FOLD), "a", "B", " ", "İ", "ß"])))
def test_fold_changes_only_the_folded_characters(text: str) -> None:
    expected = text.translate(_FOLD)
    lowered = expected.lower()
    if len(lowered) == len(expected):
        expected = lowered
    else:
        expected = "".join(c if len(c.lower()) != 1 else c.lower() for c in expected)
    assert fold(text) == expected and len(fold(text)) == len(text)


@settings(max_examples=300, deadline=None)
@given(hits=st.lists(st.tuples(st.integers(0, 30), st.integers(0, 8)), max_size=8),
       limit=st.integers(1, 5))
def test_spans_are_the_first_hits_in_text_order_without_overlaps(
        hits: list[tuple[int, int]], limit: int) -> None:
    found = [Hit("cue", start, start + length) for start, length in hits]
    expected: list[Span] = []
    for h in sorted(found, key=lambda h: (h.start, -h.end)):  # longest first where tied
        if not expected or h.start >= expected[-1].end:
            expected.append(Span(h.start, h.end))
    assert spans(found, limit) == tuple(expected[:limit])
