"""Role-play cards from the scenario and conversation exercises, four to a printed page.

Each role-play gives three cards: one for the person who chooses or speaks in the notebook
("you"), one for the other person (with the reactions a conversation scripts for the first
turn), and one for the facilitator with the debrief (the exercise's facilitator notes and its
solution, which the schema describes as the debrief).
"""

from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass

from workshop.builds.script import branches, reaction, said
from workshop.exercises import SECTIONS, Exercise
from workshop.exercises.conversation import cue
from workshop.exercises.conversation import other_person as conversation_partner
from workshop.exercises.model import ConversationBody, Node, ScenarioBody
from workshop.wording import shorten

esc = html.escape
PER_PAGE = 4
#: the lesson material's licence (LICENSE-content), at the foot of every sheet
LICENCE = ('<footer class="licence">&ldquo;Can I Get Your Number?&rdquo; workshop kit by The '
           "workshop kit contributors, under CC BY 4.0 (creativecommons.org/licenses/by/4.0): "
           "copy, adapt and teach it, crediting the kit.</footer>")
#: further lines of the other person printed on their card, as a guide
SCRIPT_LINES = 2
#: hints printed on the card of the person who chooses
HINTS = 2
# Rough room left on a card, in text lines of about 46 characters, after the title, the
# situation and the opening line; hints and script lines are added only while they fit.
# The browser test checks every printed card for clipped text.
ROOM_YOU = 18
ROOM_THEM = 14

# The sheet fits inside both A4 and US Letter with 10 mm margins: 190 x 256 mm, so nothing
# moves whichever paper the printer holds.
CSS = """
@page { margin: 10mm; }
* { box-sizing: border-box; }
html { color: #000; background: #fff; }
body { margin: 0; font: 9pt/1.35 Arial, Helvetica, sans-serif; }
.sheet { width: 190mm; height: 256mm; display: grid; grid-template-columns: 95mm 95mm;
  grid-template-rows: 125mm 125mm 6mm; break-after: page; page-break-after: always;
  overflow: hidden; }
.licence { grid-column: 1 / 3; font-size: 6pt; padding-top: 1.5mm; text-align: center;
  white-space: nowrap; overflow: hidden; }
.sheet:last-child { break-after: auto; page-break-after: auto; }
.card { border: 0.6pt dashed #000; padding: 6mm 6mm 5mm; overflow: hidden;
  display: flex; flex-direction: column; }
.empty { border-color: transparent; }
.role { font: bold 8pt/1 Arial, Helvetica, sans-serif; letter-spacing: 0.08em;
  text-transform: uppercase; border: 1pt solid #000; padding: 1.2mm 2mm; align-self: flex-start; }
.facilitator .role { background: #000; color: #fff; -webkit-print-color-adjust: exact;
  print-color-adjust: exact; }
h2 { font: bold 12.5pt/1.2 Georgia, "Times New Roman", serif; margin: 2.5mm 0 0.5mm; }
.where { font-size: 8pt; margin: 0 0 2mm; }
h3 { font-size: 9pt; margin: 2.2mm 0 0.6mm; text-transform: uppercase; letter-spacing: 0.04em; }
p { margin: 0 0 1.2mm; }
ul { margin: 0; padding-left: 4.5mm; } li { margin: 0 0 0.8mm; }
.theirs { padding-left: 3mm; border-left: 0.6pt solid #000; }
blockquote { margin: 0.5mm 0 1.2mm; padding: 0.5mm 0 0.5mm 3mm; border-left: 1.8pt solid #000;
  font-style: italic; }
.foot { margin-top: auto; font-size: 7.5pt; padding-top: 1.5mm; }
@media screen { body { background: #eee; padding: 8mm; }
  .sheet { background: #fff; margin: 0 auto 8mm; outline: 1px solid #bbb; } }
"""


@dataclass(frozen=True, slots=True)
class Card:
    """One card: a role label and its HTML body."""

    role: str
    css: str
    body: str


def other_person(body: ScenarioBody) -> str:
    """The name of the person the learner talks to: the scenario's most frequent speaker."""
    speakers = Counter(n.speaker for n in body.nodes.values() if n.speaker)
    return speakers.most_common(1)[0][0] if speakers else "the other person"


def script(body: ScenarioBody) -> list[Node]:
    """Nodes in the order a walk from ``start`` meets them (breadth first)."""
    seen = [body.start]
    for key in seen:
        seen += [c.goto for c in body.nodes[key].choices if c.goto not in seen]
    return [body.nodes[k] for k in seen]


def _head(e: Exercise, role: str) -> str:
    section = e.section.split("-", 1)[0]
    return (f'<span class="role">{esc(role)}</span><h2>{esc(e.title)}</h2>'
            f'<p class="where">Section {esc(section)} &middot; about {e.minutes:g} min</p>')


def _lines(text: str, per_line: int = 46) -> int:
    return -(-len(text) // per_line)


def _fitting(texts: list[str], room: int) -> list[str]:
    """The first texts that fit in ``room`` lines (each takes its lines and a gap)."""
    out: list[str] = []
    for text in texts:
        room -= _lines(text) + 1
        if room < 0:
            break
        out.append(text)
    return out


def _quote(node: Node) -> str:
    who = f"<strong>{esc(node.speaker)}:</strong> " if node.speaker else ""
    return f"<blockquote>{who}{esc(node.line)}</blockquote>"


def scenario_cards(e: Exercise) -> list[Card]:
    """The three cards of one scenario."""
    body = e.body
    if not isinstance(body, ScenarioBody):
        raise TypeError(f"{e.id}: not a scenario")
    name = other_person(body)
    first = body.nodes[body.start]
    opener = "opens" if first.speaker else "reads the opening"
    used = _lines(e.title, 30) + _lines(e.prompt) + _lines(first.line)
    aims = "".join(f"<li>{esc(h)}</li>" for h in _fitting(list(e.hints[:HINTS]),
                                                          ROOM_YOU - used))
    you = Card("You", "you", _head(e, "Role A: you") +
               f"<h3>The situation</h3><p>{esc(e.prompt)}</p>"
               f"<h3>Your partner plays {esc(name)} and {opener}</h3>{_quote(first)}"
               + (f"<h3>Keep in mind</h3><ul>{aims}</ul>" if aims else "")
               + '<p class="foot">Say your replies out loud. You can stop or swap at any '
               "time.</p>")
    later = [n for n in script(body)[1:] if n.speaker == name and not n.is_ending]
    # on this card the situation and the quotes are indented: fewer characters to a line
    used = _lines(e.title, 30) + _lines(e.prompt, 42) + _lines(first.line, 42)
    fitting = _fitting([n.line for n in later[:SCRIPT_LINES]], ROOM_THEM - used)
    lines = "".join(_quote(n) for n in later[:len(fitting)])
    them = Card(name, "them", _head(e, f"Role B: {name}") +
                f"<h3>You are {esc(name)}</h3><p>Your partner's card says:</p>"
                f'<p class="theirs">{esc(e.prompt)}</p>'
                f"<h3>{'Open with' if first.speaker else 'Read out first'}</h3>{_quote(first)}"
                + (f"<h3>Later lines you can use</h3>{lines}" if lines else "")
                + f'<p class="foot">React as {esc(name)} would to what your partner actually '
                "says. Either of you can stop or swap at any time.</p>")
    return [you, them, _facilitator(e)]


def _facilitator(e: Exercise) -> Card:
    debrief = f"<h3>Run and debrief</h3><p>{esc(e.facilitator)}</p>" if e.facilitator else ""
    good = (f"<h3>A good path</h3><p>{esc(e.solution)}</p>"
            if isinstance(e.solution, str) and e.solution.strip() else "")
    return Card("Facilitator", "facilitator", _head(e, "Facilitator") + debrief + good
                + '<p class="foot">Keep this card: it is not for the pairs.</p>')


#: characters of a reaction printed on the other person's card
REACTION = 70


def conversation_cards(e: Exercise) -> list[Card]:
    """The three cards of one conversation: the other person's card scripts their reactions
    to the first turn, as many as fit."""
    body = e.body
    if not isinstance(body, ConversationBody):
        raise TypeError(f"{e.id}: not a conversation")
    name = conversation_partner(body)
    first = body.nodes[body.start]
    opening = f"<blockquote>{said(first)}</blockquote>"
    turn = f"<p><strong>Your turn:</strong> {esc(cue(first))}</p>"
    # the title, the situation, the opening, the cue and a line for each of three headings
    used = (_lines(e.title, 30) + _lines(e.prompt) + _lines(first.says, 42)
            + _lines(cue(first)) + 3)
    aims = "".join(f"<li>{esc(h)}</li>" for h in _fitting(list(e.hints[:HINTS]),
                                                          ROOM_YOU - used))
    you = Card("You", "you", _head(e, "Role A: you") +
               f"<h3>The situation</h3><p>{esc(e.prompt)}</p>"
               f"<h3>Your partner plays {esc(name)} and opens</h3>{opening}{turn}"
               + (f"<h3>Keep in mind</h3><ul>{aims}</ul>" if aims else "")
               + '<p class="foot">Say your lines out loud, in your own words. You can stop or '
               "swap at any time.</p>")
    # the opening sets the scene: this card spends its room on the reactions instead of
    # repeating the situation
    used = _lines(e.title, 30) + _lines(first.says, 42) + _lines(cue(first), 42)
    options = branches(body, first)
    fitting = _fitting([f"{b.when}: {shorten(b.to.says, REACTION)}" for b in options],
                       ROOM_THEM - used)
    rows = "".join(reaction(b, REACTION) for b in options[:len(fitting)])
    them = Card(name, "them", _head(e, f"Role B: {name}") +
                f"<h3>You are {esc(name)}</h3><p>Your partner's turn: {esc(cue(first))}</p>"
                f"<h3>Open with</h3>{opening}"
                + (f"<h3>Then react to their line</h3><ul>{rows}</ul>" if rows else "")
                + f'<p class="foot">React as {esc(name)} would to what your partner actually '
                "says; the handout has every turn. Either of you can stop or swap at any "
                "time.</p>")
    return [you, them, _facilitator(e)]


def cards_html(exercises: list[Exercise]) -> tuple[str, int]:
    """The printable page of every role-play's cards, and how many cards it holds."""
    plays = sorted((e for e in exercises if isinstance(e.body, ScenarioBody | ConversationBody)),
                   key=lambda e: (SECTIONS.index(e.section), e.id))
    cards = [c for e in plays
             for c in (scenario_cards(e) if isinstance(e.body, ScenarioBody)
                       else conversation_cards(e))]
    sheets = []
    for start in range(0, len(cards), PER_PAGE):
        group = cards[start:start + PER_PAGE]
        cells = "".join(f'<div class="card {c.css}">{c.body}</div>' for c in group)
        cells += '<div class="card empty"></div>' * (PER_PAGE - len(group))
        sheets.append(f'<section class="sheet">{cells}{LICENCE}</section>')
    empty = "" if cards else "<p>No role-play exercises: no cards to print.</p>"
    page = ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            "<title>Role-play cards</title>"
            f"<style>{CSS}</style></head><body>{empty}{''.join(sheets)}</body></html>\n")
    return page, len(cards)
