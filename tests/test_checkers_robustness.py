"""Text checkers never raise and stay fast, whatever the string: property tests and odd inputs."""

from __future__ import annotations

import time
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workshop.checkers import Feedback, check_message
from workshop.checkers.text._prepare import ANALYSE_LIMIT, fold

CONTEXTS: list[tuple[str, dict[str, Any]]] = [
    ("ask", {}), ("offer", {}), ("after_no", {}), ("follow_up", {}),
    ("reply", {"intent": "yes"}), ("reply", {"intent": "unsure"}), ("reply", {"intent": "no"}),
]
PHRASES = ["can i get your number", "no pressure", "come on", "don't", "not", "maybe",
           "'", '"', "said \"", "\u2019", "?", "!", ".", "\n", "İ", "you", "if you don't",
           "please", "your loss", "😀", "\u202e", "<b>", "\x00"]


def _assert_sound(fb: Feedback, kind: str, text: str) -> None:
    assert isinstance(fb, Feedback) and fb.kind == kind and fb.text == text
    assert 0.0 <= fb.score <= 1.0
    assert fb.criteria and fb.summary
    for c in fb.criteria:
        assert c.message and c.principle
        for span in c.evidence:
            assert 0 <= span.start < span.end <= len(text)


texts = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=300),
    st.lists(st.sampled_from(PHRASES), max_size=40).map(" ".join),
    st.lists(st.sampled_from(PHRASES), max_size=40).map("".join),
)
hours = st.one_of(st.none(), st.floats(min_value=0, max_value=1e9), st.integers(0, 10**6))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, which=st.sampled_from(CONTEXTS), h=hours)
def test_any_text_gives_feedback(text: str, which: tuple[str, dict[str, Any]],
                                 h: float | None) -> None:
    kind, ctx = which
    ctx = {**ctx, "hours": h} if kind == "follow_up" else ctx
    _assert_sound(check_message(kind, text, **ctx), kind, text)


@settings(max_examples=200, deadline=None)
@given(text=st.text())
def test_fold_keeps_every_offset(text: str) -> None:
    folded = fold(text)
    assert len(folded) == len(text)


ODD = {
    "empty": "",
    "whitespace": " \t\n\r  ",
    "nul": "can i get your\x00 number\x00?",
    "control": "".join(chr(i) for i in range(32)) + "no pressure",
    "lone surrogates": "\ud800can i get your number\udfff?",
    "right-to-left": "\u05de\u05d4 \u05e9\u05dc\u05d5\u05dd? \u202eCan I get your number?",
    "arabic": "\u0647\u0644 \u064a\u0645\u0643\u0646\u0646\u064a "
              "\u0627\u0644\u062d\u0635\u0648\u0644",
    "html": "<script>alert('x')</script><b>Can I get your number?</b>",
    "emoji": "😀" * 10_000,
    "zalgo": "c\u0301\u0302a\u0303n i get your number?" * 50,
    "dotted capital I": "İ" * 3000 + " can i get your number? no pressure",
    "one megabyte": "a" * 1_000_000,
    "one megabyte of words": "come on please " * 70_000,
    "quotes": '"' * 100_000 + "said '" * 50_000,
    "apostrophes": "'" * 200_000,
    "digits": "1 " * 200_000,
    "question marks": "?" * 500_000,
    "repeated cue": "if you don't text me " * 20_000,
}


@pytest.mark.parametrize("name", list(ODD))
def test_odd_strings(name: str) -> None:
    text = ODD[name]
    for kind, ctx in CONTEXTS:
        check_message(kind, "warm up", **ctx)  # compiling the patterns is not what is timed
        started = time.process_time()  # CPU time: other busy processes do not count
        fb = check_message(kind, text, **ctx)
        # Generous bound: catches runaway regex backtracking, not a benchmark.
        assert time.process_time() - started < 2.0, (name, kind)
        _assert_sound(fb, kind, text)


def test_a_megabyte_is_not_brief_and_not_vouched_for() -> None:
    text = "It was great meeting you at the gym! " * 30_000
    fb = check_message("follow_up", text, hours=5)
    assert len(text) > ANALYSE_LIMIT
    assert not fb.criterion("brief").passed
    assert not fb.criterion("no_pressure").passed  # unread text cannot be vouched for
    assert "only the first" in fb.criterion("no_pressure").message
    assert fb.criterion("references_meeting").passed and fb.criterion("timely").passed
    assert not fb.passed


def test_non_string_text_is_not_an_exception() -> None:
    fb = check_message("ask", None)  # type: ignore[arg-type]
    assert not fb.passed and fb.text == ""
