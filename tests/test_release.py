"""The release (`make release`): an sdist and a wheel that install the kit with its exercises.

The wheel is installed in a fresh virtual environment (its dependencies from the package index,
through pip's cache), which runs `workshop validate`, `workshop list` and a notebook from a
folder outside the checkout, so the kit that runs is the installed one. dist/ is reused when
`make release` wrote it after the last change to the kit; otherwise the sdist and wheel are
built here. The offline site's archive is checked when the site has been built (the offline
site tests build it first).
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import EXERCISES, ROOT
from workshop.exercises import load_exercises

VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
WHEEL = f"workshop-{VERSION}-py3-none-any.whl"
SDIST = f"workshop-{VERSION}.tar.gz"
#: what the sdist and wheel are made from
SOURCES = ("workshop", "exercises", "notebooks", "pyproject.toml", "hatch_build.py",
           "README.md", "LICENSE", "LICENSE-content")
LICENCES = ("LICENSE", "LICENSE-content")
NOTEBOOK = "01-the-art-of-asking.ipynb"
PIP_TIMEOUT_S = 900
#: run in the fresh environment: execute a notebook in place, then say where the kit came from
EXECUTE = """
import sys, nbformat
from nbclient import NotebookClient
nb = nbformat.read(sys.argv[1], as_version=4)
nb.cells.append(nbformat.v4.new_code_cell(
    "import workshop; from workshop.exercises import exercises_root;"
    "print(workshop.__file__); print(exercises_root())"))
NotebookClient(nb, timeout=300, kernel_name="python3").execute()
nbformat.write(nb, sys.argv[1])
"""


def newest_source() -> float:
    """The time of the last change to what the release is made from."""
    times = []
    for name in SOURCES:
        path = ROOT / name
        files = [path] if path.is_file() else path.rglob("*")
        times += [f.stat().st_mtime for f in files if f.is_file()
                  and "__pycache__" not in f.parts and not f.name.startswith(".")]
    return max(times)


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dist/ when `make release` wrote it after the last change, else a fresh build."""
    built = [ROOT / "dist" / name for name in (WHEEL, SDIST)]
    if all(p.is_file() for p in built) and min(p.stat().st_mtime for p in built) > newest_source():
        return ROOT / "dist"
    out = tmp_path_factory.mktemp("dist")
    done = subprocess.run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out),
                           str(ROOT)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    return out


def test_the_sdist_holds_the_course_and_the_licences(dist: Path) -> None:
    with tarfile.open(dist / SDIST) as sdist:
        names = {n.split("/", 1)[1] for n in sdist.getnames() if "/" in n}
    shipped = {p.relative_to(ROOT).as_posix() for p in EXERCISES.rglob("*.yaml")}
    notebooks = {p.relative_to(ROOT).as_posix() for p in (ROOT / "notebooks").glob("*.ipynb")}
    assert shipped <= names and notebooks <= names
    assert {*LICENCES, "README.md", "CHANGELOG.md", "CONTRIBUTING.md", "FACILITATOR.md",
            "hatch_build.py", "workshop/labextension/package.json", "Makefile",
            "hub/jupyterhub_config.py", "hub/k8s/Dockerfile", "hub/k8s/values.yaml"} <= names
    stray = [n for n in names if n.startswith((".venv/", "build/", "dist/"))
             or n.endswith(".catalogue.json")]
    assert not stray, stray


def test_the_wheel_carries_the_exercises_and_both_licences(dist: Path) -> None:
    with zipfile.ZipFile(dist / WHEEL) as wheel:
        names = set(wheel.namelist())
        metadata = wheel.read(f"workshop-{VERSION}.dist-info/METADATA").decode()
    assert {f"workshop-{VERSION}.dist-info/licenses/{n}" for n in LICENCES} <= names
    assert "License-Expression: MIT AND CC-BY-4.0" in metadata.splitlines()
    bundled = {n.removeprefix("workshop/_exercises/") for n in names
               if n.startswith("workshop/_exercises/")}
    assert {p.relative_to(EXERCISES).as_posix() for p in EXERCISES.rglob("*.yaml")} <= bundled
    assert ".catalogue.json" in bundled


def clean_env(home: Path) -> dict[str, str]:
    """The environment of a learner's machine: nothing points at the checkout."""
    env = {k: v for k, v in os.environ.items()
           if k not in {"PYTHONPATH", "VIRTUAL_ENV"} and not k.startswith(("WORKSHOP_", "JUPYTER"))}
    env |= {"WORKSHOP_PROGRESS_DIR": str(home / "progress"), "PIP_DISABLE_PIP_VERSION_CHECK": "1",
            "JUPYTER_DATA_DIR": str(home / "jupyter"), "JUPYTER_CONFIG_DIR": str(home / "config"),
            "JUPYTER_RUNTIME_DIR": str(home / "runtime"), "IPYTHONDIR": str(home / "ipython")}
    return env


@pytest.fixture(scope="module")
def installed(dist: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A fresh virtual environment with the wheel, a kernel and nbclient; its bin folder."""
    home = tmp_path_factory.mktemp("installed")
    env = clean_env(home)
    subprocess.run([sys.executable, "-m", "venv", str(home / "venv")], env=env, check=True)
    bin_dir = home / "venv" / "bin"
    done = subprocess.run([str(bin_dir / "python"), "-m", "pip", "install", "--quiet",
                           str(dist / WHEEL), "ipykernel", "nbclient"], env=env,
                          capture_output=True, text=True, timeout=PIP_TIMEOUT_S, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    (home / "work").mkdir()
    return bin_dir, env


def run(installed: tuple[Path, dict[str, str]], *command: str) -> str:
    """A program of the fresh environment, run outside the checkout; its output."""
    bin_dir, env = installed
    done = subprocess.run([str(bin_dir / command[0]), *command[1:]], env=env,
                          cwd=bin_dir.parent.parent / "work", capture_output=True, text=True,
                          timeout=600, check=False)
    assert done.returncode == 0, f"{' '.join(command)}:\n{done.stdout[-2000:]}{done.stderr[-2000:]}"
    return done.stdout


def test_the_installed_kit_validates_its_exercises(installed: tuple[Path, dict[str, str]]) -> None:
    out = run(installed, "workshop", "validate")
    count = len(load_exercises(EXERCISES))
    assert re.search(rf"^ok: {count} exercises, \d+ examples checked, no problems", out, re.M), out


def test_the_installed_kit_lists_every_exercise(installed: tuple[Path, dict[str, str]]) -> None:
    rows = json.loads(run(installed, "workshop", "list", "--json"))
    assert {r["id"] for r in rows} == set(load_exercises(EXERCISES))


def test_a_notebook_runs_on_the_installed_kit(dist: Path,
                                              installed: tuple[Path, dict[str, str]]) -> None:
    work = installed[0].parent.parent / "work"
    with tarfile.open(dist / SDIST) as sdist:  # the release's own copy of the notebook
        member = sdist.extractfile(f"workshop-{VERSION}/notebooks/{NOTEBOOK}")
        assert member is not None
        saved = json.loads(member.read())
    (work / NOTEBOOK).write_text(json.dumps(saved), "utf-8")
    run(installed, "python", "-c", EXECUTE, NOTEBOOK)
    cells = json.loads((work / NOTEBOOK).read_text("utf-8"))["cells"]
    outputs = [o for c in cells if c["cell_type"] == "code" for o in c["outputs"]]
    assert not [o for o in outputs if o["output_type"] == "error"]
    site_packages = str(installed[0].parent / "lib")
    where = "".join(outputs[-1]["text"]).split()
    assert len(where) == 2 and all(w.startswith(site_packages) for w in where), where
    assert where[1].endswith("_exercises"), "the exercises should come from the wheel"
    assert loading(cells) == loading(saved["cells"]) != []


def loading(cells: list[dict[str, object]]) -> list[str]:
    """The "Loading the exercise ..." text of every exercise a notebook shows."""
    texts = ["".join(o.get("data", {}).get("text/plain", ""))  # type: ignore[union-attr]
             for c in cells if c["cell_type"] == "code" for o in c["outputs"]]  # type: ignore[attr-defined]
    return [t for t in texts if t.startswith("Loading the exercise")]


def archive_module() -> ModuleType:
    """site/archive.py as a module (site/ is not a package)."""
    spec = importlib.util.spec_from_file_location("site_archive", ROOT / "site" / "archive.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ARCHIVE = archive_module()


def test_the_site_archive_is_one_folder_with_a_readme(tmp_path: Path) -> None:
    site = tmp_path / "site"
    for name in (*ARCHIVE.REQUIRED, "lab/index.html"):
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text(name, "utf-8")
    target = ARCHIVE.pack(site, tmp_path / "dist", "9.9")
    assert target == tmp_path / "dist" / "workshop-site-9.9.zip"
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        readme = archive.read("workshop-site-9.9/README.txt").decode()
    assert sorted(names) == sorted(f"workshop-site-9.9/{n}" for n in
                                   (*ARCHIVE.REQUIRED, "lab/index.html", "README.txt"))
    assert "--directory workshop-site-9.9" in readme and "CC BY 4.0" in readme
    assert [p.name for p in target.parent.iterdir()] == [target.name], "no partial file left"


def test_an_unbuilt_site_is_not_packed(tmp_path: Path) -> None:
    (tmp_path / "site").mkdir()
    with pytest.raises(ARCHIVE.ArchiveError, match=r"no index\.html.*make site"):
        ARCHIVE.pack(tmp_path / "site", tmp_path / "dist", "9.9")
    assert not (tmp_path / "dist").exists()


def test_the_built_site_packs_with_its_licences(tmp_path: Path) -> None:
    site = ROOT / "build" / "site"
    if not (site / "index.html").is_file():
        pytest.skip("the offline site is not built (make site; the offline site tests build it)")
    with zipfile.ZipFile(ARCHIVE.pack(site, tmp_path, VERSION)) as archive:
        names = set(archive.namelist())
    top = f"workshop-site-{VERSION}/"
    assert {top + n for n in (*ARCHIVE.REQUIRED, "README.txt")} <= names
    assert any(n.startswith(top + "files/exercises/") for n in names)


def test_the_changelog_describes_this_version() -> None:
    text = (ROOT / "CHANGELOG.md").read_text("utf-8")
    first = re.search(r"^## \[?(\d[^\]\s]*)\]?", text, re.M)
    assert first is not None and first.group(1) == VERSION, "CHANGELOG.md's first entry"
