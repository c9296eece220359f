"""Opening what is not a healthy annotator database: damaged, someone else's, version reset,
read-only; and a full database. Each is a clear UserError and the file is left as it was."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from store_helpers import doc, entity

from annotator.core.errors import UserError
from annotator.core.models import Document
from annotator.store import LATEST, StoreWriteError, open_store

MALFORMED = "database disk image is malformed"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _corpus(path: Path, n: int = 40) -> Path:
    store = open_store(path)
    store.insert_documents([doc(i, text="Moscow answered the sanctions. " * 40) for i in range(n)])
    store.close()  # the WAL is merged into the file on close
    return path


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _scribble(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[100:4000] = b"\xff" * 3900  # the first page's b-tree, past the 100-byte header
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", [_truncate, _scribble], ids=["truncated", "scribbled"])
def test_a_damaged_file_says_so_and_points_at_the_backups(tmp_path: Path, damage: object) -> None:
    path = _corpus(tmp_path / "corpus.db")
    backup = tmp_path / "corpus.db.v3-20260101T000000.bak"
    backup.write_bytes(path.read_bytes())
    damage(path)  # type: ignore[operator]
    before = _digest(path)
    with pytest.raises(UserError) as info:
        store = open_store(path)
        store.count_documents(), store.documents()  # a truncation may only show on reading
    message = str(info.value)
    assert message.startswith(f"{path}: the database file is damaged (SQLite says: {MALFORMED})")
    assert str(backup) in message and "copy one over it" in message
    assert _digest(path) == before


def test_a_damaged_file_without_backups_says_there_are_none(tmp_path: Path) -> None:
    path = _corpus(tmp_path / "corpus.db")
    _scribble(path)
    with pytest.raises(UserError, match="No backup taken by an upgrade lies beside it"):
        open_store(path)


@pytest.mark.parametrize("version", [0, -3])
def test_our_tables_with_user_version_reset_are_refused_unchanged(tmp_path: Path, version: int) -> None:
    path = _corpus(tmp_path / "corpus.db")
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.close()
    before = _digest(path)
    with pytest.raises(UserError) as info:
        open_store(path)
    assert f"its schema version (PRAGMA user_version) is {version}" in str(info.value)
    assert str(path) in str(info.value)
    assert _digest(path) == before


@pytest.mark.parametrize("version", [0, 7])
def test_another_applications_database_is_refused_byte_for_byte(tmp_path: Path, version: int) -> None:
    path = tmp_path / "places.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("INSERT INTO moz_places(url) VALUES ('https://example.org')")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(UserError, match="not an annotator database \\(it holds other tables: moz_places\\)"):
        open_store(path)
    assert _digest(path) == before  # not even switched to WAL
    assert sorted(p.name for p in tmp_path.iterdir()) == ["places.sqlite"]


def test_an_empty_file_is_still_set_up(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    path.touch()
    store = open_store(path)
    assert store.count_documents() == 0
    store.close()


def test_read_only_store_reads_and_refuses_writes(tmp_path: Path) -> None:
    path = _corpus(tmp_path / "corpus.db", 3)
    before = _digest(path)
    store = open_store(path, read_only=True)
    try:
        assert store.count_documents() == 3 and store.schema().entity_label_names[0] == "PERSON"
        assert [row.id for row in store.queue("ann", limit=10)] == ["doc-000", "doc-001", "doc-002"]
        store.set_focus("doc-000", "ann", None)  # the resume point is skipped, not an error
        with pytest.raises(UserError, match="opened read-only"):
            store.insert_documents([doc(9)])
        with pytest.raises(UserError, match="read-only"):
            store.add_units("annotator:ann", [entity("doc-000", 0, 6)])
    finally:
        store.close()
    assert _digest(path) == before


def test_read_only_refuses_a_database_that_needs_an_upgrade(tmp_path: Path) -> None:
    path = _corpus(tmp_path / "corpus.db", 1)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST - 1}")
    conn.close()
    with pytest.raises(UserError, match=f"schema version is {LATEST - 1} where this annotator needs {LATEST}"):
        open_store(path, read_only=True)


def test_a_full_database_raises_the_real_error_and_keeps_what_was_committed(tmp_path: Path) -> None:
    """SQLite's own size limit (max_page_count) makes the disk full for this connection."""
    store = open_store(tmp_path / "corpus.db")
    store.insert_documents([doc(0)])
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages + 5}")
    big = [Document(id=f"big-{i}", text=f"{i} " + "sanctions " * 2000) for i in range(40)]
    with pytest.raises((sqlite3.OperationalError, StoreWriteError), match="disk is full"):
        with store.transaction():  # an importer's file-wide transaction, a nested call inside
            store.insert_documents(big)
    assert not store.conn.in_transaction
    assert store.count_documents() == 1
    store.close()


def test_a_transaction_sqlite_rolled_back_itself_keeps_the_real_error(tmp_path: Path) -> None:
    """On a full disk SQLite may roll the whole transaction back: the savepoint is gone, and
    undoing to it used to raise "no such savepoint: nested_1" over the error that mattered."""
    store = open_store(tmp_path / "corpus.db")
    with pytest.raises((sqlite3.OperationalError, StoreWriteError), match="disk is full"):
        with store.transaction():
            store.insert_documents([doc(0)])
            with store.transaction():
                store.conn.execute("ROLLBACK")  # what SQLite does on SQLITE_FULL mid-commit
                raise sqlite3.OperationalError("database or disk is full")
    assert not store.conn.in_transaction
    store.insert_documents([doc(1)])  # the connection is usable after it
    assert store.count_documents() == 1
    store.close()


def test_a_nul_in_the_text_does_not_cut_its_length(tmp_path: Path) -> None:
    store = open_store(tmp_path / "corpus.db")
    text = "Moscow\x00 answered the sanctions: é."
    store.insert_documents([Document(id="nul", text=text), doc(1)])
    lengths = {row.id: row.length for row in store.queue("ann", limit=10)}
    assert lengths == {"nul": len(text), "doc-001": len(doc(1).text)}
    store.close()


def test_an_old_database_with_a_nul_text_gets_its_length_on_upgrade(tmp_path: Path) -> None:
    from annotator.store.migrations import MIGRATIONS, migrate
    from annotator.store.sqlite import connect

    mine = next(m for m in MIGRATIONS if m.name == "lengths of texts holding NUL")
    path = tmp_path / "old.db"
    conn = connect(path)
    migrate(conn, path, target=mine.version - 1)
    text = "Moscow\x00 answered."
    conn.execute(
        "INSERT INTO documents(id, title, text, content_hash, created_at) VALUES ('nul', '', ?, 'h', 'now')", (text,)
    )
    conn.close()
    store = open_store(path)
    assert [row.length for row in store.queue("ann", limit=5)] == [len(text)]
    store.close()
