"""The conversation type's core: the model, playing lines, the graph checks and self-tests.

The views, the class pulse and the printouts have their tests with the other types
(test_widgets, test_classroom, test_builds); the bad files are in tests/data/bad.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import EXERCISES
from workshop.checkers import check_answer, check_message
from workshop.checkers.conversation import MAX_LINE, clean_line, play, take_turn
from workshop.cli import main
from workshop.errors import ExerciseError
from workshop.exercises import Exercise, load_exercises, load_text
from workshop.exercises.conversation import cue, graph_problems, other_person
from workshop.exercises.model import ConversationBody, Example, Talk
from workshop.selftest import run_example

CAFE = load_exercises(EXERCISES)["board-game-cafe-conversation"]
GOOD_ASK = ("I've really enjoyed playing Wingspan with you tonight. Would you like to swap "
            "numbers so we can set up a rematch? Totally fine if not.")
ORDER = "Give me your number before you go."  # fails both question and no_pressure
NO_REASON = "Can I get your number?"  # a polite question with no reason and no shared moment
GRACE = "No worries at all - thanks for a great game, Jun!"

HEAD = ("id: x\nsection: 01-the-art-of-asking\ntype: conversation\ntitle: t\nprompt: p\n"
        "minutes: 2\n")


def body_of(exercise: Exercise) -> ConversationBody:
    assert isinstance(exercise.body, ConversationBody)
    return exercise.body


def conversation(nodes: str, extra: str = "") -> Exercise:
    """A conversation from the YAML of its nodes (start: opening)."""
    return load_text(HEAD + "start: opening\nnodes:\n" + nodes + extra)


#: one ask turn: pressure -> bad, missing reason -> okay, pass -> good (the order written here)
SMALL = """\
  opening:
    speaker: Sam
    says: Fun evening!
    turn:
      kind: ask
    on:
      no_pressure: bad
      reason: okay
      pass: good
      fail: okay
  good: {says: Swapped., ending: good}
  okay: {says: The moment passes., ending: okay}
  bad: {says: Sam leaves., ending: bad}
"""


# --- the branch an outcome follows ----------------------------------------------------------
@pytest.mark.parametrize(("passed", "failed", "outcome"), [
    (True, [], "pass"),
    (True, ["reason", "out"], "pass"),  # a pass always wins, whatever else was missed
    (False, ["reason", "no_pressure"], "no_pressure"),  # listed first in `on`, so it wins
    (False, ["reason"], "reason"),
    (False, ["question", "out"], "fail"),  # nothing listed failed: the fallback
    (False, [], "fail"),
])
def test_outcome_precedence(passed: bool, failed: list[str], outcome: str) -> None:
    node = Talk("n", "Hi", on={"no_pressure": "a", "reason": "b", "pass": "c", "fail": "d"})
    assert node.outcome(passed, failed) == outcome


def test_the_order_in_the_file_decides_which_failed_criterion_wins() -> None:
    swapped = SMALL.replace("      no_pressure: bad\n      reason: okay\n",
                            "      reason: okay\n      no_pressure: bad\n")
    fb = check_message("ask", "Can I have your number? I won't take no for an answer.")
    assert {"reason", "no_pressure"} <= {c.id for c in fb.failed}
    line = ["Can I have your number? I won't take no for an answer."]
    assert check_answer(conversation(SMALL), line).details["ending"] == "bad"
    assert check_answer(conversation(swapped), line).details["ending"] == "okay"


# --- playing lines --------------------------------------------------------------------------
def test_a_turn_is_judged_by_its_kind_and_follows_the_reaction() -> None:
    body = body_of(CAFE)
    turn = take_turn(body, "game-over", NO_REASON)
    assert (turn.node, turn.outcome, turn.next) == ("game-over", "reason", "what-for")
    assert turn.feedback == check_message("ask", NO_REASON)
    after = take_turn(body, "polite-no", GRACE)  # judged as an after_no, not as an ask
    assert after.feedback.kind == "after_no" and after.outcome == "pass"
    with pytest.raises(ValueError, match="is an ending"):
        take_turn(body, "says-yes", GOOD_ASK)


@pytest.mark.parametrize(("lines", "ending", "passed"), [
    ([GOOD_ASK], "says-yes", True),
    ([NO_REASON, GOOD_ASK, GRACE], "gracious", True),  # asked well, a polite no, taken well
    ([ORDER], "leaves", False),
    ([NO_REASON, GOOD_ASK, "Wow, okay. I was just being nice."], "guilt", False),
])
def test_check_answer_plays_the_lines_to_an_ending(lines: list[str], ending: str,
                                                   passed: bool) -> None:
    fb = check_answer(CAFE, lines)
    assert (fb.passed, fb.details["ending"], fb.details["unused"]) == (passed, ending, 0)
    assert fb.summary == body_of(CAFE).nodes[ending].summary
    assert [c.id for c in fb.criteria] == [t.node for t in fb.details["turns"]]  # type: ignore[attr-defined]
    assert [c.passed for c in fb.criteria] == [
        check_message(body_of(CAFE).nodes[c.id].kind, line).passed
        for c, line in zip(fb.criteria, lines, strict=True)]
    assert all(c.name.startswith("You said “") for c in fb.criteria)
    assert fb.score == sum(c.passed for c in fb.criteria) / len(lines)


def test_an_unfinished_conversation_does_not_pass() -> None:
    fb = check_answer(CAFE, [NO_REASON])
    assert not fb.passed and fb.details["ending"] is None and fb.details["at"] == "what-for"
    assert fb.summary == "The conversation is not finished yet."


def test_lines_after_an_ending_are_counted_not_played() -> None:
    run = play(body_of(CAFE), [ORDER, GOOD_ASK, GRACE])
    assert (run.at, run.unused, len(run.turns)) == ("leaves", 2, 1)


@pytest.mark.parametrize("answer", [None, 3, {"line": "hi"}, [], [1, 2]])
def test_an_answer_that_is_not_lines_is_feedback_not_an_error(answer: object) -> None:
    fb = check_answer(CAFE, answer)
    assert not fb.passed and fb.summary.startswith("Those lines cannot be played")


@pytest.mark.parametrize(("text", "kept"), [
    ("  Can I get your number?\n", "Can I get your number?"),
    ("\ud800can I get your number\udfff?", "\ufffdcan I get your number\ufffd?"),
    ("", ""),
    (None, ""),
    (42, "42"),
    ("x" * (MAX_LINE + 10), "x" * MAX_LINE),
])
def test_clean_line(text: object, kept: str) -> None:
    assert clean_line(text) == kept
    kept.encode("utf-8")  # savable and sendable


@pytest.mark.parametrize("text", ["\ud800\udfff", "\x00" * 50, "🙂" * 3000, "<script>", " \t\n"])
def test_any_line_plays_without_raising(text: str) -> None:
    fb = check_answer(CAFE, [text, text, text])
    assert not fb.details["unused"] or fb.details["ending"]


def test_cues_and_the_other_person() -> None:
    body = body_of(CAFE)
    assert cue(body.nodes["game-over"]) == "Ask Jun for their number."  # its own cue
    assert cue(Talk("n", "Hi", kind="after_no")) == "Answer them."
    assert cue(Talk("n", "Hi", kind="reply", context={"intent": "unsure"})) == (
        "Say you are not sure yet.")
    assert other_person(body) == "Jun"


# --- the graph, checked as the loader builds it ---------------------------------------------
def test_a_loop_with_a_way_out_is_allowed() -> None:
    nodes = SMALL.replace("      reason: okay\n", "      reason: again\n") + """\
  again:
    speaker: Sam
    says: What for?
    turn: {kind: ask}
    on: {pass: good, reason: again, fail: okay}
"""
    body = body_of(conversation(nodes))
    assert body.nodes["again"].on == {"pass": "good", "reason": "again", "fail": "okay"}
    line = "Could I have your number?"
    run = play(body, [line, line, line])
    assert [t.next for t in run.turns] == ["again", "again", "again"]


def test_reply_criteria_follow_the_intent_and_context_is_checked() -> None:
    nodes = SMALL.replace("    turn:\n      kind: ask\n", "    turn:\n      kind: reply\n"
                          "      context: {intent: no}\n")
    nodes = nodes.replace("no_pressure: bad", "polite: bad").replace("reason: okay",
                                                                    "clear_no: okay")
    assert body_of(conversation(nodes)).nodes["opening"].context == {"intent": "no"}
    wrong = nodes.replace("intent: no", "intent: no, hours: 3")
    with pytest.raises(ExerciseError, match=r"nodes\.opening\.turn\.context\.hours: "
                                            r"'reply' takes no 'hours'"):
        conversation(wrong)


def test_every_problem_of_a_graph_is_reported_at_once() -> None:
    nodes = SMALL.replace("no_pressure: bad", "clear_no: bad").replace("pass: good",
                                                                       "pass: gone")
    with pytest.raises(ExerciseError) as info:
        conversation(nodes)
    fields = [e.field for e in info.value.errors]
    assert fields == ["nodes.opening.on.clear_no", "nodes.opening.on.pass"]


def test_graph_problems_of_a_body_made_in_code() -> None:
    # the loader's schema already requires pass and fail; a body made in code is checked too
    body = ConversationBody("a", {
        "a": Talk("a", "Hi", kind="ask", on={"question": "end"}),
        "end": Talk("end", "Bye", ending="good"),
    })
    problems = [(p.node, p.field, p.problem) for p in graph_problems(body)]
    assert problems == [("a", "on", "has no 'pass' outcome"), ("a", "on", "has no 'fail' outcome")]
    body.nodes["a"] = Talk("a", "Hi", kind="ask", on={"pass": "end", "fail": "end"},
                           summary="x")
    assert [p.field for p in graph_problems(body)] == ["summary"]


def test_an_ending_needs_no_line_of_the_learner() -> None:
    exercise = conversation(SMALL)
    assert [n.id for n in body_of(exercise).nodes.values() if n.is_ending] == ["good", "okay",
                                                                              "bad"]


# --- examples as self-tests -----------------------------------------------------------------
def _with_example(example: str) -> Exercise:
    return conversation(SMALL, "examples:\n" + example)


def test_an_example_must_reach_its_ending() -> None:
    exercise = _with_example(f"  - answer: [{NO_REASON!r}]\n    ending: bad\n"
                             "    verdict: fail\n")
    outcome = run_example(exercise, 0)
    assert outcome.problem == ("expected to end at 'bad', the lines end at 'okay' "
                               "(path: opening (reason) -> okay)")


def test_an_example_that_stops_early_or_runs_on_is_reported() -> None:
    nodes = SMALL.replace("reason: okay", "reason: again") + """\
  again:
    speaker: Sam
    says: What for?
    turn: {kind: ask}
    on: {pass: good, fail: okay}
"""
    early = conversation(nodes, f"examples:\n  - answer: [{NO_REASON!r}]\n    ending: okay\n"
                                "    verdict: fail\n")
    assert run_example(early, 0).problem.startswith(
        "expected to end at 'okay', the lines stop at 'again' before any ending")
    late = conversation(SMALL, f"examples:\n  - answer: [{ORDER!r}, {GRACE!r}]\n"
                               "    ending: bad\n    verdict: fail\n")
    assert run_example(late, 0).problem == "1 line left after the ending 'bad'"


def test_the_shipped_examples_cover_a_good_and_a_bad_ending() -> None:
    endings = {x.ending: x for x in CAFE.examples}
    nodes = body_of(CAFE).nodes
    assert {nodes[e].ending for e in endings} == {"good", "okay", "bad"}
    assert "gracious" in endings and endings["gracious"].passes  # a respected no is good
    assert all(isinstance(x, Example) and run_example(CAFE, i).ok
               for i, x in enumerate(CAFE.examples))


def test_validate_reports_a_wrong_ending_in_the_kit_form(tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]
                                                         ) -> None:
    folder = tmp_path / "01-the-art-of-asking"
    folder.mkdir()
    path = folder / "x.yaml"
    path.write_text(HEAD + "start: opening\nnodes:\n" + SMALL + "examples:\n"
                    f"  - answer: [{ORDER!r}]\n    ending: okay\n    verdict: fail\n", "utf-8")
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    line = next(n for n, text in enumerate(path.read_text().splitlines(), 1) if "- answer" in text)
    assert out.startswith(f"{path}:{line}: examples[0]: expected to end at 'okay', the lines "
                          "end at 'bad' (path: opening (no_pressure) -> bad); fix the example")
