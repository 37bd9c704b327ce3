"""Python's start-up hook in the offline site (added to Pyodide's python_stdlib.zip by build.py).

Pyodide puts the working folder ('') first on sys.path, and the kernel works in /drive, the
browser-storage folder, where every look costs a round trip to the page: at start the kernel's
~80 imports would each look there first, some 2 s. Here a module that the standard library or
an installed package provides is imported from there without looking in the working folder;
anything else (a learner's own module beside the notebook) is found in it as usual. A
learner's file can then not shadow an installed module, as with ``python -P``.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec, PathFinder
from types import ModuleType


class InstalledFirst:
    """A meta path finder before PathFinder: top-level modules from sys.path without ''."""

    @classmethod
    def find_spec(cls, name: str, path: Sequence[str] | None = None,
                  target: ModuleType | None = None) -> ModuleSpec | None:
        """The installed module ``name``, or None to let PathFinder search all of sys.path."""
        if path is not None or "" not in sys.path:
            return None
        return PathFinder.find_spec(name, [p for p in sys.path if p != ""], target)

    @classmethod
    def invalidate_caches(cls) -> None:
        """Nothing cached here (PathFinder keeps the caches)."""


def install() -> None:
    """Put InstalledFirst just before PathFinder on sys.meta_path (once)."""
    if InstalledFirst in sys.meta_path:
        return
    where = sys.meta_path.index(PathFinder) if PathFinder in sys.meta_path else len(sys.meta_path)
    sys.meta_path.insert(where, InstalledFirst)


install()
