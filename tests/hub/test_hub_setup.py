"""The class server's start-up and preparation helpers, without a hub (no root needed)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from hub import start
from hub.client import loopback, room_address
from hub.prepare import names


def test_secrets_are_made_once_and_private(tmp_path: Path) -> None:
    state = tmp_path / "state"
    start.make_secrets(state)
    made = {p.name: p.read_text("utf-8").strip() for p in state.iterdir()}
    assert set(made) == {"class-password", "admin-password", "api-token"}
    assert stat.S_IMODE(state.stat().st_mode) == 0o700
    assert all(stat.S_IMODE((state / n).stat().st_mode) == 0o600 for n in made)
    assert len(made["class-password"]) >= 8  # what SharedPasswordAuthenticator requires
    assert len(made["admin-password"]) >= 32 and made["admin-password"] != made["class-password"]
    *words, number = made["class-password"].split("-")
    assert len(words) == 3 and set(words) <= set(start.WORDS) and 100 <= int(number) <= 999
    start.make_secrets(state)  # a restart keeps them: learners keep the password they were given
    assert {p.name: p.read_text("utf-8").strip() for p in state.iterdir()} == made


def test_the_class_folder_lets_everyone_add_and_nobody_delete_anothers(tmp_path: Path) -> None:
    start.class_folder(tmp_path / "class")
    assert stat.S_IMODE((tmp_path / "class").stat().st_mode) == 0o1777


def test_a_private_folder_above_the_hub_is_found(tmp_path: Path) -> None:
    hub = tmp_path / "private" / "hub"
    hub.mkdir(parents=True)
    os.chmod(tmp_path / "private", 0o700)
    assert not start.reachable_by_others(hub / "venv")
    os.chmod(tmp_path / "private", 0o755)
    assert start.reachable_by_others(hub / "venv") == all(
        p.stat().st_mode & 0o001 for p in [hub, *hub.parents])


@pytest.mark.parametrize(("bind", "local"), [
    ("http://0.0.0.0:8000", "http://127.0.0.1:8000"),
    ("http://127.0.0.1:18000", "http://127.0.0.1:18000"),
    ("http://class.example:80", "http://class.example:80"),
])
def test_the_hub_is_called_on_loopback_when_it_listens_everywhere(bind: str, local: str) -> None:
    assert loopback(bind) == local


def test_the_room_address_is_the_one_the_hub_was_given() -> None:
    assert room_address("http://class.example:8000") == "http://class.example:8000/"
    assert room_address("http://0.0.0.0:8000").endswith(":8000/")
    assert "0.0.0.0" not in room_address("http://0.0.0.0:8000")


def test_prepared_names_sort_in_order() -> None:
    assert names(3) == ["learner-01", "learner-02", "learner-03"]
    assert names(120, "room")[-1] == "room-120" and names(120, "room")[0] == "room-001"
