"""A whole corpus from one database to another (SQLite or PostgreSQL, either way), in one
transaction on the target: `annotator db copy`.

Every table goes, row for row with its ids, so the undo history, the suggestions editors
point at (`origin_id`) and each annotator's cursor mean the same on the other side; what the
database computes itself (SQLite's FTS index, PostgreSQL's search column) it computes again.
The source is read in one snapshot, so a desk writing meanwhile never gives a copy half of
an action. Ids handed out later on the target continue after the source's highest, never
reusing one the log names (SQLite's AUTOINCREMENT high-water mark for units included).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from annotator.core.errors import UserError
from annotator.store.location import shown
from annotator.store.pg_conn import PgConnection

# Parents before children, so every foreign key finds its row.
COPY_ORDER = (
    "label_schemas",
    "layers",
    "imports",
    "documents",
    "units",
    "layer_docs",
    "decisions",
    "doc_status",
    "assignments",
    "claim_slots",
    "status_counts",
    "cursors",
    "models",
    "suggest_failures",
    "migration_notes",
)
# Each table's identity column: the copy keeps its values and moves the target's counter past them.
IDENTITY = {
    "layers": "id",
    "imports": "id",
    "documents": "seq",
    "units": "id",
    "decisions": "id",
    "models": "id",
    "migration_notes": "id",
}
# Columns a database computes itself, never written.
DERIVED = {"search"}
# Rows are read and written a batch at a time (documents carry whole texts).
BATCH = 500


class CopyError(UserError):
    """The copy was refused or failed; the target is as it was."""


class _Side:
    """What differs between SQLite and PostgreSQL when a whole corpus moves."""

    def __init__(self, conn: Any, where: str) -> None:
        self.conn = conn
        self.where = where

    def begin_read(self) -> None:
        self.conn.execute("BEGIN")

    def begin_write(self) -> None:
        self.conn.execute("BEGIN")

    def end(self, commit: bool) -> None:
        if self.conn.in_transaction:
            self.conn.execute("COMMIT" if commit else "ROLLBACK")

    def columns(self, table: str) -> list[str]:
        cur = self.conn.execute(f"SELECT * FROM {table} LIMIT 0")
        return [d[0] for d in cur.description if d[0] not in DERIVED]

    def rows(self, table: str, columns: Sequence[str]) -> Iterator[list[tuple[Any, ...]]]:
        cur = self.conn.execute(f"SELECT {_names(columns)} FROM {table} ORDER BY {_order(table, columns)}")
        while batch := cur.fetchmany(BATCH):
            yield batch

    def high_water(self, table: str, column: str) -> int:
        return int(self.conn.execute(f"SELECT coalesce(max({column}), 0) FROM {table}").fetchone()[0])

    def set_high_water(self, table: str, column: str, value: int) -> None: ...

    def check_row(self, table: str, columns: Sequence[str], row: Sequence[Any]) -> None: ...


class _SqliteSide(_Side):
    def begin_write(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")  # the write lock now, not at the first insert

    def high_water(self, table: str, column: str) -> int:
        """The largest id ever handed out: units' AUTOINCREMENT counter remembers deleted ones."""
        found = super().high_water(table, column)
        row = self.conn.execute("SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)).fetchone()
        return max(found, int(row[0])) if row else found

    def set_high_water(self, table: str, column: str, value: int) -> None:
        if self.conn.execute("SELECT 1 FROM sqlite_sequence WHERE name = ?", (table,)).fetchone():
            self.conn.execute("UPDATE sqlite_sequence SET seq = ? WHERE name = ?", (value, table))
        elif _autoincrement(self.conn, table):
            self.conn.execute("INSERT INTO sqlite_sequence(name, seq) VALUES (?, ?)", (table, value))


class _PgSide(_Side):
    def begin_read(self) -> None:
        self.conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")

    def rows(self, table: str, columns: Sequence[str]) -> Iterator[list[tuple[Any, ...]]]:
        """A server-side cursor: psycopg would otherwise hold the whole table in memory."""
        with self.conn.raw.cursor(name=f"copy_{table}") as cur:
            cur.execute(f"SELECT {_names(columns)} FROM {table} ORDER BY {_order(table, columns)}")
            while batch := cur.fetchmany(BATCH):
                yield batch

    def high_water(self, table: str, column: str) -> int:
        found = super().high_water(table, column)
        row = self.conn.execute(f"SELECT last_value, is_called FROM {self._sequence(table, column)}").fetchone()
        return max(found, int(row[0]) if row[1] else 0)

    def set_high_water(self, table: str, column: str, value: int) -> None:
        if value > 0:
            self.conn.execute("SELECT setval(pg_get_serial_sequence(?, ?), ?, true)", (table, column, value))

    def _sequence(self, table: str, column: str) -> str:
        return self.conn.execute("SELECT pg_get_serial_sequence(?, ?)", (table, column)).fetchone()[0]

    def check_row(self, table: str, columns: Sequence[str], row: Sequence[Any]) -> None:
        """PostgreSQL's text cannot hold NUL, which SQLite's can: refuse, naming the row."""
        for name, value in zip(columns, row):
            if isinstance(value, str) and "\x00" in value:
                key = _row_name(table, columns, row)
                raise CopyError(
                    f"{self.where}: {key} holds a NUL character in {name}, which PostgreSQL cannot store; "
                    "nothing was copied (remove the NUL from it in the source, or keep this corpus on SQLite)"
                )


def side(conn: Any, where: str) -> _Side:
    """The copy's view of one end, by its connection's kind."""
    if isinstance(conn, PgConnection):
        return _PgSide(conn, where)
    if isinstance(conn, sqlite3.Connection):
        return _SqliteSide(conn, where)
    raise TypeError(f"no copy support for {type(conn).__name__}")


def counts(conn: Any) -> dict[str, int]:
    """Rows per table, as the copy sees them (the progress bar's total and the final check)."""
    return {t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in COPY_ORDER}


def is_empty(conn: Any) -> bool:
    """Nothing but what opening a new corpus writes (its first label schema)."""
    found = counts(conn)
    return found["label_schemas"] <= 1 and not any(n for t, n in found.items() if t != "label_schemas")


def copy_corpus(
    source: Any,
    target: Any,
    *,
    source_name: str,
    target_name: str,
    replace: bool = False,
    advance: Callable[[int], None] = lambda n: None,
) -> dict[str, int]:
    """Copy every table from `source` to `target` (connections of opened, current stores);
    the rows copied per table. The target changes all at once or not at all."""
    src, dst = side(source, shown(source_name)), side(target, shown(target_name))
    src.begin_read()
    dst.begin_write()
    try:
        expected = counts(source)
        if not replace and not is_empty(target):
            raise CopyError(
                f"{dst.where}: already holds a corpus; nothing was copied "
                "(give --replace to delete it and copy over it)"
            )
        for table in reversed(COPY_ORDER):
            target.execute(f"DELETE FROM {table}")
        for table in COPY_ORDER:
            _copy_table(src, dst, table, advance)
        for table, column in IDENTITY.items():
            dst.set_high_water(table, column, src.high_water(table, column))
        copied = counts(target)
        if copied != expected:
            raise CopyError(f"{dst.where}: the copy does not add up ({copied} rows against {expected}); nothing kept")
    except BaseException:
        dst.end(commit=False)
        src.end(commit=False)
        raise
    dst.end(commit=True)
    src.end(commit=False)
    return copied


def _copy_table(src: _Side, dst: _Side, table: str, advance: Callable[[int], None]) -> None:
    wanted = set(dst.columns(table))
    columns = [c for c in src.columns(table) if c in wanted]
    missing = wanted - set(columns)
    if missing:
        raise CopyError(f"{src.where}: table {table} lacks {', '.join(sorted(missing))}; are both at one version?")
    sql = f"INSERT INTO {table}({_names(columns)}) VALUES ({', '.join('?' * len(columns))})"
    for batch in src.rows(table, columns):
        for row in batch:
            dst.check_row(table, columns, row)
        dst.conn.executemany(sql, batch)
        advance(len(batch))


def _names(columns: Sequence[str]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


def _order(table: str, columns: Sequence[str]) -> str:
    """A stable order: the identity, else every column (tables keyed by several columns)."""
    key = IDENTITY.get(table)
    return f'"{key}"' if key else _names(columns)


def _row_name(table: str, columns: Sequence[str], row: Sequence[Any]) -> str:
    values = dict(zip(columns, row))
    if table == "documents":
        return f"document {values['id']!r}"
    if "doc_id" in values:
        return f"a row of {table} on document {values['doc_id']!r}"
    return f"a row of {table}"


def _autoincrement(conn: sqlite3.Connection, table: str) -> bool:
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    return bool(sql and "AUTOINCREMENT" in sql[0].upper())
