"""Countdowns for a live session: one per segment of the run of show.

The clock is an ipywidgets ``Play``: it ticks in the browser, so it needs no kernel thread
(there are none on the Pyodide kernel of the offline site). The bar follows it through a
``jslink``, also in the browser; the mm:ss label is updated by the kernel as values arrive.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from typing import Any

import ipywidgets as w

from workshop.agenda import AgendaError, Plan, as_html, build_plan, clock, parse_clock
from workshop.agenda.plan import LONGEST_SESSION
from workshop.agenda.render import mmss
from workshop.exercises import Exercise

_STYLE = """<style>
.workshop-countdown { align-items: center; gap: 8px; }
.workshop-countdown .widget-label { font-variant-numeric: tabular-nums; min-width: 9em; }
.workshop-agenda td, .workshop-agenda th { padding: 2px 8px; text-align: left; }
</style>"""


def remaining_text(total: int, elapsed: int) -> str:
    """What the label says after ``elapsed`` of ``total`` seconds."""
    left = total - elapsed
    return "time is up" if left <= 0 else f"{mmss(left)} left"


class Countdown(w.HBox):  # type: ignore[misc]
    """A timer of ``minutes``: the Play buttons start, pause and reset it in the browser."""

    def __init__(self, minutes: int, title: str = "") -> None:
        self.title = title
        self.total = minutes * 60
        self.play = w.Play(value=0, min=0, max=self.total, step=1, interval=1000,
                           show_repeat=False, tooltip=f"Start, pause or reset: {title}")
        self.bar = w.IntProgress(value=0, min=0, max=self.total,
                                 layout=w.Layout(width="220px"))
        self.link = w.jslink((self.play, "value"), (self.bar, "value"))
        self.label = w.Label(remaining_text(self.total, 0))
        self.reset_button = w.Button(description="Reset", icon="undo",
                                     tooltip="Back to the full time, stopped",
                                     layout=w.Layout(width="auto"))
        self.play.observe(self._tick, names="value")
        self.reset_button.on_click(lambda _: self.reset())
        super().__init__([self.play, self.bar, self.label, self.reset_button])
        self.add_class("workshop-countdown")

    def _tick(self, change: dict[str, Any]) -> None:
        elapsed = int(change["new"])
        self.bar.value = elapsed  # the jslink does this in a browser; here it keeps tests honest
        self.label.value = remaining_text(self.total, elapsed)
        left = self.total - elapsed
        self.bar.bar_style = "danger" if left <= 0 else "warning" if left <= 60 else ""

    def start(self) -> None:
        """Start (or resume) the clock."""
        self.play.playing = True

    def pause(self) -> None:
        """Stop the clock where it is."""
        self.play.playing = False

    def reset(self) -> None:
        """Stop the clock and go back to the full time."""
        self.play.playing = False
        self.play.value = 0

    def __repr__(self) -> str:  # a saved notebook shows this until the cell runs again
        return f"Loading the countdown “{self.title}” ({mmss(self.total)})…"


class RunOfShow(w.VBox):  # type: ignore[misc]
    """Choose a length, see the plan as a table, and time each segment."""

    def __init__(self, exercises: Iterable[Exercise] | Mapping[str, Exercise],
                 minutes: int = 90, start: str = "", breaks: str = "auto") -> None:
        self.exercises = exercises
        self.plan: Plan | None = None
        self.minutes = w.BoundedIntText(value=minutes, min=1, max=LONGEST_SESSION,
                                        description="Minutes", layout=w.Layout(width="160px"))
        self.start = w.Text(value=start, description="Starts at", placeholder="HH:MM",
                            layout=w.Layout(width="180px"))
        self.breaks = w.Dropdown(options=[("a break every 75 min at most", "auto"),
                                          ("no breaks", "none")],
                                 value=breaks, description="Breaks")
        self.make = w.Button(description="Make the plan", button_style="primary",
                             icon="calendar", layout=w.Layout(width="auto"))
        self.problem = w.HTML()
        self.table = w.HTML()
        self.timers = w.VBox()
        self.make.on_click(lambda _: self.make_plan())
        super().__init__([w.HTML(_STYLE), w.HBox([self.minutes, self.start, self.breaks,
                                                 self.make]),
                          self.problem, self.table, self.timers])
        self.make_plan()

    def make_plan(self) -> Plan | None:
        """Plan with the chosen settings; show the table and a countdown per segment."""
        try:
            begin = parse_clock(self.start.value) if self.start.value.strip() else None
            plan = build_plan(self.exercises, self.minutes.value, start=begin,
                              breaks=self.breaks.value)
        except AgendaError as e:
            self.problem.value = f"<p><strong>Cannot plan this:</strong> {html.escape(str(e))}</p>"
            return None
        self.plan = plan
        self.problem.value = ""
        self.table.value = as_html(plan)
        rows = []
        for slot in plan.slots:
            when = f"{clock(slot.at, plan.start)}-{clock(slot.end, plan.start)}"
            what = slot.title + (f": {', '.join(slot.exercises)}" if slot.kind == "exercises"
                                 else "")
            rows.append(w.HTML(f"<strong>{html.escape(when)}</strong> {html.escape(what)}"))
            rows.append(Countdown(slot.minutes, slot.title))
        self.timers.children = tuple(rows)
        return plan

    @property
    def countdowns(self) -> list[Countdown]:
        """The countdowns, one per segment, in order."""
        return [c for c in self.timers.children if isinstance(c, Countdown)]

    def __repr__(self) -> str:
        what = f"{self.plan.minutes} minutes, {len(self.plan.slots)} segments" if self.plan else (
            "no plan")
        return f"Loading the run of show ({what})…"


def run_of_show(minutes: int = 90, start: str = "", breaks: str = "auto") -> RunOfShow:
    """The run of show for a session of ``minutes``, with a countdown per segment."""
    from workshop.display import catalog

    return RunOfShow(catalog(), minutes, start, breaks)


def countdown(minutes: int, title: str = "") -> Countdown:
    """A single countdown of ``minutes`` (for anything the plan does not have)."""
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not 1 <= minutes <= 600:
        raise AgendaError(f"a countdown takes 1 to 600 whole minutes, not {minutes!r}")
    return Countdown(minutes, title)
