"""Numbered schema migrations keyed on `PRAGMA user_version`.

Each migration runs in one `BEGIN IMMEDIATE` transaction after a backup of the file is
taken with the SQLite backup API, so an interrupted upgrade leaves a usable database and
a copy of the old one beside it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[sqlite3.Connection], None]


class NewerDatabaseError(RuntimeError):
    """The file was written by a newer annotator; we refuse rather than guess."""


def _statements(script: str) -> list[str]:
    """Split a script into statements (triggers included) without `executescript`, which commits."""
    out: list[str] = []
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            out.append(pending.strip())
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement: {pending.strip()[:60]}")
    return out


def _m1_base(conn: sqlite3.Connection) -> None:
    """The first schema: documents, layers, units, decisions, per-annotator status."""
    for stmt in _statements("""
    CREATE TABLE documents (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL,
        outlet TEXT,
        url TEXT,
        published TEXT,
        content_hash TEXT NOT NULL UNIQUE,
        meta TEXT NOT NULL DEFAULT '{}',
        story_key TEXT,
        created_at TEXT NOT NULL
    );
    CREATE INDEX documents_story ON documents(story_key);
    CREATE TABLE label_schemas (
        version INTEGER PRIMARY KEY,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE TABLE layers (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('suggestions', 'annotator', 'gold')),
        model TEXT,
        model_version TEXT,
        created_at TEXT NOT NULL
    );
    CREATE TABLE units (
        id INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        layer_id INTEGER NOT NULL REFERENCES layers(id),
        kind TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        label TEXT NOT NULL,
        body TEXT NOT NULL,
        state TEXT NOT NULL,
        origin_id INTEGER,
        source TEXT,
        score REAL,
        provenance TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX units_doc_layer ON units(doc_id, layer_id, start);
    CREATE INDEX units_origin ON units(origin_id) WHERE origin_id IS NOT NULL;
    CREATE TABLE layer_docs (
        layer_id INTEGER NOT NULL REFERENCES layers(id),
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        done_at TEXT NOT NULL,
        PRIMARY KEY (layer_id, doc_id)
    );
    CREATE TABLE decisions (
        id INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        annotator TEXT NOT NULL,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        unit_id INTEGER,
        before TEXT,
        after TEXT,
        undoes INTEGER,
        group_id INTEGER
    );
    CREATE INDEX decisions_doc_annotator ON decisions(doc_id, annotator, id);
    CREATE INDEX decisions_annotator_at ON decisions(annotator, at);
    CREATE TABLE doc_status (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        annotator TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('todo', 'in_progress', 'done', 'skipped')),
        flagged INTEGER NOT NULL DEFAULT 0,
        note TEXT NOT NULL DEFAULT '',
        focus INTEGER,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (doc_id, annotator)
    );
    CREATE INDEX doc_status_annotator ON doc_status(annotator, status);
    """):
        conn.execute(stmt)


def _m2_search_assign_cursor(conn: sqlite3.Connection) -> None:
    """Full-text search, assignments, status counters and each annotator's resume point."""
    for stmt in _statements("""
    CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, text, content='documents', content_rowid='seq'
    );
    INSERT INTO documents_fts(rowid, title, text) SELECT seq, title, text FROM documents;
    CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
    END;
    CREATE TRIGGER documents_fts_ad AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.seq, old.title, old.text);
    END;
    CREATE TRIGGER documents_fts_au AFTER UPDATE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.seq, old.title, old.text);
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
    END;
    CREATE TABLE assignments (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        annotator TEXT NOT NULL,
        PRIMARY KEY (doc_id, annotator)
    );
    CREATE INDEX assignments_annotator ON assignments(annotator, doc_id);
    CREATE TABLE status_counts (
        annotator TEXT NOT NULL,
        status TEXT NOT NULL,
        n INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (annotator, status)
    );
    INSERT INTO status_counts(annotator, status, n)
        SELECT annotator, status, count(*) FROM doc_status GROUP BY annotator, status;
    CREATE TABLE cursors (
        annotator TEXT PRIMARY KEY,
        doc_id TEXT REFERENCES documents(id) ON DELETE SET NULL,
        unit_id INTEGER,
        updated_at TEXT NOT NULL
    );
    """):
        conn.execute(stmt)


def _m3_decision_layer(conn: sqlite3.Connection) -> None:
    """Decisions name the layer they changed (NULL: the annotator's own), so gold is undoable apart."""
    conn.execute("ALTER TABLE decisions ADD COLUMN layer TEXT")


def _m4_units_autoincrement(conn: sqlite3.Connection) -> None:
    """Never reuse a unit id: undo and redo restore a unit under its old id, and the log names units by id.

    Without AUTOINCREMENT SQLite gives the id of a just-deleted newest unit to the next
    insert (an add on another document), and the redo of the first add then fails.
    """
    for stmt in _statements("""
    CREATE TABLE units_new (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        layer_id INTEGER NOT NULL REFERENCES layers(id),
        kind TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        label TEXT NOT NULL,
        body TEXT NOT NULL,
        state TEXT NOT NULL,
        origin_id INTEGER,
        source TEXT,
        score REAL,
        provenance TEXT NOT NULL DEFAULT '{}'
    );
    INSERT INTO units_new(id, doc_id, layer_id, kind, start, "end", label, body, state, origin_id, source, score, provenance)
        SELECT id, doc_id, layer_id, kind, start, "end", label, body, state, origin_id, source, score, provenance
        FROM units ORDER BY id;
    DROP TABLE units;
    ALTER TABLE units_new RENAME TO units;
    CREATE INDEX units_doc_layer ON units(doc_id, layer_id, start);
    CREATE INDEX units_origin ON units(origin_id) WHERE origin_id IS NOT NULL;
    DELETE FROM sqlite_sequence WHERE name = 'units';
    INSERT INTO sqlite_sequence(name, seq) VALUES ('units', max(
        coalesce((SELECT max(id) FROM units), 0), coalesce((SELECT max(unit_id) FROM decisions), 0)));
    """):
        conn.execute(stmt)


def _m5_counters_follow_deletes(conn: sqlite3.Connection) -> None:
    """Keep status counters right when status rows go with their document (ON DELETE CASCADE).

    The store moves counters itself on every insert and update; it never deletes a status
    row, so a delete can only be a cascade, which no Python code sees.
    """
    for stmt in _statements("""
    CREATE TRIGGER doc_status_counts_ad AFTER DELETE ON doc_status BEGIN
        UPDATE status_counts SET n = n - 1 WHERE annotator = old.annotator AND status = old.status;
    END;
    """):
        conn.execute(stmt)


def _m6_ace_event_types(conn: sqlite3.Connection) -> None:
    """Event types and roles take ACE 2005's names (Justice.Arrest -> Justice.Arrest-Jail, Patient ->
    Victim/Person/Defendant...), in units, in the decision log's bodies (so undo restores the new
    names) and in every stored schema; what was mapped is kept in `migration_notes` for the CLI."""
    from collections import Counter

    import orjson

    from annotator.core import ace
    from annotator.core.schema import default_schema

    conn.execute(
        "CREATE TABLE migration_notes (id INTEGER PRIMARY KEY, version INTEGER NOT NULL, note TEXT NOT NULL, "
        "n INTEGER NOT NULL, at TEXT NOT NULL)"
    )
    notes: Counter[str] = Counter()
    texts = _TextCache(conn)
    rows = conn.execute("SELECT id, doc_id, body FROM units WHERE kind = 'event'").fetchall()
    for unit_id, doc_id, body in rows:
        old = orjson.loads(body)
        new = ace.map_event_body(old, texts.trigger(doc_id, old), notes)
        if new != old:
            conn.execute("UPDATE units SET body = ?, label = ? WHERE id = ?", (orjson.dumps(new).decode(), new["type"], unit_id))
    for dec_id, doc_id, before, after in conn.execute(
        "SELECT id, doc_id, before, after FROM decisions WHERE before LIKE '%\"event\"%' OR after LIKE '%\"event\"%'"
    ).fetchall():
        text = texts.text(doc_id)
        olds = [None if v is None else orjson.loads(v) for v in (before, after)]
        news = [None if v is None else ace.map_unit_dump(v, text, Counter()) for v in olds]
        if news != olds:
            mapped = [None if v is None else orjson.dumps(v).decode() for v in news]
            conn.execute("UPDATE decisions SET before = ?, after = ? WHERE id = ?", (*mapped, dec_id))
    new_default = orjson.loads(default_schema().model_dump_json())
    for version, body in conn.execute("SELECT version, body FROM label_schemas").fetchall():
        old_schema = orjson.loads(body)
        mapped_schema = ace.map_schema(old_schema, new_default, notes)
        if mapped_schema != old_schema:
            conn.execute("UPDATE label_schemas SET body = ? WHERE version = ?", (orjson.dumps(mapped_schema).decode(), version))
    at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    conn.executemany(
        "INSERT INTO migration_notes(version, note, n, at) VALUES (6, ?, ?, ?)",
        [(note, n, at) for note, n in sorted(notes.items())],
    )


class _TextCache:
    """Document texts by id, read once each (a trigger's words decide some role names)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.cache: dict[str, str] = {}

    def text(self, doc_id: str) -> str:
        if doc_id not in self.cache:
            row = self.conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
            self.cache[doc_id] = row[0] if row else ""
        return self.cache[doc_id]

    def trigger(self, doc_id: str, body: dict) -> str:
        trig = body.get("trigger") or {}
        return self.text(doc_id)[trig.get("start", 0) : trig.get("end", 0)]


def migration_notes(conn: sqlite3.Connection, since: int) -> list[tuple[int, str, int]]:
    """(version, note, count) recorded by migrations newer than `since`, for the CLI to print."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'migration_notes'").fetchone() is None:
        return []
    return conn.execute(
        "SELECT version, note, n FROM migration_notes WHERE version > ? ORDER BY id", (since,)
    ).fetchall()


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "base", _m1_base),
    Migration(2, "search, assignments, counters, cursors", _m2_search_assign_cursor),
    Migration(3, "decision layer", _m3_decision_layer),
    Migration(4, "unit ids never reused", _m4_units_autoincrement),
    Migration(5, "status counters follow cascaded deletes", _m5_counters_follow_deletes),
    Migration(6, "ACE 2005 event types and roles", _m6_ace_event_types),
)
LATEST = MIGRATIONS[-1].version


def user_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection, path: Path | None, target: int = LATEST) -> list[Path]:
    """Bring the database up to `target`; return the backups taken.

    `conn` must be in autocommit mode (isolation_level=None) so we own the transactions.
    """
    current = user_version(conn)
    if current > LATEST:
        raise NewerDatabaseError(
            f"{path or 'the database'} has schema version {current}, but this annotator supports "
            f"up to {LATEST}: upgrade annotator (pip install -U annotator) to open it"
        )
    backups: list[Path] = []
    had = current
    for migration in MIGRATIONS:
        if current < migration.version <= target:
            # One copy of the file as the user had it (a new file has nothing to keep):
            # copies of the intermediate versions of one upgrade only multiply its size.
            if path is not None and had > 0 and not backups:
                backups.append(_backup(conn, path, had))
            _run(conn, migration)
            current = user_version(conn)
    return backups


def _run(conn: sqlite3.Connection, migration: Migration) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        if user_version(conn) >= migration.version:
            # Another process opening the same new file ran it while we waited for the lock.
            conn.execute("ROLLBACK")
            return
        migration.apply(conn)
        conn.execute(f"PRAGMA user_version = {migration.version:d}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _backup(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.v{version}-{stamp}.bak")
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    return target
