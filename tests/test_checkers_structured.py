"""Checkers of the structured types: verdicts, partial credit, and odd answers as feedback."""

from __future__ import annotations

from typing import Any

import pytest

from workshop.checkers import check_answer
from workshop.exercises import Exercise, load_text

HEAD = "id: t\nsection: 01-the-art-of-asking\ntitle: T\nprompt: P\nminutes: 1\nprinciple: Pr\n"


def make(type_: str, body: str) -> Exercise:
    return load_text(f"{HEAD}type: {type_}\n{body}")


MULTI = make("choice", """options:
  - {id: a, text: A, correct: true, feedback: fa}
  - {id: b, text: B, correct: true, feedback: fb}
  - {id: c, text: C, feedback: fc}
  - {id: d, text: D, feedback: fd}
""")
SINGLE = make("choice", """options:
  - {id: a, text: A, correct: true, feedback: fa}
  - {id: b, text: B, feedback: fb}
""")


@pytest.mark.parametrize(
    ("answer", "passed", "score"),
    [
        (["a", "b"], True, 1.0),
        (["b", "a"], True, 1.0),
        (["a"], False, 0.5),
        (["a", "c"], False, 0.0),
        (["a", "b", "c"], False, 0.5),
        (["c", "d"], False, 0.0),
        ("a", False, 0.5),
    ],
)
def test_multiple_choice_partial_credit(answer: Any, passed: bool, score: float) -> None:
    fb = check_answer(MULTI, answer)
    assert (fb.passed, fb.score) == (passed, score)


def test_choice_feedback_explains_each_chosen_option() -> None:
    fb = check_answer(MULTI, ["a", "c"])
    assert [(c.id, c.passed, c.message) for c in fb.criteria] == [
        ("a", True, "fa"), ("c", False, "fc"), ("missed", False, "1 more right option to find."),
    ]
    assert all(c.principle == "Pr" for c in fb.criteria)


@pytest.mark.parametrize(
    ("exercise", "answer", "summary"),
    [
        (SINGLE, None, "cannot be checked"),
        (SINGLE, [], "Choose an option first."),
        (SINGLE, ["a", "b"], "only one option may be chosen"),
        (SINGLE, "zzz", "unknown option 'zzz'"),
        (SINGLE, {"a": 1}, "cannot be checked"),
        (MULTI, ["a", "a"], "chosen twice"),
    ],
)
def test_odd_choice_answers_become_feedback(exercise: Exercise, answer: Any, summary: str) -> None:
    fb = check_answer(exercise, answer)
    assert not fb.passed and fb.score == 0 and summary in fb.summary


CLASSIFY = make("classify", """buckets:
  - {id: yes, label: Receptive}
  - {id: no, label: Not receptive}
items:
  - {id: smile, text: Smiles, bucket: yes, feedback: warm}
  - {id: phone, text: Phone, bucket: no, feedback: busy}
  - {id: asks, text: Asks back, bucket: yes}
""")


def test_classify_scores_each_card() -> None:
    fb = check_answer(CLASSIFY, {"smile": "yes", "phone": "yes"})
    assert not fb.passed and fb.score == pytest.approx(1 / 3)
    assert sorted((c.id, c.passed) for c in fb.criteria) == [
        ("asks", False), ("phone", False), ("smile", True)]
    assert fb.criterion("phone").message == "Not \u201cReceptive\u201d. busy"
    assert fb.criterion("asks").message == "Not sorted yet."
    assert check_answer(CLASSIFY, {"smile": "yes", "phone": "no", "asks": "yes"}).passed


@pytest.mark.parametrize("answer", [{"smile": "maybe"}, {"ghost": "yes"}, ["smile"], "x", None])
def test_odd_classify_answers_become_feedback(answer: Any) -> None:
    fb = check_answer(CLASSIFY, answer)
    assert not fb.passed and "cannot be checked" in fb.summary


ORDER = make("order", """steps:
  - {id: a, text: A}
  - {id: b, text: B}
  - {id: c, text: C}
  - {id: d, text: D}
""")


@pytest.mark.parametrize(
    ("answer", "passed", "score", "placed"),
    [
        (["a", "b", "c", "d"], True, 1.0, 4),
        (["b", "a", "c", "d"], False, 0.5, 2),
        (["d", "c", "b", "a"], False, 0.0, 0),
        (["a", "c", "b", "d"], False, 0.5, 2),
        (["b", "c", "d", "a"], False, 0.0, 0),  # was "0 of 4 in place" next to 50%
    ],
)
def test_order_score_and_sentence_agree(answer: list[str], passed: bool, score: float,
                                        placed: int) -> None:
    fb = check_answer(ORDER, answer)
    assert fb.passed is passed and fb.score == pytest.approx(score)
    assert sum(c.passed for c in fb.criteria) == placed
    if not passed:
        assert f"{placed} of 4 steps" in fb.summary and fb.score == placed / 4


def test_order_names_steps_by_the_learners_position_and_text() -> None:
    fb = check_answer(ORDER, ["b", "c", "a", "d"])
    assert [c.id for c in fb.criteria] == ["b", "c", "a", "d"]  # in the learner's order
    assert [c.name for c in fb.criteria] == [
        "Your step 1, \u201cB\u201d", "Your step 2, \u201cC\u201d",
        "Your step 3, \u201cA\u201d", "Your step 4, \u201cD\u201d"]
    assert fb.criterion("a").message == "Not in its place yet: it comes earlier."
    assert fb.criterion("b").message == "Not in its place yet: it comes later."
    assert "1 of 4 steps is in the right place." in fb.summary


@pytest.mark.parametrize("answer", [["a", "b"], ["a", "b", "c", "d", "d"], ["a", "b", "c", "x"]])
def test_incomplete_order_is_feedback(answer: list[str]) -> None:
    assert "every step once" in check_answer(ORDER, answer).summary


RANGE = make("range", """min: 0
max: 100
unit: hours
solution: 30
bands:
  - {from: 0, to: 10, verdict: fail, feedback: soon}
  - {from: 10, to: 48, verdict: pass, feedback: good}
  - {from: 48, to: 100, verdict: fail, feedback: late}
""")


@pytest.mark.parametrize(
    ("value", "passed", "message"),
    [(0, False, "soon"), (10, False, "soon"), (10.5, True, "good"), (48, True, "good"),
     (48.01, False, "late"), (100, False, "late")],
)
def test_range_bands_include_their_upper_edge(value: float, passed: bool, message: str) -> None:
    fb = check_answer(RANGE, value)
    assert fb.passed is passed and fb.criterion("value").message == message
    assert fb.text.endswith(" hours")


@pytest.mark.parametrize("answer", [-1, 101, float("nan"), float("inf"), "24", True, None])
def test_out_of_range_values_are_feedback(answer: Any) -> None:
    fb = check_answer(RANGE, answer)
    assert not fb.passed and fb.summary


SCENARIO = make("scenario", """start: s
nodes:
  s:
    line: Hi
    choices:
      - {text: chat, goto: m, quality: good, feedback: nice}
      - {text: demand, goto: bad, quality: poor, feedback: pushy}
  m:
    line: Fun
    choices:
      - {text: ask, goto: good, quality: good, feedback: great}
      - {text: meh, goto: ok, quality: okay, feedback: fine}
  good: {line: yes, ending: good, summary: well done}
  ok: {line: hm, ending: okay}
  bad: {line: bye, ending: bad, summary: too pushy}
""")


@pytest.mark.parametrize(
    ("path", "passed", "score", "summary"),
    [
        (["s", "m", "good"], True, 1.0, "well done"),
        (["s", "m", "ok"], False, 0.75, "The role-play ended okay."),
        (["s", "bad"], False, 0.0, "too pushy"),
        (["s", "m"], False, 1.0, "not finished"),
        (["s"], False, 0.0, "not finished"),
    ],
)
def test_scenario_paths(path: list[str], passed: bool, score: float, summary: str) -> None:
    fb = check_answer(SCENARIO, path)
    assert fb.passed is passed and fb.score == pytest.approx(score) and summary in fb.summary
    assert [c.id for c in fb.criteria] == path[:-1]


@pytest.mark.parametrize("path", [["m", "good"], ["s", "good"], [], "s,m", [1, 2]])
def test_impossible_paths_are_feedback(path: Any) -> None:
    fb = check_answer(SCENARIO, path)
    assert not fb.passed and "cannot be checked" in fb.summary


REFLECT = make("reflect", "min_words: 3\n")


@pytest.mark.parametrize(
    ("text", "done"), [("I will try", True), ("ok", False), ("", False), (None, False),
                       ("   \n\t ", False), ("<script>alert(1)</script> is not   three", True)],
)
def test_reflect_counts_words_and_never_judges(text: Any, done: bool) -> None:
    fb = check_answer(REFLECT, text)
    assert fb.passed is done
    assert [c.id for c in fb.criteria] == ["written"]
