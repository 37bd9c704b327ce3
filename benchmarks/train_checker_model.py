"""Train the checkers' second opinion and write its weights (standard library only).

    python benchmarks/train_checker_model.py [--splits dev,dev2,...] [--out PATH]

One naive Bayes model per "no problem found" criterion (``CONCERNS``): over the features of
``workshop.checkers.model._features`` (words and word pairs, present or not), each feature's
weight is the log-odds of the criterion being met when it is present. Only the
``FEATURES`` features per criterion that tell most about the label (mutual information) are
kept, so the file stays small and each weight can be shown as evidence. The confidence a
model needs before it speaks (``CONFIDENCE``) was chosen by ``eval_checker_model.py``.

The result is ``workshop/checkers/model/weights.json``; ``make checker-model`` rebuilds it.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]
from eval_checkers import DEVELOPMENT, load  # noqa: E402

from workshop.checkers.model._features import features  # noqa: E402

OUT = ROOT / "workshop" / "checkers" / "model" / "weights.json"
#: (kind, reply intent or "", criterion): the criteria the rules pass when they find no problem
CONCERNS: tuple[tuple[str, str, str], ...] = (
    ("ask", "", "no_pressure"),
    ("offer", "", "gives_control"),
    ("offer", "", "no_pressure"),
    ("follow_up", "", "no_pressure"),
    ("after_no", "", "no_guilt"),
    ("after_no", "", "no_repeat"),
    ("reply", "yes", "no_games"),
    ("reply", "no", "polite"),
    ("reply", "no", "no_false_hope"),
)
#: (kind, intent, criterion) the rules can only fail by not finding: for the experiment in
#: eval_checker_model.py (a model that vouches for them did not help, so none is shipped)
SUPPORTS: tuple[tuple[str, str, str], ...] = (
    ("ask", "", "question"), ("ask", "", "reason"), ("ask", "", "connection"), ("ask", "", "out"),
    ("offer", "", "gives_control"), ("offer", "", "connection"),
    ("reply", "yes", "clear_yes"), ("reply", "unsure", "honest"), ("reply", "unsure", "kind"),
    ("reply", "unsure", "alternative"), ("reply", "no", "clear_no"),
    ("follow_up", "", "references_meeting"), ("after_no", "", "accepts"),
)
FEATURES = 300  # kept per criterion
SMOOTHING = 0.5  # added to each count
MIN_COUNT = 2  # a feature seen in fewer training messages is dropped
CONFIDENCE = 0.98  # chosen by eval_checker_model.py on splits fresh to rules and model


def key(kind: str, intent: str, cid: str) -> str:
    """The name of a criterion's model: ``ask.no_pressure``, ``reply.no.polite``."""
    return ".".join(p for p in (kind, intent, cid) if p)


def examples(rows: Iterable[dict[str, Any]], kind: str, intent: str,
             cid: str) -> list[tuple[set[str], bool]]:
    """(features, criterion met) of every labelled message of ``kind`` (and ``intent``)."""
    return [(set(features(r["text"])), bool(r["criteria"][cid])) for r in rows
            if r["kind"] == kind and r.get("context", {}).get("intent", "") == intent
            and cid in r["criteria"]]


def fit(data: Sequence[tuple[set[str], bool]], keep: int = FEATURES) -> dict[str, Any]:
    """A naive Bayes model of one criterion: bias and the ``keep`` most telling weights."""
    met, unmet = Counter[str](), Counter[str]()
    for feats, label in data:
        (met if label else unmet).update(feats)
    n_met = sum(label for _, label in data)
    n_unmet = len(data) - n_met
    scored = []
    for f in met.keys() | unmet.keys():
        a, b = met[f], unmet[f]
        if a + b < MIN_COUNT:
            continue
        weight = (math.log((a + SMOOTHING) / (n_met + 2 * SMOOTHING))
                  - math.log((b + SMOOTHING) / (n_unmet + 2 * SMOOTHING)))
        scored.append((-_information(a, b, n_met, n_unmet), f, weight))
    scored.sort()
    weights = {f: round(w, 3) for _, f, w in scored[:keep]}
    bias = math.log((n_met + 1) / (n_unmet + 1))
    return {"bias": round(bias, 3), "weights": dict(sorted(weights.items()))}


def _information(a: int, b: int, n_met: int, n_unmet: int) -> float:
    """Mutual information between a feature's presence (in a of n_met met and b of n_unmet
    unmet messages) and the label."""
    n = n_met + n_unmet
    present = (a + b) / n
    total = 0.0
    for count, of, seen in ((a, n_met, True), (n_met - a, n_met, False),
                            (b, n_unmet, True), (n_unmet - b, n_unmet, False)):
        if count:
            joint = count / n
            total += joint * math.log(joint / ((present if seen else 1 - present) * of / n))
    return total


def train(rows: Sequence[dict[str, Any]],
          which: Iterable[tuple[str, str, str]] = CONCERNS) -> dict[str, dict[str, Any]]:
    """A model for each of ``which`` criteria, trained on ``rows``."""
    return {key(*c): fit(examples(rows, *c)) for c in which}


def document(splits: Sequence[str]) -> dict[str, Any]:
    """The weights file's content for a model trained on ``splits``."""
    rows = [row for split in splits for row in load(split)]
    return {
        "about": "Second opinion of the text checkers on the 'no problem found' criteria: "
                 "naive Bayes over words and word pairs; see benchmarks/train_checker_model.py",
        "trained_on": list(splits),
        "messages": len(rows),
        "confidence": CONFIDENCE,
        "models": train(rows),
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Train on the development splits and write the weights file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--splits", default=",".join(DEVELOPMENT))
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    doc = document(args.splits.split(","))
    args.out.write_text(json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n",
                        encoding="utf-8")
    print(f"{args.out}: {len(doc['models'])} models from {doc['messages']} messages, "
          f"{args.out.stat().st_size / 1024:.1f} KiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
