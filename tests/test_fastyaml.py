"""The fast YAML reader gives exactly what the ruamel path gives, or refuses: differential tests."""

from __future__ import annotations

import os
import random
from io import StringIO
from pathlib import Path
from string import Template
from typing import Any

import pytest
from hypothesis import (
    HealthCheck,
    currently_in_test_context,
    event,
    given,
    reject,
    settings,
)
from hypothesis import strategies as st
from ruamel.yaml import YAML
from ruamel.yaml.resolver import implicit_resolvers
from ruamel.yaml.scalarstring import FoldedScalarString, LiteralScalarString

from workshop.errors import ExerciseError
from workshop.exercises.fastyaml import _FLOAT, _INT, _TIMESTAMP, Unsupported, parse_fast
from workshop.exercises.yamlfile import _check_flow_depth, _decode, _parse_ruamel, parse

# ruamel warns about some generated documents (reused anchors); they are only input here
pytestmark = pytest.mark.filterwarnings("ignore::Warning:ruamel")

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = sorted((ROOT / "exercises").rglob("*.yaml"))
BAD = sorted((ROOT / "tests" / "data" / "bad").glob("*.yaml"))
TEMPLATES = ROOT / "workshop" / "templates"


def _templates() -> dict[str, str]:
    """Each template as ``workshop new`` writes it (string.Template substitution)."""
    common = (TEMPLATES / "_common.yaml").read_text("utf-8")
    return {
        p.stem: Template(common + p.read_text("utf-8")).substitute(
            id=f"new-{p.stem}", section="01-the-art-of-asking", type=p.stem)
        for p in sorted(TEMPLATES.glob("*.yaml")) if not p.name.startswith("_")
    }


TEMPLATE_TEXTS = _templates()
REAL = {p.stem: p.read_text("utf-8") for p in SHIPPED} | TEMPLATE_TEXTS


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


def _reference(text: str) -> tuple[Any, dict[Any, int]] | None:
    """What ``yamlfile.parse`` gives on its ruamel path, or None when that reports an error."""
    try:
        text = _decode(text, None)
        _check_flow_depth(text, None)
        data, lines = _parse_ruamel(text, None)
    except ExerciseError:
        return None
    return data, lines._lines


def _check(text: str) -> bool:
    """Assert that the fast path equals the ruamel path or refuses; True if it answered."""
    expected = _reference(text)
    try:
        data, lines = parse_fast(text)
    except Unsupported as e:
        # a refusal must be deliberate, never an internal error turned into a refusal
        assert e.__cause__ is None, f"fast path crashed: {e.__cause__!r}"
        _record("fallback: ruamel reports an error" if expected is None else "fallback: valid")
        return False
    _record("fast path")
    assert expected is not None, "the fast path accepted text the ruamel path refuses"
    assert _same(data, expected[0]), (data, expected[0])
    assert lines == expected[1], (lines, expected[1])
    return True


def _record(outcome: str) -> None:
    if currently_in_test_context():  # hypothesis's statistics show the share of each outcome
        event(outcome)


# -- the real files -------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(TEMPLATE_TEXTS))
def test_templates_take_the_fast_path(name: str) -> None:
    # what `workshop new` writes must stay fast; an instructor's own valid YAML style may
    # fall back to the slower reader (benchmarks/bench_yaml.py reports the share)
    for text in (REAL[name], REAL[name].replace("\n", "\r\n")):
        try:
            parse_fast(text)
        except Unsupported as e:
            pytest.fail(f"{name} falls back to the slow ruamel reader: {e}")
        assert _check(text)


@pytest.mark.parametrize("name", sorted(REAL))
def test_shipped_exercises_read_the_same_either_way(name: str) -> None:
    for text in (REAL[name], REAL[name].replace("\n", "\r\n")):
        _check(text)


@pytest.mark.parametrize("path", BAD, ids=[p.stem for p in BAD])
def test_bad_examples_match_or_fall_back(path: Path) -> None:
    _check(path.read_text("utf-8"))


@pytest.mark.parametrize("text", [*REAL.values(), *(p.read_text("utf-8") for p in BAD)])
def test_parse_gives_what_the_ruamel_path_gives(text: str) -> None:
    # end to end through yamlfile.parse: the same data and lines, or the same error message
    try:
        data, lines = parse(text, Path("x.yaml"))
    except ExerciseError as e:
        with pytest.raises(ExerciseError) as slow:
            _parse_ruamel(text, Path("x.yaml"))
        assert str(slow.value) == str(e)
        return
    expected, expected_lines = _parse_ruamel(text, Path("x.yaml"))
    assert _same(data, expected)
    assert lines._lines == expected_lines._lines


def test_resolver_patterns_are_still_ruamels() -> None:
    # fastyaml copies ruamel's YAML 1.2 implicit resolvers; a ruamel upgrade must not drift
    theirs = {tag.rsplit(":", 1)[1]: ("".join(rx.pattern.split()), "".join(first))
              for versions, tag, rx, first in implicit_resolvers if (1, 2) in versions}
    assert {k: v[1] for k, v in theirs.items()} == {
        "bool": "tTfF", "float": "-+0123456789.", "int": "-+0123456789", "merge": "<",
        "null": "~nN", "timestamp": "0123456789", "value": "=", "yaml": "!&*"}
    for name, ours in [("float", _FLOAT), ("int", _INT), ("timestamp", _TIMESTAMP)]:
        assert theirs[name][0] == "".join(ours.pattern.split()), name
    assert theirs["bool"][0] == "^(?:true|True|TRUE|false|False|FALSE)$"
    assert theirs["null"][0] == "^(?:~|null|Null|NULL|)$"
    assert theirs["merge"][0] == "^(?:<<)$" and theirs["value"][0] == "^(?:=)$"


# -- features: these must take the fast path and match --------------------------------------

BLOCK_BODIES = [
    "  a\n  b\n", "  a\n\n  b\n", "  a\n    more\n  b\n", "  a\n\n\n  b\n\n\n", "\n  a\n",
    "  a\n   \n  b\n", "  a\n      \n", "    x\n    y\n", "  a\n  b", "  # not a comment\n",
    "  a\n    b\n\n    c\n  d\n", "  trailing  \n  spaces \n",
]
FEATURES = [
    # structure: empty documents, nulls, indentless and compact collections, comments
    "", "# only a comment\n", "\n\n", "a: 1\n", "a:\n", "a:\nb:\n", "a: ~\nb: null\nc: Null\n",
    "key:\n- a\n- b\nnext: 1\n", "key:\n  - a\n  -\n  - c\n", "- a\n- b\n", "- - a\n  - b\n- c\n",
    "- id: a\n  text: b\n- id: c\n", "-   id: a\n    text: b\n", "-\n  id: a\n",
    "- a:\n  - x\n  b: 1\n", "a:\n  b:\n    c: d\n  e: f\n", "a:\n  x\n", "a: # c\n  b: 1\n",
    "a: x # c\nb: y#z\n", "root scalar\n", "'quoted root'\n", "[a, b]\n", "  a: 1\n  b: 2\n",
    # keys and quoted scalars
    "'a b': 1\n\"c\": 2\n", "a : 1\n", "'a' : 1\n", "a: 'it''s'\n", "1a: 1\n", "é: ü\n",
    'a: "q\\"\\\\\\n\\t\\/\\u00e9\\x41"\n', "a: é 😀\n",
    # flow collections
    "a: [a, b, ]\n", "a: {a: 1, b: [x, y], c: {}}\n", "a: []\nb: {}\n", "a: [1, 1.5, true, ~]\n",
    "a: ['x', \"y\"]\n", "a: {'k': v, \"l\": w}\n", "a: [a#b, c?d, -e]\n", "a: [ a b , c ]\n",
    # plain scalars: YAML 1.2 core schema as ruamel resolves it
    "a: 1\nb: -2\nc: +3\nd: 0o17\ne: 0x1F\nf: 0777\ng: 08\nh: 1_000\ni: 0b101\n",
    "a: 1.5\nb: -2.\nc: .5\nd: 1e3\ne: 1.5e-3\nf: -.5E+2\ng: 1_0.5\nh: +1.0\n",
    "a: yes\nb: no\nc: on\nd: off\ne: y\nf: n\ng: True\nh: FALSE\ni: tRue\n",
    "a: 2024-01-01\nb: 2024-1-1\nc: 12:30\nd: 1:2:3\n", "a: -x\nb: ?x\nc: :x\nd: x:y\n",
    "a: http://x.org/a#b\n", "a: a [b] {c}, d\n", "a: 'x' # c\n",
    # block scalars
    "a:\n- |\n  text\n- >-\n  more\n", "a:\n  |\n   x\n", "- |\n  x\n", "- a: |\n    x\n  b: 1\n",
    *(f"a: {h}\n{body}" for h in ("|", "|-", "|+", ">", ">-", ">+") for body in BLOCK_BODIES),
    "a: |2\n    x\n  y\n", "a: >1-\n   x\n  y\n", "a: |+2\n  x\n\n", "a: | # c\n  x\n",
    "a: 1\r\nb: |\r\n  x\r\n  y\r\n",
]


@pytest.mark.parametrize("text", FEATURES)
def test_features_take_the_fast_path(text: str) -> None:
    assert _check(text), "fell back to ruamel"


REFUSED = [
    # anchors, tags, merge keys, directives, documents, complex keys
    "a: &x 1\nb: *x\n", "a: !!str x\n", "<<: {a: 1}\n", "a: <<\n", "a: =\n", "---\na: 1\n",
    "%YAML 1.2\n---\na: 1\n", "a: 1\n...\n", "? a\n: b\n",
    # multi-line scalars and flow collections
    "a: b\n  c\n", "a: 'b\n  c'\n", "a: [b,\n  c]\n", "- a\n  - b\n",
    # values the ruamel path reports, and keys that are not text or repeated
    "a: .inf\n", "a: .nan\n", "a: 1e999\n", "a: 2024-02-31\n", "a: 2024-01-01 10:00:00\n",
    "1: a\n", "true: a\n", "~: a\n", "a: 1\na: 2\n", "a: {b: 1, b: 2}\n",
    # odd corners: tabs, BOM, lone CR, escapes, colons in flow, long keys, trailing spaces
    "a:\n\tb: 1\n", "\ufeffa: 1\n", "a: 1\rb: 2\n", "a: \"\\ud800\"\n", "a: \"\\q\"\n",
    "a: [a:b]\n", "a: {a:1}\n", "a: |\n  \n    x\n", "a: |+\n  x\n  ", "|\n x\n",
    "a: {" + "k" * 1030 + ": v}\n", "k" * 1030 + ": v\n",
    # malformed
    "key: - x\n", "a: 'b' c\n", "a: \"b\"#c\n", "a:\n  - x\n  y: 1\n",
]


@pytest.mark.parametrize("text", REFUSED)
def test_outside_the_subset_is_refused(text: str) -> None:
    with pytest.raises(Unsupported):
        parse_fast(text)
    _check(text)


@pytest.mark.parametrize("size", [990, 1000, 1020, 1023, 1024, 1025, 1030])
@pytest.mark.parametrize("frame", ["{}: v\n", "'{}': v\n", "a: {{{}: v}}\n", "- {}\n",
                                   "a: [{}, b]\n", "a: {{b: {}}}\n", "a: '{}'\n"])
def test_long_keys_and_values(size: int, frame: str) -> None:
    # ruamel forgets a possible key 1,024 characters on: a longer key is an error there
    _check(frame.format("k" * size))


def test_deep_nesting_is_refused_before_the_ruamel_limit() -> None:
    text = "".join(f"{'  ' * d}k{d}:\n" for d in range(30)) + "  " * 30 + "x\n"
    with pytest.raises(Unsupported):
        parse_fast(text)
    assert _check("".join(f"{'  ' * d}k{d}:\n" for d in range(8)) + "  " * 8 + "x\n")


# -- hypothesis: random documents dumped by ruamel -------------------------------------------

_TRICKY = "ab: #'\"-?[]{},&*!|>%@`~\\/\n é😀\u00a0\u3000"
_text = st.one_of(
    st.text(alphabet=_TRICKY, max_size=12),
    st.text(max_size=12),
    st.sampled_from(["yes", "no", "on", "off", "true", "False", "null", "~", "", " ", "1", "0777",
                     "08", "1_000", "+1", "-1.5", ".5", "1e3", "0x1F", "0o7", "2024-01-01",
                     "12:30", "a: b", "a #b", "- a", "<<", "=", ".inf", "-", "?", ":", "tRue",
                     "FaLse", "nUll", "Yes", "ON", "0b1", "0B1", "0X1", "1E3", "-0", "-0.0"]),
)
_scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), _text)
_doc: st.SearchStrategy[Any] = st.recursive(
    _scalar,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_text, inner, max_size=5),
    max_leaves=20,
)
# FASTYAML_SCALE=20 multiplies the examples for a long differential run (default: about 15 s of CPU)
_SCALE = int(os.environ.get("FASTYAML_SCALE", "1"))
_SETTINGS = settings(max_examples=200 * _SCALE, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


@_SETTINGS
@given(_doc, st.sampled_from([False, None]), st.sampled_from([20, 60, 4096]))
def test_documents_dumped_by_ruamel(doc: Any, flow: bool | None, width: int) -> None:
    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = flow
    yaml.width = width
    yaml.allow_unicode = True
    out = StringIO()
    yaml.dump(doc, out)
    _check(out.getvalue())


def _block_styled(doc: Any, style: int) -> Any:
    """The document with some strings as literal (|) or folded (>) block scalars."""
    if isinstance(doc, dict):
        return {k: _block_styled(v, style + i) for i, (k, v) in enumerate(doc.items())}
    if isinstance(doc, list):
        return [_block_styled(v, style + i) for i, v in enumerate(doc)]
    if isinstance(doc, str) and doc and style % 3:
        return (LiteralScalarString if style % 3 == 1 else FoldedScalarString)(doc)
    return doc


@settings(_SETTINGS, max_examples=100 * _SCALE)
@given(st.dictionaries(_text, _doc, min_size=1, max_size=4), st.integers(0, 5),
       st.sampled_from([(2, 2, 0), (2, 4, 2), (4, 4, 2), (3, 2, 0)]), st.sampled_from([30, 80]))
def test_round_trip_dumps_with_block_scalars(doc: dict[str, Any], style: int,
                                             indent: tuple[int, int, int], width: int) -> None:
    yaml = YAML()
    yaml.indent(mapping=indent[0], sequence=indent[1], offset=indent[2])
    yaml.width = width
    out = StringIO()
    try:
        yaml.dump(_block_styled(doc, style), out)
    except Exception:  # ruamel cannot write some strings as block scalars (control characters)
        reject()
    _check(out.getvalue())


# -- hypothesis: structured documents in every indentation style -----------------------------

_LEAVES = ["x", "x y", "1", "-1.5", "true", "yes", "~", "", "'q''s'", '"d\\n"', "[a, b]",
           "{a: 1, b: [c]}", "[]", "{}", "a #c", "2024-01-01", "0777", "|", ">-", "|+", ">", "|2"]
_BODIES = [["a"], ["a", "", "b"], ["a", "  more", "b"], ["a", "", ""], ["", "a"], ["a", " ", "b"]]
_KEYS_OK = ["a", "b", "c", "id", "'q'", '"k k"', "x:y", "é"]


def _tree(rnd: random.Random, depth: int = 0) -> Any:
    """A random document shape: ("leaf", text), ("seq", [nodes]) or ("map", [(key, node)])."""
    roll = rnd.random()
    if depth > 3 or (roll < 0.4 and depth):
        return "leaf", rnd.choice(_LEAVES)
    children = [_tree(rnd, depth + 1) for _ in range(rnd.randint(1, 3))]
    if roll < 0.7:
        return "seq", children
    return "map", [(rnd.choice(_KEYS_OK), child) for child in children]


def _render(node: Any, col: int, parent: int, rnd: random.Random) -> list[str]:
    """Lines of a tree node at column ``col``; the first line carries no indentation."""
    kind, body = node
    if kind == "leaf":
        if body[:1] not in ("|", ">"):
            return [body]
        pad = " " * (parent + rnd.randint(1, 3))
        return [body] + [pad + t if t else "" for t in rnd.choice(_BODIES)]
    out: list[str] = []
    for entry in body:
        child = entry if kind == "seq" else entry[1]
        head = " " * col + ("-" if kind == "seq" else f"{entry[0]}:")
        if (kind == "seq" or child[0] == "leaf") and rnd.random() < 0.8:  # after `-` / `key:`
            gap = " " * (1 + rnd.randint(0, 2) * (kind == "seq"))
            lines = _render(child, len(head) + len(gap), col, rnd)
            out += [head + gap + lines[0], *lines[1:]]
        else:  # on the next line: deeper, or a sequence at the key's indentation
            inner = col if kind == "map" and child[0] == "seq" and rnd.random() < 0.5 \
                else col + rnd.randint(1, 4)
            lines = _render(child, inner, col, rnd)
            out += [head, " " * inner + lines[0], *lines[1:]]
    out[0] = out[0][col:]
    return out


@settings(_SETTINGS, max_examples=400 * _SCALE)
@given(st.integers(0, 2**64))  # one seed: drawing the shape from hypothesis is 5x slower
def test_structured_documents(seed: int) -> None:
    rnd = random.Random(seed)
    col = rnd.choice([0, 0, 1, 2])
    lines = _render(_tree(rnd), col, -1, rnd)
    lines[0] = " " * col + lines[0]
    for _ in range(rnd.randint(0, 3)):  # comments and blank lines anywhere
        lines.insert(rnd.randint(0, len(lines)), rnd.choice(["", "# c", "  # c", "   "]))
    _check("\n".join(lines) + rnd.choice(["", "\n"]))


# -- hypothesis: block scalars ---------------------------------------------------------------

_HEADERS = ["|", ">", "|-", ">-", "|+", ">+", "|1", ">2", "|2-", ">1+", "|+1", ">-2", "| #c"]


@settings(_SETTINGS, max_examples=500 * _SCALE)
@given(st.sampled_from(_HEADERS),
       st.lists(st.tuples(st.integers(0, 3), st.sampled_from(["a", "b c", "", "#x", "x  ", "- y"])),
                max_size=6),
       st.sampled_from([("k: {}", 1), ("- {}", 1), ("- k: {}", 3), ("a:\n  k: {}", 3),
                        ("k:\n  {}", 1), ("  k: {}", 3)]),
       st.integers(0, 2), st.sampled_from(["", "next: 1\n", "# c\nnext: 1\n", "  # c\n"]),
       st.booleans())
def test_block_scalars(header: str, body: list[tuple[int, str]], frame: tuple[str, int],
                       base: int, tail: str, final: bool) -> None:
    lines = [frame[0].format(header)]
    lines += [" " * (frame[1] + base + extra) + text if text else " " * extra
              for extra, text in body]
    text = "\n".join(lines) + "\n" + (tail if frame[0][0] != " " else "")
    _check(text if final else text.rstrip("\n"))


# -- hypothesis: YAML-ish text assembled from fragments ----------------------------------------

_KEYS = ["a", "b", "id", "'q'", '"d"', "a b", "x:y", "k#", "é", "1", "true", "~", "-k", "? k",
         "[a]", "&a k", "!t k", "<<", "'a", "a ", ""]
_VALUES = ["", "x", "x y", "1", "-1", "0777", "1_0", "1.5", ".5", "1e3", "true", "yes", "null",
           "~", "'a''b'", '"a\\"b"', '"\\u00e9\\n"', "[a, b]", "{a: 1}", "[]", "{}", "|", ">-",
           "|+", "|2", ">1", "a: b", "- x", "-", "#x", "a #b", "a#b", ":x", "-x", "?x", "*a",
           "&a x", "!t x", "%x", "@x", "`x", "2024-01-01", "2024-02-30", "'open", '"open',
           "[a, b", "{a: [b, {c: d}]}", "[a, [b, c], {d: e}]", "{'a': \"b\"}", "[a:b]",
           "[a: b]", "{a}", "{a: }", "[a, , b]", "'x' y", "a:", "x ", "\\", "'", '"']
_line = st.one_of(
    st.builds(lambda i, d, k, v, c: " " * i + "- " * d + (f"{k}:" + (f" {v}" if v else "")
                                                           if k else v) + c,
              st.sampled_from([0, 0, 1, 2, 2, 3, 4, 6]), st.integers(0, 2),
              st.sampled_from(_KEYS), st.sampled_from(_VALUES),
              st.sampled_from(["", "", " # c", "  #c", "#c"])),
    st.builds(lambda i, t: " " * i + t, st.sampled_from([0, 1, 2, 3, 4, 5, 6, 8]),
              st.sampled_from(["text", "more text", "# c", "", "  ", "-", "- x", "---", "..."])),
)


@settings(_SETTINGS, max_examples=500 * _SCALE)
@given(st.lists(_line, min_size=1, max_size=8), st.sampled_from(["\n", "\r\n"]),
       st.booleans())
def test_fragment_documents(lines: list[str], brk: str, final: bool) -> None:
    _check(brk.join(lines) + (brk if final else ""))


@settings(_SETTINGS, max_examples=800 * _SCALE)
@given(st.text(alphabet=_TRICKY + "01.+_eEoxTtrufnl", max_size=10),
       st.sampled_from(["k: {}\n", "- {}\n", "k: [{}]\n", "k: {{a: {}}}\n", "{}: v\n",
                        "k: [{}, x]\n", "{}\n", "k:\n  - {}\n", "a: 1\n{}: 2\n",
                        "k: {{a: 1, {}: 2}}\n", "- a: 1\n  {}: 2\n"]))
def test_scalars_in_every_position(scalar: str, frame: str) -> None:
    _check(frame.format(scalar))


# -- hypothesis: mutations of the real files -------------------------------------------------

_GARBAGE = [" ", "  ", ":", ": ", "-", "- ", "#", " #", "'", '"', "[", "]", "{", "}", ",", "|",
            ">", "&", "*", "!", "?", "%", "@", "`", "\\", "\t", "\r", "x", "\n", "é"]


def _mutate(text: str, ops: list[tuple[int, int, int]]) -> str:
    """Drop, repeat, dedent, indent or garble lines, or insert blank and comment lines."""
    lines = text.split("\n")
    for op, at, what in ops:
        i = at % len(lines)
        line = lines[i]
        if op == 0:
            del lines[i]
        elif op == 1:
            lines.insert(i, line)
        elif op == 2:
            lines[i] = line[min(what % 3, len(line) - len(line.lstrip(" "))):]
        elif op == 3:
            lines[i] = " " * (what % 3 + 1) + line
        elif op == 4:
            pos = what % (len(line) + 1)
            lines[i] = line[:pos] + _GARBAGE[what % len(_GARBAGE)] + line[pos:]
        elif op == 5 and line:
            pos = what % len(line)
            lines[i] = line[:pos] + line[pos + 1:]
        else:
            lines.insert(i, ["", "  ", "# c", "   # c"][what % 4])
        if not lines:
            lines = [""]
    return "\n".join(lines)


@settings(_SETTINGS, max_examples=250 * _SCALE)
@given(st.sampled_from(sorted(REAL)),
       st.lists(st.tuples(st.integers(0, 6), st.integers(0, 200), st.integers(0, 1000)),
                min_size=1, max_size=3))
def test_mutated_real_files(name: str, ops: list[tuple[int, int, int]]) -> None:
    _check(_mutate(REAL[name], ops))
