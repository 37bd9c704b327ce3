"""A second opinion for the text checkers: small models trained on the labelled corpus.

Where the rules pass a "no problem found" criterion (no pressure, no guilt, no games...) but
the model is confident the message has that problem, the criterion fails, marked unsure, with
the learner's words that moved the model as its evidence. Weights are data (``weights.json``,
built by ``benchmarks/train_checker_model.py``); inference is plain Python. Switch it off with
the environment variable ``WORKSHOP_CHECKER_MODEL=0`` or :func:`set_enabled`.
"""

from workshop.checkers.model._review import ENVIRONMENT, enabled, review, set_enabled

__all__ = ["ENVIRONMENT", "enabled", "review", "set_enabled"]
