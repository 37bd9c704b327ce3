"""The labelled corpus: the development data meets the accuracy targets.

The figures come from benchmarks/eval_checkers.py, which prints them per kind and per
criterion (``python benchmarks/eval_checkers.py --split development --show-errors 20``).
History: the rules were first written against the dev split only. The dev2 split was the
first held-out split; measured before anyone studied it, it scored 96.9% of verdicts
overall, with two kinds at 91.7% and five criteria under 90%. It then became development
data: its misses were studied and the rules generalized by principle (what a careful reader
relies on), with hand-written paraphrases in test_checkers_text.py.

The dev3 split was the second independent holdout, written by someone who read neither the
rules nor the other splits. Measured before anyone studied it, it scored only 87.5% of
verdicts (offers 76.0%, yes-replies 80.0%, asks 84.4%; eight criteria under 90%): the rules
were too tied to the wording they were written on. It then became development data too;
its misses were closed with structural signals (desire + exchange verb, purpose clauses,
events looked back on, time-bound orders, stated policies, bargaining for any channel)
rather than its phrases, each with hand-written paraphrases that are in no corpus file.
Development (dev + dev2 + dev3) must meet the targets here. The holdout split (177
messages), again written without sight of the rules, measured 93.8% of verdicts when first
evaluated (asks 92.3%, offers 90.6%, replies 93.3%, follow-ups 100%, after a no 95.5%;
eight criteria under 90%). Its targets are not asserted; that first figure is a floor
that later rules may not fall under.
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
DEVELOPMENT = EVAL.load("development")
HOLDOUT = EVAL.load("holdout")


@pytest.fixture(scope="module")
def development_report() -> object:
    missing = [f"{part}.jsonl" for part in ("dev", "dev2", "dev3") if not EVAL.load(part)]
    if missing:
        pytest.fail("tests/data/checker-corpus/ is missing " + ", ".join(missing))
    return EVAL.evaluate("development", DEVELOPMENT)


def test_development_verdicts_meet_95_percent_per_kind(development_report: object) -> None:
    verdicts = development_report.verdicts  # type: ignore[attr-defined]
    low = {k: verdicts.rate(k) for k in verdicts.total if verdicts.rate(k) < 0.95}
    assert development_report.overall() >= 0.95  # type: ignore[attr-defined]
    assert not low, EVAL.render(development_report, 30)


def test_development_criteria_meet_90_percent(development_report: object) -> None:
    criteria = development_report.criteria  # type: ignore[attr-defined]
    low = {k: criteria.rate(k) for k in criteria.total if criteria.rate(k) < 0.90}
    assert not low, EVAL.render(development_report, 30)


def test_every_kind_and_intent_is_in_the_dev_split() -> None:
    seen = {(r["kind"], r.get("context", {}).get("intent")) for r in DEV}
    assert seen >= {("ask", None), ("offer", None), ("follow_up", None), ("after_no", None),
                    ("reply", "yes"), ("reply", "unsure"), ("reply", "no")}


def test_check_flag_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert EVAL.main(["--split", "development", "--check"]) == 0
    out = capsys.readouterr().out
    assert "== development: overall verdict accuracy" in out and "ask.question" in out


def test_development_is_dev_dev2_and_dev3_together() -> None:
    parts = ("dev", "dev2", "dev3")
    assert all(EVAL.load(part) for part in parts), "a development corpus file is missing"
    assert len(DEVELOPMENT) == sum(len(EVAL.load(part)) for part in parts)
    assert EVAL.SPLITS == ("dev", "dev2", "dev3", "holdout")


# The holdout's verdict accuracy when it was first measured, before anyone studied it.
HOLDOUT_FIRST_MEASURED = 0.937  # 166 of 177


def test_holdout_is_judged_in_full_and_does_not_regress() -> None:
    assert HOLDOUT, "tests/data/checker-corpus/holdout.jsonl is missing or empty"
    report = EVAL.evaluate("holdout", HOLDOUT)
    assert sum(report.verdicts.total.values()) == len(HOLDOUT)
    assert report.overall() >= HOLDOUT_FIRST_MEASURED, EVAL.render(report, 30)
