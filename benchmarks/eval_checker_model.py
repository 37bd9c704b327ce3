"""Does the checkers' second opinion help on fresh text? Leave-split-out figures.

    python benchmarks/eval_checker_model.py [--rules-at COMMIT] [--confidence C]

For each test split S of dev9 to dev35 (each once fresh text, written independently), the
models are trained only on the splits written before S (``dev`` ... the one before S), and
S is reported three ways, per criterion and overall:

  (a) rules: the rules of this checkout alone. On a split the rules were tuned on after it
      was measured (dev9 to dev11 when this was written) (a) is optimistic, not fresh.
  (b) rules + model: (a) with the model's confident concerns (as the shipped hook adds
      them). Optimistic in the same way: the rules already catch what they were tuned on,
      so there a concern can only be wrong.
  (c) model alone: how often the model's own call (met when p >= 0.5) matches the label.

The fair comparisons are on splits the rules had not seen when they were measured: dev13 to
dev35 were each measured so, with the rules alone and with the model, before the rules were
tuned on them (tests/data/checker-corpus/first-measures.csv keeps those first figures; dev35 is
not yet studied), and dev11 with the rules of ``--rules-at`` (default 22b799d, the
last commit before dev11 was studied; they reproduce its first measurement, 93.3%), checked out
with ``git archive``. The clean test is a new fresh holdout measured once with
WORKSHOP_CHECKER_MODEL=0 and with it on.
The confidence a model needs before it speaks is chosen on that dev11 comparison together
with dev9 and dev10 (where the tuned rules are right, so a concern there can only cost): the
most verdicts right, provided criterion accuracy on dev11 does not fall and more of the
concerns raised on the three are right than wrong; ties go to the most cautious. dev12 then
tests the choice.
A model that vouches for criteria the rules did not find (the other direction) is
evaluated the same way and reported last.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]
from eval_checkers import DEVELOPMENT, load  # noqa: E402
from train_checker_model import CONCERNS, SUPPORTS, key, train  # noqa: E402

from workshop.checkers.model._features import features  # noqa: E402
from workshop.checkers.model._review import FREEING, concerns, passes, phrase  # noqa: E402
from workshop.checkers.model._weights import Models, parse  # noqa: E402

TESTS = ("dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18",
         "dev19", "dev20", "dev21", "dev22", "dev23", "dev24", "dev25",
         "dev26", "dev27", "dev28", "dev29", "dev30", "dev31", "dev32", "dev33", "dev34", "dev35")
CANDIDATES = (0.9, 0.95, 0.98, 0.99, 0.995, 0.998, 0.999)
CONCERN_IDS = frozenset(cid for _, _, cid in CONCERNS)
Outcome = dict[str, Any]  # {"passed": bool, "criteria": {cid: [passed, sure, spans]}}

_DUMP = """
import json, sys
from workshop.checkers import check_message
rows = json.load(sys.stdin)
out = {}
for r in rows:
    fb = check_message(r["kind"], r["text"], **r.get("context", {}))
    out[r["id"]] = {"passed": fb.passed,
                    "criteria": {c.id: [c.passed, c.sure, [[s.start, s.end] for s in c.evidence]]
                                 for c in fb.criteria}}
json.dump(out, sys.stdout)
"""


def rule_outcomes(rows: list[dict[str, Any]], commit: str | None) -> dict[str, Outcome]:
    """What the rules say of each row: this checkout's (model off) or those at ``commit``."""
    with tempfile.TemporaryDirectory() as tmp:
        path = str(ROOT)
        if commit:
            archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "workshop"],
                                     capture_output=True, check=True).stdout
            subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
            path = tmp
        done = subprocess.run(
            [sys.executable, "-c", _DUMP], input=json.dumps(rows), capture_output=True,
            text=True, check=True, cwd=tmp,
            env={"PYTHONPATH": path, "WORKSHOP_CHECKER_MODEL": "0", "PATH": "/usr/bin:/bin"})
    result: dict[str, Outcome] = json.loads(done.stdout)
    return result


@dataclass
class Figures:
    """Right/total counts of one comparison: verdicts, criteria (a, b, c) and flips."""

    n: int = 0
    verdict_a: int = 0
    verdict_b: int = 0
    crit: dict[str, list[int]] = field(default_factory=dict)  # key -> [a, b, c, total]
    good: int = 0
    bad: int = 0
    flips: list[str] = field(default_factory=list)

    def criterion_rate(self, which: int, keys: Iterable[str] | None = None) -> float:
        """Accuracy (0 rules, 1 combined, 2 model alone) over ``keys`` (default all)."""
        keys = list(self.crit if keys is None else keys)
        total = sum(self.crit[k][3] for k in keys)
        return sum(self.crit[k][which] for k in keys) / total if total else 1.0


def _intent(row: dict[str, Any]) -> str:
    return str(row.get("context", {}).get("intent", ""))


def compare(rows: Iterable[dict[str, Any]], rules: dict[str, Outcome], models: Models,
            flip: Callable[..., set[str]]) -> Figures:
    """Figures (a), (b), (c) for ``rows``, flipping the criteria ``flip`` returns."""
    fig = Figures()
    for row in rows:
        kind, intent, out = row["kind"], _intent(row), rules[row["id"]]
        met = {cid: ps[0] for cid, ps in out["criteria"].items()}
        flipped = flip(models, row, out)
        after = {cid: (not m) if cid in flipped else m for cid, m in met.items()}
        verdict = passes(kind, intent, after) if flipped else out["passed"]
        if flipped and all(met[cid] for cid in flipped):  # only concerns: it can only fall
            verdict = verdict and out["passed"]
        fig.n += 1
        fig.verdict_a += out["passed"] == row["passed"]
        fig.verdict_b += verdict == row["passed"]
        feats = features(row["text"])
        for cid, want in row["criteria"].items():
            model = models.get(kind, intent, cid)
            if model is None:
                continue
            k = key(kind, intent, cid)
            counts = fig.crit.setdefault(k, [0, 0, 0, 0])
            alone = model.weigh(feats)[0] >= 0.0
            for i, ok in enumerate((met[cid] == want, after[cid] == want, alone == want)):
                counts[i] += ok
            counts[3] += 1
        for cid in flipped:
            right = after[cid] == row["criteria"][cid]
            fig.good += right
            fig.bad += not right
            fig.flips.append(f"{'right' if right else 'WRONG'} {row['id']} {cid}: "
                             f"{row['text'][:90]!r}")
    return fig


def concern_flips(models: Models, row: dict[str, Any], out: Outcome) -> set[str]:
    """The shipped direction: passed criteria the model is confident are not met."""
    passed = [cid for cid, (ok, *_) in out["criteria"].items() if ok]
    freeing = [phrase(row["text"], s, e) for cid in passed if cid in FREEING
               for s, e in out["criteria"][cid][2]]
    return set(concerns(models, row["kind"], _intent(row), row["text"], passed, freeing))


def support_flips(models: Models, row: dict[str, Any], out: Outcome) -> set[str]:
    """The other direction: criteria the rules only did not find and the model vouches for."""
    feats = features(row["text"])
    return {cid for cid, (ok, sure, _) in out["criteria"].items()
            if not ok and not sure and (m := models.get(row["kind"], _intent(row), cid))
            and m.weigh(feats)[0] >= -models.flag_below}


def handwritten() -> list[tuple[str, dict[str, Any], str, dict[str, bool]]]:
    """The rules' hand-written test cases with what they expect, as (kind, context, text,
    {criterion: expected}): every module-level table of tests/test_checkers_text.py in
    either of its two shapes, and the short passing answers of tests/test_checkers_short.py."""
    import tests.test_checkers_short as short
    import tests.test_checkers_text as text

    cases = []
    for table in vars(text).values():
        for row in table if isinstance(table, list) else ():
            if isinstance(row, tuple) and len(row) == 4 and isinstance(row[3], dict):
                cases.append(row)
            elif isinstance(row, tuple) and len(row) == 5 and isinstance(row[4], bool):
                kind, words, ctx, cid, want = row
                cases.append((kind, ctx, words, {cid: want}))
    for table, kind, ctx, met in ((short.LET_GO, "after_no", {}, ("no_guilt", "no_repeat")),
                                  (short.COURTEOUS_NO, "reply", {"intent": "no"},
                                   ("polite", "no_false_hope")),
                                  (short.GLAD_YES, "reply", {"intent": "yes"}, ("no_games",))):
        cases += [(kind, ctx, words, dict.fromkeys(met, True)) for words in table]
    return cases


def false_concerns(models: Models) -> tuple[int, int, list[str]]:
    """Concerns the model raises on the hand-written cases that expect the criterion met:
    (raised, criteria it could have raised on, the cases)."""
    from workshop.checkers import check_message
    from workshop.checkers.model import set_enabled

    set_enabled(False)
    wrong, could = [], 0
    for kind, ctx, words, expected in handwritten():
        fb = check_message(kind, words, **ctx)
        out = {"criteria": {c.id: [c.passed, c.sure, [[s.start, s.end] for s in c.evidence]]
                            for c in fb.criteria}}
        flagged = concern_flips(models, {"kind": kind, "context": ctx, "text": words}, out)
        could += sum(want and fb.criterion(cid).passed and cid in CONCERN_IDS
                     for cid, want in expected.items())
        wrong += [f"{cid}: {words!r}" for cid in sorted(flagged) if expected.get(cid) is True]
    return len(wrong), could, wrong


def line(name: str, f: Figures) -> str:
    """One comparison as a line of figures."""
    return (f"  {name:<22} verdict (a) {f.verdict_a / f.n:6.1%} (b) {f.verdict_b / f.n:6.1%}"
            f" | model's criteria (a) {f.criterion_rate(0):6.1%} (b) {f.criterion_rate(1):6.1%}"
            f" (c) {f.criterion_rate(2):6.1%} | flips right {f.good}, wrong {f.bad}")


def main(argv: Sequence[str] | None = None) -> int:
    """Print the leave-split-out figures and the chosen confidence."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rules-at", default="22b799d", metavar="COMMIT")
    parser.add_argument("--confidence", type=float, help="report this one instead of choosing")
    parser.add_argument("--show-flips", action="store_true")
    args = parser.parse_args(argv)
    rows = {s: load(s) for s in DEVELOPMENT}
    everything = [r for s in DEVELOPMENT for r in rows[s]]
    now = rule_outcomes(everything, None)
    then = rule_outcomes(rows["dev11"], args.rules_at)
    trained = {s: train([r for p in DEVELOPMENT[:DEVELOPMENT.index(s)] for r in rows[p]],
                        CONCERNS + SUPPORTS) for s in TESTS}

    def models(split: str, confidence: float, which: Sequence[tuple[str, str, str]]) -> Models:
        chosen = {key(*c): trained[split][key(*c)] for c in which}
        return parse({"confidence": confidence, "models": chosen})

    def run(split: str, conf: float, rules: dict[str, Outcome], direction: str) -> Figures:
        flip, which = ((concern_flips, CONCERNS) if direction == "concern"
                       else (support_flips, SUPPORTS))
        return compare(rows[split], rules, models(split, conf, which), flip)

    print("Choosing the confidence: verdicts right on dev11 with the rules before it was "
          f"studied ({args.rules_at}) plus dev9 and dev10 with the rules now (where the rules "
          "are right, so a concern can only cost):")
    best: tuple[int, float] | None = None
    for conf in CANDIDATES:
        fresh = run("dev11", conf, then, "concern")
        cost = [run(s, conf, now, "concern") for s in ("dev9", "dev10")]
        right = fresh.verdict_b + sum(c.verdict_b for c in cost)
        good, bad = fresh.good + sum(c.good for c in cost), fresh.bad + sum(c.bad for c in cost)
        print(f"  confidence {conf:<6} dev11 verdict {fresh.verdict_a / fresh.n:.1%} -> "
              f"{fresh.verdict_b / fresh.n:.1%}, criteria {fresh.criterion_rate(0):.1%} -> "
              f"{fresh.criterion_rate(1):.1%} (right {fresh.good}, wrong {fresh.bad}); "
              f"dev9+dev10: verdicts lost {sum(c.verdict_a - c.verdict_b for c in cost)}, "
              f"wrong concerns {sum(c.bad for c in cost)}")
        if fresh.criterion_rate(1) >= fresh.criterion_rate(0) and good > bad and (
                best is None or right >= best[0]):
            best = (right, conf)
    confidence = args.confidence or (best[1] if best else math.nan)
    print(f"chosen confidence: {confidence}\n")
    print(f"(a) rules, (b) rules + model (concerns only, confidence {confidence}), "
          "(c) model alone; models trained on the splits before each test split")
    figures = {s: run(s, confidence, now, "concern") for s in TESTS}
    fresh11 = run("dev11", confidence, then, "concern")
    for s in TESTS:
        print(line(s + " (rules now)", figures[s]))
    print(line(f"dev11 (rules {args.rules_at})", fresh11))
    print("\nper criterion, (a) / (b) / (c):")
    for k in sorted({k for f in figures.values() for k in f.crit}):
        cells = [f"{s}: " + "/".join(f"{figures[s].crit[k][i] / figures[s].crit[k][3]:.0%}"
                                     for i in range(3)) for s in TESTS if k in figures[s].crit]
        old = fresh11.crit[k]
        cells.append("dev11 then: " + "/".join(f"{old[i] / old[3]:.0%}" for i in range(3)))
        print(f"  {k:<22} " + "  ".join(cells))
    if args.show_flips:
        for name, f in [*figures.items(), ("dev11 then", fresh11)]:
            print(f"\nflips on {name}:\n    " + "\n    ".join(f.flips or ["none"]))
    shipped_like = parse({"confidence": confidence, "models": train(everything)})
    raised, could, cases = false_concerns(shipped_like)
    print(f"\nThe rules' hand-written tests (tests/test_checkers_text.py, test_checkers_short.py)"
          f" expect {could} of the model's criteria met where the rules pass them; a model "
          f"trained on every split raises {raised} concern(s) on those:")
    print("    " + "\n    ".join(cases or ["none"]))
    print("\nThe other direction (the model vouching for criteria the rules did not find):")
    for conf in (0.99, 0.999, 0.9999):
        print(line(f"dev11 then, {conf}", run("dev11", conf, then, "support")))
        print(line(f"dev12 now, {conf}", run("dev12", conf, now, "support")))
    return 0


if __name__ == "__main__":
    from workshop.cli import exit_quietly

    exit_quietly(main)  # piped to head, it stops quietly
