"""The exercise JSON Schema: shipped with the package, and the checker that reads it.

The schema file is the single source of the format. Editors read it for completion; the
loader interprets the subset of JSON Schema it uses so that every problem is reported at
once, with its line and a did-you-mean, which general validators do not give.
"""

from __future__ import annotations

import difflib
import json
import re
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from workshop.errors import ExerciseError
from workshop.exercises.yamlfile import Lines, Path_, field_name

Schema = dict[str, Any]

_TYPE_NAMES = {
    "object": "a mapping (key: value lines)",
    "array": "a list (lines starting with '- ')",
    "string": "text",
    "number": "a number",
    "integer": "a whole number",
    "boolean": "true or false",
}


def schema_text() -> str:
    """The JSON Schema of exercise files, as text."""
    return resources.files("workshop.schema").joinpath("exercise.schema.json").read_text("utf-8")


@cache
def exercise_schema() -> Schema:
    """The JSON Schema of exercise files, parsed."""
    schema: Schema = json.loads(schema_text())
    return schema


def describe(value: Any) -> str:
    """Name a value's YAML type for a message."""
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return f"{str(value).lower()} (a boolean)"
    if isinstance(value, int | float):
        return f"the number {value!r}"
    if isinstance(value, str):
        return f"the text {value[:40]!r}"
    if isinstance(value, list):
        return "a list"
    return "a mapping"


def did_you_mean(word: str, choices: list[str]) -> str:
    """`` did you mean 'x'?`` for a close match, else empty."""
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    if not close and len(word) >= 3:  # '01-art' -> the one section numbered '01-'
        close = [c for c in choices if c.startswith(word[:3])]
    return f"; did you mean {close[0]!r}?" if len(close) == 1 else ""


class SchemaCheck:
    """Checks plain data against the exercise schema, collecting every problem."""

    __slots__ = ("errors", "file", "lines", "root")

    def __init__(self, file: Path | None, lines: Lines, root: Schema | None = None) -> None:
        self.root = root if root is not None else exercise_schema()
        self.file = file
        self.lines = lines
        self.errors: list[ExerciseError] = []

    def run(self, data: Any) -> list[ExerciseError]:
        """Check ``data`` from the schema's root; return the problems found."""
        self.check(data, self.root, ())
        return self.errors

    def _error(self, path: Path_, problem: str, fix: str) -> None:
        where = self.lines(path)
        self.errors.append(ExerciseError(self.file, where, field_name(path), problem, fix))

    def resolve(self, schema: Schema) -> Schema:
        """Follow a local ``$ref``, keeping sibling keywords (they describe the use)."""
        while "$ref" in schema:
            ref = schema["$ref"]
            target = self.root
            for part in ref.removeprefix("#/").split("/"):
                target = target[part]
            schema = {**target, **{k: v for k, v in schema.items() if k != "$ref"}}
        return schema

    def check(self, value: Any, schema: Schema, path: Path_) -> bool:
        """Check one value; return True if it had no problem."""
        before = len(self.errors)
        schema = self.resolve(schema)
        if not self._check_type(value, schema, path):
            return False
        self._check_choice(value, schema, path)
        if isinstance(value, str):
            self._check_string(value, schema, path)
        elif isinstance(value, int | float) and not isinstance(value, bool):
            self._check_number(value, schema, path)
        elif isinstance(value, list):
            self._check_array(value, schema, path)
        elif isinstance(value, dict):
            self._check_object(value, schema, path)
        return len(self.errors) == before

    def _check_type(self, value: Any, schema: Schema, path: Path_) -> bool:
        want = schema.get("type")
        if want is None or _has_type(value, want):
            return True
        hint = schema.get("description", "")
        self._error(
            path, f"expected {_TYPE_NAMES[want]}, got {describe(value)}",
            f"write {_TYPE_NAMES[want]}" + (f": {hint}" if hint else ""),
        )
        return False

    def _check_choice(self, value: Any, schema: Schema, path: Path_) -> None:
        if "const" in schema and value != schema["const"]:
            self._error(path, f"{value!r} is not allowed", f"use {schema['const']!r}")
        options = schema.get("enum")
        if options is None or value in options:
            return
        allowed = ", ".join(repr(o) for o in options)
        near = did_you_mean(value, options) if isinstance(value, str) else ""
        self._error(path, f"{value!r} is not allowed{near}", f"use one of {allowed}")

    def _check_string(self, value: str, schema: Schema, path: Path_) -> None:
        hint = schema.get("description", "")
        if len(value.strip()) < schema.get("minLength", 0):
            self._error(path, "is empty", f"write {hint or 'some text'}")
        if len(value) > schema.get("maxLength", len(value)):
            self._error(
                path, f"is {len(value)} characters long",
                f"shorten it to at most {schema['maxLength']} characters",
            )
        pattern = schema.get("pattern")
        if pattern and not re.search(pattern, value):
            self._error(path, f"{value!r} is not a valid id", f"use {hint or pattern}")

    def _check_number(self, value: float, schema: Schema, path: Path_) -> None:
        if "minimum" in schema and value < schema["minimum"]:
            self._error(path, f"{value!r} is too small", f"use a number >= {schema['minimum']}")
        if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
            self._error(
                path, f"{value!r} is too small", f"use a number > {schema['exclusiveMinimum']}"
            )
        if "maximum" in schema and value > schema["maximum"]:
            self._error(path, f"{value!r} is too large", f"use a number <= {schema['maximum']}")

    def _check_array(self, value: list[Any], schema: Schema, path: Path_) -> None:
        least = schema.get("minItems", 0)
        if len(value) < least:
            hint = schema.get("description", "")
            self._error(
                path, f"has {len(value)} entries",
                f"give at least {least}" + (f" ({hint})" if hint else ""),
            )
        most = schema.get("maxItems")
        if most is not None and len(value) > most:
            self._error(path, f"has {len(value)} entries", f"give at most {most}; split it up")
            return
        items = schema.get("items")
        if items is not None:
            for i, item in enumerate(value):
                self.check(item, items, path + (i,))

    def _check_object(self, value: dict[str, Any], schema: Schema, path: Path_) -> None:
        props: dict[str, Schema] = dict(schema.get("properties", {}))
        required = list(schema.get("required", []))
        for part in schema.get("allOf", []):
            branch = self._applicable(value, part)
            if branch is not None:
                props.update(branch.get("properties", {}))
                required += [r for r in branch.get("required", []) if r not in required]
        for name in required:
            if name not in value:
                hint = self.resolve(props.get(name, {})).get("description", "")
                self._error(path, f"missing required field {name!r}", f"add {name}: {hint}")
        least = schema.get("minProperties", 0)
        if len(value) < least:
            self._error(path, f"has {len(value)} entries", f"give at least {least}")
        most = schema.get("maxProperties")
        if most is not None and len(value) > most:
            self._error(path, f"has {len(value)} entries", f"give at most {most}; split it up")
            return
        closed = schema.get("additionalProperties", True) is False or (
            schema.get("unevaluatedProperties", True) is False
        )
        extra = schema.get("additionalProperties")
        for key, item in value.items():
            if key in props:
                self.check(item, props[key], path + (key,))
            elif isinstance(extra, dict):
                self.check(item, extra, path + (key,))
            elif closed:
                allowed = sorted(props)
                self._error(
                    path + (key,),
                    f"unknown field {key!r}{did_you_mean(key, allowed)}",
                    "allowed here: " + ", ".join(allowed),
                )

    def _applicable(self, value: dict[str, Any], part: Schema) -> Schema | None:
        """The ``then`` branch of an ``if``/``then`` whose ``if`` holds for ``value``."""
        condition = part.get("if")
        if condition is None:
            return self.resolve(part)
        quiet = SchemaCheck(self.file, self.lines, self.root)
        for key, sub in condition.get("properties", {}).items():
            if key not in value or not quiet.check(value[key], sub, ()):
                return None
        then = part.get("then")
        return self.resolve(then) if then is not None else None


def _has_type(value: Any, want: str) -> bool:
    if want == "object":
        return isinstance(value, dict)
    if want == "array":
        return isinstance(value, list)
    if want == "string":
        return isinstance(value, str)
    if want == "boolean":
        return isinstance(value, bool)
    if want == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if want == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    return True
