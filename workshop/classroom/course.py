"""What of a class folder may be counted and drawn: the course's own exercises, options and
criteria. Anything else in a record came from somewhere other than this course's checkers
(an older course, or a learner writing the file by hand) and is a problem, never a label."""

from __future__ import annotations

from collections.abc import Mapping

from workshop.checkers.contract import CRITERIA
from workshop.classroom.records import PulseRecord, band_key
from workshop.exercises.model import (
    ChoiceBody,
    ClassifyBody,
    ConversationBody,
    Exercise,
    OrderBody,
    RangeBody,
    ReflectBody,
    RewriteBody,
    ScenarioBody,
)


def known_options(exercise: Exercise) -> frozenset[str]:
    """The keys a record of ``exercise`` may count as chosen (options, endings, bands)."""
    body = exercise.body
    if isinstance(body, ChoiceBody):
        return frozenset(o.id for o in body.options)
    if isinstance(body, ScenarioBody):
        return frozenset(n.id for n in body.nodes.values() if not n.choices)
    if isinstance(body, ConversationBody):
        return frozenset(n.id for n in body.nodes.values() if n.is_ending)
    if isinstance(body, RangeBody):
        return frozenset(band_key(b.low, b.high) for b in body.bands)
    return frozenset()


def known_criteria(exercise: Exercise) -> frozenset[str]:
    """The criterion ids the checker of ``exercise`` can report."""
    body = exercise.body
    if isinstance(body, ChoiceBody):
        return frozenset([*(o.id for o in body.options), "missed"])
    if isinstance(body, ClassifyBody):
        return frozenset(i.id for i in body.items)
    if isinstance(body, OrderBody):
        return frozenset(s.id for s in body.steps)
    if isinstance(body, RewriteBody):
        return frozenset([*CRITERIA.get(body.kind, ()),
                          *(f"must-{i}" for i in range(len(body.must))),
                          *(f"must-not-{i}" for i in range(len(body.must_not)))])
    if isinstance(body, ScenarioBody | ConversationBody):
        return frozenset(body.nodes)
    if isinstance(body, RangeBody):
        return frozenset(["value"])
    if isinstance(body, ReflectBody):
        return frozenset(["written"])
    return frozenset()


class Course:
    """The course's exercises, with what a record of each may hold (worked out once each)."""

    def __init__(self, catalog: Mapping[str, Exercise]) -> None:
        self.catalog = catalog
        self._known: dict[str, tuple[frozenset[str], frozenset[str]]] = {}

    def known(self, exercise: Exercise) -> tuple[frozenset[str], frozenset[str]]:
        """The option keys and criterion ids of ``exercise``."""
        found = self._known.get(exercise.id)
        if found is None:
            found = self._known[exercise.id] = (known_options(exercise), known_criteria(exercise))
        return found

    def off_course(self, record: PulseRecord) -> str:
        """Why ``record`` is not one of this course's answers ("" when it is)."""
        exercise = self.catalog.get(record.exercise)
        if exercise is None:
            return "its exercise is not in this course"
        if record.type != exercise.type:
            return f"its type is not that of exercise {exercise.id} ({exercise.type})"
        options, criteria = self.known(exercise)
        if not options.issuperset(record.chosen):
            return f"it counts a choice that exercise {exercise.id} does not have"
        if not criteria.issuperset([cid for cid, _ in record.criteria]):
            return f"it has a criterion that exercise {exercise.id} does not judge"
        return ""
