"""Feedback renders itself: plain text for notebooks, escaped HTML with evidence marked."""

from __future__ import annotations

from workshop.checkers import Criterion, Feedback, Span

TEXT = "Come on, <b>give</b> me your number"
FB = Feedback(
    "ask", False, 0.4,
    (
        Criterion("question", False, "Ask, don't order.", "Be Direct", (Span(21, 23),)),
        Criterion("no_pressure", False, "Drop 'come on'.", "Being Pushy", (Span(0, 7),)),
        Criterion("reason", True, "You gave a <reason>.", ""),
    ),
    text=TEXT, summary="Not yet.",
)


def test_plain_text_summary_lists_criteria_and_deciding_words() -> None:
    assert str(FB).splitlines() == [
        "✘ TRY AGAIN (40%)",
        "Not yet.",
        "  ✘ not yet: A question they can answer: Ask, don't order. (your words: 'me your number')",
        "  ✘ not yet: No pressure: Drop 'come on'. (your words: 'Come on')",
        "  ✔ done: Says what the number is for: You gave a <reason>.",
    ]


def test_repr_is_a_one_line_summary() -> None:
    assert repr(FB) == "Feedback(kind='ask', passed=False, score=0.40, failed=question,no_pressure)"


def test_html_escapes_everything_and_marks_evidence() -> None:
    html = FB._repr_html_()
    assert "<b>give</b>" not in html and "&lt;b&gt;give&lt;/b&gt;" in html
    assert "<mark class='workshop-bad'>Come on</mark>" in html
    assert "<mark class='workshop-bad'>me</mark>" in html
    assert "You gave a &lt;reason&gt;." in html
    assert "✘ Not yet" in html and "✔ Done" in html  # words and symbols, not colour alone
    assert "workshop-fail" in html and "workshop-pass" not in html  # and colour
    assert "question" not in html.replace("A question", "") and "no_pressure" not in html


def test_overlapping_and_out_of_range_spans_are_safe() -> None:
    fb = Feedback("ask", True, 1.0, (
        Criterion("a", True, "m", evidence=(Span(0, 10), Span(5, 12), Span(30, 99))),
    ), text="<script>alert(1)</script>")
    out = fb.highlighted_html()
    assert "<script>" not in out
    assert out.startswith("<mark class='workshop-good'>&lt;script&gt;aler</mark>")


def test_criterion_lookup_and_failed() -> None:
    assert FB.criterion("reason").passed
    assert [c.id for c in FB.failed] == ["question", "no_pressure"]
    assert FB.evidence_text(FB.criterion("no_pressure")) == ["Come on"]


def test_words_quoted_once_when_whole_phrases_overlap() -> None:
    text = "Seriously? Come on, it's just a number."
    fb = Feedback("after_no", False, 0.0, (
        Criterion("accepts", False, "Accept it.", "", (Span(0, 10), Span(11, 18), Span(20, 38))),
    ), text=text)
    words = str(fb).splitlines()[1].split("(your words: ")[1]
    assert words == "'Seriously? Come on', \"it's just a number\")"
