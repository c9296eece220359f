"""SQLite's lock, full-disk and read-only errors leave the store as one-line StoreWriteErrors.

Each is a real SQLite condition (another connection's lock, `max_page_count`, `query_only`),
and after each the connection is out of its transaction and writes again once the cause is gone.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from annotator.core.models import Document
from annotator.store import SqliteStore, StoreBusy, StoreWriteError, open_store


@pytest.fixture
def store(db_path: Path) -> SqliteStore:
    s = open_store(db_path)
    s.insert_documents([Document(id="d1", text="A short article.")])
    yield s
    s.close()


def test_a_full_database_is_one_line_and_changes_nothing(store: SqliteStore) -> None:
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StoreWriteError) as caught:
        store.insert_documents([Document(id="big", text="news " * 100_000)])
    assert str(caught.value) == "not saved: the disk is full (or the database reached its size limit)"
    assert not store.conn.in_transaction and store.count_documents() == 1
    with pytest.raises(StoreWriteError):  # inside a nested write too: the real error, not "no such savepoint"
        with store.transaction():
            store.insert_documents([Document(id="big", text="news " * 100_000)])
    store.conn.execute("PRAGMA max_page_count = 1073741823")
    store.insert_documents([Document(id="big", text="news " * 100_000)])
    assert store.count_documents() == 2


def test_a_read_only_database_is_one_line(store: SqliteStore) -> None:
    store.conn.execute("PRAGMA query_only = ON")
    with pytest.raises(StoreWriteError, match="^not saved: the database is read-only$"):
        store.set_status("d1", "ann", "done")
    store.conn.execute("PRAGMA query_only = OFF")
    assert store.set_status("d1", "ann", "done").status == "done"


def test_patience_bounds_the_wait_for_another_connections_lock(store: SqliteStore, db_path: Path) -> None:
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreBusy, match="another process is writing"):
            with store.patience(0.05):
                store.set_status("d1", "ann", "done")
    finally:
        other.execute("COMMIT")
        other.close()
    assert store.conn.execute("PRAGMA busy_timeout").fetchone()[0] == 30_000  # restored
    assert store.set_status("d1", "ann", "done").status == "done"
