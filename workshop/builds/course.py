"""The course a build reads: its exercises and notebooks, as plain data."""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workshop.builds.output import BuildError
from workshop.exercises import SECTIONS, Exercise, collect, exercises_root
from workshop.wording import counted

Notebook = dict[str, Any]

#: the cell tag of each section notebook's key-takeaways cell
TAKEAWAYS = "takeaways"
#: the cell tag of facilitator notes
FACILITATOR = "facilitator"
_SHOW = re.compile(r"""\bshow\(\s*["']([a-z0-9-]+)["']""")


@dataclass(frozen=True, slots=True)
class Course:
    """A course folder: ``exercises/`` and ``notebooks/`` side by side."""

    root: Path

    @property
    def exercises_dir(self) -> Path:
        """The exercises folder."""
        return self.root / "exercises"

    @property
    def notebooks_dir(self) -> Path:
        """The notebooks folder."""
        return self.root / "notebooks"

    def exercises(self) -> list[Exercise]:
        """Every exercise but drafts (each named on stderr), or an error that says how many
        files have problems."""
        exercises, errors, drafts = collect([self.exercises_dir])
        for draft in drafts:
            print(f"note: {draft.format()}", file=sys.stderr)
        if errors:
            files = len({e.path for e in errors})
            raise BuildError(f"{counted(len(errors), 'problem')} in "
                             f"{counted(files, 'exercise file')}, first: "
                             f"{errors[0].format()}; run `workshop validate {self.exercises_dir}`")
        return exercises

    def notebook_paths(self) -> list[Path]:
        """The notebooks, sorted by name."""
        return sorted(self.notebooks_dir.glob("*.ipynb"))

    def section_notebook(self, section: str) -> Notebook | None:
        """The notebook of ``section`` (``notebooks/<section>.ipynb``), or None."""
        path = self.notebooks_dir / f"{section}.ipynb"
        return read_notebook(path) if path.is_file() else None


def find_course(root: Path | None, notebooks: bool = True) -> Course:
    """The course at ``root``, or the one the exercises are found in (see exercises_root)."""
    folder = root if root is not None else exercises_root().parent
    course = Course(folder.resolve())
    needs = (course.exercises_dir, course.notebooks_dir) if notebooks else (course.exercises_dir,)
    for needed in needs:
        if not needed.is_dir():
            raise BuildError(f"{needed} is not a folder; run from the course folder "
                             "(it holds exercises/ and notebooks/) or pass --course DIR")
    return course


def read_notebook(path: Path) -> Notebook:
    """A notebook's JSON, checked to be an nbformat 4 notebook."""
    try:
        nb = json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as e:
        raise BuildError(f"{path}: cannot read the notebook ({e})") from e
    if not isinstance(nb, dict) or nb.get("nbformat") != 4 or not isinstance(nb.get("cells"), list):
        raise BuildError(f"{path}: not an nbformat 4 notebook")
    return nb


def source(cell: dict[str, Any]) -> str:
    """A cell's source as one string (nbformat allows a string or a list of lines)."""
    text = cell.get("source", "")
    return "".join(text) if isinstance(text, list) else str(text)


def tags(cell: dict[str, Any]) -> list[str]:
    """A cell's tags."""
    found = cell.get("metadata", {}).get("tags", [])
    return [t for t in found if isinstance(t, str)] if isinstance(found, list) else []


def audience(nb: Notebook) -> str:
    """Who a notebook is for: metadata ``workshop.audience``, "learner" when not set."""
    meta = nb.get("metadata", {}).get("workshop", {})
    value = meta.get("audience", "learner") if isinstance(meta, dict) else "learner"
    return value if isinstance(value, str) else "learner"


def title(nb: Notebook, fallback: str) -> str:
    """The notebook's first top-level heading, e.g. "01 - The art of asking"."""
    for cell in nb["cells"]:
        if cell.get("cell_type") == "markdown":
            for line in source(cell).splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return fallback


def takeaways(nb: Notebook) -> str | None:
    """The Markdown of the cell tagged ``takeaways``, or None."""
    for cell in nb["cells"]:
        if cell.get("cell_type") == "markdown" and TAKEAWAYS in tags(cell):
            return source(cell)
    return None


def shown_order(nb: Notebook | None) -> list[str]:
    """Exercise ids in the order the notebook shows them."""
    if nb is None:
        return []
    ids: list[str] = []
    for cell in nb["cells"]:
        if cell.get("cell_type") == "code":
            ids += [i for i in _SHOW.findall(source(cell)) if i not in ids]
    return ids


def by_section(exercises: list[Exercise], course: Course) -> dict[str, list[Exercise]]:
    """Exercises per section (sections in course order), each in the order its notebook shows."""
    out: dict[str, list[Exercise]] = {}
    for section in SECTIONS:
        mine = [e for e in exercises if e.section == section]
        if not mine:
            continue
        order = shown_order(course.section_notebook(section))
        rank = {eid: n for n, eid in enumerate(order)}
        out[section] = sorted(mine, key=lambda e: (rank.get(e.id, len(rank)), e.id))
    return out
