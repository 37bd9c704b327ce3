"""A class logging in at once: N learners on the kit's JupyterHub, each running one notebook.

Starts the kit's hub (as `make hub` does, from a throwaway folder on loopback; as root each
learner is an account of their own, all removed afterwards), creates N users through the REST
API, starts their servers all at the same moment, and then, in each server, a kernel that runs
every code cell of one notebook of the learner copy (as the autorun extension does when the
notebook opens). Prints spawn time (median, worst), notebook run time, failed spawns and runs,
and memory per learner (PSS of the learner's server and kernel, from /proc).

    sudo build/hub/venv/bin/python benchmarks/bench_hub.py --learners 40

Run it with the hub's Python (it needs websocket-client and nbformat, which the hub's
environment has) after `make hub-env`. It takes a few minutes on 2 cores.
"""

from __future__ import annotations

import argparse
import json
import os
import pwd
import statistics
import sys
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import nbformat
import websocket

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hub.client import Hub
from tests.hub import harness

SPAWN_S = 400.0
CELL_S = 300.0
#: how often each learner asks whether its server is ready: 40 learners asking every second
#: would cost the hub about a core, which a room of browsers waiting on the hub's progress
#: page does not
POLL_S = 3.0
LOG = Path(__file__).resolve().parents[1] / "build" / "bench-hub.log"


@dataclass(slots=True)
class Learner:
    """What one simulated learner measured."""

    name: str
    spawn_s: float | None = None  # None: the server never became ready
    run_s: float | None = None  # None: the notebook failed
    error: str = ""


def execute(ws: websocket.WebSocket, session: str, code: str) -> str:
    """Run ``code`` in the kernel; its status ("ok" or "error")."""
    msg_id = uuid.uuid4().hex
    ws.send(json.dumps({
        "header": {"msg_id": msg_id, "msg_type": "execute_request", "session": session,
                   "username": "bench", "version": "5.3", "date": ""},
        "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
        "content": {"code": code, "silent": False, "store_history": True,
                    "user_expressions": {}, "allow_stdin": False, "stop_on_error": True}}))
    while True:
        msg = json.loads(ws.recv())
        if msg.get("parent_header", {}).get("msg_id") == msg_id and \
                msg["msg_type"] == "execute_reply":
            return str(msg["content"]["status"])


def run_notebook(hub: Hub, name: str, cells: list[str]) -> float:
    """Start a kernel in ``name``'s server and run ``cells``; the seconds it took."""
    token = hub.user_token(name)
    began = time.monotonic()
    status, kernel = hub.call("POST", f"/user/{name}/api/kernels",
                              {"name": "python3", "path": "workshop/notebooks"}, token=token)
    if status != 201:
        raise RuntimeError(f"starting a kernel: HTTP {status}")
    address = hub.url.replace("http", "ws", 1)
    ws = websocket.create_connection(
        f"{address}/user/{name}/api/kernels/{kernel['id']}/channels",
        header=[f"Authorization: token {token}"], timeout=CELL_S)
    try:
        session = uuid.uuid4().hex
        for code in cells:
            if execute(ws, session, code) != "ok":
                raise RuntimeError(f"cell failed: {code[:60]!r}")
    finally:
        ws.close()
    return time.monotonic() - began


def one_learner(hub: Hub, name: str, cells: list[str], start: float) -> Learner:
    """Spawn ``name``'s server (asked for at ``start``), then run the notebook."""
    learner = Learner(name)
    hub.start(name)
    if not hub.wait_ready(name, SPAWN_S, POLL_S):
        learner.error = "server not ready"
        return learner
    learner.spawn_s = time.monotonic() - start
    try:
        learner.run_s = run_notebook(hub, name, cells)
    except (RuntimeError, OSError, websocket.WebSocketException) as e:
        learner.error = str(e)
    return learner


def pss_mb(pid: int) -> float:
    """Proportional set size of process ``pid`` in MB (0 if it is gone)."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def memory_per_learner(names: list[str]) -> list[float]:
    """PSS of every process of each learner's account (server and kernel), in MB."""
    return [sum(pss_mb(pid) for pid in harness.processes_of(pwd.getpwnam(n).pw_uid))
            for n in names]


def code_cells(notebook: Path) -> list[str]:
    """The code cells of ``notebook``, in order."""
    nb = nbformat.read(notebook, as_version=4)
    return [c.source for c in nb.cells if c.cell_type == "code"]


def report(learners: list[Learner], memory: list[float], wall: float) -> None:
    """Print the figures."""
    spawns = [x.spawn_s for x in learners if x.spawn_s is not None]
    runs = [x.run_s for x in learners if x.run_s is not None]
    failed = [x for x in learners if x.error]
    print(f"learners: {len(learners)}; all done after {wall:.0f} s")
    if spawns:
        print(f"spawn (ask to ready, all asked at once): median {statistics.median(spawns):.1f} s,"
              f" worst {max(spawns):.1f} s; failed spawns: {len(learners) - len(spawns)}")
    if runs:
        print(f"notebook run (kernel start + every cell): median {statistics.median(runs):.1f} s,"
              f" worst {max(runs):.1f} s; failed runs: {len(spawns) - len(runs)}")
    if memory and any(memory):
        print(f"memory per learner (PSS, server + kernel): median {statistics.median(memory):.0f}"
              f" MB, max {max(memory):.0f} MB, all learners {sum(memory) / 1024:.2f} GB")
    for x in failed:
        print(f"  {x.name}: {x.error}")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark once."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=40)
    parser.add_argument("--notebook", default="01-the-art-of-asking.ipynb")
    args = parser.parse_args(argv)
    if os.geteuid() != 0:
        print("bench_hub: run as root (each learner is a Unix account)", file=sys.stderr)
        return 1
    cells = code_cells(harness.BUILT / "learner" / "notebooks" / args.notebook)
    with harness.class_hub(keep_log=LOG) as hub:
        names = [f"{hub.group}-{i:02d}" for i in range(1, args.learners + 1)]
        began = time.monotonic()
        hub.api.create_users(names)
        print(f"{len(names)} users and accounts made in {time.monotonic() - began:.1f} s")
        start = time.monotonic()
        with ThreadPoolExecutor(len(names)) as pool:
            learners = list(pool.map(lambda n: one_learner(hub.api, n, cells, start), names))
        wall = time.monotonic() - start
        report(learners, memory_per_learner(names), wall)
    print(f"the hub's log: {LOG}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
