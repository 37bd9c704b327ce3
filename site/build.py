"""Build the workshop as a static JupyterLite site that runs offline: `make site`.

    python site/build.py [--out build/site] [--cache build/cache] [--pins site/pins.toml]

The build fetches from the package index (pip) and the npm registry only, and keeps what it
fetched under the cache folder, so a rebuild needs no network. The site it writes needs none.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import json
import os
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from bundle import KERNEL_NEEDS, PRELOADED, Resolver, SiteError, lock_entry
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from workshop.builds.build import build_learner
from workshop.exercises import SECTIONS, collect
from workshop.store.files import BROWSER_FOLDER

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PINS = HERE / "pins.toml"
#: the prebuilt labextension that runs a notebook's cells when it opens (in the kit's wheel)
AUTORUN = Path("workshop/labextension")
KERNEL_PLUGIN = "@jupyterlite/pyodide-kernel-extension:kernel"
#: run by Python at start in the site: imports skip the slow working folder (see the file)
STARTUP_HOOK = HERE / "sitecustomize.py"
#: the files of the npm package the kernel loads (no source maps, no demo pages)
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip",
                 "pyodide-lock.json", "package.json")
#: settings: no news or update checks (they would leave the room's network)
OVERRIDES = {
    "@jupyterlab/apputils-extension:notification": {"fetchNews": "false",
                                                    "checkForUpdates": False},
}
#: the code's licence and the lesson material's, copied to the top of the site
LICENCES = ("LICENSE", "LICENSE-content")
NPM_TIMEOUT_S = 300
NODE_TIMEOUT_S = 600
PROGRESS = BROWSER_FOLDER.relative_to("/drive")
PROGRESS_README = """# Your progress

The workshop saves your answers and progress in this folder, in this browser only: nothing
is sent anywhere. It stays when you reload the page or come back later with the same browser.
Clearing the browser's site data for this address, or deleting the `session-*.json` files
here, forgets it.
"""


def read_pins(path: Path = PINS) -> dict[str, dict[str, str]]:
    """The pinned versions: [python] packages and the [npm] Pyodide runtime."""
    try:
        pins = tomllib.loads(path.read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise SiteError(f"{path}: cannot read the pins ({e})") from e
    for table, keys in (("python", ("jupyterlite-core", "jupyterlite-pyodide-kernel",
                                    "ipywidgets", "jupyterlab_widgets")), ("npm", ("pyodide",))):
        missing = [k for k in keys if not isinstance(pins.get(table, {}).get(k), str)]
        if missing:
            raise SiteError(f"{path}: [{table}] must pin {', '.join(missing)} as a version string")
    return pins


def check_pins(pins: dict[str, dict[str, str]], where: str = "site/pins.toml") -> None:
    """Fail unless the installed tools, pyproject.toml and the kernel agree with the pins."""
    extra = _site_extra()
    for name, want in pins["python"].items():
        try:
            have = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            have = None
        if have != want:
            raise SiteError(f"{name} {have or 'is not installed'}, but {where} pins "
                            f"{want}; run: .venv/bin/pip install -e '.[site]'")
        req = extra.get(canonicalize_name(name))
        if req is None or str(req.specifier) != f"=={want}":
            raise SiteError(f"pyproject.toml's `site` extra must pin {name}=={want} as "
                            f"{where} does (it has {req or 'nothing'})")
    from jupyterlite_pyodide_kernel.constants import (  # type: ignore[import-untyped]
        PYODIDE_VERSION,
    )

    if pins["npm"]["pyodide"] != PYODIDE_VERSION:
        raise SiteError(f"{where} pins pyodide {pins['npm']['pyodide']}, but "
                        f"jupyterlite-pyodide-kernel {pins['python']['jupyterlite-pyodide-kernel']}"
                        f" expects {PYODIDE_VERSION}; pin pyodide = \"{PYODIDE_VERSION}\"")
    widgets = [Requirement(r) for r in importlib.metadata.requires("ipywidgets") or []]
    front = next((r for r in widgets if canonicalize_name(r.name) == "jupyterlab-widgets"), None)
    if front is not None and not front.specifier.contains(pins["python"]["jupyterlab_widgets"]):
        raise SiteError(f"ipywidgets {pins['python']['ipywidgets']} needs {front}, but "
                        f"{where} pins jupyterlab_widgets "
                        f"{pins['python']['jupyterlab_widgets']}")


def _site_extra() -> dict[str, Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    extra = project.get("optional-dependencies", {}).get("site", [])
    return {canonicalize_name(r.name): r for r in map(Requirement, extra)}


def fetch_pyodide(version: str, cache: Path, target: Path) -> dict[str, Any]:
    """Pyodide's runtime from the npm registry (cached) into ``target``; return its lock."""
    archive = cache / "npm" / f"pyodide-{version}.tgz"
    if not archive.exists():
        npm = shutil.which("npm")
        if npm is None:
            raise SiteError("npm is needed once to fetch Pyodide from the npm registry: "
                            "apt-get install -y --no-install-recommends npm")
        archive.parent.mkdir(parents=True, exist_ok=True)
        done = subprocess.run([npm, "pack", f"pyodide@{version}", "--silent",
                               "--pack-destination", str(archive.parent)],
                              capture_output=True, text=True, timeout=NPM_TIMEOUT_S, check=False)
        if done.returncode != 0 or not archive.exists():
            raise SiteError(f"npm pack pyodide@{version} failed: {done.stderr.strip()[-500:]}")
    target.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive) as tar:
        for name in PYODIDE_FILES:
            member = tar.extractfile(f"package/{name}")
            if member is None:
                raise SiteError(f"{archive.name} has no package/{name}; delete it and rebuild")
            (target / name).write_bytes(member.read())
    add_startup_hook(target / "python_stdlib.zip")
    lock: dict[str, Any] = json.loads((target / "pyodide-lock.json").read_text("utf-8"))
    return lock


def add_startup_hook(stdlib: Path) -> None:
    """Put site/sitecustomize.py in Pyodide's standard library, which runs it at start."""
    with zipfile.ZipFile(stdlib, "a", zipfile.ZIP_DEFLATED) as archive:
        if STARTUP_HOOK.name in archive.namelist():
            raise SiteError(f"{stdlib.name} already has a {STARTUP_HOOK.name}")
        archive.writestr(zipfile.ZipInfo(STARTUP_HOOK.name, date_time=(1980, 1, 1, 0, 0, 0)),
                         STARTUP_HOOK.read_bytes(), zipfile.ZIP_DEFLATED)


def build_kit_wheel(out: Path) -> Path:
    """The workshop wheel, built from this checkout (it carries the exercises)."""
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
                           "--no-build-isolation", "--wheel-dir", str(out), str(ROOT)],
                          capture_output=True, text=True, check=False)
    wheels = list(out.glob("workshop-*.whl"))
    if done.returncode != 0 or len(wheels) != 1:
        raise SiteError(f"building the workshop wheel failed: {done.stderr.strip()[-800:]}")
    return wheels[0]


def bundle_wheels(lock: dict[str, Any], kit: Path, cache: Path, target: Path) -> list[str]:
    """Put the kit, its dependencies and the kernel's needs in ``target`` and its lock file."""
    stubs = Path(sys.prefix, "share/jupyter/labextensions", KERNEL_PLUGIN.split(":")[0],
                 "static/pypi")
    resolver = Resolver(lock["packages"], stubs, cache, lock["info"]["python"])
    resolver.add([Requirement(n) for n in KERNEL_NEEDS], "the Pyodide kernel")
    resolver.add_wheel(kit)
    stdlib = target / "python_stdlib.zip"
    compiled = compile_wheels([w.path for w in resolver.chosen.values()] + [stdlib],
                              cache.parent / "pyc", target)
    shutil.copy2(compiled[stdlib], stdlib)
    packages = {}
    for key, wheel in sorted(resolver.chosen.items()):
        wheel = replace(wheel, path=compiled[wheel.path])
        shutil.copy2(wheel.path, target / wheel.path.name)
        packages[key] = lock_entry(wheel, lock["packages"])
    lock["packages"] = packages
    (target / "pyodide-lock.json").write_text(json.dumps(lock, indent=1) + "\n", "utf-8")
    return sorted(w.path.name for w in resolver.chosen.values())


def compile_wheels(wheels: list[Path], cache: Path, runtime: Path) -> dict[Path, Path]:
    """Copies of ``wheels`` (and of Pyodide's python_stdlib.zip, if listed) with bytecode for
    Pyodide's Python, made once and cached by content.

    The browser then imports the standard library, the kernel and the kit without compiling
    some 900 modules first.
    """
    copies = {w: cache / hashlib.sha256(w.read_bytes()).hexdigest()[:16] / w.name for w in wheels}
    todo = cache / "todo"
    shutil.rmtree(todo, ignore_errors=True)
    todo.mkdir(parents=True)
    for wheel, copy in copies.items():
        if not copy.exists():
            shutil.copy2(wheel, todo / wheel.name)
    if any(todo.iterdir()):
        node = shutil.which("node")
        if node is None:
            raise SiteError("Node.js is needed to compile the wheels with Pyodide: "
                            "apt-get install -y --no-install-recommends nodejs")
        done = subprocess.run([node, str(HERE / "pyc.mjs"), str(runtime), str(todo),
                               str(HERE / "pyc.py")],
                              capture_output=True, text=True, timeout=NODE_TIMEOUT_S, check=False)
        if done.returncode != 0:
            raise SiteError(f"compiling the wheels with Pyodide failed: "
                            f"{(done.stdout + done.stderr).strip()[-800:]}")
        for wheel, copy in copies.items():
            if (todo / wheel.name).exists():
                copy.parent.mkdir(parents=True, exist_ok=True)
                os.replace(todo / wheel.name, copy)
    shutil.rmtree(todo, ignore_errors=True)
    return copies


def stage(lite: Path, contents: Path) -> None:
    """The JupyterLite source folder: settings and the notebooks and exercises to serve."""
    config = {"jupyter-lite-schema-version": 0, "jupyter-config-data": {
        "appName": "Can I Get Your Number?",
        "litePluginSettings": {KERNEL_PLUGIN: {
            "disablePyPIFallback": True,
            "loadPyodideOptions": {"packages": list(PRELOADED)},
        }},
    }}
    (lite / "jupyter-lite.json").write_text(json.dumps(config, indent=2), "utf-8")
    (lite / "overrides.json").write_text(json.dumps(OVERRIDES, indent=2), "utf-8")
    shutil.rmtree(contents, ignore_errors=True)
    contents.mkdir(parents=True)
    # Notebooks at the top, the first thing a learner sees: the learner copy's, without
    # facilitator notes or the facilitator notebook (the site is for learners). The exercises
    # beside them are for reading: the kit loads its own copy from the wheel (exercises_root()
    # finds no checkout here), which is the same files and many times faster than /drive.
    learner = contents.parent / "learner"
    shutil.rmtree(learner, ignore_errors=True)
    build_learner(learner, ROOT)
    for notebook in sorted((learner / "notebooks").glob("*.ipynb")):
        shutil.copy2(notebook, contents / notebook.name)
    shutil.rmtree(learner)
    drafts = {d.path for d in collect([ROOT / "exercises"]).drafts}  # works in progress
    hidden = shutil.ignore_patterns(".*", "__pycache__")
    shutil.copytree(ROOT / "exercises", contents / "exercises",
                    ignore=lambda folder, names: hidden(folder, names)
                    | {n for n in names if Path(folder, n) in drafts})
    # The kit saves progress here (workshop.store.files.default_folder). Shipping the folder
    # spares the browser a request for a listing the site does not have.
    (contents / PROGRESS).mkdir()
    (contents / PROGRESS / "README.md").write_text(PROGRESS_README, "utf-8")


def lite_build(lite: Path, contents: Path, out: Path, kit: Path | None = None) -> None:
    """Run ``jupyter lite build`` into ``out``, with the labextension of the ``kit`` wheel."""
    shutil.rmtree(out, ignore_errors=True)
    # the build's task database would skip steps whose output was just removed
    (lite / ".jupyterlite.doit.db").unlink(missing_ok=True)
    command = [str(Path(sys.executable).parent / "jupyter-lite"), "build", "--no-sourcemaps",
               "--no-unused-shared-packages", "--lite-dir", str(lite),
               "--contents", str(contents), "--output-dir", str(out)]
    if kit is not None:
        # the kit's own build of workshop-autorun (it runs a notebook when it opens), which
        # wins over an older copy an earlier install left in this Python's share/jupyter
        command.append(f"--LiteBuildConfig.federated_extensions={kit}")
    done = subprocess.run(command, cwd=lite, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SiteError(f"jupyter lite build failed:\n{(done.stdout + done.stderr)[-2000:]}")


def check_site(out: Path) -> None:
    """Fail unless the site loads Pyodide from itself and never falls back to PyPI."""
    config = json.loads((out / "jupyter-lite.json").read_text("utf-8"))["jupyter-config-data"]
    kernel = config.get("litePluginSettings", {}).get(KERNEL_PLUGIN, {})
    url = kernel.get("pyodideUrl", "")
    if not url.startswith("./") or not (out / url).exists():
        raise SiteError(f"the site would load Pyodide from {url!r}, not from itself")
    if kernel.get("disablePyPIFallback") is not True:
        raise SiteError("the site's kernel settings lost disablePyPIFallback")
    built = json.loads((ROOT / AUTORUN / "package.json").read_text("utf-8"))
    if not any(e.get("name") == built["name"] and e.get("load") == built["jupyterlab"]["_build"][
            "load"] for e in config.get("federated_extensions", [])):
        raise SiteError(f"the site lacks {built['name']} as built in {AUTORUN}, so notebooks "
                        "would not run when they open")
    notebooks = {f"{section}.ipynb" for section in SECTIONS}
    missing = notebooks - {p.name for p in (out / "files").glob("*.ipynb")}
    if missing:
        raise SiteError(f"the site lacks notebooks: {', '.join(sorted(missing))}")


def add_favicon(out: Path) -> None:
    """Browsers ask for /favicon.ico on their own: give them the app's icon, not a 404."""
    shutil.copy2(out / "lab" / "favicon.ico", out / "favicon.ico")


def add_licences(out: Path) -> None:
    """The site is the kit's code and lesson material: it carries both licences."""
    for name in LICENCES:
        shutil.copy2(ROOT / name, out / name)


def build(out: Path, cache: Path, pins_file: Path = PINS) -> list[str]:
    """Build the whole site into ``out``; return the names of the wheels it ships."""
    pins = read_pins(pins_file)
    check_pins(pins, str(pins_file.relative_to(ROOT) if pins_file.is_relative_to(ROOT)
                         else pins_file))
    lite = cache / "lite"
    shutil.rmtree(lite / "static", ignore_errors=True)
    lite.mkdir(parents=True, exist_ok=True)
    runtime = lite / "static" / "pyodide"
    lock = fetch_pyodide(pins["npm"]["pyodide"], cache, runtime)
    kit = build_kit_wheel(cache / "dist")
    wheels = bundle_wheels(lock, kit, cache / "wheels", runtime)
    stage(lite, cache / "contents")
    lite_build(lite, cache / "contents", out, kit)
    check_site(out)
    add_favicon(out)
    add_licences(out)
    return wheels


def main(argv: list[str] | None = None) -> int:
    """Command line: build the site and say where it is."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "site")
    parser.add_argument("--cache", type=Path, default=ROOT / "build" / "cache")
    parser.add_argument("--pins", type=Path, default=PINS, help="the pinned versions")
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        wheels = build(args.out.resolve(), args.cache.resolve(), args.pins)
    except SiteError as e:
        print(f"site: {e}", file=sys.stderr)
        return 1
    print(f"site: built {args.out} in {time.monotonic() - started:.1f} s with "
          f"{len(wheels)} wheels; serve it with: "
          f"python3 -m http.server --directory {args.out} 8000")
    return 0


if __name__ == "__main__":
    sys.exit(main())
