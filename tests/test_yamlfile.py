"""The one YAML reader (ruamel.yaml's safe loader): plain data as ruamel loads it, the line of
every field, and a file:line: field: problem for hostile input."""

from __future__ import annotations

from io import StringIO
from pathlib import Path
from string import Template
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from tests.conftest import SHIPPED
from workshop.errors import ExerciseError
from workshop.exercises.yamlfile import parse

# ruamel warns about some generated documents (reused anchors); they are only input here
pytestmark = pytest.mark.filterwarnings("ignore::Warning:ruamel")

TEMPLATES = Path(__file__).resolve().parent.parent / "workshop" / "templates"


def _templates() -> dict[str, str]:
    """Each template as ``workshop new`` writes it (string.Template substitution)."""
    common = (TEMPLATES / "_common.yaml").read_text("utf-8")
    return {
        p.stem: Template(common + p.read_text("utf-8")).substitute(
            id=f"new-{p.stem}", section="01-the-art-of-asking", type=p.stem)
        for p in sorted(TEMPLATES.glob("*.yaml")) if not p.name.startswith("_")
    }


REAL = {p.stem: p.read_text("utf-8") for p in SHIPPED} | _templates()


def _same(a: Any, b: Any) -> bool:
    """Equal, with equal types all the way down (1 is not True, 1.0 is not 1, -0.0 is not 0.0)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(map(_same, a, b))
    if isinstance(a, float):
        return repr(a) == repr(b)
    return bool(a == b)


def _as_ruamel_loads(text: str) -> None:
    """Assert that parse gives the plain data ruamel's own safe loader builds."""
    expected = YAML(typ="safe", pure=True).load(text)
    data, _ = parse(text)
    assert _same(data, expected), (data, expected)


@pytest.mark.parametrize("name", sorted(REAL))
def test_real_files_read_as_ruamel_loads_them(name: str) -> None:
    for text in (REAL[name], REAL[name].replace("\n", "\r\n")):
        _as_ruamel_loads(text)


@pytest.mark.parametrize("name", sorted(REAL))
def test_every_top_level_field_has_its_line(name: str) -> None:
    data, lines = parse(REAL[name])
    numbered = enumerate(REAL[name].splitlines(), start=1)
    where = {text.split(":")[0]: n for n, text in numbered if text[:1].isalpha()}
    assert {key: lines((key,)) for key in data} == {key: where[key] for key in data}


def test_lines_of_nested_fields() -> None:
    text = "a: 1\nlist:\n  - id: x\n    text: |\n      one\n      two\n  - id: y\nmap: {k: v}\n"
    _, lines = parse(text)
    assert [lines(p) for p in [("a",), ("list",), ("list", 0), ("list", 0, "text"),
                               ("list", 1, "id"), ("map", "k"), ("map", "k", "deeper")]] == \
        [1, 2, 3, 4, 7, 8, 8]


FEATURES = [
    # structure: empty documents, nulls, indentless and compact collections, comments
    "", "# only a comment\n", "a: 1\n", "a:\nb:\n", "a: ~\nb: null\nc: Null\n",
    "key:\n- a\n- b\nnext: 1\n", "- - a\n  - b\n- c\n", "-   id: a\n    text: b\n",
    "a:\n  b:\n    c: d\n  e: f\n", "a: x # c\nb: y#z\n", "'a b': 1\n\"c\": 2\n", "é: ü\n",
    'a: "q\\"\\\\\\n\\t\\/\\u00e9\\x41"\n', "a: {a: 1, b: [x, y], c: {}}\n", "a: [a#b, c?d, -e]\n",
    # plain scalars: YAML 1.2 core schema
    "a: 1\nb: -2\nc: +3\nd: 0o17\ne: 0x1F\nf: 0777\ng: 08\nh: 1_000\ni: 0b101\n",
    "a: 1.5\nb: -2.\nc: .5\nd: 1e3\ne: 1.5e-3\nf: -.5E+2\ng: 1_0.5\nh: +1.0\n",
    "a: yes\nb: no\nc: on\nd: off\ne: y\nf: n\ng: True\nh: FALSE\ni: tRue\n",
    "a: -x\nb: ?x\nc: :x\nd: x:y\n", "a: http://x.org/a#b\n", "a: !!str 1\n",
    # multi-line and block scalars, documents, complex keys, scalar aliases
    "a: b\n  c\n", "a: 'b\n  c'\n", "a: [b,\n  c]\n", "---\na: 1\n...\n", "? a\n: b\n",
    "a: |\n  x\n  y\n", "a: >-\n  x\n\n  y\n", "a: |+\n  x\n\n", "a: |2\n    x\n  y\n",
    "a: &x 1\n", "\ufeffa: 1\n", "a: 1\rb: 2\n",
    # brackets that do not nest: in quoted text, plain text, block text and comments
    f"a: '{'[' * 30}'\n", f'a: "{"{" * 30}"\n', f"a: x{'[' * 30}\n", f"a: |\n  {'[' * 30}\n",
    f"a: 1  # {'[' * 30}\n", f"# {'{' * 30}\na: [b, '{'[' * 30}']\n",
]


@pytest.mark.parametrize("text", FEATURES)
def test_features_read_as_ruamel_loads_them(text: str) -> None:
    _as_ruamel_loads(text)


def test_dates_and_times_stay_text() -> None:
    data, _ = parse("a: 2024-01-01\nb: 2024-1-1\nc: 12:30\nd: 2024-01-01 10:00:00\n")
    assert data == {"a": "2024-01-01", "b": "2024-1-1", "c": "12:30", "d": "2024-01-01 10:00:00"}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("<<: {a: 1}\n", r"x.yaml:1: \?: YAML merge keys \(<<\) are not allowed"),
        ("a: <<\n", r"x.yaml:1: a: YAML merge keys"),
        ("a: =\n", r"x.yaml:1: a: YAML tag 'tag:yaml.org,2002:value' is not allowed"),
        ("a: &x [1]\nb: *x\n", r"x.yaml:\d: b: YAML alias \(\*name\) is not allowed"),
        # text aliases too: one long text aliased many times would be many times as long
        ("a: &x text\nb: [*x, *x]\n", r"x.yaml:2: b\[0\]: YAML alias \(\*name\) is not allowed"),
        ("a: &x 1\nb: *x\n", r"x.yaml:2: b: YAML alias"),
        ("&k a: 1\n*k : 2\n", r"x.yaml:\d: .*YAML alias"),
        # whole numbers are bounded before anything formats them
        ("a: 0x" + "f" * 3700 + "\n", r"^x.yaml:1: a: the number '0xfff[f.]*' is too large; use"),
        ("a: " + "9" * 5000 + "\n", r"^x.yaml:1: a: the number '999[9.]*' is too large; use"),
        ("a: -9007199254740993\n", r"x.yaml:1: a: the number '-9007199254740993' is too large"),
        ("a: 0b" + "1" * 60 + "\n", r"x.yaml:1: a: the number '0b111[1.]*' is too large"),
        # every text and every list or mapping is capped, whatever the schema says
        ("a: " + "x" * 8001 + "\n", r"x.yaml:1: a: is 8,001 characters long; shorten it"),
        ("a: [" + "1, " * 501 + "]\n", r"x.yaml:1: a: has 501 entries; give at most 500"),
        ("a: {" + ", ".join(f"k{i}: 1" for i in range(501)) + "}\n", r"x.yaml:1: a: has 501 "),
        # nesting is counted on the scanner's brackets, not the characters
        ("a: '[[' \nb: " + "[" * 25 + "]" * 25 + "\n", r"x.yaml:2: \(file\): nested more than"),
        ("a: .inf\n", r"x.yaml:1: a: inf is not a finite number"),
        ("a:\n  - .nan\n", r"x.yaml:2: a\[0\]: nan is not a finite number"),
        ("a: 1e999\n", r"x.yaml:1: a: inf is not a finite number"),
        ("a: 2024-02-31\n", r"x.yaml:1: a: cannot read the value '2024-02-31'"),
        ("1: a\n", r"x.yaml:1: \(file\): key 1 is not text"),
        ("true: a\n", r"key True is not text"),
        ("~: a\n", r"key None is not text"),
        ("a: 1\nb: 2\na: 3\n", r"x.yaml:3: a: field 'a' appears twice"),
        ("a: {b: 1, b: 2}\n", r"x.yaml:1: a.b: field 'b' appears twice"),
        ("a:\n\tb: 1\n", r"x.yaml:2: \(file\): YAML syntax error: .*'\\t'"),
        ('a: "\\q"\n', r"x.yaml:1: \(file\): YAML syntax error: .*unknown escape"),
        ("a: |\n  \n    x\n", r"x.yaml:3: \(file\): YAML syntax error"),
        ("k" * 1030 + ": v\n", r"x.yaml:1: \(file\): YAML syntax error"),
        ("a:\n  - x\n  y: 1\n", r"x.yaml:3: \(file\): YAML syntax error"),
        ("a: !!binary aGk=\n", r"YAML tag 'tag:yaml.org,2002:binary' is not allowed"),
        ("a: !!python/name:os.system\n", r"YAML tag 'tag:yaml.org,2002:python/name:os.system'"),
    ],
)
def test_hostile_input_is_an_exercise_error_with_its_line(text: str, message: str) -> None:
    with pytest.raises(ExerciseError, match=message):
        parse(text, Path("x.yaml"))


def test_an_escaped_lone_surrogate_is_read_as_written() -> None:
    # text Python keeps but UTF-8 cannot encode; the compiled catalogue must still store it
    data, _ = parse('a: "\\ud800"\n')
    assert data == {"a": "\ud800"}


# -- hypothesis: random documents dumped by ruamel -------------------------------------------

_TRICKY = "ab: #'\"-?[]{},&*!|>%@`~\\/\n é😀\u00a0\u3000"
_text = st.one_of(
    st.text(alphabet=_TRICKY, max_size=12),
    st.text(max_size=12),
    st.sampled_from(["yes", "no", "on", "true", "False", "null", "~", "", " ", "1", "0777", "08",
                     "1_000", "+1", "-1.5", ".5", "1e3", "0x1F", "0o7", "12:30", "a: b", "a #b",
                     "- a", "<<", "=", ".inf", "-", "?", ":", "tRue", "0b1", "-0", "-0.0"]),
)
_scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False,
                                                                       allow_infinity=False),
                    _text)
_doc: st.SearchStrategy[Any] = st.recursive(
    _scalar,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_text, inner, max_size=5),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(_doc, st.sampled_from([False, None]), st.sampled_from([20, 4096]))
def test_documents_dumped_by_ruamel_read_back(doc: Any, flow: bool | None, width: int) -> None:
    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = flow
    yaml.width = width
    yaml.allow_unicode = True
    out = StringIO()
    yaml.dump(doc, out)
    try:
        YAML(typ="safe", pure=True).load(out.getvalue())
    except Exception:
        assume(False)
    try:
        _as_ruamel_loads(out.getvalue())
    except ExerciseError as e:  # only what the reader refuses on purpose
        assert any(why in str(e) for why in ("is not text", "control character", "too large")), e
