"""Where the kit keeps progress in the offline site: the browser's storage when it has one."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from workshop.store import ProgressStore, files


@pytest.fixture
def in_browser(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Pyodide as JupyterLite runs it: sys.platform emscripten, /drive standing in tmp_path."""
    drive = tmp_path / "drive"
    monkeypatch.setattr(sys, "platform", "emscripten")
    monkeypatch.setattr(files, "BROWSER_FOLDER", drive / "workshop-progress")
    monkeypatch.delenv(files.ENV_DIR, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    return drive


def test_progress_goes_to_the_browser_storage(in_browser: Path) -> None:
    in_browser.mkdir()
    assert files.default_folder() == in_browser / "workshop-progress"
    store = ProgressStore()
    store.record("dog-park-first-move", passed=True, score=1.0, answer="chat-dogs")
    left = sorted(p.name for p in (in_browser / "workshop-progress").iterdir())
    assert left == [store.path.name], "only the session file stays (no probe, no temporary)"


def test_without_browser_storage_progress_stays_in_memory_folders(in_browser: Path,
                                                                   tmp_path: Path) -> None:
    # a plain http:// address: no service worker, so JupyterLite mounts no /drive
    assert files.default_folder() == tmp_path / "home" / ".local" / "share" / files.APP_NAME


def test_the_setting_still_wins(in_browser: Path, monkeypatch: pytest.MonkeyPatch,
                                tmp_path: Path) -> None:
    in_browser.mkdir()
    monkeypatch.setenv(files.ENV_DIR, str(tmp_path / "chosen"))
    assert files.default_folder() == tmp_path / "chosen"


def test_flagged_feedback_goes_to_the_browser_storage_too(in_browser: Path) -> None:
    from workshop.checkers import check_message
    from workshop.store import make_case

    in_browser.mkdir()
    store = ProgressStore()
    text = "Give me your number."
    store.add_disagreement(make_case("rewrite-the-demand", "ask", {},
                                     check_message("ask", text), text))
    left = sorted(p.name for p in (in_browser / "workshop-progress").iterdir())
    assert left == [store.disagreements.path.name]
    assert [c.text for c in ProgressStore().disagreements.all()] == [text]
