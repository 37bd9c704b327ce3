"""The run of show: breaks, fitting, the too-short error, the shipped plans, formats, CLI."""

from __future__ import annotations

import itertools
import json

import pytest

from tests.conftest import EXERCISES
from workshop.agenda import (
    SEGMENTS,
    AgendaError,
    Plan,
    Segment,
    as_html,
    as_json,
    as_markdown,
    as_table,
    breaks_for,
    build_plan,
    clock,
    least_minutes,
    parse_clock,
)
from workshop.agenda.choosing import PRACTISE_FIRST, practises
from workshop.agenda.render import mmss
from workshop.cli import main
from workshop.exercises import SECTIONS, Exercise, load_exercises
from workshop.exercises.model import ReflectBody, RewriteBody
from workshop.wording import counted

CATALOG = load_exercises(EXERCISES)
S0, S1, S2 = SECTIONS[:3]


def ex(id: str, section: str, minutes: float, *, optional: bool = False,
       type: str = "reflect") -> Exercise:
    """A small exercise for synthetic plans."""
    return Exercise(id, section, type, id.title(), "prompt", minutes, ReflectBody(),
                    optional=optional)


def fixed(kind: str, shortest: int, usual: int | None = None, longest: int | None = None,
          *, after: bool = True, title: str = "", exercise: str = "") -> Segment:
    usual = shortest if usual is None else usual
    return Segment(kind, title or kind.title(), shortest, usual,
                   usual if longest is None else longest, exercise=exercise, after=after)


def rows(plan: Plan) -> list[tuple[int, int, str, str]]:
    return [(s.at, s.minutes, s.kind, s.title) for s in plan.slots]


# --- breaks -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("minutes", "breaks"), [
    (1, 0), (60, 0), (75, 0), (76, 1), (90, 1), (160, 1), (161, 2), (180, 2), (245, 2),
    (246, 3), (720, 8),
])
def test_break_count_keeps_every_stretch_within_75_minutes(minutes: int, breaks: int) -> None:
    assert breaks_for(minutes) == breaks
    assert breaks_for(minutes, "none") == 0
    content = minutes - 10 * breaks
    assert content <= 75 * (breaks + 1)
    if breaks:  # one fewer would not do
        assert minutes - 10 * (breaks - 1) > 75 * breaks


def test_a_break_splits_a_long_block_of_exercises_at_the_middle() -> None:
    segments = {S0: (fixed("welcome", 5, after=False),), S1: (fixed("closing", 5),)}
    exercises = [ex(f"e{i:02d}", S1, 10) for i in range(10)]
    plan = build_plan(exercises, 120, segments=segments)
    assert rows(plan) == [
        (0, 5, "welcome", "Welcome"),
        (5, 50, "exercises", "Exercises, part 1"),
        (55, 10, "break", "Break"),
        (65, 50, "exercises", "Exercises, part 2"),
        (115, 5, "closing", "Closing"),
    ]
    assert plan.slots[1].exercises == ("e00", "e01", "e02", "e03", "e04")
    assert plan.planned == plan.minutes == 120 and plan.slack == 0


def test_breaks_fall_between_sections_when_they_can() -> None:
    segments = {S1: (fixed("intro", 2, after=False),), S2: (fixed("intro", 2, after=False),)}
    exercises = [ex("a", S1, 30), ex("b", S1, 28), ex("c", S2, 20), ex("d", S2, 8)]
    plan = build_plan(exercises, 100, segments=segments)
    # 90 minutes of activity; the ideal break is at 45, the section ends at 60 (within 75)
    assert rows(plan) == [
        (0, 2, "intro", "Intro"), (2, 58, "exercises", "Exercises"),
        (60, 10, "break", "Break"),
        (70, 2, "intro", "Intro"), (72, 28, "exercises", "Exercises"),
    ]


def test_a_break_never_separates_a_role_play_from_its_debrief() -> None:
    segments = {S1: (fixed("roleplay", 30), fixed("debrief", 30))}
    plan = build_plan([ex("a", S1, 20)], 90, segments=segments)
    # 80 minutes of activity: the middle (40) is inside the role-play, and its end (50) is
    # not allowed, so the break goes before the role-play
    assert rows(plan) == [(0, 20, "exercises", "Exercises"), (20, 10, "break", "Break"),
                          (30, 30, "roleplay", "Roleplay"), (60, 30, "debrief", "Debrief")]


def test_breaks_none_plans_without_breaks() -> None:
    plan = build_plan(CATALOG, 120, breaks="none")
    assert plan.break_count == 0 and plan.planned == 120


def test_one_more_break_when_the_segments_leave_no_place_for_fewer() -> None:
    # 150 minutes of activity fit one break only if a boundary fell at exactly 75
    segments = {S1: (fixed("intro", 10, after=False),)}
    exercises = [ex(f"e{i}", S1, 20, optional=i > 4) for i in range(7)]
    plan = build_plan(exercises, 160, segments=segments)
    assert plan.break_count == 2 and plan.slack == 10 and plan.dropped == ("e6",)
    assert rows(plan) == [
        (0, 10, "intro", "Intro"), (10, 40, "exercises", "Exercises, part 1"),
        (50, 10, "break", "Break"), (60, 40, "exercises", "Exercises, part 2"),
        (100, 10, "break", "Break"), (110, 40, "exercises", "Exercises, part 3"),
    ]
    assert plan.slots[-1].exercises == ("e4", "e5")
    # 130 minutes of activity and one break at a boundary within 75 of both ends
    fewer = build_plan(exercises[:6], 150, segments=segments)
    assert [s.minutes for s in fewer.slots] == [10, 60, 10, 60] and fewer.slack == 10


def test_no_place_for_breaks_is_an_error_that_says_so() -> None:
    segments = {S1: (fixed("roleplay", 70), fixed("debrief", 20))}
    with pytest.raises(AgendaError, match="cannot place breaks at most 75 minutes apart"):
        build_plan([], 100, segments=segments)


# --- fitting ----------------------------------------------------------------------------------

def test_optional_exercises_are_dropped_to_fit_and_named() -> None:
    segments = {S1: (fixed("intro", 2, after=False),)}
    exercises = [ex("core", S1, 10), ex("short", S1, 3, optional=True),
                 ex("long", S1, 20, optional=True), ex("mid", S1, 6, optional=True)]
    plan = build_plan(exercises, 22, segments=segments)
    taken = plan.slots[1].exercises
    assert taken == ("core", "mid", "short")  # 2 + 10 + 3 + 6 = 21; "long" does not fit
    assert plan.dropped == ("long",)
    assert plan.slack == 1  # no segment can grow: the one minute is said, not hidden
    assert "Left out to fit (optional): long." in as_table(plan)
    assert "Slack: 1 minute unplanned; the plan ends at 0:21." in as_table(plan)


def test_sections_take_turns_for_optional_exercises() -> None:
    exercises = [ex("a1", S1, 5, optional=True), ex("a2", S1, 5, optional=True),
                 ex("b1", S2, 5, optional=True), ex("b2", S2, 5, optional=True)]
    plan = build_plan(exercises, 10, segments={})
    assert [s.exercises for s in plan.slots] == [("a1",), ("b1",)]
    assert plan.dropped == ("a2", "b2")


def test_a_new_kind_of_activity_comes_before_a_shorter_one() -> None:
    exercises = [ex("core", S1, 4, type="choice"), ex("again", S1, 2, optional=True,
                                                      type="choice"),
                 ex("write", S1, 4, optional=True, type="rewrite")]
    plan = build_plan(exercises, 8, segments={})
    assert plan.slots[0].exercises == ("core", "write") and plan.dropped == ("again",)


def test_spare_time_grows_segments_then_debriefs_first_beyond_usual() -> None:
    segments = {S1: (fixed("roleplay", 3, 8, 10), fixed("debrief", 2, 4, 6))}
    core = [ex("c", S1, 5)]
    assert [s.minutes for s in build_plan(core, 10, segments=segments).slots] == [5, 3, 2]
    # 4 spare: half (2) goes to the segments in turns, none to exercises, then the rest
    assert [s.minutes for s in build_plan(core, 14, segments=segments).slots] == [5, 5, 4]
    # everything to usual (12), then debrief to its longest (2), then the role-play (2)
    assert [s.minutes for s in build_plan(core, 25, segments=segments).slots] == [5, 10, 6]
    slack = build_plan(core, 30, segments=segments)
    assert slack.slack == 9 and slack.planned == 21


def test_half_the_spare_time_goes_to_optional_exercises() -> None:
    segments = {S1: (fixed("roleplay", 3, 13),)}
    exercises = [ex("c", S1, 5), ex("o1", S1, 5, optional=True), ex("o2", S1, 5, optional=True)]
    plan = build_plan(exercises, 18, segments=segments)  # spare 10: 5 to growth, 5 to o1
    assert rows(plan) == [(0, 10, "exercises", "Exercises"),
                          (10, 8, "roleplay", "Roleplay")]
    assert plan.dropped == ("o2",)


def test_breaks_no_longer_needed_become_slack() -> None:
    plan = build_plan([ex("c", S1, 30)], 300, segments={})
    assert plan.break_count == 0 and plan.slack == 270 and plan.planned == 30


def test_the_role_play_is_played_with_its_scenario() -> None:
    segments = {S1: (fixed("roleplay", 5, exercise="scene"),)}
    plan = build_plan([ex("scene", S1, 7), ex("other", S1, 2)], 7, segments=segments)
    assert rows(plan) == [(0, 2, "exercises", "Exercises"), (2, 5, "roleplay", "Roleplay")]
    assert plan.slots[1].exercises == ("scene",)
    gone = build_plan([ex("other", S1, 2)], 7, segments=segments)
    assert gone.slots[1].exercises == ()  # the pair role-play still happens


def test_minutes_that_are_not_whole_count_as_a_whole_minute() -> None:
    plan = build_plan([ex("a", S1, 2.5), ex("b", S1, 0.2)], 4, segments={})
    assert plan.slots[0].minutes == 4


# --- the error ---------------------------------------------------------------------------------

def test_too_short_says_how_many_minutes_are_missing_and_what_the_core_needs() -> None:
    core = [e for e in CATALOG.values() if not e.optional
            and e.id not in {s.exercise for v in SEGMENTS.values() for s in v}]
    fixed_min = sum(s.shortest for v in SEGMENTS.values() for s in v)
    need = fixed_min + sum(int(e.minutes) for e in core)
    with pytest.raises(AgendaError) as info:
        build_plan(CATALOG, need - 7)
    assert str(info.value) == (
        f"{need - 7} minutes cannot hold the core of the workshop, which needs {need}: "
        f"{fixed_min} for the {sum(map(len, SEGMENTS.values()))} fixed segments at their "
        f"shortest, {need - fixed_min} for the {len(core)} core exercises; 7 minutes short. "
        f"Plan at least {need} minutes, or mark more exercises 'optional: true'")
    assert build_plan(CATALOG, need).slack == 0


def test_too_short_counts_the_breaks_it_would_need() -> None:
    exercises = [ex("a", S1, 50), ex("b", S1, 40)]
    with pytest.raises(AgendaError, match=r"needs 100: 0 for the 0 fixed segments at their "
                       r"shortest, 90 for the 2 core exercises, and 1 break of 10; "
                       r"5 minutes short"):
        build_plan(exercises, 95, segments={})
    assert least_minutes(90) == 100 and least_minutes(90, "none") == 90


@pytest.mark.parametrize(("minutes", "problem"), [
    (0, "positive whole number"), (-5, "positive whole number"), (True, "positive whole"),
    (1.5, "positive whole number"), (721, "at most 720"),
])
def test_bad_minutes(minutes: object, problem: str) -> None:
    with pytest.raises(AgendaError, match=problem):
        build_plan(CATALOG, minutes)  # type: ignore[arg-type]


def test_bad_breaks_and_start() -> None:
    with pytest.raises(AgendaError, match="breaks must be one of auto, none, not 'often'"):
        build_plan(CATALOG, 90, breaks="often")
    with pytest.raises(AgendaError, match="start must be minutes after midnight"):
        build_plan(CATALOG, 90, start=24 * 60)


# --- the shipped plans ------------------------------------------------------------------------

def assert_sensible(plan: Plan) -> None:
    """Contiguous, complete, in section order, breaks where they belong."""
    at = 0
    for slot in plan.slots:
        assert slot.at == at and slot.minutes > 0, slot
        at = slot.end
    assert plan.planned + plan.slack == plan.minutes
    work = [s for s in plan.slots if s.kind != "break"]
    order = [SECTIONS.index(s.section) for s in work]
    assert order == sorted(order), "the plan must follow the order of the sections"
    assert {s.section for s in work} == set(SECTIONS)
    kinds = [s.kind for s in plan.slots]
    assert kinds[0] == "welcome" and kinds[-1] == "closing"
    for before, after in itertools.pairwise(kinds):
        assert (before, after) != ("roleplay", "break"), "a break split a role-play and debrief"
    stretch = 0
    for slot in plan.slots:
        stretch = 0 if slot.kind == "break" else stretch + slot.minutes
        assert plan.breaks == "none" or stretch <= 75
    planned = {x for s in plan.slots for x in s.exercises}
    core = {e.id for e in CATALOG.values() if not e.optional}
    assert core <= planned, f"core exercises missing: {sorted(core - planned)}"
    assert planned.isdisjoint(plan.dropped)
    assert planned | set(plan.dropped) == set(CATALOG)
    assert all(CATALOG[x].optional for x in plan.dropped)
    for section in SECTIONS[1:]:
        assert sum(1 for s in work if s.section == section and s.kind == "intro") == 1
    for section in SECTIONS[1:6]:
        assert [s.kind for s in work if s.section == section][-2:] == ["roleplay", "debrief"]


@pytest.mark.parametrize(("minutes", "breaks", "dropped_at_most"), [
    (60, 0, 54), (90, 1, 50), (180, 2, 36),
])
def test_the_60_90_and_180_minute_plans(minutes: int, breaks: int, dropped_at_most: int) -> None:
    plan = build_plan(CATALOG, minutes, start=parse_clock("09:00"))
    assert_sensible(plan)
    assert plan.slack == 0 and plan.planned == minutes
    assert plan.break_count == breaks
    assert len(plan.dropped) <= dropped_at_most
    lengths = {s.kind: s.minutes for s in plan.slots}
    assert lengths["welcome"] >= 4 and lengths["closing"] >= 4
    assert lengths["roleplay"] >= 3 and lengths["debrief"] >= 2


def _written(minutes: int, capsys: pytest.CaptureFixture[str]) -> set[str]:
    # The messages learners write in the plan `workshop agenda` prints as JSON.
    assert main(["agenda", "--minutes", str(minutes), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    planned = {x for s in data["segments"] for x in s["exercises"]}
    return {practises(CATALOG[x]) for x in planned} - {""}


def test_the_60_minute_core_has_learners_write_an_ask_a_reply_and_a_follow_up(
        capsys: pytest.CaptureFixture[str]) -> None:
    written = _written(60, capsys)
    assert "ask" in written and "follow_up" in written
    assert any(m.startswith("reply ") for m in written), written


def test_the_90_minute_plan_has_learners_write_every_message_of_the_guide(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert set(PRACTISE_FIRST) <= _written(90, capsys)
    assert set(PRACTISE_FIRST) == {"ask", "reply yes", "reply unsure", "reply no", "follow_up",
                                   "after_no"}


def test_a_message_not_yet_written_comes_before_a_new_kind_of_activity() -> None:
    def write(id: str, kind: str, minutes: float, **context: str) -> Exercise:
        body = RewriteBody(kind, context)
        return Exercise(id, S2, "rewrite", id, "prompt", minutes, body, optional=True)

    exercises = [ex("core", S2, 4, type="choice"), ex("short", S2, 2, optional=True),
                 write("again-yes", "reply", 3, intent="yes"),
                 write("yes", "reply", 4, intent="yes"), write("no", "reply", 3, intent="no"),
                 write("offer", "offer", 2)]
    plan = build_plan(exercises, 10, segments={})
    # 6 spare minutes: the shortest yes and the no first; offering is not a message the plan
    # must have written, so "offer" waits with the rest and does not fit
    assert plan.slots[0].exercises == ("again-yes", "core", "no")
    assert practises(exercises[2]) == "reply yes" and practises(exercises[0]) == ""


def test_longer_sessions_keep_more_exercises_and_longer_role_plays() -> None:
    plans = [build_plan(CATALOG, m) for m in (60, 90, 120, 180, 240)]
    dropped = [len(p.dropped) for p in plans]
    assert dropped == sorted(dropped, reverse=True) and dropped[0] > dropped[-1]
    play = [max(s.minutes for s in p.slots if s.kind == "roleplay") for p in plans]
    assert play == sorted(play) and play[0] < play[-1]


@pytest.mark.parametrize("breaks", ["auto", "none"])
def test_every_length_from_the_least_to_the_longest_is_sensible(breaks: str) -> None:
    least = 0
    for minutes in range(1, 721):
        try:
            plan = build_plan(CATALOG, minutes, breaks=breaks)
        except AgendaError:
            assert not least, f"{minutes} minutes failed after {least} worked"
            continue
        least = least or minutes
        assert_sensible(plan)
    assert 0 < least <= 60


# --- formats ----------------------------------------------------------------------------------

def test_clock_and_mmss() -> None:
    assert parse_clock("9:05") == 545 and parse_clock(" 23:59 ") == 1439
    for bad in ("24:00", "12:60", "noon", "12", "-1:00", "12:5"):
        with pytest.raises(AgendaError, match="not HH:MM"):
            parse_clock(bad)
    assert clock(75) == "1:15" and clock(75, parse_clock("23:30")) == "00:45"
    assert mmss(605) == "10:05" and mmss(0) == "0:00" and mmss(-3) == "0:00"


def test_table_is_readable_in_a_terminal() -> None:
    text = as_table(build_plan(CATALOG, 90, start=parse_clock("18:00")))
    lines = text.splitlines()
    dropped = counted(len(build_plan(CATALOG, 90).dropped), "optional exercise")
    assert lines[0] == f"Run of show: 90 minutes, 18:00 to 19:30, 1 break, {dropped} left out"
    assert lines[2] == "start  end    min  sec  segment"
    assert lines[3].startswith("18:00  18:0") and "Welcome" in lines[3]
    assert any(line.startswith(("1", " ")) and "  Break" in line for line in lines)
    assert max(map(len, lines)) <= 100


def test_markdown_is_a_table_with_escaped_cells() -> None:
    segments = {S1: (fixed("intro", 2, after=False, title="Ask | answer"),)}
    text = as_markdown(build_plan([ex("a", S1, 3)], 5, segments=segments))
    lines = text.splitlines()
    assert lines[2] == "| Start | End | Min | Section | Segment | Exercises |"
    assert lines[3] == "|---|---|--:|---|---|---|"
    assert lines[4] == "| 0:00 | 0:02 | 2 | The art of asking | Ask \\| answer |  |"
    assert lines[5] == "| 0:02 | 0:05 | 3 | The art of asking | Exercises | a |"


def test_json_is_stable_and_complete() -> None:
    plan = build_plan(CATALOG, 90, start=parse_clock("18:00"))
    text = as_json(plan)
    assert text == as_json(build_plan(CATALOG, 90, start=parse_clock("18:00")))
    data = json.loads(text)
    assert list(data) == ["minutes", "start", "breaks", "planned", "slack", "break_count",
                          "dropped", "segments"]
    assert data["start"] == "18:00" and data["planned"] == 90 and data["break_count"] == 1
    first = data["segments"][0]
    assert list(first) == ["at", "start", "end", "minutes", "kind", "section", "title",
                           "exercises"]
    assert first["start"] == "18:00" and first["kind"] == "welcome"
    assert data["segments"][-1]["end"] == "19:30"


def test_html_escapes_every_text() -> None:
    segments = {S1: (fixed("intro", 2, after=False, title="<img src=x onerror=alert(1)>"),)}
    page = as_html(build_plan([ex("a", S1, 3)], 5, segments=segments))
    assert "<img" not in page and "&lt;img src=x" in page


# --- the command ------------------------------------------------------------------------------

def test_cli_prints_a_plan(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["agenda", "--minutes", "90", "--start", "18:00", "--root", str(EXERCISES)]) == 0
    out = capsys.readouterr().out
    assert out == as_table(build_plan(CATALOG, 90, start=parse_clock("18:00")))


@pytest.mark.parametrize("fmt", ["table", "md", "json"])
def test_cli_formats(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["agenda", "--minutes", "180", "--breaks", "none", "--format", fmt]
    assert main([*args, "--root", str(EXERCISES)]) == 0
    expected = {"table": as_table, "md": as_markdown, "json": as_json}[fmt]
    assert capsys.readouterr().out == expected(build_plan(CATALOG, 180, breaks="none"))


@pytest.mark.parametrize(("args", "message"), [
    (["--minutes", "0"], "argument --minutes: 0 is out of range; give 1 to 720 minutes"),
    (["--minutes", "1.5"], "argument --minutes: '1.5' is not a whole number of minutes"),
    (["--minutes", "ninety"], "argument --minutes: 'ninety' is not a whole number"),
    (["--minutes", "721"], "argument --minutes: 721 is out of range"),
    (["--minutes", "90", "--start", "7pm"], "argument --start: start time '7pm' is not HH:MM"),
    (["--minutes", "90", "--breaks", "often"], "argument --breaks: invalid choice: 'often'"),
    (["--minutes", "90", "--format", "pdf"], "argument --format: invalid choice: 'pdf'"),
    ([], "the following arguments are required: --minutes"),
])
def test_cli_bad_arguments_exit_2_with_one_line(
        args: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["agenda", *args]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and message in captured.err
    assert captured.err.startswith("workshop agenda: ")


def test_cli_too_short_exits_1_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["agenda", "--minutes", "30", "--root", str(EXERCISES)]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1
    assert captured.err.startswith("workshop: 30 minutes cannot hold the core of the workshop")
    assert "minutes short" in captured.err
