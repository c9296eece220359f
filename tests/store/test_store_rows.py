"""Models read back from rows are built without validation (hot path): they must behave as validated ones."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError
from store_helpers import TEXT, boilerplate, doc, dump, entity, event, quote

from annotator.core.models import Document, Unit
from annotator.store import SqliteStore

MAKERS = {
    "entity": lambda d: entity(d, 0, 13, source="ner", score=0.5),
    "quote": quote,
    "event": event,
    "boilerplate": boilerplate,
}


@pytest.mark.parametrize("kind", sorted(MAKERS))
def test_a_unit_read_back_behaves_as_a_validated_one(mem_store: SqliteStore, kind: str) -> None:
    mem_store.insert_documents([doc(0)])
    original = MAKERS[kind]("doc-000").model_copy(update={"provenance": {"model": "m", "n": [1]}})
    (uid,) = mem_store.add_units("suggestions:m@1", [original])
    read = mem_store.unit(uid)
    validated = Unit.model_validate({**dump(original), "id": uid})
    assert read == validated and read.body == validated.body
    assert read.model_dump() == validated.model_dump()
    assert read.model_dump_json() == validated.model_dump_json()
    assert read.model_fields_set == validated.model_fields_set | {"id"}
    if kind != "event":  # an Event holds a dict of arguments: unhashable however it is built
        assert hash(read.body) == hash(validated.body)  # frozen bodies serve as set members, dict keys
    assert (read.kind, read.span) == (validated.kind, validated.span)
    copy = read.model_copy(update={"state": "accepted"})
    assert (copy.state, read.state) == ("accepted", "suggested")
    other = mem_store.unit(uid)
    read.state = "edited"  # mutating one unit leaves a fresh read untouched
    assert other.state == "suggested" and "state" in read.model_fields_set
    with pytest.raises(ValidationError):
        read.body.label = "X"  # type: ignore[misc]  # still frozen
    assert Unit.model_validate_json(read.model_dump_json()) == read


def test_a_document_read_back_behaves_as_a_validated_one(mem_store: SqliteStore) -> None:
    original = Document(
        id="a", title="T", text=TEXT, outlet="o", url="u", published=date(2024, 1, 2), meta={"k": 1}, story_key="s"
    )
    mem_store.insert_documents([original])
    read = mem_store.document("a")
    assert read == original
    assert read.model_dump_json() == original.model_dump_json()
    assert read.model_copy(update={"title": "U"}).title == "U" and read.title == "T"
