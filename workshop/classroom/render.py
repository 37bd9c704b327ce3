"""The class counts as HTML: bars per exercise, for the live board and the report.

Plain HTML and CSS (no images, no scripts), every label escaped; each bar is paired with
its number in text, so the counts read the same to a screen reader and on paper. Only the
course's own exercises, options and criteria are drawn, with the course's own labels: what a
learner wrote in a file never reaches the board, and shared answers reach the report only
cut short and redacted again.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from typing import Final

from workshop.classroom.course import known_criteria
from workshop.classroom.records import band_key, shown_text
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
MAX_QUOTES: Final = 60  # shared answers shown per exercise in the report
QUOTE_CHARS: Final = 1000  # characters of one shared answer shown
QUOTE_BYTES: Final = 1_000_000  # bytes of shared answers in one report, all exercises together
MAX_PROBLEM_CHARS: Final = 300  # characters of one problem line shown


def board_html(tally: ClassTally, catalog: Mapping[str, Exercise] | None = None, *,
               answers: bool = False) -> str:
    """The counts of every course exercise answered, in course order; shared answers (cut
    short, redacted again) if ``answers``. Exercises not in ``catalog`` are never drawn."""
    catalog = catalog or {}
    shown = [t for t in ordered(tally.exercises.values(), catalog) if t.id in catalog]
    problems = list(tally.problems)
    if len(shown) < len(tally.exercises):
        problems.append(f"{counted(len(tally.exercises) - len(shown), 'exercise id')} not in this "
                        "course: not shown")
    summary = (f"<p class='pulse-summary'><strong>{counted(tally.learners, 'learner')}</strong>, "
               f"<strong>{counted(tally.records, 'answer')}</strong> checked, "
               f"<strong>{counted(len(shown), 'exercise')}</strong> answered.</p>")
    if not shown:
        summary += ("<p class='pulse-empty'>No answers yet. Learners join the class with "
                    "<code>workshop.join_class(...)</code> (or <code>WORKSHOP_CLASS_DIR</code>) "
                    "and their checked answers appear here.</p>")
    budget = [QUOTE_BYTES]  # shared by every exercise of one page
    blocks = [exercise_html(t, catalog[t.id], answers=answers, budget=budget) for t in shown]
    return (f"{CSS}<div class='workshop-pulse'>{summary}{''.join(blocks)}"
            f"{problems_html(problems)}</div>")


def ordered(tallies: Iterable[ExerciseTally],
            catalog: Mapping[str, Exercise]) -> list[ExerciseTally]:
    """Exercises in course order (section, then id); unknown ones last, by id."""
    def key(t: ExerciseTally) -> tuple[int, str]:
        e = catalog.get(t.id)
        return (SECTIONS.index(e.section) if e and e.section in SECTIONS else len(SECTIONS), t.id)
    return sorted(tallies, key=key)


def exercise_html(t: ExerciseTally, exercise: Exercise, *, answers: bool = False,
                  budget: list[int] | None = None) -> str:
    """One exercise: who answered and passed, first answers as bars, criteria most missed."""
    rate = f"{t.passed / t.learners:.0%}" if t.learners else "-"
    # a count only: what the learners wrote never reaches the board
    flagged = (f" · <span class='pulse-flagged' data-count='{t.disagreements}'>feedback "
               f"flagged as wrong {counted(t.disagreements, 'time')}</span>"
               if t.disagreements else "")
    parts = [
        f"<section class='pulse-exercise' data-exercise='{html.escape(exercise.id)}'>"
        f"<h4>{html.escape(exercise.title)} <small>{html.escape(exercise.id)} · "
        f"{html.escape(exercise.type)}</small></h4>",
        f"<p class='pulse-counts'>{counted(t.learners, 'learner')} answered · {t.passed} passed "
        f"({rate}) · {counted(t.attempts, 'attempt')}{flagged}</p>",
        bars("First answers", option_rows(t, exercise), t.learners),
    ]
    criteria = known_criteria(exercise)
    missed = [m for m in t.missed() if m[0] in criteria][:TOP_MISSED]
    if missed and exercise.type not in ("choice", "scenario", "conversation", "range"):
        rows = [(cid, n) for cid, n, _ in missed]
        parts.append(bars("Criteria most often missed in first answers", rows, t.learners,
                          css="pulse-missed"))
    if answers and t.shared:
        parts.append(quotes_html(t, [QUOTE_BYTES] if budget is None else budget))
    elif t.shared:
        parts.append(f"<p><small>{counted(len(t.shared), 'shared answer')}: "
                     "see the report.</small></p>")
    parts.append("</section>")
    return "".join(parts)


def quotes_html(t: ExerciseTally, budget: list[int]) -> str:
    """The shared answers of one exercise, redacted again, within the page's ``budget``."""
    quotes = []
    for _, text in sorted(t.shared.items())[:MAX_QUOTES]:
        # cut first, then redact: a number cut in two loses its digits either way
        shown = shown_text(text[:QUOTE_CHARS]) + ("…" if len(text) > QUOTE_CHARS else "")
        quote = f"<blockquote>{html.escape(shown)}</blockquote>"
        if len(quote.encode("utf-8", "replace")) > budget[0]:
            break
        budget[0] -= len(quote.encode("utf-8", "replace"))
        quotes.append(quote)
    more = (f"<p><small>{len(t.shared) - len(quotes)} more not shown (a report keeps to a "
            "readable size).</small></p>" if len(quotes) < len(t.shared) else "")
    return (f"<details open><summary>Shared answers ({len(t.shared)}, phone numbers, e-mail "
            f"addresses and social handles removed)</summary>{''.join(quotes)}{more}</details>")


def option_rows(t: ExerciseTally, exercise: Exercise) -> list[tuple[str, int]]:
    """(label, count) per option, ending or band, else passed / not yet on the first answer;
    the exercise's own labels only."""
    body = exercise.body
    rows: list[tuple[str, int]] = []
    if isinstance(body, ChoiceBody):
        rows = [(o.text + (" (right)" if o.correct else ""), t.options[o.id])
                for o in body.options]
    elif isinstance(body, ScenarioBody):
        ends = [n for n in body.nodes.values() if not n.choices]
        rows = [(f"ends at {n.id}" + (f" ({n.ending})" if n.ending else ""), t.options[n.id])
                for n in ends]
    elif isinstance(body, ConversationBody):
        endings = [n for n in body.nodes.values() if n.is_ending]
        rows = [(f"ends at {n.id} ({n.ending})", t.options[n.id]) for n in endings]
    elif isinstance(body, RangeBody):
        unit = f" {body.unit}" if body.unit else ""
        rows = [(f"{b.low:g}-{b.high:g}{unit} ({b.verdict})", t.options[band_key(b.low, b.high)])
                for b in body.bands]
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
    items = "".join(f"<li>{html.escape(_short(p))}</li>" for p in problems)
    return (f"<details class='pulse-problems' open><summary>Problems found "
            f"({len(problems)}): these were skipped, the rest is counted</summary>"
            f"<ul>{items}</ul></details>")


def _short(text: str) -> str:
    return text if len(text) <= MAX_PROBLEM_CHARS else text[:MAX_PROBLEM_CHARS] + "…"


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
