"""The compiled text checkers: used only when fresh, and judging exactly as the Python does."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from workshop.checkers import native

ROOT = Path(__file__).resolve().parent.parent


def _built(folder: Path, fingerprint: dict[str, object]) -> Path:
    (folder / "workshop" / "checkers" / "text").mkdir(parents=True)
    (folder / native.MANIFEST).write_text(json.dumps(fingerprint), encoding="utf-8")
    return folder


def test_a_build_of_these_sources_for_this_python_is_fresh(tmp_path: Path) -> None:
    assert native.fresh(_built(tmp_path, native.fingerprint()))


@pytest.mark.parametrize("change", ["source", "python", "module"])
def test_a_build_of_anything_else_is_stale(tmp_path: Path, change: str) -> None:
    stamp = native.fingerprint()
    digests = dict(stamp["sources"])  # type: ignore[call-overload]
    if change == "source":
        digests["_starts.py"] = "0" * 64  # the source was edited after the build
    elif change == "module":
        digests["_gone.py"] = "0" * 64  # a module that is no longer there
    else:
        stamp["python"] = "3.11.0 (another build)"
    stamp["sources"] = digests
    assert not native.fresh(_built(tmp_path, stamp))


def test_no_build_or_a_broken_manifest_is_stale(tmp_path: Path) -> None:
    assert not native.fresh(tmp_path)
    (tmp_path / native.MANIFEST).write_text("{not json", encoding="utf-8")
    assert not native.fresh(tmp_path)


def test_only_a_fresh_build_goes_on_the_package_path(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(native, "active", False)
    monkeypatch.delenv(native.PURE_ENV, raising=False)
    path = ["/the/package"]
    assert not native.use(path, tmp_path) and path == ["/the/package"]
    folder = _built(tmp_path, native.fingerprint())
    monkeypatch.setenv(native.PURE_ENV, "1")
    assert not native.use(path, folder) and path == ["/the/package"]
    monkeypatch.setenv(native.PURE_ENV, "0")
    assert native.use(path, folder) and native.active
    assert path == [str(folder / "workshop" / "checkers" / "text"), "/the/package"]


def test_the_command_says_how_it_is_used(capsys: pytest.CaptureFixture[str]) -> None:
    assert native.main(["--now"]) == 2
    assert "usage: python -m workshop.checkers.native [--clean]" in capsys.readouterr().err


_JUDGE_CORPUS = """
import hashlib, json, sys
from pathlib import Path
from workshop.checkers import check_message, native
digest = hashlib.sha256()
kinds = [("ask", {}), ("offer", {}), ("follow_up", {}), ("follow_up", {"hours": 30}),
         ("after_no", {}), ("reply", {"intent": "yes"}), ("reply", {"intent": "unsure"}),
         ("reply", {"intent": "no"})]
count = 0
for path in sorted(Path("tests/data/checker-corpus").glob("*.jsonl")):
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        text = json.loads(line)["text"]
        for variant in (text, text.upper(), text.replace("'", "\\u2019").rstrip(".!?")):
            for kind, context in kinds:
                fb = check_message(kind, variant, **context)
                digest.update((repr(fb) + str(fb) + fb._repr_html_()).encode())
                count += 1
print(native.active, count, digest.hexdigest())
"""


def _judge_corpus(pure: bool) -> list[str]:
    env = {**os.environ, native.PURE_ENV: "1" if pure else ""}
    done = subprocess.run([sys.executable, "-c", _JUDGE_CORPUS], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=True, timeout=600)
    return done.stdout.split()


@pytest.mark.skipif(not native.fresh(), reason="no fresh native build "
                    "(python -m workshop.checkers.native; make test builds it)")
def test_compiled_checkers_judge_exactly_as_the_python_source() -> None:
    compiled, python = _judge_corpus(pure=False), _judge_corpus(pure=True)
    assert compiled[0] == "True" and python[0] == "False"
    assert int(compiled[1]) > 30_000  # every corpus message, three ways, for every kind
    assert compiled[1:] == python[1:]
