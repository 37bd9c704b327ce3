"""The committed build of the autorun extension matches its source and ships where Lab looks."""

from __future__ import annotations

import hashlib
import json
import tomllib

from tests.conftest import ROOT

SOURCE = ROOT / "labextension"
BUILT = ROOT / "workshop" / "labextension"
STAMP = BUILT / "SOURCE.sha256"
#: the whole source of the extension (the Makefile's `labextension` target stamps these)
SOURCES = ("index.js", "package.json", "style/index.css")
REBUILD = "the committed build is stale: run `make labextension` and commit workshop/labextension"


def test_the_build_was_made_from_the_current_source() -> None:
    recorded = {}
    for line in STAMP.read_text("utf-8").splitlines():
        digest, name = line.split(maxsplit=1)
        recorded[name] = digest
    current = {name: hashlib.sha256((SOURCE / name).read_bytes()).hexdigest()
               for name in SOURCES}
    assert recorded == current, REBUILD


def test_the_build_is_complete() -> None:
    source = json.loads((SOURCE / "package.json").read_text("utf-8"))
    built = json.loads((BUILT / "package.json").read_text("utf-8"))
    assert (built["name"], built["version"]) == (source["name"], source["version"]), REBUILD
    assert (BUILT / built["jupyterlab"]["_build"]["load"]).is_file(), REBUILD
    chunks = list((BUILT / "static").glob("*.js"))
    assert any("workshop-autorun:plugin" in p.read_text("utf-8") for p in chunks), REBUILD


def test_the_wheel_puts_the_build_where_jupyterlab_looks() -> None:
    wheel = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["hatch"][
        "build"]["targets"]["wheel"]
    name = json.loads((SOURCE / "package.json").read_text("utf-8"))["name"]
    assert wheel["shared-data"] == {
        "workshop/labextension": f"share/jupyter/labextensions/{name}"}
