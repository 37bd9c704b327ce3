"""The labelled corpus: the dev split meets the accuracy targets.

The figures come from benchmarks/eval_checkers.py, which prints them per kind and per
criterion (``python benchmarks/eval_checkers.py --show-errors 20``). The rules were written
against the dev split only. The holdout split measures how they generalize: it is
evaluated here, but its targets are not asserted, because the rules do not reach them
there (96.9% of verdicts overall, but two kinds at 91.7% and five criteria under 90% when
first measured); raising them means better rules, not a weaker test.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _eval_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "eval_checkers", ROOT / "benchmarks" / "eval_checkers.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("eval_checkers", module)
    spec.loader.exec_module(module)
    return module


EVAL = _eval_module()
DEV = EVAL.load("dev")
HOLDOUT = EVAL.load("holdout")


@pytest.fixture(scope="module")
def dev_report() -> object:
    if not DEV:
        pytest.fail("tests/data/checker-corpus/dev.jsonl is missing")
    return EVAL.evaluate("dev", DEV)


def test_dev_verdicts_meet_95_percent_per_kind(dev_report: object) -> None:
    verdicts = dev_report.verdicts  # type: ignore[attr-defined]
    low = {k: verdicts.rate(k) for k in verdicts.total if verdicts.rate(k) < 0.95}
    assert dev_report.overall() >= 0.95  # type: ignore[attr-defined]
    assert not low, EVAL.render(dev_report, 30)


def test_dev_criteria_meet_90_percent(dev_report: object) -> None:
    criteria = dev_report.criteria  # type: ignore[attr-defined]
    low = {k: criteria.rate(k) for k in criteria.total if criteria.rate(k) < 0.90}
    assert not low, EVAL.render(dev_report, 30)


def test_every_kind_and_intent_is_in_the_dev_split() -> None:
    seen = {(r["kind"], r.get("context", {}).get("intent")) for r in DEV}
    assert seen >= {("ask", None), ("offer", None), ("follow_up", None), ("after_no", None),
                    ("reply", "yes"), ("reply", "unsure"), ("reply", "no")}


def test_check_flag_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert EVAL.main(["--split", "dev", "--check"]) == 0
    out = capsys.readouterr().out
    assert "overall verdict accuracy" in out and "ask.question" in out


@pytest.mark.skipif(not HOLDOUT, reason="the holdout split is not in this checkout")
def test_holdout_is_judged_in_full() -> None:
    report = EVAL.evaluate("holdout", HOLDOUT)
    assert sum(report.verdicts.total.values()) == len(HOLDOUT)
    assert report.overall() >= 0.90  # a floor against regressions, below the 95% target
