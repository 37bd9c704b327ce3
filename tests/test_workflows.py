"""The GitHub Actions workflows: valid against GitHub's schema, and both go through .ci/run.

The schema is the one check-jsonschema ships (``--builtin-schema vendor.github-workflows``),
so the check needs no network.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from tests.conftest import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"
TESTS = WORKFLOWS / "tests.yml"
PAGES = WORKFLOWS / "pages.yml"
ENTRY = ROOT / ".ci" / "run"


def check_schema(*paths: Path) -> subprocess.CompletedProcess[str]:
    """check-jsonschema with its vendored GitHub workflow schema, on ``paths``."""
    return subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema",
                           "vendor.github-workflows", *map(str, paths)],
                          capture_output=True, text=True, check=False)


def read(path: Path) -> dict[str, Any]:
    """A workflow as plain data (YAML 1.2: the key ``on`` stays a string)."""
    data: dict[str, Any] = YAML(typ="safe").load(path.read_text("utf-8"))
    return data


def steps(workflow: dict[str, Any]) -> list[dict[str, Any]]:
    """Every step of every job."""
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def runs(workflow: dict[str, Any]) -> list[str]:
    """The shell commands of every step."""
    return [step["run"].strip() for step in steps(workflow) if "run" in step]


def test_every_workflow_file_is_valid() -> None:
    files = sorted(WORKFLOWS.glob("*.y*ml"))
    assert {p.name for p in files} >= {TESTS.name, PAGES.name}
    done = check_schema(*files)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_schema_check_rejects_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text(TESTS.read_text("utf-8").replace("runs-on:", "run-on:"), "utf-8")
    done = check_schema(broken)
    assert done.returncode == 1 and "broken.yml" in done.stdout + done.stderr


def test_the_tests_run_on_every_push_and_pull_request_through_ci_run() -> None:
    workflow = read(TESTS)
    assert workflow["on"] == {"push": None, "pull_request": None}, "no branch filter"
    assert runs(workflow) == [".ci/run"], "the tests are `.ci/run`, the README's test command"
    (job,) = workflow["jobs"].values()
    assert job["runs-on"].startswith("ubuntu")
    assert job["container"]["image"].endswith("bookworm"), "Debian's Chromium, as make test uses"


@pytest.mark.parametrize("path", ["~/.cache/pip", "~/.npm", "build/cache/npm",
                                  "build/cache/wheels", "build/cache/pyc"])
def test_the_tests_keep_their_downloads(path: str) -> None:
    cached = [step["with"]["path"].split() for step in steps(read(TESTS))
              if step.get("uses", "").startswith("actions/cache@")]
    assert any(path in paths for paths in cached), f"{path} is not cached"


def test_the_site_is_published_only_after_the_tests_pass() -> None:
    workflow = read(PAGES)
    trigger = workflow["on"]
    assert list(trigger) == ["workflow_run"], "no other way in: the tests come first"
    assert trigger["workflow_run"]["workflows"] == [read(TESTS)["name"]]
    assert trigger["workflow_run"]["types"] == ["completed"]
    build = workflow["jobs"]["build"]
    assert "github.event.workflow_run.conclusion == 'success'" in build["if"]
    checkout = next(s for s in build["steps"] if s.get("uses", "").startswith("actions/checkout"))
    assert checkout["with"]["ref"] == "${{ github.event.workflow_run.head_sha }}"
    assert runs(workflow) == [".ci/run site"]
    assert workflow["jobs"]["deploy"]["needs"] == "build"


def test_ci_run_accepts_what_the_workflows_ask_and_refuses_the_rest() -> None:
    text = ENTRY.read_text("utf-8")
    assert 'make "$target"' in text and "test|site|release)" in text
    makefile = (ROOT / "Makefile").read_text("utf-8")
    for target in ("test", "site", "release"):
        assert f"\n{target}:" in makefile, f"the Makefile has no {target} target"
    done = subprocess.run([str(ENTRY), "nonsense"], capture_output=True, text=True, check=False)
    assert done.returncode == 2 and "usage: .ci/run" in done.stderr
