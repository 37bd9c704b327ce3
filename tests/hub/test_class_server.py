"""The class server end to end: three learners and the facilitator log in through the browser.

The kit's JupyterHub (hub/jupyterhub_config.py, started by hub/start.py as `make hub` does)
runs on loopback as root: each learner logs in with a name and the class password, gets an
account of their own and the learner copy, and answers an exercise in notebook 01 without
running a cell; the facilitator, with the admin password, lands on the board, which counts
three learners. One learner's account cannot read another's progress or delete their pulse.
"""

from __future__ import annotations

import os
import pwd
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser import lab
from tests.hub import browsing, harness

pytestmark = pytest.mark.hub


def learner_names(hub: harness.ClassHub) -> list[str]:
    """Three learner names of this run (they become accounts)."""
    return [f"{hub.group}-{who}" for who in ("ann", "bo", "cy")]


def as_user(name: str, *command: str) -> subprocess.CompletedProcess[str]:
    """Run ``command`` as account ``name`` (no root groups kept)."""
    account = pwd.getpwnam(name)
    return subprocess.run(list(command), user=account.pw_uid, group=account.pw_gid,
                          extra_groups=[], capture_output=True, text=True, check=False,
                          timeout=30)


@pytest.fixture(scope="module")
def learners(chromium: Browser, class_hub: harness.ClassHub) -> Iterator[list[Page]]:
    """Three learners logged in at once, each on the start notebook of their own copy."""
    with browsing.logged_in(chromium, class_hub, learner_names(class_hub)) as pages:
        yield pages


def test_a_learner_lands_on_start_here_in_their_own_copy(
        learners: list[Page], class_hub: harness.ClassHub) -> None:
    page = learners[0]
    name = learner_names(class_hub)[0]
    assert f"/user/{name}/lab/tree/workshop/notebooks/00-start-here.ipynb" in page.url
    expect(lab.notebook_panel(page)).not_to_contain_text("Facilitator notes")
    home = class_hub.home(name)
    assert not (home / "workshop").is_symlink()  # a copy of their own, not the hub's
    assert (home / "workshop/notebooks/00-start-here.ipynb").stat().st_uid == \
        pwd.getpwnam(name).pw_uid
    assert not (home / "workshop/notebooks/facilitator.ipynb").exists()
    assert home.stat().st_mode & 0o777 == 0o700


def test_each_server_runs_as_its_learner(learners: list[Page],
                                         class_hub: harness.ClassHub) -> None:
    for name in learner_names(class_hub):
        uid = pwd.getpwnam(name).pw_uid
        servers = [pid for pid in harness.processes_of(uid)
                   if b"jupyterhub-singleuser" in Path(f"/proc/{pid}/cmdline").read_bytes()]
        assert servers, name
        env = dict(item.split(b"=", 1) for item in
                   Path(f"/proc/{servers[0]}/environ").read_bytes().split(b"\0") if b"=" in item)
        assert env[b"WORKSHOP_CLASS_DIR"] == str(class_hub.class_dir).encode()
        assert env[b"HOME"] == str(class_hub.home(name)).encode()
        assert env[b"SHELL"] == b"/bin/bash"  # a terminal works (for `workshop progress`)
        assert b"PYTHONPATH" not in env  # the kit installed in the hub's venv, not a checkout
        port = int(env[b"JUPYTERHUB_SERVICE_URL"].split(b":")[2].split(b"/")[0])
        assert 20000 <= port < 32768  # its own port, never one a starting kernel can take
        command = Path(f"/proc/{servers[0]}/cmdline").read_bytes()
        assert b"--MappingKernelManager.cull_idle_timeout=1800" in command  # idle kernels stop


def test_the_idle_culler_runs_under_the_hub(class_hub: harness.ClassHub) -> None:
    children = [pid for pid in harness.processes_of(0)
                if parent_of(pid) == class_hub.pid
                and b"jupyterhub_idle_culler" in Path(f"/proc/{pid}/cmdline").read_bytes()]
    assert children, "no idle culler started by the hub"
    assert b"--timeout=3600" in Path(f"/proc/{children[0]}/cmdline").read_bytes()


def parent_of(pid: int) -> int:
    """The parent process id of ``pid`` (0 once it has gone)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return 0
    return int(stat.rsplit(")", 1)[1].split()[1])


def test_each_learner_answers_in_their_own_copy(learners: list[Page],
                                                class_hub: harness.ClassHub) -> None:
    for name, page in zip(learner_names(class_hub), learners, strict=True):
        browsing.answer_in_notebook_01(page, class_hub, name)
    browsing.SHOTS.mkdir(parents=True, exist_ok=True)
    learners[0].screenshot(path=browsing.SHOTS / "learner.png")
    for name in learner_names(class_hub):
        saved = class_hub.home(name) / ".local/share/workshop-kit"
        assert any(saved.glob("session-*.json")), f"{name}: no progress saved in {saved}"


def test_the_facilitator_board_counts_three_learners(
        learners: list[Page], chromium: Browser, class_hub: harness.ClassHub) -> None:
    browsing.board_counts(chromium, class_hub, "3 learners, 3 answers checked", "board.png")


def test_a_learner_cannot_read_or_delete_another_learners_work(
        learners: list[Page], class_hub: harness.ClassHub) -> None:
    ann, bo = learner_names(class_hub)[:2]
    theirs = class_hub.home(bo) / ".local/share/workshop-kit"
    progress = next(theirs.glob("session-*.json"))
    assert as_user(bo, "cat", str(progress)).returncode == 0  # the owner can
    for command in (("cat", str(progress)), ("ls", str(class_hub.home(bo)))):
        denied = as_user(ann, *command)
        assert denied.returncode != 0 and "Permission denied" in denied.stderr, command
    bo_uid = pwd.getpwnam(bo).pw_uid
    pulse = next(p for p in class_hub.class_dir.glob("pulse-*.jsonl")
                 if p.stat().st_uid == bo_uid)
    assert as_user(ann, "rm", "-f", str(pulse)).returncode != 0
    assert pulse.exists()


def test_hub_prepare_starts_servers_and_prints_what_to_project(
        class_hub: harness.ClassHub) -> None:
    prefix = f"{class_hub.group}-p"
    done = subprocess.run(
        [str(class_hub.folder / "venv/bin/python"), "-m", "hub.prepare", "--hub",
         str(class_hub.folder), "--learners", "2", "--prefix", prefix,
         "--address", "http://class.example:8000/"],
        cwd=lab.ROOT, capture_output=True, text=True, timeout=400, check=False)
    assert done.returncode == 0, done.stderr
    assert "Open http://class.example:8000/" in done.stdout
    assert f"Class password: {class_hub.secret('class-password')}" in done.stdout
    assert f"{prefix}-01 ... {prefix}-02" in done.stdout
    assert "2 of 2 servers ready" in done.stdout
    assert "█" in done.stdout  # the QR code
    for name in (f"{prefix}-01", f"{prefix}-02"):
        assert class_hub.api.ready(name) is True
        assert (class_hub.home(name) / "workshop/notebooks/01-the-art-of-asking.ipynb").exists()


@pytest.mark.parametrize("name", ["root", "nobody"])
def test_the_class_password_never_opens_an_account_the_hub_did_not_make(
        chromium: Browser, class_hub: harness.ClassHub, name: str) -> None:
    browsing.refused(chromium, class_hub, name)


def test_the_class_accounts_are_listed_for_removal_after_the_class(
        learners: list[Page], class_hub: harness.ClassHub) -> None:
    done = subprocess.run([sys.executable, "-m", "hub.accounts"], cwd=lab.ROOT,
                          env={**os.environ, "WORKSHOP_HUB_GROUP": class_hub.group},
                          capture_output=True, text=True, timeout=30, check=True)
    listed = {line.split("\t")[0] for line in done.stdout.splitlines()}
    assert {*learner_names(class_hub), class_hub.admin} <= listed
    assert "root" not in listed
    assert all(name.startswith(class_hub.group) for name in listed)


def test_a_restart_keeps_the_learners_work(learners: list[Page],
                                           class_hub: harness.ClassHub) -> None:
    name = learner_names(class_hub)[2]
    notebook = class_hub.home(name) / "workshop/notebooks" / browsing.NOTEBOOK
    account = pwd.getpwnam(name)
    edited = as_user(name, "sh", "-c",
                     f"echo ' ' >> {notebook} && touch {notebook.parent}/mine.txt")
    assert edited.returncode == 0, edited.stderr
    before = notebook.read_bytes()
    assert class_hub.api.call("DELETE", f"/hub/api/users/{name}/server")[0] in (202, 204)
    deadline = time.monotonic() + 60
    while class_hub.api.ready(name) is not None:  # until the server has stopped
        assert time.monotonic() < deadline, "the server did not stop in 60 s"
        time.sleep(1)
    assert class_hub.api.start(name) in (201, 202)
    assert class_hub.api.wait_ready(name, 240)
    assert notebook.read_bytes() == before  # the course was not copied over their work
    assert (notebook.parent / "mine.txt").stat().st_uid == account.pw_uid
