"""The order a view shows options, cards and steps in, so feedback can follow it too."""

from __future__ import annotations

import random


def stable_shuffle(count: int, seed: str) -> list[int]:
    """A permutation of ``range(count)`` that depends only on ``seed`` (same for everyone)."""
    order = list(range(count))
    random.Random(seed).shuffle(order)
    return order


def shuffled(ids: list[str], seed: str) -> list[str]:
    """A stable shuffle (the same for every learner and every run) that is never the answer."""
    order = list(ids)
    rng = random.Random(seed)
    while order == ids and len(ids) > 1:
        rng.shuffle(order)
    return order
