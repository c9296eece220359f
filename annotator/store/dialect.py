"""The seam between the backend-neutral parts of the store and one database engine.

The parts (`annotator.store.parts`) write SQL in the subset SQLite 3.40 and PostgreSQL 15
share (`?` placeholders, `ON CONFLICT ... DO NOTHING/UPDATE`, `RETURNING`, no `rowid`, no
engine JSON functions) and reach the database only through `self.conn` and `self.dialect`.
What cannot be shared is a method or attribute here; each backend supplies one `Dialect`:

- `conn` (not on the dialect, but its contract): `execute(sql, params)` and
  `executemany(sql, rows)` with `?` placeholders, as `sqlite3.Connection` has them, returning
  a cursor that iterates rows as tuples and has `fetchone()`, `fetchall()` and `rowcount`
  (PostgreSQL: an adapter over psycopg 3 that turns `?` into `%s`).
- `begin_write(conn)`: start the one write transaction of an action (SQLite `BEGIN IMMEDIATE`,
  which takes the write lock at once; PostgreSQL `BEGIN`). Savepoints (`SAVEPOINT`, `RELEASE`,
  `ROLLBACK TO`) are common SQL and stay in the parts.
- `in_transaction(conn)`: whether a transaction is still open (after a failed COMMIT, or after
  the engine rolled back by itself on a full disk).
- `write_errors()`: a context manager turning the driver's lock, full-disk, read-only and I/O
  errors into `StoreBusy` / `StoreWriteError` (one line a user can read, nothing saved).
- `driver_error`: the driver's exception class for those (re-raised through `write_errors`
  when they surface from inside a transaction).
- `is_duplicate(exc)`: whether an exception is a unique-constraint violation.
- `hits(query)`: the documents a full-text search finds, as a source the queue walks in
  position order: (FROM holding documents as `d`, WHERE, the key column, params), or None for
  blank input (SQLite: the FTS5 table `documents_fts` joined to `d`, its rowid the document's
  seq, its hits handed out in rowid order; PostgreSQL: `documents d` with a `tsvector` + GIN
  condition on `d.search`).
- `planned_for_values(conn, sql, params)`: run a read whose best plan depends on its values
  (a search's words), planned for them on every run (PostgreSQL: never a prepared statement's
  generic plan; SQLite plans every run anyway).
- `search_in_row`: whether a search can be tested on a document's row (PostgreSQL's `search`
  column), so a page walking a status's rows tests it there; SQLite's FTS5 cannot.
- `one_per_row(table, alias, columns, on)`: a LEFT JOIN of the one row of `table` (as `alias`)
  that `on` picks for each row of a page, looked up by index row by row (PostgreSQL: a LATERAL
  subquery with LIMIT 1, which its planner can neither flatten nor hash: a plain join hashed
  all of doc_status; SQLite: a plain LEFT JOIN, whose left table always stays the outer loop).
  One look-up where scalar subqueries took one per column read.
- `merges_ranges`: whether the engine joins two index ranges by merging or hashing them
  (PostgreSQL), so a todo page reads my other statuses over the walk as one range; SQLite
  only loops, one look-up per row (`one_per_row` serves it better).
- `forced_join`: the join keyword that makes the engine loop over the left table first
  (SQLite `CROSS JOIN`, which its planner never reorders; PostgreSQL plain `JOIN`, whose
  `CROSS JOIN` takes no `ON`).
- `for_update`: the suffix of a read that is followed by a write of the same row in one
  transaction (PostgreSQL ` FOR UPDATE`, so two desks of one annotator cannot both read the
  old status; SQLite "": `BEGIN IMMEDIATE` already holds the database's one write lock).
- `skip_locked`: the suffix of a read that picks one free row to take, passing over rows
  another transaction holds (PostgreSQL ` FOR UPDATE SKIP LOCKED`: two desks claiming work
  at once get different slots without waiting; SQLite "": one writer at a time already).
- `serialize(conn, key)`: hold a lock named `key` until the transaction ends, for writes that
  lock no row they could name beforehand (one annotator's claims; PostgreSQL: an advisory
  transaction lock; SQLite: nothing, `BEGIN IMMEDIATE` already holds the one write lock).
- `staged_writes(conn, on)`: a long import's pieces may skip the per-commit sync (SQLite:
  `synchronous=NORMAL`, no auto-checkpoint; off: a passive checkpoint, then FULL again, so
  the final commit syncs little while it holds the lock). A no-op where the engine has no
  such knob.

Migrations are the backend's own (numbered alike), and so are connecting, `patience`
(SQLite `busy_timeout`, PostgreSQL `lock_timeout`) and reopening on a new connection.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any, Protocol


class Dialect(Protocol):
    """What one database engine supplies to the shared parts of the store (see the module docstring)."""

    @property
    def name(self) -> str: ...
    @property
    def forced_join(self) -> str: ...
    @property
    def search_in_row(self) -> bool: ...
    @property
    def merges_ranges(self) -> bool: ...
    @property
    def for_update(self) -> str: ...
    @property
    def skip_locked(self) -> str: ...
    @property
    def driver_error(self) -> type[BaseException]: ...

    def begin_write(self, conn: Any) -> None: ...
    def in_transaction(self, conn: Any) -> bool: ...
    def write_errors(self) -> AbstractContextManager[None]: ...
    def is_duplicate(self, exc: BaseException) -> bool: ...
    def hits(self, query: str) -> tuple[str, str, str, list[Any]] | None: ...
    def one_per_row(self, table: str, alias: str, columns: str, on: str) -> str: ...
    def planned_for_values(self, conn: Any, sql: str, params: list[Any]) -> Any: ...
    def serialize(self, conn: Any, key: str) -> None: ...
    def staged_writes(self, conn: Any, on: bool) -> None: ...
