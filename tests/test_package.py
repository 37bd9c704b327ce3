"""Packaging promises: a light core import and pure-Python runtime dependencies."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement

from tests.conftest import ROOT
from workshop.exercises import load_exercises
from workshop.exercises.compiled import read_catalogue
from workshop.exercises.loader import exercise_files


def test_core_import_does_not_import_widgets() -> None:
    code = (
        "import sys, workshop, workshop.exercises, workshop.checkers;"
        "workshop.check_message('ask', 'hi');"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'ipywidgets', 'IPython', "
        "'traitlets', 'ruamel'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    # ruamel is imported only when a file is loaded, and the widgets only by the views
    assert out.stdout.strip() == "[]"


# The browser kernel (Pyodide) is an emscripten platform; markers are judged as there.
_PYODIDE = {"sys_platform": "emscripten", "platform_system": "Emscripten",
            "platform_machine": "wasm32", "extra": ""}
# Pyodide's kernel ships its own build of IPython and its dependency tree.
_PROVIDED_BY_PYODIDE = {"ipython"}


def _closure(name: str, seen: set[str]) -> None:
    key = re.sub(r"[-_.]+", "-", name).lower()  # PEP 503 normalized
    if key in seen or key in _PROVIDED_BY_PYODIDE:
        return
    seen.add(key)
    for spec in metadata.requires(name) or []:
        req = Requirement(spec)
        if req.marker is None or req.marker.evaluate(_PYODIDE):
            _closure(req.name, seen)


def test_runtime_dependencies_are_pure_python_wheels() -> None:
    seen: set[str] = set()
    _closure("workshop", seen)
    seen.discard("workshop")
    assert {"ipywidgets", "ruamel-yaml"} <= seen
    compiled = []
    for name in sorted(seen):
        wheel = metadata.distribution(name).read_text("WHEEL") or ""
        if "Root-Is-Purelib: true" not in wheel:
            compiled.append(name)
    assert seen, "the dependency closure should not be empty"
    assert compiled == [], f"compiled runtime dependencies cannot load on Pyodide: {compiled}"


def test_the_wheel_carries_a_catalogue_of_its_exercises(tmp_path: Path) -> None:
    # built as site/build.py builds it; the build hook (hatch_build.py) compiles the catalogue
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
                    "--no-build-isolation", "--wheel-dir", str(tmp_path), str(ROOT)], check=True)
    (wheel,) = tmp_path.glob("workshop-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(tmp_path / "unpacked", [n for n in archive.namelist()
                                                    if n.startswith("workshop/_exercises/")])
    bundled = tmp_path / "unpacked" / "workshop" / "_exercises"
    compiled = read_catalogue(bundled, exercise_files([bundled]))
    assert compiled is not None, "the wheel's catalogue does not match its exercises"
    exercises, drafts = compiled
    assert {e.id for e in exercises} == set(load_exercises(ROOT / "exercises"))
    assert drafts == []
