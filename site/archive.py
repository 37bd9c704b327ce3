"""Pack the built offline site as one archive to download: `make release`.

    python site/archive.py [--site build/site] [--out dist]

Writes OUT/workshop-site-VERSION.zip: the site (`make site`) in a folder of that name, with a
README.txt that says how to serve it. A facilitator downloads it, unpacks it on the laptop
that serves the room and needs no network from then on.
"""

from __future__ import annotations

import argparse
import os
import sys
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: what a built site must hold before it is packed
REQUIRED = ("index.html", "files/00-start-here.ipynb", "LICENSE", "LICENSE-content")
README = """The "Can I Get Your Number?" workshop as an offline website (version {version})

Serve this folder from any static web host, or from one laptop on the room's network:

    python3 -m http.server --directory {folder} 8000 --bind 0.0.0.0

Learners open http://<that laptop's address>:8000/ and find the notebooks in the file list.
Opening index.html from disk does not work: browsers block it, so a web server is needed.
Progress is saved in each learner's browser; it lasts beyond the page only on a secure
address (localhost, or https://).

The code is under the MIT licence (LICENSE); the lesson material is under CC BY 4.0
(LICENSE-content).
"""


class ArchiveError(Exception):
    """The site cannot be packed: the message says what to do."""


def version(pyproject: Path = ROOT / "pyproject.toml") -> str:
    """The kit's version, as pyproject.toml gives it."""
    return str(tomllib.loads(pyproject.read_text("utf-8"))["project"]["version"])


def pack(site: Path, out: Path, release: str) -> Path:
    """Write ``out/workshop-site-<release>.zip`` from the built ``site``; return its path."""
    missing = [name for name in REQUIRED if not (site / name).is_file()]
    if missing:
        raise ArchiveError(f"{site} is not a built site (no {', '.join(missing)}); "
                           "build it first: make site")
    folder = f"workshop-site-{release}"
    target = out / f"{folder}.zip"
    out.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"{folder}/README.txt", README.format(version=release, folder=folder))
        for path in sorted(p for p in site.rglob("*") if p.is_file()):
            archive.write(path, f"{folder}/{path.relative_to(site).as_posix()}")
    os.replace(partial, target)
    return target


def main(argv: list[str] | None = None) -> int:
    """Command line: pack the site and say where the archive is."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=ROOT / "build" / "site")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    args = parser.parse_args(argv)
    try:
        target = pack(args.site, args.out, version())
    except ArchiveError as e:
        print(f"archive: {e}", file=sys.stderr)
        return 1
    print(f"archive: wrote {target} ({target.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
