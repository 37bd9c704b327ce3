"""Start the class's JupyterHub (`make hub`): secrets, class folder, then jupyterhub.

Run with the hub's own Python, from the kit: HUB/venv/bin/python -m hub.start --hub HUB.
The secrets are made once and kept in HUB/state (mode 0700, each file 0600): the class
password learners type, the facilitator's admin password and the API token that
`make hub-prepare` uses.
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from hub.client import room_address

KIT = Path(__file__).resolve().parents[1]
CONFIG = Path(__file__).resolve().with_name("jupyterhub_config.py")
#: words for a class password a room can type from a projector (three of them and a number:
#: about 27 bits, enough for a one-day class; the hub's own login allows no other way in)
WORDS = ("amber", "anchor", "aspen", "basil", "birch", "brisk", "canyon", "cedar", "clover",
         "comet", "coral", "dune", "ember", "fern", "fjord", "flint", "garnet", "grove",
         "harbor", "hazel", "heron", "indigo", "iris", "jasper", "juniper", "kestrel", "lagoon",
         "lantern", "maple", "meadow", "nectar", "nutmeg", "orchid", "otter", "pebble", "pine",
         "quartz", "quill", "river", "saffron", "sparrow", "thistle", "tundra", "umber",
         "velvet", "violet", "willow", "yarrow", "zephyr")


def write_secret(path: Path, value: str) -> None:
    """Write ``value`` to ``path`` atomically, readable by its owner only."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(fd, "w", encoding="utf-8") as out:  # mkstemp makes it 0600
        out.write(value + "\n")
    os.replace(tmp, path)


def make_secrets(state: Path) -> None:
    """The class password, the admin password and the API token, made once."""
    state.mkdir(parents=True, exist_ok=True)
    os.chmod(state, 0o700)
    made: dict[str, Callable[[], str]] = {
        "class-password": lambda: "-".join([*(secrets.choice(WORDS) for _ in range(3)),
                                            str(secrets.randbelow(900) + 100)]),
        "admin-password": lambda: secrets.token_urlsafe(32),  # the hub wants >= 32 characters
        "api-token": lambda: secrets.token_hex(32),
    }
    for name, new in made.items():
        if not (state / name).exists():
            write_secret(state / name, new())


def reachable_by_others(path: Path) -> bool:
    """Whether an account other than root can reach ``path`` (every folder above searchable)."""
    for folder in [path, *path.parents]:
        if folder.exists() and not folder.stat().st_mode & 0o001:
            return False
    return True


def check_reachable(hub: Path) -> None:
    """As root, learners' servers run as their own accounts: they must reach the venv."""
    if os.geteuid() == 0 and not reachable_by_others(hub / "venv"):
        raise SystemExit(f"{hub}: learners' accounts cannot reach this folder (a folder above "
                         "it is private); run `make hub HUB=/srv/workshop-hub` or move the kit")


def class_folder(folder: Path) -> None:
    """The class folder: everyone adds files, nobody deletes another's (mode 1777)."""
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o1777)


def arguments(argv: list[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hub", type=Path, required=True, help="the hub folder (build/hub)")
    parser.add_argument("--url", default="http://0.0.0.0:8000",
                        help="the address learners open (default: port 8000, every interface)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Prepare the hub folder, print how to log in, then run JupyterHub until stopped."""
    args = arguments(argv)
    hub = args.hub.resolve()
    check_reachable(hub)
    make_secrets(hub / "state")
    class_folder(Path(os.environ.get("WORKSHOP_HUB_CLASS_DIR", hub / "class")))
    write_secret(hub / "state/bind-url", args.url)  # for `make hub-prepare`
    env = dict(os.environ, WORKSHOP_HUB_DIR=str(hub), WORKSHOP_HUB_KIT=str(KIT),
               WORKSHOP_HUB_URL=args.url)
    env.pop("PYTHONPATH", None)  # the hub and the servers use the kit installed in the venv
    password = (hub / "state/class-password").read_text("utf-8").strip()
    print(f"Class server at {room_address(args.url)} - class password: {password}\n"
          f"Facilitator: log in as {env.get('WORKSHOP_HUB_ADMIN', 'facilitator')} with the "
          f"password in {hub / 'state/admin-password'}. Stop with Ctrl+C.", flush=True)
    os.chdir(hub / "state")
    jupyterhub = str(hub / "venv/bin/jupyterhub")
    os.execve(jupyterhub, [jupyterhub, "-f", str(CONFIG)], env)  # becomes the hub's process
    return 1


if __name__ == "__main__":
    sys.exit(main())
