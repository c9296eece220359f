"""The guideline cards' examples (`label_examples`) read on both backends: PostgreSQL 15 refused
the unnamed subquery, and the review's document screen failed on it for a third user (tried in tmux)."""

from __future__ import annotations

from store_helpers import add, entity

from annotator.core.models import Document


def test_label_examples_come_from_settled_units_on_both_backends(file_store) -> None:
    store = file_store
    store.insert_documents([Document(id="d1", text="Angela Merkel met Emmanuel Macron.")])
    add(store, entity("d1", 0, 13, state="added"))
    found = store.label_examples("entity")
    assert [(e.doc_id, e.label, e.start, e.end) for e in found["PERSON"]] == [("d1", "PERSON", 0, 13)]
    assert found["PERSON"][0].text == "Angela Merkel"
