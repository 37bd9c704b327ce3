"""The run of show: a timed plan for a live session (pure: no widgets)."""

from workshop.agenda.plan import AgendaError, Plan, Slot, breaks_for, build_plan, least_minutes
from workshop.agenda.render import as_html, as_json, as_markdown, as_table, clock, parse_clock
from workshop.agenda.segments import BREAK_EVERY, BREAK_MINUTES, SEGMENTS, Segment

__all__ = [
    "BREAK_EVERY",
    "BREAK_MINUTES",
    "SEGMENTS",
    "AgendaError",
    "Plan",
    "Segment",
    "Slot",
    "as_html",
    "as_json",
    "as_markdown",
    "as_table",
    "breaks_for",
    "build_plan",
    "clock",
    "least_minutes",
    "parse_clock",
]
