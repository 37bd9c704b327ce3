"""Checkers: explainable judgement of learners' messages and answers."""

from workshop.checkers.feedback import Criterion, Feedback, Span
from workshop.checkers.registry import check_answer, check_message

__all__ = ["Criterion", "Feedback", "Span", "check_answer", "check_message"]
