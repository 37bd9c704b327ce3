"""What notebooks call: show an exercise or a section, with the learner's saved progress."""

from __future__ import annotations

import html
import sys
from functools import cache
from pathlib import Path

import ipywidgets as w

from workshop.errors import WorkshopError
from workshop.exercises import SECTIONS, Catalog, exercises_root, load_exercises
from workshop.exercises.schema import did_you_mean
from workshop.widgets import ExerciseView, view_for
from workshop.widgets.base import LoadingText, Recorder


def _signature(root: Path) -> tuple[tuple[str, float], ...]:
    return tuple(sorted((str(p), _mtime(p)) for p in root.rglob("*.y*ml")))


def _mtime(path: Path) -> float:
    # a broken link is the loader's to report, with its file name, not a traceback here
    try:
        return path.stat().st_mtime
    except OSError:
        return -1.0


@cache
def _load(root: Path, signature: tuple[tuple[str, float], ...]) -> Catalog:
    return load_exercises(root)


def catalog() -> Catalog:
    """The exercises, reloaded only when a file changed."""
    root = exercises_root()
    return _load(root, _signature(root))


@cache
def _store() -> Recorder | None:
    from workshop.store import ProgressStore

    try:
        return ProgressStore()
    except WorkshopError as e:  # progress is a comfort, not a requirement: say so and go on
        print(f"Progress will not be saved: {e}", file=sys.stderr)
        return None


def show(exercise_id: str) -> ExerciseView:
    """The exercise ``exercise_id`` as a widget (display it as a cell's last line)."""
    exercises = catalog()
    if exercise_id not in exercises:
        near = did_you_mean(exercise_id, list(exercises))
        raise WorkshopError(f"no exercise {exercise_id!r}{near}; `workshop list` shows them all")
    return view_for(exercises[exercise_id], _store())


def show_section(section: str) -> w.VBox:
    """Every exercise of ``section``, one after another."""
    if section not in SECTIONS:
        near = did_you_mean(section, list(SECTIONS))
        raise WorkshopError(f"no section {section!r}{near}; sections: {', '.join(SECTIONS)}")
    store = _store()
    views = [view_for(e, store) for e in catalog().section(section)]
    if not views:
        return w.VBox([w.HTML(f"<p>No exercises in {html.escape(section)} yet.</p>")])
    return w.VBox(views)


PROGRESS_LOADING = "Loading your progress…"


def progress() -> LoadingText:
    """Completion per section from the progress saved on this computer."""
    from workshop.store import ProgressStore, section_summary

    store = _store()
    if not isinstance(store, ProgressStore):
        return LoadingText("<p>Progress is not being saved on this computer.</p>",
                           PROGRESS_LOADING)
    rows = section_summary(store, catalog())
    lines = []
    for r in rows:
        filled = round(10 * r.done / r.total) if r.total else 0
        bar = "■" * filled + "□" * (10 - filled)
        lines.append(f"<tr><td>{html.escape(r.section)}</td><td aria-hidden='true'>{bar}</td>"
                     f"<td>{r.done} of {r.total} done</td>"
                     f"<td>{r.attempted} tried</td></tr>")
    notes = "".join(f"<p>{html.escape(p)}</p>" for p in store.problems)
    return LoadingText(
        "<table class='workshop-progress'><thead><tr><th>section</th><th></th><th>done</th>"
        f"<th>tried</th></tr></thead><tbody>{''.join(lines)}</tbody></table>{notes}"
        f"<p><small>Saved only in {html.escape(str(store.folder))}. "
        "To start over: <code>workshop progress --reset</code></small></p>",
        PROGRESS_LOADING,
    )
