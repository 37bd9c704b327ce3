"""The JSON Schema is the single source of the format: valid, shipped, and it agrees with us."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from tests.conftest import DATA
from workshop.errors import ExerciseError
from workshop.exercises import exercise_schema, load_file
from workshop.exercises.yamlfile import parse


def test_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(exercise_schema())


def test_shipped_file_validates_with_a_standard_validator(shipped_path: Path) -> None:
    data, _ = parse(shipped_path.read_bytes(), shipped_path)
    jsonschema.Draft202012Validator(exercise_schema()).validate(data)


def test_every_type_and_field_is_documented() -> None:
    schema = exercise_schema()
    for name, prop in schema["properties"].items():
        assert prop.get("description"), name
    for part in schema["allOf"]:
        type_ = part["if"]["properties"]["type"]["const"]
        assert part["then"]["$ref"] == f"#/$defs/{type_}"


_SCHEMA_LEVEL = ["unknown-field-typo", "missing-field", "wrong-type-minutes", "unknown-type",
                 "unknown-section", "choice-one-option", "minutes-zero", "example-wrong-verdict",
                 "conversation-no-fail", "conversation-no-pass"]


@pytest.mark.parametrize("name", _SCHEMA_LEVEL)
def test_standard_validator_agrees_on_schema_level_mistakes(name: str) -> None:
    path = DATA / "bad" / f"{name}.yaml"
    data, _ = parse(path.read_bytes(), path)
    with pytest.raises(ExerciseError):
        load_file(path)
    errors = list(jsonschema.Draft202012Validator(exercise_schema()).iter_errors(data))
    assert errors, f"{name}: the schema itself should reject this file"


def test_schema_text_round_trips() -> None:
    from workshop.exercises import schema_text

    assert json.loads(schema_text()) == exercise_schema()
