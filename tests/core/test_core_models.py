"""The domain models refuse malformed annotations with messages a user can act on."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from annotator.core.models import Document, Entity, Event, Quote, Span, Unit
from annotator.core.text import content_hash


def test_span_is_half_open_and_ordered() -> None:
    span = Span(start=2, end=5)
    assert span.text_of("abcdefg") == "cde"
    with pytest.raises(ValidationError, match="span start 5 must be before its end 5"):
        Span(start=5, end=5)
    with pytest.raises(ValidationError, match="greater than or equal to 0"):
        Span(start=-1, end=2)


def test_span_check_in_names_the_overrun() -> None:
    with pytest.raises(ValueError, match=r"entity 3-9 runs past the end of the text \(5 characters\)"):
        Span(start=3, end=9).check_in("hello", "entity")
    Span(start=0, end=5).check_in("hello")


def test_entity_and_unit() -> None:
    entity = Entity(start=0, end=5, label="PERSON")
    unit = Unit(doc_id="d", body=entity)
    assert (unit.kind, unit.span, unit.state) == ("entity", Span(start=0, end=5), "suggested")
    with pytest.raises(ValidationError):
        Entity(start=4, end=2, label="PERSON")
    with pytest.raises(ValidationError):
        Entity(start=0, end=2, label="")


def test_unit_body_is_chosen_by_kind() -> None:
    unit = Unit.model_validate({"doc_id": "d", "body": {"kind": "quote", "content": {"start": 1, "end": 4}}})
    assert isinstance(unit.body, Quote) and unit.span == Span(start=1, end=4)
    event = Unit.model_validate(
        {
            "doc_id": "d",
            "body": {
                "kind": "event",
                "trigger": {"start": 0, "end": 3},
                "type": "Contact.Meet",
                "arguments": {"Agent": {"start": 4, "end": 9}},
            },
        }
    )
    assert isinstance(event.body, Event) and event.body.arguments["Agent"] == Span(start=4, end=9)
    with pytest.raises(ValidationError):
        Unit.model_validate({"doc_id": "d", "body": {"kind": "unknown", "start": 0, "end": 1}})


def test_document_hashes_its_text() -> None:
    doc = Document(id="a", text="Some text")
    assert doc.content_hash == content_hash("Some text")
    with pytest.raises(ValidationError):
        Document(id="", text="x")
