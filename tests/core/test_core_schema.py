"""Label-schema validation: which annotations fit, and what the refusal says."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.core.models import AnnotationError, Boilerplate, Entity, Event, Quote, Span
from annotator.core.schema import LabelSchema, SchemaFileError, default_schema, load_schema_file

TEXT = "Lavrov met Tillerson in Manila."


@pytest.fixture(scope="module")
def schema() -> LabelSchema:
    return default_schema()


def test_default_schema_has_the_news_labels(schema: LabelSchema) -> None:
    assert schema.entity_label_names[:3] == ["PERSON", "ORG", "GPE"]
    assert schema.map_model_label("TIME") == "DATE" and schema.map_model_label("CARDINAL") is None
    assert schema.event_type("Justice.Arrest-Jail").required == ["Person"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (Entity(start=0, end=6, label="WIZARD"), "unknown entity label 'WIZARD' (the schema has PERSON, ORG"),
        (Entity(start=20, end=40, label="GPE"), "entity 20-40 runs past the end of the text (31 characters)"),
        (Event(trigger=Span(start=7, end=10), type="Contact.Teleport"), "unknown event type 'Contact.Teleport'"),
        (
            Event(trigger=Span(start=7, end=10), type="Contact.Meet", arguments={"Weapon": Span(start=0, end=6)}),
            "role 'Weapon' is not allowed for Contact.Meet (allowed: Entity, Time, Place)",
        ),
        (
            Event(trigger=Span(start=7, end=10), type="Contact.Meet", arguments={"Entity": Span(start=0, end=60)}),
            "Contact.Meet argument Entity 0-60 runs past",
        ),
        (Quote(content=Span(start=0, end=6), speaker=Span(start=30, end=35)), "quote speaker 30-35 runs past"),
        (Boilerplate(start=25, end=32), "boilerplate 25-32 runs past"),
    ],
)
def test_validate_body_refusals(schema: LabelSchema, body: object, message: str) -> None:
    with pytest.raises(AnnotationError) as info:
        schema.validate_body(body, TEXT)
    assert message in str(info.value)


def test_validate_body_accepts_what_fits(schema: LabelSchema) -> None:
    for body in (
        Entity(start=0, end=6, label="PERSON"),
        Event(trigger=Span(start=7, end=10), type="Contact.Meet", arguments={"Entity": Span(start=0, end=6)}),
        Quote(content=Span(start=0, end=6), quote_kind="indirect", cue=Span(start=7, end=10)),
    ):
        schema.validate_body(body, TEXT)
    assert schema.missing_roles(Event(trigger=Span(start=7, end=10), type="Life.Die")) == ["Victim"]


def test_schema_consistency_and_file_errors(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="required roles"):
        LabelSchema.model_validate(
            {"entity_labels": [], "event_types": [{"name": "X", "roles": [], "required": ["A"]}]}
        )
    with pytest.raises(ValueError, match="model_labels map onto labels not in the schema"):
        LabelSchema.model_validate({"entity_labels": [{"name": "A"}], "event_types": [], "model_labels": {"X": "B"}})
    bad = tmp_path / "s.json"
    bad.write_text("{not json", "utf-8")
    with pytest.raises(SchemaFileError, match=f"{bad}: not valid json"):
        load_schema_file(bad)
    good = tmp_path / "g.json"
    good.write_text(json.dumps({"entity_labels": [{"name": "A"}], "event_types": []}), "utf-8")
    assert load_schema_file(good).entity_label_names == ["A"]


def _schema_file(tmp_path: Path, text: str, suffix: str = ".json") -> Path:
    path = tmp_path / f"schema{suffix}"
    path.write_text(text, "utf-8")
    return path


EVENT = {"name": "Conflict.Attack", "roles": ["Attacker", "Target"], "required": []}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"entity_labels": [{"name": ""}], "event_types": []}, "entity_labels[0]: an entity label has an empty name"),
        ({"entity_labels": [{"name": "  "}], "event_types": []}, "entity_labels[0]: an entity label has an empty name"),
        (
            {"entity_labels": [], "event_types": [EVENT, {**EVENT, "roles": ["Victim"]}]},
            "event type 'Conflict.Attack' is given twice (the second at position 2)",
        ),
        (
            {"entity_labels": [], "event_types": [{**EVENT, "roles": ["Attacker", "Attacker"]}]},
            "event_types[0]: role of event type Conflict.Attack 'Attacker' is given twice",
        ),
        (
            {"entity_labels": [], "event_types": [{**EVENT, "roles": ["Attacker:x"]}]},
            "event_types[0]: event type Conflict.Attack: role 'Attacker:x' contains ':'",
        ),
        (
            {"entity_labels": [], "event_types": [{**EVENT, "roles": [""]}]},
            "event_types[0]: a role of event type Conflict.Attack has an empty name",
        ),
        (
            {"entity_labels": [], "event_types": [{**EVENT, "name": ""}]},
            "event_types[0]: an event type has an empty name",
        ),
        (
            {"entity_labels": [], "event_types": [], "quote_kinds": ["direct", "direct"]},
            "quote kind 'direct' is given twice",
        ),
    ],
    ids=[
        "empty-label",
        "blank-label",
        "duplicate-event-type",
        "duplicate-role",
        "role-with-colon",
        "empty-role",
        "empty-event-type",
        "duplicate-quote-kind",
    ],
)
def test_schema_file_refuses_ambiguous_names(tmp_path: Path, data: dict, message: str) -> None:
    path = _schema_file(tmp_path, json.dumps(data))
    with pytest.raises(SchemaFileError) as info:
        load_schema_file(path)
    assert str(info.value).startswith(f"{path}: ") and message in str(info.value)


def test_schema_file_refuses_json_duplicate_keys(tmp_path: Path) -> None:
    text = '{"entity_labels": [{"name": "A"}], "event_types": [{"name": "X", "roles": ["R"], "roles": []}]}'
    with pytest.raises(SchemaFileError, match="key 'roles' is given twice \\(in the object with name 'X'\\)"):
        load_schema_file(_schema_file(tmp_path, text))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"version": ' + "1" * 5000 + "}", "Exceeds the limit"),
    ],
    ids=["deeply-nested", "5000-digit-integer"],
)
def test_schema_file_too_deep_or_too_big_is_a_clear_error(tmp_path: Path, text: str, message: str) -> None:
    path = _schema_file(tmp_path, text)
    with pytest.raises(SchemaFileError, match=message) as info:
        load_schema_file(path)
    assert str(info.value).startswith(f"{path}: not a schema")


def test_stored_schema_is_not_rejudged_by_the_file_rules() -> None:
    """A schema stored before the rules existed still loads: the corpus must open."""
    LabelSchema.model_validate({"entity_labels": [{"name": ""}], "event_types": [EVENT, EVENT]})
