"""The checkers' second opinion: features, shipped weights, the hook and its switch."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import DATA, ROOT, SHIPPED
from workshop.checkers import check_answer, check_message
from workshop.checkers.contract import criteria_for
from workshop.checkers.model import ENVIRONMENT, _review, enabled, set_enabled
from workshop.checkers.model._features import READ_LIMIT, features, tokens
from workshop.checkers.model._review import concerns, passes
from workshop.checkers.model._weights import parse, shipped
from workshop.errors import WorkshopError
from workshop.exercises import load_file

WEIGHTS = ROOT / "workshop" / "checkers" / "model" / "weights.json"
CORPUS = sorted((DATA / "checker-corpus").glob("dev*.jsonl"))
ROWS = [json.loads(line) for path in CORPUS for line in path.read_text("utf-8").splitlines()
        if line.strip()]
CONTEXTS: list[tuple[str, dict[str, Any]]] = [
    ("ask", {}), ("offer", {}), ("after_no", {}), ("follow_up", {"hours": 3}),
    ("reply", {"intent": "yes"}), ("reply", {"intent": "unsure"}), ("reply", {"intent": "no"}),
]
#: "no problem found" criteria the model may question, by kind (and intent)
CONCERNS = {"ask": {"no_pressure"}, "offer": {"gives_control", "no_pressure"},
            "follow_up": {"no_pressure"}, "after_no": {"no_guilt", "no_repeat"},
            "reply.yes": {"no_games"}, "reply.no": {"polite", "no_false_hope"}}


@pytest.fixture
def model_on() -> Iterator[None]:
    """The second opinion switched on for one test, whatever the environment says."""
    previous = set_enabled(True)
    yield
    set_enabled(previous)


@pytest.fixture
def zebra(monkeypatch: pytest.MonkeyPatch, model_on: None) -> None:
    """Models that find every "no problem" criterion unmet in any message saying zebra."""
    doc = {"confidence": 0.98, "models": {
        ".".join(k.split(".") + [cid]): {"bias": 2.0, "weights": {"zebra": -9.0, "kind": 3.0}}
        for k, ids in CONCERNS.items() for cid in ids}}
    monkeypatch.setattr(_review, "shipped", lambda: parse(doc))


# -- features --------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "words"), [
    ("Can't WAIT!", ["cant", "wait", "!"]),
    ("you\u2019re great 😊?", ["youre", "great", "😊", "?"]),
    ("no-pressure, ok.", ["no", "pressure", "ok"]),
    ("", []),
])
def test_tokens_are_folded_words_and_signs(text: str, words: list[str]) -> None:
    assert [w for w, _, _ in tokens(text)] == words


def test_features_are_words_and_pairs_with_their_spans() -> None:
    text = "Hey! Don't keep me waiting"
    found = features(text)
    assert text[slice(*found["keep me"])] == "keep me"
    assert text[slice(*found["! dont"])] == "Don't"  # a pair's span starts at its first word
    assert "<s> hey" in found and "waiting </s>" in found


@settings(max_examples=300, deadline=None)
@given(text=st.text())
def test_feature_spans_lie_inside_the_text(text: str) -> None:
    for start, end in features(text).values():
        assert 0 <= start < end <= min(len(text), READ_LIMIT)


# -- the shipped weights ---------------------------------------------------------------

def test_shipped_weights_load_and_cover_every_concern() -> None:
    models = shipped()
    for kind, ids in CONCERNS.items():
        kind, _, intent = kind.partition(".")
        for cid in ids:
            model = models.get(kind, intent, cid)
            assert model is not None, (kind, intent, cid)
            assert 0 < len(model.weights) <= 300
    assert models.flag_below < 0  # a concern needs the model to be sure it is unmet


def test_weights_file_is_small_and_names_what_it_was_trained_on() -> None:
    doc = json.loads(WEIGHTS.read_text("utf-8"))
    assert WEIGHTS.stat().st_size < 100_000
    assert doc["trained_on"] and doc["messages"] > 0 and 0.5 < doc["confidence"] < 1


def test_weights_file_is_what_the_trainer_makes_of_the_corpus() -> None:
    """After the corpus changes, `make checker-model` retrains (and measures) the model."""
    spec = importlib.util.spec_from_file_location(
        "train_checker_model", ROOT / "benchmarks" / "train_checker_model.py")
    assert spec and spec.loader
    trainer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(trainer)
    doc = json.loads(WEIGHTS.read_text("utf-8"))
    assert trainer.document(doc["trained_on"]) == doc, "run make checker-model"
    assert doc["trained_on"] == list(trainer.DEVELOPMENT)


@pytest.mark.parametrize(("doc", "problem"), [
    ({}, "confidence"),
    ({"confidence": 1.5, "models": {}}, "between 0.5 and 1"),
    ({"confidence": 0.9, "models": {"ask.no_pressure": {"bias": 1}}}, "weights"),
    ({"confidence": 0.9, "models": {"ask.no_pressure": {"bias": "x", "weights": {}}}}, "x"),
    ({"confidence": 0.9, "models": []}, "items"),
])
def test_a_broken_weights_file_says_how_to_rebuild_it(doc: dict[str, Any], problem: str) -> None:
    with pytest.raises(WorkshopError, match=f"(?s)weights.json.*{problem}.*train_checker"):
        parse(doc)


# -- the hook --------------------------------------------------------------------------

@pytest.mark.parametrize(("kind", "intent"), [("ask", ""), ("offer", ""), ("follow_up", ""),
                                              ("after_no", ""), ("reply", "yes"),
                                              ("reply", "unsure"), ("reply", "no")])
def test_every_concern_is_needed_to_pass(kind: str, intent: str) -> None:
    """So a concern can only make a verdict fail, never pass."""
    ids = criteria_for(kind, intent or None)
    assert passes(kind, intent, dict.fromkeys(ids, True))
    for cid in CONCERNS.get(f"{kind}.{intent}".rstrip("."), ()):
        assert not passes(kind, intent, {**dict.fromkeys(ids, True), cid: False})


def test_the_pass_rule_matches_every_label() -> None:
    wrong = [r["id"] for r in ROWS
             if passes(r["kind"], r.get("context", {}).get("intent", ""), r["criteria"])
             != r["passed"]]
    assert wrong == []


def test_a_concern_is_hedged_and_quotes_the_learners_words(zebra: None) -> None:
    text = "Loved our climb today! Here's my number if you ever fancy another. Zebra time!"
    fb = check_message("offer", text)
    for cid in ("gives_control", "no_pressure"):
        c = fb.criterion(cid)
        assert not c.passed and not c.sure and c.principle
        assert "if I have misread it" in c.message and '"Zebra time"' in c.message
        assert fb.evidence_text(c) == ["Zebra"]
    assert not fb.passed and "as far as I can tell" in fb.summary
    assert fb.details["second_opinion"] == ("gives_control", "no_pressure")
    assert fb.score == pytest.approx(1 / 3, abs=1e-4)  # the connection still counts


def test_words_that_leave_them_free_never_count_against(zebra: None) -> None:
    fb = check_message("ask", "Loved our chat! Can I get your number? No pressure at all zebra.")
    assert fb.criterion("out").passed and fb.criterion("no_pressure").passed
    assert "second_opinion" not in fb.details


def test_no_concern_without_words_to_show() -> None:
    models = parse({"confidence": 0.9, "models": {"ask.no_pressure": {
        "bias": -9.0, "weights": {"hello": 1.0}}}})
    assert concerns(models, "ask", "", "Can I get your number?", ["no_pressure"]) == {}


def test_a_failing_message_keeps_its_summary_and_adds_the_concern(zebra: None) -> None:
    fb = check_message("ask", "Number? zebra")
    assert not fb.criterion("no_pressure").sure
    assert fb.summary.startswith("Not there yet") and fb.summary.endswith(
        "Also, check that nothing in it reads as pressure.")


def test_what_the_rules_judged_is_left_alone(zebra: None) -> None:
    fb = check_message("ask", "Give me your number, zebra.")  # the rules find the order
    c = fb.criterion("no_pressure")
    assert c.sure and "zebra" not in c.message.lower()


@pytest.mark.parametrize("kind, ctx", CONTEXTS, ids=[f"{k}{c}" for k, c in CONTEXTS])
@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(st.text(), st.lists(st.sampled_from(
    ["zebra", "come on", "😉", "!", "?", "no", "kind", "\u202e", "İ", "'", "\n"]),
    max_size=30).map(" ".join)))
def test_the_hook_never_raises_and_keeps_evidence_inside(
        zebra: None, kind: str, ctx: dict[str, Any], text: str) -> None:
    fb = check_message(kind, text, **ctx)
    for c in fb.criteria:
        assert c.message
        for span in c.evidence:
            assert 0 <= span.start < span.end <= len(text)


def test_every_verdict_on_the_corpus_stays_explained(model_on: None) -> None:
    problems = []
    for row in ROWS:
        fb = check_message(row["kind"], row["text"], **row.get("context", {}))
        flagged = fb.details.get("second_opinion", ())
        for c in fb.criteria:
            if not c.message or (c.id in flagged and (
                    c.passed or c.sure or not c.evidence or "if I have misread it" not in c.message
                    or not all(0 <= s.start < s.end <= len(fb.text) for s in c.evidence))):
                problems.append(f"{row['id']} {c.id}: {c.message!r}")
        if flagged and fb.passed:
            problems.append(f"{row['id']} passes despite {flagged}")
    assert problems == []


# -- the switch ------------------------------------------------------------------------

def test_switching_off_gives_the_rules_alone(zebra: None) -> None:
    text = "Loved our climb today! Here's my number if you ever fancy another. Zebra time!"
    assert not check_message("offer", text).passed
    set_enabled(False)
    assert check_message("offer", text).passed
    assert not enabled()


@pytest.mark.parametrize(("value", "on"), [("0", False), ("off", False), ("no", False),
                                           ("1", True), ("", True)])
def test_the_environment_switches_it(value: str, on: bool) -> None:
    code = "from workshop.checkers.model import enabled; print(enabled())"
    env = {**os.environ, ENVIRONMENT: value, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                         text=True, check=True).stdout
    assert out.strip() == str(on)


# -- rewrite exercises -----------------------------------------------------------------

def _rewrite(kind: str) -> Path:
    return next(p for p in SHIPPED if (e := load_file(p)).type == "rewrite"
                and getattr(e.body, "kind", "") == kind)


def test_a_rewrite_exercise_shows_the_concern(zebra: None) -> None:
    exercise = load_file(_rewrite("ask"))
    fb = check_answer(exercise, "I loved our chat about climbing! Can I get your number so "
                                "we can plan a session? zebra")
    assert not fb.passed and fb.details["checker_passed"] is False
    assert not fb.criterion("no_pressure").sure



def test_a_long_sentence_is_quoted_from_its_phrase(zebra: None) -> None:
    text = ("Loved our climb today and the long talk about the routes, the gear, the coffee "
            "and the weather up there; here's my number if you ever fancy another, zebra time")
    c = check_message("offer", text).criterion("no_pressure")
    assert '"zebra time"' in c.message
