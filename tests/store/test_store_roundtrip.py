"""What goes into the store comes back unchanged: documents, units of every kind in every layer."""

from __future__ import annotations

from datetime import date

import pytest
from store_helpers import TEXT, accept, add, boilerplate, doc, dump, entity, event, quote

from annotator.core.models import Document, Unit
from annotator.store import GOLD, Layer, SqliteStore, UnknownDocumentError

SUGG = "suggestions:en_core_web_sm@3.8.0"


def _every_kind(doc_id: str, **kw: object) -> list[Unit]:
    return [entity(doc_id, 0, 13, **kw), quote(doc_id, **kw), event(doc_id, **kw), boilerplate(doc_id, **kw)]


def test_documents_round_trip_with_every_field(file_store: SqliteStore) -> None:
    full = Document(
        id="dw-1",
        title="Café Zoë reopens 🎉",
        text=TEXT,
        outlet="DW",
        url="https://example.org/a",
        published=date(2024, 5, 17),
        meta={"section": "Berlin", "tags": ["food", "city"], "n": 3},
        story_key="cafe-zoe",
    )
    result = file_store.insert_documents([full, doc(2)])
    assert result.inserted == ["dw-1", "doc-002"] and result.duplicates == []
    back = file_store.document("dw-1")
    assert back.model_dump() == full.model_dump()
    assert back.text[134:142] == "Café Zoë"  # offsets are code points into the text exactly as given
    assert file_store.has_document("dw-1") and not file_store.has_document("nope")
    assert file_store.find_by_hash(full.content_hash) == "dw-1"
    assert file_store.count_documents() == 2
    with pytest.raises(UnknownDocumentError):
        file_store.document("nope")


def test_duplicate_ids_and_texts_are_skipped_and_reported(file_store: SqliteStore) -> None:
    file_store.insert_documents([doc(1)])
    same_text = Document(id="other-id", text=doc(1).text)
    same_id = Document(id="doc-001", text="a different text")
    result = file_store.insert_documents([same_text, same_id, doc(2), doc(2)])
    assert result.inserted == ["doc-002"]
    assert result.duplicates == ["other-id", "doc-001", "doc-002"]
    assert file_store.count_documents() == 2


def test_documents_page_in_import_order(file_store: SqliteStore) -> None:
    file_store.insert_documents([doc(i) for i in range(7)])
    first = file_store.documents(limit=3)
    assert [d.id for d in first] == ["doc-000", "doc-001", "doc-002"]
    seq = file_store.doc_seq("doc-002")
    assert [d.id for d in file_store.documents(after_seq=seq, limit=10)] == [f"doc-{i:03d}" for i in range(3, 7)]


@pytest.mark.parametrize("layer", [SUGG, GOLD, Layer.annotator_name("ann")])
def test_units_of_every_kind_round_trip_in_every_layer_kind(sample: SqliteStore, layer: str) -> None:
    units = _every_kind("doc-001", state="suggested", source="ner", score=0.87, provenance={"model": "x", "k": [1, 2]})
    ids = sample.add_units(layer, units)
    assert len(set(ids)) == 4
    back = sample.units("doc-001", layer)
    assert [u.id for u in back] == ids  # text order: entity 0, quote 55, event 90, boilerplate 118
    for stored, original in zip(back, units, strict=True):
        assert dump(stored) == {**dump(original), "id": stored.id}
        assert sample.unit(stored.id) is not None and dump(sample.unit(stored.id)) == dump(stored)
        assert sample.unit_layer(stored.id) == layer
    assert sample.units("doc-002", layer) == []  # kept per document
    assert sample.layer(layer) is not None and sample.layer(layer).kind == layer.split(":")[0]


def test_layers_are_kept_apart(sample: SqliteStore) -> None:
    sample.add_units(SUGG, [entity("doc-001", 0, 13)])
    sample.add_units(GOLD, [entity("doc-001", 18, 33)])
    add(sample, entity("doc-001", 37, 42, "GPE", state="added"), annotator="ann")
    add(sample, entity("doc-001", 0, 6, state="added"), annotator="bob")
    assert [u.span.start for u in sample.units("doc-001", SUGG)] == [0]
    assert [u.span.start for u in sample.units("doc-001", GOLD)] == [18]
    assert [u.span.start for u in sample.units("doc-001", "annotator:ann")] == [37]
    assert [u.span.start for u in sample.units("doc-001", "annotator:bob")] == [0]
    assert sample.units("doc-001", "annotator:nobody") == []
    kinds = {layer.name: layer.kind for layer in sample.layers()}
    assert kinds == {SUGG: "suggestions", GOLD: "gold", "annotator:ann": "annotator", "annotator:bob": "annotator"}
    (sugg,) = sample.layers("suggestions")
    assert (sugg.model, sugg.model_version) == ("en_core_web_sm", "3.8.0")
    assert sample.annotators() == ["ann", "bob"]


def test_unknown_layer_names_are_refused(sample: SqliteStore) -> None:
    with pytest.raises(ValueError, match="unknown layer name"):
        sample.add_units("mine", [entity("doc-001", 0, 13)])


def test_replace_units_swaps_one_documents_layer_only(sample: SqliteStore) -> None:
    sample.add_units(SUGG, [entity("doc-001", 0, 13), entity("doc-002", 0, 13)])
    sample.replace_units("doc-001", SUGG, [entity("doc-001", 18, 33, "PERSON"), entity("doc-001", 37, 42, "GPE")])
    assert [(u.span.start, u.body.label) for u in sample.units("doc-001", SUGG)] == [(18, "PERSON"), (37, "GPE")]
    assert len(sample.units("doc-002", SUGG)) == 1


def test_layer_done_marks_and_latest_suggestions(sample: SqliteStore) -> None:
    old, new = "suggestions:m@1", "suggestions:m@2"
    sample.mark_layer_done(old, ["doc-000", "doc-001"])
    assert list(sample.docs_missing_layer(old)) == ["doc-002", "doc-003", "doc-004"]
    assert list(sample.docs_missing_layer("suggestions:never@0")) == [f"doc-{i:03d}" for i in range(5)]
    sample.mark_layer_done(new, ["doc-001"])
    assert sample.latest_suggestions_layer() == new
    assert sample.latest_suggestions_layer("doc-001") == new
    assert sample.latest_suggestions_layer("doc-000") == old
    assert sample.latest_suggestions_layer("doc-004") is None


def test_label_usage_counts_every_layer_and_event_roles(sample: SqliteStore) -> None:
    sample.add_units(SUGG, _every_kind("doc-001") + [entity("doc-002", 0, 13)])
    add(sample, entity("doc-001", 37, 42, "GPE", state="added"))
    assert sample.label_usage() == {
        ("entity", "PERSON"): 2,
        ("entity", "GPE"): 1,
        ("quote", "direct"): 1,
        ("event", "Justice.Arrest-Jail"): 1,
        ("role", "Justice.Arrest-Jail:Agent"): 1,
        ("role", "Justice.Arrest-Jail:Place"): 1,
    }


def test_suggestion_outcomes_count_what_editors_did(sample: SqliteStore) -> None:
    ids = sample.add_units(SUGG, [entity("doc-001", 0, 13), entity("doc-001", 37, 42, "GPE")])
    per, gpe = sample.units("doc-001", SUGG)
    assert [per.id, gpe.id] == ids
    accept(sample, per)
    add(sample, gpe.model_copy(update={"id": None, "state": "rejected", "origin_id": gpe.id}), action="reject")
    assert sample.suggestion_outcomes() == {"PERSON": {"accepted": 1}, "GPE": {"rejected": 1}}


@pytest.fixture
def sample(file_store: SqliteStore) -> SqliteStore:
    file_store.insert_documents([doc(i) for i in range(5)])
    return file_store


def test_units_come_in_text_order_longer_first_then_by_id(sample: SqliteStore) -> None:
    layer = Layer.annotator_name("ann")
    ids = sample.add_units(
        layer,
        [
            entity("doc-001", 18, 33),
            entity("doc-001", 0, 6),
            entity("doc-001", 0, 13),
            entity("doc-001", 0, 6, "ORG"),
            entity("doc-001", 7, 13),
        ],
    )
    got = [(u.span.start, u.span.end, u.id) for u in sample.units("doc-001", layer)]
    assert got == [(0, 13, ids[2]), (0, 6, ids[1]), (0, 6, ids[3]), (7, 13, ids[4]), (18, 33, ids[0])]


def test_replace_unit_rows_keeps_the_ids_of_identical_units(sample: SqliteStore) -> None:
    """A re-run that makes the same unit keeps its row; one it no longer makes is deleted."""

    def row(start: int, end: int, label: str, score: float) -> tuple:
        body = entity("doc-001", start, end, label).body.model_dump_json()
        return ("doc-001", "entity", start, end, label, body, "suggested", "ner", score, "{}")

    sample.replace_unit_rows(SUGG, ["doc-001"], [row(18, 33, "PERSON", 0.5), row(37, 43, "GPE", 0.5)])
    first = {(u.span.start, u.body.label): u.id for u in sample.units("doc-001", SUGG)}
    inserted = sample.replace_unit_rows(SUGG, ["doc-001"], [row(18, 33, "PERSON", 0.9), row(37, 43, "ORG", 0.9)])
    after = {(u.span.start, u.body.label): u for u in sample.units("doc-001", SUGG)}
    assert inserted == 1
    assert set(after) == {(18, "PERSON"), (37, "ORG")}
    assert after[(18, "PERSON")].id == first[(18, "PERSON")] and after[(18, "PERSON")].score == 0.9
    assert after[(37, "ORG")].id not in first.values()
