"""The migration that makes queue pages and counts flat at scale upgrades an older corpus, on
both backends, without losing a row: every table holds what it held, the new columns are
filled (each status row's position, each text's length in code points), the counters count
what is there (documents of an unfinished import hidden), and they keep counting after."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from store_helpers import OldCorpus, corpus_before

from annotator.core.models import Document
from annotator.store import open_store

NAME = "queue pages and counts at scale"
# Code points, not bytes: an emoji, a flag (two code points), a combining accent.
TEXTS = ["Plain news.", "Café 😀 in Zürich", "Flag 🇺🇦 and e\u0301", "Ceasefire agreed in the north."]
TABLES = ("documents", "doc_status", "status_counts", "imports", "assignments")


@pytest.fixture(params=["sqlite", "postgres"])
def old_corpus(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[OldCorpus]:
    """A database at the version before the migration, and the way to open it with the store."""
    yield from corpus_before(NAME, request, tmp_path)


def _fill(conn: Any) -> None:
    """Rows as the version before wrote them: two imports (one done, one still running), statuses."""
    conn.execute("INSERT INTO imports(id, pid, host, started_at, done_at) VALUES (1, 1, 'h', 'x', 'y')")
    conn.execute("INSERT INTO imports(id, pid, host, started_at) VALUES (2, ?, 'elsewhere', 'x')", (1,))
    for i, text in enumerate(TEXTS):
        conn.execute(
            "INSERT INTO documents(id, title, text, content_hash, created_at, import_id) VALUES (?, ?, ?, ?, 'x', ?)",
            (f"o{i}", f"Old {i}", text, f"h{i}", 1 if i < 3 else 2),
        )
    rows = [("o0", "ann", "done"), ("o2", "ann", "done"), ("o1", "ann", "skipped"), ("o1", "bob", "done")]
    conn.executemany("INSERT INTO doc_status(doc_id, annotator, status, updated_at) VALUES (?, ?, ?, 'x')", rows)
    conn.execute("INSERT INTO status_counts(annotator, status, n) VALUES ('ann', 'done', 2), ('ann', 'skipped', 1)")
    conn.execute("INSERT INTO status_counts(annotator, status, n) VALUES ('bob', 'done', 1)")
    conn.execute("INSERT INTO assignments(doc_id, annotator) VALUES ('o2', 'ann')")


def _snapshot(conn: Any) -> dict[str, list[tuple]]:
    """Every row of the tables the migration touches, in the columns the old version had."""
    columns = {
        "documents": "seq, id, title, text, content_hash, import_id",
        "doc_status": "doc_id, annotator, status, flagged, note",
        "status_counts": "annotator, status, n",
        "imports": "id, pid, host, done_at",
        "assignments": "doc_id, annotator",
    }
    return {t: sorted(tuple(r) for r in conn.execute(f"SELECT {columns[t]} FROM {t}").fetchall()) for t in TABLES}


def test_an_older_corpus_upgrades_without_loss(old_corpus: tuple[Any, Callable[[], Any]]) -> None:
    conn, reopen = old_corpus
    _fill(conn)
    before = _snapshot(conn)
    store = reopen()
    try:
        assert _snapshot(store.conn) == before  # every row, every value
        lengths = dict(store.conn.execute("SELECT id, chars FROM documents").fetchall())
        assert lengths == {f"o{i}": len(text) for i, text in enumerate(TEXTS)}  # code points
        positions = store.conn.execute("SELECT s.seq, d.seq FROM doc_status s JOIN documents d ON d.id = s.doc_id")
        assert all(mine == theirs for mine, theirs in positions)
        assert store.count_documents() == 3  # o3 belongs to an import still running elsewhere
        done = store.queue("ann", status="done")
        assert [(r.id, r.length) for r in done] == [("o0", len(TEXTS[0])), ("o2", len(TEXTS[2]))]
        assert [r.id for r in store.queue("ann", status="skipped")] == ["o1"]
        assert [r.id for r in store.queue("ann", status="todo")] == []
        assert store.count_matches("Zürich") == 1 and store.count_matches("ceasefire") == 0  # o3 hidden
        store.insert_documents([Document(id="new", text="A new article 🙂 about Zürich.")])
        store.set_status("new", "ann", "done")
        assert store.count_documents() == 4
        assert [r.id for r in store.queue("ann", status="done")] == ["o0", "o2", "new"]
        assert store.queue("ann", status="done", query="Zürich")[0].length == len("A new article 🙂 about Zürich.")
    finally:
        store.close()


def test_documents_stored_outside_the_store_still_get_a_length_and_a_place(
    old_corpus: tuple[Any, Callable[[], Any]],
) -> None:
    """Other writers (a copy, a script) insert rows without the new columns: triggers fill them."""
    conn, reopen = old_corpus
    reopen().close()  # upgraded
    conn.execute(
        "INSERT INTO documents(id, title, text, content_hash, created_at) VALUES ('x', '', ?, 'hx', 'x')", (TEXTS[2],)
    )
    conn.execute("INSERT INTO doc_status(doc_id, annotator, status, updated_at) VALUES ('x', 'ann', 'skipped', 'x')")
    store = reopen()
    try:
        assert [(r.id, r.length) for r in store.queue("ann", status="skipped")] == [("x", len(TEXTS[2]))]
        assert store.count_documents() == 1
        store.conn.execute("DELETE FROM documents WHERE id = 'x'")
        assert store.count_documents() == 0
    finally:
        store.close()


def test_search_hits_are_counted_up_to_a_cap(file_store: Any) -> None:
    file_store.insert_documents(
        [Document(id=f"d{i}", text=f"Article {i} says the ceasefire holds.") for i in range(30)]
    )
    assert file_store.count_matches("ceasefire", cap=10) == 11  # more than 10
    assert file_store.count_matches("ceasefire") == 30
    assert file_store.count_matches("Article 7") == 1  # both words
    assert file_store.count_matches("  ") == 0 and file_store.count_matches("xyzzyq") == 0


def test_a_copied_corpus_counts_its_documents_once(tmp_path: Path) -> None:
    from annotator.store.copy import copy_corpus

    source = open_store(tmp_path / "a.db")
    import_id = source.begin_import()
    source.insert_documents([Document(id=f"d{i}", text=f"Article {i}.") for i in range(5)])
    source.complete_import(import_id)
    target = open_store(tmp_path / "b.db")
    copy_corpus(source.conn, target.conn, source_name="a.db", target_name="b.db")
    assert target.count_documents() == source.count_documents() == 5
    assert target.conn.execute("SELECT docs FROM imports").fetchall() == [(5,)]
    copy_corpus(source.conn, target.conn, source_name="a.db", target_name="b.db", replace=True)
    assert target.count_documents() == 5
    source.close()
    target.close()
