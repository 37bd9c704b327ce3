"""Writing a build: into a temporary folder next to OUT, then renamed into place."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from workshop.errors import WorkshopError
from workshop.store.files import sync_folder

#: a file every build leaves in OUT, so a later build may replace it and nothing else
MARKER = ".workshop-build.json"


class BuildError(WorkshopError):
    """A build cannot be made: bad OUT folder, or a course it cannot read."""


def build_kind(folder: Path) -> str | None:
    """The kind of the build in ``folder`` ("learner", ...), or None if it is not a build."""
    try:
        data = json.loads((folder / MARKER).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    kind = data.get("build") if isinstance(data, dict) else None
    return kind if isinstance(kind, str) else None


def check_out(out: Path, kind: str, sources: tuple[Path, ...] = ()) -> None:
    """Refuse an OUT that is a file, a non-empty folder other than a previous build, or a source."""
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        raise BuildError(f"{out} exists and is not a folder; choose a new folder for the build")
    target = out.resolve()
    for source in sources:
        if target == source or source in target.parents or target in source.parents:
            raise BuildError(f"{out} overlaps the course folder {source}; "
                             "choose a folder outside the course")
    if out.is_dir() and any(out.iterdir()):
        found = build_kind(out)
        if found is None:
            raise BuildError(f"{out} is not empty and holds no previous build; "
                             "choose a new or empty folder (nothing was written)")
        if found != kind:
            raise BuildError(f"{out} holds a {found} build, not a {kind} build; "
                             "choose another folder (nothing was written)")


def publish(out: Path, kind: str, write: Callable[[Path], None],
            sources: tuple[Path, ...] = ()) -> None:
    """Run ``write(tmp)`` on a fresh folder, then put it at ``out`` (replacing a previous build).

    On any failure ``out`` is left as it was and the temporary folder is removed.
    """
    check_out(out, kind, sources)
    parent = out.absolute().parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(dir=parent, prefix=f".{out.name}.", suffix=".tmp"))
    except OSError as e:
        raise BuildError(f"cannot create a folder in {parent}: {e.strerror or e}") from e
    old = tmp.with_suffix(".old")
    try:
        write(tmp)
        marker = json.dumps({"build": kind, "format": 1}, indent=2) + "\n"
        (tmp / MARKER).write_text(marker, "utf-8")
        if out.exists():
            os.rename(out, old)  # a previous build (checked above): swap it out, then in
        os.rename(tmp, out)
        sync_folder(parent)
    except OSError as e:
        if old.exists() and not out.exists():
            os.rename(old, out)
        raise BuildError(f"cannot write {out}: {e.strerror or e}") from e
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        shutil.rmtree(old, ignore_errors=True)
