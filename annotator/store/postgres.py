"""The PostgreSQL backend of the store: the shared parts over one psycopg connection.

Everything but connecting, migrating and waiting for locks is the parts' SQL, the same text
SQLite runs (`annotator.store.parts`); what differs is `PgDialect` (`pg_dialect.py`). Writes
begin `BEGIN` (READ COMMITTED): each statement sees the latest committed rows, the store's
read-then-write steps lock the rows they read (`FOR UPDATE`), counters move by
`n = n + delta` in one statement, and ids come from sequences, so two annotators' actions
never overwrite each other's; a lock held past the store's patience is `StoreBusy`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress

from annotator.core.errors import UserError
from annotator.store.base import StoreWriteError
from annotator.store.location import shown
from annotator.store.migrations import LATEST
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
from annotator.store.pg_conn import PgConnection
from annotator.store.pg_dialect import POSTGRES
from annotator.store.pg_migrations import migrate, schema_version
from annotator.store.staging import StagedImports
from annotator.store.stories import StoryQueries

# How long a write waits for another annotator's row lock before it is StoreBusy (SQLite's
# busy timeout is the same 30 s); the desk's own first try waits far less (`patience`).
LOCK_TIMEOUT_S = 30.0


class PgStore(
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
    """The store on a PostgreSQL database. One instance per thread: a connection is used by one at a time."""

    dialect = POSTGRES

    def __init__(self, url: str, *, read_only: bool = False) -> None:
        self.url = url  # with its password, for reopen()
        self.path = shown(url)  # what messages name: never the password
        self.read_only = read_only
        self.backups: list = []  # the server keeps its own backups; a migration is one transaction
        self.upgrade_notes: list[tuple[int, str, int]] = []
        self.conn = PgConnection(url)
        try:
            self._set_lock_timeout(LOCK_TIMEOUT_S)
            if read_only:
                self._check_current()
            else:
                migrate(self.conn, shown(url))
        except BaseException:
            self.conn.close()
            raise
        self._start()
        self._ensure_schema()
        with suppress(StoreWriteError):  # busy now: it stays hidden, a later open removes it
            self.remove_stale_imports()

    def _check_current(self) -> None:
        version = schema_version(self.conn)
        if version != LATEST:
            raise UserError(
                f"{shown(self.path)}: schema version {version} where this annotator needs {LATEST}: "
                "open it once with a command that writes, so it can be upgraded"
            )

    def _set_lock_timeout(self, seconds: float) -> None:
        self.conn.execute(f"SET lock_timeout = {max(1, int(seconds * 1000)):d}")

    def close(self) -> None:
        self.conn.close()

    def reopen(self) -> PgStore:
        return PgStore(self.url, read_only=self.read_only)

    @contextmanager
    def patience(self, seconds: float) -> Iterator[None]:
        """Writes inside wait at most `seconds` for another annotator's row lock, then raise StoreBusy."""
        self._set_lock_timeout(seconds)
        try:
            yield
        finally:
            self._set_lock_timeout(LOCK_TIMEOUT_S)
