"""The rewrite checker: an instructor's must / must_not patterns match whole words by default."""

from __future__ import annotations

import json

import pytest

from workshop.checkers import check_answer
from workshop.exercises import load_text
from workshop.exercises.model import Pattern

STAY_IN_THE_APP = "app|here|video"

EXERCISE = """\
id: whole-words
section: 03-digital-alternatives
type: rewrite
title: Stay in the app
prompt: Do it.
minutes: 2
kind: reply
context: {{intent: unsure}}
solution: I've loved chatting, but I'm not ready to share my number yet. Can we stay in the app?
{key}:
  - pattern: {pattern}
    message: The rule.
{extra}"""
HONEST = "I've really enjoyed chatting, but I'm not ready to share my number yet. "


def _met(pattern: str, text: str, whole_words: bool = True, key: str = "must") -> bool:
    extra = "" if whole_words else "    whole_words: false\n"
    exercise = load_text(EXERCISE.format(key=key, pattern=json.dumps(pattern), extra=extra))
    criterion = check_answer(exercise, HONEST + text).criterion(
        "must-0" if key == "must" else "must-not-0")
    return criterion.passed == (key == "must")


@pytest.mark.parametrize(("pattern", "text", "met"), [
    (STAY_IN_THE_APP, "Happy to keep talking though - I appreciate you!", False),
    (STAY_IN_THE_APP, "Can we keep chatting in the app?", True),
    (STAY_IN_THE_APP, "Could we chat here a bit longer?", True),
    (STAY_IN_THE_APP, "Maybe a video-call on Sunday?", True),
    (STAY_IN_THE_APP, "What about the App's video chat?", True),  # an apostrophe ends a word
    (STAY_IN_THE_APP, "There is no rush, is there?", False),
    ("apps?", "Let's stay on the apps for now.", True),
    ("coffee", "Coffees on me!", False),
    ("call(?:ing)?", "Calling you later is fine - or a call?", True),
    (r"\?", "Is that okay?", True),  # no word edge to insist on for a "?"
    (r"\bnot yet\b", "I'm not yet ready.", True),
    ("no rush!", "No rush! Enjoy your week.", True),
    (" - ", "Thanks - maybe later", True),
])
def test_patterns_match_whole_words(pattern: str, text: str, met: bool) -> None:
    assert _met(pattern, text) is met


@pytest.mark.parametrize("word", ["happy", "appreciate"])
def test_words_that_only_contain_app_do_not_meet_the_stay_in_the_app_rule(word: str) -> None:
    rule = Pattern(STAY_IN_THE_APP, "Suggest the app.")
    assert not _met(STAY_IN_THE_APP, f"Really {word} about this.")
    assert _met(STAY_IN_THE_APP, f"Really {word} about this.", whole_words=False)
    assert rule.whole_words and rule.regex != rule.pattern


@pytest.mark.parametrize(("pattern", "text", "whole_words", "met"), [
    ("pressure", "I'd love that, no pressure!", True, True),
    ("pressure", "Unpressured, I hope.", True, False),
    ("pressure", "Unpressured, I hope.", False, True),
])
def test_must_not_patterns_match_whole_words_too(pattern: str, text: str, whole_words: bool,
                                                 met: bool) -> None:
    assert _met(pattern, text, whole_words, key="must_not") is met


def test_the_evidence_is_the_words_matched() -> None:
    exercise = load_text(EXERCISE.format(key="must", pattern=json.dumps(STAY_IN_THE_APP),
                                         extra=""))
    text = HONEST + "Happy to keep chatting in the app!"
    [span] = check_answer(exercise, text).criterion("must-0").evidence
    assert text[span.start:span.end] == "app"
