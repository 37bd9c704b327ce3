"""Exercises on paper: each type as escaped HTML to fill in with a pen."""

from __future__ import annotations

import html

from workshop.builds.script import said, script_html
from workshop.exercises.conversation import cue, other_person
from workshop.exercises.model import (
    ChoiceBody,
    ClassifyBody,
    ConversationBody,
    Exercise,
    OrderBody,
    RangeBody,
    RewriteBody,
    ScenarioBody,
)
from workshop.exercises.shown import shuffled, stable_shuffle

esc = html.escape
BOX = '<span class="box" aria-hidden="true"></span>'


def paragraphs(text: str) -> str:
    """Plain text as escaped paragraphs."""
    parts = [p.strip() for p in text.split("\n\n") if p.strip()]
    return "".join(f"<p>{esc(p)}</p>" for p in parts)


def ruled(lines: int) -> str:
    """Lines to write on."""
    return '<div class="lines">' + "<span></span>" * lines + "</div>"


def _choice(e: Exercise, body: ChoiceBody) -> str:
    note = "Tick every option that applies." if body.multiple else "Tick one option."
    items = "".join(f"<li>{BOX} {esc(body.options[i].text)}</li>"
                    for i in stable_shuffle(len(body.options), e.id))
    return f'<p class="note">{note}</p><ul class="ticks">{items}</ul>'


def _classify(e: Exercise, body: ClassifyBody) -> str:
    head = "".join(f'<th scope="col">{esc(b.label)}</th>' for b in body.buckets)
    rows = "".join(
        f"<tr><td>{n}. {esc(body.items[i].text)}</td>"
        + f'<td class="tick">{BOX}</td>' * len(body.buckets) + "</tr>"
        for n, i in enumerate(stable_shuffle(len(body.items), e.id), start=1))
    return ('<p class="note">Tick one column for each card.</p><table class="sort"><thead>'
            f'<tr><th scope="col">Card</th>{head}</tr></thead><tbody>{rows}</tbody></table>')


def _order(e: Exercise, body: OrderBody) -> str:
    text = {s.id: s.text for s in body.steps}
    rows = "".join(f'<tr><td class="blank"></td><td>{esc(text[i])}</td></tr>'
                   for i in shuffled(list(text), e.id))  # as the notebook shows them
    return ('<p class="note">Number the steps in order, 1 for the first.</p>'
            f'<table class="steps"><tbody>{rows}</tbody></table>')


def _rewrite(e: Exercise, body: RewriteBody) -> str:
    start = (f'<p class="note">The message to rewrite:</p><blockquote>{esc(body.start)}'
             "</blockquote>") if body.start else ""
    return f'{start}<p class="note">Your version:</p>{ruled(4)}'


def _scenario(e: Exercise, body: ScenarioBody) -> str:
    node = body.nodes[body.start]
    who = f"<strong>{esc(node.speaker)}:</strong> " if node.speaker else ""
    return (f'<p class="note">It starts like this:</p><blockquote>{who}{esc(node.line)}'
            f'</blockquote><p class="note">Play it with a partner, using the role-play cards '
            f"for &ldquo;{esc(e.title)}&rdquo;. What would you say first?</p>{ruled(2)}")


def _conversation(e: Exercise, body: ConversationBody) -> str:
    first = body.nodes[body.start]
    return (f'<p class="note">It starts like this:</p><blockquote>{said(first)}</blockquote>'
            f'<p class="note">Your turn: {esc(cue(first))} What would you say?</p>{ruled(2)}'
            f'<p class="note">How {esc(other_person(body))} may react, turn by turn:</p>'
            f'<div class="script">{script_html(body)}</div>')


def _range(e: Exercise, body: RangeBody) -> str:
    unit = f" {esc(body.unit)}" if body.unit else ""
    return (f'<p class="answer-line">Your answer: <span class="blank-inline"></span>{unit} '
            f'<span class="note">(from {body.low:g} to {body.high:g})</span></p>'
            f'<p class="note">Why?</p>{ruled(2)}')


def _form(e: Exercise) -> str:
    body = e.body
    if isinstance(body, ChoiceBody):
        return _choice(e, body)
    if isinstance(body, ClassifyBody):
        return _classify(e, body)
    if isinstance(body, OrderBody):
        return _order(e, body)
    if isinstance(body, RewriteBody):
        return _rewrite(e, body)
    if isinstance(body, ScenarioBody):
        return _scenario(e, body)
    if isinstance(body, ConversationBody):
        return _conversation(e, body)
    if isinstance(body, RangeBody):
        return _range(e, body)
    return f'<p class="note">Just for you - nobody collects this.</p>{ruled(6)}'


def exercise_html(e: Exercise, number: str) -> str:
    """One exercise as an ``<article>``: title, prompt and its paper form."""
    form = _form(e)
    meta = [e.type, f"{e.minutes:g} min"] + ([e.principle] if e.principle else [])
    return (f'<article class="exercise" id="{esc(e.id)}"><h3><span class="num">{esc(number)}'
            f"</span> {esc(e.title)}</h3>"
            f'<p class="meta">{" · ".join(esc(m) for m in meta)}</p>'
            f"{paragraphs(e.prompt)}{form}</article>")


def answer_html(e: Exercise, number: str) -> str:
    """The answer key entry of one exercise (model answers; never facilitator notes)."""
    body = e.body
    parts: list[str] = []
    if isinstance(body, ChoiceBody):
        parts.append("<ul>" + "".join(f"<li>{esc(o.text)}</li>" for o in body.options
                                      if o.correct) + "</ul>")
    elif isinstance(body, ClassifyBody):
        label = {b.id: b.label for b in body.buckets}
        parts.append("<ul>" + "".join(f"<li>{esc(i.text)} &rarr; <strong>{esc(label[i.bucket])}"
                                      "</strong></li>" for i in body.items) + "</ul>")
    elif isinstance(body, OrderBody):
        parts.append("<ol>" + "".join(f"<li>{esc(s.text)}</li>" for s in body.steps) + "</ol>")
    elif isinstance(body, RangeBody) and isinstance(e.solution, int | float):
        unit = f" {esc(body.unit)}" if body.unit else ""
        good = "; ".join(f"{b.low:g} to {b.high:g}" for b in body.bands if b.verdict == "pass")
        parts.append(f"<p>For example {e.solution:g}{unit} (good: {esc(good)}).</p>")
        return _entry(e, number, parts)
    if isinstance(e.solution, str) and e.solution.strip():
        lead = "An example, not the answer: " if e.type == "reflect" else ""
        parts.append(f"<p>{esc(lead)}{esc(e.solution.strip())}</p>")
    return _entry(e, number, parts)


def _entry(e: Exercise, number: str, parts: list[str]) -> str:
    body = "".join(parts) or "<p>No model answer.</p>"
    return f'<div class="key"><h3>{esc(number)} {esc(e.title)}</h3>{body}</div>'
