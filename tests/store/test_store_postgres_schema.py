"""PostgreSQL's schema: the baseline migration, the placeholder adapter, search and offsets as on SQLite."""

from __future__ import annotations

import sqlite3

import pytest

from annotator.store import migrations
from annotator.store.migrations import LATEST, NewerDatabaseError, NotOursError
from annotator.store.pg_conn import PgConnection, placeholders
from annotator.store.pg_migrations import BASELINE, PG_LATEST, PG_MIGRATIONS, migrate, schema_version
from annotator.store.pg_search import search_condition
from annotator.store.sqlite import fts_query

pytest.importorskip("psycopg")


def test_placeholders_outside_quotes_only() -> None:
    assert placeholders("SELECT ? WHERE a = '?' AND b LIKE 'x%' AND c = ?") == (
        "SELECT %s WHERE a = '?' AND b LIKE 'x%%' AND c = %s"
    )
    assert placeholders('SELECT "?" , 5 % 2, ?') == 'SELECT "?" , 5 %% 2, %s'
    assert placeholders("SELECT 'it''s ?', ?") == "SELECT 'it''s ?', %s"


def test_every_sqlite_migration_after_the_baseline_has_a_postgres_twin() -> None:
    """The rule: a new SQLite migration N needs PostgreSQL's N, or the two schemas part."""
    later = [m.version for m in migrations.MIGRATIONS if m.version > BASELINE]
    assert [m.version for m in PG_MIGRATIONS if m.version > BASELINE] == later
    assert PG_LATEST == LATEST


def _tables(conn: PgConnection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}


def _sqlite_schema() -> dict[str, list[str]]:
    """Tables and their columns of a new SQLite corpus at LATEST (FTS shadow tables aside)."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    migrations.migrate(conn, None)
    names = [
        r[0]
        for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if not r[0].startswith(("documents_fts", "sqlite_"))
    ]
    return {n: [c[1] for c in conn.execute(f"PRAGMA table_info({n})")] for n in names}


def test_postgres_baseline_has_every_table_and_column_of_sqlite(pg_empty_url: str) -> None:
    conn = PgConnection(pg_empty_url)
    migrate(conn, "test")
    assert schema_version(conn) == LATEST
    for table, columns in _sqlite_schema().items():
        found = [
            r[0]
            for r in conn.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
                (table,),
            )
        ]
        assert [c for c in found if c != "search"] == columns, table
    migrate(conn, "test")  # a second open changes nothing
    assert schema_version(conn) == LATEST
    conn.close()


def test_postgres_refuses_another_applications_database(pg_empty_url: str) -> None:
    conn = PgConnection(pg_empty_url)
    conn.execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(NotOursError, match="invoices"):
        migrate(conn, "shop")
    assert _tables(conn) == {"invoices"}


def test_postgres_refuses_a_newer_schema(pg_url: str) -> None:
    conn = PgConnection(pg_url)
    conn.execute("UPDATE annotator_schema SET version = ?", (LATEST + 1,))
    with pytest.raises(NewerDatabaseError, match="upgrade annotator"):
        migrate(conn, "newer")


# Texts and searches both backends must agree on: diacritics, curly quotes, hyphens, hosts,
# prefixes, phrases, words across title and text, input that looks like query syntax.
DOCS = {
    "a": ("Zürich talks", "Talks on covid-19 in New York; see bbc.co.uk. “Merkel” said so."),
    "b": ("Budget", "The minister's budget — cuts and more cuts. E-mail: a@b.org"),
    "c": ("Naïve art", "Angela Merkel and the NEW exhibition."),
}
SEARCHES = [
    "zurich",
    "Zürich talks",
    "new york",
    "york new",
    "covid-19",
    "covid",
    "bbc",
    "Merk*",
    "new yo*",
    "merkel budget",
    "minister's",
    "e-mail",
    "naive",
    "cuts",
    '"unbalanced',
    "OR AND NOT",
    "-",
    "*",
    "talks covid",
    "a@b.org",
    "':* | !",
    "",
]


def test_postgres_search_finds_what_fts5_finds(pg_url: str) -> None:
    lite = sqlite3.connect(":memory:", isolation_level=None)
    migrations.migrate(lite, None)
    pg = PgConnection(pg_url)
    for i, (doc_id, (title, text)) in enumerate(DOCS.items()):
        row = (doc_id, title, text, f"h{i}", "now")
        sql = "INSERT INTO documents(id, title, text, content_hash, created_at) VALUES (?, ?, ?, ?, ?)"
        lite.execute(sql, row)
        pg.execute(sql, row)
    for query in SEARCHES:
        match = fts_query(query)
        if match:
            sql = "SELECT d.id FROM documents d WHERE d.seq IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)"
            expected = sorted(r[0] for r in lite.execute(sql, (match,)))
        else:
            expected = sorted(DOCS)
        cond, params = search_condition(query)
        found = sorted(r[0] for r in pg.execute(f"SELECT d.id FROM documents d WHERE {cond or 'TRUE'}", params))
        assert found == expected, query


# Code points, not bytes: astral characters (4 bytes in UTF-8, 2 units in UTF-16), combining marks.
TRICKY = "😀 Ana\u0301 met 👩\u200d👩\u200d👧 in Zu\u0308rich 𝔘𝔫𝔦\u00e9"


def test_postgres_keeps_texts_and_counts_code_points(pg_url: str) -> None:
    pg = PgConnection(pg_url)
    pg.execute(
        "INSERT INTO documents(id, title, text, content_hash, created_at) VALUES (?, ?, ?, ?, ?)",
        ("x", TRICKY[:5], TRICKY, "h", "now"),
    )
    text, length = pg.execute("SELECT text, length(text) FROM documents WHERE id = 'x'").fetchone()
    assert text == TRICKY
    assert length == len(TRICKY)
    start = TRICKY.index("Zu")
    end = start + len("Zu\u0308rich")
    assert (
        pg.execute("SELECT substr(text, ?, ?) FROM documents", (start + 1, end - start)).fetchone()[0]
        == (TRICKY[start:end])
    )


def test_postgres_text_cannot_hold_nul(pg_url: str) -> None:
    """Why `db copy` refuses such a document: PostgreSQL rejects the value outright."""
    import psycopg

    pg = PgConnection(pg_url)
    with pytest.raises((psycopg.DataError, ValueError)):
        pg.execute(
            "INSERT INTO documents(id, title, text, content_hash, created_at) VALUES (?, ?, ?, ?, ?)",
            ("n", "t", "a\x00b", "h", "now"),
        )


def test_postgres_null_id_takes_the_next_one_as_on_sqlite(pg_url: str) -> None:
    """The store's shared SQL passes id None for a new unit and the old id for one undo restores."""
    pg = PgConnection(pg_url)
    pg.execute("INSERT INTO documents(id, text, content_hash, created_at) VALUES ('d', 'x', 'h', 'now')")
    pg.execute("INSERT INTO layers(id, name, kind, created_at) VALUES (NULL, 'gold', 'gold', 'now')")
    sql = (
        'INSERT INTO units(id, doc_id, layer_id, kind, start, "end", label, body, state)'
        " VALUES (?, 'd', 1, 'entity', 0, 1, 'X', '{}', 'added') RETURNING id"
    )
    first = pg.execute(sql, (None,)).fetchone()[0]
    pg.execute("DELETE FROM units WHERE id = ?", (first,))
    assert pg.execute(sql, (first,)).fetchone()[0] == first  # restored under its own id
    assert pg.execute(sql, (None,)).fetchone()[0] == first + 1  # and never handed out again
