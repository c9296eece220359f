"""Storing a new label schema: orphaned labels are refused, --map OLD=NEW remaps or deletes."""

from __future__ import annotations

from typing import Any

import pytest
from store_helpers import add, doc, entity, event, quote

from annotator.core.schema import LabelSchema, default_schema
from annotator.errors import UserError
from annotator.store import OrphanError, SqliteStore

SUGG = "suggestions:m@1"


def _schema(drop_labels: tuple[str, ...] = (), drop_types: tuple[str, ...] = (), **changes: Any) -> LabelSchema:
    data = default_schema().model_dump()
    data["entity_labels"] = [e for e in data["entity_labels"] if e["name"] not in drop_labels]
    data["model_labels"] = {k: v for k, v in data["model_labels"].items() if v not in drop_labels}
    data["event_types"] = [t for t in data["event_types"] if t["name"] not in drop_types]
    data.update(changes)
    return LabelSchema.model_validate(data)


@pytest.fixture
def store(file_store: SqliteStore) -> SqliteStore:
    file_store.insert_documents([doc(0), doc(1)])
    file_store.add_units(SUGG, [entity("doc-000", 0, 13), entity("doc-000", 37, 42, "GPE"), event("doc-000")])
    add(file_store, entity("doc-001", 0, 13, state="added"))
    add(file_store, quote("doc-001", state="added"))
    return file_store


def test_a_schema_that_keeps_every_label_in_use_is_stored(store: SqliteStore) -> None:
    assert store.set_schema(_schema(drop_labels=("LAW",))) == 2
    assert store.schema().version == 2
    assert "LAW" not in store.schema().entity_label_names


def test_dropping_labels_in_use_is_refused_and_nothing_changes(store: SqliteStore) -> None:
    with pytest.raises(OrphanError) as info:
        store.set_schema(_schema(drop_labels=("PERSON",), drop_types=("Justice.Arrest-Jail",)))
    assert info.value.orphans == {("entity", "PERSON"): 2, ("event", "Justice.Arrest-Jail"): 1}
    assert "--map" in str(info.value) and "'PERSON' (2)" in str(info.value)
    assert isinstance(info.value, UserError)
    assert store.schema().version == 1
    assert store.label_usage()[("entity", "PERSON")] == 2


def test_mapping_relabels_units_in_every_layer(store: SqliteStore) -> None:
    labels = [{"name": "PER"}] + [e for e in default_schema().model_dump()["entity_labels"] if e["name"] != "PERSON"]
    new = _schema(drop_labels=("PERSON",), entity_labels=labels)
    assert store.set_schema(new, {"PERSON": "PER"}) == 2
    assert [u.body.label for u in store.units("doc-000", SUGG) if u.kind == "entity"] == ["PER", "GPE"]
    assert [u.body.label for u in store.units("doc-001", "annotator:ann") if u.kind == "entity"] == ["PER"]
    assert ("entity", "PERSON") not in store.label_usage()
    assert store.label_usage()[("entity", "PER")] == 2


def test_mapping_to_nothing_deletes_those_units(store: SqliteStore) -> None:
    store.set_schema(_schema(drop_types=("Justice.Arrest-Jail",)), {"Justice.Arrest-Jail": ""})
    assert [u.kind for u in store.units("doc-000", SUGG)] == ["entity", "entity"]


def test_mapping_onto_a_label_the_new_schema_lacks_is_refused(store: SqliteStore) -> None:
    with pytest.raises(UserError, match="--map PERSON=PER: the new schema has no entity label 'PER'"):
        store.set_schema(_schema(drop_labels=("PERSON",)), {"PERSON": "PER"})
    assert store.schema().version == 1
    assert store.units("doc-001", "annotator:ann")[0].body.label == "PERSON"


def test_event_roles_are_checked_under_the_mapped_type(store: SqliteStore) -> None:
    """Mapping Justice.Arrest-Jail onto a type without a Place role would orphan the Place argument."""
    types = default_schema().model_dump()["event_types"]
    types.append({"name": "Justice.Detain", "roles": ["Agent", "Person"], "required": []})
    new = _schema(
        drop_types=("Justice.Arrest-Jail",), event_types=[t for t in types if t["name"] != "Justice.Arrest-Jail"]
    )
    with pytest.raises(OrphanError) as info:
        store.set_schema(new, {"Justice.Arrest-Jail": "Justice.Detain"})
    assert info.value.orphans == {("role", "Justice.Arrest-Jail:Place"): 1}
    store.set_schema(new, {"Justice.Arrest-Jail": "Justice.Detain", "Justice.Arrest-Jail:Place": ""})
    (ev,) = [u for u in store.units("doc-000", SUGG) if u.kind == "event"]
    assert ev.body.type == "Justice.Detain" and set(ev.body.arguments) == {"Agent"}


def test_dropping_a_role_in_use_is_refused_unless_mapped(store: SqliteStore) -> None:
    types = default_schema().model_dump()["event_types"]
    for t in types:
        if t["name"] == "Justice.Arrest-Jail":
            t["roles"] = ["Agent", "Person", "Time", "Location"]
    new = _schema(event_types=types)
    with pytest.raises(OrphanError) as info:
        store.set_schema(new)
    assert info.value.orphans == {("role", "Justice.Arrest-Jail:Place"): 1}
    store.set_schema(new, {"Justice.Arrest-Jail:Place": "Location"})
    (ev,) = [u for u in store.units("doc-000", SUGG) if u.kind == "event"]
    assert set(ev.body.arguments) == {"Agent", "Location"}


def test_an_invalid_schema_is_never_stored(store: SqliteStore) -> None:
    """Regression: a model_copy bypasses validation; storing it made the corpus unopenable."""
    broken = default_schema().model_copy(update={"entity_labels": default_schema().entity_labels[:2]})
    with pytest.raises(ValueError, match="model_labels map onto labels not in the schema"):
        store.set_schema(broken)
    assert store.schema().version == 1


def _entities(store: SqliteStore, doc_id: str = "doc-001") -> list[str]:
    return [u.body.label for u in store.units(doc_id, "annotator:ann") if u.kind == "entity"]


def test_undo_and_redo_never_bring_back_a_label_the_mapping_deleted(store: SqliteStore) -> None:
    """doc-001's PERSON was added (logged); PERSON= deletes it; neither undo nor redo restores it."""
    deleted = store.units("doc-001", "annotator:ann")[0]
    store.undo("doc-001", "ann")  # undo the quote's add, so the entity's add is next on the stack
    store.redo("doc-001", "ann")
    store.set_schema(_schema(drop_labels=("PERSON",)), {"PERSON": ""})
    assert _entities(store) == []
    for step in (store.undo, store.redo, store.undo, store.undo, store.redo, store.redo):
        step("doc-001", "ann")
        assert "PERSON" not in _entities(store)
        assert all(u.id != deleted.id for u in store.units("doc-001", "annotator:ann") if u.kind == "entity")
    assert ("entity", "PERSON") not in store.label_usage()


def test_undo_after_a_rename_restores_the_new_label(store: SqliteStore) -> None:
    labels = [{"name": "PER"}] + [e for e in default_schema().model_dump()["entity_labels"] if e["name"] != "PERSON"]
    store.set_schema(_schema(drop_labels=("PERSON",), entity_labels=labels), {"PERSON": "PER"})
    store.undo("doc-001", "ann")  # the quote
    store.undo("doc-001", "ann")  # the entity: gone
    assert _entities(store) == []
    store.redo("doc-001", "ann")
    assert _entities(store) == ["PER"]
