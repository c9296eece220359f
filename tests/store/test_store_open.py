"""Opening a store: connection settings, concurrent first opens, refusals, transactions."""

from __future__ import annotations

import multiprocessing
import sqlite3
import threading
from pathlib import Path

import pytest
from store_helpers import doc, entity

from annotator.cli.common import open_db
from annotator.config import Settings
from annotator.core.schema import LabelSchema, default_schema
from annotator.errors import UserError
from annotator.store import LATEST, SqliteStore, open_store


def _pragmas(conn: sqlite3.Connection) -> tuple[str, int, int]:
    mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    sync = conn.execute("PRAGMA synchronous").fetchone()[0]
    fks = conn.execute("PRAGMA foreign_keys").fetchone()[0]
    return mode, sync, fks


def test_every_connection_is_wal_full_sync_with_foreign_keys(file_store: SqliteStore) -> None:
    assert _pragmas(file_store.conn) == ("wal", 2, 1)  # synchronous 2 = FULL
    other = file_store.reopen()
    try:
        assert other.conn is not file_store.conn
        assert _pragmas(other.conn) == ("wal", 2, 1)
    finally:
        other.close()


def test_a_worker_thread_uses_its_own_connection(file_store: SqliteStore) -> None:
    file_store.insert_documents([doc(1)])
    seen: dict[str, object] = {}

    def worker() -> None:
        with pytest.raises(sqlite3.ProgrammingError):
            file_store.count_documents()  # the opener's connection belongs to its thread
        mine = file_store.reopen()
        try:
            seen["pragmas"] = _pragmas(mine.conn)
            mine.insert_documents([doc(2)])
            seen["count"] = mine.count_documents()
        finally:
            mine.close()

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert seen == {"pragmas": ("wal", 2, 1), "count": 2}
    assert file_store.count_documents() == 2


def _open_at_once(path: str, barrier: multiprocessing.synchronize.Barrier, errors: multiprocessing.Queue) -> None:
    barrier.wait()
    try:
        open_store(path).close()
        errors.put("")
    except Exception as exc:  # noqa: BLE001 - the test reports whatever reached the caller
        errors.put(f"{type(exc).__name__}: {exc}")


OPENERS = 8  # processes racing to create and migrate one new file


def test_processes_opening_a_new_file_at_once_all_succeed(tmp_path: Path) -> None:
    """Before the fix, 18 of 20 such races failed: 'table documents already exists' or 'locked'."""
    ctx = multiprocessing.get_context("fork")
    for trial in range(3):
        path = str(tmp_path / f"new{trial}.db")
        barrier, errors = ctx.Barrier(OPENERS), ctx.Queue()
        procs = [ctx.Process(target=_open_at_once, args=(path, barrier, errors)) for _ in range(OPENERS)]
        for p in procs:
            p.start()
        results = [errors.get(timeout=60) for _ in procs]
        for p in procs:
            p.join()
        assert results == [""] * OPENERS
        conn = sqlite3.connect(path)
        assert conn.execute("SELECT count(*) FROM label_schemas").fetchone()[0] == 1
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
        conn.close()


def test_newer_database_is_refused_with_a_clear_message(db_path: Path) -> None:
    open_store(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.close()
    with pytest.raises(UserError) as info:
        open_db(Settings(db=str(db_path)))
    message = str(info.value)
    assert str(db_path) in message
    assert f"schema version {LATEST + 1}" in message
    assert f"supports up to {LATEST}" in message
    assert "upgrade annotator" in message


def test_a_file_that_is_not_a_database_is_a_user_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("these are my notes, not a database\n" * 200)
    with pytest.raises(UserError) as info:
        open_db(Settings(db=str(path)))
    assert str(path) in str(info.value)
    assert "not an annotator database" in str(info.value)
    assert path.read_text().startswith("these are my notes")


def test_missing_database_with_must_exist_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="no such database"):
        open_db(Settings(db=str(tmp_path / "absent.db")), must_exist=True)


def test_nested_transaction_failure_is_undone_alone(file_store: SqliteStore) -> None:
    """A nested call that fails is rolled back to its savepoint; the outer work commits."""
    with file_store.transaction():
        file_store.insert_documents([doc(1)])
        with pytest.raises(RuntimeError):
            with file_store.transaction():
                file_store.insert_documents([doc(2)])
                raise RuntimeError("the importer's second file is bad")
        file_store.insert_documents([doc(3)])
    assert not file_store.conn.in_transaction
    assert [d.id for d in file_store.documents()] == ["doc-001", "doc-003"]


def test_outer_failure_rolls_back_everything(file_store: SqliteStore) -> None:
    with pytest.raises(KeyError):
        with file_store.transaction():
            file_store.insert_documents([doc(1)])
            with file_store.transaction():
                file_store.insert_documents([doc(2)])
            raise KeyError("boom")
    assert not file_store.conn.in_transaction
    assert file_store.count_documents() == 0
    file_store.insert_documents([doc(4)])  # the connection is usable after the rollback
    assert file_store.count_documents() == 1


def _three_labels() -> LabelSchema:
    data = default_schema().model_dump()
    data["entity_labels"] = data["entity_labels"][:3]
    data["model_labels"] = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE"}
    return LabelSchema.model_validate(data)


def test_schema_loaded_by_another_connection_is_seen(file_store: SqliteStore) -> None:
    assert file_store.schema().version == 1
    other = file_store.reopen()
    try:
        smaller = _three_labels()
        assert other.set_schema(smaller) == 2
    finally:
        other.close()
    assert file_store.schema().version == 2
    assert file_store.schema().entity_label_names == ["PERSON", "ORG", "GPE"]


def test_a_layer_created_in_a_rolled_back_transaction_is_forgotten(file_store: SqliteStore) -> None:
    """The store caches layers by name; a rollback must not leave a cached layer without its row."""
    file_store.insert_documents([doc(1)])
    with pytest.raises(RuntimeError):
        with file_store.transaction():
            file_store.ensure_layer("suggestions:m@1", "suggestions", "m", "1")
            raise RuntimeError("abandon the import")
    assert file_store.layer("suggestions:m@1") is None
    (uid,) = file_store.add_units("suggestions:m@1", [entity("doc-001", 0, 13)])
    assert file_store.unit_layer(uid) == "suggestions:m@1"


def test_a_database_in_a_missing_folder_is_a_user_error(tmp_path: Path) -> None:
    path = tmp_path / "no-such-folder" / "corpus.db"
    with pytest.raises(UserError) as info:
        open_db(Settings(db=str(path)))
    assert str(path) in str(info.value) and "cannot open or create" in str(info.value)
    assert not path.parent.exists()
