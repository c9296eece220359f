"""PostgreSQL's side of the store's seam: its errors in a user's words, duplicates, search."""

from __future__ import annotations

import pytest

pytest.importorskip("psycopg")

from annotator.store.base import StoreBusy, StoreWriteError  # noqa: E402
from annotator.store.pg_conn import PgConnection  # noqa: E402
from annotator.store.pg_dialect import POSTGRES  # noqa: E402

INSERT = "INSERT INTO documents(id, title, text, content_hash, created_at) VALUES (?, ?, ?, ?, ?)"


def test_postgres_lock_held_past_patience_is_store_busy(pg_url: str) -> None:
    holder, waiter = PgConnection(pg_url), PgConnection(pg_url)
    holder.execute(INSERT, ("a", "t", "text", "h", "now"))
    POSTGRES.begin_write(holder)
    holder.execute("SELECT id FROM documents WHERE id = 'a' FOR UPDATE")
    waiter.execute("SET lock_timeout = '50ms'")
    POSTGRES.begin_write(waiter)
    with pytest.raises(StoreBusy, match="busy"), POSTGRES.write_errors():
        waiter.execute("UPDATE documents SET title = 'x' WHERE id = 'a'")
    waiter.execute("ROLLBACK")
    holder.execute("COMMIT")


def test_postgres_read_only_and_duplicates(pg_url: str) -> None:
    conn = PgConnection(pg_url)
    conn.execute(INSERT, ("a", "t", "text", "h", "now"))
    with pytest.raises(Exception) as caught:
        conn.execute(INSERT, ("a", "t", "other", "h2", "now"))
    assert POSTGRES.is_duplicate(caught.value)
    conn.execute("BEGIN READ ONLY")
    with pytest.raises(StoreWriteError, match="read-only"), POSTGRES.write_errors():
        conn.execute(INSERT, ("b", "t", "more", "h3", "now"))
    conn.execute("ROLLBACK")
    assert not POSTGRES.in_transaction(conn)


def test_postgres_search_filter(pg_url: str) -> None:
    conn = PgConnection(pg_url)
    conn.execute(INSERT, ("a", "Zürich", "Angela Merkel spoke.", "h", "now"))
    assert POSTGRES.hits("  ") is None
    source, sql, key, params = POSTGRES.hits("zurich merk*")
    found = conn.execute(f"SELECT d.id, {key} FROM {source} WHERE {sql}", params).fetchall()
    assert [r[0] for r in found] == ["a"]
