"""The offline site with no network: a network namespace with only loopback, a static server
and Chromium inside it, and a log of every request the browser makes. For tests and benchmarks.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import (
    Browser,
    BrowserContext,
    Page,
    Playwright,
    Request,
    Response,
    expect,
)

from tests.browser import lab

ROOT = lab.ROOT
SITE = ROOT / "build" / "site"
BUILD = ROOT / "site" / "build.py"
#: opens notebook ``{path}`` in the site's JupyterLab
LAB_URL = "{base}/lab/index.html?path={path}"
BUILD_TIMEOUT_S = 1800
KERNEL_READY_MS = 120_000  # a cold start on a busy 2-core machine has taken 30 s
#: a request line of http.server's log answered with a 4xx or 5xx status
ERROR_STATUS = re.compile(r'" [45]\d\d ')
#: run in the new namespace: bring loopback up, say so, then hold the namespace open
HOLD = """
import fcntl, socket, struct, sys
SIOCGIFFLAGS, SIOCSIFFLAGS, IFF_UP = 0x8913, 0x8914, 0x1
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
flags = struct.unpack("16sh", fcntl.ioctl(s, SIOCGIFFLAGS, struct.pack("16sh", b"lo", 0)))[1]
fcntl.ioctl(s, SIOCSIFFLAGS, struct.pack("16sh", b"lo", flags | IFF_UP))
print("ready", flush=True)
sys.stdin.read()
"""
NO_NAMESPACE = (
    "The offline site test needs a network namespace with only loopback, and neither "
    "`unshare -n` (as root) nor `unshare -rn` (as a user) could make one here:\n{why}\n"
    "Run the tests as root (CI does), or allow unprivileged user namespaces "
    "(sysctl kernel.unprivileged_userns_clone=1)."
)


class OfflineError(RuntimeError):
    """The namespace, server or site could not be set up; the message says why."""


def build_site(out: Path = SITE, cache: Path | None = None) -> Path:
    """Run site/build.py (fast from its cache); raise with its message if it fails."""
    where = ["--cache", str(cache)] if cache is not None else []
    done = subprocess.run([sys.executable, str(BUILD), "--out", str(out), *where],
                          capture_output=True, text=True, timeout=BUILD_TIMEOUT_S, check=False)
    if done.returncode != 0:
        raise OfflineError(f"building the site failed:\n{done.stderr.strip()[-3000:]}")
    return out


@dataclass(slots=True)
class Namespace:
    """A network namespace with only loopback, held open by one process."""

    holder: subprocess.Popen[str]
    user: bool  # entered with its user namespace too (made without root)

    def enter(self) -> list[str]:
        """The command prefix that runs a program inside the namespace."""
        user = ["-U", "--preserve-credentials"] if self.user else []
        return ["nsenter", "-t", str(self.holder.pid), *user, "-n"]


@contextmanager
def namespace() -> Iterator[Namespace]:
    """A fresh network namespace with loopback up; raise OfflineError if none can be made."""
    tries = [["unshare", "-n"]] if os.geteuid() == 0 else []
    tries.append(["unshare", "-rn"])
    problems = []
    for command in tries:
        if shutil.which(command[0]) is None or shutil.which("nsenter") is None:
            problems.append("unshare and nsenter (util-linux) are not installed")
            break
        holder = subprocess.Popen([*command, sys.executable, "-c", HOLD], text=True,
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE)
        assert holder.stdout is not None and holder.stderr is not None
        if holder.stdout.readline().strip() == "ready":
            try:
                yield Namespace(holder, user=command[1] == "-rn")
            finally:
                _stop(holder)
            return
        _stop(holder)
        problems.append(f"{' '.join(command)}: {holder.stderr.read().strip() or 'failed'}")
    raise OfflineError(NO_NAMESPACE.format(why="\n".join(problems)))


def _stop(proc: subprocess.Popen[str]) -> None:
    with suppress(OSError, ValueError):
        if proc.stdin is not None:
            proc.stdin.close()
    if proc.poll() is None:
        proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@dataclass(frozen=True, slots=True)
class Served:
    """A static server: its address and its log of requests."""

    url: str
    log: Path

    def failures(self) -> list[str]:
        """The requests the server answered with an error."""
        text = self.log.read_text("utf-8", errors="replace")
        return [line for line in text.splitlines() if ERROR_STATUS.search(line)]


@contextmanager
def static_server(ns: Namespace, site: Path, log: Path) -> Iterator[Served]:
    """``python -m http.server`` for ``site`` on loopback inside ``ns``."""
    port = 8000  # the namespace is private: the port is free in it
    with log.open("w") as out:
        proc = subprocess.Popen([*ns.enter(), sys.executable, "-m", "http.server", "--bind",
                                 "127.0.0.1", "--directory", str(site), str(port)],
                                stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                                text=True)
    try:
        _wait_listening(ns, port, proc, log)
        yield Served(f"http://127.0.0.1:{port}", log)
    finally:
        _stop(proc)


def _wait_listening(ns: Namespace, port: int, proc: subprocess.Popen[str], log: Path) -> None:
    probe = f"import socket; socket.create_connection(('127.0.0.1', {port}), 1).close()"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise OfflineError(f"the static server exited: {log.read_text()[-1000:]}")
        if subprocess.run([*ns.enter(), sys.executable, "-c", probe], capture_output=True,
                          check=False).returncode == 0:
            return
        time.sleep(0.2)  # polling a port: there is no event to wait for
    raise OfflineError(f"the static server did not listen on {port}: {log.read_text()[-1000:]}")


def launch_chromium(playwright: Playwright, ns: Namespace, folder: Path) -> Browser:
    """Debian's Chromium, headless, started inside the namespace through a small wrapper."""
    if not lab.CHROMIUM.exists():
        raise OfflineError(lab.MISSING_CHROMIUM)
    wrapper = folder / "chromium-offline"
    wrapper.write_text("#!/bin/sh\nexec " + " ".join(ns.enter()) + f' {lab.CHROMIUM} "$@"\n')
    wrapper.chmod(0o755)
    return playwright.chromium.launch(executable_path=str(wrapper), args=lab.CHROMIUM_ARGS,
                                      headless=True)


@dataclass  # no __slots__: Playwright keeps a note on each handler's object
class RequestLog:
    """Every request a browser context makes, and the ones that failed or left loopback."""

    base: str
    requests: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    offsite: list[str] = field(default_factory=list)

    def watch(self, context: BrowserContext) -> None:
        """Record the requests of ``context`` (its pages, workers and service worker)."""
        context.on("request", self._request)
        context.on("requestfailed", self._failed)
        context.on("response", self._response)

    def _request(self, request: Request) -> None:
        self.requests.append(f"{request.method} {request.url}")
        scheme = urlsplit(request.url).scheme
        if scheme in ("http", "https", "ws", "wss") and not request.url.startswith(self.base):
            self.offsite.append(request.url)

    def _failed(self, request: Request) -> None:
        self.failed.append(f"{request.method} {request.url}: {request.failure}")

    def _response(self, response: Response) -> None:
        if response.status >= 400:
            self.failed.append(f"{response.request.method} {response.url}: {response.status}")

    def problems(self) -> list[str]:
        """What went wrong: requests off loopback, and requests that failed."""
        return ([f"left loopback: {url}" for url in self.offsite]
                + [f"failed: {line}" for line in self.failed])

    def write(self, path: Path) -> None:
        """Save the log, one request a line."""
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join([*self.requests, "", *self.problems()]) + "\n", "utf-8")


# --- the site's JupyterLab ---------------------------------------------------------------
def shown(notebook: Path) -> list[str]:
    """The exercise ids the notebook's code cells show, in order."""
    cells = json.loads(notebook.read_text("utf-8"))["cells"]
    source = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
    return re.findall(r"\bshow\(\s*[\"']([^\"']+)[\"']", source)


def open_notebook(page: Page, base: str, path: str) -> None:
    """Open notebook ``path`` (relative to the site's files) and wait for its kernel."""
    page.goto(LAB_URL.format(base=base, path=path))
    wait_kernel_ready(page)


def open_ready(page: Page, base: str, path: str, views: int) -> None:
    """Open notebook ``path``, which runs itself (no Run All), and wait until its ``views``
    exercise views are there, the first with an enabled Check button, and the kernel idle."""
    page.goto(LAB_URL.format(base=base, path=path))
    wait_answerable(page, views)


def wait_answerable(page: Page, views: int) -> None:
    """Wait for ``views`` exercise views, the first answerable, on a Pyodide kernel."""
    expect(lab.exercises(page)).to_have_count(views, timeout=KERNEL_READY_MS)
    first_check = lab.exercises(page).first.locator("button.jupyter-button").first
    expect(first_check).to_be_enabled()
    wait_kernel_ready(page)


def wait_kernel_ready(page: Page) -> None:
    """Wait for the status bar's "| Idle": Pyodide and the kernel's packages are loaded."""
    status = page.locator(".jp-StatusBar-TextItem", has_text="| Idle")
    expect(status.first).to_be_visible(timeout=KERNEL_READY_MS)


def clear_and_run(page: Page, views: int) -> None:
    """Clear every output (saved ones show no live widgets), then Run All and wait for
    ``views`` exercise views."""
    page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(r"^Edit$")).click()
    page.locator(".lm-Menu-itemLabel",
                 has_text=re.compile(r"^Clear Outputs of All Cells$")).click()
    expect(lab.exercises(page)).to_have_count(0)
    lab.run_all(page, views)
