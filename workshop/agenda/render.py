"""A plan as a terminal table, Markdown, JSON or HTML; clock times and mm:ss."""

from __future__ import annotations

import html
import json
import re
import textwrap
from typing import Any

from workshop.agenda.plan import AgendaError, Plan, Slot
from workshop.agenda.segments import SECTION_TITLES
from workshop.wording import counted

_CLOCK = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)")
WIDTH = 100


def parse_clock(text: str) -> int:
    """Minutes after midnight of ``HH:MM`` (24-hour); raise AgendaError otherwise."""
    match = _CLOCK.fullmatch(text.strip())
    if not match:
        raise AgendaError(f"start time {text!r} is not HH:MM on a 24-hour clock, e.g. 09:30")
    return int(match[1]) * 60 + int(match[2])


def clock(offset: int, start: int | None = None) -> str:
    """``HH:MM`` of the day when a start is given, else the time from the start as ``h:mm``."""
    if start is None:
        return f"{offset // 60}:{offset % 60:02d}"
    at = (start + offset) % (24 * 60)
    return f"{at // 60:02d}:{at % 60:02d}"


def mmss(seconds: int) -> str:
    """Seconds as ``m:ss`` (``12:05``, ``0:42``)."""
    seconds = max(0, seconds)
    return f"{seconds // 60}:{seconds % 60:02d}"


def summary(plan: Plan) -> str:
    """One line: length, start and end, breaks, what was left out, the slack."""
    parts = [f"{plan.minutes} minutes, {clock(0, plan.start)} to "
             f"{clock(plan.minutes, plan.start)}",
             f"{counted(plan.break_count, 'break')}",
             f"{counted(len(plan.dropped), 'optional exercise')} left out"]
    if plan.slack:
        parts.append(f"{counted(plan.slack, 'minute')} unplanned at the end")
    return "Run of show: " + ", ".join(parts)


def _segment(slot: Slot) -> str:
    if slot.kind == "exercises":
        return f"{slot.title}: {', '.join(slot.exercises)}"
    if slot.kind == "roleplay" and slot.exercises:
        return f"{slot.title} ({slot.exercises[0]})"
    return slot.title


def _notes(plan: Plan) -> list[str]:
    notes = []
    if plan.dropped:
        notes.append(f"Left out to fit (optional): {', '.join(plan.dropped)}.")
    else:
        notes.append("Every exercise is in the plan.")
    if plan.slack:
        notes.append(f"Slack: {counted(plan.slack, 'minute')} unplanned; the plan ends at "
                     f"{clock(plan.planned, plan.start)}.")
    return notes


def as_table(plan: Plan, width: int = WIDTH) -> str:
    """A plain-text table for a terminal, long lines wrapped."""
    lead = "start  end    min  sec  "
    lines = [summary(plan), "", f"{lead}segment"]
    for s in plan.slots:
        row = (f"{clock(s.at, plan.start):>5}  {clock(s.end, plan.start):>5}  {s.minutes:>3}  "
               f"{s.section[:2]:<3}  ")
        lines += textwrap.wrap(_segment(s), width, initial_indent=row, break_on_hyphens=False,
                               subsequent_indent=" " * len(lead))
    lines.append("")
    for note in _notes(plan):
        lines += textwrap.wrap(note, width, break_on_hyphens=False, subsequent_indent="  ")
    return "\n".join(lines) + "\n"


def _md(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|")


def as_markdown(plan: Plan) -> str:
    """A Markdown table with a summary line and notes."""
    lines = [f"**{_md(summary(plan))}**", "",
             "| Start | End | Min | Section | Segment | Exercises |",
             "|---|---|--:|---|---|---|"]
    for s in plan.slots:
        section = SECTION_TITLES.get(s.section, s.section)
        lines.append(f"| {clock(s.at, plan.start)} | {clock(s.end, plan.start)} | {s.minutes} "
                     f"| {_md(section)} | {_md(s.title)} | {_md(', '.join(s.exercises))} |")
    lines.append("")
    lines += [_md(n) for n in _notes(plan)]
    return "\n".join(lines) + "\n"


def as_dict(plan: Plan) -> dict[str, Any]:
    """The plan as plain data, keys in a fixed order."""
    return {
        "minutes": plan.minutes,
        "start": None if plan.start is None else clock(0, plan.start),
        "breaks": plan.breaks,
        "planned": plan.planned,
        "slack": plan.slack,
        "break_count": plan.break_count,
        "dropped": list(plan.dropped),
        "segments": [{"at": s.at, "start": clock(s.at, plan.start),
                      "end": clock(s.end, plan.start), "minutes": s.minutes, "kind": s.kind,
                      "section": s.section, "title": s.title, "exercises": list(s.exercises)}
                     for s in plan.slots],
    }


def as_json(plan: Plan) -> str:
    """Stable JSON for scripts."""
    return json.dumps(as_dict(plan), indent=2, ensure_ascii=False) + "\n"


def as_html(plan: Plan) -> str:
    """An HTML table, every text escaped."""
    e = html.escape
    rows = []
    for s in plan.slots:
        section = SECTION_TITLES.get(s.section, s.section)
        style = " style='background:#f3f3f3'" if s.kind == "break" else ""
        rows.append(f"<tr{style}><td>{e(clock(s.at, plan.start))}</td>"
                    f"<td>{e(clock(s.end, plan.start))}</td><td>{s.minutes}</td>"
                    f"<td>{e(section)}</td><td>{e(s.title)}</td>"
                    f"<td><small>{e(', '.join(s.exercises))}</small></td></tr>")
    notes = "".join(f"<p>{e(n)}</p>" for n in _notes(plan))
    return (f"<p><strong>{e(summary(plan))}</strong></p>"
            "<table class='workshop-agenda'><thead><tr><th>start</th><th>end</th><th>min</th>"
            "<th>section</th><th>segment</th><th>exercises</th></tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>{notes}")
