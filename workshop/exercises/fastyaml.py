"""A fast reader for the small YAML subset exercise files use; it refuses everything else.

ruamel.yaml's pure-Python scanner costs milliseconds per file. This reads block mappings and
sequences, one-line scalars and flow collections and block scalars line by line, and gives
exactly what ``yamlfile``'s ruamel path gives (data and the line of every path), or raises
:class:`Unsupported` so that ruamel, which writes all the error messages, reads the text.
The rules mirror ruamel.yaml 0.19 (YAML 1.2, safe loader); tests/test_fastyaml.py checks it.
"""

from __future__ import annotations

import math
import re
from datetime import date
from typing import Any, Final

Path_ = tuple[str | int, ...]

# ruamel's _Plain refuses nodes deeper than 24 levels: stay below so that it writes the error.
_MAX_DEPTH: Final = 20
# ruamel forgets a possible key 1,024 characters after its start; keep clear of that limit.
_MAX_KEY: Final = 1000

# Tabs, CR, NEL, the Unicode line separators and BOMs change how ruamel counts lines and
# columns or splits scalars; anything outside YAML's printable set is an error there.
_BAD: Final = re.compile(
    "[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)
_MARKER: Final = re.compile(r"^(?:---|\.\.\.)(?: |$)", re.M)  # document start / end
_PLAIN_END: Final = re.compile(r":(?: |$)| #")  # a block plain scalar stops here
_FLOW_END: Final = re.compile(r"[,\[\]{}:]| #")  # a flow plain scalar stops here
_TAIL: Final = re.compile(r"(?: +(?:#.*)?)?$")  # what may follow a finished value
_SINGLE: Final = re.compile(r"'((?:[^']|'')*)'")
_DOUBLE: Final = re.compile(r'"((?:[^"\\]|\\.)*)"')
_ESCAPE: Final = re.compile(r"\\(?:x([0-9A-Fa-f]{2})|u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))")
_HEADER: Final = re.compile(r"[|>](?:([+-])([1-9])?|([1-9])([+-])?)?(?: +(?:#.*)?)?$")
_ESCAPES: Final = {
    "0": "\0", "a": "\x07", "b": "\x08", "t": "\t", "n": "\n", "v": "\x0b", "f": "\x0c",
    "r": "\r", "e": "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\", "N": "\x85",
    "_": "\xa0", "L": "\u2028", "P": "\u2029",
}
_NOT_PLAIN: Final = frozenset(",[]{}#&*!|>%@`'\"")  # cannot start a plain scalar
_NOT_FLOW_PLAIN: Final = frozenset([*" ?:,[]{}#&*!|>%@`'\"", ""])  # "" is the line end

# The implicit resolvers of ruamel.yaml's YAML 1.2 resolver, copied verbatim: tried in this
# order for the first characters listed there, and only for plain scalars.
_FLOAT: Final = re.compile(r"""^(?:
     [-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?
    |[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)
    |[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?
    |[-+]?\.(?:inf|Inf|INF)
    |\.(?:nan|NaN|NAN))$""", re.X)
_INT: Final = re.compile(r"""^(?:[-+]?0b[0-1_]+
    |[-+]?0o?[0-7_]+
    |[-+]?[0-9_]+
    |[-+]?0x[0-9a-fA-F_]+)$""", re.X)
_TIMESTAMP: Final = re.compile(r"""^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]
    |[0-9][0-9][0-9][0-9] -[0-9][0-9]? -[0-9][0-9]?
    (?:[Tt]|[ \t]+)[0-9][0-9]?
    :[0-9][0-9] :[0-9][0-9] (?:\.[0-9]*)?
    (?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$""", re.X)
_DATE: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# the null and boolean words (the null and bool resolvers match nothing else)
_WORDS: Final = {"": None, "~": None, "null": None, "Null": None, "NULL": None,
                 "true": True, "True": True, "TRUE": True,
                 "false": False, "False": False, "FALSE": False}
_BASES: Final = {"0b": 2, "0x": 16, "0o": 8}


class Unsupported(Exception):
    """The text is outside the fast subset (or malformed); the caller falls back to ruamel."""


def parse_fast(text: str) -> tuple[Any, dict[Path_, int]]:
    """Plain data and the 1-based line of every path, as the ruamel path gives, or Unsupported."""
    if "\r" in text:
        text = text.replace("\r\n", "\n")  # ruamel reads CRLF as one break; a lone CR is refused
    if _BAD.search(text) or _MARKER.search(text):
        raise Unsupported("characters or document markers outside the fast subset")
    try:
        reader = _Reader(text)
        return reader.document(), reader.out
    except Unsupported:
        raise
    except Exception as e:  # a bug here may cost speed, never a load: ruamel reads the text
        raise Unsupported(f"internal error: {e!r}") from e


def _resolve(text: str) -> Any:
    """A plain scalar's value as ruamel's YAML 1.2 resolver and safe constructor give it."""
    if text in _WORDS:
        return _WORDS[text]
    first = text[0]
    if first not in "-+.0123456789<=":
        return text
    if text in ("<<", "="):  # merge keys and the value tag: the ruamel path reports them
        raise Unsupported(text)
    if _FLOAT.match(text):
        return _number(text, True)
    if first != "." and _INT.match(text):
        return _number(text, False)
    if first in "0123456789" and _TIMESTAMP.match(text):
        if not _DATE.fullmatch(text):
            raise Unsupported("timestamp")
        try:  # an impossible date is an error on the ruamel path; dates stay text
            date(int(text[:4]), int(text[5:7]), int(text[8:]))
        except ValueError:
            raise Unsupported("bad date") from None
    return text


def _number(text: str, as_float: bool) -> int | float:
    # as SafeConstructor.construct_yaml_float / _int for YAML 1.2 (so 0777 is 777, not octal)
    digits = text.replace("_", "")
    sign = -1 if digits[0] == "-" else 1
    if digits[0] in "+-":
        digits = digits[1:]
    try:  # a float such as ._ and an int such as 0x_ are errors on the ruamel path
        if as_float:
            value: int | float = sign * float(digits)
        elif digits[:2] in _BASES:
            value = sign * int(digits[2:], _BASES[digits[:2]])
        else:
            value = sign * int(digits)  # also refuses ints too long for Python
    except ValueError:
        raise Unsupported("not a number") from None
    if isinstance(value, float) and not math.isfinite(value):
        raise Unsupported("not a finite number")  # .inf, .nan and 1e999 are errors there
    return value


def _quoted(line: str, c: int) -> tuple[str, int]:
    """The one-line quoted scalar at column ``c`` and the column after it."""
    if line[c] == "'":
        m = _SINGLE.match(line, c)
        if m is None:
            raise Unsupported("multi-line single-quoted scalar")
        return m.group(1).replace("''", "'"), m.end()
    m = _DOUBLE.match(line, c)
    if m is None:
        raise Unsupported("multi-line double-quoted scalar")
    return _ESCAPE.sub(_unescape, m.group(1)), m.end()


def _unescape(m: re.Match[str]) -> str:
    if m.group(4) is not None:
        if m.group(4) not in _ESCAPES:
            raise Unsupported("unknown escape")
        return _ESCAPES[m.group(4)]
    code = int(m.group(1) or m.group(2) or m.group(3), 16)
    if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        raise Unsupported("escape outside Unicode scalar values")
    return chr(code)


def _scalar(line: str, c: int) -> tuple[Any, int]:
    """The one-line quoted or plain (block context) scalar at column ``c`` and where it ends."""
    ch = line[c]
    if ch in "'\"":
        return _quoted(line, c)
    if ch in _NOT_PLAIN or (ch in "-?:" and line[c + 1 : c + 2] in ("", " ")):
        raise Unsupported(f"a node starting with {ch!r}")
    m = _PLAIN_END.search(line, c)
    end = m.start() if m else len(line)
    return _resolve(line[c:end].rstrip(" ")), end


def _colon(line: str, end: int) -> int:
    """The column after a ``: `` mapping indicator at ``end`` (spaces allowed before), or -1."""
    if line[end : end + 1] != ":":  # a plain key ends right at the colon: skip the copy
        end = _skip_spaces(line, end)
    return end + 1 if line[end : end + 1] == ":" and line[end + 1 : end + 2] in ("", " ") else -1


def _entry(line: str, c: int) -> bool:
    """Whether a block sequence entry ``-`` stands at column ``c``."""
    return line[c : c + 1] == "-" and line[c + 1 : c + 2] in ("", " ")


class _Reader:
    """Reads one document, recording lines in the order ruamel's ``_Plain`` records them."""

    __slots__ = ("final_nl", "ind", "lines", "n", "out")

    def __init__(self, text: str) -> None:
        lines = text.split("\n")
        self.final_nl = lines[-1] == ""
        if self.final_nl:
            lines.pop()
        elif not lines[-1].strip(" "):  # a last line of spaces without a break: an edge case
            raise Unsupported("trailing spaces at the end of the file")
        self.lines = lines
        self.n = len(lines)
        # indentation of each line with content; -1 for blank and comment-only lines
        self.ind = [len(s) - len(t) if (t := s.lstrip(" ")) and t[0] != "#" else -1
                    for s in lines]
        self.out: dict[Path_, int] = {(): 1}

    def skip(self, i: int) -> int:
        """The first line from ``i`` on with content."""
        ind, n = self.ind, self.n
        while i < n and ind[i] < 0:
            i += 1
        return i

    def document(self) -> Any:
        """The root node; any content after it means the text is outside the subset."""
        i = self.skip(0)
        if i == self.n:
            return None
        value, i = self.node(i, self.ind[i], -1, (), 0, True)
        if self.skip(i) < self.n:
            raise Unsupported("content after the root node")
        return value

    def node(self, i: int, c: int, parent: int, path: Path_, depth: int,
             collection: bool) -> tuple[Any, int]:
        """The node at line ``i``, column ``c``, inside a block collection at column ``parent``.

        Returns the value and the index of the line after it. ``collection`` says whether a
        block mapping or sequence may start here (not after ``key:`` on the same line).
        """
        if depth > _MAX_DEPTH:
            raise Unsupported("too deep")
        line = self.lines[i]
        ch = line[c]
        self.out[path] = i + 1
        if _entry(line, c):
            if not collection:
                raise Unsupported("sequence entry after a key")
            return self.sequence(i, c, path, depth)
        if ch in "|>":
            if parent < 0:  # a root block scalar follows other indentation rules
                raise Unsupported("root block scalar")
            return self.block_scalar(i, c, parent)
        if ch in "[{":
            value, end = self.flow(line, c, path, depth, i + 1)
        else:
            value, end = _scalar(line, c)
            after = _colon(line, end)
            if after >= 0:
                if not collection or after - c > _MAX_KEY:
                    raise Unsupported("mapping where it is not allowed")
                return self.mapping(i, c, value, after, path, depth)
        if not _TAIL.match(line, end):
            raise Unsupported("text after a value")
        return value, i + 1

    def value_after(self, i: int, pos: int, parent: int, path: Path_, depth: int,
                    item: bool) -> tuple[Any, int]:
        """The node after ``key:`` or ``-`` (ending at ``pos`` on line ``i``)."""
        if depth > _MAX_DEPTH:
            raise Unsupported("too deep")
        line = self.lines[i]
        j = len(line) - len(line[pos:].lstrip(" "))
        if j < len(line) and line[j] != "#":
            return self.node(i, j, parent, path, depth, item)
        k = self.skip(i + 1)  # nothing on this line: the node may start on a later one
        if k < self.n:
            if self.ind[k] > parent:
                return self.node(k, self.ind[k], parent, path, depth, True)
            if not item and self.ind[k] == parent and _entry(self.lines[k], parent):
                self.out[path] = k + 1  # `key:` then `- a` at the key's indentation
                return self.sequence(k, parent, path, depth)
        self.out[path] = i + 1  # an empty value: null, marked at the indicator
        return None, i + 1

    def mapping(self, i: int, c: int, key: Any, after: int, path: Path_,
                depth: int) -> tuple[dict[str, Any], int]:
        """A block mapping at column ``c`` whose first key (already read) is on line ``i``."""
        out: dict[str, Any] = {}
        ind, lines = self.ind, self.lines
        while True:
            if type(key) is not str or key in out:  # the ruamel path reports these
                raise Unsupported("key that is not text, or a repeated key")
            self.out[path + ("?",)] = i + 1  # _Plain records each key node under "?"
            value, nxt = self.value_after(i, after, c, path + (key,), depth + 1, False)
            self.out[path + (key,)] = i + 1
            out[key] = value
            i = self.skip(nxt)
            if i == self.n or ind[i] < c:
                return out, i
            if ind[i] > c:
                raise Unsupported("unexpected indentation")
            key, end = _scalar(lines[i], c)
            after = _colon(lines[i], end)
            if after < 0 or after - c > _MAX_KEY:
                raise Unsupported("expected a key")

    def sequence(self, i: int, c: int, path: Path_, depth: int) -> tuple[list[Any], int]:
        """A block sequence whose first ``-`` is at line ``i``, column ``c``."""
        out: list[Any] = []
        ind, lines = self.ind, self.lines
        while True:
            value, nxt = self.value_after(i, c + 1, c, path + (len(out),), depth + 1, True)
            out.append(value)
            i = self.skip(nxt)
            # anything else at this column ends the sequence; the caller checks what follows
            if i == self.n or ind[i] != c or not _entry(lines[i], c):
                return out, i

    def block_scalar(self, i: int, c: int, parent: int) -> tuple[str, int]:
        """A literal or folded block scalar whose header is at line ``i``, column ``c``."""
        m = _HEADER.match(self.lines[i], c)
        if m is None:
            raise Unsupported("block scalar header")
        chomp, explicit = m.group(1) or m.group(4), m.group(2) or m.group(3)
        lines, n, k = self.lines, self.n, i + 1
        if explicit:
            indent = parent + int(explicit)
            while k < n and len(lines[k]) <= indent and not lines[k].strip(" "):
                k += 1
        else:
            while k < n and not lines[k]:
                k += 1
            # ruamel's indentation guess treats leading lines of spaces specially: refuse them
            if k == n or not lines[k].strip(" "):
                raise Unsupported("block scalar starts with a line of spaces")
            indent = len(lines[k]) - len(lines[k].lstrip(" "))
        prefix = " " * indent
        if k == n or indent <= parent or len(lines[k]) <= indent or not lines[k].startswith(
                prefix):
            raise Unsupported("empty block scalar")
        parts = ["\n"] * (k - i - 1)  # the blank lines before the first line of text
        folded = self.lines[i][c] == ">"
        while True:
            text = lines[k][indent:]
            parts.append(text)
            brk = "\n" if k < n - 1 or self.final_nl else ""
            k += 1
            blank = k
            while k < n and len(lines[k]) <= indent and not lines[k].strip(" "):
                k += 1
            blank = k - blank
            if k == n or len(lines[k]) <= indent or not lines[k].startswith(prefix):
                break
            # folding as ruamel does it: a break between two lines that start with text
            # becomes a space, unless blank lines stand in for it
            if folded and brk and text[0] != " " and lines[k][indent] != " ":
                if not blank:
                    parts.append(" ")
            else:
                parts.append(brk)
            parts.append("\n" * blank)
        if chomp != "-":
            parts.append(brk)
        if chomp == "+":
            parts.append("\n" * blank)
        return "".join(parts), k

    def flow(self, line: str, c: int, path: Path_, depth: int,
             lineno: int) -> tuple[Any, int]:
        """The one-line flow sequence or mapping at column ``c`` and the column after it."""
        if depth > _MAX_DEPTH:
            raise Unsupported("too deep")
        self.out[path] = lineno
        close = "]" if line[c] == "[" else "}"
        out: Any = [] if close == "]" else {}
        pos = _skip_spaces(line, c + 1)
        if line[pos : pos + 1] == close:
            return out, pos + 1
        while True:
            if close == "]":
                value, pos = self.flow_node(line, pos, path + (len(out),), depth + 1, lineno)
                out.append(value)
            else:
                pos = self.flow_pair(line, pos, out, path, depth, lineno)
            pos = _skip_spaces(line, pos)
            if line[pos : pos + 1] == ",":
                pos = _skip_spaces(line, pos + 1)
            elif line[pos : pos + 1] != close:
                raise Unsupported("flow collection syntax")
            if line[pos : pos + 1] == close:  # a trailing comma is allowed
                return out, pos + 1

    def flow_pair(self, line: str, pos: int, out: dict[str, Any], path: Path_, depth: int,
                  lineno: int) -> int:
        """Read ``key: value`` at ``pos`` into ``out``; the column after it."""
        key, end = self.flow_scalar(line, pos)
        end = _skip_spaces(line, end)
        if line[end : end + 2] != ": " or end - pos > _MAX_KEY or type(key) is not str \
                or key in out:
            raise Unsupported("flow mapping entry")
        self.out[path + ("?",)] = lineno
        out[key], end = self.flow_node(line, _skip_spaces(line, end + 1), path + (key,),
                                       depth + 1, lineno)
        return end

    def flow_node(self, line: str, pos: int, path: Path_, depth: int,
                  lineno: int) -> tuple[Any, int]:
        """A scalar or nested collection inside a flow collection."""
        if line[pos : pos + 1] in ("[", "{"):
            return self.flow(line, pos, path, depth, lineno)
        self.out[path] = lineno
        return self.flow_scalar(line, pos)

    @staticmethod
    def flow_scalar(line: str, pos: int) -> tuple[Any, int]:
        """A quoted or plain scalar inside a flow collection (plain: no ':' and no '#')."""
        ch = line[pos : pos + 1]
        if ch in ("'", '"'):
            return _quoted(line, pos)
        if ch in _NOT_FLOW_PLAIN or (ch == "-" and line[pos + 1 : pos + 2] in _NOT_FLOW_PLAIN):
            raise Unsupported("flow scalar")
        m = _FLOW_END.search(line, pos)
        if m is None or m.group() == " #" or (m.group() == ":" and line[m.end() : m.end() + 1]
                                              != " "):
            raise Unsupported("flow scalar with ':' or '#', or running past the line")
        return _resolve(line[pos : m.start()].rstrip(" ")), m.start()


def _skip_spaces(line: str, pos: int) -> int:
    return len(line) - len(line[pos:].lstrip(" "))
