"""Redaction of shared answers: phone numbers, e-mails, handles and profile links removed,
ordinary numbers kept."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import DATA
from workshop.classroom.redact import EMAIL, HANDLE, LINK, PHONE, redact

#: (where the format is from, the number as people write it)
PHONES = [
    ("US", "(415) 555-2671"),
    ("US", "415-555-2671"),
    ("US", "415.555.2671"),
    ("US", "4155552671"),
    ("US toll-free", "1-800-555-0199"),
    ("US local", "555-2671"),
    ("US", "+1 (212) 555-0187"),
    ("US", "+1-415-555-2671"),
    ("UK mobile", "07700 900123"),
    ("UK London", "020 7946 0958"),
    ("UK", "+44 7700 900123"),
    ("UK", "+44 (0) 20 7946 0958"),
    ("UK", "0044 20 7946 0958"),
    ("Ireland", "087 123 4567"),
    ("Germany", "030 1234567"),
    ("Germany mobile", "0171 1234567"),
    ("Germany", "+49 171 1234567"),
    ("France", "06 12 34 56 78"),
    ("France", "0612345678"),
    ("France", "+33 6 12 34 56 78"),
    ("Spain", "612 345 678"),
    ("Spain", "+34 612 34 56 78"),
    ("Italy", "333 123 4567"),
    ("Netherlands", "06-12345678"),
    ("Switzerland", "079 123 45 67"),
    ("Sweden", "070-123 45 67"),
    ("Poland", "512 345 678"),
    ("India", "98765 43210"),
    ("India", "+91 98765 43210"),
    ("Australia", "0412 345 678"),
    ("Australia", "(02) 9876 5432"),
    ("Brazil", "(11) 91234-5678"),
    ("Mexico", "55 1234 5678"),
    ("Japan", "090-1234-5678"),
    ("Japan", "+81 90-1234-5678"),
    ("China", "13812345678"),
    ("China", "+86 138 1234 5678"),
    ("South Korea", "010-1234-5678"),
    ("South Africa", "082 123 4567"),
    ("Nigeria", "0803 123 4567"),
    ("Philippines", "0917 123 4567"),
    ("Turkey", "0532 123 45 67"),
    ("Egypt", "010 1234 5678"),
    ("international dialling from the US", "011 44 20 7946 0958"),
]

EMAILS = [
    "jo@example.com",
    "sam.lee+gym@example.co.uk",
    "First.Last@sub.example.org",
    "ana_maria-2@example.io",
    "sam (at) example (dot) com",
    "sam [at] example [dot] com",
    "sam at example dot org",
]

#: sentences whose numbers are not phone numbers and must come back unchanged
ORDINARY = [
    "Follow up within 24-48 hours.",
    "Let's meet at 3 pm, or 3:30pm if that's easier.",
    "We met at the conference in 2024.",
    "I've been climbing since the 1990s.",
    "Tickets cost $25.99, or €1,200 for the year, or £3.50 a day.",
    "The workshop is in room 101.",
    "The meetup is on 12/05/2024.",
    "Dates: 2024-05-12 and 12.05.2024.",
    "I worked there between 2019 and 2024 (2019-2024, or 2019\u20132024).",
    "Give it 5-10 minutes; it is a 60-minute session.",
    "The app has 1,000,000 people on it and 1 250 000 euros of funding.",
    "She ran 42 km, chapter 3.2, version 3.11.4.",
    "Seven out of 10 people said 2 or 3 times a week.",
    "Wait 48 hours, not 72, before the second message.",
    "Page 12-14 of the guide; between 9-5 on weekdays.",
]


@pytest.mark.parametrize(("where", "number"), PHONES, ids=[f"{w}: {n}" for w, n in PHONES])
def test_phone_numbers_are_removed(where: str, number: str) -> None:
    text = f"Great chatting! My number is {number} if you want to climb again."
    out = redact(text)
    assert out == f"Great chatting! My number is {PHONE} if you want to climb again."


@pytest.mark.parametrize("number", [n for _, n in PHONES[:12]])
def test_numbers_at_the_start_and_end_of_the_text(number: str) -> None:
    assert redact(number) == PHONE
    assert redact(f"Text me: {number}") == f"Text me: {PHONE}"


@pytest.mark.parametrize("address", EMAILS)
def test_email_addresses_are_removed(address: str) -> None:
    assert redact(f"Or write to {address} any time.") == f"Or write to {EMAIL} any time."


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_numbers_are_untouched(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize("text", [
    "See you at home. Bye!",
    "Meet me @ the park",
    "",
    "   ",
    "No numbers at all, just a kind message.",
])
def test_text_that_is_not_an_address_is_untouched(text: str) -> None:
    assert redact(text) == text


def test_a_message_with_everything() -> None:
    text = ("Loved the talk! I'm at the venue 9-5 tomorrow, room 101. Text me on +44 7700 900123 "
            "or email jo.b@example.com - any time in the next 24-48 hours, no pressure.")
    assert redact(text) == (
        f"Loved the talk! I'm at the venue 9-5 tomorrow, room 101. Text me on {PHONE} "
        f"or email {EMAIL} - any time in the next 24-48 hours, no pressure.")


def test_an_address_at_the_end_of_a_sentence_keeps_the_next_one() -> None:
    assert redact("Write to jo@example.com. No pressure!") == f"Write to {EMAIL}. No pressure!"


def test_two_numbers_and_two_addresses() -> None:
    text = "Home 020 7946 0958, mobile 07700 900123; a@example.com / b@example.org"
    assert redact(text) == f"Home {PHONE}, mobile {PHONE}; {EMAIL} / {EMAIL}"


MESSAGES = [json.loads(line) for line in
            (DATA / "redaction" / "messages.jsonl").read_text("utf-8").splitlines()]
MARKERS = {"phone": PHONE, "email": EMAIL, "handle": HANDLE, "link": LINK}


def expected(message: dict[str, Any]) -> str:
    """The message with each contact detail it lists replaced by the marker of its kind."""
    text: str = message["text"]
    for kind, contact in message["contacts"]:
        assert contact in text, f"{contact!r} is not in {text!r}"
        text = text.replace(contact, MARKERS[kind], 1)
    return text


def test_the_labelled_set_is_large_and_varied() -> None:
    kinds = [kind for m in MESSAGES for kind, _ in m["contacts"]]
    assert len(MESSAGES) >= 150 and sum(not m["contacts"] for m in MESSAGES) >= 50
    assert {kind: kinds.count(kind) >= 10 for kind in MARKERS} == dict.fromkeys(MARKERS, True)


@pytest.mark.parametrize("message", MESSAGES, ids=[m["note"] for m in MESSAGES])
def test_a_labelled_message(message: dict[str, Any]) -> None:
    out = redact(message["text"])
    assert out == expected(message)
    assert redact(out) == out  # the board redacts again on reading: nothing more goes


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_never_raises_and_never_grows_digits(text: str) -> None:
    out = redact(text)
    assert isinstance(out, str)
    assert sum(c.isdigit() for c in out) <= sum(c.isdigit() for c in text)


@settings(max_examples=80, deadline=None)
@given(st.from_regex(r"0[1-9]\d{2} \d{3} \d{4}", fullmatch=True),
       st.sampled_from(["call ", "my number: ", "text me on ", ""]))
def test_ten_digit_numbers_never_survive(number: str, before: str) -> None:
    assert not any(c.isdigit() for c in redact(f"{before}{number} thanks"))


def test_phonenumbers_is_imported_only_when_redacting() -> None:
    code = ("import sys, workshop, workshop.classroom;"
            "before = 'phonenumbers' in sys.modules;"
            "workshop.classroom.redact('call 07700 900123');"
            "print(before, 'phonenumbers' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]
