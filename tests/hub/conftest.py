"""Class-server fixtures: the kit's JupyterHub as root, and as an unprivileged account (Chromium:
tests/conftest.py)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.hub import harness


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "hub: starts the kit's JupyterHub (needs root: it makes Unix accounts)")


def _hub_env_built(why_root: str) -> None:
    """Skip unless root (``why_root`` says what for); fail when `make hub-env` does."""
    if os.geteuid() != 0:
        pytest.skip(f"{why_root}: run it as root")
    failed = harness.build_hub()
    if failed:
        pytest.fail(f"make hub-env failed:\n{failed}", pytrace=False)


@pytest.fixture(scope="module")
def class_hub() -> Iterator[harness.ClassHub]:
    """The hub on loopback, as root; skipped unless root (its learners are real accounts)."""
    _hub_env_built("the class-server test makes a Unix account per learner")
    with harness.class_hub() as running:
        yield running


@pytest.fixture(scope="module")
def unprivileged_hub() -> Iterator[harness.ClassHub]:
    """The hub on loopback as an account of its own, without root (every server as that
    account); skipped unless root, which makes and removes that account."""
    _hub_env_built("the test of the hub without root makes a throwaway account to run it as")
    with harness.class_hub(unprivileged=True) as running:
        yield running
