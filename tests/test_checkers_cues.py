"""Cue tables: the order phrases are tried in, the label of a hit, folding and evidence spans."""

from __future__ import annotations

import gc
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workshop.checkers.feedback import Span
from workshop.checkers.text._cues import CueSet, Hit, compile_one, compiled, spans, tried_order
from workshop.checkers.text._prepare import _FOLD, fold, prepare


@pytest.mark.parametrize("phrases, order", [
    (["a", "b", "c"], [0, 1, 2]),
    # "not leaving" begins as "not (...)" does, so it is tried right after it.
    (["not (?:going|leaving)", "(?:never) leave", "not leaving"], [0, 2, 1]),
    # Within a shared beginning, the longer one follows where its own beginning is first.
    (["you must", "yes", "you better", "you"], [0, 2, 3, 1]),
    # A macro is one unit; a quantified character is not part of the beginning.
    (["<you> must", "yes+", "<you> better", "yo+u"], [0, 2, 1, 3]),
    (["(?:i|we) must", "i need", "i (?:must|need)"], [0, 1, 2]),
])
def test_phrases_sharing_a_beginning_are_tried_together(phrases: list[str],
                                                        order: list[int]) -> None:
    assert tried_order(phrases) == order


def test_the_phrase_tried_first_decides_the_span() -> None:
    # "not leaving" is tried before the general "(?:not|never) ..." listed before it.
    table = compile_one("not going", "(?:not|never) leaving (?:here|this \\w+)", "not leaving")
    p = prepare("I'm not leaving this queue")
    assert [m.span() for m in table.finditer(p)] == [(4, 15)]
    assert (found := table.search(p)) is not None and found.span() == (4, 15)


def test_a_hit_is_labelled_by_the_first_category_with_a_phrase_there() -> None:
    table = CueSet({"insisting": ["i must", r"(?:i|i'?ll) need <you> to"],
                    "duty": ["i need <you> to text"]})
    # "i need you to text" is tried first (its beginning "i " comes with "i must"), but
    # "insisting" comes first among the categories with a phrase that matches there.
    assert table.find(prepare("i need you to text me")) == [Hit("insisting", 0, 18)]
    assert table.find(prepare("i must go")) == [Hit("insisting", 0, 6)]


def test_negated_hits_are_left_out_unless_their_label_is_fixed() -> None:
    cues = {"pushy": ["text me"], "soon": ["soon"]}
    p = prepare("don't text me soon")
    assert CueSet(cues).find(p) == []
    assert CueSet(cues, fixed={"soon"}).find(p) == [Hit("soon", 14, 18)]
    assert CueSet(cues, negatable=False).find(p) == [Hit("pushy", 6, 13), Hit("soon", 14, 18)]


def test_unlabelled_hits_are_the_same_hits_with_the_matched_phrase_s_own_label() -> None:
    table = CueSet({"insisting": ["i must", r"(?:i|i'?ll) need <you> to"],
                    "duty": ["i need <you> to text"]})
    p = prepare("i need you to text me, i must")
    assert table.find(p, labelled=False) == [Hit("duty", 0, 18), Hit("insisting", 23, 29)]
    assert not table._begins  # the categories' own patterns were never compiled
    assert table.find(p) == [Hit("insisting", 0, 18), Hit("insisting", 23, 29)]


@pytest.mark.parametrize("options, found", [
    ({}, []),
    ({"negatable": False}, [Hit("duty", 6, 24)]),
    # Only "insisting" keeps its meaning after "not": the hit's true label decides.
    ({"fixed": {"insisting"}}, [Hit("insisting", 6, 24)]),
    ({"fixed": {"duty"}}, []),
])
def test_a_not_is_judged_by_the_true_label_even_for_unlabelled_hits(
        options: dict[str, object], found: list[Hit]) -> None:
    table = CueSet({"insisting": ["i must", r"(?:i|i'?ll) need <you> to"],
                    "duty": ["i need <you> to text"]}, **options)  # type: ignore[arg-type]
    p = prepare("don't i need you to text")
    assert table.find(p, labelled=False) == found


def test_compiling_pauses_the_cycle_collector_only_while_it_runs() -> None:
    assert compiled("a|b").match("b") and gc.isenabled()
    with pytest.raises(re.error):
        compiled("(unclosed")
    assert gc.isenabled()
    gc.disable()
    try:
        assert compiled("c").match("c") and not gc.isenabled()
    finally:
        gc.enable()


def test_phrases_match_whole_words_only() -> None:
    table = compile_one("<you> must", "app")
    assert [m.group() for m in table.finditer(prepare("U must; happy app's apps"))] == ["u must"]


def test_a_part_of_the_message_is_searched_as_a_whole_string_would_be() -> None:
    table = compile_one("call me")
    p = prepare("call me. Please call me")
    assert [m.span() for m in table.finditer(p, 5)] == [(16, 23)]
    assert table.search(p, 0, 6) is None


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.sampled_from([*map(chr, _FOLD), "a", "B", " ", "İ", "ß", "Q"])))
def test_fold_changes_only_the_folded_characters(text: str) -> None:
    expected = text.translate(_FOLD)
    lowered = expected.lower()
    if len(lowered) == len(expected):
        expected = lowered
    else:
        expected = "".join(c if len(c.lower()) != 1 else c.lower() for c in expected)
    assert fold(text) == expected and len(fold(text)) == len(text)


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=st.characters(max_codepoint=127)))
def test_plain_ascii_folds_to_lower_case(text: str) -> None:
    assert re.fullmatch(r"[^A-Z]*", fold(text)) and len(fold(text)) == len(text)


@settings(max_examples=300, deadline=None)
@given(hits=st.lists(st.tuples(st.integers(0, 30), st.integers(0, 8)), max_size=8),
       limit=st.integers(0, 5))
def test_spans_are_the_first_hits_in_text_order_without_overlaps(
        hits: list[tuple[int, int]], limit: int) -> None:
    found = [Hit("cue", start, start + length) for start, length in hits]
    expected: list[Span] = []
    for h in sorted(found, key=lambda h: (h.start, -h.end)):  # longest first where tied
        if not expected or h.start >= expected[-1].end:
            expected.append(Span(h.start, h.end))
    assert spans(found, limit) == tuple(expected[:limit])
