"""Packaging promises: a light core import and pure-Python runtime dependencies."""

from __future__ import annotations

import re
import subprocess
import sys
from importlib import metadata

from packaging.requirements import Requirement


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
