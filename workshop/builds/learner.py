"""The learner build: the course without facilitator notes and without model answers.

Exercise files lose ``solution``, ``examples`` (an example that passes is a model answer
too) and ``facilitator``, and say ``answers_removed: true`` so that they still validate; the
copy's exercises carry the compiled catalogue of these files (workshop/exercises/compiled.py).
Notebooks lose facilitator cells, facilitator notebooks, saved widget state and the widget
part of outputs (they were made from the full exercises): a widget output keeps only its plain
text, which says the exercise is loading until the cell runs. Any worked example whose message
is an exercise's model answer word for word is left out. Other saved outputs - the checker's
feedback on worked examples - are teaching content and stay.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from collections.abc import Callable
from io import StringIO
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.scalarstring import (
    DoubleQuotedScalarString,
    FoldedScalarString,
    LiteralScalarString,
)

from workshop.builds.course import (
    FACILITATOR,
    Course,
    Notebook,
    audience,
    read_notebook,
    source,
    tags,
)
from workshop.builds.output import BuildError
from workshop.errors import ExerciseError
from workshop.exercises import Exercise
from workshop.exercises.loader import compile_catalogue
from workshop.exercises.reading import read_bytes
from workshop.exercises.yamlfile import parse

REMOVED = ("solution", "examples", "facilitator")
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
_HEADER = ("# Learner copy, made by `workshop build learner`: model answers, examples and\n"
           "# facilitator notes are left out. Edit the course's own exercises/ instead.\n")
README = """# Can I Get Your Number? - learner copy

Open `notebooks/00-start-here.ipynb` in Jupyter and work through the notebooks in order.
The `workshop` package must be installed in the Python the notebooks run on (a kit's
`make start`, or `pip install` of the kit on a JupyterHub). The notebooks find the
exercises in `exercises/` next to `notebooks/`.

This copy has no model answers and no facilitator notes.
"""


def write_learner(course: Course, out: Path, exercises: list[Exercise]) -> list[str]:
    """Write the learner copy of ``course`` into the empty folder ``out``; return notes."""
    notes: list[str] = []
    answers = _model_answers(exercises)
    (out / "README.md").write_text(README, "utf-8")
    _copy_exercises(course.exercises_dir, out / "exercises", exercises)
    compile_catalogue(out / "exercises")  # the copy's own catalogue: notebooks start fast
    folder = out / "notebooks"
    folder.mkdir()
    for item in sorted(course.notebooks_dir.iterdir()):
        if item.name.startswith(".") or not item.is_file():
            continue  # checkpoints and hidden files are not course material
        if item.suffix != ".ipynb":
            shutil.copy2(item, folder / item.name)
            continue
        nb = read_notebook(item)
        if audience(nb) == FACILITATOR:
            notes.append(f"left out {item.name} (a facilitator notebook)")
            continue
        cleaned, dropped = learner_notebook(nb, answers)
        notes += [f"left out {item.name} cell {n}: a worked example that shows the model answer "
                  f"of {eid}" for n, eid in dropped]
        text = json.dumps(cleaned, indent=1, ensure_ascii=False) + "\n"
        (folder / item.name).write_text(text, "utf-8")
    return notes


def learner_notebook(nb: Notebook,
                     answers: dict[str, str]) -> tuple[Notebook, list[tuple[int, str]]]:
    """A copy of ``nb`` for learners, and the worked examples (cell number, exercise) left out."""
    out = dict(nb)
    out["metadata"] = {k: v for k, v in nb.get("metadata", {}).items() if k != "widgets"}
    cells: list[dict[str, Any]] = []
    dropped: list[tuple[int, str]] = []
    for n, cell in enumerate(nb["cells"]):
        if FACILITATOR in tags(cell):
            continue
        if cell.get("cell_type") == "code":
            eid = _gives_away(source(cell), answers)
            if eid is not None:
                dropped.append((n, eid))
                if cells and _introduces(cells[-1]):
                    cells.pop()  # its lead-in ("... like this:") has nothing left to introduce
                continue
            cell = dict(cell)
            cell["outputs"] = [_plain(o) for o in cell.get("outputs", [])]
        cells.append(cell)
    out["cells"] = cells
    return out, dropped


def _plain(output: dict[str, Any]) -> dict[str, Any]:
    """A widget output as its text only ("Loading the exercise ..."); others unchanged."""
    data = output.get("data", {})
    if WIDGET_VIEW not in data:
        return output
    return {**output, "data": {k: v for k, v in data.items() if k == "text/plain"}}


def _introduces(cell: dict[str, Any]) -> bool:
    return cell.get("cell_type") == "markdown" and source(cell).rstrip().endswith(":")


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def _model_answers(exercises: list[Exercise]) -> dict[str, str]:
    """Model answers long enough to recognise (a rewrite's message, not a number)."""
    return {e.id: _norm(e.solution) for e in exercises
            if e.type == "rewrite" and isinstance(e.solution, str) and len(e.solution) >= 20}


def _gives_away(code: str, answers: dict[str, str]) -> str | None:
    text = _norm(code.replace("\\'", "'").replace('\\"', '"'))
    return next((eid for eid, answer in answers.items() if answer in text), None)


def _copy_exercises(src: Path, dst: Path, exercises: list[Exercise]) -> None:
    """The course's exercises (drafts are not among them) without their answers."""
    yaml = YAML()
    yaml.width = 100
    yaml.indent(mapping=2, sequence=4, offset=2)
    for path in sorted(e.path for e in exercises if e.path is not None):
        data, _ = parse(read_bytes(path), path)
        cleaned = {k: v for k, v in data.items() if k not in REMOVED}
        cleaned["answers_removed"] = True
        target = dst / path.relative_to(src)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(_as_yaml(yaml, cleaned, target), "utf-8")


def _as_yaml(yaml: YAML, data: dict[str, Any], target: Path) -> str:
    """``data`` as the copy's YAML, multi-line text in block scalars where that reads back
    exactly; checked by reading it back, so every string round-trips."""
    text = _dump(yaml, _block(data, lambda value: True))
    if _reads_back(text, data):
        return text
    text = _dump(yaml, _block(data, lambda value: _reads_back(_dump(yaml, {"v": value}),
                                                             {"v": value})))
    if not _reads_back(text, data):  # double quotes with escapes hold any text
        raise BuildError(f"{target}: the learner copy of this file does not read back as "
                         "written; please report it with the file")
    return text


def _dump(yaml: YAML, data: Any) -> str:
    stream = StringIO()
    yaml.dump(data, stream)
    return _HEADER + stream.getvalue()


def _block(value: Any, keep: Callable[[str], bool]) -> Any:
    """Multi-line text as a YAML block scalar, so the copy stays readable, when ``keep`` says
    it reads back as written (line separators, carriage returns or trailing blanks may not);
    otherwise double-quoted, with escapes."""
    if isinstance(value, dict):
        return {k: _block(v, keep) for k, v in value.items()}
    if isinstance(value, list):
        return [_block(v, keep) for v in value]
    if not isinstance(value, str):
        return value
    styled: str = value
    if "\n" in value.rstrip("\n"):
        styled = LiteralScalarString(value)
    elif value.endswith("\n"):
        styled = FoldedScalarString(value)
    return styled if keep(styled) else DoubleQuotedScalarString(value)


def _reads_back(text: str, data: Any) -> bool:
    try:
        return bool(parse(text)[0] == data)
    except ExerciseError:
        return False


def print_notes(notes: list[str]) -> None:
    """Say what a build left out, one line each."""
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
