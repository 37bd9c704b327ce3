"""Redaction of shared answers: phone numbers and e-mail addresses out, ordinary numbers kept.

Phone numbers are found with phonenumberslite in the national formats of many countries
(and in international ``+CC`` / ``00CC`` form), plus a plain pattern for long digit runs
that no country's plan claims. A candidate is removed when it has at least seven digits
(or starts with ``+``), unless it is plainly something else: a date, a range of years, an
amount with thousands separators or a currency. "24-48 hours", "3 pm", "room 101", years,
prices and dates stay as written.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any, Final

PHONE: Final = "[phone number removed]"
EMAIL: Final = "[e-mail removed]"

#: default regions tried, so that numbers written the national way of each are recognised
REGIONS: Final = ("US", "GB", "IE", "DE", "FR", "ES", "IT", "NL", "BE", "CH", "SE", "PL", "PT",
                  "IN", "AU", "NZ", "CA", "BR", "MX", "AR", "JP", "CN", "KR", "ZA", "NG", "KE",
                  "PH", "SG", "TR", "EG")
MIN_DIGITS: Final = 7

_EMAIL: Final = re.compile(r"[\w.+%-]+\s?@\s?[\w-]+(?:\.[\w-]+)+")
#: written out to dodge address harvesters: "sam (at) example (dot) com", "sam at example dot com"
_SPELLED_EMAIL: Final = re.compile(
    r"[\w.+%-]+\s*(?:\(at\)|\[at\]|\sat\s)\s*[\w-]+"
    r"(?:\s*(?:\(dot\)|\[dot\]|\sdot\s)\s*[\w-]+)+", re.IGNORECASE)
_DIGIT_RUN: Final = re.compile(r"(?:\+|\b00)?\d(?:[\d.\-/]|[ \t](?=\d)){5,}\d")
_DATE: Final = re.compile(r"\d{1,4}\s?[./-]\s?\d{1,2}\s?[./-]\s?\d{1,4}")
_YEARS: Final = re.compile(r"(?:1[89]|20)\d\d\s*[-\u2013/]\s*(?:(?:1[89]|20)\d\d|\d\d)")
_THOUSANDS: Final = re.compile(r"\d{1,3}(?:[,.]\d{3})+(?:[.,]\d{1,2})?")
_CURRENCY_BEFORE: Final = re.compile(r"[$€£¥₹]\s?$|\b(?:USD|EUR|GBP|INR|CHF|JPY)\s?$",
                                     re.IGNORECASE)
_UNIT_AFTER: Final = re.compile(
    r"^\s?(?:[$€£¥₹]|euros?|eur|dollars?|usd|pounds?|gbp|rupees?|yen|francs?|chf|people|"
    r"users?|visitors?|members?|views?|followers?|km|miles?|steps?|words?)\b", re.IGNORECASE)


def redact(text: str) -> str:
    """``text`` with phone numbers and e-mail addresses replaced by a marker."""
    if not isinstance(text, str):
        return ""
    text = _SPELLED_EMAIL.sub(EMAIL, _EMAIL.sub(EMAIL, text))
    spans = _merge([s for s in _candidates(text) if _is_phone(text, *s)])
    out, pos = [], 0
    for start, end in spans:
        out.append(text[pos:start])
        out.append(PHONE)
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _candidates(text: str) -> list[tuple[int, int]]:
    matcher, leniency = _library()
    found: set[tuple[int, int]] = set()
    if matcher is not None:
        for region in REGIONS:
            try:
                for m in matcher(text, region, leniency=leniency):
                    found.add((m.start, m.end))
            except Exception:  # a library hiccup must not lose the answer, nor break a check
                continue
    found.update((m.start(), m.end()) for m in _DIGIT_RUN.finditer(text))
    return sorted(found)


@cache
def _library() -> tuple[Any, Any]:
    try:  # imported on first use: `import workshop` stays light
        from phonenumbers import Leniency, PhoneNumberMatcher
    except ImportError:  # the digit pattern still removes numbers of seven digits or more
        return None, None
    return PhoneNumberMatcher, Leniency.POSSIBLE


def _is_phone(text: str, start: int, end: int) -> bool:
    found = text[start:end].strip(" \t()[]")
    digits = sum(c.isdigit() for c in found)
    international = found.startswith("+") and digits >= 6
    if digits < MIN_DIGITS and not international:
        return False
    if international:
        return True
    if any(p.fullmatch(found) for p in (_DATE, _YEARS, _THOUSANDS)):
        return False
    return not (_CURRENCY_BEFORE.search(text[max(0, start - 5):start])
                or _UNIT_AFTER.match(text[end:end + 12]))


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out
