"""The class server without root: the hub and every learner's server as one unprivileged account.

The same hub as `make hub` (hub/start.py, hub/jupyterhub_config.py), started as a throwaway
account that owns only the run's folder (state, class folder, homes): the hub falls back to
SimpleLocalProcessSpawner and the shared class password. Two learners log in with it, each
lands on 00-start-here in a copy of their own and answers an exercise in notebook 01 with a
pass; the facilitator's board counts both; `root` is still refused at login.
"""

from __future__ import annotations

import pwd
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser import lab
from tests.hub import harness
from tests.hub.browsing import answer_in_notebook_01, board_counts, logged_in, refused

pytestmark = pytest.mark.hub


def learner_names(hub: harness.ClassHub) -> list[str]:
    """Two learner names of this run (no accounts are made for them)."""
    return [f"{hub.group}-ann", f"{hub.group}-bo"]


def environment_of(pid: int) -> dict[bytes, bytes]:
    """The environment process ``pid`` started with."""
    raw = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
    return dict(item.split(b"=", 1) for item in raw if b"=" in item)


def servers_by_user(uid: int) -> dict[str, dict[bytes, bytes]]:
    """The single-user servers running as ``uid``: their hub user's name, their environment."""
    found = {}
    for pid in harness.processes_of(uid):
        try:
            if b"jupyterhub-singleuser" in Path(f"/proc/{pid}/cmdline").read_bytes():
                env = environment_of(pid)
                found[env[b"JUPYTERHUB_USER"].decode()] = env
        except (OSError, KeyError):
            continue  # gone meanwhile, or not a server the hub started
    return found


@pytest.fixture(scope="module")
def learners(chromium: Browser, unprivileged_hub: harness.ClassHub) -> Iterator[list[Page]]:
    """Two learners logged in at once, each on the start notebook of their own copy."""
    with logged_in(chromium, unprivileged_hub, learner_names(unprivileged_hub)) as pages:
        yield pages


def test_each_learner_lands_on_start_here_in_a_copy_of_their_own(
        learners: list[Page], unprivileged_hub: harness.ClassHub) -> None:
    hub_uid = pwd.getpwnam(unprivileged_hub.runs_as).pw_uid
    for name, page in zip(learner_names(unprivileged_hub), learners, strict=True):
        assert f"/user/{name}/lab/tree/workshop/notebooks/00-start-here.ipynb" in page.url
        expect(lab.notebook_panel(page)).not_to_contain_text("Facilitator notes")
        course = unprivileged_hub.home(name) / "workshop"
        assert not course.is_symlink()  # a copy of their own, not the hub's
        assert (course / "notebooks/00-start-here.ipynb").stat().st_uid == hub_uid
        assert not (course / "notebooks/facilitator.ipynb").exists()


def test_every_server_runs_as_the_hub_account_in_its_own_home(
        learners: list[Page], unprivileged_hub: harness.ClassHub) -> None:
    hub_account = pwd.getpwnam(unprivileged_hub.runs_as)
    assert Path(f"/proc/{unprivileged_hub.pid}").stat().st_uid == hub_account.pw_uid
    servers = servers_by_user(hub_account.pw_uid)
    assert set(learner_names(unprivileged_hub)) <= set(servers)
    for name in learner_names(unprivileged_hub):
        env = servers[name]
        assert env[b"HOME"] == str(unprivileged_hub.home(name)).encode()
        assert env[b"WORKSHOP_CLASS_DIR"] == str(unprivileged_hub.class_dir).encode()
        assert b"PYTHONPATH" not in env  # the kit installed in the hub's venv, not a checkout
    assert not set(learner_names(unprivileged_hub)) & set(servers_by_user(0))  # none as root


def test_each_learner_answers_with_a_pass(learners: list[Page],
                                          unprivileged_hub: harness.ClassHub) -> None:
    for name, page in zip(learner_names(unprivileged_hub), learners, strict=True):
        answer_in_notebook_01(page, unprivileged_hub, name)
    for name in learner_names(unprivileged_hub):
        saved = unprivileged_hub.home(name) / ".local/share/workshop-kit"
        assert any(saved.glob("session-*.json")), f"{name}: no progress saved in {saved}"


def test_the_facilitator_board_counts_both_learners(
        learners: list[Page], chromium: Browser, unprivileged_hub: harness.ClassHub) -> None:
    board_counts(chromium, unprivileged_hub, "2 learners, 2 answers checked",
                 "board-unprivileged.png")


def test_root_is_refused_at_login(chromium: Browser,
                                  unprivileged_hub: harness.ClassHub) -> None:
    refused(chromium, unprivileged_hub, "root")
