"""Redaction of shared answers: contact details out, ordinary numbers kept.

Removed: e-mail addresses (also spelled out, "sam at gmail dot com", or disguised with
a full-width at sign or "[.]"), profile links and handles of the common networks (see handles.py),
and phone numbers. Phone numbers are found with phonenumberslite in the national formats of
many countries (and in international ``+CC`` / ``00CC`` form), plus a plain pattern for long
digit runs that no country's plan claims, and for numbers read out in words ("oh seven double
seven...", digits mixed in). A candidate is removed when it has at least seven digits (or
starts with ``+``), unless it is plainly something else: a date, a list or range of years,
an amount with thousands separators or a currency. "24-48 hours", "3 pm", "room 101", years,
prices and dates stay as written.

Detection runs on a copy in which look-alike characters are made plain one for one (thin
and no-break spaces, "·" and line breaks between digits, full-width digits, dashes), so that
the spans found hold in the text as written.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any, Final

PHONE: Final = "[phone number removed]"
EMAIL: Final = "[e-mail removed]"
HANDLE: Final = "[social handle removed]"
LINK: Final = "[profile link removed]"

#: default regions tried, so that numbers written the national way of each are recognised
REGIONS: Final = ("US", "GB", "IE", "DE", "FR", "ES", "IT", "NL", "BE", "CH", "SE", "PL", "PT",
                  "IN", "AU", "NZ", "CA", "BR", "MX", "AR", "JP", "CN", "KR", "ZA", "NG", "KE",
                  "PH", "SG", "TR", "EG")
MIN_DIGITS: Final = 7

#: look-alikes made plain for detection, one character for one
_PLAIN: Final = str.maketrans({
    **dict.fromkeys("\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
                    "\u200a\u202f\u205f\u3000\n\r\u00b7\u2022\u2219\u2027\u30fb", " "),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d", "-"),
    **{chr(0xFF10 + i): str(i) for i in range(10)},
    "\uff20": "@", "\ufe6b": "@", "\uff0e": ".", "\u3002": ".", "\uff08": "(", "\uff09": ")",
})
_WORD_DIGIT: Final = r"(?:zero|oh|o|nought|one|two|three|four|five|six|seven|eight|nine|\d)"
#: a digit read out, as a word or "double"/"triple" and a digit: the digits it stands for
_SPOKEN: Final = rf"(?:(?:double|triple)[\s-]+)?{_WORD_DIGIT}"
#: a number read out in words, digits mixed in: "oh seven seven double oh nine, oh oh 1 2 3"
_WORD_RUN: Final = re.compile(rf"\b{_SPOKEN}(?:[\s,-]+{_SPOKEN}){{2,}}\b", re.IGNORECASE)
_UNIT: Final = re.compile(rf"\b(?:double|triple|{_WORD_DIGIT})\b", re.IGNORECASE)
#: the digits a word stands for: "double" adds one to the digit after it, "triple" two
_DIGITS: Final = {"double": 1, "triple": 2}
#: where a phone number may be: digits and what people put between them. Only these short
#: stretches go to phonenumberslite, whose matcher is slow on long text full of digits; a
#: longer stretch is one long run of digits, which _DIGIT_RUN removes as a whole
_SEGMENT: Final = re.compile(r"[+(]?\d[\d \t().\-/]*\d")
MAX_SEGMENT: Final = 48
MAX_LOOKUPS: Final = 20  # stretches looked up in one text; the rest meet _DIGIT_RUN only
_DIGIT_RUN: Final = re.compile(r"(?:\+|\b00)?\d(?:[\d.\-/]|[ \t](?=\d)){5,}\d")
#: dates whose parts are a real year, month and day (0612-34-5678 is not one)
_DATE: Final = re.compile(
    r"(?:1[89]|20)\d\d\s?([./-])\s?(?:0?[1-9]|1[0-2])\s?\1\s?(?:0?[1-9]|[12]\d|3[01])"
    r"|(?:0?[1-9]|[12]\d|3[01])\s?([./-])\s?(?:0?[1-9]|[12]\d|3[01])\s?\2\s?(?:(?:1[89]|20)?\d\d)")
_YEARS: Final = re.compile(r"(?:1[89]|20)\d\d\s*[-\u2013/]\s*(?:(?:1[89]|20)\d\d|\d\d)"
                           r"|(?:(?:1[89]|20)\d\d[\s,]+)+(?:1[89]|20)\d\d")
_THOUSANDS: Final = re.compile(r"\d{1,3}(?:[,.]\d{3})+(?:[.,]\d{1,2})?")
_CURRENCY_BEFORE: Final = re.compile(r"[$€£¥₹]\s?$|\b(?:USD|EUR|GBP|INR|CHF|JPY)\s?$",
                                     re.IGNORECASE)
_UNIT_AFTER: Final = re.compile(
    r"^\s?(?:[$€£¥₹]|euros?|eur|dollars?|usd|pounds?|gbp|rupees?|yen|francs?|chf|people|"
    r"users?|visitors?|members?|views?|followers?|km|miles?|steps?|words?)\b", re.IGNORECASE)


def redact(text: str) -> str:
    """``text`` with contact details replaced by a marker of what was there."""
    if not isinstance(text, str):
        return ""
    from workshop.classroom.handles import email_spans, fediverse_spans, handle_spans, link_spans

    # links first ("me at t.me/sam" is no address), then what holds an @
    text = _replace(text, link_spans(_plain(text)), LINK)
    text = _replace(text, fediverse_spans(_plain(text)), HANDLE)
    text = _replace(text, email_spans(_plain(text)), EMAIL)
    plain = _plain(text)
    text = _replace(text, [s for s in _candidates(plain) if _is_phone(plain, *s)]
                    + _spoken_spans(plain), PHONE)
    return _replace(text, handle_spans(_plain(text)), HANDLE)


def _spoken_spans(text: str) -> list[tuple[int, int]]:
    """Numbers read out that stand for at least MIN_DIGITS digits, at least one as a word."""
    spans = []
    for m in _WORD_RUN.finditer(text):
        words = [u.lower() for u in _UNIT.findall(m.group())]
        count = sum(_DIGITS.get(w, 1) for w in words)
        if count >= MIN_DIGITS and not all(w.isdigit() for w in words):
            spans.append(m.span())
    return spans


def _plain(text: str) -> str:
    return text.translate(_PLAIN)


def _replace(text: str, spans: list[tuple[int, int]], marker: str) -> str:
    out, pos = [], 0
    for start, end in _merge(spans):
        out.append(text[pos:start])
        out.append(marker)
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _candidates(text: str) -> list[tuple[int, int]]:
    found: set[tuple[int, int]] = set()
    segments = [m.span() for m in _SEGMENT.finditer(text)
                if len(m.group()) <= MAX_SEGMENT and sum(c.isdigit() for c in m.group()) >= 6]
    for start, end in segments[:MAX_LOOKUPS]:  # a text of a hundred numbers is no message
        found.update(_library_spans(text, max(0, start - 1), min(len(text), end + 1)))
    found.update((m.start(), m.end()) for m in _DIGIT_RUN.finditer(text))
    return sorted(found)


def _library_spans(text: str, start: int, end: int) -> set[tuple[int, int]]:
    """The numbers phonenumberslite finds in ``text[start:end]`` in any of REGIONS."""
    matcher, leniency = _library()
    found: set[tuple[int, int]] = set()
    if matcher is None:
        return found
    for region in REGIONS:
        try:
            for m in matcher(text[start:end], region, leniency=leniency):
                found.add((start + m.start, start + m.end))
        except Exception:  # a library hiccup must not lose the answer, nor break a check
            continue
    return found


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
    if any(p.fullmatch(found) for p in (_DATE, _YEARS)):
        return False
    if _THOUSANDS.fullmatch(found) and (digits < 9 or found.endswith("000")):
        return False  # 1,250,000 is an amount; 612.345.678 is a Spanish mobile
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
