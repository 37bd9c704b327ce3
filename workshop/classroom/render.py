"""The class counts as HTML: bars per exercise, for the live board and the report.

Plain HTML and CSS (no images, no scripts), every label escaped; each bar is paired with
its number in text, so the counts read the same to a screen reader and on paper.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from typing import Final

from workshop.classroom.records import band_key
from workshop.classroom.tally import ClassTally, ExerciseTally
from workshop.exercises.model import (
    SECTIONS,
    ChoiceBody,
    ConversationBody,
    Exercise,
    RangeBody,
    ScenarioBody,
)
from workshop.wording import counted

CSS: Final = """<style>
.workshop-pulse { max-width: 900px; font-size: 14px; line-height: 1.4; }
.workshop-pulse .pulse-exercise { border: 1px solid #c8c8c8; border-radius: 6px;
  padding: 6px 12px; margin: 8px 0; break-inside: avoid; }
.workshop-pulse h4 { margin: 4px 0; }
.workshop-pulse h4 small { font-weight: normal; color: #555; }
.workshop-pulse table { border-collapse: collapse; width: 100%; margin: 4px 0; }
.workshop-pulse caption { text-align: left; font-style: italic; color: #444; }
.workshop-pulse th { text-align: left; font-weight: normal; width: 45%; padding: 2px 8px 2px 0; }
.workshop-pulse td { padding: 2px 4px; }
.workshop-pulse .pulse-track { background: #eee; border: 1px solid #bbb; height: 14px;
  min-width: 120px; }
.workshop-pulse .pulse-fill { background: #3b6ea5; height: 100%; }
.workshop-pulse .pulse-missed .pulse-fill { background: #b5651d; }
.workshop-pulse .pulse-n { white-space: nowrap; width: 9em; }
.workshop-pulse .pulse-problems { color: #8a1f11; }
.workshop-pulse blockquote { border-left: 3px solid #888; margin: 4px 0; padding: 2px 10px; }
</style>"""
TOP_MISSED: Final = 6


def board_html(tally: ClassTally, catalog: Mapping[str, Exercise] | None = None, *,
               answers: bool = False) -> str:
    """The counts of every exercise answered, in course order; shared answers if ``answers``."""
    catalog = catalog or {}
    summary = (f"<p class='pulse-summary'><strong>{tally.learners}</strong> learner(s), "
               f"<strong>{tally.records}</strong> answer(s) checked, "
               f"<strong>{len(tally.exercises)}</strong> exercise(s) answered.</p>")
    if not tally.exercises:
        summary += ("<p class='pulse-empty'>No answers yet. Learners join the class with "
                    "<code>workshop.join_class(...)</code> (or <code>WORKSHOP_CLASS_DIR</code>) "
                    "and their checked answers appear here.</p>")
    blocks = [exercise_html(t, catalog.get(t.id), answers=answers)
              for t in ordered(tally.exercises.values(), catalog)]
    return (f"{CSS}<div class='workshop-pulse'>{summary}{''.join(blocks)}"
            f"{problems_html(tally.problems)}</div>")


def ordered(tallies: Iterable[ExerciseTally],
            catalog: Mapping[str, Exercise]) -> list[ExerciseTally]:
    """Exercises in course order (section, then id); unknown ones last, by id."""
    def key(t: ExerciseTally) -> tuple[int, str]:
        e = catalog.get(t.id)
        return (SECTIONS.index(e.section) if e and e.section in SECTIONS else len(SECTIONS), t.id)
    return sorted(tallies, key=key)


def exercise_html(t: ExerciseTally, exercise: Exercise | None, *, answers: bool = False) -> str:
    """One exercise: who answered and passed, first answers as bars, criteria most missed."""
    title = exercise.title if exercise is not None else t.id
    rate = f"{t.passed / t.learners:.0%}" if t.learners else "-"
    kind = f" · {html.escape(t.type)}" if t.type else ""
    # a count only: what the learners wrote never reaches the board
    flagged = (f" · <span class='pulse-flagged' data-count='{t.disagreements}'>feedback "
               f"flagged as wrong {counted(t.disagreements, 'time')}</span>"
               if t.disagreements else "")
    parts = [
        f"<section class='pulse-exercise' data-exercise='{html.escape(t.id)}'>"
        f"<h4>{html.escape(title)} <small>{html.escape(t.id)}{kind}</small></h4>",
        f"<p class='pulse-counts'>{t.learners} learner(s) answered · {t.passed} passed "
        f"({rate}) · {t.attempts} attempt(s){flagged}</p>",
        bars("First answers", option_rows(t, exercise), t.learners),
    ]
    missed = t.missed()[:TOP_MISSED]
    if missed and t.type not in ("choice", "scenario", "conversation", "range"):
        rows = [(cid, n) for cid, n, _ in missed]
        parts.append(bars("Criteria most often missed in first answers", rows, t.learners,
                          css="pulse-missed"))
    if answers and t.shared:
        quotes = "".join(f"<blockquote>{html.escape(text)}</blockquote>"
                         for _, text in sorted(t.shared.items()))
        parts.append(f"<details open><summary>Shared answers ({len(t.shared)}, phone numbers "
                     f"and e-mail addresses removed)</summary>{quotes}</details>")
    elif t.shared:
        parts.append(f"<p><small>{len(t.shared)} shared answer(s): see the report.</small></p>")
    parts.append("</section>")
    return "".join(parts)


def option_rows(t: ExerciseTally, exercise: Exercise | None) -> list[tuple[str, int]]:
    """(label, count) per option, ending or band, else passed / not yet on the first answer."""
    body = exercise.body if exercise is not None else None
    rows: list[tuple[str, int]] = []
    if isinstance(body, ChoiceBody):
        rows = [(o.text + (" (right)" if o.correct else ""), t.options[o.id])
                for o in body.options]
        known = {o.id for o in body.options}
    elif isinstance(body, ScenarioBody):
        ends = [n for n in body.nodes.values() if not n.choices]
        rows = [(f"ends at {n.id}" + (f" ({n.ending})" if n.ending else ""), t.options[n.id])
                for n in ends]
        known = {n.id for n in ends}
    elif isinstance(body, ConversationBody):
        endings = [n for n in body.nodes.values() if n.is_ending]
        rows = [(f"ends at {n.id} ({n.ending})", t.options[n.id]) for n in endings]
        known = {n.id for n in endings}
    elif isinstance(body, RangeBody):
        unit = f" {body.unit}" if body.unit else ""
        rows = [(f"{b.low:g}-{b.high:g}{unit} ({b.verdict})", t.options[band_key(b.low, b.high)])
                for b in body.bands]
        known = {band_key(b.low, b.high) for b in body.bands}
    else:
        known = set()
    rows += [(key, n) for key, n in sorted(t.options.items()) if key not in known]
    if rows:
        return rows
    return [("passed", t.first_passed), ("not yet", t.learners - t.first_passed)]


def bars(caption: str, rows: list[tuple[str, int]], total: int, css: str = "") -> str:
    """A table of labelled bars, each with its count in text."""
    body = []
    for label, n in rows:
        pct = round(100 * n / total) if total else 0
        body.append(
            f"<tr><th scope='row'>{html.escape(label)}</th>"
            f"<td aria-hidden='true'><div class='pulse-track'>"
            f"<div class='pulse-fill' style='width:{pct}%'></div></div></td>"
            f"<td class='pulse-n' data-count='{n}'>{n} of {total} ({pct}%)</td></tr>")
    cls = f" class='{css}'" if css else ""
    return (f"<table{cls}><caption>{html.escape(caption)}</caption>"
            f"<tbody>{''.join(body)}</tbody></table>")


def problems_html(problems: list[str]) -> str:
    """The files skipped or partly skipped, one a line (nothing if none)."""
    if not problems:
        return ""
    items = "".join(f"<li>{html.escape(p)}</li>" for p in problems)
    return (f"<details class='pulse-problems' open><summary>Problems found "
            f"({len(problems)}): these were skipped, the rest is counted</summary>"
            f"<ul>{items}</ul></details>")


def report_html(tally: ClassTally, catalog: Mapping[str, Exercise], folder: str,
                when: str) -> str:
    """A self-contained HTML page of the session's counts and shared answers."""
    title = "Class pulse report"
    return (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{title}</title>{CSS}"
        "<style>body { font-family: system-ui, sans-serif; margin: 24px; }</style></head><body>"
        f"<h1>{title}</h1><p>Class folder <code>{html.escape(folder)}</code>, read "
        f"{html.escape(when)}. Every count is anonymous: a learner is a random session id. "
        "Options and criteria count each learner's first answer.</p>"
        f"{board_html(tally, catalog, answers=True)}</body></html>\n"
    )
