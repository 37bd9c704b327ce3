"""Reading one exercise file: safe YAML to plain data, with the line of every value."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any, Final

from workshop.errors import ExerciseError
from workshop.exercises.reading import MAX_BYTES, too_big

MAX_DEPTH: Final[int] = 24
#: the longest text and the most entries of one list or mapping, whatever the schema says
MAX_TEXT: Final[int] = 8000
MAX_ITEMS: Final[int] = 500
#: the largest whole number (beyond it, JavaScript and JSON readers lose digits)
MAX_INT: Final[int] = 2**53
_FORBIDDEN: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")

#: path of keys/indices from the document root
Path_ = tuple[str | int, ...]

_PLAIN_TAGS: Final[frozenset[str]] = frozenset(
    f"tag:yaml.org,2002:{t}"
    for t in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp")
)


class Lines:
    """The 1-based line of each path in a document; unknown paths fall back to their parent."""

    __slots__ = ("_lines",)

    def __init__(self, recorded: Iterable[tuple[Path_, int]] = ()) -> None:
        self._lines: dict[Path_, int] = {(): 1}
        self._lines.update(recorded)

    def set(self, path: Path_, line: int) -> None:
        """Record that ``path`` starts on ``line``."""
        self._lines[path] = line

    def __call__(self, path: Path_) -> int:
        """The line of ``path`` or of its closest recorded ancestor."""
        while path not in self._lines:
            path = path[:-1]
        return self._lines[path]

    def items(self) -> list[tuple[Path_, int]]:
        """Every recorded path and its line."""
        return list(self._lines.items())


def parse(data: bytes | str, path: Path | None = None) -> tuple[Any, Lines]:
    """Parse YAML into plain dicts/lists/scalars and their lines; never builds objects."""
    text = _decode(data, path)
    _check_flow_depth(text, path)
    from ruamel.yaml import YAML  # deferred: a compiled catalogue needs no parser

    # The safe, pure-Python loader: no comment bookkeeping (the round-trip loader is 5x
    # slower) and no compiled extension, so it also runs on Pyodide. Nodes keep their marks.
    yaml = YAML(typ="safe", pure=True)
    try:
        root = yaml.compose(text)
    except RecursionError:
        raise _too_deep(path, None) from None
    except Exception as e:  # ruamel raises many types for malformed input; all mean "bad YAML"
        raise _syntax_error(e, path) from None
    lines = Lines()
    if root is None:
        return None, lines
    builder = _Plain(path, lines, yaml.constructor)
    return builder.value(root, (), 0), lines


def _decode(data: bytes | str, path: Path | None) -> str:
    if isinstance(data, str):
        text = data
    else:
        if len(data) > MAX_BYTES:
            raise too_big(path, f"{len(data):,}")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            line = data[: e.start].count(b"\n") + 1
            raise ExerciseError(
                path, line, "", f"not valid UTF-8 (byte {e.object[e.start]:#04x})",
                "save the file as UTF-8",
            ) from None
    bad = _FORBIDDEN.search(text)
    if bad is not None:
        line = text[: bad.start()].count("\n") + 1
        raise ExerciseError(
            path, line, "", f"control character {bad.group()!r} in the file",
            "remove it; YAML files are plain text",
        )
    return text


def _check_flow_depth(text: str, path: Path | None) -> None:
    # The composer recurses once per nesting level; refuse absurd depth before it tries. Most
    # files have few brackets; otherwise the scanner's tokens (it does not recurse) tell
    # brackets that nest from brackets inside quoted text or comments.
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return
    from ruamel.yaml import YAML
    from ruamel.yaml.tokens import (
        FlowMappingEndToken,
        FlowMappingStartToken,
        FlowSequenceEndToken,
        FlowSequenceStartToken,
    )

    depth = 0
    try:
        for token in YAML(typ="safe", pure=True).scan(text):
            if isinstance(token, FlowSequenceStartToken | FlowMappingStartToken):
                depth += 1
                if depth > MAX_DEPTH:
                    raise _too_deep(path, token.start_mark.line + 1)
            elif isinstance(token, FlowSequenceEndToken | FlowMappingEndToken):
                depth -= 1
    except ExerciseError:
        raise
    except Exception as e:  # ruamel raises many types for malformed input; all mean "bad YAML"
        raise _syntax_error(e, path) from None


def _too_deep(path: Path | None, line: int | None) -> ExerciseError:
    return ExerciseError(
        path, line, "", f"nested more than {MAX_DEPTH} levels deep",
        "exercise files are shallow; check for unbalanced brackets",
    )


def _syntax_error(e: Exception, path: Path | None) -> ExerciseError:
    mark = getattr(e, "problem_mark", None) or getattr(e, "context_mark", None)
    line = mark.line + 1 if mark is not None else None
    problem = getattr(e, "problem", None) or str(e).splitlines()[0] if str(e) else type(e).__name__
    context = getattr(e, "context", None)
    what = f"YAML syntax error: {context + ', ' if context else ''}{problem}"
    if "duplicate key" in what:
        return ExerciseError(
            path, line, "", what.replace("while constructing a mapping, ", ""),
            "each field may appear once in a mapping; remove or rename the repeated one",
        )
    return ExerciseError(
        path, line, "", what.strip(),
        "check indentation, colons and quotes near this line (quote text that contains ': ')",
    )


class _Plain:
    """Turns composed YAML nodes into plain data, recording the line of every path."""

    __slots__ = ("constructor", "file", "lines", "seen")

    def __init__(self, file: Path | None, lines: Lines, constructor: Any) -> None:
        self.file = file
        self.lines = lines
        self.constructor = constructor
        self.seen: set[int] = set()

    def error(self, path: Path_, problem: str, fix: str) -> ExerciseError:
        return ExerciseError(self.file, self.lines(path), field_name(path), problem, fix)

    def value(self, node: Any, path: Path_, depth: int) -> Any:
        # an alias of text counts as much as the text (one 200 KB string aliased a thousand
        # times is 200 MB of handout), so aliases are refused for every kind of value; checked
        # before the line is set, which would be the anchor's, not the alias's
        if id(node) in self.seen:
            raise self.error(path, "YAML alias (*name) is not allowed",
                             "write the value out in full instead of using anchors and aliases")
        self.seen.add(id(node))
        self.lines.set(path, node.start_mark.line + 1)
        if depth > MAX_DEPTH:
            raise _too_deep(self.file, self.lines(path))
        tag = str(getattr(node.tag, "value", node.tag))
        if tag.endswith(":merge"):
            raise self.error(path, "YAML merge keys (<<) are not allowed",
                             "write every field out in full")
        if tag not in _PLAIN_TAGS:
            raise self.error(path, f"YAML tag {tag!r} is not allowed",
                             "remove the tag; exercise files hold plain text, numbers, "
                             "lists and mappings")
        kind = type(node).__name__
        if kind == "ScalarNode":
            return self.scalar(node, path)
        if len(node.value) > MAX_ITEMS:
            raise self.error(path, f"has {len(node.value):,} entries",
                             f"give at most {MAX_ITEMS}; split the exercise up")
        if kind == "SequenceNode":
            return [self.value(item, path + (i,), depth + 1) for i, item in enumerate(node.value)]
        return self.mapping(node, path, depth)

    def mapping(self, node: Any, path: Path_, depth: int) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = self.value(key_node, path + ("?",), depth + 1)
            if not isinstance(key, str):
                raise self.error(path, f"key {key!r} is not text",
                                 "use plain words as keys (quote numbers: '1': ...)")
            if key in out:
                self.lines.set(path + (key,), key_node.start_mark.line + 1)
                raise self.error(path + (key,), f"field {key!r} appears twice",
                                 "each field may appear once in a mapping; remove or rename one")
            self.lines.set(path + (key,), key_node.start_mark.line + 1)
            out[key] = self.value(value_node, path + (key,), depth + 1)
            self.lines.set(path + (key,), key_node.start_mark.line + 1)
        return out

    def scalar(self, node: Any, path: Path_) -> Any:
        text = str(node.value)
        if len(text) > MAX_TEXT:
            raise self.error(path, f"is {len(text):,} characters long",
                             f"shorten it to at most {MAX_TEXT:,} characters")
        tag = str(getattr(node.tag, "value", node.tag))
        if tag.endswith(":int") and len(text) > _INT_DIGITS:
            raise self._too_large(path, text)
        try:
            value = self.constructor.construct_object(node, deep=True)
        except Exception as e:  # e.g. an impossible date such as 2024-02-31
            raise self.error(path, f"cannot read the value {_short(text)!r} ({_short(str(e))})",
                             "quote it to make it text") from None
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_INT:
            raise self._too_large(path, text)
        if isinstance(value, float) and not math.isfinite(value):
            raise self.error(path, f"{value!r} is not a finite number", "write an ordinary number")
        if isinstance(value, datetime | date):
            return text  # dates are only ever text in an exercise
        if isinstance(value, bytes):
            raise self.error(path, "binary values are not allowed", "write plain text")
        return value

    def _too_large(self, path: Path_, text: str) -> ExerciseError:
        # never formats the number itself: Python refuses to print one of over 4,300 digits
        return self.error(path, f"the number {_short(text)!r} is too large",
                          f"use a whole number between -{MAX_INT:,} and {MAX_INT:,}")


#: the most characters of a whole number's text (0x, 0o, 0b, signs and _ included)
_INT_DIGITS: Final[int] = 80


def _short(text: str, width: int = 40) -> str:
    """``text`` cut to ``width`` characters with '...' for a one-line message."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 3] + "..."


def field_name(path: Path_) -> str:
    """A dotted field name such as ``options[2].feedback``."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out
