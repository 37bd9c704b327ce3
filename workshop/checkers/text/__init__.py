"""Text checkers: explainable judgement of asks, offers, replies, follow-ups and after-a-no.

Importing this package registers one checker per message kind of the fixed contract
(``workshop.checkers.contract``); call them through ``workshop.checkers.check_message``.
"""

from workshop.checkers import native

# Compiled modules of this package, when a build of exactly these sources exists.
native.use(__path__)

from workshop.checkers.text import after_no, ask, follow_up, offer, reply  # noqa: E402

__all__ = ["after_no", "ask", "follow_up", "offer", "reply"]
