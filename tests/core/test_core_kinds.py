"""The registry of unit kinds: every kind answers every question the desk, agreement and screens ask."""

from __future__ import annotations

import typing
from collections.abc import Hashable

import pytest
from article_data import TEXT, suggestions_for

from annotator.core.models import (
    BOUNDARY,
    KINDS,
    Body,
    Boilerplate,
    Entity,
    Event,
    Quote,
    Span,
    Unit,
    UnitBody,
)
from annotator.core.schema import default_schema

BODIES = [u.body for u in suggestions_for("a1", TEXT)]


def test_the_registry_is_the_union_of_bodies() -> None:
    """One registry: every kind a Unit can hold is registered, under the name it is stored by."""
    members = typing.get_args(typing.get_args(Body)[0])
    assert set(KINDS.values()) == set(members)
    assert all(KINDS[cls.model_fields["kind"].default] is cls for cls in members)
    assert {type(b) for b in BODIES} == set(KINDS.values())  # the fixture holds one of each


@pytest.mark.parametrize("body", BODIES, ids=lambda b: b.kind)
def test_every_kind_answers_every_question(body: UnitBody) -> None:
    schema = default_schema()
    assert isinstance(body.main_label, str) and body.main_label
    assert body.model_dump(mode="json")[type(body).label_field] == body.main_label
    assert isinstance(body.short_label, str) and body.short_label
    span = body.span
    assert isinstance(span, Span)
    assert body.bounds == (span.start, span.end)
    assert body.marked()[0] == span
    assert all(isinstance(name, str) and isinstance(part, Span) for name, part in body.parts())
    assert isinstance(body.key(), Hashable) and hash(body.key()) is not None
    assert body.differences(body) == set()
    assert BOUNDARY in body.differences(body.with_span(Span(start=body.span.start, end=body.span.end + 1)))
    assert body.span.text_of(TEXT)[:10] in body.describe(TEXT, 200)
    body.validate_in(schema, TEXT)  # the fixture fits its text and the default schema
    kind = type(body)
    assert kind.plural and isinstance(kind.is_furniture, bool) and isinstance(kind.band, bool)
    assert kind.label_title is None or kind.label_options(schema), "a kind with a picker offers labels"
    if kind.label_title is not None:
        name = kind.label_options(schema)[-1][0]
        assert body.with_label(name, schema).main_label == name


@pytest.mark.parametrize("body", BODIES, ids=lambda b: b.kind)
def test_a_unit_round_trips_with_span(body: UnitBody) -> None:
    moved = Span(start=body.span.start + 1, end=body.span.end)
    other = body.with_span(moved)
    assert type(other) is type(body)
    assert other.span == moved and other.bounds == (moved.start, moved.end)
    assert other.with_span(body.span) == body
    assert other.main_label == body.main_label and other.parts() == body.parts()
    # and through the store's JSON
    unit = Unit(doc_id="a1", body=other)
    assert Unit.model_validate_json(unit.model_dump_json()).body == other


def _quote(**update: object) -> Quote:
    base = Quote(content=Span(start=10, end=20), speaker=Span(start=0, end=5), cue=Span(start=6, end=9))
    return base.model_copy(update=update)


def _event(**update: object) -> Event:
    base = Event(trigger=Span(start=10, end=15), type="Conflict.Attack", arguments={"Attacker": Span(start=0, end=5)})
    return base.model_copy(update=update)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (Entity(start=0, end=5, label="PERSON"), Entity(start=0, end=5, label="ORG")),
        (Entity(start=0, end=5, label="PERSON"), Entity(start=0, end=6, label="PERSON")),
        (Entity(start=0, end=5, label="boilerplate"), Boilerplate(start=0, end=5)),
        (_quote(), _quote(quote_kind="indirect")),
        (_quote(), _quote(speaker=Span(start=1, end=5))),
        (_quote(), _quote(speaker_entity=Span(start=0, end=5))),
        (_quote(), _quote(cue=None)),
        (_quote(), _quote(extra=(Span(start=25, end=30),))),
        (_event(), _event(type="Conflict.Demonstrate")),
        (_event(), _event(arguments={"Target": Span(start=0, end=5)})),
        (_event(), _event(arguments={})),
        (_event(), _event(trigger=Span(start=10, end=16))),
    ],
)
def test_keys_distinguish_what_agreement_must(a: UnitBody, b: UnitBody) -> None:
    assert a.key() != b.key()
    assert a.key() == a.model_copy().key()


def test_keys_ignore_argument_order() -> None:
    one = _event(arguments={"Attacker": Span(start=0, end=5), "Target": Span(start=20, end=25)})
    two = _event(arguments={"Target": Span(start=20, end=25), "Attacker": Span(start=0, end=5)})
    assert one.key() == two.key()


def test_differences_name_how_versions_differ() -> None:
    assert _quote().differences(_quote(cue=None)) == {"speaker"}
    assert _quote().differences(_quote(quote_kind="partial", extra=(Span(start=25, end=30),))) == {"label", "boundary"}
    changed = _event(type="Conflict.Demonstrate", arguments={})
    assert _event().differences(changed) == {"event_type", "event_argument"}
    assert Entity(start=0, end=5, label="ORG").differences(Entity(start=0, end=5, label="PERSON")) == {"label"}


def test_relabelling_an_event_keeps_only_the_roles_its_new_type_has() -> None:
    schema = default_schema()
    event = _event(arguments={"Attacker": Span(start=0, end=5), "Place": Span(start=20, end=25)})
    new = event.with_label("Life.Die", schema)
    assert new.type == "Life.Die" and set(new.arguments) == {"Place"}


def test_furniture_is_not_relabelled_by_hand() -> None:
    body = Boilerplate(start=0, end=5)
    assert Boilerplate.label_title is None and body.with_label("PERSON", default_schema()) is body
