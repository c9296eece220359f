"""The SQLite backend of the store: sqlite-utils over one WAL-mode file.

Every write begins `BEGIN IMMEDIATE` (a plain `BEGIN` that reads then writes loses the
race to another process at once, whatever the busy timeout: FACTS.md), with
`synchronous=FULL` so a decision the screen shows as done survives a power cut.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import UTC, date, datetime
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import orjson
from pydantic import TypeAdapter

if TYPE_CHECKING:
    import sqlite_utils

from annotator.core.errors import UserError
from annotator.core.models import (
    Body,
    Decision,
    DocState,
    DocStatus,
    Document,
    Entity,
    Unit,
)
from annotator.core.schema import LabelSchema, default_schema
from annotator.store.base import (
    GOLD,
    NO_DOUBT,
    QUEUE_ORDERS,
    DocRow,
    ExportDoc,
    Fate,
    InsertResult,
    Layer,
    ModelRecord,
    NotADatabaseError,
    OrphanError,
    StoreWriteError,
    SuggestFailure,
    UnknownDocumentError,
)
from annotator.store.failures import ReadOnlyError, damaged, is_damaged
from annotator.store.migrations import LATEST, check_ours, migrate, migration_notes, user_version
from annotator.store.staging import VISIBLE, StagedImports, write_errors
from annotator.store.stories import StoryQueries

BUSY_TIMEOUT_S = 30.0
_BODY = TypeAdapter(Body)
# Below one document in this many, a status filter starts from the statuses, not the documents.
RARE_STATUS_SHARE = 20
UNDOABLE = ("accept", "reject", "edit", "add", "delete", "status")


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def connect(path: str | Path | None, *, read_only: bool = False) -> sqlite3.Connection:
    """A connection set up the one way every part of annotator uses: WAL, FULL sync, FKs."""
    if read_only and path is not None:
        conn = _connect_read_only(Path(path))
    else:
        target = ":memory:" if path is None else str(path)
        conn = sqlite3.connect(target, isolation_level=None, timeout=BUSY_TIMEOUT_S, check_same_thread=True)
        if path is not None:
            try:
                check_ours(conn, Path(path))  # before WAL: switching rewrites another app's file header
                _wal(conn)
            except BaseException:
                conn.close()
                raise
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
    return conn


def _wal(conn: sqlite3.Connection) -> None:
    """Switch to WAL, retrying: on a new file another process may be switching it at this
    instant, and that answers "database is locked" at once, without the busy timeout."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.005)


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """Open for reading only, on media that cannot be written (a CD, a read-only mount).

    `mode=ro` still needs the WAL index (`-shm`) beside the file, which a read-only folder
    cannot hold when the last writer removed it; then the file is opened `immutable`, which
    is safe only because no one can write there either, and only when no unmerged WAL is
    left behind (immutable would not see it).
    """
    uri = f"file:{quote(str(path.absolute()))}"
    try:
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_S)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as exc:
        if "unable to open" not in str(exc):
            raise
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise UserError(
            f"{path}: read-only, and its last changes are still in {wal.name}, which cannot be read "
            "without writing beside it: open it once where it can be written"
        )
    return sqlite3.connect(f"{uri}?immutable=1", uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_S)


def can_write(path: str | Path) -> bool:
    """Whether this process may write the database file and the folder its journal goes in."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    return os.access(folder, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


def _check_current(conn: sqlite3.Connection, path: Path | None) -> None:
    """A read-only store cannot migrate: it opens only a database of this very version."""
    check_ours(conn, path)
    version = user_version(conn)
    if version != LATEST and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
        raise UserError(
            f"{path}: read-only, and its schema version is {version} where this annotator needs "
            f"{LATEST}: open it once where it can be written, so it can be upgraded"
        )


def _open_error(path: str | Path | None, exc: sqlite3.DatabaseError) -> UserError:
    """The one-line reason a database would not open."""
    if "unable to open" in str(exc):  # a --db in a folder that does not exist, or read-only
        if path is not None and Path(path).exists() and not can_write(path):
            return ReadOnlyError(
                f"{path}: the database is read-only here (the file or its folder cannot be written), "
                "and this command writes to it; commands that only read (docs, stats, export) still work"
            )
        return UserError(f"{path}: cannot open or create the database ({exc})")
    if is_damaged(exc):
        kind = NotADatabaseError if "not a database" in str(exc) else UserError
        return kind(damaged(path, exc))
    return UserError(f"{path}: cannot open the database (SQLite says: {exc})")


class SqliteStore(StoryQueries, StagedImports):
    """The default store. One instance per thread: sqlite3 connections belong to their thread."""

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False) -> None:
        self.path = None if path is None else str(path)
        self.read_only = read_only and path is not None
        try:
            self.conn = connect(path, read_only=self.read_only)
            where = None if path is None else Path(path)
            self.upgrade_notes: list[tuple[int, str, int]] = []
            if self.read_only:
                self.backups: list[Path] = []
                _check_current(self.conn, where)
            else:
                had = user_version(self.conn)
                self.backups = migrate(self.conn, where)
                # What this open's upgrade changed (say, event types renamed), for the CLI to print.
                self.upgrade_notes = migration_notes(self.conn, had) if had else []
        except sqlite3.DatabaseError as exc:
            raise _open_error(path, exc) from None
        self._depth = 0
        self._busy_ms = int(BUSY_TIMEOUT_S * 1000)  # as connect() set it, restored after patience()
        self.longest_write_s = 0.0
        self._import_id: int | None = None
        self._db: sqlite_utils.Database | None = None
        self._schema: LabelSchema | None = None
        # Layers are never renamed or deleted, so a name found once keeps its row; this
        # saves a query on every units() call (opening a document reads two layers).
        self._layers: dict[str, Layer] = {}
        if not self.read_only and self._one("SELECT count(*) FROM label_schemas") == 0:
            with self.transaction():
                # Checked again under the lock: several processes may open a new file at once.
                if self._one("SELECT count(*) FROM label_schemas") == 0:
                    self._insert_schema(default_schema())
        with suppress(StoreWriteError):  # read-only or busy now: it stays hidden, a later open removes it
            self.remove_stale_imports()  # an import killed mid-way goes at the next open

    # -- connection and transactions -------------------------------------------------

    @property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils' view of the same connection, for introspection and ad-hoc tooling.

        Built on first use: importing sqlite_utils pulls in numpy when it is installed, a
        fifth of the desk's start-up, and no hot path needs it.
        """
        import sqlite_utils

        if self._db is None:
            self._db = sqlite_utils.Database(self.conn)
        return self._db

    def close(self) -> None:
        self.conn.close()

    def reopen(self) -> SqliteStore:
        if self.path is None:
            raise ValueError("an in-memory store cannot be reopened on another connection")
        return SqliteStore(self.path, read_only=self.read_only)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction; a nested call joins it under a savepoint.

        The savepoint makes each nested call all-or-nothing: an importer that catches one
        failed call inside its file-wide transaction does not commit half of that call.
        SQLite's lock and disk errors leave as `StoreWriteError` (`StoreBusy` for the lock),
        one line a screen or the CLI can show; `longest_write_s` keeps the longest time the
        write lock was held on this connection, so tests and benches can bound it.
        """
        if self.read_only:
            raise ReadOnlyError(
                f"{self.path}: opened read-only (the file or its folder cannot be written): nothing was saved"
            )
        if self._depth:
            name = f"nested_{self._depth}"
            self.conn.execute(f"SAVEPOINT {name}")
            self._depth += 1
            try:
                yield
            except BaseException:
                self._roll_back_to(name)
                self._schema = None
                self._layers.clear()  # a layer created in there is gone
                raise
            finally:
                self._depth -= 1
            self.conn.execute(f"RELEASE {name}")
            return
        with write_errors():
            self.conn.execute("BEGIN IMMEDIATE")
        held = time.perf_counter()
        self._depth = 1
        try:
            yield
            with write_errors():
                self.conn.execute("COMMIT")
        except BaseException:
            # Also reached when COMMIT itself fails, which would otherwise leave the
            # connection inside a transaction that every later BEGIN trips over.
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            self._schema = None  # it may hold a version that was rolled back
            self._layers.clear()
            if isinstance(sys.exc_info()[1], sqlite3.OperationalError):
                with write_errors():
                    raise
            raise
        finally:
            self._depth = 0
            self.longest_write_s = max(self.longest_write_s, time.perf_counter() - held)

    @contextmanager
    def patience(self, seconds: float) -> Iterator[None]:
        """Writes inside wait at most `seconds` for another process's lock, then raise StoreBusy.

        The desk tries each write this way first, so a locked database costs the screen a
        few milliseconds, not the 30 s busy timeout; a worker then waits on its own connection.
        """
        self.conn.execute(f"PRAGMA busy_timeout={max(0, int(seconds * 1000))}")
        try:
            yield
        finally:
            self.conn.execute(f"PRAGMA busy_timeout={self._busy_ms}")

    def _roll_back_to(self, name: str) -> None:
        """Undo a nested call's work, unless SQLite already rolled the whole transaction back
        (it does on a full disk): then the savepoint is gone, and failing on it would hide
        the error that matters behind "no such savepoint"."""
        if not self.conn.in_transaction:
            return
        try:
            self.conn.execute(f"ROLLBACK TO {name}")
            self.conn.execute(f"RELEASE {name}")
        except sqlite3.OperationalError:
            if self.conn.in_transaction:
                raise

    def _one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    # -- schema ----------------------------------------------------------------------

    def schema(self) -> LabelSchema:
        # One indexed max() per call, so a schema loaded by another process (the CLI while
        # the app is open) is seen without reopening.
        latest = self._one("SELECT max(version) FROM label_schemas")
        if self._schema is None or self._schema.version != latest:
            body = self._one("SELECT body FROM label_schemas ORDER BY version DESC LIMIT 1")
            # None only in a new file opened read-only, which never got the default stored
            self._schema = default_schema() if body is None else LabelSchema.model_validate_json(body)
        return self._schema

    def _insert_schema(self, schema: LabelSchema) -> int:
        version = (self._one("SELECT max(version) FROM label_schemas") or 0) + 1
        stored = schema.model_copy(update={"version": version})
        self.conn.execute(
            "INSERT INTO label_schemas(version, body, created_at) VALUES (?, ?, ?)",
            (version, stored.model_dump_json(), now_iso()),
        )
        self._schema = stored
        return version

    def label_usage(self) -> dict[tuple[str, str], int]:
        """How many units use each entity label, event type, quote kind and event role."""
        usage: dict[tuple[str, str], int] = {}
        for kind, label, n in self.conn.execute(
            "SELECT kind, label, count(*) FROM units WHERE kind IN ('entity', 'event', 'quote') GROUP BY kind, label"
        ):
            usage[(kind, label)] = n
        for etype, role, n in self.conn.execute(
            "SELECT u.label, r.key, count(*) FROM units u, json_each(u.body, '$.arguments') r "
            "WHERE u.kind = 'event' GROUP BY u.label, r.key"
        ):
            usage[("role", f"{etype}:{role}")] = n
        return usage

    def set_schema(self, schema: LabelSchema, mapping: dict[str, str] | None = None) -> int:
        """Store a new schema version, remapping labels in use; refuse to orphan any."""
        mapping = mapping or {}
        # Validate again: a model_copy skips validation, and a stored schema that cannot be
        # read back would make the whole corpus unopenable.
        schema = LabelSchema.model_validate(schema.model_dump())
        with self.transaction():
            usage = self.label_usage()
            _check_mapping(schema, usage, mapping)
            orphans = _orphans(schema, usage, mapping)
            if orphans:
                raise OrphanError(orphans)
            if mapping:
                self._remap(mapping)
            return self._insert_schema(schema)

    def _remap(self, mapping: dict[str, str]) -> None:
        rows = self.conn.execute("SELECT id, body FROM units WHERE kind IN ('entity', 'event', 'quote')").fetchall()
        for unit_id, raw in rows:
            body = json.loads(raw)
            new = _remap_body(body, mapping)
            if new is None:
                self.conn.execute("DELETE FROM units WHERE id = ?", (unit_id,))
            elif new != body:
                label = _label_of_body(new)
                self.conn.execute(
                    "UPDATE units SET body = ?, label = ? WHERE id = ?", (json.dumps(new), label, unit_id)
                )
        self._remap_log(mapping)

    def _remap_log(self, mapping: dict[str, str]) -> None:
        """Carry the mapping into the undo log, so undo and redo never bring back a label the
        schema no longer has: a unit logged under a deleted label counts as no unit there."""
        needles = sorted({json.dumps(old.partition(":")[2] or old) for old in mapping})
        match = " OR ".join("instr(before, ?) OR instr(after, ?)" for _ in needles)
        rows = self.conn.execute(
            f"SELECT id, before, after FROM decisions WHERE {match}", [n for n in needles for _ in (0, 1)]
        ).fetchall()
        for decision_id, before, after in rows:
            new_before, new_after = _remap_logged(before, mapping), _remap_logged(after, mapping)
            if (new_before, new_after) != (before, after):
                self.conn.execute(
                    "UPDATE decisions SET before = ?, after = ? WHERE id = ?", (new_before, new_after, decision_id)
                )

    # -- documents -------------------------------------------------------------------

    def insert_documents(self, docs: Iterable[Document]) -> InsertResult:
        """Insert new documents; skip (and report) ids or texts already stored (or pending in an import)."""
        result = InsertResult()
        created = now_iso()
        with self.transaction():
            for doc in docs:
                if self.find_by_hash(doc.content_hash) is not None or self.has_document(doc.id):
                    result.duplicates.append(doc.id)
                    continue
                self.conn.execute(
                    "INSERT INTO documents(id, title, text, outlet, url, published, content_hash, meta, story_key,"
                    " created_at, nul_chars, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        doc.id,
                        doc.title,
                        doc.text,
                        doc.outlet,
                        doc.url,
                        doc.published.isoformat() if doc.published else None,
                        doc.content_hash,
                        orjson.dumps(doc.meta).decode(),
                        doc.story_key,
                        created,
                        len(doc.text) if "\x00" in doc.text else None,  # SQLite's length() stops at NUL
                        self._import_id,  # hidden until the import completes (staging.py)
                    ),
                )
                result.inserted.append(doc.id)
        return result

    def document(self, doc_id: str) -> Document:
        row = self.conn.execute(
            "SELECT id, title, text, outlet, url, published, content_hash, meta, story_key FROM documents WHERE id = ?",
            (doc_id,),
        ).fetchone()
        if row is None:
            raise UnknownDocumentError(doc_id)
        return _document(row)

    def documents(self, after_seq: int = 0, limit: int = 1000) -> list[Document]:
        rows = self.conn.execute(
            "SELECT id, title, text, outlet, url, published, content_hash, meta, story_key, seq FROM documents d"
            f" WHERE seq > ? AND {VISIBLE} ORDER BY seq LIMIT ?",
            (after_seq, limit),
        ).fetchall()
        return [_document(r) for r in rows]

    def doc_seq(self, doc_id: str) -> int | None:
        return self._one("SELECT seq FROM documents WHERE id = ?", (doc_id,))

    def has_document(self, doc_id: str) -> bool:
        return self._one("SELECT 1 FROM documents WHERE id = ?", (doc_id,)) is not None

    def find_by_hash(self, content_hash: str) -> str | None:
        return self._one("SELECT id FROM documents WHERE content_hash = ?", (content_hash,))

    def count_documents(self) -> int:
        """Documents users see: all, less those of unfinished imports (two index counts, no scan)."""
        hidden = self._one(
            "SELECT count(*) FROM documents WHERE import_id IN (SELECT id FROM imports WHERE done_at IS NULL)"
        )
        return self._one("SELECT count(*) FROM documents") - hidden

    def queue(
        self,
        annotator: str,
        *,
        after_seq: int = 0,
        before_seq: int | None = None,
        limit: int = 50,
        status: DocStatus | None = None,
        query: str | None = None,
        assigned_only: bool = False,
        order: str = "seq",
        after_key: tuple[float, str] | None = None,
        before_key: tuple[float, str] | None = None,
    ) -> list[DocRow]:
        """One page of the queue, by last-seen key (OFFSET paging is 400x slower at 1M rows).

        `order` "doubt" ("doubt-mean") lists the undone documents the newest suggestions
        layer has seen, those whose suggestions have the lowest minimum (mean) score first,
        paged by the key (doubt, id) (`after_key`/`before_key`; `before_seq` alone gives the
        last page); unscored documents come last. The doubt is kept per document in
        `layer_docs` (see `refresh_doubt`), so a page is an index walk, not a scoring pass.
        """
        if order not in QUEUE_ORDERS:
            raise ValueError(f"unknown queue order {order!r} (one of {', '.join(QUEUE_ORDERS)})")
        backwards = before_seq is not None or before_key is not None
        direction = "DESC" if backwards else "ASC"
        if order == "seq":
            source, doubt_col = self._queue_source(annotator, status), "NULL"
            where, params = (["d.seq < ?"], [before_seq]) if before_seq is not None else (["d.seq > ?"], [after_seq])
            sort = f"d.seq {direction}"
        else:
            source, doubt_col, where, params = self._doubt_plan(
                order, before_key if backwards else after_key, backwards
            )
            sort = f"{doubt_col} {direction}, x.doc_id {direction}"
        where.insert(0, VISIBLE)  # documents of an unfinished import are not there yet
        if status is not None:
            where.append("coalesce(s.status, 'todo') = ?")
            params.append(status)
        match = fts_query(query or "")
        if match:
            where.append("d.seq IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)")
            params.append(match)
        if assigned_only:
            where.append("EXISTS (SELECT 1 FROM assignments a WHERE a.doc_id = d.id AND a.annotator = ?)")
            params.append(annotator)
        sugg = self._suggestion_layer_ids()
        sugg_sql = ",".join(str(i) for i in sugg) or "NULL"
        sql = f"""
            SELECT d.seq, d.id, d.title, d.outlet, coalesce(d.nul_chars, length(d.text)), coalesce(s.status, 'todo'), coalesce(s.flagged, 0),
                (SELECT count(*) FROM units u WHERE u.doc_id = d.id AND u.layer_id IN ({sugg_sql})
                    AND u.kind != 'boilerplate'),
                (SELECT count(*) FROM decisions x WHERE x.doc_id = d.id AND x.annotator = ?),
                {doubt_col},
                EXISTS (SELECT 1 FROM suggest_failures f WHERE f.doc_id = d.id),
                EXISTS (SELECT 1 FROM layer_docs x WHERE x.doc_id = d.id AND x.layer_id IN ({sugg_sql}))
            FROM {source}
            WHERE {" AND ".join(where)} ORDER BY {sort} LIMIT ?"""
        rows = self.conn.execute(sql, [annotator, annotator, *params, limit]).fetchall()
        if backwards:
            rows.reverse()
        return [
            DocRow(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                bool(r[6]),
                r[7],
                r[8],
                None if r[9] in (None, NO_DOUBT) else r[9],
                bool(r[10]),
                bool(r[11]),
            )
            for r in rows
        ]

    def _doubt_plan(
        self, order: str, key: tuple[float, str] | None, backwards: bool
    ) -> tuple[str, str, list[str], list[Any]]:
        """FROM, doubt column, WHERE and parameters of a doubt-ordered page: a walk of the
        newest suggestions layer's `layer_docs` index from `key` on, undone documents only."""
        layer = self.latest_suggestions_layer()
        found = self.layer(layer) if layer else None
        layer_id = int(found.id) if found else -1  # an integer from our own table: safe inline
        col = "x.doubt_min" if order == "doubt" else "x.doubt_mean"
        source = (
            "layer_docs x CROSS JOIN documents d ON d.id = x.doc_id"
            " LEFT JOIN doc_status s ON s.doc_id = d.id AND s.annotator = ?"
        )
        where = [f"x.layer_id = {layer_id}", "coalesce(s.status, 'todo') IN ('todo', 'in_progress')"]
        params: list[Any] = []
        if key is not None:
            cmp = "<" if backwards else ">"
            where.append(f"({col} {cmp} ? OR ({col} = ? AND x.doc_id {cmp} ?))")
            params += [key[0], key[0], key[1]]
        return source, col, where, params

    def refresh_doubt(self, layer: str, doc_ids: Sequence[str] | None = None) -> None:
        """Recompute the documents' doubt in `layer` from their suggestions' scores (all when None).

        `mark_layer_done` does it for the documents it marks; call this after changing
        scores some other way.
        """
        found = self.layer(layer)
        if found is None:
            return
        with self.transaction():
            self._refresh_doubt(int(found.id), doc_ids)

    def _refresh_doubt(self, layer_id: int, doc_ids: Sequence[str] | None) -> None:
        scores = (
            "(SELECT {0}(u.score) FROM units u WHERE u.doc_id = layer_docs.doc_id AND u.layer_id = layer_docs.layer_id"
            " AND u.kind != 'boilerplate' AND u.score IS NOT NULL)"
        )
        sql = (
            f"UPDATE layer_docs SET doubt_min = coalesce({scores.format('min')}, {NO_DOUBT}),"
            f" doubt_mean = coalesce({scores.format('avg')}, {NO_DOUBT}) WHERE layer_id = ?"
        )
        if doc_ids is None:
            self.conn.execute(sql, (layer_id,))
            return
        self.conn.executemany(sql + " AND doc_id = ?", [(layer_id, d) for d in doc_ids])

    def _queue_source(self, annotator: str, status: DocStatus | None) -> str:
        """The queue's FROM clause: walk documents in order, or start from a rare status.

        Walking in key order finds a page at once unless the filter is rare: a status held
        by a few of 100,000 documents took 80 ms to walk. Its rows are counted already
        (status_counts), so when they are few we start from them and sort just those.
        """
        walk = "documents d LEFT JOIN doc_status s ON s.doc_id = d.id AND s.annotator = ?"
        if status in (None, "todo"):
            return walk
        held = self._one("SELECT n FROM status_counts WHERE annotator = ? AND status = ?", (annotator, status)) or 0
        if held * RARE_STATUS_SHARE > self.count_documents():
            return walk
        return "doc_status s CROSS JOIN documents d ON d.id = s.doc_id AND s.annotator = ?"

    def neighbour(self, doc_id: str, annotator: str, step: int, undone_only: bool = False) -> str | None:
        """The next (step > 0) or previous document for this annotator, optionally undone only."""
        seq = self.doc_seq(doc_id) or 0
        cmp, order = (">", "ASC") if step > 0 else ("<", "DESC")
        where = [f"d.seq {cmp} ?", VISIBLE]
        params: list[Any] = [annotator, seq]
        if undone_only:
            where.append("coalesce(s.status, 'todo') IN ('todo', 'in_progress')")
        if self._has_assignments(annotator):
            where.append("EXISTS (SELECT 1 FROM assignments a WHERE a.doc_id = d.id AND a.annotator = ?)")
            params.append(annotator)
        return self._one(
            f"SELECT d.id FROM documents d LEFT JOIN doc_status s ON s.doc_id = d.id AND s.annotator = ?"
            f" WHERE {' AND '.join(where)} ORDER BY d.seq {order} LIMIT 1",
            params,
        )

    def first_undone(self, annotator: str) -> str | None:
        """The annotator's first document not yet done or skipped, from the top."""
        return self.neighbour("", annotator, +1, undone_only=True)

    def _has_assignments(self, annotator: str) -> bool:
        return self._one("SELECT 1 FROM assignments WHERE annotator = ? LIMIT 1", (annotator,)) is not None

    # -- layers and units ------------------------------------------------------------

    def layer(self, name: str) -> Layer | None:
        found = self._layers.get(name)
        if found is None:
            row = self.conn.execute(
                "SELECT id, name, kind, model, model_version FROM layers WHERE name = ?", (name,)
            ).fetchone()
            if row is None:
                return None  # not cached: another process may create it later
            found = self._layers[name] = Layer(*row)
        return found

    def ensure_layer(self, name: str, kind: str, model: str | None = None, version: str | None = None) -> Layer:
        found = self.layer(name)
        if found is not None:
            return found
        with self.transaction():
            self.conn.execute(
                "INSERT OR IGNORE INTO layers(name, kind, model, model_version, created_at) VALUES (?, ?, ?, ?, ?)",
                (name, kind, model, version, now_iso()),
            )
        layer = self.layer(name)
        assert layer is not None
        return layer

    def _layer_for(self, name: str) -> Layer:
        """The layer by name, created on first use with the kind its name implies."""
        if name == GOLD:
            return self.ensure_layer(GOLD, "gold")
        if name.startswith("annotator:"):
            return self.ensure_layer(name, "annotator")
        if name.startswith("suggestions:"):
            model, _, version = name.removeprefix("suggestions:").partition("@")
            return self.ensure_layer(name, "suggestions", model, version)
        raise ValueError(f"unknown layer name {name!r} (gold, annotator:NAME or suggestions:MODEL@VERSION)")

    def layers(self, kind: str | None = None) -> list[Layer]:
        sql = "SELECT id, name, kind, model, model_version FROM layers"
        rows = self.conn.execute(sql + (" WHERE kind = ?" if kind else "") + " ORDER BY id", (kind,) if kind else ())
        return [Layer(*r) for r in rows]

    def _suggestion_layer_ids(self) -> list[int]:
        return [layer.id for layer in self.layers("suggestions")]

    def units(self, doc_id: str, layer: str) -> list[Unit]:
        found = self.layer(layer)
        if found is None:
            return []
        # An entity is whole in its columns: its body is not even fetched (most units are
        # entities). Text order is sorted here: SQLite's temporary b-tree for the part of
        # the ORDER BY the index lacks costs more than sorting a document's units in Python.
        rows = self.conn.execute(
            "SELECT id, doc_id, kind, start, \"end\", label, CASE WHEN kind = 'entity' THEN NULL ELSE body END,"
            " state, origin_id, source, score, provenance FROM units WHERE doc_id = ? AND layer_id = ?",
            (doc_id, found.id),
        ).fetchall()
        rows.sort(key=_unit_order)
        return [_unit(r) for r in rows]

    def unit(self, unit_id: int) -> Unit | None:
        row = self.conn.execute(
            'SELECT id, doc_id, kind, start, "end", label, body, state, origin_id, source, score, provenance'
            " FROM units WHERE id = ?",
            (unit_id,),
        ).fetchone()
        return None if row is None else _unit(row)

    def unit_layer(self, unit_id: int) -> str | None:
        return self._one("SELECT l.name FROM units u JOIN layers l ON l.id = u.layer_id WHERE u.id = ?", (unit_id,))

    def add_units(self, layer: str, units: Sequence[Unit]) -> list[int]:
        target = self._layer_for(layer)
        with self.transaction():
            return [self._insert_unit(target.id, u) for u in units]

    def _insert_unit(self, layer_id: int, unit: Unit) -> int:
        body = unit.body
        cur = self.conn.execute(
            'INSERT INTO units(id, doc_id, layer_id, kind, start, "end", label, body, state, origin_id, source, score, provenance)'
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                unit.id,
                unit.doc_id,
                layer_id,
                body.kind,
                body.span.start,
                body.span.end,
                _label_of(body),
                body.model_dump_json(),
                unit.state,
                unit.origin_id,
                unit.source,
                unit.score,
                orjson.dumps(unit.provenance).decode(),
            ),
        )
        assert cur.lastrowid is not None
        return cur.lastrowid

    def replace_units(self, doc_id: str, layer: str, units: Sequence[Unit]) -> list[int]:
        """Swap a document's units in one layer (suggest --redo; gold rebuilt from review)."""
        target = self._layer_for(layer)
        with self.transaction():
            self.conn.execute("DELETE FROM units WHERE doc_id = ? AND layer_id = ?", (doc_id, target.id))
            return [self._insert_unit(target.id, u) for u in units]

    def mark_layer_done(self, layer: str, doc_ids: Sequence[str]) -> None:
        """Remember that a model has seen these documents, even those that got no suggestion
        (a failure recorded for one of them earlier is over)."""
        target = self._layer_for(layer)
        stamp = now_iso()
        with self.transaction():
            self.conn.executemany(
                "INSERT OR REPLACE INTO layer_docs(layer_id, doc_id, done_at) VALUES (?, ?, ?)",
                [(target.id, d, stamp) for d in doc_ids],
            )
            if target.kind == "suggestions":  # the queue's doubt order reads these scores
                self._refresh_doubt(int(target.id), doc_ids)
            self.conn.executemany(
                "DELETE FROM suggest_failures WHERE layer_id = ? AND doc_id = ?", [(target.id, d) for d in doc_ids]
            )

    def record_suggest_failures(self, layer: str, failures: Sequence[tuple[str, str]]) -> None:
        """(doc_id, error) pairs the layer's model could not suggest for: one more attempt each."""
        target = self._layer_for(layer)
        stamp = now_iso()
        with self.transaction():
            self.conn.executemany(
                "INSERT INTO suggest_failures(layer_id, doc_id, error, attempts, failed_at) VALUES (?, ?, ?, 1, ?)"
                " ON CONFLICT(layer_id, doc_id) DO UPDATE SET error = excluded.error,"
                " attempts = attempts + 1, failed_at = excluded.failed_at",
                [(target.id, doc_id, error, stamp) for doc_id, error in failures],
            )

    def suggest_failures(
        self, *, layer: str | None = None, doc_id: str | None = None, after_seq: int = 0, limit: int | None = None
    ) -> list[SuggestFailure]:
        """Recorded failures in corpus order, newest layer first within a document."""
        where, params = ["d.seq > ?"], [after_seq]
        if layer is not None:
            where.append("l.name = ?")
            params.append(layer)
        if doc_id is not None:
            where.append("d.id = ?")
            params.append(doc_id)
        params.append(-1 if limit is None else limit)
        rows = self.conn.execute(
            "SELECT d.seq, d.id, d.title, l.name, l.model, l.model_version, f.error, f.attempts, f.failed_at"
            " FROM suggest_failures f JOIN documents d ON d.id = f.doc_id JOIN layers l ON l.id = f.layer_id"
            f" WHERE {' AND '.join(where)} ORDER BY d.seq, l.id DESC LIMIT ?",
            params,
        ).fetchall()
        return [SuggestFailure(*r) for r in rows]

    def failed_doc_ids(self, layer: str, min_attempts: int = 1) -> set[str]:
        """Documents of this layer that failed at least `min_attempts` times."""
        found = self.layer(layer)
        if found is None:
            return set()
        rows = self.conn.execute(
            "SELECT doc_id FROM suggest_failures WHERE layer_id = ? AND attempts >= ?", (found.id, min_attempts)
        )
        return {r[0] for r in rows}

    def docs_missing_layer(self, layer: str) -> Iterator[str]:
        found = self.layer(layer)
        layer_id = found.id if found else -1
        rows = self.conn.execute(
            f"SELECT d.id FROM documents d WHERE {VISIBLE} AND NOT EXISTS"
            " (SELECT 1 FROM layer_docs x WHERE x.layer_id = ? AND x.doc_id = d.id) ORDER BY d.seq",
            (layer_id,),
        ).fetchall()
        return iter([r[0] for r in rows])

    def latest_suggestions_layer(self, doc_id: str | None = None) -> str | None:
        """The newest suggestions layer (for one document: the newest that has seen it)."""
        if doc_id is None:
            return self._one("SELECT name FROM layers WHERE kind = 'suggestions' ORDER BY id DESC LIMIT 1")
        # CROSS JOIN keeps the few layers as the outer loop, so each probe is a primary-key
        # lookup on layer_docs; a plain JOIN let the planner scan every layer_docs row.
        return self._one(
            "SELECT l.name FROM layers l CROSS JOIN layer_docs x ON x.layer_id = l.id AND x.doc_id = ?"
            " WHERE l.kind = 'suggestions' ORDER BY x.done_at DESC, l.id DESC LIMIT 1",
            (doc_id,),
        )

    # -- decisions ---------------------------------------------------------------------

    def decide(self, decisions: Sequence[Decision]) -> list[Decision]:
        """Apply one editor action (one or more decisions) and log it, in one transaction.

        A decision's `before`/`after` are whole unit dumps (or None): insert when only
        `after` is set, update when both are, delete when only `before` is. Undo is the
        same operation with the two swapped, so every change is reversible from the log.
        """
        if not decisions:
            return []
        _one_action(decisions)
        with self.transaction():
            group: int | None = None
            out: list[Decision] = []
            for d in decisions:
                applied = self._apply(d, layer=Layer.annotator_name(d.annotator))
                logged = self._log(applied, group)
                group = group or logged.id
                out.append(logged)
            self._touch_status(decisions[0].doc_id, decisions[0].annotator)
            return out

    def _apply(self, d: Decision, layer: str, strict: bool = True) -> Decision:
        """Change `layer` as the decision says; `strict` refuses an update or delete that finds no unit."""
        if d.action == "status":
            return d
        target = self._layer_for(layer)
        if d.before is None and d.after is not None:
            unit = Unit.model_validate(d.after)
            if unit.doc_id != d.doc_id:
                raise ValueError(f"decision on {d.doc_id} adds a unit of {unit.doc_id}")
            new_id = self._insert_unit(target.id, unit)
            after = {**d.after, "id": new_id}
            return d.model_copy(update={"unit_id": new_id, "after": after})
        if d.before is not None and d.after is not None:
            unit = Unit.model_validate(d.after)
            unit_id = d.unit_id or unit.id or d.before.get("id")
            body = unit.body
            cur = self.conn.execute(
                'UPDATE units SET kind = ?, start = ?, "end" = ?, label = ?, body = ?, state = ?, origin_id = ?,'
                " source = ?, score = ?, provenance = ? WHERE id = ? AND doc_id = ? AND layer_id = ?",
                (
                    body.kind,
                    body.span.start,
                    body.span.end,
                    _label_of(body),
                    body.model_dump_json(),
                    unit.state,
                    unit.origin_id,
                    unit.source,
                    unit.score,
                    orjson.dumps(unit.provenance).decode(),
                    unit_id,
                    d.doc_id,
                    target.id,
                ),
            )
            _check_hit(cur.rowcount, d, unit_id, layer, strict)
            # The log keeps the id in both dumps, so undo and redo find the same unit.
            before, after = {**d.before, "id": unit_id}, {**d.after, "id": unit_id}
            return d.model_copy(update={"unit_id": unit_id, "before": before, "after": after})
        if d.before is not None:
            unit_id = d.unit_id or d.before.get("id")
            cur = self.conn.execute(
                "DELETE FROM units WHERE id = ? AND doc_id = ? AND layer_id = ?", (unit_id, d.doc_id, target.id)
            )
            _check_hit(cur.rowcount, d, unit_id, layer, strict)
            return d.model_copy(update={"unit_id": unit_id, "before": {**d.before, "id": unit_id}})
        raise ValueError(f"decision {d.action} changes nothing: before and after are both empty")

    def _log(self, d: Decision, group: int | None, layer: str | None = None) -> Decision:
        """Append one decision; `layer` None means the annotator's own layer (migration 3)."""
        cur = self.conn.execute(
            "INSERT INTO decisions(doc_id, annotator, at, action, unit_id, before, after, undoes, group_id, layer)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                d.doc_id,
                d.annotator,
                d.at.isoformat(timespec="microseconds"),
                d.action,
                d.unit_id,
                None if d.before is None else orjson.dumps(d.before).decode(),
                None if d.after is None else orjson.dumps(d.after).decode(),
                d.undoes,
                group,
                layer,
            ),
        )
        new_id = cur.lastrowid
        if group is None:
            self.conn.execute("UPDATE decisions SET group_id = ? WHERE id = ?", (new_id, new_id))
        return d.model_copy(update={"id": new_id})

    def decisions(self, doc_id: str | None = None, annotator: str | None = None) -> list[Decision]:
        where, params = [], []
        if doc_id is not None:
            where.append("doc_id = ?")
            params.append(doc_id)
        if annotator is not None:
            where.append("annotator = ?")
            params.append(annotator)
        sql = "SELECT id, doc_id, annotator, at, action, unit_id, before, after, undoes FROM decisions"
        if where:
            sql += " WHERE " + " AND ".join(where)
        return [_decision(r) for r in self.conn.execute(sql + " ORDER BY id", params)]

    def _groups(
        self, doc_id: str, annotator: str, layer: str | None = None
    ) -> list[tuple[int, str, int | None, list[Decision]]]:
        rows = self.conn.execute(
            "SELECT id, doc_id, annotator, at, action, unit_id, before, after, undoes, group_id FROM decisions"
            " WHERE doc_id = ? AND annotator = ? AND layer IS ? ORDER BY id",
            (doc_id, annotator, layer),
        ).fetchall()
        groups: dict[int, tuple[int, str, int | None, list[Decision]]] = {}
        for r in rows:
            gid = r[9] or r[0]
            if gid not in groups:
                groups[gid] = (gid, r[4], r[8], [])
            groups[gid][3].append(_decision(r[:9]))
        return list(groups.values())

    def _stacks(
        self, doc_id: str, annotator: str, layer: str | None = None
    ) -> tuple[list[list[Decision]], list[list[Decision]]]:
        """Replay the log into the undo and redo stacks, so both survive a restart."""
        by_id: dict[int, list[Decision]] = {}
        done: list[int] = []
        undone: list[int] = []
        for gid, action, undoes, items in self._groups(doc_id, annotator, layer):
            by_id[gid] = items
            if action == "undo" and undoes in done:
                done.remove(undoes)
                undone.append(undoes)
            elif action == "redo" and undoes in undone:
                undone.remove(undoes)
                done.append(undoes)
            elif action in UNDOABLE:
                done.append(gid)
                undone.clear()
        return [by_id[g] for g in done], [by_id[g] for g in undone]

    def undo(self, doc_id: str, annotator: str) -> list[Decision]:
        """Reverse the annotator's last action on this document; [] when there is none."""
        return self.undo_layer(doc_id, annotator, None)

    def undo_layer(self, doc_id: str, annotator: str, layer: str | None) -> list[Decision]:
        """Reverse this person's last action on this document in `layer` (None: their own layer)."""
        return self._step(doc_id, annotator, layer, "undo")

    def redo(self, doc_id: str, annotator: str) -> list[Decision]:
        """Replay the last undone action; [] when there is none."""
        return self.redo_layer(doc_id, annotator, None)

    def redo_layer(self, doc_id: str, annotator: str, layer: str | None) -> list[Decision]:
        """Replay this person's last undone action in `layer` (None: their own layer)."""
        return self._step(doc_id, annotator, layer, "redo")

    def _step(self, doc_id: str, annotator: str, layer: str | None, action: str) -> list[Decision]:
        """Undo (swap before/after, newest first) or redo (as logged) one action group."""
        with self.transaction():
            done, undone = self._stacks(doc_id, annotator, layer)
            stack = done if action == "undo" else undone
            if not stack:
                return []
            target = stack[-1]
            items = reversed(target) if action == "undo" else iter(target)
            steps = [
                Decision(
                    doc_id=d.doc_id,
                    annotator=annotator,
                    action=action,
                    unit_id=d.unit_id,
                    before=d.after if action == "undo" else d.before,
                    after=d.before if action == "undo" else d.after,
                    undoes=target[0].id,
                )
                for d in items
            ]
            return self._replay(steps, annotator, layer)

    def _replay(self, decisions: list[Decision], annotator: str, layer: str | None = None) -> list[Decision]:
        out: list[Decision] = []
        group: int | None = None
        for d in decisions:
            applied = self._apply_exact(d, annotator, layer)
            logged = self._log(applied, group, layer)
            group = group or logged.id
            out.append(logged)
        return out

    def _apply_exact(self, d: Decision, annotator: str, layer: str | None = None) -> Decision:
        """Like _apply, but an insert restores the unit under its original id."""
        name = layer or Layer.annotator_name(annotator)
        if d.is_status:
            self._restore_status(d)
            return d
        if d.before is None and d.after is not None:
            target = self._layer_for(name)
            unit = Unit.model_validate(d.after)
            self._insert_unit(target.id, unit)
            return d
        if d.action == "status" or (d.before is None and d.after is None):
            return d
        # Not strict: a unit a schema remap deleted must not make undo fail for ever.
        return self._apply(d, name, strict=False)

    # -- status, position, assignment ---------------------------------------------------

    def state(self, doc_id: str, annotator: str) -> DocState:
        row = self.conn.execute(
            "SELECT status, flagged, note, focus FROM doc_status WHERE doc_id = ? AND annotator = ?",
            (doc_id, annotator),
        ).fetchone()
        if row is None:
            return DocState(doc_id=doc_id, annotator=annotator)
        return DocState(
            doc_id=doc_id, annotator=annotator, status=row[0], flagged=bool(row[1]), note=row[2], focus=row[3]
        )

    def set_status(
        self, doc_id: str, annotator: str, status: DocStatus, *, flagged: bool | None = None, note: str | None = None
    ) -> DocState:
        """Change where an annotator stands on a document, logged, with counters kept in step."""
        with self.transaction():
            old = self.state(doc_id, annotator)
            # No row yet means implicitly todo, but no todo counter to decrement.
            stored = self._one("SELECT status FROM doc_status WHERE doc_id = ? AND annotator = ?", (doc_id, annotator))
            new = old.model_copy(
                update={
                    "status": status,
                    "flagged": old.flagged if flagged is None else flagged,
                    "note": old.note if note is None else note,
                }
            )
            self._write_state(new, stored)
            self._log(
                Decision(
                    doc_id=doc_id,
                    annotator=annotator,
                    action="status",
                    before=old.model_dump(include={"status", "flagged", "note"}),
                    after=new.model_dump(include={"status", "flagged", "note"}),
                ),
                None,
            )
            return new

    def _restore_status(self, d: Decision) -> None:
        """Undo or redo of a status decision: the status, flag and note go back to `after`."""
        if d.after is None:
            return
        stored = self._one("SELECT status FROM doc_status WHERE doc_id = ? AND annotator = ?", (d.doc_id, d.annotator))
        old = self.state(d.doc_id, d.annotator)
        keep = {k: d.after[k] for k in ("status", "flagged", "note") if k in d.after}
        self._write_state(old.model_copy(update=keep), stored)

    def _write_state(self, state: DocState, old_status: str | None) -> None:
        if not self.has_document(state.doc_id):
            raise UnknownDocumentError(state.doc_id)
        self.conn.execute(
            "INSERT INTO doc_status(doc_id, annotator, status, flagged, note, focus, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(doc_id, annotator) DO UPDATE SET"
            " status = excluded.status, flagged = excluded.flagged, note = excluded.note,"
            " focus = excluded.focus, updated_at = excluded.updated_at",
            (state.doc_id, state.annotator, state.status, int(state.flagged), state.note, state.focus, now_iso()),
        )
        if old_status != state.status:
            if old_status is not None:
                self._count(state.annotator, old_status, -1)
            self._count(state.annotator, state.status, +1)

    def _count(self, annotator: str, status: str, delta: int) -> None:
        self.conn.execute(
            "INSERT INTO status_counts(annotator, status, n) VALUES (?, ?, ?)"
            " ON CONFLICT(annotator, status) DO UPDATE SET n = n + excluded.n",
            (annotator, status, delta),
        )

    def _touch_status(self, doc_id: str, annotator: str) -> None:
        """A first decision on a document moves it from todo to in progress."""
        exists = self._one("SELECT status FROM doc_status WHERE doc_id = ? AND annotator = ?", (doc_id, annotator))
        if exists is None:
            self._write_state(DocState(doc_id=doc_id, annotator=annotator, status="in_progress"), None)
        elif exists == "todo":
            state = self.state(doc_id, annotator)
            self._write_state(state.model_copy(update={"status": "in_progress"}), "todo")

    def set_focus(self, doc_id: str, annotator: str, unit_id: int | None) -> None:
        """Remember the document and unit under the cursor, to reopen there after a restart."""
        if self.read_only:
            return  # a convenience, not a decision: reading a read-only corpus must not fail on it
        with self.transaction():
            self.conn.execute(
                "INSERT INTO cursors(annotator, doc_id, unit_id, updated_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT(annotator) DO UPDATE SET doc_id = excluded.doc_id, unit_id = excluded.unit_id,"
                " updated_at = excluded.updated_at",
                (annotator, doc_id, unit_id, now_iso()),
            )
            self.conn.execute(
                "UPDATE doc_status SET focus = ? WHERE doc_id = ? AND annotator = ?", (unit_id, doc_id, annotator)
            )

    def cursor(self, annotator: str) -> tuple[str | None, int | None]:
        row = self.conn.execute("SELECT doc_id, unit_id FROM cursors WHERE annotator = ?", (annotator,)).fetchone()
        return (None, None) if row is None else (row[0], row[1])

    def status_counts(self, annotator: str | None = None) -> dict[str, dict[str, int]]:
        """Documents per status per annotator, from counters (a GROUP BY costs 65 ms at 1M rows)."""
        sql = "SELECT annotator, status, n FROM status_counts WHERE n > 0"
        params: tuple[Any, ...] = ()
        if annotator is not None:
            sql += " AND annotator = ?"
            params = (annotator,)
        out: dict[str, dict[str, int]] = {}
        for who, status, n in self.conn.execute(sql, params):
            out.setdefault(who, {})[status] = n
        return out

    def assign(self, pairs: Iterable[tuple[str, str]]) -> int:
        with self.transaction():
            cur = self.conn.executemany(
                "INSERT OR IGNORE INTO assignments(doc_id, annotator) VALUES (?, ?)", list(pairs)
            )
            return cur.rowcount

    def done_by_doc(self, doc_id: str | None = None) -> dict[str, set[str]]:
        """Who marked each document done (readiness for review reads it once per scoring)."""
        sql = "SELECT doc_id, annotator FROM doc_status WHERE status = 'done'"
        rows = self.conn.execute(sql + " AND doc_id = ?", (doc_id,)) if doc_id is not None else self.conn.execute(sql)
        out: dict[str, set[str]] = {}
        for doc, annotator in rows:
            out.setdefault(doc, set()).add(annotator)
        return out

    def layer_done_at(self, layer: str, doc_id: str) -> str | None:
        """When the layer was marked done for the document, if it was."""
        target = self.layer(layer)
        if target is None:
            return None
        return self._one("SELECT done_at FROM layer_docs WHERE layer_id = ? AND doc_id = ?", (target.id, doc_id))

    def unmark_layer_done(self, layer: str, doc_ids: Sequence[str]) -> None:
        """Forget a layer's done mark (gold: an adjudicator takes back "settled as no units")."""
        target = self.layer(layer)
        if target is None:
            return
        with self.transaction():
            self.conn.executemany(
                "DELETE FROM layer_docs WHERE layer_id = ? AND doc_id = ?", [(target.id, d) for d in doc_ids]
            )

    def assignments(self, annotator: str | None = None) -> list[tuple[str, str]]:
        if annotator is None:
            rows = self.conn.execute("SELECT doc_id, annotator FROM assignments ORDER BY doc_id, annotator")
        else:
            rows = self.conn.execute(
                "SELECT doc_id, annotator FROM assignments WHERE annotator = ? ORDER BY doc_id", (annotator,)
            )
        return [(r[0], r[1]) for r in rows]

    def annotators(self) -> list[str]:
        """Everyone with a layer, a status or an assignment in this corpus."""
        rows = self.conn.execute(
            "SELECT substr(name, 11) FROM layers WHERE kind = 'annotator'"
            " UNION SELECT annotator FROM doc_status UNION SELECT annotator FROM assignments ORDER BY 1"
        )
        return [r[0] for r in rows]

    def suggestion_outcomes(self) -> dict[str, dict[str, int]]:
        """Per suggested label: how often editors accepted, edited or rejected it."""
        out: dict[str, dict[str, int]] = {}
        for label, state, n in self.conn.execute(
            "SELECT s.label, a.state, count(*) FROM units a"
            " JOIN layers al ON al.id = a.layer_id AND al.kind = 'annotator'"
            " JOIN units s ON s.id = a.origin_id"
            " JOIN layers sl ON sl.id = s.layer_id AND sl.kind = 'suggestions'"
            " GROUP BY s.label, a.state"
        ):
            out.setdefault(label, {})[state] = n
        return out

    def decide_layer(self, decisions: Sequence[Decision], layer: str) -> list[Decision]:
        """Like `decide`, but on a named layer (gold, from review), logged and undoable there.

        Undo and redo of these go through `undo_layer`/`redo_layer` with the same layer name;
        the person's own `undo` never reaches them.
        """
        if not decisions:
            return []
        _one_action(decisions)
        with self.transaction():
            group: int | None = None
            out: list[Decision] = []
            for d in decisions:
                logged = self._log(self._apply(d, layer=layer), group, layer)
                group = group or logged.id
                out.append(logged)
            return out

    def stream_layers(
        self, layers: Sequence[str], *, texts: bool = True
    ) -> Iterator[tuple[str, str | None, dict[str, list[Unit]]]]:
        """Every document in id order with its units in `layers`, by name (text None unless `texts`).

        Two ordered scans merged in Python instead of a query per document: corpus-wide
        agreement reads each row once.
        """
        names = {found.id: found.name for found in (self.layer(n) for n in layers) if found is not None}
        ids = ",".join(str(i) for i in names) or "NULL"
        unit_rows = self.conn.execute(
            'SELECT id, doc_id, kind, start, "end", label, body, state, origin_id, source, score, provenance,'
            f' layer_id FROM units WHERE layer_id IN ({ids}) ORDER BY doc_id, layer_id, start, "end" DESC, id'
        )
        doc_sql = f"SELECT id, {'text' if texts else 'NULL'} FROM documents d WHERE {VISIBLE} ORDER BY id"
        pending = next(unit_rows, None)
        for doc_id, text in self.conn.execute(doc_sql):
            by_layer: dict[str, list[Unit]] = {}
            while pending is not None and pending[1] < doc_id:  # a document of an unfinished import
                pending = next(unit_rows, None)
            while pending is not None and pending[1] == doc_id:
                by_layer.setdefault(names[pending[12]], []).append(_unit(pending))
                pending = next(unit_rows, None)
            yield doc_id, text, by_layer

    def iter_layer_export(
        self, layers: Sequence[str], *, doc_ids: Sequence[str] | None = None, batch: int = 500
    ) -> Iterator[ExportDoc]:
        """Documents in seq order with their units in `layers`, their statuses and layer marks.

        Four queries per batch of documents (not per document), units as the raw rows
        sqlite3 returns: exports stream 100k documents without an object per unit.
        `doc_ids` restricts the export to those documents (still in seq order).
        """
        found = [self.layer(n) for n in layers]
        names = {f.id: f.name for f in found if f is not None}
        lids = ",".join(str(i) for i in names) or "NULL"
        for rows in self._export_doc_batches(doc_ids, batch):
            ids = [r[1] for r in rows]
            marks = ",".join("?" * len(ids))
            units: dict[str, dict[str, list[tuple[Any, ...]]]] = {}
            statuses: dict[str, dict[str, tuple[str, str]]] = {}
            done: dict[str, dict[str, str]] = {}
            # By document id through the units index, in its order (no sort step, and the
            # documents' pages, text and all, are not read a second time). Bodies only where
            # the columns do not say it all (quotes, events): entities are most units.
            unit_rows = self.conn.execute(
                'SELECT doc_id, layer_id, kind, start, "end", label,'
                " CASE WHEN kind IN ('quote', 'event') THEN body END, state = 'rejected', score"
                f" FROM units WHERE doc_id IN ({marks}) AND layer_id IN ({lids})"
                " ORDER BY doc_id, layer_id, start, id",
                ids,
            ).fetchall()
            for (doc_id, layer_id), group in groupby(unit_rows, key=itemgetter(0, 1)):
                found_units = list(group)
                if len(set(map(_START, found_units))) != len(found_units):
                    found_units.sort(key=_text_order)  # units sharing a start: longer first (stable: then by id)
                units.setdefault(doc_id, {})[names[layer_id]] = found_units
            for doc_id, who, status, updated in self.conn.execute(
                f"SELECT doc_id, annotator, status, updated_at FROM doc_status WHERE doc_id IN ({marks})", ids
            ):
                statuses.setdefault(doc_id, {})[who] = (status, updated)
            for doc_id, layer_id, done_at in self.conn.execute(
                f"SELECT doc_id, layer_id, done_at FROM layer_docs WHERE doc_id IN ({marks}) AND layer_id IN ({lids})",
                ids,
            ):
                done.setdefault(doc_id, {})[names[layer_id]] = done_at
            for r in rows:
                doc_id = r[1]
                yield ExportDoc(*r, units.get(doc_id, {}), statuses.get(doc_id, {}), done.get(doc_id, {}))

    def _export_doc_batches(self, doc_ids: Sequence[str] | None, batch: int) -> Iterator[list[tuple[Any, ...]]]:
        """Document rows in seq order, a batch at a time (paged by last-seen seq, never OFFSET)."""
        doc_sql = (
            "SELECT seq, id, title, text, outlet, url, published, content_hash, meta, story_key, created_at"
            " FROM documents d"
        )
        if doc_ids is not None:
            seqs = sorted(s for s in (self.doc_seq(d) for d in dict.fromkeys(doc_ids)) if s is not None)
            for i in range(0, len(seqs), batch):
                chunk = seqs[i : i + batch]
                marks = ",".join("?" * len(chunk))
                yield self.conn.execute(
                    f"{doc_sql} WHERE seq IN ({marks}) AND {VISIBLE} ORDER BY seq", chunk
                ).fetchall()
            return
        last = 0
        while True:
            rows = self.conn.execute(
                f"{doc_sql} WHERE seq > ? AND {VISIBLE} ORDER BY seq LIMIT ?", (last, batch)
            ).fetchall()
            if not rows:
                return
            yield rows
            last = rows[-1][0]

    def add_unit_rows(self, layer: str, rows: Sequence[Sequence[Any]]) -> int:
        """Insert many already-validated units with one executemany (import's bulk path).

        Each row is (doc_id, kind, start, end, label, body_json, state, source, score,
        provenance_json), `body_json` exactly as `Body.model_dump_json()` writes it. No model
        per unit: an import of 500k spans spent most of its time building them.
        """
        layer_id = int(self._layer_for(layer).id)  # an integer from our own table: safe inline
        with self.transaction():
            self.conn.executemany(
                'INSERT INTO units(doc_id, layer_id, kind, start, "end", label, body, state, source, score, provenance)'
                f" VALUES (?, {layer_id}, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
        return len(rows)

    def replace_unit_rows(self, layer: str, doc_ids: Sequence[str], rows: Sequence[Sequence[Any]]) -> int:
        """Swap these documents' units in one layer for `rows` (add_unit_rows' shape), keeping ids.

        A unit identical to one already stored (kind, span, label, body) keeps its row and id:
        annotators' accepted, edited and rejected units point at suggestions by id
        (`origin_id`), so `suggest --redo` must not orphan the suggestions it re-makes. Only
        units the new run no longer makes are deleted. Returns the number of rows inserted.
        """
        layer_id = int(self._layer_for(layer).id)
        with self.transaction():
            kept: dict[tuple[Any, ...], list[int]] = {}
            for at in range(0, len(doc_ids), 500):
                chunk = list(doc_ids[at : at + 500])
                for unit_id, *key in self.conn.execute(
                    'SELECT id, doc_id, kind, start, "end", label, body FROM units'
                    f" WHERE layer_id = ? AND doc_id IN ({','.join('?' * len(chunk))})",
                    [layer_id, *chunk],
                ):
                    kept.setdefault(tuple(key), []).append(unit_id)
            updates, inserts = [], []
            for row in rows:
                same = kept.get(tuple(row[:6]))
                if same:
                    updates.append((row[6], row[7], row[8], row[9], same.pop(0)))
                else:
                    inserts.append(row)
            gone = [(unit_id,) for ids in kept.values() for unit_id in ids]
            self.conn.executemany("DELETE FROM units WHERE id = ?", gone)
            self.conn.executemany(
                "UPDATE units SET state = ?, source = ?, score = ?, provenance = ? WHERE id = ?", updates
            )
            self.conn.executemany(
                'INSERT INTO units(doc_id, layer_id, kind, start, "end", label, body, state, source, score, provenance)'
                f" VALUES (?, {layer_id}, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                inserts,
            )
        return len(inserts)

    def import_statuses(self, annotator: str, pairs: Sequence[tuple[str, str]], *, counted: bool = True) -> None:
        """Set many (doc_id, status) at once for work brought in by an import, counters kept in step.

        No decision is logged: the log holds editor actions (pace and audit read it), and an
        import is not one; the units carry their provenance instead. With `counted` False
        (documents of an unfinished import) the counters wait for `complete_import`.
        """
        if not pairs:
            return
        with self.transaction():
            old: dict[str, str] = {}
            ids = [doc_id for doc_id, _ in pairs]
            for at in range(0, len(ids), 500):
                chunk = ids[at : at + 500]
                old.update(
                    self.conn.execute(
                        f"SELECT doc_id, status FROM doc_status WHERE annotator = ? AND doc_id IN ({','.join('?' * len(chunk))})",
                        [annotator, *chunk],
                    ).fetchall()
                )
            stamp = now_iso()
            self.conn.executemany(
                "INSERT INTO doc_status(doc_id, annotator, status, updated_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT(doc_id, annotator) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at",
                [(doc_id, annotator, status, stamp) for doc_id, status in pairs],
            )
            deltas: dict[str, int] = {}
            for doc_id, status in pairs if counted else ():
                before = old.get(doc_id)
                if before != status:
                    if before is not None:
                        deltas[before] = deltas.get(before, 0) - 1
                    deltas[status] = deltas.get(status, 0) + 1
                    old[doc_id] = status
            for status, delta in deltas.items():
                if delta:
                    self._count(annotator, status, delta)

    def assigned_progress(self, annotator: str) -> tuple[int, int]:
        """(documents assigned to the annotator, how many of those they marked done), for the queue's bar."""
        row = self.conn.execute(
            "SELECT count(*), coalesce(sum(s.status = 'done'), 0) FROM assignments a"
            " LEFT JOIN doc_status s ON s.doc_id = a.doc_id AND s.annotator = a.annotator"
            " WHERE a.annotator = ?",
            (annotator,),
        ).fetchone()
        return int(row[0]), int(row[1])

    # -- trained models and what editors made of their suggestions ------------------------

    def register_model(self, record: ModelRecord) -> ModelRecord:
        """Record a trained model; a name and version already taken is refused."""
        with self.transaction():
            try:
                cur = self.conn.execute(
                    "INSERT INTO models(name, version, path, base, layer, documents, heldout, scores, created_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        record.name,
                        record.version,
                        record.path,
                        record.base,
                        record.layer,
                        record.documents,
                        record.heldout,
                        orjson.dumps(record.scores).decode(),
                        record.created_at or now_iso(),
                    ),
                )
            except sqlite3.IntegrityError:
                raise UserError(f"model {record.name}@{record.version} is already registered") from None
        return self.models(record.name)[-1] if cur.lastrowid else record

    def models(self, name: str | None = None) -> list[ModelRecord]:
        """Registered models in the order they were trained (one name's versions, or all)."""
        sql = "SELECT name, version, path, base, layer, documents, heldout, scores, created_at, id FROM models"
        rows = self.conn.execute(sql + (" WHERE name = ?" if name else "") + " ORDER BY id", (name,) if name else ())
        return [ModelRecord(*r[:7], orjson.loads(r[7]), r[8], r[9]) for r in rows]

    def started_docs(self) -> set[str]:
        rows = self.conn.execute(
            "SELECT doc_id FROM doc_status WHERE status != 'todo' UNION SELECT DISTINCT doc_id FROM decisions"
        )
        return {r[0] for r in rows}

    def suggestion_fates(self, layer: str) -> list[Fate]:
        found = self.layer(layer)
        if found is None:
            return []
        cols = (
            '{0}.id, {0}.doc_id, {0}.kind, {0}.start, {0}."end", {0}.label, {0}.body, {0}.state, {0}.origin_id,'
            " {0}.source, {0}.score, {0}.provenance"
        )
        decided = self.conn.execute(
            f"SELECT substr(al.name, 11), {cols.format('s')}, {cols.format('a')} FROM units a"
            " JOIN layers al ON al.id = a.layer_id AND al.kind = 'annotator'"
            " JOIN units s ON s.id = a.origin_id AND s.layer_id = ?"
            " ORDER BY s.doc_id, s.start, s.id, al.name",
            (found.id,),
        ).fetchall()
        out = [Fate(r[2], r[0], _unit(r[1:13]), _unit(r[13:25])) for r in decided]
        added = self.conn.execute(
            f"SELECT substr(al.name, 11), {cols.format('a')} FROM units a"
            " JOIN layers al ON al.id = a.layer_id AND al.kind = 'annotator'"
            " WHERE a.origin_id IS NULL AND a.kind != 'boilerplate' AND EXISTS (SELECT 1 FROM units m"
            "   JOIN units s ON s.id = m.origin_id AND s.layer_id = ?"
            "   WHERE m.layer_id = a.layer_id AND m.doc_id = a.doc_id)"
            " ORDER BY a.doc_id, a.start, a.id",
            (found.id,),
        ).fetchall()
        out += [Fate(r[2], r[0], None, _unit(r[1:13])) for r in added]
        return out


# -- row conversion ----------------------------------------------------------------------


_START = itemgetter(3)


def _text_order(row: Sequence[Any]) -> tuple[int, int]:
    """An export unit row's place in text order: start, longer first (as `units()`; ties keep id order)."""
    return row[3], -row[4]


def fts_query(text: str) -> str:
    """Quote each word so user input is never read as FTS5 syntax; words are ANDed.

    A trailing * keeps its prefix meaning (`Merk*` finds Merkel); blank input gives ""
    (no filter: FTS5 rejects an empty MATCH as a syntax error).
    """
    terms = []
    for word in text.split():
        stem = word.rstrip("*")
        star = "*" if stem and stem != word else ""
        terms.append('"' + (stem or word).replace('"', '""') + '"' + star)
    return " ".join(terms)


_new, _setattr = object.__new__, object.__setattr__


_ALL_FIELDS: dict[type, set[str]] = {}


def _built(cls: type, values: dict[str, Any]) -> Any:
    """A model from values validated on their way in, every field given.

    What `model_construct` does, without its per-field default and alias handling: a third
    of the cost, which is most of opening a document (tests/store/test_store_rows.py
    checks the result equals a validated model in every respect the code uses). The
    fields-set is shared: it already holds every field, so pydantic's in-place add on
    assignment never changes it, and model_copy copies it before updating.
    """
    obj = _new(cls)
    _setattr(obj, "__dict__", values)
    fields = _ALL_FIELDS.get(cls)
    if fields is None:
        fields = _ALL_FIELDS[cls] = set(cls.model_fields)
    _setattr(obj, "__pydantic_fields_set__", fields)
    _setattr(obj, "__pydantic_extra__", None)
    _setattr(obj, "__pydantic_private__", None)
    return obj


_ENTITY_FIELDS, _UNIT_FIELDS = set(Entity.model_fields), set(Unit.model_fields)


def _unit_order(row: Sequence[Any]) -> tuple[int, int, int]:
    """A unit row's place in reading order: by start, the longer first, then by id."""
    return (row[3], -row[4], row[0])


def _document(row: Sequence[Any]) -> Document:
    return _built(
        Document,
        {
            "id": row[0],
            "title": row[1],
            "text": row[2],
            "outlet": row[3],
            "url": row[4],
            "published": date.fromisoformat(row[5]) if row[5] else None,
            "content_hash": row[6],
            "meta": orjson.loads(row[7]),
            "story_key": row[8],
        },
    )


def _unit(row: Sequence[Any]) -> Unit:
    """Rows were validated on the way in, so construct without re-validating (hot path).

    Other bodies go through pydantic-core's JSON validator: for a nested quote or event it
    is faster than building the spans by hand in Python (6 us against 15 us).
    """
    if row[2] == "entity":
        # _built, inlined: this runs for most of the rows of every document opened.
        body: Any = _new(Entity)
        _setattr(body, "__dict__", {"kind": "entity", "start": row[3], "end": row[4], "label": row[5]})
        _setattr(body, "__pydantic_fields_set__", _ENTITY_FIELDS)
        _setattr(body, "__pydantic_extra__", None)
        _setattr(body, "__pydantic_private__", None)
    else:
        body = _BODY.validate_json(row[6])
    unit = _new(Unit)
    _setattr(
        unit,
        "__dict__",
        {
            "id": row[0],
            "doc_id": row[1],
            "body": body,
            "state": row[7],
            "origin_id": row[8],
            "source": row[9],
            "score": row[10],
            "provenance": orjson.loads(row[11]) if row[11] != "{}" else {},
        },
    )
    _setattr(unit, "__pydantic_fields_set__", _UNIT_FIELDS)
    _setattr(unit, "__pydantic_extra__", None)
    _setattr(unit, "__pydantic_private__", None)
    return unit


def _one_action(decisions: Sequence[Decision]) -> None:
    """One action is one person's on one document: undo replays a group per (document, person),
    so a group spanning two would be undone only in part."""
    first = decisions[0]
    if any(d.doc_id != first.doc_id or d.annotator != first.annotator for d in decisions):
        raise ValueError("one action's decisions must share one document and one annotator")


def _check_hit(rowcount: int, d: Decision, unit_id: Any, layer: str, strict: bool) -> None:
    """An edit or delete that matched no row would be logged as done while nothing changed."""
    if strict and rowcount != 1:
        raise ValueError(f"decision {d.action}: no unit {unit_id} of {d.doc_id} in layer {layer}")


def _decision(row: Sequence[Any]) -> Decision:
    return Decision(
        id=row[0],
        doc_id=row[1],
        annotator=row[2],
        at=datetime.fromisoformat(row[3]),
        action=row[4],
        unit_id=row[5],
        before=None if row[6] is None else orjson.loads(row[6]),
        after=None if row[7] is None else orjson.loads(row[7]),
        undoes=row[8],
    )


def _label_of(body: Any) -> str:
    match body.kind:
        case "quote":
            return body.quote_kind
        case "event":
            return body.type
        case _:
            return body.label


def _label_of_body(body: dict[str, Any]) -> str:
    return body.get("label") or body.get("type") or body.get("quote_kind") or ""


def _label_known(schema: LabelSchema, key: tuple[str, str]) -> bool:
    kind, label = key
    if kind == "entity":
        return label in schema.entity_label_names
    if kind == "event":
        return label in schema.event_type_names
    if kind == "quote":
        return label in schema.quote_kinds
    etype, _, role = label.partition(":")
    found = schema.event_type(etype)
    return found is None or role in found.roles  # a dropped type is reported as the type


def _check_mapping(schema: LabelSchema, usage: dict[tuple[str, str], int], mapping: dict[str, str]) -> None:
    """Refuse OLD=NEW when NEW is not in the new schema: the remap would only make new orphans."""
    for kind, label in usage:
        new = mapping.get(label)
        if kind != "role" and new and not _label_known(schema, (kind, new)):
            raise UserError(f"--map {label}={new}: the new schema has no {kind} label {new!r}")


def _orphans(
    schema: LabelSchema, usage: dict[tuple[str, str], int], mapping: dict[str, str]
) -> dict[tuple[str, str], int]:
    """Labels in use that the new schema lacks once the mapping is applied ("" deletes)."""
    out: dict[tuple[str, str], int] = {}
    for (kind, label), n in usage.items():
        if kind != "role":
            new = mapping.get(label, label)
            if new and not _label_known(schema, (kind, new)):
                out[(kind, label)] = n
            continue
        # A role is judged under the type its event will have after the mapping, so
        # mapping an event type onto one without that role is caught too.
        etype, _, role = label.partition(":")
        new_type, new_role = mapping.get(etype, etype), mapping.get(label, role)
        if new_type and new_role and not _label_known(schema, ("role", f"{new_type}:{new_role}")):
            out[(kind, label)] = n
    return out


def _remap_logged(raw: str | None, mapping: dict[str, str]) -> str | None:
    """One logged unit (JSON text) under the mapping; None when the mapping deletes it."""
    if raw is None:
        return None
    unit = json.loads(raw)
    body = unit.get("body") if isinstance(unit, dict) else None
    if not isinstance(body, dict):
        return raw
    new = _remap_body(body, mapping)
    if new is None:
        return None
    return raw if new == body else orjson.dumps({**unit, "body": new}).decode()


def _remap_body(body: dict[str, Any], mapping: dict[str, str]) -> dict[str, Any] | None:
    """Apply OLD=NEW label mappings to one stored body; None means delete the unit."""
    kind = body.get("kind")
    if kind == "entity" and body["label"] in mapping:
        new = mapping[body["label"]]
        return None if not new else {**body, "label": new}
    if kind == "quote" and body.get("quote_kind") in mapping:
        new = mapping[body["quote_kind"]]
        return None if not new else {**body, "quote_kind": new}
    if kind == "event":
        etype = body["type"]
        if etype in mapping:
            if not mapping[etype]:
                return None
            body = {**body, "type": mapping[etype]}
        args: dict[str, Any] = {}
        for role, span in body.get("arguments", {}).items():
            key = f"{etype}:{role}"
            role = mapping.get(key, role)
            if role:
                args[role] = span
        return {**body, "arguments": args}
    return body
