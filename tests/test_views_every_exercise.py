"""Every shipped exercise, in the full kit and in a learner copy, through its view.

A learner must find a visible Check button that works, and feedback that names each point in
plain words: never an id such as ``no_pressure``, ``must-0`` or a card's ``laughs-turns``.
"""

from __future__ import annotations

import dataclasses
import html
import re
from collections.abc import Iterator
from typing import Any

import ipywidgets as w
import pytest

from tests.conftest import EXERCISES, ROOT
from workshop.builds import build_learner
from workshop.exercises import Exercise, load_exercises
from workshop.exercises.model import (
    ChoiceBody,
    ClassifyBody,
    ConversationBody,
    OrderBody,
    RangeBody,
    RewriteBody,
    ScenarioBody,
)
from workshop.widgets import ConversationView, ExerciseView, OrderView, ScenarioView, view_for

CATALOG = load_exercises(EXERCISES)
IDS = sorted(CATALOG)
COPIES = ["kit", "learner"]


@pytest.fixture(scope="module")
def learner_catalog(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Exercise]:
    out = tmp_path_factory.mktemp("learner") / "copy"
    build_learner(out, ROOT)
    return dict(load_exercises(out / "exercises").items())


@pytest.fixture(params=COPIES)
def copy(request: pytest.FixtureRequest, learner_catalog: dict[str, Exercise]) -> str:
    return str(request.param)


def _exercise(copy: str, exercise_id: str, learner: dict[str, Exercise]) -> Exercise:
    exercise = CATALOG[exercise_id] if copy == "kit" else learner[exercise_id]
    assert exercise.answers_removed == (copy == "learner")
    return exercise


# --- a visible, enabled Check ---------------------------------------------------------------

def _path_to(root: w.Widget, target: w.Widget) -> list[w.Widget] | None:
    """The widgets from ``root`` down to ``target``, or None if it is not inside."""
    if root is target:
        return [root]
    for child in getattr(root, "children", ()):
        found = _path_to(child, target)
        if found is not None:
            return [root, *found]
    return None


def _usable(view: ExerciseView, button: w.Button) -> bool:
    path = _path_to(view, button)
    assert path is not None, f"{button.description!r} is not in the view"
    return not button.disabled and all(x.layout.display != "none" for x in path)


@pytest.mark.parametrize("exercise_id", IDS)
def test_every_view_has_a_visible_enabled_check(
        copy: str, exercise_id: str, learner_catalog: dict[str, Exercise]) -> None:
    view = view_for(_exercise(copy, exercise_id, learner_catalog))
    if isinstance(view, ScenarioView):  # the choices are the answer; there is no Check
        assert view.choices.children
        assert all(_usable(view, b) for b in view.choices.children)
        return
    if isinstance(view, ConversationView):  # each line is said with Say it; there is no Check
        assert _usable(view, view.say_it) and _usable(view, view.line)
        return
    assert _usable(view, view.check), f"{exercise_id} ({copy}): no usable Check button"


def test_the_usable_check_finds_a_hidden_check() -> None:
    view = view_for(CATALOG["rewrite-the-demand"])
    view.model.layout.display = "none"  # as a shared Layout once did to all three buttons
    assert _usable(view, view.check)
    row = next(c for c in view.children if view.check in getattr(c, "children", ()))
    row.layout.display = "none"  # the row of buttons
    assert not _usable(view, view.check)


# --- a failing answer to every exercise, and what it shows ----------------------------------

FAILING_TEXT = "Give me your number now."


def _fail(view: ExerciseView) -> None:
    """Answer ``view`` wrongly, as a learner would, and check."""
    body = view.exercise.body
    if isinstance(body, ChoiceBody):
        wrong = [o.id for o in body.options if not o.correct]
        right = [o.id for o in body.options if o.correct]
        view.select(*(right[:1] + wrong[:1] if body.multiple else wrong[:1]))  # type: ignore[attr-defined]
    elif isinstance(body, ClassifyBody):
        first, *rest = body.items
        view.sort(**{first.id: first.bucket},  # type: ignore[attr-defined]
                  **{i.id: next(b.id for b in body.buckets if b.id != i.bucket) for i in rest})
    elif isinstance(body, OrderBody):
        assert isinstance(view, OrderView)
        view.move(view.order[0], +1)
    elif isinstance(body, RangeBody):
        band = next(b for b in body.bands if b.verdict != "pass")
        view.value.value = band.high  # type: ignore[attr-defined]
    elif isinstance(body, RewriteBody):
        view.answer.value = FAILING_TEXT  # type: ignore[attr-defined]
    elif isinstance(body, ScenarioBody):
        assert isinstance(view, ScenarioView)
        for index in _path_to_bad_ending(body):
            view.choose(index)
        return
    elif isinstance(body, ConversationBody):
        assert isinstance(view, ConversationView)
        for _ in range(20):  # a demand at every turn, until the conversation ends
            if view.finished:
                break
            view.line.value = FAILING_TEXT
            view.say_it.click()
        return
    else:  # reflect: too short to count as written
        view.answer.value = "ok"  # type: ignore[attr-defined]
    view.check.click()


def _path_to_bad_ending(body: ScenarioBody) -> list[int]:
    def walk(node: str, seen: frozenset[str]) -> Iterator[list[int]]:
        here = body.nodes[node]
        if here.is_ending:
            if here.ending != "good":
                yield []
            return
        for i, choice in enumerate(here.choices):
            if choice.goto not in seen:
                for rest in walk(choice.goto, seen | {choice.goto}):
                    yield [i, *rest]

    return next(walk(body.start, frozenset({body.start})))


def _ids(exercise: Exercise) -> set[str]:
    """Every id the exercise's feedback could leak: options, cards, buckets, steps, nodes."""
    body = exercise.body
    found: set[str] = set()
    for f in dataclasses.fields(body):
        value = getattr(body, f.name)
        parts = value.values() if isinstance(value, dict) else value
        if isinstance(parts, tuple | list) or isinstance(value, dict):
            found |= {p.id for p in parts if hasattr(p, "id")}
    if isinstance(body, ScenarioBody | ConversationBody):
        found |= set(body.nodes)
    if isinstance(body, RewriteBody):
        found |= {f"must-{i}" for i in range(len(body.must))}
        found |= {f"must-not-{i}" for i in range(len(body.must_not))}
    return found


def _authored(exercise: Exercise) -> str:
    """All text the instructor wrote: an id that is also a word there may be shown as a word."""
    out: list[str] = [exercise.title, exercise.prompt, *exercise.hints]

    def collect(value: Any) -> None:
        if isinstance(value, str):
            out.append(value)
        elif dataclasses.is_dataclass(value):
            for f in dataclasses.fields(value):
                if f.name != "id":
                    collect(getattr(value, f.name))
        elif isinstance(value, dict):
            for v in value.values():
                collect(v)
        elif isinstance(value, tuple | list):
            for v in value:
                collect(v)

    collect(exercise.body)
    return " ".join(out)


def _plain(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", markup))


def _shown(view: ExerciseView) -> list[str]:
    """What the learner sees after checking: the feedback areas, as markup."""
    parts = [view.feedback.value, view.status.value, view.hints.value, view.solution.value]
    if isinstance(view, ScenarioView):
        parts.append(view.step_feedback.value)
    if isinstance(view, ConversationView):
        parts += [view.dialogue.value, view.cue.value]
    return parts


@pytest.mark.parametrize("exercise_id", IDS)
def test_feedback_on_a_failing_answer_names_no_id(
        copy: str, exercise_id: str, learner_catalog: dict[str, Exercise]) -> None:
    exercise = _exercise(copy, exercise_id, learner_catalog)
    view = view_for(exercise)
    _fail(view)
    fb = view.last_feedback
    assert fb is not None and not fb.passed, f"{exercise_id}: the answer should fail"
    assert not fb.details.get("blank"), f"{exercise_id}: the answer was taken as empty"
    shown = _shown(view)
    text = " ".join([_plain(s) for s in shown] + [str(fb)])
    authored = _authored(exercise)
    criteria = {c.id for c in fb.criteria}
    id_like = {i for i in _ids(exercise) | criteria
               if re.search(r"[_-]", i) and not re.search(rf"(?<![\w-]){re.escape(i)}(?![\w-])",
                                                          authored)}
    leaked = sorted(i for i in id_like if re.search(rf"(?<![\w-]){re.escape(i)}(?![\w-])", text))
    assert not leaked, f"{exercise_id} ({copy}): feedback shows ids {leaked}:\n{text}"
    # every criterion, even one whose id is a plain word ("question"), is named, not its id
    names = {n.strip().lower() for s in shown for n in re.findall(r"<strong>(.*?)</strong>", s)}
    lines = [ln.split(":", 2)[1].strip().lower() for ln in str(fb).splitlines()
             if ln.startswith("  ")]
    for c in fb.criteria:
        assert c.name and c.name != c.id
        assert c.id.lower() not in names | set(lines), f"{exercise_id}: {c.id!r} shown as a name"


def test_the_id_check_would_catch_the_old_wording() -> None:
    exercise = CATALOG["read-the-room-cues"]
    old = "✘ not yet laughs-turns: Not sorted yet. ✔ met must-0: Done. no_pressure"
    found = [i for i in _ids(exercise) if i in old]
    assert found == ["laughs-turns"] and {"asks-back", "laughs-turns"} <= _ids(exercise)
