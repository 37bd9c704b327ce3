"""The wheels of the offline site: which ones, fetched once, listed in pyodide-lock.json.

Pyodide loads a package named in its lock file when a cell imports it, so every wheel the kit
needs gets an entry there. A package Pyodide ships keeps Pyodide's version (its wheel is
fetched from the package index, whose sha256 differs from Pyodide's repacked one); any other
one is the version installed here, so the site runs what the tests ran.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import subprocess
import sys
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from email.parser import Parser
from pathlib import Path
from typing import Any

from packaging.requirements import Requirement
from packaging.utils import NormalizedName, canonicalize_name, parse_wheel_filename
from packaging.version import Version

#: what the kernel loads before a notebook runs; all of it is preloaded with Pyodide itself
#: (loadPyodideOptions.packages), so the kernel installs nothing one by one
KERNEL_NEEDS = ("micropip", "piplite", "pyodide-kernel", "ipykernel", "ipython", "jedi", "comm")
#: the kit (and so its dependencies) is preloaded with them: every notebook's first cell
#: imports it, and fetched with the kernel's wheels it is ready when that cell runs, rather
#: than fetched and unpacked only then
PRELOADED = (*KERNEL_NEEDS, "workshop")
PIP_TIMEOUT_S = 600


class SiteError(RuntimeError):
    """The site cannot be built; the message says why and what to do."""


@dataclass(frozen=True, slots=True)
class Wheel:
    """One wheel the site ships: where it is and what its lock entry says."""

    path: Path
    name: str
    version: str
    imports: tuple[str, ...]
    depends: tuple[NormalizedName, ...]  # the shipped packages it needs, by lock key


@dataclass(slots=True)
class Resolver:
    """Finds a pure-Python wheel for every requirement, following Requires-Dist."""

    lock: dict[str, Any]
    stubs: Path
    cache: Path
    python: str
    chosen: dict[NormalizedName, Wheel] = field(default_factory=dict)

    def add_wheel(self, path: Path) -> None:
        """Ship the wheel at ``path`` and what it requires."""
        wheel = wheel_info(path)
        self.add([], wheel.name, [wheel])

    def add(self, requirements: Iterable[Requirement], wanted_by: str,
            wheels: Iterable[Wheel] = ()) -> None:
        """Choose a wheel for each requirement and, in turn, for what each one requires."""
        queue = [(r, wanted_by) for r in requirements]
        for wheel in wheels:
            queue += self._take(wheel)
        while queue:
            req, by = queue.pop(0)
            if req.marker is not None and not req.marker.evaluate(self.environment()):
                continue
            name = canonicalize_name(req.name)
            if name in self.chosen:
                have = self.chosen[name].version
                if not req.specifier.contains(have, prereleases=True):
                    raise SiteError(f"{by} needs {req}, but the site already ships {name} "
                                    f"{have}; align the versions in site/pins.toml")
                continue
            queue += self._take(self._choose(req, by))

    def _take(self, wheel: Wheel) -> list[tuple[Requirement, str]]:
        needs = [r for r in map(Requirement, wheel_requirements(wheel.path))
                 if r.marker is None or r.marker.evaluate(self.environment())]
        depends = tuple(sorted({canonicalize_name(r.name) for r in needs}))
        self.chosen[canonicalize_name(wheel.name)] = replace(wheel, depends=depends)
        return [(r, wheel.name) for r in needs]

    def environment(self) -> dict[str, str]:
        """The PEP 508 marker values of Pyodide's Python in the browser."""
        return {
            "python_version": ".".join(self.python.split(".")[:2]),
            "python_full_version": self.python,
            "sys_platform": "emscripten",
            "platform_system": "Emscripten",
            "platform_machine": "wasm32",
            "os_name": "posix",
            "implementation_name": "cpython",
            "platform_python_implementation": "CPython",
            "extra": "",
        }

    def _choose(self, req: Requirement, by: str) -> Wheel:
        name = canonicalize_name(req.name)
        entry = self.lock.get(name)
        if entry is not None and req.specifier.contains(entry["version"], prereleases=True):
            return self._pinned(name, entry["version"], by)
        for stub in sorted(self.stubs.glob("*.whl")):
            stub_name, stub_version, _, _ = parse_wheel_filename(stub.name)
            if stub_name == name and req.specifier.contains(stub_version, prereleases=True):
                return wheel_info(stub)
        try:
            installed = importlib.metadata.version(req.name)
        except importlib.metadata.PackageNotFoundError:
            installed = None
        if installed is not None and req.specifier.contains(installed, prereleases=True):
            return self._pinned(name, installed, by)
        return wheel_info(self._download(str(req), by))

    def _pinned(self, name: NormalizedName, version: str, by: str) -> Wheel:
        cached = self._cached(name, version)
        return wheel_info(cached or self._download(f"{name}=={version}", by))

    def _cached(self, name: NormalizedName, version: str) -> Path | None:
        for path in self.cache.glob("*.whl"):
            found, found_version, _, _ = parse_wheel_filename(path.name)
            if found == name and found_version == Version(version):
                return path
        return None

    def _download(self, spec: str, by: str) -> Path:
        self.cache.mkdir(parents=True, exist_ok=True)
        before = set(self.cache.glob("*.whl"))
        major, minor = self.python.split(".")[:2]
        done = subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
             "--only-binary=:all:", "--platform", "any", "--implementation", "py",
             "--abi", "none", "--python-version", f"{major}.{minor}",
             "--dest", str(self.cache), spec],
            capture_output=True, text=True, timeout=PIP_TIMEOUT_S, check=False)
        if done.returncode != 0:
            last = (done.stderr.strip().splitlines() or ["no output"])[-1]
            raise SiteError(f"no pure-Python wheel of {spec} (needed by {by}) on the package "
                            f"index: {last}; the site can only ship pure-Python wheels")
        new = set(self.cache.glob("*.whl")) - before
        name = canonicalize_name(Requirement(spec).name)
        for path in new or self.cache.glob("*.whl"):
            if parse_wheel_filename(path.name)[0] == name and Requirement(spec).specifier.contains(
                    parse_wheel_filename(path.name)[1], prereleases=True):
                return path
        raise SiteError(f"pip download {spec} left no wheel in {self.cache}")


def wheel_info(path: Path) -> Wheel:
    """Name, version, import names and dependencies of a pure-Python wheel."""
    _, version, _, tags = parse_wheel_filename(path.name)
    if any(tag.abi != "none" or tag.platform != "any" for tag in tags):
        raise SiteError(f"{path.name} is not a pure-Python wheel; Pyodide cannot load it "
                        "offline: choose a pure-Python package instead")
    with zipfile.ZipFile(path) as archive:
        tops = {part.split("/")[0] for part in archive.namelist()}
    imports = sorted(top.removesuffix(".py") for top in tops
                     if top.removesuffix(".py").isidentifier())  # not .dist-info, not .data
    return Wheel(path, metadata(path)["Name"], str(version), tuple(imports), ())


def metadata(path: Path) -> Any:
    """The METADATA of a wheel, parsed."""
    with zipfile.ZipFile(path) as archive:
        info = next((n for n in archive.namelist()
                     if n.count("/") == 1 and n.endswith(".dist-info/METADATA")), None)
        if info is None:
            raise SiteError(f"{path.name} has no .dist-info/METADATA; it is not a wheel")
        return Parser().parsestr(archive.read(info).decode("utf-8"))


def wheel_requirements(path: Path) -> list[str]:
    """The wheel's Requires-Dist, without the ones only an extra asks for."""
    found = []
    for text in metadata(path).get_all("Requires-Dist") or []:
        req = Requirement(text)
        if req.marker is not None and "extra" in str(req.marker):
            continue
        found.append(text)
    return found


def lock_entry(wheel: Wheel, lock: dict[str, Any]) -> dict[str, Any]:
    """The pyodide-lock.json entry of a shipped wheel."""
    old = lock.get(canonicalize_name(wheel.name), {})
    return {
        "name": old.get("name", wheel.name),
        "version": wheel.version,
        "file_name": wheel.path.name,
        "install_dir": "site",
        "sha256": hashlib.sha256(wheel.path.read_bytes()).hexdigest(),
        "package_type": "package",
        "imports": old.get("imports") or list(wheel.imports),
        "depends": list(wheel.depends),
        "unvendored_tests": False,
    }
