"""The facilitator's class board: live counts per exercise, refreshed on demand or on a timer."""

from __future__ import annotations

import html
import os
import time
from pathlib import Path

import ipywidgets as w

from workshop.classroom import ENV_CLASS, ClassReader, ClassTally, current_class
from workshop.classroom.render import board_html
from workshop.errors import WorkshopError
from workshop.exercises.model import Exercise
from workshop.widgets.base import LoadingText

AUTO_SECONDS = 10
BOARD_LOADING = "Loading the class board…"

SETUP_HELP = f"""<div class='workshop-pulse'><p><strong>No class folder yet.</strong>
The class pulse counts answers anonymously in a folder that you and the learners share.</p>
<ol><li>Make a folder everyone in the class can write to, e.g. on a JupyterHub:
<code>mkdir -p /srv/class/today &amp;&amp; chmod 1777 /srv/class/today</code>.</li>
<li>Learners join with <code>workshop.join_class('/srv/class/today')</code> in a notebook
(or the hub sets <code>{ENV_CLASS}=/srv/class/today</code> for everyone).</li>
<li>Show the board with <code>workshop.class_board('/srv/class/today')</code>.</li></ol></div>"""


class ClassBoard(w.VBox):  # type: ignore[misc]
    """Counts per exercise as bars, with a Refresh button and an optional auto-refresh."""

    def __init__(self, folder: Path | str, catalog: dict[str, Exercise] | None = None) -> None:
        self.catalog = catalog or {}
        self.reader = ClassReader(folder, self.catalog)
        self.refresh_button = w.Button(description="Refresh", icon="refresh",
                                       tooltip="Count the answers sent so far",
                                       button_style="primary", layout=w.Layout(width="auto"))
        self.auto = w.Play(value=0, min=0, max=10**9, step=1, interval=AUTO_SECONDS * 1000,
                           show_repeat=False, description="Auto-refresh",
                           tooltip=f"Refresh every {AUTO_SECONDS} s")
        self.status = w.HTML()
        self.counts = w.HTML()
        self.refresh_button.on_click(lambda _: self.refresh())
        self.auto.observe(lambda _: self.refresh(), names="value")
        heading = w.HTML(f"<h4>Class pulse <small>{html.escape(str(self.reader.folder))}"
                         "</small></h4>")
        controls = w.HBox([self.refresh_button, w.Label(f"Auto-refresh every {AUTO_SECONDS} s:"),
                           self.auto, self.status])
        super().__init__([heading, controls, self.counts])
        self.add_class("workshop-class-board")
        self.last_tally = self.refresh()

    def refresh(self) -> ClassTally:
        """Read what is new in the folder and redraw; return the counts shown."""
        started = time.perf_counter()
        tally = self.reader.refresh()
        self.counts.value = board_html(tally, self.catalog)
        took = time.perf_counter() - started
        self.status.value = (f"<small>Updated {time.strftime('%H:%M:%S')} "
                             f"({took * 1000:.0f} ms)</small>")
        self.last_tally = tally
        return tally

    def __repr__(self) -> str:  # a saved notebook shows this until the cell runs again
        return BOARD_LOADING


def class_board(path: Path | str | None = None) -> ClassBoard | LoadingText:
    """The live board of the class folder ``path`` (default: the joined one, or the env)."""
    folder = _folder(path)
    if folder is None:
        return LoadingText(SETUP_HELP, BOARD_LOADING)  # how to set up a class folder
    from workshop.display import catalog

    try:
        exercises = dict(catalog().items())
    except WorkshopError:  # labels are a comfort: without the exercises, ids are shown
        exercises = {}
    return ClassBoard(folder, exercises)


def _folder(path: Path | str | None) -> Path | None:
    if path is not None and str(path).strip():
        return Path(path).expanduser()
    joined = current_class()
    if joined is not None:
        return joined.folder
    env = os.environ.get(ENV_CLASS, "").strip()
    return Path(env).expanduser() if env else None
