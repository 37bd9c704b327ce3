"""The handout: one printable, self-contained HTML page with each section's key points
and its exercises on paper; with ``answers``, an answer key at the end."""

from __future__ import annotations

import html
import re

from workshop.builds.course import Course, by_section, takeaways, title
from workshop.builds.markdown import to_html
from workshop.builds.output import BuildError
from workshop.builds.paper import answer_html, exercise_html
from workshop.exercises import Exercise

esc = html.escape
GUIDE = "Can I Get Your Number? A Guide To Asking &amp; Responding"
#: the lesson material's licence (LICENSE-content), at the foot of the printout
LICENCE = ('<footer class="licence"><p>From the &ldquo;Can I Get Your Number?&rdquo; workshop '
           "kit by The workshop kit contributors, shared under the Creative Commons Attribution "
           '4.0 licence (CC BY 4.0, <a href="https://creativecommons.org/licenses/by/4.0/">'
           "creativecommons.org/licenses/by/4.0</a>): you may copy, adapt and teach it, "
           "crediting the kit and saying what you changed.</p></footer>")

CSS = """
@page { margin: 16mm 15mm 18mm; }
* { box-sizing: border-box; }
html { color: #000; background: #fff; }
body { font: 10.5pt/1.4 Georgia, "Times New Roman", serif; max-width: 180mm; margin: 0 auto;
  padding: 8mm 0; }
h1 { font-size: 22pt; margin: 0 0 2mm; } h2 { font-size: 17pt; margin: 0 0 3mm;
  border-bottom: 2pt solid #000; padding-bottom: 1mm; }
h3 { font-size: 12.5pt; margin: 0 0 1mm; } h4 { font-size: 11.5pt; margin: 3mm 0 1mm; }
.cover p { margin: 1mm 0; }
.keypoints { border: 1pt solid #000; padding: 2mm 5mm; margin: 0 0 5mm; }
.keypoints h3 { margin-top: 2mm; }
.section { break-before: page; page-break-before: always; }
header + .section { break-before: auto; page-break-before: auto; margin-top: 8mm; }
.exercise { break-inside: avoid; page-break-inside: avoid; border-top: 0.75pt solid #000;
  padding: 2.5mm 0 3mm; }
.num { display: inline-block; min-width: 8mm; }
.meta { font: 9pt/1.3 Arial, Helvetica, sans-serif; margin: 0 0 2mm; }
.note { font-style: italic; margin: 2mm 0 1mm; }
blockquote { margin: 1mm 0 2mm; padding: 1mm 4mm; border-left: 2.5pt solid #000; }
.box { display: inline-block; width: 4mm; height: 4mm; border: 1pt solid #000;
  vertical-align: -0.6mm; margin-right: 2mm; }
ul.ticks { list-style: none; padding-left: 1mm; } ul.ticks li { margin: 1.5mm 0;
  padding-left: 6mm; text-indent: -6mm; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0; }
th, td { border: 0.75pt solid #000; padding: 1mm 2mm; text-align: left; vertical-align: top; }
th { font: bold 9.5pt/1.3 Arial, Helvetica, sans-serif; }
td.tick { text-align: center; width: 22mm; } td.tick .box { margin: 0; }
td.blank { width: 12mm; }
.script p { margin: 2mm 0 0.5mm; } .script ul { margin: 0 0 1mm; padding-left: 6mm; }
.lines span { display: block; height: 7.5mm; border-bottom: 0.75pt solid #000; }
.blank-inline { display: inline-block; width: 28mm; border-bottom: 0.75pt solid #000; }
.answers .key { break-inside: avoid; page-break-inside: avoid; margin: 0 0 3mm; }
.answers .key h3 { font-size: 11pt; }
footer.licence { margin-top: 8mm; padding-top: 2mm; border-top: 0.75pt solid #000;
  font: 8.5pt/1.3 Arial, Helvetica, sans-serif; break-inside: avoid; }
footer.licence a { color: #000; }
@media screen { body { padding: 10mm 6mm; } .section { margin-top: 14mm; } }
"""

# Navigation for the notebook ("Next: 02 - ..."); on paper the next section simply follows.
_NEXT = re.compile(r"\n\s*Next:[^\n]*(\n[^\n]+)*\s*$")
_FIRST_HEADING = re.compile(r"^\s*#{1,6} [^\n]*\n")


def key_points(markdown: str) -> str:
    """The takeaways cell as HTML, without its own heading and its "Next:" line."""
    text = _NEXT.sub("\n", _FIRST_HEADING.sub("", markdown, count=1))
    return to_html(text, top=4)


def handout_html(course: Course, exercises: list[Exercise], answers: bool = False) -> str:
    """The whole handout page."""
    sections = by_section(exercises, course)
    parts: list[str] = []
    keys: list[str] = []
    contents: list[str] = []
    for n, (section, mine) in enumerate(sections.items(), start=1):
        nb = course.section_notebook(section)
        if nb is None:
            raise BuildError(f"{course.notebooks_dir / (section + '.ipynb')} is missing; "
                             "the handout takes each section's key points from its notebook")
        points = takeaways(nb)
        if points is None:
            raise BuildError(f"{course.notebooks_dir / (section + '.ipynb')} has no cell tagged "
                             "'takeaways'; tag the key-takeaways markdown cell (cell metadata "
                             '"tags": ["takeaways"])')
        heading = title(nb, section)
        contents.append(f"<li>{esc(heading)}</li>")
        numbered = [(f"{n}.{i}", e) for i, e in enumerate(mine, start=1)]
        parts.append(
            f'<section class="section" id="{esc(section)}"><h2>{esc(heading)}</h2>'
            f'<div class="keypoints"><h3>Key points</h3>{key_points(points)}</div>'
            + "".join(exercise_html(e, num) for num, e in numbered) + "</section>")
        keys += [answer_html(e, num) for num, e in numbered]
    key = ('<section class="section answers" id="answer-key"><h2>Answer key</h2>'
           "<p>For the facilitator: the checked answers and one model answer per exercise. "
           "Many good answers are possible for the writing exercises.</p>"
           + "".join(keys) + "</section>") if answers else ""
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>Workshop handout - {GUIDE}</title><style>{CSS}</style></head><body>"
        f'<header class="cover"><h1>Workshop handout</h1><p><em>{GUIDE}</em></p>'
        "<p>Key points and exercises for each part of the workshop. Write your answers here; "
        "nobody collects this sheet. Every example works for friendship, work and dating; "
        "you can sit out any activity.</p>"
        f"<ol>{''.join(contents)}</ol></header>"
        + "".join(parts) + key + LICENCE + "</body></html>\n"
    )
