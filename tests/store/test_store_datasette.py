"""corpus.db as Datasette and sqlite-utils see it: the search table is detected, searches
return only matching rows, and the shipped metadata's canned queries run."""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

from annotator.core.models import Document, Entity, Unit
from annotator.store import SqliteStore, open_store
from annotator.store.datasette import metadata

DATA = Path(__file__).resolve().parent / "data"
TEXTS = {
    "moscow": "Moscow expelled diplomats on Monday, a ministry spokeswoman said.",
    "cairo": "Officials in Cairo met the delegation at the airport.",
    "tokyo": "東京 officials said the talks would resume in spring.",
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A corpus.db with three documents, two annotators who disagree once, and statuses."""
    db = tmp_path / "corpus.db"
    store: SqliteStore = open_store(db)
    try:
        store.insert_documents([Document(id=k, title=k.title(), text=v) for k, v in TEXTS.items()])
        store.add_units("annotator:alice", [Unit(doc_id="moscow", body=Entity(start=0, end=6, label="GPE"))])
        store.add_units("annotator:bob", [Unit(doc_id="moscow", body=Entity(start=0, end=6, label="ORG"))])
        store.set_status("moscow", "alice", "done")
        store.set_status("moscow", "bob", "in_progress")
    finally:
        store.close()
    return db


def test_sqlite_utils_detects_the_search_table(corpus: Path) -> None:
    assert sqlite_utils.Database(corpus)["documents"].detect_fts() == "documents_fts"


def test_sqlite_utils_search_returns_only_matching_documents(corpus: Path) -> None:
    found = subprocess.run(
        [sys.executable, "-m", "sqlite_utils", "search", str(corpus), "documents", "officials", "-c", "id"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert sorted(row["id"] for row in json.loads(found.stdout)) == ["cairo", "tokyo"]


def test_an_old_corpus_upgrades_to_a_detectable_search_table(tmp_path: Path) -> None:
    db = tmp_path / "corpus.db"
    shutil.copyfile(DATA / "corpus_v1.db", db)
    open_store(db).close()
    table = sqlite_utils.Database(db)["documents"]
    assert table.detect_fts() == "documents_fts"
    assert len(list(table.search("Moscow"))) >= 1  # rebuilt from the rows already there


def _get(db: Path, path: str, with_metadata: bool = True) -> Any:
    from datasette.app import Datasette

    async def fetch() -> Any:
        ds = Datasette([str(db)], metadata=metadata(db) if with_metadata else None)
        response = await ds.client.get(path)
        assert response.status_code == 200, response.text
        return response.json()

    return asyncio.run(fetch())


def test_datasette_search_filters_rows_even_without_our_metadata(corpus: Path) -> None:
    rows = _get(corpus, "/corpus/documents.json?_search=officials&_shape=objects", with_metadata=False)["rows"]
    assert sorted(r["id"] for r in rows) == ["cairo", "tokyo"]
    assert [r["id"] for r in _get(corpus, "/corpus/documents.json?_search=東京&_shape=objects")["rows"]] == ["tokyo"]


def test_datasette_shows_the_shipped_titles_and_runs_the_canned_queries(corpus: Path) -> None:
    meta = metadata(corpus)["databases"]["corpus"]
    assert set(meta["queries"]) >= {"documents_by_status", "annotator_units", "disagreements"}
    by_status = _get(corpus, "/corpus/documents_by_status.json?annotator=alice&status=done&_shape=objects")
    assert [r["id"] for r in by_status["rows"]] == ["moscow"]
    units = _get(corpus, "/corpus/annotator_units.json?annotator=bob&_shape=objects")["rows"]
    assert [(r["label"], r["covered"]) for r in units] == [("ORG", "Moscow")]
    differ = _get(corpus, "/corpus/disagreements.json?first=alice&second=bob&_shape=objects")["rows"]
    assert sorted((r["who"], r["label"]) for r in differ) == [("alice", "GPE"), ("bob", "ORG")]
    assert {
        (r["annotator"], r["status"]) for r in _get(corpus, "/corpus/status_counts.json?_shape=objects")["rows"]
    } == {("alice", "done"), ("bob", "in_progress")}


def test_the_metadata_is_keyed_by_the_database_name() -> None:
    assert list(metadata("/some/where/newsroom.db")["databases"]) == ["newsroom"]
