"""Wheel build hook: the wheel carries a compiled catalogue of its exercises.

pyproject.toml puts exercises/ in the wheel as workshop/_exercises. Before that, this writes
exercises/.catalogue.json from the YAML (workshop/exercises/compiled.py), validating every
file, so an installed kit (a JupyterHub, the offline site) reads its course without parsing
YAML, and a course with a broken exercise does not build.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CatalogueHook(BuildHookInterface):  # type: ignore[type-arg]
    """Compiles exercises/.catalogue.json before a wheel (not an editable install) is built."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Write the catalogue; an editable install reads the checkout's YAML instead."""
        if self.target_name != "wheel" or version == "editable":
            return
        sys.path.insert(0, self.root)
        try:
            from workshop.exercises.loader import compile_catalogue

            compile_catalogue(Path(self.root) / "exercises")
        finally:
            sys.path.remove(self.root)
