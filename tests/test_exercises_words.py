"""The common-word list and the warning for a pattern that matches inside common words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import DATA, ROOT
from workshop.exercises import Exercise, load_file
from workshop.exercises.model import Pattern
from workshop.exercises.words import common_words, inside_words, pattern_warnings

WARN = sorted((DATA / "warn").glob("*.yaml"))


def test_the_list_is_a_few_thousand_lower_case_words() -> None:
    words = common_words()
    assert 2_000 <= len(words) <= 10_000
    assert list(words) == sorted(set(words))
    assert all(re.fullmatch(r"[a-z]{2,}", w) for w in words)
    assert {"happy", "appreciate", "there", "video"} <= set(words)


def test_the_list_is_as_its_maker_writes_it() -> None:
    import tests.make_common_words as maker

    shipped = (ROOT / "workshop" / "exercises" / "common-words.txt").read_text("utf-8")
    assert set(common_words()) >= set(maker.COMMON.split())
    assert shipped.startswith(maker.HEADER)


@pytest.mark.parametrize(("pattern", "whole_words", "inside"), [
    ("app|here|video", False, {"happy", "appreciate", "there", "where"}),
    ("app|here|video", True, set()),
    (r"\bapp", False, {"apple", "apply", "appreciate"}),
    ("coffee", False, set()),
    (r"\b", False, set()),  # an empty match is inside nothing
])
def test_inside_words(pattern: str, whole_words: bool, inside: set[str]) -> None:
    found = set(inside_words(Pattern(pattern, "m", whole_words).regex))
    assert inside <= found if inside else found == set()


def test_no_shipped_pattern_matches_inside_common_words(shipped: Exercise) -> None:
    assert pattern_warnings(shipped) == []


@pytest.mark.parametrize("path", WARN, ids=[p.stem for p in WARN])
def test_warning_is_reported_precisely(path: Path) -> None:
    expected = path.read_text("utf-8").splitlines()[0].removeprefix("# expect: ")
    [warning] = pattern_warnings(load_file(path))
    assert warning.format().startswith(f"{path}:{expected}")
    assert re.match(rf"{re.escape(str(path))}:\d+: [^:]+: warning: .+; .+", warning.format())
