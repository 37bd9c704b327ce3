"""Builds for a live workshop: a learner copy, a printable handout, role-play cards."""

from workshop.builds.build import build_cards, build_handout, build_learner
from workshop.builds.output import BuildError

__all__ = ["BuildError", "build_cards", "build_handout", "build_learner"]
