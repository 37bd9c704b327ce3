"""Countdown and run-of-show views without a browser: set values, click, read the labels."""

from __future__ import annotations

import pytest

import workshop
from tests.conftest import EXERCISES
from workshop.agenda import AgendaError, build_plan, parse_clock
from workshop.exercises import load_exercises
from workshop.widgets.countdown import Countdown, RunOfShow, countdown, remaining_text

CATALOG = load_exercises(EXERCISES)


def test_the_clock_ticks_in_the_browser_through_play_and_jslink() -> None:
    timer = Countdown(5, "Debrief")
    assert (timer.play.min, timer.play.max, timer.play.step) == (0, 300, 1)
    assert timer.play.interval == 1000 and not timer.play.playing
    assert timer.link.source == (timer.play, "value")
    assert timer.link.target == (timer.bar, "value")
    assert timer.bar.max == 300 and timer.label.value == "5:00 left"
    assert repr(timer) == "Loading the countdown “Debrief” (5:00)…"


def test_label_and_bar_follow_the_clock() -> None:
    timer = Countdown(5)
    timer.play.value = 90  # what the browser's Play sends each second
    assert timer.label.value == "3:30 left" and timer.bar.value == 90
    assert timer.bar.bar_style == ""
    timer.play.value = 241
    assert timer.label.value == "0:59 left" and timer.bar.bar_style == "warning"
    timer.play.value = 300
    assert timer.label.value == "time is up" and timer.bar.bar_style == "danger"


def test_start_pause_reset() -> None:
    timer = Countdown(2)
    timer.start()
    assert timer.play.playing
    timer.play.value = 30
    timer.pause()
    assert not timer.play.playing and timer.label.value == "1:30 left"
    timer.start()
    timer.play.value = 45
    timer.reset()
    assert not timer.play.playing and timer.play.value == 0
    assert timer.label.value == "2:00 left" and timer.bar.value == 0
    timer.play.value = 120
    timer.reset_button.click()
    assert timer.play.value == 0 and timer.label.value == "2:00 left"
    assert timer.bar.bar_style == ""


@pytest.mark.parametrize(("total", "elapsed", "text"), [
    (600, 0, "10:00 left"), (600, 599, "0:01 left"), (600, 600, "time is up"),
    (60, 75, "time is up"),
])
def test_remaining_text(total: int, elapsed: int, text: str) -> None:
    assert remaining_text(total, elapsed) == text


def test_a_countdown_per_segment_of_the_plan() -> None:
    view = RunOfShow(CATALOG, 90, start="18:00")
    plan = build_plan(CATALOG, 90, start=parse_clock("18:00"))
    assert view.plan == plan
    assert [(c.total, c.title) for c in view.countdowns] == [
        (s.minutes * 60, s.title) for s in plan.slots]
    assert "18:00" in view.table.value and "<table class='workshop-agenda'>" in view.table.value
    assert view.problem.value == ""
    assert repr(view) == f"Loading the run of show (90 minutes, {len(plan.slots)} segments)…"


def test_changing_the_length_replans() -> None:
    view = RunOfShow(CATALOG, 90)
    view.minutes.value = 180
    view.breaks.value = "none"
    view.make.click()
    assert view.plan is not None and view.plan.minutes == 180 and view.plan.break_count == 0
    assert "Break" not in [c.title for c in view.countdowns]


@pytest.mark.parametrize(("minutes", "start", "problem"), [
    (30, "", "30 minutes cannot hold the core of the workshop"),
    (90, "<b>25:00</b>", "start time &#x27;&lt;b&gt;25:00&lt;/b&gt;&#x27; is not HH:MM"),
])
def test_a_plan_that_cannot_be_made_says_why(minutes: int, start: str, problem: str) -> None:
    view = RunOfShow(CATALOG, 90)
    before = view.timers.children
    view.minutes.value = minutes
    view.start.value = start
    assert view.make_plan() is None
    assert problem in view.problem.value and "<b>25" not in view.problem.value
    assert view.timers.children == before  # the last good plan stays


def test_notebook_helpers() -> None:
    view = workshop.run_of_show(60)  # type: ignore[attr-defined]
    assert isinstance(view, RunOfShow) and view.plan is not None and view.plan.minutes == 60
    assert countdown(3, "Pairs").label.value == "3:00 left"
    for bad in (0, 601, 2.5, True):
        with pytest.raises(AgendaError, match="a countdown takes 1 to 600 whole minutes"):
            countdown(bad)  # type: ignore[arg-type]
