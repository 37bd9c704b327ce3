"""Feedback learners flagged as wrong, as checker-corpus candidates for instructors."""

from workshop.corpus.candidates import candidates_yaml, entry, read_candidates
from workshop.corpus.sources import Found, class_cases, local_cases

__all__ = ["Found", "candidates_yaml", "class_cases", "entry", "local_cases",
           "read_candidates"]
