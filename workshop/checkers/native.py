"""The text checkers compiled with mypyc: the same source, used only while it is unchanged.

The text checkers are pure Python and always work as such (JupyterLite's Pyodide kernel
included). On a machine with a C compiler and the development tools,

    python -m workshop.checkers.native

compiles ``workshop/checkers/text`` with mypyc into ``build/native`` beside the package,
and importing the checkers then loads those modules in place of the Python ones: about
1.4 times fewer instructions per message, the same judgement. They are loaded only while
they match, file for file, the sources on disk and this very Python; after any edit the
Python source is used again until the next build. ``WORKSHOP_PURE_PYTHON=1`` turns them off.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
from collections.abc import MutableSequence, Sequence
from pathlib import Path

#: The package compiled, and where its compiled modules go (a wheel install has no build).
TEXT = Path(__file__).resolve().parent / "text"
ROOT = TEXT.parents[2]
NATIVE = ROOT / "build" / "native"
MANIFEST = "manifest.json"
#: Set to anything but "" or "0" to use the Python source even where a fresh build is.
PURE_ENV = "WORKSHOP_PURE_PYTHON"
#: The package's own ``__init__`` stays Python: it is what puts the compiled modules first.
_KEEP_PYTHON = "__init__.py"

#: Whether the text checkers of this process run compiled (set when they are imported).
active = False


def sources() -> list[Path]:
    """The modules that are compiled, in a fixed order."""
    return sorted(p for p in TEXT.glob("*.py") if p.name != _KEEP_PYTHON)


def fingerprint() -> dict[str, object]:
    """What a build is valid for: this Python's extension ABI and each source's digest."""
    return {
        "python": sys.version,
        "suffix": sysconfig.get_config_var("EXT_SUFFIX"),
        "sources": {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sources()},
    }


def fresh(native: Path = NATIVE) -> bool:
    """Whether ``native`` holds a build of exactly these sources for this Python."""
    try:
        recorded = json.loads((native / MANIFEST).read_text(encoding="utf-8"))
        return bool(recorded == fingerprint())
    except (OSError, ValueError):
        return False


def use(package_path: MutableSequence[str], native: Path = NATIVE) -> bool:
    """Put the compiled modules first on the text package's path, if they are fresh."""
    global active
    if os.environ.get(PURE_ENV, "") not in ("", "0") or not fresh(native):
        return False
    package_path.insert(0, str(_package(native)))
    active = True
    return True


def build(native: Path = NATIVE) -> int:
    """Compile the text checkers into ``native``; 0 when done, 1 with the reason if not."""
    for tool in ("mypyc", "setuptools"):
        if importlib.util.find_spec(tool) is None:
            print(f"native build: {tool} is not installed; install the development tools "
                  "(pip install -e '.[dev]'). The checkers run as Python meanwhile.",
                  file=sys.stderr)
            return 1
    if fresh(native):
        print(f"native build: {native} is up to date")
        return 0
    started = time.perf_counter()
    before = fingerprint()
    native.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=native.parent, prefix=".native-") as work:
        out = Path(work) / "out"
        # Run from an empty folder: setuptools would otherwise read the kit's pyproject.
        done = subprocess.run(
            [sys.executable, "-c", _SETUP, str(ROOT / "pyproject.toml"),
             str(out), work, *map(str, sources())],
            cwd=work, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            print(f"native build failed (the checkers run as Python meanwhile):\n"
                  f"{_tail(done.stdout + done.stderr)}", file=sys.stderr)
            return 1
        if missing := sorted({p.stem for p in sources()} - _compiled(out)):
            print(f"native build: no compiled module came out for {', '.join(missing)}",
                  file=sys.stderr)
            return 1
        if fingerprint() != before:
            print("native build: the sources changed while compiling; run it again",
                  file=sys.stderr)
            return 1
        (out / MANIFEST).write_text(json.dumps(before, indent=1) + "\n", encoding="utf-8")
        # Swap whole folders: a reader sees the old build, none or the new one, never a part.
        old = Path(work) / "old"
        if native.exists():
            native.rename(old)
        out.rename(native)
    print(f"native build: {len(sources())} modules compiled into {native} "
          f"({time.perf_counter() - started:.0f} s)")
    return 0


# The build itself, run in a child process: arguments are the kit's pyproject (for mypy's
# settings), the output folder, a scratch folder, then the modules.
_SETUP = """
import sys
from setuptools import setup
from mypyc.build import mypycify
config, out, scratch, *paths = sys.argv[1:]
setup(name="workshop-native", ext_modules=mypycify(
          ["--config-file", config, *paths], opt_level="3",
          group_name="workshop.checkers.text.native", target_dir=scratch + "/c"),
      script_args=["build_ext", "--build-lib", out, "--build-temp", scratch + "/tmp"])
"""


def _compiled(native: Path) -> set[str]:
    """The modules compiled into ``native``."""
    suffix = str(sysconfig.get_config_var("EXT_SUFFIX"))
    return {p.name.removesuffix(suffix) for p in _package(native).glob("*" + suffix)}


def _package(native: Path) -> Path:
    """Where a build in ``native`` keeps the compiled modules of the text package."""
    return native / "workshop" / "checkers" / "text"


def _tail(text: str, lines: int = 20) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m workshop.checkers.native [--clean]``: build, or remove the build."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["--clean"]:
        shutil.rmtree(NATIVE, ignore_errors=True)
        print(f"native build: removed {NATIVE}")
        return 0
    if args:
        print("usage: python -m workshop.checkers.native [--clean]", file=sys.stderr)
        return 2
    return build()


if __name__ == "__main__":
    raise SystemExit(main())
