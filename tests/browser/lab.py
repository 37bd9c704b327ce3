"""JupyterLab in headless Chromium: server, browser and notebook, for tests and benchmarks.

See /work/shared/notes/testing-stack.md for why each setting is here.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nbformat
from playwright.sync_api import Browser, Locator, Page, Playwright, expect

ROOT = Path(__file__).resolve().parents[2]
EXERCISES = ROOT / "exercises"
#: this checkout's build of the extension that runs a notebook when it opens; the server
#: loads it from here, ahead of any copy an install left in the Python environment
AUTORUN = ROOT / "workshop" / "labextension"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
MISSING_CHROMIUM = (
    f"The browser tests need Debian's Chromium at {CHROMIUM} (Playwright cannot download its "
    "own browser here). Install it with:\n"
    "    apt-get update && apt-get install -y --no-install-recommends chromium\n"
    "(`make test` does this when run as root)."
)
#: settings every test server starts with: no news popup, every notebook cell in the page
OVERRIDES = {
    "@jupyterlab/apputils-extension:notification": {
        "fetchNews": "false",
        "checkForUpdates": False,
    },
    "@jupyterlab/notebook-extension:tracker": {"windowingMode": "none"},
}
AXE = "axe-core@4.14.1"
#: in an exercise view, the feedback area: the HTML right after the row of buttons
FEEDBACK_AREA = ":scope > .widget-hbox:has(button) + .widget-html"
#: Page script that counts widget state updates the kernel has not finished with yet.
#: ipywidgets sends a control's change at once, unless an earlier change of the same control
#: is still in the kernel: then it waits for that one's "idle" and sends it after. A Check
#: click is never held back like that, so it can overtake the change and judge an older
#: answer. Tests wait for this count to reach zero before they click Check.
SYNC_TRACKER = """
(() => {
  const pending = new Set();
  window.__widgetUpdatesPending = pending;
  window.__widgetUpdatesSent = 0;
  window.__executeRequests = 0;
  const text = new TextDecoder();
  const parse = data => {
    if (typeof data === 'string') return JSON.parse(data);
    const buffer = data instanceof ArrayBuffer ? data : data.buffer;
    const view = new DataView(buffer);
    const count = Number(view.getBigUint64(0, true));
    const at = i => Number(view.getBigUint64(8 * (i + 1), true));
    const part = i => text.decode(buffer.slice(at(i), i + 1 < count ? at(i + 1) : undefined));
    return {header: JSON.parse(part(1)), parent_header: JSON.parse(part(2)),
            content: JSON.parse(part(4))};
  };
  const received = event => {
    try {
      const msg = parse(event.data);
      if (msg.header.msg_type === 'status' && msg.content.execution_state === 'idle') {
        const id = msg.parent_header.msg_id;  // a task later: any held-back change is out
        setTimeout(() => pending.delete(id), 0);
      }
    } catch (e) { /* not a kernel message */ }
  };
  const send = WebSocket.prototype.send;
  WebSocket.prototype.send = function (data) {
    if (!this.__tracked) {
      this.__tracked = true;
      this.addEventListener('message', received);
    }
    try {
      const msg = parse(data);
      if (msg.header.msg_type === 'execute_request') {
        window.__executeRequests += 1;
      }
      if (msg.header.msg_type === 'comm_msg' && msg.content.data?.method === 'update') {
        pending.add(msg.header.msg_id);
        window.__widgetUpdatesSent += 1;
      }
    } catch (e) { /* not a kernel message */ }
    return send.call(this, data);
  };
})();
"""
SERVER_START_S = 60.0
KERNEL_IDLE_MS = 60_000
RUN_ALL_TRIES = 3


class LabError(RuntimeError):
    """The test server or browser could not be set up; the message says why."""


@dataclass(frozen=True, slots=True)
class LabServer:
    """A running JupyterLab: where it serves, its token and its notebook folder."""

    url: str
    token: str
    notebooks: Path
    log: Path

    def notebook_url(self, name: str) -> str:
        """The address that opens notebook ``name`` alone (logged in with the token)."""
        return f"{self.url}/lab/tree/{name}?reset&token={self.token}"  # no tabs restored


def free_port() -> int:
    """A TCP port on loopback that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _dirs(base: Path) -> dict[str, Path]:
    names = ("runtime", "settings", "workspaces", "config", "app-settings", "notebooks",
             "labextensions")
    made = {name: base / name for name in names}
    for path in made.values():
        path.mkdir(parents=True, exist_ok=True)
    return made


def server_env(dirs: dict[str, Path], progress: Path,
               exercises: Path = EXERCISES) -> dict[str, str]:
    """The environment of the server (and so of its kernels): every Jupyter dir temporary."""
    env = dict(os.environ)
    env.update(
        JUPYTER_RUNTIME_DIR=str(dirs["runtime"]),
        JUPYTERLAB_SETTINGS_DIR=str(dirs["settings"]),
        JUPYTERLAB_WORKSPACES_DIR=str(dirs["workspaces"]),
        JUPYTER_CONFIG_DIR=str(dirs["config"]),
        WORKSHOP_EXERCISES=str(exercises),
        WORKSHOP_PROGRESS_DIR=str(progress),
        PYTHONUNBUFFERED="1",
    )
    return env


def server_command(dirs: dict[str, Path], port: int, token: str) -> list[str]:
    """``jupyter lab`` on loopback, as root if need be, with the test settings overrides."""
    return [
        sys.executable, "-m", "jupyterlab", "--no-browser", "--allow-root",
        "--ip", "127.0.0.1", "--port", str(port), f"--ServerApp.token={token}",
        f"--ServerApp.root_dir={dirs['notebooks']}",
        f"--LabApp.app_settings_dir={dirs['app-settings']}",
        f"--LabApp.extra_labextensions_path={dirs['labextensions']}",
    ]


def wait_for_port(port: int, proc: subprocess.Popen[bytes], log: Path) -> None:
    """Return once ``port`` accepts connections; raise if the server dies or is too slow."""
    deadline = time.monotonic() + SERVER_START_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise LabError(f"JupyterLab exited with {proc.returncode}:\n{_tail(log)}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.1)  # polling a port: there is no event to wait for
    raise LabError(f"JupyterLab did not listen on {port} in {SERVER_START_S:g} s:\n{_tail(log)}")


def _tail(log: Path, lines: int = 30) -> str:
    return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()  # SIGTERM: a clean shutdown, kernels included (SIGINT asks y/n)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    # Kernels run in the server's process group (started as a new session): reap leftovers.
    with suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)


@contextmanager
def lab_server(base: Path, notebooks: Path, progress: Path, exercises: Path = EXERCISES,
               settings: dict[str, Any] = OVERRIDES) -> Iterator[LabServer]:
    """JupyterLab serving a copy of ``notebooks`` from ``base``, with the Lab ``settings``
    overrides; stopped on exit."""
    dirs = _dirs(base)
    shutil.copytree(notebooks, dirs["notebooks"], dirs_exist_ok=True)
    (dirs["app-settings"] / "overrides.json").write_text(json.dumps(settings, indent=2))
    name = json.loads((AUTORUN / "package.json").read_text("utf-8"))["name"]
    (dirs["labextensions"] / name).symlink_to(AUTORUN, target_is_directory=True)
    port, token = free_port(), secrets.token_hex(16)
    log = base / "jupyterlab.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(server_command(dirs, port, token),
                                env=server_env(dirs, progress, exercises),
                                stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)
    try:
        wait_for_port(port, proc, log)
        yield LabServer(f"http://127.0.0.1:{port}", token, dirs["notebooks"], log)
    finally:
        _stop(proc)


def launch_chromium(playwright: Playwright) -> Browser:
    """Debian's Chromium, headless, kept off the network."""
    if not CHROMIUM.exists():
        raise LabError(MISSING_CHROMIUM)
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS,
                                      headless=True)


@contextmanager
def tab(browser: Browser, height: int = 860) -> Iterator[Page]:
    """A fresh tab 1280 px wide that counts pending widget updates (:data:`SYNC_TRACKER`)."""
    context = browser.new_context(viewport={"width": 1280, "height": height})
    context.add_init_script(SYNC_TRACKER)
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        yield page
    finally:
        context.close()


def write_notebook(path: Path, lines: Sequence[str], *, autorun: bool = True) -> Path:
    """A notebook of one-line code cells with hidden input, as the workshop notebooks have;
    with ``autorun``, marked to run when it opens, as they are too."""
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    if autorun:
        nb.metadata["workshop"] = {"autorun": True}
    nb.cells = [nbformat.v4.new_code_cell(line, metadata={"jupyter": {"source_hidden": True}})
                for line in lines]
    nbformat.write(nb, path)
    return path


def open_notebook(page: Page, server: LabServer, name: str) -> None:
    """Open notebook ``name`` and wait until its kernel is idle."""
    page.goto(server.notebook_url(name))
    wait_kernel_idle(page)


def open_ready(page: Page, server: LabServer, name: str, views: int) -> None:
    """Open notebook ``name``, run by nobody but the autorun extension, and wait until its
    ``views`` exercise views are there and the first one can be checked."""
    page.goto(server.notebook_url(name))
    wait_answerable(page, views)


def wait_answerable(page: Page, views: int) -> None:
    """Wait for ``views`` rendered exercise views, the first with an enabled Check button
    (with none, only for an idle kernel: wait for what the notebook shows instead)."""
    expect(exercises(page)).to_have_count(views, timeout=KERNEL_IDLE_MS)
    if views:
        first_check = exercises(page).first.locator("button.jupyter-button").first
        expect(first_check).to_be_visible()
        expect(first_check).to_be_enabled()
    wait_kernel_idle(page)


def wait_kernel_idle(page: Page) -> None:
    """Wait for the status bar's "| Idle" (the toolbar says idle too early; see the notes)."""
    status = page.locator(".jp-StatusBar-TextItem", has_text="| Idle")
    expect(status.first).to_be_visible(timeout=KERNEL_IDLE_MS)


def run_all(page: Page, views: int) -> None:
    """Run every cell; retry when Lab drops the request; wait for ``views`` exercise views."""
    # Inputs are hidden, so their prompts stay empty: the output prompts show the counts.
    counted = notebook_panel(page).locator(".jp-OutputPrompt", has_text=re.compile(r"\[\d+\]:"))
    for attempt in range(RUN_ALL_TRIES):
        wait_kernel_idle(page)
        if attempt and counted.count():
            break  # the last try got through after all: running again would run twice
        click_run_all(page)
        try:
            expect(counted.first).to_be_visible(timeout=10_000)
            break
        except AssertionError:
            continue
    else:
        raise LabError(f"Run All never gave a cell an execution count ({RUN_ALL_TRIES} tries)")
    expect(exercises(page)).to_have_count(views, timeout=KERNEL_IDLE_MS)
    wait_kernel_idle(page)


def click_run_all(page: Page) -> None:
    """Choose Run > Run All Cells from the menu."""
    page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(r"^Run$")).click()
    page.locator(".lm-Menu-itemLabel", has_text=re.compile(r"^Run All Cells$")).click()


def wait_widgets_synced(page: Page) -> None:
    """Wait until the kernel has every widget change (needs :data:`SYNC_TRACKER` in the page)."""
    page.wait_for_function("() => window.__widgetUpdatesPending.size === 0",
                           timeout=KERNEL_IDLE_MS)


def notebook_panel(page: Page) -> Locator:
    """The notebook on show (Lab keeps other open tabs in the page, hidden)."""
    return page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook")


def exercises(page: Page) -> Locator:
    """Every rendered exercise view in the notebook on show, in notebook order."""
    return notebook_panel(page).locator(".workshop-exercise")


def feedback(exercise: Locator) -> Locator:
    """The feedback area of one rendered exercise."""
    return exercise.locator(FEEDBACK_AREA)


def install_axe(folder: Path) -> Path:
    """``axe.min.js`` of :data:`AXE`, installed with npm into ``folder`` once and then reused."""
    script = folder / "node_modules" / "axe-core" / "axe.min.js"
    if script.exists():
        return script
    npm = shutil.which("npm")
    if npm is None:
        raise LabError("The accessibility test needs npm to fetch axe-core: "
                       "apt-get install -y --no-install-recommends npm")
    done = subprocess.run([npm, "install", "--prefix", str(folder), "--no-save", "--no-audit",
                           "--no-fund", "--no-package-lock", AXE],
                          capture_output=True, text=True, timeout=180, check=False)
    if done.returncode != 0 or not script.exists():
        raise LabError(f"npm install {AXE} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return script
