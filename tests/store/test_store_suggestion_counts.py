"""Each document's count of a model's suggestions is kept where the model marks it seen (migration
"suggestion counts kept per document"), so a queue page reads no units. Both backends: the count
an older corpus upgrades to, and the count kept through every write that changes a suggestion."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from store_helpers import OldCorpus, corpus_before, doc, entity, event

from annotator.core.schema import LabelSchema, default_schema

NAME = "suggestion counts kept per document"
SUGG, NEWER = "suggestions:m@1", "suggestions:m@2"


def _counts(store: Any, annotator: str = "ann") -> dict[str, tuple[bool, int]]:
    """What the queue says of each document: (a model has seen it, its suggestions)."""
    return {r.id: (r.suggested, r.suggestions) for r in store.queue(annotator, limit=50)}


def test_counts_follow_suggest_redo_and_a_schema_that_drops_a_label(file_store: Any) -> None:
    store = file_store
    store.insert_documents([doc(0), doc(1), doc(2)])
    store.add_units(SUGG, [entity("doc-000", 0, 13), entity("doc-000", 37, 42, "GPE"), event("doc-000")])
    assert _counts(store)["doc-000"] == (False, 0)  # units, but no model has marked it done
    store.mark_layer_done(SUGG, ["doc-000", "doc-001"])
    assert _counts(store) == {"doc-000": (True, 3), "doc-001": (True, 0), "doc-002": (False, 0)}
    store.add_units(NEWER, [entity("doc-001", 0, 13)])
    store.mark_layer_done(NEWER, ["doc-001"])  # a newer model: the counts of both add up
    assert _counts(store)["doc-001"] == (True, 1)
    store.replace_units("doc-000", SUGG, [entity("doc-000", 0, 13)])  # suggest --redo of one article
    assert _counts(store)["doc-000"] == (True, 1)
    store.add_units(SUGG, [entity("doc-000", 37, 42, "GPE"), event("doc-000")])
    store.refresh_doubt(SUGG, ["doc-000"])  # scores or units changed another way: recount
    assert _counts(store)["doc-000"] == (True, 3)
    data = default_schema().model_dump()
    data["event_types"] = [t for t in data["event_types"] if t["name"] != "Justice.Arrest-Jail"]
    store.set_schema(LabelSchema.model_validate(data), {"Justice.Arrest-Jail": ""})  # deletes the event
    assert _counts(store)["doc-000"] == (True, 2)
    assert _counts(store, "bob") == _counts(store)  # a model's count, whoever reads the queue


@pytest.fixture(params=["sqlite", "postgres"])
def old_corpus(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[OldCorpus]:
    """A database at the version before the migration, and the way to open it with the store."""
    yield from corpus_before(NAME, request, tmp_path)


def test_an_older_corpus_upgrades_to_the_counts_it_held(old_corpus: tuple[Any, Callable[[], Any]]) -> None:
    conn, reopen = old_corpus
    for i in range(3):
        conn.execute(
            "INSERT INTO documents(id, title, text, content_hash, created_at) VALUES (?, '', ?, ?, 'x')",
            (f"o{i}", f"Old text {i}.", f"h{i}"),
        )
    conn.execute(
        "INSERT INTO layers(id, name, kind, model, model_version, created_at) VALUES (1, ?, 'suggestions', 'm', '1', 'x')",
        (SUGG,),
    )
    conn.execute("INSERT INTO layers(id, name, kind, created_at) VALUES (2, 'annotator:ann', 'annotator', 'x')")
    units = [
        ("o0", 1, "entity"),
        ("o0", 1, "entity"),
        ("o0", 1, "boilerplate"),
        ("o1", 2, "entity"),
        ("o2", 1, "entity"),
    ]
    for doc_id, layer_id, kind in units:
        conn.execute(
            'INSERT INTO units(doc_id, layer_id, kind, start, "end", label, body, state)'
            " VALUES (?, ?, ?, 0, 3, 'PERSON', '{}', 'suggested')",
            (doc_id, layer_id, kind),
        )
    conn.execute("INSERT INTO layer_docs(layer_id, doc_id, done_at) VALUES (1, 'o0', 'x'), (1, 'o1', 'x')")
    conn.execute("INSERT INTO layer_docs(layer_id, doc_id, done_at) VALUES (2, 'o1', 'x')")  # an editor's layer
    store = reopen()
    try:
        # boilerplate is furniture, not a suggestion; o2's unit was never marked done (not yet)
        assert _counts(store) == {"o0": (True, 2), "o1": (True, 0), "o2": (False, 0)}
        kept = dict(store.conn.execute("SELECT layer_id, suggestions FROM layer_docs WHERE doc_id = 'o1'").fetchall())
        assert kept == {1: 0, 2: 0}  # an editor's layer keeps no count
    finally:
        store.close()
