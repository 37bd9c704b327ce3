"""The criterion models shipped as data: load ``weights.json`` and score a message."""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workshop.errors import WorkshopError

Spans = Mapping[str, tuple[int, int]]


@dataclass(frozen=True, slots=True)
class CriterionModel:
    """Naive Bayes over present features: log-odds that the criterion is met.

    A word inside a word pair the model knows counts through the pair only ("give me", not
    also "give" and "me"): naive Bayes would otherwise count the same words two or three
    times and grow far surer than the corpus warrants.
    """

    bias: float
    weights: Mapping[str, float]

    def weigh(self, feats: Spans) -> tuple[float, list[tuple[float, str]]]:
        """Log-odds that the criterion is met by a message with features ``feats``, and the
        counted features that speak against it, strongest first."""
        w = self.weights
        known = [f for f in feats if f in w]
        covered = {word for f in known if " " in f for word in f.split(" ")}
        score, against = self.bias, []
        for f in known:
            if f not in covered:
                score += w[f]
                if w[f] < 0.0:
                    against.append((w[f], f))
        against.sort()
        return score, against


@dataclass(frozen=True, slots=True)
class Models:
    """Every criterion model, and the log-odds at or below which one flags a concern."""

    by_key: Mapping[str, CriterionModel]
    flag_below: float

    def get(self, kind: str, intent: str, cid: str) -> CriterionModel | None:
        """The model of criterion ``cid`` of ``kind`` (and a reply's ``intent``), if any."""
        return self.by_key.get(".".join(p for p in (kind, intent, cid) if p))


def parse(doc: Mapping[str, Any]) -> Models:
    """Models from the weights document; raise WorkshopError if it is not one."""
    try:
        confidence = float(doc["confidence"])
        if not 0.5 < confidence < 1.0:
            raise ValueError(f"confidence must be between 0.5 and 1, not {confidence!r}")
        by_key = {
            name: CriterionModel(float(m["bias"]),
                                 {str(f): float(w) for f, w in m["weights"].items()})
            for name, m in doc["models"].items()
        }
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        raise WorkshopError(
            f"workshop/checkers/model/weights.json: {e!r}; rebuild it with "
            "python benchmarks/train_checker_model.py"
        ) from None
    return Models(by_key, math.log((1.0 - confidence) / confidence))


@functools.cache
def shipped() -> Models:
    """The models in the package's ``weights.json`` (read once)."""
    # Read beside this file (the kit is installed as files, never zipped): importing
    # importlib.resources would add its machinery to the first check's time.
    text = Path(__file__).with_name("weights.json").read_text(encoding="utf-8")
    return parse(json.loads(text))
