"""Foreign keys are enforced, and removing a document takes everything hanging off it along.

No command removes documents yet; this is the contract such a command (or a hand-made
DELETE) relies on. The counters follow a cascaded delete through a trigger (migration 5).
"""

from __future__ import annotations

import sqlite3

import pytest
from store_helpers import add, doc, entity

from annotator.store import GOLD, SqliteStore

SUGG = "suggestions:m@1"
# What each engine raises for a broken foreign key (the store passes it on: a bug, not a user's error).
try:
    import psycopg

    BROKEN_KEY: tuple[type[Exception], ...] = (sqlite3.IntegrityError, psycopg.errors.ForeignKeyViolation)
except ModuleNotFoundError:
    BROKEN_KEY = (sqlite3.IntegrityError,)


@pytest.fixture
def store(file_store: SqliteStore) -> SqliteStore:
    s = file_store
    s.insert_documents([doc(0, title="Zanzibar summit"), doc(1, title="Floods")])
    for d in ("doc-000", "doc-001"):
        s.add_units(SUGG, [entity(d, 0, 13)])
        s.add_units(GOLD, [entity(d, 0, 13)])
        add(s, entity(d, 0, 13, state="accepted"))
        s.set_status(d, "bob", "done", note="fine")
    s.mark_layer_done(SUGG, ["doc-000", "doc-001"])
    s.assign([("doc-000", "ann"), ("doc-001", "ann")])
    s.set_focus("doc-000", "ann", None)
    return s


def _remove(store: SqliteStore, doc_id: str) -> None:
    with store.transaction():
        store.conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))


def test_removing_a_document_cascades_and_keeps_counters_right(store: SqliteStore) -> None:
    assert store.status_counts() == {"ann": {"in_progress": 2}, "bob": {"done": 2}}
    assert [r.id for r in store.queue("ann", query="Zanzibar")] == ["doc-000"]
    _remove(store, "doc-000")
    for layer in (SUGG, GOLD, "annotator:ann"):
        assert store.units("doc-000", layer) == [] and len(store.units("doc-001", layer)) == 1
    assert store.decisions("doc-000") == [] and len(store.decisions("doc-001")) == 2
    assert store.state("doc-000", "bob").status == "todo"
    assert store.status_counts() == {"ann": {"in_progress": 1}, "bob": {"done": 1}}
    assert list(store.docs_missing_layer(SUGG)) == []
    assert store.assignments() == [("doc-001", "ann")]
    assert store.cursor("ann") == (None, None)
    assert [r.id for r in store.queue("ann", query="Zanzibar")] == []
    if isinstance(store.conn, sqlite3.Connection):  # PostgreSQL checks every key as it is written
        assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_foreign_keys_are_enforced(store: SqliteStore) -> None:
    with pytest.raises(BROKEN_KEY, match="(?i)foreign key"):
        store.add_units(SUGG, [entity("no-such-doc", 0, 13)])
    with pytest.raises(BROKEN_KEY, match="(?i)foreign key"):
        store.assign([("no-such-doc", "ann")])
    with pytest.raises(BROKEN_KEY, match="(?i)foreign key"):
        with store.transaction():  # a layer that still has units cannot go
            store.conn.execute("DELETE FROM layers WHERE name = ?", (SUGG,))
    assert len(store.units("doc-000", SUGG)) == 1
    assert not store.dialect.in_transaction(store.conn)
