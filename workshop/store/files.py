"""Where progress lives and how its files are written: atomically, and never half."""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import re
import secrets
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Final, TypeVar

from workshop.errors import WorkshopError

ENV_DIR: Final = "WORKSHOP_PROGRESS_DIR"
APP_NAME: Final = "workshop-kit"
#: in JupyterLite, the browser's own storage (IndexedDB), mounted at /drive; the rest is memory
BROWSER_FOLDER: Final = Path("/drive") / "workshop-progress"

#: a session's own file, and a file another session took over to merge (both hold progress)
DATA_FILE: Final = re.compile(r"^(?:session|claim)-[A-Za-z0-9_-]+\.json$")
#: a session's cases of feedback the learner thinks is wrong
DISAGREE_FILE: Final = re.compile(r"^disagree-[A-Za-z0-9_-]+\.json$")
#: an atomic write in progress, or one a crash left behind
TEMP_FILE: Final = re.compile(r"^\.(?:session|claim|disagree)-[A-Za-z0-9_.-]*\.tmp$")
#: a damaged file, moved aside and kept
CORRUPT_FILE: Final = re.compile(r"^(?:session|claim)-[A-Za-z0-9_-]+\.json\.corrupt-")

_NT_TRIES: Final = 50  # Windows refuses to replace a file another process has open: wait a bit
_UNSUPPORTED: Final = {errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS}

T = TypeVar("T")


def default_folder() -> Path:
    """$WORKSHOP_PROGRESS_DIR if set, else this user's data folder for the kit."""
    env = os.environ.get(ENV_DIR, "").strip()
    if env:
        return Path(env).expanduser()
    home = Path.home()
    if sys.platform == "win32":
        appdata = os.environ.get("APPDATA", "").strip()
        return (Path(appdata) if appdata else home / "AppData" / "Roaming") / APP_NAME
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / APP_NAME
    if sys.platform == "emscripten" and BROWSER_FOLDER.parent.is_dir():
        return BROWSER_FOLDER
    xdg = os.environ.get("XDG_DATA_HOME", "").strip()
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".local" / "share"
    return base / APP_NAME


def new_id() -> str:
    """A random session id: 16 hex digits, never derived from who the learner is."""
    return secrets.token_hex(8)


def session_file(folder: Path, session: str) -> Path:
    """The one file the session ``session`` writes."""
    return folder / f"session-{session}.json"


def disagree_file(folder: Path, session: str) -> Path:
    """The one file of flagged feedback the session ``session`` writes."""
    return folder / f"disagree-{session}.json"


def claim_file(folder: Path, session: str) -> Path:
    """A fresh name under which ``session`` holds a file it took over."""
    return folder / f"claim-{session}-{secrets.token_hex(4)}.json"


def folder_error(folder: Path, what: str, e: OSError) -> WorkshopError:
    """The one error a learner can meet: the folder itself is unusable, and how to fix it."""
    return WorkshopError(f"progress folder {folder} {what} ({e.strerror or e}); make it "
                         f"writable, or set {ENV_DIR} to a folder you can write to")


def retrying(action: Callable[[], T]) -> T:
    """Run ``action``, retrying briefly on Windows while another process has the file open."""
    for _ in range(_NT_TRIES - 1 if os.name == "nt" else 0):
        try:
            return action()
        except PermissionError:
            time.sleep(0.01)
    return action()


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` so that readers see the old file or the new one, never a part."""
    for attempt in range(3):
        fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        tmp = Path(name)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                fsync_if_supported(f.fileno())
            retrying(functools.partial(os.replace, tmp, path))
            break
        except FileNotFoundError:  # a reset removed our temporary file meanwhile: write again
            if attempt == 2:
                raise
        finally:
            tmp.unlink(missing_ok=True)
    sync_folder(path.parent)


def fsync_if_supported(fd: int) -> None:
    """fsync ``fd``; file systems without fsync (in the browser) are not an error."""
    try:
        os.fsync(fd)
    except OSError as e:  # some in-browser file systems have no fsync; a real error still raises
        if e.errno not in _UNSUPPORTED:
            raise


def make_writable_folder(folder: Path, probe_prefix: str) -> None:
    """Create ``folder`` if needed and check that a file can be made in it (raises OSError).

    The probe is a named file, closed before it is deleted: the browser's /drive cannot
    delete a file that is still open.
    """
    folder.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=folder, prefix=probe_prefix, suffix=".tmp")
    os.close(fd)
    with contextlib.suppress(FileNotFoundError):  # someone tidying the folder took it
        os.unlink(name)


def sync_folder(folder: Path) -> None:
    """Make renames and new files in ``folder`` durable, where the system allows it."""
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        fsync_if_supported(fd)
    except OSError:
        pass  # the file itself was synced; a folder that cannot be synced is not an error
    finally:
        os.close(fd)


def corrupt_name(path: Path) -> Path:
    """Where a damaged file is moved: ``<name>.corrupt-<UTC timestamp>``, not yet taken."""
    when = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.corrupt-{when}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.corrupt-{when}-{n}")
    return target
