"""The SQLite backend of the store: the store's parts over one WAL-mode file, and SQLite's side of the seam.

Every write begins `BEGIN IMMEDIATE` (a plain `BEGIN` that reads then writes loses the
race to another process at once, whatever the busy timeout: FACTS.md), with
`synchronous=FULL` so a decision the screen shows as done survives a power cut. The SQL
of the parts is shared with other backends (`annotator.store.parts`); what is SQLite's
alone is here: connecting, `SqliteDialect` (`annotator.store.dialect`), and migrations.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any
from urllib.parse import quote

from annotator.core.errors import UserError
from annotator.store.base import NotADatabaseError, StoreBusy, StoreWriteError
from annotator.store.failures import ReadOnlyError, damaged, is_damaged
from annotator.store.migrations import LATEST, check_ours, migrate, migration_notes, user_version
from annotator.store.parts import (
    ClaimsPart,
    DecisionsPart,
    DocumentsPart,
    LayersPart,
    ModelsPart,
    SchemaPart,
    StatusPart,
    StreamsPart,
)
from annotator.store.staging import StagedImports
from annotator.store.stories import StoryQueries

BUSY_TIMEOUT_S = 30.0
CACHE_KIB = 64 * 1024  # the page cache of one connection
IMPORT_CHECKPOINT_PAGES = 25_000  # pages (~100 MB) between checkpoints during an import
WAL_AUTOCHECKPOINT = 1000  # pages: SQLite's default, restored when an import ends

# SQLite's words for a write that cannot happen, and the line a user reads instead.
_WRITE_ERRORS = (
    ("database is locked", "the database is busy: another process is writing"),
    ("database table is locked", "the database is busy: another process is writing"),
    ("database or disk is full", "the disk is full (or the database reached its size limit)"),
    ("readonly database", "the database is read-only"),
    ("disk i/o error", "the disk reported an I/O error"),
)


@contextmanager
def write_errors() -> Iterator[None]:
    """SQLite's lock, full-disk, read-only and I/O errors as one-line `StoreWriteError`s."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        text = str(exc).lower()
        for words, line in _WRITE_ERRORS:
            if words in text:
                kind = StoreBusy if "busy" in line else StoreWriteError
                raise kind(f"not saved: {line}") from None
        raise


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


class SqliteDialect:
    """SQLite's side of the seam (`annotator.store.dialect.Dialect`)."""

    name = "sqlite"
    forced_join = "CROSS JOIN"  # SQLite's planner keeps the left table outer: the hint the hot queries rely on
    search_in_row = False  # FTS5 answers a search from its own index only: a search page walks its hits
    merges_ranges = False  # nested loops only: a todo page looks my status up row by row
    for_update = ""  # BEGIN IMMEDIATE already holds the one write lock
    skip_locked = ""  # and so one claim at a time
    driver_error = sqlite3.OperationalError

    def begin_write(self, conn: sqlite3.Connection) -> None:
        conn.execute("BEGIN IMMEDIATE")

    def in_transaction(self, conn: sqlite3.Connection) -> bool:
        return conn.in_transaction

    def write_errors(self) -> Any:
        return write_errors()

    def is_duplicate(self, exc: BaseException) -> bool:
        return isinstance(exc, sqlite3.IntegrityError) and "UNIQUE" in str(exc)

    def hits(self, query: str) -> tuple[str, str, str, list[Any]] | None:
        """FTS5 hands its hits out in rowid (= seq) order: a page walks them from the last key,
        where listing them all first cost 2.3 s for a common word at 1M articles."""
        match = fts_query(query)
        if not match:
            return None
        return (
            "documents_fts CROSS JOIN documents d ON d.seq = documents_fts.rowid",
            "documents_fts MATCH ?",
            "documents_fts.rowid",
            [match],
        )

    def one_per_row(self, table: str, alias: str, columns: str, on: str) -> str:
        """SQLite keeps a LEFT JOIN's left table outer: each row looks its one row up by index."""
        return f"LEFT JOIN {table} {alias} ON {on}"

    def planned_for_values(self, conn: sqlite3.Connection, sql: str, params: list[Any]) -> sqlite3.Cursor:
        return conn.execute(sql, params)  # SQLite plans every run of a statement for its values

    def serialize(self, conn: sqlite3.Connection, key: str) -> None:
        """Nothing to take: the transaction began with the database's one write lock."""

    def staged_writes(self, conn: sqlite3.Connection, on: bool) -> None:
        if on:
            # The pieces need not each reach the disk: until the final commit they are hidden,
            # and that commit (FULL again) syncs the log with every piece before it. Nor copied
            # into the database file after each piece (hot pages would be copied once per piece),
            # but only every IMPORT_CHECKPOINT_PAGES: never (0) let a 1M-article import grow an
            # 11 GB log, whose page look-ups slowed the import 3x over its course.
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute(f"PRAGMA wal_autocheckpoint={IMPORT_CHECKPOINT_PAGES}")
            return
        # The pieces reach the disk first, without the lock (a passive checkpoint syncs the log
        # and copies it into the file): a sync of the whole log inside the final commit held
        # the lock for a second after a 10,000-document import.
        conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute(f"PRAGMA wal_autocheckpoint={WAL_AUTOCHECKPOINT}")


SQLITE = SqliteDialect()


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
    # A queue page touches a few hundred index pages spread over the file; SQLite's default
    # 2 MB cache read each again from the OS at 1M articles (a page's p99 5.6 ms, 2.4 ms with
    # this). Memory is taken only as pages are read.
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB:d}")
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


class SqliteStore(
    DocumentsPart,
    LayersPart,
    StreamsPart,
    DecisionsPart,
    StatusPart,
    ClaimsPart,
    SchemaPart,
    ModelsPart,
    StoryQueries,
    StagedImports,
):
    """The default store. One instance per thread: sqlite3 connections belong to their thread."""

    dialect = SQLITE

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
        self._start()
        self._busy_ms = int(BUSY_TIMEOUT_S * 1000)  # as connect() set it, restored after patience()
        self._ensure_schema()
        with suppress(StoreWriteError):  # read-only or busy now: it stays hidden, a later open removes it
            self.remove_stale_imports()  # an import killed mid-way goes at the next open

    def close(self) -> None:
        self.conn.close()

    def reopen(self) -> SqliteStore:
        if self.path is None:
            raise ValueError("an in-memory store cannot be reopened on another connection")
        return SqliteStore(self.path, read_only=self.read_only)

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
