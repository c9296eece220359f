"""psycopg 3 behind the calls the store makes on sqlite3: `execute(sql, params)` with `?`
placeholders, cursors that fetch tuples, `executemany`, `in_transaction`.

The store's SQL is written once, in the subset both databases speak, with SQLite's `?`
placeholders; this adapter rewrites them to psycopg's `%s` (once per distinct statement) so
the same text runs on PostgreSQL. No ORM: the store measures its SQL, and a layer that
writes SQL of its own would hide what it measures.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Any

import psycopg
from psycopg import pq

from annotator.core.errors import UserError
from annotator.store.location import shown


@lru_cache(maxsize=1024)
def placeholders(sql: str) -> str:
    """`?` to `%s` and `%` to `%%`, outside quoted literals and identifiers.

    The store never uses PostgreSQL's jsonb `?` operators, so every `?` outside quotes is a
    parameter. A `?` inside '...' or "..." is text and stays as it is.
    """
    out: list[str] = []
    quote = ""
    for ch in sql:
        if quote:
            out.append("%%" if ch == "%" else ch)
            if ch == quote:
                quote = ""  # a doubled quote ('it''s') closes and reopens: same result
            continue
        if ch in "'\"":
            quote = ch
            out.append(ch)
        elif ch == "?":
            out.append("%s")
        elif ch == "%":
            out.append("%%")
        else:
            out.append(ch)
    return "".join(out)


class PgConnection:
    """One psycopg connection in autocommit mode: the store issues BEGIN and COMMIT itself,
    as it does on SQLite (isolation_level=None), so a transaction's bounds are in one place."""

    def __init__(self, url: str, *, connect_timeout: int = 10) -> None:
        self.url = url
        try:
            self.raw = psycopg.connect(url, autocommit=True, connect_timeout=connect_timeout)
        except psycopg.OperationalError as exc:
            reason = " ".join(str(exc).split())  # the server's words, on one line
            raise UserError(f"{shown(url)}: cannot connect to PostgreSQL ({reason})") from None
        self._trace: Callable[[str], object] | None = None
        self._begin_pending = False

    def set_trace_callback(self, trace: Callable[[str], object] | None) -> None:
        """Every statement as the store wrote it, before it runs (as sqlite3's; benches check the SQL)."""
        self._trace = trace

    def begin(self) -> None:
        """Begin a transaction with the next statement, in one round trip to the server.

        An editor's action is a handful of short statements, each a round trip; a BEGIN of
        its own was one more. It is sent in a pipeline with the first statement instead (the
        server runs both in order, errors surface at that statement). A transaction that
        ends before any statement never reaches the server."""
        if self._trace is not None:
            self._trace("BEGIN")
        self._begin_pending = True

    def execute(self, sql: str, params: Sequence[Any] = ()) -> psycopg.Cursor[Any]:
        if self._begin_pending:
            return self._begin_with(sql, params)
        if self._trace is not None:
            self._trace(sql)
        cur = self.raw.cursor()
        cur.execute(placeholders(sql), list(params))
        return cur

    def _begin_with(self, sql: str, params: Sequence[Any]) -> psycopg.Cursor[Any]:
        self._begin_pending = False
        if sql.strip().upper() in ("COMMIT", "ROLLBACK"):
            return self.raw.cursor()  # an empty transaction: nothing to begin or end
        if self._trace is not None:
            self._trace(sql)
        cur = self.raw.cursor()
        with self.raw.pipeline():
            self.raw.execute("BEGIN")
            cur.execute(placeholders(sql), list(params))
        return cur

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> psycopg.Cursor[Any]:
        if self._begin_pending:
            self._begin_pending = False
            self.raw.execute("BEGIN")
        if self._trace is not None:
            self._trace(sql)
        cur = self.raw.cursor()
        cur.executemany(placeholders(sql), [list(r) for r in rows])
        return cur

    @property
    def in_transaction(self) -> bool:
        return self._begin_pending or self.raw.info.transaction_status != pq.TransactionStatus.IDLE

    def close(self) -> None:
        self.raw.close()
