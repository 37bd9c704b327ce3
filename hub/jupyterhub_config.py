"""JupyterHub for one class: `make hub` starts it with this file (hub/start.py sets the paths).

Learners log in with any name and the class password; the facilitator with the admin name and
the admin password. Each learner gets their own home with the learner copy of the course in
~/workshop (copied before the first start, never over their work), their own progress folder
(~/.local/share/workshop-kit) and the class folder for the anonymous pulse. The facilitator
gets the full course and lands on facilitator.ipynb (the board).

Run as root, each server runs as its own Unix account, created by the hub at first login in
the class group (homes 0700): one learner cannot read another's files. Run as anyone else,
every server runs as that one user (SimpleLocalProcessSpawner): homes are separate folders,
not private ones.
"""

from __future__ import annotations

import grp
import os
import pwd
import shutil
import socket
import subprocess
from pathlib import Path
from typing import Any

from jupyterhub.auth import LocalAuthenticator
from jupyterhub.authenticators.shared import SharedPasswordAuthenticator

c: Any = get_config()  # type: ignore[name-defined]  # noqa: F821

HUB = Path(os.environ["WORKSHOP_HUB_DIR"]).resolve()  # venv, proxy, learner copy, class, state
KIT = Path(os.environ["WORKSHOP_HUB_KIT"]).resolve()  # the checkout: the facilitator's course
STATE = HUB / "state"  # database, cookie secret, passwords, token, logs (root only, 0700)
VENV = HUB / "venv"
LEARNER_COPY = HUB / "learner"
CLASS_DIR = Path(os.environ.get("WORKSHOP_HUB_CLASS_DIR", HUB / "class"))
ADMIN = os.environ.get("WORKSHOP_HUB_ADMIN", "facilitator")
GROUP = os.environ.get("WORKSHOP_HUB_GROUP", "workshop-class")
AS_ROOT = os.geteuid() == 0
HOMES = Path(os.environ.get("WORKSHOP_HUB_HOMES", "/home" if AS_ROOT else HUB / "homes"))
COURSE = "workshop"  # the course's folder in each home
IDLE_SERVER_S = int(os.environ.get("WORKSHOP_HUB_IDLE_SECONDS", "3600"))
#: the learners' servers listen on SERVER_PORTS + (user id % SERVER_PORT_COUNT), below the
#: range Linux hands out at random (32768-60999), where kernels' ports come from
SERVER_PORTS = int(os.environ.get("WORKSHOP_HUB_SERVER_PORTS", "23000"))
SERVER_PORT_COUNT = 5000
#: a name that is also a valid Unix account name (JupyterHub lowercases names first)
NAME_PATTERN = r"^[a-z][a-z0-9-]{0,30}$"


def secret(name: str) -> str:
    """One of the secrets hub/start.py wrote into the state folder."""
    return (STATE / name).read_text("utf-8").strip()


def network() -> None:
    """Where the hub listens (public address) and its two loopback ports."""
    c.JupyterHub.bind_url = os.environ.get("WORKSHOP_HUB_URL", "http://0.0.0.0:8000")
    hub_port = os.environ.get("WORKSHOP_HUB_API_PORT", "8081")
    c.JupyterHub.hub_bind_url = f"http://127.0.0.1:{hub_port}"
    proxy_port = os.environ.get("WORKSHOP_HUB_PROXY_API_PORT", "8001")
    c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{proxy_port}"
    c.ConfigurableHTTPProxy.command = [str(HUB / "proxy/node_modules/.bin/configurable-http-proxy")]
    c.ConfigurableHTTPProxy.pid_file = str(STATE / "proxy.pid")


def storage() -> None:
    """The hub's database and cookie secret live in the state folder."""
    c.JupyterHub.db_url = f"sqlite:///{STATE / 'jupyterhub.sqlite'}"
    c.JupyterHub.cookie_secret_file = str(STATE / "jupyterhub_cookie_secret")


def account_in_class(name: str) -> bool:
    """Whether ``name`` is free, or (as root) an account this hub made (primary group: the
    class). Without root the hub makes no accounts: every existing one is someone else's."""
    try:
        account = pwd.getpwnam(name)
    except KeyError:
        return True
    if not AS_ROOT:
        return False
    try:
        return account.pw_gid == grp.getgrnam(GROUP).gr_gid
    except KeyError:
        return False


class ClassPasswordAuthenticator(SharedPasswordAuthenticator):  # type: ignore[misc]
    """The shared class password; names of accounts the hub did not make (root, a staff
    member, the account the hub runs as) are refused, run as root or not."""

    def check_blocked_users(self, username: str, authentication: Any = None) -> bool:
        """Not blocked by the usual rules, nor the name of someone else's account (checked
        here: with ``allow_all`` the hub never calls ``check_allowed``)."""
        return bool(super().check_blocked_users(username, authentication)) and \
            account_in_class(username)


class ClassAuthenticator(LocalAuthenticator, ClassPasswordAuthenticator):  # type: ignore[misc]
    """As root: the class password, with a Unix account per learner made at first login."""

    def add_system_user(self, user: Any) -> None:
        """Make the account (``add_user_cmd``), with a home only its owner can open."""
        super().add_system_user(user)
        os.chmod(pwd.getpwnam(user.name).pw_dir, 0o700)


def login() -> None:
    """Shared-password login: anyone with the class password; the admin name needs its own."""
    if AS_ROOT:
        c.JupyterHub.authenticator_class = ClassAuthenticator
        c.LocalAuthenticator.create_system_users = True
        # no password is set: the account opens only through the hub (bash for Lab's terminal)
        c.LocalAuthenticator.add_user_cmd = [
            "useradd", "--create-home", "--home-dir", f"{HOMES}/USERNAME", "--gid", GROUP,
            "--shell", "/bin/bash", "--comment", "workshop learner"]
    else:
        c.JupyterHub.authenticator_class = ClassPasswordAuthenticator
    c.SharedPasswordAuthenticator.user_password = secret("class-password")
    c.SharedPasswordAuthenticator.admin_password = secret("admin-password")
    c.Authenticator.admin_users = {ADMIN}
    c.Authenticator.allow_all = True  # JupyterHub >= 5 lets nobody in without an allow rule
    c.Authenticator.username_pattern = NAME_PATTERN


def services() -> None:
    """A token for `make hub-prepare` and the culler of idle servers, with their scopes."""
    python = str(VENV / "bin/python")
    c.JupyterHub.services = [
        {"name": "workshop-admin", "api_token": secret("api-token")},
        {"name": "idle-culler",
         "command": [python, "-m", "jupyterhub_idle_culler", f"--timeout={IDLE_SERVER_S}"]},
    ]
    c.JupyterHub.load_roles = [
        {"name": "workshop-admin", "services": ["workshop-admin"],
         "scopes": ["admin:users", "admin:servers", "tokens", "list:users", "read:users"]},
        {"name": "idle-culler", "services": ["idle-culler"],
         "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"]},
    ]


def lab_settings() -> str:
    """The kit's Lab settings folder inside the hub's environment (no news; closing a
    notebook stops its kernel)."""
    found = sorted(VENV.glob("lib/python3*/site-packages/workshop/lab"))
    if not found:
        raise SystemExit(f"{VENV}: the kit is not installed there; run `make hub` again")
    return str(found[0])


def servers() -> None:
    """The learners' servers: which process, which account, which limits."""
    c.JupyterHub.spawner_class = "localprocess" if AS_ROOT else "simple"
    if not AS_ROOT:
        c.SimpleLocalProcessSpawner.home_dir_template = str(HOMES / "{username}")
    c.Spawner.cmd = [str(VENV / "bin/jupyterhub-singleuser")]
    c.Spawner.args = [
        f"--LabApp.app_settings_dir={lab_settings()}",
        "--MappingKernelManager.cull_idle_timeout=1800",  # stop kernels idle for 30 min
        "--MappingKernelManager.cull_interval=300",
    ]
    c.Spawner.default_url = f"/lab/tree/{COURSE}/notebooks/00-start-here.ipynb"
    # A room logging in at once: the default 30 s failed 35 of 40 servers starting together on
    # 2 cores; with 120 s, 7 of 40 still failed on 2 busy cores (benchmarks/bench_hub.py),
    # where servers took up to 173 s to answer.
    c.Spawner.http_timeout = 240
    c.Spawner.start_timeout = 180
    c.Spawner.environment = {
        "WORKSHOP_CLASS_DIR": str(CLASS_DIR),
        "PATH": f"{VENV / 'bin'}:/usr/local/bin:/usr/bin:/bin",
    }
    c.Spawner.pre_spawn_hook = before_start


def home_of(spawner: Any) -> Path:
    """The user's home folder (their account's, or the per-user folder without root)."""
    name: str = spawner.user.name
    return Path(pwd.getpwnam(name).pw_dir) if AS_ROOT else HOMES / name


def before_start(spawner: Any) -> None:
    """Before every start: refuse an account the hub did not make, pick the server's port and
    landing page, and place the course the first time."""
    name: str = spawner.user.name
    if not account_in_class(name):  # e.g. an admin made "root" through the API
        raise PermissionError(f"{name}: not an account of this class; pick another name")
    spawner.port = server_port(spawner.user.id)
    if name == ADMIN:
        spawner.default_url = f"/lab/tree/{COURSE}/notebooks/facilitator.ipynb"
    place_course(name, home_of(spawner))


def server_port(user_id: int) -> int:
    """A port of the user's own, outside the range the system hands out at random.

    JupyterHub's default picks a random free port, which another server or kernel starting
    at the same moment can take first: with 40 servers and their kernels starting together,
    a server then answered for another user (seen in benchmarks/bench_hub.py). 0 (a random
    port after all) when the user's port is taken by another program."""
    port = SERVER_PORTS + user_id % SERVER_PORT_COUNT
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return 0
    return port


def place_course(name: str, home: Path) -> None:
    """The course in ~/workshop the first time, never over their work."""
    if (home / COURSE).exists():
        return
    if name == ADMIN:
        copy_full_course(name, home)
    elif AS_ROOT:
        copy_as(name, LEARNER_COPY, home)
    else:
        home.mkdir(parents=True, exist_ok=True)
        shutil.copytree(LEARNER_COPY, home / f".{COURSE}.copying")
        (home / f".{COURSE}.copying").rename(home / COURSE)  # whole or not at all


def copy_as(name: str, source: Path, home: Path) -> None:
    """Copy ``source`` to ~/workshop as the learner's own account: root never writes in a
    folder a learner controls (a link planted there cannot send root's writes elsewhere)."""
    account = pwd.getpwnam(name)
    partial = home / f".{COURSE}.copying"
    script = 'rm -rf "$1" && mkdir "$1" && cp -R "$2/." "$1" && mv -T "$1" "$3"'
    subprocess.run(["sh", "-c", script, "copy", str(partial), str(source.resolve()),
                    str(home / COURSE)],
                   user=account.pw_uid, group=account.pw_gid, extra_groups=[], cwd=home,
                   check=True, capture_output=True)


def copy_full_course(name: str, home: Path) -> None:
    """The facilitator's copy: the full course (facilitator notes, facilitator.ipynb with
    the board), copied from the kit by the hub (the facilitator is staff)."""
    home.mkdir(parents=True, exist_ok=True)
    partial = home / f".{COURSE}.copying"
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir()
    for part in ("notebooks", "exercises"):
        shutil.copytree(KIT / part, partial / part)
    if AS_ROOT:
        account = pwd.getpwnam(name)
        subprocess.run(["chown", "-R", f"{account.pw_uid}:{account.pw_gid}", str(partial)],
                       check=True)  # -R never follows a link (coreutils: -P is the default)
    partial.rename(home / COURSE)


def class_group() -> None:
    """The group every learner account is made in (created once, when run as root)."""
    if AS_ROOT and not account_group_exists():
        subprocess.run(["groupadd", GROUP], check=True)


def account_group_exists() -> bool:
    """Whether the class group exists."""
    try:
        grp.getgrnam(GROUP)
    except KeyError:
        return False
    return True


network()
storage()
class_group()
login()
services()
servers()
