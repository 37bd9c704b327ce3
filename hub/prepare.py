"""Before the class (`make hub-prepare LEARNERS=30`): accounts and servers ready, address shown.

Creates the users learner-01 ... learner-NN (their accounts too, when the hub runs as root),
starts their servers a few at a time, waits until they are ready, then prints what to project:
the address (with a QR code), the class password and the names to use. Learners may still log
in with any other name; a prepared name simply opens at once. Run it again to restart stopped
servers; running servers are left alone.
"""

from __future__ import annotations

import argparse
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from hub.client import Hub, HubError, room_address

#: servers asked for at once: 2 cores start about 8 in the time one takes alone
AT_ONCE = 8
READY_S = 300.0


def names(count: int, prefix: str = "learner") -> list[str]:
    """learner-01, learner-02, ... (two digits up to 99)."""
    width = max(2, len(str(count)))
    return [f"{prefix}-{i:0{width}d}" for i in range(1, count + 1)]


def start_one(hub: Hub, name: str) -> bool:
    """Start ``name``'s server (unless running) and wait until it is ready."""
    status = hub.start(name)
    if status not in (201, 202, 400):
        return False
    return hub.wait_ready(name, READY_S)


def start_all(hub: Hub, users: list[str]) -> list[str]:
    """Start every server, :data:`AT_ONCE` at a time; the names that failed."""
    with ThreadPoolExecutor(AT_ONCE) as pool:
        started = list(pool.map(lambda name: start_one(hub, name), users))
    return [name for name, ok in zip(users, started, strict=True) if not ok]


def qr_code(address: str) -> str:
    """The address as a QR code in text, or nothing without segno."""
    try:
        import segno
    except ImportError:
        return ""
    from io import StringIO

    out = StringIO()
    segno.make(address, error="m").terminal(out=out, compact=True)
    return out.getvalue()


def arguments(argv: list[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hub", type=Path, required=True, help="the hub folder (build/hub)")
    parser.add_argument("--learners", type=int, required=True, help="how many to prepare")
    parser.add_argument("--address", help="the address to show (default: this machine's)")
    parser.add_argument("--prefix", default="learner", help="names are PREFIX-01, PREFIX-02...")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Prepare the servers, then print the address, the password and the names."""
    args = arguments(argv)
    if not 0 < args.learners <= 200:
        print(f"--learners: {args.learners} is out of range; give 1 to 200", file=sys.stderr)
        return 1
    try:
        hub = Hub.from_folder(args.hub)
        users = names(args.learners, args.prefix)
        began = time.monotonic()
        hub.create_users(users)
        failed = start_all(hub, users)
        password = (args.hub / "state/class-password").read_text("utf-8").strip()
        bind = (args.hub / "state/bind-url").read_text("utf-8").strip()
    except HubError as e:
        print(f"hub-prepare: {e}", file=sys.stderr)
        return 1
    address = args.address or room_address(bind)
    print(qr_code(address))
    print(f"Open {address}\nName: any name, or {users[0]} ... {users[-1]} (one each)\n"
          f"Class password: {password}\n"
          f"{len(users) - len(failed)} of {len(users)} servers ready in "
          f"{time.monotonic() - began:.0f} s")
    if failed:
        print(f"not ready: {', '.join(failed)} (run again to retry)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
