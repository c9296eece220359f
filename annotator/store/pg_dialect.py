"""PostgreSQL's side of the seam between the store's shared parts and one engine.

What the parts need that SQLite and PostgreSQL do differently: how a write transaction
begins, what the driver's errors mean to a user, the full-text filter, the join the planner
must keep in order, and the row lock a read-then-write takes.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg import errors as pg_errors

from annotator.store.base import StoreBusy, StoreWriteError
from annotator.store.pg_search import search_condition

# SQLSTATE classes and codes, and the line a user reads instead (a writer's lock held past
# the store's patience, a transaction the server chose to abort, a full disk...).
_BUSY = "the database is busy: another annotator is writing"
_WRITE_ERRORS: tuple[tuple[type[BaseException], str], ...] = (
    (pg_errors.LockNotAvailable, _BUSY),  # lock_timeout (the store's patience) ran out
    (pg_errors.QueryCanceled, _BUSY),  # statement_timeout, set by an admin
    (pg_errors.DeadlockDetected, _BUSY),  # the server broke a lock cycle: this side was chosen
    (pg_errors.SerializationFailure, _BUSY),
    (pg_errors.DiskFull, "the database server's disk is full"),
    (pg_errors.OutOfMemory, "the database server ran out of memory"),
    (pg_errors.ReadOnlySqlTransaction, "the database is read-only (a standby, or read-only by its admin)"),
    (pg_errors.InsufficientPrivilege, "this database user may not write there (ask the admin for rights)"),
    (pg_errors.AdminShutdown, "the database server is shutting down"),
    (psycopg.OperationalError, "the connection to the database server was lost"),
)


@contextmanager
def write_errors() -> Iterator[None]:
    """The server's lock, abort, disk and connection errors as one-line `StoreWriteError`s."""
    try:
        yield
    except psycopg.Error as exc:
        for kind, line in _WRITE_ERRORS:
            if isinstance(exc, kind):
                error = StoreBusy if line == _BUSY else StoreWriteError
                raise error(f"not saved: {line}") from None
        raise


class PgDialect:
    """PostgreSQL's side of the seam (`annotator.store.dialect.Dialect`)."""

    name = "postgresql"
    # PostgreSQL's CROSS JOIN takes no ON, and its planner orders joins by cost on its own.
    forced_join = "JOIN"
    # The search column is in the document's row: a walk of a status's rows tests it per row
    # (cheaper than a status look-up per hit, 10 us a position).
    search_in_row = True
    # A todo page merges my other statuses over its bounded walk (one range of doc_status_walk)
    # with the documents walked: 30% less than a look-up per position.
    merges_ranges = True
    # A read followed by a write of the same row holds that row: two desks of one annotator
    # cannot both read the old status and both move the counters.
    for_update = " FOR UPDATE"
    # A claim takes the first open slot no one else is taking this instant: a locked one is
    # passed over, not waited for, so desks asking at once get different slots.
    skip_locked = " FOR UPDATE SKIP LOCKED"
    driver_error: type[BaseException] = psycopg.Error

    def begin_write(self, conn: Any) -> None:
        conn.begin()  # sent with the transaction's first statement: one round trip less

    def in_transaction(self, conn: Any) -> bool:
        return conn.in_transaction

    def write_errors(self) -> Any:
        return write_errors()

    def is_duplicate(self, exc: BaseException) -> bool:
        return isinstance(exc, pg_errors.UniqueViolation)

    def hits(self, query: str) -> tuple[str, str, str, list[Any]] | None:
        """The documents whose `search` column matches: the planner walks the primary key
        and tests each row when the words are common, or reads the GIN index when rare."""
        sql, params = search_condition(query)
        return ("documents d", sql, "d.seq", list(params)) if sql else None

    def one_per_row(self, table: str, alias: str, columns: str, on: str) -> str:
        """LATERAL with LIMIT 1: never pulled up into a join the planner may hash (a plain LEFT
        JOIN of doc_status hashed all of it, 80 ms a page at 100,000 documents)."""
        return f"LEFT JOIN LATERAL (SELECT {columns} FROM {table} {alias} WHERE {on} LIMIT 1) {alias} ON true"

    def planned_for_values(self, conn: Any, sql: str, params: list[Any]) -> Any:
        """A read whose best plan depends on its values, never prepared. psycopg prepares a
        statement run five times and the server then plans it once for any values: a search
        page was planned as if its words were rare (every hit, then a sort: 400 ms for a word
        in every article) where the words' statistics choose a walk in order (2 ms)."""
        return conn.execute(sql, params, prepare=False)

    def serialize(self, conn: Any, key: str) -> None:
        conn.execute("SELECT pg_advisory_xact_lock(hashtext(?))", (key,))

    def staged_writes(self, conn: Any, on: bool) -> None:
        """An import's pieces skip waiting for their commit record to reach the disk; the final
        commit waits as usual, and the server writes WAL in order, so it makes them durable too."""
        conn.execute(f"SET synchronous_commit = {'off' if on else 'on'}")


POSTGRES = PgDialect()
