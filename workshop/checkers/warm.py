"""Get a text checker ready while the learner reads, so their first Check answers at once.

A text checker compiles its phrase patterns the first time it judges a message: a few
hundred milliseconds in CPython, more in the offline site's Pyodide. A view that will use a
checker asks for it here; the work is queued on the kernel's event loop and runs once the
cell that showed the view has finished, while the learner is still reading the prompt. With
no running event loop (a plain script, a test) nothing is queued: the first check compiles,
as before.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Mapping
from typing import Any

from workshop.checkers.registry import check_message

#: a message that reaches every rule of a checker (so every pattern of it is compiled)
_SAMPLE = ("Hi! It was great talking with you at the climbing gym - would you like to swap "
           "numbers so we can plan a session? No pressure at all, thanks!")
_DELAY = 0.05  # seconds after the cell: let the widget reach the page first
_queued: set[tuple[str, str]] = set()


def warm_soon(kind: str, context: Mapping[str, Any] | None = None) -> bool:
    """Queue one check of ``kind`` on the running event loop; True if it was queued now."""
    key = (kind, str((context or {}).get("intent", "")))
    if key in _queued:
        return False
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        return False  # no kernel loop: nothing to do it in the background with
    _queued.add(key)
    loop.call_later(_DELAY, _warm, kind, dict(context or {}))
    return True


def _warm(kind: str, context: dict[str, Any]) -> None:
    with contextlib.suppress(Exception):  # a warm-up must never disturb the notebook
        check_message(kind, _SAMPLE, **context)
