"""A timed run of show built from the sections, their exercises and the fixed segments."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from workshop.agenda.choosing import cost, pick_optional
from workshop.agenda.segments import (
    BREAK_EVERY,
    BREAK_MINUTES,
    GROW_TO_LONGEST,
    GROW_TO_USUAL,
    SEGMENTS,
    Segment,
)
from workshop.errors import WorkshopError
from workshop.exercises.model import SECTIONS, Exercise
from workshop.wording import counted

BREAK_MODES = ("auto", "none")
LONGEST_SESSION = 720  # minutes; a plan longer than a working day is a typo



class AgendaError(WorkshopError):
    """The session cannot be planned as asked (too short for the core, bad values)."""


@dataclass(frozen=True, slots=True)
class Slot:
    """One timed line of the plan; ``at`` is minutes from the start."""

    at: int
    minutes: int
    kind: str  # welcome, intro, exercises, roleplay, debrief, closing or break
    section: str  # "" for a break
    title: str
    exercises: tuple[str, ...] = ()

    @property
    def end(self) -> int:
        """Minutes from the start when this slot ends."""
        return self.at + self.minutes


@dataclass(frozen=True, slots=True)
class Plan:
    """A run of show for a session of ``minutes``; ``slack`` minutes are left unplanned."""

    minutes: int
    start: int | None  # minutes after midnight, when a start time was given
    breaks: str
    slots: tuple[Slot, ...]
    dropped: tuple[str, ...] = ()
    slack: int = 0

    @property
    def planned(self) -> int:
        """Minutes the slots fill (``minutes - slack``)."""
        return sum(s.minutes for s in self.slots)

    @property
    def break_count(self) -> int:
        """How many breaks the plan has."""
        return sum(1 for s in self.slots if s.kind == "break")

    def __repr__(self) -> str:
        return (f"Plan({self.minutes} min, {len(self.slots)} slots, {self.break_count} breaks, "
                f"{len(self.dropped)} dropped, slack {self.slack})")


@dataclass(slots=True)
class _Unit:
    # A piece the breaks may fall between: a fixed segment, or one exercise of a section.
    kind: str
    section: str
    title: str
    minutes: int
    exercises: tuple[str, ...] = ()
    segment: Segment | None = field(default=None, repr=False)


def breaks_for(minutes: int, mode: str = "auto") -> int:
    """Breaks a session of ``minutes`` needs: none, or enough for at most 75 minutes between."""
    if mode == "none" or minutes <= BREAK_EVERY:
        return 0
    return math.ceil((minutes - BREAK_EVERY) / (BREAK_EVERY + BREAK_MINUTES))


def build_plan(exercises: Iterable[Exercise] | Mapping[str, Exercise], minutes: int, *,
               start: int | None = None, breaks: str = "auto",
               segments: Mapping[str, tuple[Segment, ...]] = SEGMENTS) -> Plan:
    """Plan a session of ``minutes``; raise AgendaError when the core does not fit."""
    _check(minutes, start, breaks)
    pool = list(exercises.values() if isinstance(exercises, Mapping) else exercises)
    fixed = [s for section in SECTIONS for s in segments.get(section, ())]
    played = {s.exercise for s in fixed if s.exercise}
    in_blocks = sorted((e for e in pool if e.id not in played),
                       key=lambda e: (SECTIONS.index(e.section), e.id))
    core = [e for e in in_blocks if not e.optional]
    shortest = sum(s.shortest for s in fixed)
    count = breaks_for(minutes, breaks)
    while True:
        room = minutes - count * BREAK_MINUTES
        if shortest + sum(map(cost, core)) > room:
            if count > breaks_for(minutes, breaks):
                raise AgendaError(f"cannot place breaks at most {BREAK_EVERY} minutes apart "
                                  "between the segments; use breaks 'none' or another length")
            raise AgendaError(_too_short(minutes, breaks, shortest, len(fixed), core))
        lengths, chosen, spare = _fit(fixed, in_blocks, core, room)
        taken = {e.id for e in core} | {e.id for e in chosen}
        units = _units(segments, lengths, [e for e in in_blocks if e.id in taken],
                       {e.id for e in pool})
        dropped = tuple(e.id for e in in_blocks if e.id not in taken)
        full = not dropped and all(n == s.longest for n, s in zip(lengths, fixed, strict=True))
        # when everything is planned at its longest, fewer breaks may do
        least = min(count, _breaks_within(room - spare)) if full else count
        for used in range(least, count + 1):
            slots = _with_breaks(units, used)
            if slots is not None:
                slack = spare + (count - used) * BREAK_MINUTES
                return Plan(minutes, start, breaks, slots, dropped, slack)
        count += 1  # no place for the breaks: one more, and plan again with less room


def _breaks_within(activity: int) -> int:
    # Breaks that keep ``activity`` minutes in stretches of at most 75.
    return max(0, math.ceil(activity / BREAK_EVERY) - 1)


def _fit(fixed: list[Segment], in_blocks: list[Exercise], core: list[Exercise],
         room: int) -> tuple[list[int], list[Exercise], int]:
    # Lengths of the fixed segments, the optional exercises taken, and the minutes left.
    lengths = [s.shortest for s in fixed]
    spare = room - sum(lengths) - sum(map(cost, core))
    spare -= _grow(fixed, lengths, spare // 2, "usual", GROW_TO_USUAL, together=True)
    chosen = pick_optional([e for e in in_blocks if e.optional], core, spare)
    spare -= sum(map(cost, chosen))
    spare -= _grow(fixed, lengths, spare, "usual", GROW_TO_USUAL, together=True)
    spare -= _grow(fixed, lengths, spare, "longest", GROW_TO_LONGEST, together=False)
    return lengths, chosen, spare


def _check(minutes: int, start: int | None, breaks: str) -> None:
    if isinstance(minutes, bool) or not isinstance(minutes, int) or minutes < 1:
        raise AgendaError(f"minutes must be a positive whole number, not {minutes!r}")
    if minutes > LONGEST_SESSION:
        raise AgendaError(f"minutes must be at most {LONGEST_SESSION}, not {minutes}")
    if start is not None and not 0 <= start < 24 * 60:
        raise AgendaError(f"start must be minutes after midnight (0-1439), not {start!r}")
    if breaks not in BREAK_MODES:
        raise AgendaError(f"breaks must be one of {', '.join(BREAK_MODES)}, not {breaks!r}")


def least_minutes(need: int, breaks: str = "auto") -> int:
    """The shortest session whose time, less its breaks, holds ``need`` minutes."""
    minutes = need
    while minutes - breaks_for(minutes, breaks) * BREAK_MINUTES < need:
        minutes += 1
    return minutes


def _too_short(minutes: int, breaks: str, fixed: int, segments: int,
               core: list[Exercise]) -> str:
    need = fixed + sum(map(cost, core))
    least = least_minutes(need, breaks)
    count = breaks_for(least, breaks)
    pause = f", and {counted(count, 'break')} of {BREAK_MINUTES}" if count else ""
    return (f"{minutes} minutes cannot hold the core of the workshop, which needs {least}: "
            f"{fixed} for the {segments} fixed segments at their shortest, "
            f"{need - fixed} for the {len(core)} core exercises{pause}; "
            f"{counted(least - minutes, 'minute')} short. Plan at least {least} minutes, "
            "or mark more exercises 'optional: true'")


def _grow(fixed: list[Segment], lengths: list[int], budget: int, limit: str,
          kinds: tuple[str, ...], *, together: bool) -> int:
    # One minute at a time; `together`: the kinds take turns, else each fills up in turn.
    used = 0
    groups = [kinds] if together else [(k,) for k in kinds]
    for group in groups:
        order = sorted((i for i, s in enumerate(fixed) if s.kind in group),
                       key=lambda i: (group.index(fixed[i].kind), i))
        grown = True
        while grown and used < budget:
            grown = False
            for i in order:
                if used < budget and lengths[i] < getattr(fixed[i], limit):
                    lengths[i] += 1
                    used += 1
                    grown = True
    return used


def _units(segments: Mapping[str, tuple[Segment, ...]], lengths: list[int],
           taken: list[Exercise], known: set[str]) -> list[_Unit]:
    # `lengths` follows the fixed segments section by section, as build_plan listed them.
    given = iter(lengths)
    units: list[_Unit] = []
    for section in SECTIONS:
        own = [(seg, next(given)) for seg in segments.get(section, ())]
        units += [_fixed_unit(seg, section, n, known) for seg, n in own if not seg.after]
        units += [_Unit("exercises", section, "Exercises", cost(e), (e.id,))
                  for e in taken if e.section == section]
        units += [_fixed_unit(seg, section, n, known) for seg, n in own if seg.after]
    return units


def _fixed_unit(seg: Segment, section: str, minutes: int, known: set[str]) -> _Unit:
    played = (seg.exercise,) if seg.exercise in known else ()
    return _Unit(seg.kind, section, seg.title, minutes, played, seg)


def _boundary_cost(before: _Unit, after: _Unit) -> float | None:
    # None: a break may not fall here. Section ends are best; splitting exercises is worst.
    if before.kind == "roleplay" and after.kind == "debrief":
        return None
    if before.section != after.section:
        return 0.0
    if before.kind == after.kind == "exercises":
        return 20.0
    return 8.0


def _with_breaks(units: list[_Unit], count: int) -> tuple[Slot, ...] | None:
    cuts = _break_positions(units, count)
    if cuts is None:
        return None
    pieces: list[_Unit] = []
    for i, unit in enumerate(units):
        if i in cuts:
            pieces.append(_Unit("break", "", "Break", BREAK_MINUTES))
        last = pieces[-1] if pieces else None
        if last and unit.kind == last.kind == "exercises" and unit.section == last.section:
            last.minutes += unit.minutes
            last.exercises += unit.exercises
        else:
            pieces.append(_Unit(unit.kind, unit.section, unit.title, unit.minutes,
                                unit.exercises))
    _number_parts(pieces)
    slots, at = [], 0
    for p in pieces:
        slots.append(Slot(at, p.minutes, p.kind, p.section, p.title, p.exercises))
        at += p.minutes
    return tuple(slots)


def _number_parts(pieces: list[_Unit]) -> None:
    # A section's exercises split by a break become "Exercises, part 1" and "part 2".
    for section in SECTIONS:
        blocks = [p for p in pieces if p.kind == "exercises" and p.section == section]
        if len(blocks) > 1:
            for n, p in enumerate(blocks, start=1):
                p.title = f"Exercises, part {n}"


def _break_positions(units: list[_Unit], count: int) -> set[int] | None:
    """Indexes of the units a break goes before: near even spacing, at most 75 apart."""
    if count == 0:
        return set()
    times = [0]
    for u in units:
        times.append(times[-1] + u.minutes)
    total = times[-1]
    options = [(j, c) for j in range(1, len(units))
               if (c := _boundary_cost(units[j - 1], units[j])) is not None]
    # best[j] for the n-th break: (cost, positions so far), placing breaks left to right
    best: dict[int, tuple[float, tuple[int, ...]]] = {0: (0.0, ())}
    for n in range(1, count + 1):
        ideal = n * total / (count + 1)
        nxt: dict[int, tuple[float, tuple[int, ...]]] = {}
        for j, c in options:
            here = c + abs(times[j] - ideal)
            for prev, (so_far, placed) in best.items():
                if prev < j and times[j] - times[prev] <= BREAK_EVERY:
                    cand = (so_far + here, (*placed, j))
                    if j not in nxt or cand[0] < nxt[j][0]:
                        nxt[j] = cand
        best = nxt
    ends = [v for j, v in sorted(best.items()) if total - times[j] <= BREAK_EVERY]
    if not ends:
        return None
    return set(min(ends, key=lambda v: v[0])[1])
