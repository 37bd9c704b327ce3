"""site/build.py refuses to build, with one clear line, when the pinned versions disagree."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.site import offline

PINS = tomllib.loads((offline.ROOT / "site" / "pins.toml").read_text("utf-8"))


def write_pins(path: Path, python: dict[str, str], npm: dict[str, str]) -> Path:
    """A pins file with these [python] and [npm] versions."""
    lines = ["[python]", *(f'{k} = "{v}"' for k, v in python.items()),
             "[npm]", *(f'{k} = "{v}"' for k, v in npm.items())]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def run_build(tmp_path: Path, pins: Path) -> subprocess.CompletedProcess[str]:
    """site/build.py with ``pins``, writing only under ``tmp_path``."""
    return subprocess.run(
        [sys.executable, str(offline.BUILD), "--pins", str(pins), "--out", str(tmp_path / "out"),
         "--cache", str(tmp_path / "cache")],
        capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.parametrize(("python", "npm", "message"), [
    ({}, {"pyodide": "0.27.0"},
     r"pins pyodide 0\.27\.0, but jupyterlite-pyodide-kernel \S+ expects \S+; pin pyodide = "),
    ({"ipywidgets": "8.0.0"}, {},
     r"ipywidgets \S+, but \S+ pins 8\.0\.0; run: \.venv/bin/pip install -e '\.\[site\]'"),
    ({"jupyterlite-core": "0.1.0"}, {}, r"jupyterlite-core \S+, but \S+ pins 0\.1\.0"),
], ids=["pyodide-vs-kernel", "ipywidgets-vs-installed", "core-vs-installed"])
def test_disagreeing_pins_stop_the_build(tmp_path: Path, python: dict[str, str],
                                         npm: dict[str, str], message: str) -> None:
    pins = write_pins(tmp_path / "pins.toml", {**PINS["python"], **python},
                      {**PINS["npm"], **npm})
    done = run_build(tmp_path, pins)
    assert done.returncode == 1, done.stdout + done.stderr
    assert done.stderr.startswith("site: "), done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert re.search(message, done.stderr), done.stderr
    assert not (tmp_path / "cache").exists(), "nothing is fetched before the pins are checked"


def test_a_missing_pin_is_named(tmp_path: Path) -> None:
    python = {k: v for k, v in PINS["python"].items() if k != "jupyterlab_widgets"}
    done = run_build(tmp_path, write_pins(tmp_path / "pins.toml", python, PINS["npm"]))
    assert done.returncode == 1
    assert "[python] must pin jupyterlab_widgets as a version string" in done.stderr


def test_the_shipped_pins_agree() -> None:
    extra = tomllib.loads((offline.ROOT / "pyproject.toml").read_text("utf-8"))
    site_extra = extra["project"]["optional-dependencies"]["site"]
    for name, version in PINS["python"].items():
        assert f"{name}=={version}" in site_extra, f"pyproject.toml's site extra: {name}"
