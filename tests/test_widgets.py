"""Views without a browser: set values, click, and check the Feedback and the HTML shown."""

from __future__ import annotations

import dataclasses
import html
import re
from typing import Any

import pytest
from ipywidgets import HTML

from tests.conftest import EXERCISES
from workshop.checkers import check_message
from workshop.exercises import Exercise, load_exercises, load_text
from workshop.widgets import (
    ChoiceView,
    ClassifyView,
    ConversationView,
    OrderView,
    RangeView,
    ReflectView,
    RewriteView,
    ScenarioView,
    view_for,
)
from workshop.widgets.visibility import SHOWN

CATALOG = load_exercises(EXERCISES)
XSS = "<img src=x onerror=alert(1)>"


class Store:
    """Records attempts like the progress store does."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, bool, float, Any]] = []

    def record(self, exercise_id: str, *, passed: bool, score: float, answer: Any) -> None:
        self.calls.append((exercise_id, passed, score, answer))

    def get(self, exercise_id: str) -> None:
        return None


def test_rewrite_view_shows_criteria_and_highlights() -> None:
    store = Store()
    view = RewriteView(CATALOG["rewrite-the-demand"], store)
    view.answer.value = "Come on, just give me your number"
    view.check.click()
    fb = view.last_feedback
    assert fb is not None and not fb.passed
    assert "no_pressure" in {c.id for c in fb.failed}
    assert "<mark class='workshop-bad'>" in view.feedback.value
    assert "✘ Not yet" in view.feedback.value and "No pressure" in view.feedback.value
    assert store.calls == [("rewrite-the-demand", False, fb.score,
                            "Come on, just give me your number")]


def test_hints_one_at_a_time_after_a_failed_attempt() -> None:
    view = RewriteView(CATALOG["rewrite-the-demand"])
    assert view.hint.disabled
    assert view.reveal_hint() == ""
    view.answer.value = "Give me your number."
    view.check.click()
    assert not view.hint.disabled
    view.hint.click()
    assert "Hint 1" in view.hints.value and "Hint 2" not in view.hints.value
    view.hint.click()
    view.hint.click()
    assert "Hint 3" in view.hints.value and view.hint.disabled


def test_model_answer_offered_after_two_failures_and_on_request() -> None:
    view = RewriteView(CATALOG["rewrite-the-demand"])
    assert view.model.layout.display == "none" and view.reveal_model() == ""  # not before a try
    view.answer.value = "Give me your number."
    view.check.click()
    assert view.model.layout.display == "none"
    view.check.click()
    assert view.model.layout.display != "none"
    assert view.model.button_style == "info" and "Stuck" in view.model.description
    view.model.click()
    assert "swap numbers" in view.solution.value
    view.answer.value = CATALOG["rewrite-the-demand"].solution
    assert view.submit().passed  # retry always possible


def test_choice_single() -> None:
    view = view_for(CATALOG["unsure-reply-choice"])
    assert isinstance(view, ChoiceView)
    view.check.click()
    assert view.last_feedback is not None and "choose an option first" in view.feedback.value
    view.select("fake-number")
    view.check.click()
    assert not view.last_feedback.passed
    view.select("honest-alternative")
    view.check.click()
    assert view.last_feedback.passed and "✔ Pass" in view.feedback.value


def _exercise(type_: str, body: str) -> Exercise:
    head = f"id: t\nsection: 01-the-art-of-asking\ntype: {type_}\ntitle: {XSS!r}\n"
    return load_text(f"{head}prompt: {XSS!r}\nminutes: 1\nhints: [{XSS!r}]\n{body}")


def test_choice_multiple_uses_checkboxes() -> None:
    ex = _exercise("choice", """options:
  - {id: a, text: A, correct: true, feedback: fa}
  - {id: b, text: B, correct: true, feedback: fb}
  - {id: c, text: C, feedback: fc}
""")
    view = ChoiceView(ex)
    view.boxes[0].value = True
    assert view.submit().score == 0.5
    view.boxes[1].value = True
    assert view.submit().passed


def test_classify_view() -> None:
    view = ClassifyView(CATALOG["read-the-room-cues"])
    assert all(p.value is None for p in view.pickers.values())
    assert all(p.label == "Choose..." for p in view.pickers.values())  # never a blank box
    for n, item in enumerate(view.cards, start=1):  # the label names the card
        assert view.pickers[item.id].description == f"Card {n}: {item.text}"
    for item in view.body.items:
        view.pickers[item.id].value = item.bucket
    assert view.submit().passed


def test_order_view_moves_steps() -> None:
    view = OrderView(CATALOG["connection-before-asking"])
    right = [s.id for s in view.exercise.body.steps]  # type: ignore[union-attr]
    assert view.order != right
    assert view.order == OrderView(CATALOG["connection-before-asking"]).order  # stable
    assert view.submit().details.get("blank")  # unmoved: nothing checked yet
    view.move(view.order[0], +1)
    assert not view.submit().passed
    for target, step in enumerate(right):
        while view.order.index(step) > target:
            row = view.rows.children[view.order.index(step)]
            row.children[0].click()  # the "Move n up" button
    assert view.order == right and view.submit().passed
    assert view.rows.children[0].children[0].disabled  # the first step cannot move up


def test_range_view() -> None:
    view = RangeView(CATALOG["follow-up-timing"])
    view.value.value = 100
    assert not view.submit().passed
    view.value.value = 30
    assert view.submit().passed and "30 hours" in view.feedback.value


def test_scenario_view_plays_to_an_ending_and_restarts() -> None:
    store = Store()
    view = ScenarioView(CATALOG["climbing-gym-scenario"], store)
    assert view.check.layout.display == "none"
    assert "Rosa" in view.line.value and len(view.choices.children) == 2
    view.choices.children[1].click()  # "Cool. Can I get your number?"
    assert "poor choice" in view.step_feedback.value
    view.choices.children[1].click()  # "Why not?"
    view.choices.children[1].click()  # guilt
    fb = view.last_feedback
    assert fb is not None and not fb.passed and "Ending: bad" in view.feedback.value
    assert view.choices.children == ()
    assert store.calls[-1][3] == ["opening", "too-soon", "pushy", "cool-ending"]
    view.restart.click()
    assert view.path == ["opening"] and view.feedback.value == ""
    for _ in range(3):
        view.choices.children[0].click()
    assert view.last_feedback is not None and view.last_feedback.passed
    assert view.choose(7) is None  # nothing to choose at an ending


def test_reflect_view_saves_without_verdict() -> None:
    store = Store()
    view = ReflectView(CATALOG["personal-plan"], store)
    assert view.check.description == "Save"
    view.answer.value = "I will ask with a reason at my running club."
    assert view.submit().passed and "Saved on this computer only" in view.feedback.value
    assert "Pass" not in view.feedback.value and "%" not in view.feedback.value  # no verdict


@pytest.mark.parametrize("type_", ["choice", "classify", "order", "range", "scenario", "reflect",
                                   "rewrite", "conversation"])
def test_instructor_and_learner_text_is_escaped(type_: str) -> None:
    bodies = {
        "choice": f"options:\n  - {{id: a, text: {XSS!r}, correct: true, feedback: {XSS!r}}}\n"
                  f"  - {{id: b, text: b, feedback: {XSS!r}}}\n",
        "classify": f"buckets:\n  - {{id: x, label: {XSS!r}}}\n  - {{id: y, label: y}}\n"
                    f"items:\n  - {{id: i, text: {XSS!r}, bucket: x, feedback: {XSS!r}}}\n"
                    f"  - {{id: j, text: j, bucket: y}}\n",
        "order": f"steps:\n  - {{id: a, text: {XSS!r}}}\n  - {{id: b, text: {XSS!r}}}\n",
        "range": f"min: 0\nmax: 10\nunit: {XSS!r}\nsolution: 5\n"
                 f"bands:\n  - {{from: 0, to: 10, verdict: pass, feedback: {XSS!r}}}\n",
        "scenario": f"start: s\nnodes:\n  s:\n    speaker: {XSS!r}\n    line: {XSS!r}\n"
                    f"    choices:\n      - {{text: {XSS!r}, goto: e, quality: good, "
                    f"feedback: {XSS!r}}}\n"
                    f"  e: {{line: {XSS!r}, ending: good, summary: {XSS!r}}}\n",
        "reflect": f"solution: {XSS!r}\n",
        "rewrite": f"kind: ask\nstart: {XSS!r}\nsolution: {XSS!r}\n",
        "conversation": f"start: s\nnodes:\n  s:\n    speaker: {XSS!r}\n    says: {XSS!r}\n"
                        f"    turn: {{kind: ask, cue: {XSS!r}}}\n"
                        f"    on: {{pass: e, no_pressure: e, fail: e}}\n"
                        f"  e: {{says: {XSS!r}, ending: good, summary: {XSS!r}}}\n"
                        f"solution: {XSS!r}\n",
    }
    view = view_for(_exercise(type_, bodies[type_]))
    if type_ == "scenario":
        view.choices.children[0].click()  # type: ignore[attr-defined]
    elif type_ == "conversation":
        view.say(XSS)  # type: ignore[attr-defined]
    elif type_ in ("rewrite", "reflect"):
        view.answer.value = XSS  # type: ignore[attr-defined]
        view.submit()
    else:
        view.submit()
    view.hint.click()
    view.model.click()
    shown = [c.value for c in _walk(view) if isinstance(c, HTML)]  # what renders as markup
    assert any("&lt;img" in s for s in shown)
    assert not any("<img" in s for s in shown)


def _walk(widget: Any) -> list[Any]:
    out = [widget]
    for child in getattr(widget, "children", ()):
        out += _walk(child)
    return out


def test_show_and_show_section(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    import workshop
    from workshop.errors import WorkshopError

    monkeypatch.setenv("WORKSHOP_EXERCISES", str(EXERCISES))
    monkeypatch.setenv("WORKSHOP_PROGRESS_DIR", str(tmp_path))
    assert isinstance(workshop.show("follow-up-timing"), RangeView)
    section = CATALOG.section("01-the-art-of-asking")
    assert [v.exercise for v in workshop.show_section("01-the-art-of-asking").children] == section
    with pytest.raises(WorkshopError, match="did you mean 'follow-up-timing'"):
        workshop.show("follow-up-timin")
    with pytest.raises(WorkshopError, match="no section"):
        workshop.show_section("07-nope")


@pytest.mark.parametrize(
    ("exercise_id", "answer", "read"),
    [
        ("rewrite-the-demand", "Give me your number", lambda v: v.answer.value),
        ("personal-plan", "I will try asking with a reason.", lambda v: v.answer.value),
        ("follow-up-timing", 30, lambda v: v.value.value),
        ("unsure-reply-choice", "maybe-later", lambda v: v.options.value),
        ("read-the-room-cues", {"asks-back": "receptive"}, lambda v: v.current_answer()),
        ("connection-before-asking", ["chat", "shared", "notice", "ask", "accept"],
         lambda v: v.order),
    ],
)
def test_saved_answer_comes_back_in_a_new_view(
    tmp_path: Any, exercise_id: str, answer: Any, read: Any
) -> None:
    from workshop.store import ProgressStore

    first = view_for(CATALOG[exercise_id], ProgressStore(tmp_path))
    first.restore(answer)
    fb = first.submit()
    again = view_for(CATALOG[exercise_id], ProgressStore(tmp_path))
    assert read(again) == answer
    assert "Saved progress: 1 attempt," in again.status.value
    assert f"best {fb.score:.0%}" in again.status.value


# --- consistency: what the feedback says agrees with what the learner sees --------------------

def test_classify_feedback_lists_cards_in_the_order_shown() -> None:
    view = ClassifyView(CATALOG["read-the-room-cues"])
    view.sort(**{view.cards[0].id: view.cards[0].bucket})
    fb = view.submit()
    assert [c.id for c in fb.criteria] == [c.id for c in view.cards]
    assert [c.name.split(",")[0] for c in fb.criteria] == [
        f"Card {n}" for n in range(1, len(view.cards) + 1)]
    shown = view.feedback.value
    positions = [shown.index(f"Card {n},") for n in range(1, len(view.cards) + 1)]
    assert positions == sorted(positions)


def test_a_required_point_is_never_called_optional() -> None:
    view = RewriteView(CATALOG["offer-your-number"])  # requires connection
    view.answer.value = "Here's my number if you'd ever like to text."
    fb = view.submit()
    connection = fb.criterion("connection")
    assert not connection.passed and not fb.passed
    assert "optional" not in connection.message.lower()
    assert "This exercise asks for it" in connection.message
    ask = check_message("ask", "Would you like to swap numbers so we can get coffee?")
    assert "Optional" in ask.criterion("out").message  # where it is optional, it says so


@pytest.mark.parametrize(
    ("exercise_id", "fill"),
    [
        ("unsure-reply-choice", lambda v: None),
        ("read-the-room-cues", lambda v: None),
        ("connection-before-asking", lambda v: None),  # the shuffled start, unmoved
        ("rewrite-the-demand", lambda v: setattr(v.answer, "value", "   \n")),
        ("personal-plan", lambda v: setattr(v.answer, "value", "")),
    ],
)
def test_check_with_nothing_filled_in_prompts_and_records_nothing(exercise_id: str,
                                                                    fill: Any) -> None:
    store = Store()
    view = view_for(CATALOG[exercise_id], store)
    fill(view)
    view.check.click()
    view.check.click()
    assert store.calls == [] and view.failures == 0
    assert "Nothing to" in view.feedback.value and "Try again" not in view.feedback.value
    assert view.hint.disabled and view.model.layout.display == "none"


def test_model_answer_is_offered_after_a_pass_too() -> None:
    view = RewriteView(CATALOG["rewrite-the-demand"])
    assert view.model.layout.display == "none"
    view.answer.value = CATALOG["rewrite-the-demand"].solution
    assert view.submit().passed
    assert view.model.layout.display != "none" and view.reveal_model()


def test_hints_are_cleared_after_a_pass() -> None:
    view = RewriteView(CATALOG["rewrite-the-demand"])
    view.answer.value = "Give me your number."
    view.check.click()
    view.hint.click()
    assert "Hint 1" in view.hints.value
    view.answer.value = CATALOG["rewrite-the-demand"].solution
    view.check.click()
    assert view.hints.value == "" and view.hint.disabled


def test_counts_are_singular_or_plural() -> None:
    fb = check_message("follow_up", "Hi", hours=30)
    assert "(1 word)" in fb.criterion("brief").message
    assert "(2 words)" in check_message("follow_up", "Hi Ilse", hours=30).criterion(
        "brief").message
    assert "1 minute " not in check_message("follow_up", "Hi", hours=0.5).criterion(
        "timely").message
    view = ChoiceView(_exercise("choice", """options:
  - {id: a, text: A, correct: true, feedback: fa}
  - {id: b, text: B, correct: true, feedback: fb}
  - {id: c, text: C, feedback: fc}
"""))
    view.select("a")
    assert "1 more right option to find." in view.submit().criterion("missed").message
    text = str(view.last_feedback) + view.feedback.value
    assert "(s)" not in text


def test_status_says_attempt_or_attempts(tmp_path: Any) -> None:
    from workshop.store import ProgressStore

    view = view_for(CATALOG["follow-up-timing"], ProgressStore(tmp_path))
    view.value.value = 100
    view.check.click()
    assert "1 attempt," in view.status.value
    view.check.click()
    assert "2 attempts," in view.status.value


def test_quotes_keep_whole_phrases() -> None:
    text = ("Hi Ilse, it's Moana from the beach clean-up. Why haven't you messaged me yet? "
            "Reply tonight.")
    fb = check_message("follow_up", text, hours=30)
    assert '("it\'s Moana from the beach clean-up")' in fb.criterion("references_meeting").message
    assert "it's Moana from the\"" not in str(fb) and "it's Moana from the'" not in str(fb)


def test_a_quote_ends_at_an_emoji_as_at_a_full_stop() -> None:
    fb = check_message("ask", "the quiz had us both stumped tonight 😂 swap numbers so we can "
                              "try the next one? totally fine if not")
    assert '("us both stumped tonight")' in fb.criterion("connection").message


def test_praise_and_problem_words_are_marked_apart_with_a_legend() -> None:
    text = ("Hi Ilse, it's Moana from the beach clean-up. Why haven't you messaged me yet? "
            "Reply tonight.")
    shown = check_message("follow_up", text, hours=30)._repr_html_()
    assert "<mark class='workshop-good'>" in shown and "<mark class='workshop-bad'>" in shown
    assert "workshop-legend" in shown
    passing = check_message("follow_up", "Hi Ilse, lovely meeting you at the beach clean-up!",
                            hours=30)._repr_html_()
    assert "workshop-bad" not in passing and "workshop-legend" not in passing
    assert "workshop-pass" in passing and "✔ Pass" in passing


def test_step_buttons_say_which_step_they_move() -> None:
    view = OrderView(CATALOG["connection-before-asking"])
    for n, row in enumerate(view.rows.children, start=1):
        up, down = row.children[0], row.children[1]
        step = view.text[view.order[n - 1]]
        assert (up.description, down.description) == (f"Move {n} up", f"Move {n} down")
        assert up.tooltip.startswith(f"Move step {n} up: ") and step[:20] in up.tooltip


def test_every_contract_criterion_has_a_plain_label() -> None:
    from workshop.checkers.contract import CRITERIA
    from workshop.checkers.labels import CRITERION_LABELS

    for kind, ids in CRITERIA.items():
        for cid in ids:
            assert cid in CRITERION_LABELS, f"{kind}: {cid} has no label"
            assert "_" not in CRITERION_LABELS[cid] and CRITERION_LABELS[cid].lower() != cid


def test_scenario_shows_hints_and_model_answer_like_other_views() -> None:
    view = ScenarioView(CATALOG["climbing-gym-scenario"])
    assert view.check.layout.display == "none"  # the choices are the answer
    assert view.hint.layout.display != "none" and view.hint.disabled
    assert view.model.layout.display == "none"
    for _ in range(2):  # two bad endings
        for _ in range(3):
            view.choices.children[1].click()
        view.restart.click()
    assert not view.hint.disabled and view.model.layout.display != "none"


def test_the_header_marks_exercises_off_the_core_path() -> None:
    optional = next(e for e in CATALOG.values() if e.optional)
    core = next(e for e in CATALOG.values() if not e.optional)
    assert ", optional)</small>" in view_for(optional).header.value
    assert "optional" not in view_for(core).header.value.split("</h4>")[0]


# --- "I think this feedback is wrong" ------------------------------------------------------------
ODD_TEXTS = ["\ud800 lone \udfff surrogates", "x" * 200_000, "\x00\x1b[31m\u202e", "👋🏽" * 40,
             "<img src=x onerror=alert(1)>", "line\r\nbreaks\tand tabs"]


def flagged_view(store: Any, text: str = "Give me your number.") -> RewriteView:
    """A rewrite view whose answer ``text`` was checked, with the flag's form open."""
    view = RewriteView(CATALOG["rewrite-the-demand"], store)
    view.answer.value = text
    view.check.click()
    assert view.disagree is not None
    view.disagree.flag.click()
    return view


def test_the_flag_shows_only_after_a_check_with_text_feedback(tmp_path: Any) -> None:
    from workshop.widgets.disagree import FLAG_LABEL

    view = RewriteView(CATALOG["rewrite-the-demand"])
    assert view.disagree is not None and view.disagree.layout.display == "none"
    view.check.click()  # nothing written: a prompt to answer, not feedback
    assert view.disagree.layout.display == "none"
    view.answer.value = "Give me your number."
    view.check.click()
    assert view.disagree.layout.display == SHOWN and view.disagree.flag.description == FLAG_LABEL
    view.answer.value = "   "
    view.check.click()
    assert view.disagree.layout.display == "none"
    assert {e.type for e in CATALOG.values() if view_for(e).disagree is not None} == {"rewrite"}


def test_flagging_saves_the_case_once_with_the_points_and_the_note(tmp_path: Any) -> None:
    from workshop.store import ProgressStore

    store = ProgressStore(tmp_path)
    view = flagged_view(store)
    panel, form = view.disagree, view.disagree.form if view.disagree else None
    assert panel is not None and form is not None
    assert form.layout.display == SHOWN and panel.flag.layout.display == "none"
    labels = {pid: box.description for pid, box in form.points}
    assert labels["verdict"] == "The overall result (marked “try again”)"
    assert labels["no_pressure"] == "No pressure (marked “not yet”)"
    assert not any("_" in label for label in labels.values())  # plain words, no ids
    dict(form.points)["no_pressure"].value = True
    form.comment.value = "I asked nicely"
    form.send_button.click()
    assert "Thank you" in panel.thanks.value and "role='status'" in panel.thanks.value
    assert form.layout.display == "none"
    form.send_button.click()  # repeated clicks, and the same answer checked and flagged again
    panel.flag.click()
    view.check.click()
    panel.flag.click()
    form.send_button.click()
    [saved] = store.disagreements.all()
    assert saved == panel.last_case
    assert (saved.exercise, saved.kind, saved.text) == ("rewrite-the-demand", "ask",
                                                        "Give me your number.")
    assert saved.disputed == ("no_pressure",) and saved.comment == "I asked nicely"
    fb = view.last_feedback
    assert fb is not None and saved.criteria == tuple((c.id, c.passed) for c in fb.criteria)
    assert not saved.passed and "already flagged" in panel.thanks.value
    view.answer.value = "Give me your number, please."  # a new answer may be flagged
    view.check.click()
    assert panel.flag.layout.display == SHOWN and panel.thanks.value == ""


def test_cancel_closes_the_form_and_saves_nothing(tmp_path: Any) -> None:
    from workshop.store import ProgressStore

    store = ProgressStore(tmp_path)
    view = flagged_view(store)
    assert view.disagree is not None and view.disagree.form is not None
    view.disagree.form.cancel_button.click()
    assert view.disagree.form.layout.display == "none"
    assert view.disagree.flag.layout.display == SHOWN
    assert store.disagreements.all() == [] and view.disagree.thanks.value == ""


def test_every_control_of_the_flag_has_an_accessible_name(tmp_path: Any) -> None:
    view = flagged_view(None)
    assert view.disagree is not None
    controls = [w for w in _walk(view.disagree)
                if type(w).__name__ in ("Button", "Checkbox", "Textarea")]
    assert len(controls) >= 6
    assert all(w.description.strip() for w in controls)
    assert all(w.tooltip for w in controls if type(w).__name__ == "Button")


@pytest.mark.parametrize("text", ODD_TEXTS, ids=range(len(ODD_TEXTS)))
def test_any_learner_input_is_flagged_without_an_error(tmp_path: Any, text: str) -> None:
    from workshop.store import ProgressStore

    store = ProgressStore(tmp_path)
    view = flagged_view(store, text)
    assert view.disagree is not None and view.disagree.form is not None
    for _, box in view.disagree.form.points:
        box.value = True
    view.disagree.form.comment.value = text * 3
    view.disagree.form.send_button.click()
    [saved] = store.disagreements.all()
    assert len(saved.disputed) == len(view.disagree.form.points)
    assert "Thank you!" in view.disagree.thanks.value


class FailingStore(Store):
    """A progress store whose folder cannot be written."""

    def add_disagreement(self, case: Any) -> Any:
        from workshop.errors import WorkshopError

        raise WorkshopError("progress folder /x cannot be written (Read-only file system)")


@pytest.mark.parametrize("store", [None, FailingStore()], ids=["no-store", "read-only"])
def test_a_case_that_cannot_be_saved_is_a_plain_sentence(store: Any) -> None:
    view = flagged_view(store)
    assert view.disagree is not None and view.disagree.form is not None
    view.disagree.form.send_button.click()
    thanks = view.disagree.thanks.value
    assert "could not be saved with your progress this time" in thanks
    assert "/x" not in thanks and "Read-only" not in thanks


def test_a_learner_in_a_class_also_sends_a_redacted_copy(monkeypatch: pytest.MonkeyPatch,
                                                        tmp_path: Any) -> None:
    import json

    from workshop.classroom import joining
    from workshop.classroom.redact import PHONE
    from workshop.store import ProgressStore

    for name, value in (("_joined", None), ("_from_env", None), ("_problem", "")):
        monkeypatch.setattr(joining, name, value)
    room = joining.join_class(tmp_path / "class")
    view = flagged_view(ProgressStore(tmp_path / "progress"), "Text me on 07700 900123")
    assert view.disagree is not None and view.disagree.form is not None
    assert "A copy goes to your class" in view.disagree.form.where.value
    view.disagree.form.send_button.click()
    view.disagree.form.send_button.click()
    assert "A copy went to your class" in view.disagree.thanks.value
    [line] = (room.folder / f"disagree-{room.session}.jsonl").read_text("utf-8").splitlines()
    assert json.loads(line)["text"] == f"Text me on {PHONE}"


# --- conversation: type a line, click Say it ------------------------------------------------

CAFE = CATALOG["board-game-cafe-conversation"]
GOOD_ASK = ("I've really enjoyed playing Wingspan with you tonight. Would you like to swap "
            "numbers so we can set up a rematch? Totally fine if not.")


def say(view: ConversationView, line: str) -> None:
    """Type ``line`` and press Say it, as a learner does."""
    view.line.value = line
    view.say_it.click()


def test_conversation_speaks_first_and_names_its_controls() -> None:
    view = ConversationView(CAFE)
    assert view.check.layout.display == "none"  # Say it is the answer; there is no Check
    assert "<strong>Jun:</strong> That last round was wild" in view.dialogue.value
    assert "role='log'" in view.dialogue.value
    assert view.cue.value == "<p><strong>Your turn:</strong> Ask Jun for their number.</p>"
    assert (view.line.description, view.say_it.description) == ("You say", "Say it")
    assert view.say_it.tooltip == "Say your line to Jun"
    assert view.restart.description == "Start again"


def test_conversation_to_a_polite_no_taken_well_is_a_good_ending() -> None:
    store = Store()
    view = ConversationView(CAFE, store)
    say(view, "Can I get your number?")
    assert "<strong>You:</strong> Can I get your number?" in view.dialogue.value
    assert view.dialogue.value.endswith("<strong>Jun:</strong> Oh! Um... what for?</p></div>")
    assert view.line.value == "" and view.feedback.value == "" and store.calls == []
    assert "Say what it is for, and ask again." in view.cue.value
    say(view, "So we can play a rematch next Thursday - would you like to swap numbers? "
              "No pressure.")
    assert "I&#x27;d rather not swap numbers" in view.dialogue.value
    say(view, "No worries at all - thanks for a great game, Jun!")
    fb = view.last_feedback
    assert fb is not None and fb.passed and fb.details["ending"] == "gracious"
    assert view.finished and view.cue.value == ""
    assert view.line.layout.display == "none" and view.say_it.layout.display == "none"
    assert view.restart.layout.display != "none"
    shown = view.feedback.value
    assert "✔ A good ending" in shown and "asking well is" in shown
    # the debrief: every line of the learner's, in order, with the checker's own feedback
    lines = [t.text for t in fb.details["turns"]]  # type: ignore[attr-defined]
    quoted = re.findall(r"<blockquote class='workshop-answer'>(.*?)</blockquote>", shown)
    assert [html.unescape(re.sub(r"<[^>]+>", "", q)) for q in quoted] == lines
    assert shown.count("class='workshop-feedback workshop-") == 4  # the whole, and each line
    assert "Says what the number is for" in shown and "Jun reacted to" in shown
    assert store.calls == [(CAFE.id, True, fb.score, lines)]


def test_conversation_to_a_bad_ending_then_start_again() -> None:
    store = Store()
    view = ConversationView(CAFE, store)
    say(view, "Give me your number before you go.")
    fb = view.last_feedback
    assert fb is not None and not fb.passed and fb.details["ending"] == "leaves"
    assert "✘ A bad ending" in view.feedback.value and "Pressure" in view.feedback.value
    assert "“No pressure” was not met yet: that is what Jun reacted to." in view.feedback.value
    assert not view.hint.disabled  # a hint after a bad ending, as after a failed check
    assert view.say("more?").details == {"blank": True}  # nothing to say after the end
    view.restart.click()
    assert view.turns == [] and view.feedback.value == "" and not view.finished
    assert view.line.layout.display == SHOWN and "Your turn" in view.cue.value
    say(view, GOOD_ASK)
    assert view.last_feedback is not None and view.last_feedback.passed
    assert [c[1] for c in store.calls] == [False, True]  # both attempts recorded


@pytest.mark.parametrize("typed", ["", "   \n\t "])
def test_conversation_with_nothing_typed_prompts_and_takes_no_turn(typed: str) -> None:
    store = Store()
    view = ConversationView(CAFE, store)
    before = view.dialogue.value
    say(view, typed)
    assert view.turns == [] and view.dialogue.value == before and store.calls == []
    assert "Nothing said yet" in view.feedback.value
    assert view.last_feedback is not None and view.last_feedback.details == {"blank": True}
    view.submit()  # the hidden Check mid-way: still nothing to record
    assert store.calls == [] and view.failures == 0


@pytest.mark.parametrize("typed", [
    "\ud800Can I get your number?\udfff",
    "x" * 1_000_000,
    "Can I get your number? " * 5000,
    "<script>alert(1)</script>",
    "\x00\x1b[31m",
    "🙂🙂🙂",
])
def test_conversation_never_raises_on_what_is_typed(tmp_path: Any, typed: str) -> None:
    from workshop.store import ProgressStore

    store = ProgressStore(tmp_path)
    view = ConversationView(CAFE, store)
    for _ in range(6):
        if view.finished:
            break
        say(view, typed)
    assert view.finished and view.last_feedback is not None
    assert "<script>" not in view.dialogue.value + view.feedback.value
    assert all(len(t.text) <= 5000 for t in view.turns)
    saved = store.get(CAFE.id)
    assert saved is not None and saved.attempts == 1
    assert saved.last_answer == [t.text for t in view.turns]
    (view.dialogue.value + view.feedback.value).encode("utf-8")  # sendable to the browser


def test_conversation_progress_is_passed_at_a_good_ending(tmp_path: Any) -> None:
    from workshop.store import ProgressStore, section_summary

    store = ProgressStore(tmp_path)
    view = ConversationView(CAFE, store)
    say(view, "Give me your number before you go.")
    saved = store.get(CAFE.id)
    assert saved is not None and (saved.attempts, saved.passed) == (1, False)
    view.restart.click()
    say(view, GOOD_ASK)
    saved = store.get(CAFE.id)
    assert saved is not None and (saved.attempts, saved.passed) == (2, True)
    assert saved.last_answer == [GOOD_ASK]
    [section] = section_summary(store, [CAFE])
    assert (section.done, section.total) == (1, 1)
    again = ConversationView(CAFE, ProgressStore(tmp_path))  # starts afresh, says what is saved
    assert again.turns == [] and "Saved progress: 2 attempts, best" in again.status.value


def test_conversation_model_answer_after_two_bad_endings_and_none_in_a_copy() -> None:
    view = ConversationView(CAFE)
    for _ in range(2):
        say(view, "Give me your number before you go.")
        view.restart.click()
    assert view.model.layout.display != "none" and "rematch" in view.reveal_model()
    assert "Hint 1" not in view.hints.value and view.reveal_hint() == CAFE.hints[0]
    copy = dataclasses.replace(CAFE, solution=None, examples=(), answers_removed=True)
    view = ConversationView(copy)
    for _ in range(2):
        say(view, "Give me your number before you go.")
        view.restart.click()
    assert view.model.layout.display == "none" and view.reveal_model() == ""
    assert view.reveal_hint() == CAFE.hints[0]
