"""One source of timings: what the notebooks say a learner needs comes from the exercises."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import EXERCISES, ROOT
from workshop.agenda.segments import SEGMENTS
from workshop.agenda.selfstudy import (
    READING_MINUTES,
    StudyTime,
    course_minutes,
    round_to_five,
    spoken,
    study_times,
)
from workshop.exercises import SECTIONS, load_exercises

TIMES = {t.section: t for t in study_times(load_exercises(EXERCISES))}
SECTION_NOTEBOOKS = [ROOT / "notebooks" / f"{s}.ipynb" for s in SECTIONS]


def _markdown(path: Path, *, facilitator: bool) -> list[str]:
    cells = json.loads(path.read_text("utf-8"))["cells"]
    return ["".join(c["source"]) for c in cells if c["cell_type"] == "markdown"
            and ("facilitator" in c["metadata"].get("tags", [])) == facilitator]


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("section", SECTIONS[1:])
def test_each_notebook_states_its_self_study_time(section: str) -> None:
    time = TIMES[section]
    first = _one_line(_markdown(ROOT / "notebooks" / f"{section}.ipynb", facilitator=False)[0])
    expected = (f"**Time on your own:** about {spoken(time.total)} "
                f"({time.exercises:g} minutes of exercises, plus reading).")
    assert expected in first, f"{section}: the first cell should say {expected!r}"


def test_start_here_states_the_whole_course_and_the_core_path_honestly() -> None:
    text = _one_line(" ".join(_markdown(SECTION_NOTEBOOKS[0], facilitator=False)))
    times = list(TIMES.values())
    whole, core = spoken(course_minutes(times)), spoken(course_minutes(times, core=True))
    assert f"the whole course takes about {whole}" in text
    assert f"takes about {core}" in text and "core path" in text
    assert f"about {spoken(TIMES[SECTIONS[0]].total)} for this notebook" in text


def test_facilitator_notes_give_only_durations_the_plan_can_give() -> None:
    lengths = {n for segs in SEGMENTS.values() for s in segs
               for n in range(s.shortest, s.longest + 1)}
    for path in SECTION_NOTEBOOKS:
        for note in _markdown(path, facilitator=True):
            for match in re.finditer(r"(\d+)(?:-(\d+))? ?(?:minutes?|min)\b", note):
                said = {int(g) for g in match.groups() if g}
                assert said <= lengths, f"{path.name}: {match.group(0)!r} is not a segment length"


def test_every_section_has_a_reading_time() -> None:
    assert list(READING_MINUTES) == list(SECTIONS)


@pytest.mark.parametrize(("minutes", "said"), [
    (5, "5 minutes"), (55, "55 minutes"), (60, "1 hour"), (105, "1 hour 45 minutes"),
    (240, "4 hours"), (1, "1 minute"), (121, "2 hours 1 minute"),
])
def test_spoken(minutes: int, said: str) -> None:
    assert spoken(minutes) == said


@pytest.mark.parametrize(("minutes", "rounded"), [(0, 5), (2.4, 5), (42, 40), (43, 45), (242, 240)])
def test_round_to_five(minutes: float, rounded: int) -> None:
    assert round_to_five(minutes) == rounded


def test_core_path_is_reading_and_the_exercises_not_optional() -> None:
    times = [StudyTime("a", 10, 40, 12), StudyTime("b", 5, 20, 3)]
    assert course_minutes(times) == 75
    assert course_minutes(times, core=True) == 30
