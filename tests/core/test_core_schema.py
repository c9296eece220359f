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
        (Event(trigger=Span(start=7, end=10), type="Contact.Meet", arguments={"Weapon": Span(start=0, end=6)}),
         "role 'Weapon' is not allowed for Contact.Meet (allowed: Entity, Time, Place)"),
        (Event(trigger=Span(start=7, end=10), type="Contact.Meet", arguments={"Entity": Span(start=0, end=60)}),
         "Contact.Meet argument Entity 0-60 runs past"),
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
        LabelSchema.model_validate({"entity_labels": [], "event_types": [{"name": "X", "roles": [], "required": ["A"]}]})
    with pytest.raises(ValueError, match="model_labels map onto labels not in the schema"):
        LabelSchema.model_validate({"entity_labels": [{"name": "A"}], "event_types": [], "model_labels": {"X": "B"}})
    bad = tmp_path / "s.json"
    bad.write_text("{not json", "utf-8")
    with pytest.raises(SchemaFileError, match=f"{bad}: not valid json"):
        load_schema_file(bad)
    good = tmp_path / "g.json"
    good.write_text(json.dumps({"entity_labels": [{"name": "A"}], "event_types": []}), "utf-8")
    assert load_schema_file(good).entity_label_names == ["A"]
