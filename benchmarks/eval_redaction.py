"""Redaction over the labelled messages in tests/data/redaction/messages.jsonl.

messages.jsonl is the set the tests check; fresh.jsonl was written after the rules and is
not used to change them, so its figures are the ones to expect on text not seen before.
Each message lists the contact details in it (phone numbers, e-mail addresses, handles,
profile links), or none for a message of ordinary numbers and words that must stay as
written. Prints recall (contact details removed, of all listed), the false positives
(ordinary messages changed; contact messages whose other words changed) and every miss.

    python benchmarks/eval_redaction.py
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workshop.classroom.redact import EMAIL, HANDLE, LINK, PHONE, redact  # noqa: E402

DATA = ROOT / "tests" / "data" / "redaction" / "messages.jsonl"
#: written after the rules, and not used to change them: the figure for text not seen before
FRESH = ROOT / "tests" / "data" / "redaction" / "fresh.jsonl"
MARKERS = {"phone": PHONE, "email": EMAIL, "handle": HANDLE, "link": LINK}


def messages(path: Path = DATA) -> list[dict[str, Any]]:
    """The labelled messages of one file."""
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def expected(message: dict[str, Any]) -> str:
    """The message with each listed contact detail replaced by its marker."""
    text: str = message["text"]
    for kind, contact in message["contacts"]:
        text = text.replace(contact, MARKERS[kind], 1)
    return text


def main() -> int:
    for path in (DATA, FRESH):
        print(f"--- {path.relative_to(ROOT)}")
        evaluate(messages(path))
    slowest = max((timed(text), name) for name, text in ADVERSARIAL.items())
    print(f"slowest of {len(ADVERSARIAL)} adversarial texts of {LONGEST} characters: "
          f"{slowest[0]:.2f} s ({slowest[1]})")
    return 0


def evaluate(rows: list[dict[str, Any]]) -> None:
    """Print recall, false positives and every message not redacted as labelled."""
    contacts = sum(len(m["contacts"]) for m in rows)
    removed, false_positive, misses = 0, 0, []
    for m in rows:
        out = redact(m["text"])
        left = [c for _, c in m["contacts"] if c in out]
        removed += len(m["contacts"]) - len(left)
        if out != expected(m):
            misses.append(f"  {m['note']}: {m['text']!r}\n    -> {out!r}")
            false_positive += not left
    ordinary = sum(not m["contacts"] for m in rows)
    changed = sum(not m["contacts"] and redact(m["text"]) != m["text"] for m in rows)
    print(f"{len(rows)} messages: {contacts} contact details in {len(rows) - ordinary}, "
          f"{ordinary} with none")
    print(f"recall: {removed} of {contacts} contact details removed ({removed / contacts:.1%})")
    print(f"false positives: {changed} of {ordinary} ordinary messages changed; "
          f"{false_positive - changed} contact message(s) with other words changed")
    if misses:
        print("not as labelled:\n" + "\n".join(misses))


#: texts made to be slow for patterns and for the phone matcher (a shared answer is cut to
#: 2000 characters before it is redacted)
LONGEST = 2000
ADVERSARIAL = {name: (text * LONGEST)[:LONGEST] for name, text in {
    "dotted letters": "a.", "spelled dots": "sam dot ", "spaced digits": "1 ", "digits": "1",
    "dashed digits": "12-", "tags": "ab#1234 ", "at signs": "@", "at words": "a at ",
    "phone numbers": "call 07700 900123 or ", "addresses": "a@b.", "network names": "insta ",
    "everything": "Text 06 12 34 56 78 / jo@x.com / @jo, 12.05.2024 at 3pm. ",
}.items()}


def timed(text: str) -> float:
    """Seconds one redaction of ``text`` takes."""
    t0 = time.perf_counter()
    redact(text)
    return time.perf_counter() - t0


if __name__ == "__main__":
    sys.exit(main())
