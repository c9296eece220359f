"""Numbered schema migrations keyed on `PRAGMA user_version`.

Each migration runs in one `BEGIN IMMEDIATE` transaction after a backup of the file is
taken with the SQLite backup API, so an interrupted upgrade leaves a usable database and
a copy of the old one beside it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from annotator.core.errors import UserError

# Tables every annotator database has had since migration 1: their presence says "ours".
OUR_TABLES = frozenset({"documents", "label_schemas", "layers", "units", "decisions"})


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[sqlite3.Connection], None]


class NewerDatabaseError(UserError, RuntimeError):
    """The file was written by a newer annotator; we refuse rather than guess."""


class NotOursError(UserError, ValueError):
    """A database annotator did not make, or whose version was changed outside it: migrating
    it would add our tables to another application's file, or fail half-way on our own."""


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


def _m6_nul_lengths(conn: sqlite3.Connection) -> None:
    """The length in code points of a text holding NUL, which SQLite's length() cuts short
    at the first NUL; NULL for every other text (length() is right, and costs no storage)."""
    conn.execute("ALTER TABLE documents ADD COLUMN nul_chars INTEGER")
    rows = conn.execute("SELECT seq, text FROM documents WHERE instr(text, char(0)) > 0").fetchall()
    conn.executemany("UPDATE documents SET nul_chars = ? WHERE seq = ?", [(len(text), seq) for seq, text in rows])


def _m7_models(conn: sqlite3.Connection) -> None:
    """Trained models, versioned in the corpus, and each document's doubt per suggestions layer.

    A model's suggestions live in the layer `suggestions:NAME@VERSION`; a `models` row says
    where its pipeline directory is, which base it was tuned from, on which layer and how
    many documents, and its held-out scores (JSON) beside the base model's. `layer_docs`
    keeps the lowest and mean score of a document's suggestions (2.0: none scored), indexed
    so the queue can walk undone documents least sure first without scoring them per page
    (a correlated subquery took 0.4 s a page at 20,000 documents).
    """
    for stmt in _statements("""
    CREATE TABLE models (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        version TEXT NOT NULL,
        path TEXT NOT NULL,
        base TEXT NOT NULL,
        layer TEXT NOT NULL,
        documents INTEGER NOT NULL,
        heldout INTEGER NOT NULL,
        scores TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL,
        UNIQUE (name, version)
    );
    ALTER TABLE layer_docs ADD COLUMN doubt_min REAL NOT NULL DEFAULT 2.0;
    ALTER TABLE layer_docs ADD COLUMN doubt_mean REAL NOT NULL DEFAULT 2.0;
    UPDATE layer_docs SET
        doubt_min = coalesce((SELECT min(u.score) FROM units u WHERE u.doc_id = layer_docs.doc_id
            AND u.layer_id = layer_docs.layer_id AND u.kind != 'boilerplate' AND u.score IS NOT NULL), 2.0),
        doubt_mean = coalesce((SELECT avg(u.score) FROM units u WHERE u.doc_id = layer_docs.doc_id
            AND u.layer_id = layer_docs.layer_id AND u.kind != 'boilerplate' AND u.score IS NOT NULL), 2.0);
    CREATE INDEX layer_docs_doubt_min ON layer_docs(layer_id, doubt_min, doc_id);
    CREATE INDEX layer_docs_doubt_mean ON layer_docs(layer_id, doubt_mean, doc_id);
    """):
        conn.execute(stmt)


def _m8_fts_detectable(conn: sqlite3.Connection) -> None:
    """Declare the search table with `content="documents"`, the quoting Datasette and sqlite-utils detect.

    Both find a table's FTS index by matching `content="TABLE"` or `content=[TABLE]` in its
    SQL; the single-quoted form of migration 2 made `?_search=` return every row and
    `sqlite-utils search` refuse. A virtual table's declaration cannot be altered: it is
    made again and rebuilt from the documents (the triggers keep naming it, unchanged).
    """
    for stmt in _statements("""
    DROP TABLE documents_fts;
    CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, text, content="documents", content_rowid="seq"
    );
    INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');
    """):
        conn.execute(stmt)


def _m9_staged_imports(conn: sqlite3.Connection) -> None:
    """Imports commit in short pieces under an import id, and show only once marked done.

    A large file written in one transaction held the write lock for minutes, and a desk
    waiting on it froze. Its rows now carry `import_id`; every reader skips documents of an
    import whose `done_at` is still NULL, and a final short commit sets it. An import whose
    process died (pid gone on this host) is removed at the next open; deleting documents
    probes every child table by doc_id, and layer_docs had no index that starts with it.
    """
    for stmt in _statements("""
    CREATE TABLE imports (
        id INTEGER PRIMARY KEY,
        pid INTEGER NOT NULL,
        host TEXT NOT NULL,
        started_at TEXT NOT NULL,
        done_at TEXT
    );
    ALTER TABLE documents ADD COLUMN import_id INTEGER REFERENCES imports(id);
    CREATE INDEX imports_pending ON imports(id) WHERE done_at IS NULL;
    CREATE INDEX documents_import ON documents(import_id) WHERE import_id IS NOT NULL;
    CREATE INDEX layer_docs_doc ON layer_docs(doc_id);
    """):
        conn.execute(stmt)


def _m10_suggest_failures(conn: sqlite3.Connection) -> None:
    """Documents a model could not suggest for, so one bad document never stops a corpus.

    One row per (suggestions layer, document): the layer names the model and its version,
    `attempts` counts the runs that failed on it (after two, runs leave it until --redo).
    The row goes when the layer is marked done for the document.
    """
    for stmt in _statements("""
    CREATE TABLE suggest_failures (
        layer_id INTEGER NOT NULL REFERENCES layers(id),
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        error TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 1,
        failed_at TEXT NOT NULL,
        PRIMARY KEY (layer_id, doc_id)
    );
    CREATE INDEX suggest_failures_doc ON suggest_failures(doc_id);
    """):
        conn.execute(stmt)


def _m11_ace_event_types(conn: sqlite3.Connection) -> None:
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
            conn.execute(
                "UPDATE units SET body = ?, label = ? WHERE id = ?", (orjson.dumps(new).decode(), new["type"], unit_id)
            )
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
            conn.execute(
                "UPDATE label_schemas SET body = ? WHERE version = ?", (orjson.dumps(mapped_schema).decode(), version)
            )
    at = datetime.now(UTC).isoformat(timespec="seconds")
    conn.executemany(
        "INSERT INTO migration_notes(version, note, n, at) VALUES (11, ?, ?, ?)",
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


def _m12_claims(conn: sqlite3.Connection) -> None:
    """Work handed out by claim, and the log's group id set by the engine.

    `claim_slots`: one row per annotator a document still needs (`annotator assign --open`);
    an annotator who asks for work takes the first open slot of a document they do not hold
    yet, and gets it as an assignment too. `seq` is the document's: slots go in corpus order,
    walked on a partial index of the open ones. The trigger gives a decision that starts a
    group its own id as group id (what the store did with a second statement per action).
    """
    for stmt in _statements("""
    CREATE TABLE claim_slots (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        slot INTEGER NOT NULL,
        seq INTEGER NOT NULL,
        annotator TEXT,
        claimed_at TEXT,
        PRIMARY KEY (doc_id, slot),
        UNIQUE (doc_id, annotator)
    );
    CREATE INDEX claim_slots_open ON claim_slots(seq, slot) WHERE annotator IS NULL;
    """):
        conn.execute(stmt)
    conn.execute(
        "CREATE TRIGGER decisions_own_group AFTER INSERT ON decisions FOR EACH ROW WHEN NEW.group_id IS NULL"
        " BEGIN UPDATE decisions SET group_id = NEW.id WHERE id = NEW.id; END"
    )


def _m13_queue_at_scale(conn: sqlite3.Connection) -> None:
    """Counts and queue pages that cost the same at a million articles as at a thousand.

    - `count(*)` of documents walked an index (30 ms at 1M, on every queue page and article
      opened): a one-row counter kept by triggers replaces it (an upsert: a truncated table
      starts again from nothing), and each import counts its own documents, so those still
      hidden cost a sum over pending imports, not a count.
    - A status page sorted the status's rows by their document's position (10,000 rows for a
      status held by 1% of 1M): each status row now carries that position (`seq`, set by a
      trigger on insert; a document's seq never changes), so a page walks one index.
    - A page read every text to give its length: the length (code points, as offsets are) is
      stored once (`chars`). The FTS update trigger now fires on title and text alone, so
      filling it does not re-index every article.
    """
    for stmt in _statements("""
    CREATE TABLE doc_totals (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL);
    INSERT INTO doc_totals(id, n) SELECT 1, count(*) FROM documents;
    ALTER TABLE imports ADD COLUMN docs INTEGER NOT NULL DEFAULT 0;
    UPDATE imports SET docs = (SELECT count(*) FROM documents d WHERE d.import_id = imports.id);
    CREATE TRIGGER documents_total_ai AFTER INSERT ON documents BEGIN
        INSERT INTO doc_totals(id, n) VALUES (1, 1) ON CONFLICT(id) DO UPDATE SET n = n + 1;
        UPDATE imports SET docs = docs + 1 WHERE id = new.import_id;
    END;
    CREATE TRIGGER documents_total_ad AFTER DELETE ON documents BEGIN
        INSERT INTO doc_totals(id, n) VALUES (1, -1) ON CONFLICT(id) DO UPDATE SET n = n - 1;
        UPDATE imports SET docs = docs - 1 WHERE id = old.import_id;
    END;
    ALTER TABLE doc_status ADD COLUMN seq INTEGER;
    UPDATE doc_status SET seq = (SELECT d.seq FROM documents d WHERE d.id = doc_status.doc_id);
    DROP INDEX doc_status_annotator;
    CREATE INDEX doc_status_walk ON doc_status(annotator, status, seq);
    CREATE TRIGGER doc_status_seq_ai AFTER INSERT ON doc_status WHEN new.seq IS NULL BEGIN
        UPDATE doc_status SET seq = (SELECT d.seq FROM documents d WHERE d.id = new.doc_id)
        WHERE doc_id = new.doc_id AND annotator = new.annotator;
    END;
    DROP TRIGGER documents_fts_au;
    CREATE TRIGGER documents_fts_au AFTER UPDATE OF title, text ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.seq, old.title, old.text);
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
    END;
    ALTER TABLE documents ADD COLUMN chars INTEGER;
    UPDATE documents SET chars = coalesce(nul_chars, length(text));
    CREATE TRIGGER documents_chars_ai AFTER INSERT ON documents WHEN new.chars IS NULL BEGIN
        UPDATE documents SET chars = coalesce(new.nul_chars, length(new.text)) WHERE seq = new.seq;
    END;
    """):
        conn.execute(stmt)


def _m14_suggestion_counts(conn: sqlite3.Connection) -> None:
    """Each document's count of a model's suggestions, kept where the model marks it seen.

    A queue page counted every row's suggestions from `units` (an index walk and a read of
    each unit's row, 101 times a page); the count is now taken when the suggestions layer
    marks the document done (`mark_layer_done`, with the doubt), and a page reads it with
    the "seen by a model" look-up it made anyway: one look-up a row where there were two.
    """
    for stmt in _statements("""
    ALTER TABLE layer_docs ADD COLUMN suggestions INTEGER NOT NULL DEFAULT 0;
    UPDATE layer_docs SET suggestions = (SELECT count(*) FROM units u WHERE u.doc_id = layer_docs.doc_id
        AND u.layer_id = layer_docs.layer_id AND u.kind != 'boilerplate')
    WHERE layer_id IN (SELECT id FROM layers WHERE kind = 'suggestions');
    """):
        conn.execute(stmt)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "base", _m1_base),
    Migration(2, "search, assignments, counters, cursors", _m2_search_assign_cursor),
    Migration(3, "decision layer", _m3_decision_layer),
    Migration(4, "unit ids never reused", _m4_units_autoincrement),
    Migration(5, "status counters follow cascaded deletes", _m5_counters_follow_deletes),
    Migration(6, "lengths of texts holding NUL", _m6_nul_lengths),
    Migration(7, "trained models and doubt", _m7_models),
    Migration(8, "full-text search that Datasette and sqlite-utils detect", _m8_fts_detectable),
    Migration(9, "staged imports", _m9_staged_imports),
    Migration(10, "suggestion failures", _m10_suggest_failures),
    Migration(11, "ACE 2005 event types and roles", _m11_ace_event_types),
    Migration(12, "claims, and the log's group id set by the engine", _m12_claims),
    Migration(13, "queue pages and counts at scale", _m13_queue_at_scale),
    Migration(14, "suggestion counts kept per document", _m14_suggestion_counts),
)
LATEST = MIGRATIONS[-1].version


def user_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection, path: Path | None, target: int = LATEST) -> list[Path]:
    """Bring the database up to `target`; return the backups taken.

    `conn` must be in autocommit mode (isolation_level=None) so we own the transactions.
    """
    check_ours(conn, path)
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
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.v{version}-{stamp}.bak")
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    return target


def check_ours(conn: sqlite3.Connection, path: Path | None) -> None:
    """Refuse, before any change, a non-empty file that is not an annotator database at a
    version we know: another application's file, or ours with `user_version` reset."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables:
        return  # a new, empty file: ours to set up
    where = path or "the database"
    version = user_version(conn)
    if not OUR_TABLES <= tables:
        listing = ", ".join(sorted(tables)[:6]) + (", ..." if len(tables) > 6 else "")
        raise NotOursError(
            f"{where}: not an annotator database (it holds other tables: {listing}); annotator "
            "will not add its own tables to another application's file: give --db a new file name"
        )
    if version <= 0:
        raise NotOursError(
            f"{where}: holds annotator's tables but its schema version (PRAGMA user_version) is "
            f"{version}, which annotator never writes: it was changed outside annotator, so the "
            f"upgrade path is unknown; nothing was changed. {backup_hint(path)}"
        )


def backups_beside(path: Path | None) -> list[Path]:
    """The copies migrations took of this file (`NAME.vN-STAMP.bak`), oldest first."""
    if path is None:
        return []
    try:
        return sorted(path.parent.glob(f"{glob_escape(path.name)}.v*.bak"))
    except OSError:
        return []


def backup_hint(path: Path | None) -> str:
    found = backups_beside(path)
    if not found:
        return "No backup taken by an upgrade lies beside it."
    names = ", ".join(str(p) for p in found[-3:])
    return f"Backups taken before upgrades lie beside it (newest last): {names}; copy one over it to go back."


def glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)
