"""Exercise data: plain, frozen objects built from validated exercise files."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

SECTIONS: Final[tuple[str, ...]] = (
    "00-start-here",
    "01-the-art-of-asking",
    "02-the-graceful-response",
    "03-digital-alternatives",
    "04-the-follow-up",
    "05-common-mistakes",
    "06-final-thoughts",
)

TYPES: Final[tuple[str, ...]] = (
    "choice", "classify", "order", "rewrite", "scenario", "conversation", "range", "reflect",
)


@dataclass(frozen=True, slots=True)
class Example:
    """A self-test: an answer and the verdict the type's checker must give it."""

    answer: Any
    verdict: str
    criteria: dict[str, bool] = field(default_factory=dict)
    note: str = ""
    line: int | None = None
    ending: str = ""  # conversation only: the ending node the lines must reach

    @property
    def passes(self) -> bool:
        """Whether the expected verdict is a pass."""
        return self.verdict == "pass"


@dataclass(frozen=True, slots=True)
class Option:
    """One option of a choice exercise."""

    id: str
    text: str
    correct: bool
    feedback: str


@dataclass(frozen=True, slots=True)
class Bucket:
    """A bucket of a classify exercise."""

    id: str
    label: str


@dataclass(frozen=True, slots=True)
class Item:
    """A card of a classify exercise and the bucket it belongs in."""

    id: str
    text: str
    bucket: str
    feedback: str = ""


@dataclass(frozen=True, slots=True)
class Step:
    """A step of an order exercise; steps are listed in their correct order."""

    id: str
    text: str
    feedback: str = ""


@dataclass(frozen=True, slots=True)
class Pattern:
    """An instructor's own rule for a rewrite exercise: a regex and what to say.

    Unless ``whole_words`` is false, a match never begins or ends inside a word: "app|here"
    is met by "the app" but not by "happy" or "appreciate".
    """

    pattern: str
    message: str
    whole_words: bool = True
    line: int | None = field(default=None, compare=False)  # where it was read, for warnings

    @property
    def regex(self) -> str:
        """The pattern as it is applied (always without regard to case)."""
        if not self.whole_words:
            return self.pattern
        # Not \b: a pattern may begin or end with a character that is not part of a word
        # ("?", " - "), and then there is no word edge to insist on.
        return rf"(?:(?<!\w)|(?!\w))(?:{self.pattern})(?:(?!\w)|(?<!\w))"


@dataclass(frozen=True, slots=True)
class Band:
    """A band of a range exercise: ``low < value <= high`` (the first band includes ``low``)."""

    low: float
    high: float
    verdict: str
    feedback: str


@dataclass(frozen=True, slots=True)
class Choice:
    """A choice in a scenario node, leading to another node."""

    text: str
    goto: str
    quality: str
    feedback: str


@dataclass(frozen=True, slots=True)
class Node:
    """A node of a scenario: the other person's line, then choices or an ending."""

    id: str
    line: str
    speaker: str = ""
    choices: tuple[Choice, ...] = ()
    ending: str = ""
    summary: str = ""

    @property
    def is_ending(self) -> bool:
        """Whether the role-play stops here."""
        return bool(self.ending)


#: the ``on`` keys that are not criteria
PASS: Final = "pass"
FAIL: Final = "fail"


@dataclass(frozen=True, slots=True)
class Talk:
    """A node of a conversation: the other person's line, then the learner's turn or an ending.

    ``on`` maps an outcome of the turn's text checker to the next node, in file order: ``pass``,
    criterion ids of ``kind`` and ``fail`` (see :meth:`Talk.outcome`).
    """

    id: str
    says: str
    speaker: str = ""
    kind: str = ""
    context: dict[str, Any] = field(default_factory=dict)
    cue: str = ""
    on: dict[str, str] = field(default_factory=dict)
    ending: str = ""
    summary: str = ""

    @property
    def is_ending(self) -> bool:
        """Whether the conversation stops here."""
        return bool(self.ending)

    def outcome(self, passed: bool, failed: Iterable[str]) -> str:
        """The ``on`` key a judged line follows: ``pass`` when the line passed; otherwise the
        first criterion listed under ``on`` that failed; otherwise ``fail``."""
        if passed:
            return PASS
        missed = set(failed)
        return next((key for key in self.on if key in missed), FAIL)


@dataclass(frozen=True, slots=True)
class ChoiceBody:
    """Options for a choice exercise; ``multiple`` when several are correct."""

    options: tuple[Option, ...]
    multiple: bool


@dataclass(frozen=True, slots=True)
class ClassifyBody:
    """Buckets and the cards to sort into them."""

    buckets: tuple[Bucket, ...]
    items: tuple[Item, ...]


@dataclass(frozen=True, slots=True)
class OrderBody:
    """Steps in their correct order (shown shuffled)."""

    steps: tuple[Step, ...]


@dataclass(frozen=True, slots=True)
class RewriteBody:
    """A free-text message judged by a text checker of ``kind``."""

    kind: str
    context: dict[str, Any]
    start: str = ""
    require: tuple[str, ...] = ()
    must: tuple[Pattern, ...] = ()
    must_not: tuple[Pattern, ...] = ()


@dataclass(frozen=True, slots=True)
class ScenarioBody:
    """A branching role-play graph."""

    start: str
    nodes: dict[str, Node]


@dataclass(frozen=True, slots=True)
class ConversationBody:
    """A typed role-play graph: each of the learner's lines is judged, the verdict branches."""

    start: str
    nodes: dict[str, Talk]


@dataclass(frozen=True, slots=True)
class RangeBody:
    """A number with feedback bands covering ``low``..``high`` without gaps."""

    low: float
    high: float
    step: float
    unit: str
    bands: tuple[Band, ...]

    def band_for(self, value: float) -> Band | None:
        """The band holding ``value``, or None outside low..high."""
        if not self.low <= value <= self.high:
            return None
        for band in self.bands:
            if value <= band.high:
                return band
        return None


@dataclass(frozen=True, slots=True)
class ReflectBody:
    """Open text saved privately; no verdict beyond 'written'."""

    min_words: int = 1


Body = (ChoiceBody | ClassifyBody | OrderBody | RewriteBody | ScenarioBody | ConversationBody
        | RangeBody | ReflectBody)


@dataclass(frozen=True, slots=True)
class Exercise:
    """One exercise, as loaded from ``exercises/<section>/<id>.yaml``."""

    id: str
    section: str
    type: str
    title: str
    prompt: str
    minutes: float
    body: Body
    principle: str = ""
    hints: tuple[str, ...] = ()
    solution: Any = None
    facilitator: str = ""
    optional: bool = False
    examples: tuple[Example, ...] = ()
    answers_removed: bool = False
    path: Path | None = None

    def __repr__(self) -> str:
        return f"Exercise({self.id!r}, type={self.type!r}, section={self.section!r})"
