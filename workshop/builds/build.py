"""The three builds, each written atomically into its OUT folder."""

from __future__ import annotations

from pathlib import Path

from workshop.builds.cards import cards_html
from workshop.builds.course import find_course
from workshop.builds.handout import handout_html
from workshop.builds.learner import write_learner
from workshop.builds.output import publish


def build_learner(out: Path, course_root: Path | None = None) -> list[str]:
    """Write the learner copy to ``out``; return notes on what was left out."""
    course = find_course(course_root)
    exercises = course.exercises()
    notes: list[str] = []

    def write(tmp: Path) -> None:
        notes.extend(write_learner(course, tmp, exercises))

    publish(out, "learner", write, (course.exercises_dir, course.notebooks_dir))
    return notes


def build_handout(out: Path, course_root: Path | None = None, answers: bool = False) -> Path:
    """Write ``out/handout.html``; return its path."""
    course = find_course(course_root)
    page = handout_html(course, course.exercises(), answers)
    publish(out, "handout", lambda tmp: _write(tmp / "handout.html", page),
            (course.exercises_dir, course.notebooks_dir))
    return out / "handout.html"


def build_cards(out: Path, course_root: Path | None = None) -> tuple[Path, int]:
    """Write ``out/cards.html``; return its path and the number of cards."""
    course = find_course(course_root, notebooks=False)
    page, count = cards_html(course.exercises())
    publish(out, "cards", lambda tmp: _write(tmp / "cards.html", page), (course.exercises_dir,))
    return out / "cards.html", count


def _write(path: Path, text: str) -> None:
    path.write_text(text, "utf-8")
