"""Offline-site fixtures: the built site, a namespace with only loopback, a server, Chromium."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Playwright

from tests.browser import lab
from tests.site import offline


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "browser: drives JupyterLab in headless Chromium (needs /usr/bin/chromium)"
    )


@pytest.fixture(scope="session")
def site() -> Path:
    """build/site, built now (`make site`; fast once its downloads are cached)."""
    try:
        return offline.build_site()
    except offline.OfflineError as e:
        pytest.fail(str(e), pytrace=False)


@pytest.fixture(scope="session")
def netns() -> Iterator[offline.Namespace]:
    """A network namespace with only loopback; fails (never skips) when none can be made."""
    try:
        with offline.namespace() as ns:
            yield ns
    except offline.OfflineError as e:
        pytest.fail(str(e), pytrace=False)


@pytest.fixture(scope="session")
def served(netns: offline.Namespace, site: Path,
             tmp_path_factory: pytest.TempPathFactory) -> Iterator[offline.Served]:
    """The site served on loopback inside the namespace."""
    log = tmp_path_factory.mktemp("site-server") / "server.log"
    with offline.static_server(netns, site, log) as served:
        yield served


@pytest.fixture(scope="session")
def offline_chromium(playwright: Playwright, netns: offline.Namespace,
                     tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    """Headless Chromium inside the namespace."""
    if not lab.CHROMIUM.exists():
        pytest.fail(lab.MISSING_CHROMIUM, pytrace=False)
    browser = offline.launch_chromium(playwright, netns, tmp_path_factory.mktemp("chromium"))
    yield browser
    browser.close()
