"""A class server for tests and benchmarks: the kit's own `make hub`, in a throwaway folder.

The hub runs from a folder of its own (state, class folder, homes), with the environment, proxy
and learner copy of the built hub folder (`make hub-env`) linked in, on free loopback ports.
As root, the learners' accounts are made in a group of the run's own. With ``unprivileged``,
the hub runs instead as a throwaway account of that group, which owns the run's folder (the
mode `make hub` falls back to without root). On exit every process, account, group and file
the run made is removed, whatever happened.
"""

from __future__ import annotations

import grp
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from hub.accounts import class_accounts
from hub.client import Hub, HubError

ROOT = Path(__file__).resolve().parents[2]
BUILT = Path(os.environ.get("WORKSHOP_HUB_DIR", ROOT / "build" / "hub"))
START_S = 90.0
STOP_S = 60.0  # the hub stops its services and servers first (about 30 s)


@dataclass(frozen=True, slots=True)
class ClassHub:
    """A running test hub: its address, folders, names and secrets."""

    url: str
    folder: Path
    group: str
    admin: str
    api: Hub
    pid: int  # the hub's process
    runs_as: str  # the account the hub runs as: root, or the run's own unprivileged one

    def secret(self, name: str) -> str:
        """A secret the hub made (class-password, admin-password, api-token)."""
        return (self.folder / "state" / name).read_text("utf-8").strip()

    @property
    def class_dir(self) -> Path:
        """The class folder every server has in $WORKSHOP_CLASS_DIR."""
        return self.folder / "class"

    def home(self, name: str) -> Path:
        """The home of user ``name``."""
        return self.folder / "homes" / name


def build_hub(built: Path = BUILT) -> str:
    """Run `make hub-env` for ``built`` (quick when up to date); the output when it fails."""
    done = subprocess.run(["make", "--no-print-directory", "hub-env", f"HUB={built}"], cwd=ROOT,
                          capture_output=True, text=True, check=False)
    return "" if done.returncode == 0 else (done.stdout + done.stderr)[-3000:]


def free_port() -> int:
    """A free loopback port."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _folder(built: Path) -> Path:
    """A folder every account can search, with the built environment linked in."""
    folder = Path(tempfile.mkdtemp(prefix="workshop-hub-test-", dir="/tmp"))
    os.chmod(folder, 0o755)
    for part in ("venv", "proxy", "learner"):
        (folder / part).symlink_to(built.resolve() / part, target_is_directory=True)
    (folder / "homes").mkdir(mode=0o755)
    return folder


def _hub_account(folder: Path, group: str) -> pwd.struct_passwd:
    """A throwaway account in the run's group (made here) that owns ``folder``: state, class
    folder and homes are its to write; the environment and learner copy stay read-only."""
    name = f"{group}-hub"
    subprocess.run(["groupadd", group], capture_output=True, check=True)
    subprocess.run(["useradd", "--system", "--no-create-home", "--home-dir", str(folder),
                    "--gid", group, "--shell", "/usr/sbin/nologin", name],
                   capture_output=True, check=True)
    account = pwd.getpwnam(name)
    for path in (folder, folder / "homes"):
        os.chown(path, account.pw_uid, account.pw_gid)
    return account


def _wait_api(hub: Hub, proc: subprocess.Popen[bytes], log: Path) -> None:
    """Return once the hub answers its API; raise if it dies or is too slow."""
    deadline = time.monotonic() + START_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise HubError(f"the hub exited with {proc.returncode}:\n{_tail(log)}")
        with suppress(HubError):
            if hub.call("GET", "/hub/api/")[0] == 200:
                return
        time.sleep(0.5)  # polling a port: there is no event to wait for
    raise HubError(f"the hub did not answer in {START_S:g} s:\n{_tail(log)}")


def _tail(log: Path, lines: int = 40) -> str:
    return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])


def _environment(folder: Path, group: str, account: pwd.struct_passwd | None) -> dict[str, str]:
    """The hub's environment: the run's group, folders and free ports (the account's home)."""
    env = dict(os.environ, WORKSHOP_HUB_GROUP=group, WORKSHOP_HUB_HOMES=str(folder / "homes"),
               WORKSHOP_HUB_ADMIN=f"{group}-host", WORKSHOP_HUB_API_PORT=str(free_port()),
               WORKSHOP_HUB_PROXY_API_PORT=str(free_port()), PYTHONUNBUFFERED="1",
               # servers' ports of their own: another test hub on the machine uses others
               WORKSHOP_HUB_SERVER_PORTS=str(20000 + 100 * secrets.randbelow(100)))
    if account is not None:
        env.update(HOME=account.pw_dir, USER=account.pw_name, LOGNAME=account.pw_name)
    return env


def _start(folder: Path, url: str, env: dict[str, str],
           account: pwd.struct_passwd | None) -> subprocess.Popen[bytes]:
    """hub/start.py in a session of its own, as ``account`` if given (else as this process)."""
    with (folder / "hub.log").open("wb") as out:
        return subprocess.Popen([str(folder / "venv/bin/python"), "-m", "hub.start", "--hub",
                                 str(folder), "--url", url], cwd=ROOT, env=env,
                                stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True,
                                user=None if account is None else account.pw_uid,
                                group=None if account is None else account.pw_gid,
                                extra_groups=None if account is None else [])


@contextmanager
def class_hub(built: Path = BUILT, keep_log: Path | None = None,
              unprivileged: bool = False) -> Iterator[ClassHub]:
    """The kit's hub, started by hub/start.py on loopback, as root or (``unprivileged``) as
    an account of its own; everything removed on exit (its log copied to ``keep_log`` first,
    if given)."""
    folder = _folder(built)
    group = f"wkt{secrets.token_hex(3)}"
    proc = None
    try:
        account = _hub_account(folder, group) if unprivileged else None
        url = f"http://127.0.0.1:{free_port()}"
        env = _environment(folder, group, account)
        proc = _start(folder, url, env, account)
        _wait_api(Hub(url, ""), proc, folder / "hub.log")  # GET /hub/api/ needs no token
        token = (folder / "state" / "api-token").read_text("utf-8").strip()
        runs_as = (account or pwd.getpwuid(os.geteuid())).pw_name
        yield ClassHub(url, folder, group, env["WORKSHOP_HUB_ADMIN"], Hub(url, token), proc.pid,
                       runs_as)
    finally:
        if proc is not None:
            stop(proc)
        if keep_log is not None and (folder / "hub.log").exists():
            shutil.copyfile(folder / "hub.log", keep_log)
        clean_up(proc, folder, group)


def clean_up(proc: subprocess.Popen[bytes] | None, folder: Path, group: str) -> None:
    """Stop the hub and whatever it left; remove the group's accounts, the group, the folder."""
    if proc is not None:
        stop(proc)
    proxy = folder / "state" / "proxy.pid"
    with suppress(OSError, ValueError):
        os.kill(int(proxy.read_text().strip()), signal.SIGKILL)  # only if the hub left it
    for account in class_accounts(group):
        kill_processes_of(account.pw_uid)
        subprocess.run(["userdel", account.pw_name], capture_output=True, check=False)
    if group_exists(group):
        subprocess.run(["groupdel", group], capture_output=True, check=False)
    shutil.rmtree(folder, ignore_errors=True)


def stop(proc: subprocess.Popen[bytes]) -> None:
    """Stop the hub as Ctrl+C would; kill its process group if it takes too long."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        with suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=STOP_S)
    with suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)  # the culler and proxy, if anything is left
    proc.wait()


def group_exists(group: str) -> bool:
    """Whether Unix group ``group`` exists."""
    try:
        grp.getgrnam(group)
    except KeyError:
        return False
    return True


def processes_of(uid: int) -> list[int]:
    """The ids of the processes running as ``uid``."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with suppress(OSError):
                if entry.stat().st_uid == uid:
                    found.append(int(entry.name))
    return found


def kill_processes_of(uid: int) -> None:
    """Kill what still runs as ``uid`` (an account this run made)."""
    for pid in processes_of(uid):
        with suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
