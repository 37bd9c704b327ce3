"""Property: whatever bytes or YAML an instructor feeds the loader, it returns or explains."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from tests.conftest import SHIPPED
from workshop.errors import ExerciseError
from workshop.exercises import Exercise, load_text

_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=30),
    st.sampled_from(["choice", "rewrite", "scenario", "01-the-art-of-asking", "pass", "a"]),
)
_keys = st.one_of(
    st.sampled_from(["id", "section", "type", "title", "prompt", "minutes", "options", "bands",
                     "nodes", "start", "examples", "answer", "verdict", "goto", "kind", "context"]),
    st.text(max_size=8),
)
_docs: st.SearchStrategy[Any] = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_keys, inner, max_size=6),
    max_leaves=25,
)


def _dump(doc: Any) -> str:
    from io import StringIO

    out = StringIO()
    YAML(typ="safe", pure=True).dump(doc, out)
    return out.getvalue()


def _outcome(data: str | bytes) -> None:
    try:
        result = load_text(data)
    except ExerciseError as e:
        assert e.errors and all(x.format() for x in e.errors)
        return
    assert isinstance(result, Exercise)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(_docs)
def test_random_documents_load_or_raise_exercise_error(doc: Any) -> None:
    _outcome(_dump(doc))


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_load_or_raise_exercise_error(data: bytes) -> None:
    _outcome(data)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab:-[]{}'\"!&*#|>%@` \n\t?,.0")), max_size=200))
def test_yaml_punctuation_soup_loads_or_raises_exercise_error(text: str) -> None:
    _outcome(text)


_shipped_texts = [p.read_text("utf-8") for p in SHIPPED]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_shipped_texts), st.data())
def test_mutated_real_files_load_or_raise_exercise_error(text: str, data: st.DataObject) -> None:
    lines = text.splitlines()
    i = data.draw(st.integers(0, len(lines) - 1))
    action = data.draw(st.sampled_from(["drop", "dup", "garble", "dedent"]))
    if action == "drop":
        del lines[i]
    elif action == "dup":
        lines.insert(i, lines[i])
    elif action == "garble":
        lines[i] = data.draw(st.text(max_size=40))
    else:
        lines[i] = lines[i].lstrip()
    _outcome("\n".join(lines))
