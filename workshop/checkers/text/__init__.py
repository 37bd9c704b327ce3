"""Text checkers: explainable judgement of asks, offers, replies, follow-ups and after-a-no.

Importing this package registers one checker per message kind of the fixed contract
(``workshop.checkers.contract``); call them through ``workshop.checkers.check_message``.
"""

from workshop.checkers.text import after_no, ask, follow_up, offer, reply

__all__ = ["after_no", "ask", "follow_up", "offer", "reply"]
