"""`build learner` writes every string of every exercise so that it reads back exactly."""

from __future__ import annotations

import shutil
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from tests.conftest import EXERCISES, ROOT, SHIPPED
from workshop.builds import build_learner
from workshop.builds.learner import REMOVED
from workshop.exercises import load_exercises
from workshop.exercises.reading import read_bytes
from workshop.exercises.yamlfile import parse

#: text that a block scalar cannot hold as written, or only with care
HOSTILE = [
    "a line\u2028separator", "a paragraph\u2029separator", "next\x85line", "carriage\rreturn",
    "windows\r\nline\r\nends\r\n", "trailing space \n", "trailing spaces on lines  \nand here \n",
    "  leading spaces\nthen not", "\nstarts with a newline", "ends with blank lines\n\n\n",
    "tab\tinside\nand\ttabs\t\n", "\tleading tab\n", "# not a comment\n- not a list\n",
    "key: value\n? not a key\n", "'single' and \"double\" quotes\n\\ backslash\n",
    "...\n---\nnot a document\n", "\ufeffbyte order mark inside", "no final newline\nsecond",
    "é ü ß 名前 \U0001f600\nsecond line", "folded > and literal | marks\n", "x" * 150 + "\n",
    " " * 3 + "indented first line\n  less\n", "ends with a space ", "\u00a0non-breaking\n",
]
SECTION = "03-digital-alternatives"


def _hostile_exercise(target: Path) -> dict[str, Any]:
    """A choice exercise with hostile text in its prompt, hints and feedback; returns its data."""
    data = {
        "id": target.stem, "section": SECTION, "type": "choice", "title": "Hostile text",
        "prompt": "".join(HOSTILE), "minutes": 2, "hints": HOSTILE,
        "facilitator": HOSTILE[0], "solution": HOSTILE[1],
        "options": [{"id": f"o{i}", "text": text, "feedback": HOSTILE[-1 - i],
                     **({"correct": True} if i == 0 else {})} for i, text in enumerate(HOSTILE)],
        "examples": [{"answer": "o0", "verdict": "pass"}, {"answer": "o1", "verdict": "fail"}],
    }
    yaml = YAML(typ="safe", pure=True)
    yaml.default_style = '"'  # escapes: the source holds every string exactly
    stream = StringIO()
    yaml.dump(data, stream)
    target.write_text(stream.getvalue(), "utf-8")
    assert parse(read_bytes(target), target)[0] == data
    return data


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A course with every shipped exercise and the hostile one, and its learner copy."""
    course = tmp_path_factory.mktemp("roundtrip") / "course"
    shutil.copytree(EXERCISES, course / "exercises", ignore=shutil.ignore_patterns(".*"))
    shutil.copytree(ROOT / "notebooks", course / "notebooks")
    _hostile_exercise(course / "exercises" / SECTION / "hostile-text.yaml")
    out = course.parent / "learner"
    build_learner(out, course)
    return course / "exercises", out / "exercises"


def test_the_copy_has_every_exercise(built: tuple[Path, Path]) -> None:
    copy = built[1]
    assert len(list(copy.rglob("*.yaml"))) == len(SHIPPED) + 1
    assert "hostile-text" in load_exercises(copy)


@pytest.mark.parametrize("name", [*(p.relative_to(EXERCISES).as_posix() for p in SHIPPED),
                                  f"{SECTION}/hostile-text.yaml"])
def test_every_field_reads_back_as_written(built: tuple[Path, Path], name: str) -> None:
    source, copy = built
    original, _ = parse(read_bytes(source / name), source / name)
    written, _ = parse(read_bytes(copy / name), copy / name)
    expected = {k: v for k, v in original.items() if k not in REMOVED}
    assert written == {**expected, "answers_removed": True}


def test_the_copy_stays_readable(built: tuple[Path, Path]) -> None:
    # text that a block scalar holds as written is still written as one
    text = (built[1] / "01-the-art-of-asking" / "ask-with-a-reason.yaml").read_text("utf-8")
    assert "prompt: >" in text or "prompt: |" in text
