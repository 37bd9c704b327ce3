"""Class-server fixtures: the kit's JupyterHub as root (Chromium: tests/conftest.py)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.hub import harness


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "hub: starts the kit's JupyterHub as root, with an account per learner")


@pytest.fixture(scope="module")
def class_hub() -> Iterator[harness.ClassHub]:
    """The hub on loopback; skipped unless root (its learners are real accounts)."""
    if os.geteuid() != 0:
        pytest.skip("the class-server test makes a Unix account per learner: run it as root")
    failed = harness.build_hub()
    if failed:
        pytest.fail(f"make hub-env failed:\n{failed}", pytrace=False)
    with harness.class_hub() as running:
        yield running
