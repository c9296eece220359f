"""What every part stands on: the connection, its dialect, one-value reads and the write transaction."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from annotator.store.failures import ReadOnlyError

if TYPE_CHECKING:
    from annotator.core.models import Decision, DocState, Unit
    from annotator.core.schema import LabelSchema
    from annotator.store.base import Layer
    from annotator.store.dialect import Dialect


class Connected:
    """The shared base of the parts. A backend sets `conn`, `dialect`, `path` and `read_only`,
    then calls `_start()` before any other method."""

    conn: Any
    dialect: Dialect
    path: str | None
    read_only: bool

    def _start(self) -> None:
        self._depth = 0
        self.longest_write_s = 0.0
        self._import_id: int | None = None
        self._schema: LabelSchema | None = None
        # Layers are never renamed or deleted, so a name found once keeps its row; this
        # saves a query on every units() call (opening a document reads two layers).
        self._layers: dict[str, Layer] = {}

    def _one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def _returning(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """The one value an `INSERT ... RETURNING` gives (`lastrowid` is SQLite's alone); the
        rows are read to the end, so no write statement is left open at COMMIT."""
        return self.conn.execute(sql, params).fetchall()[0][0]

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction; a nested call joins it under a savepoint.

        The savepoint makes each nested call all-or-nothing: an importer that catches one
        failed call inside its file-wide transaction does not commit half of that call.
        Lock and disk errors leave as `StoreWriteError` (`StoreBusy` for the lock), one line
        a screen or the CLI can show; `longest_write_s` keeps the longest time the write
        lock was held on this connection, so tests and benches can bound it.
        """
        if self.read_only:
            raise ReadOnlyError(
                f"{self.path}: opened read-only (the file or its folder cannot be written): nothing was saved"
            )
        if self._depth:
            yield from self._nested()
            return
        dialect = self.dialect
        with dialect.write_errors():
            dialect.begin_write(self.conn)
        held = time.perf_counter()
        self._depth = 1
        try:
            yield
            with dialect.write_errors():
                self.conn.execute("COMMIT")
        except BaseException:
            # Also reached when COMMIT itself fails, which would otherwise leave the
            # connection inside a transaction that every later BEGIN trips over.
            if dialect.in_transaction(self.conn):
                self.conn.execute("ROLLBACK")
            self._forget()  # it may hold a schema or layer that was rolled back
            if isinstance(sys.exc_info()[1], dialect.driver_error):
                with dialect.write_errors():
                    raise
            raise
        finally:
            self._depth = 0
            self.longest_write_s = max(self.longest_write_s, time.perf_counter() - held)

    def _nested(self) -> Iterator[None]:
        name = f"nested_{self._depth}"
        self.conn.execute(f"SAVEPOINT {name}")
        self._depth += 1
        try:
            yield
        except BaseException:
            self._roll_back_to(name)
            self._forget()  # a layer created in there is gone
            raise
        finally:
            self._depth -= 1
        self.conn.execute(f"RELEASE {name}")

    def _forget(self) -> None:
        self._schema = None
        self._layers.clear()

    def _roll_back_to(self, name: str) -> None:
        """Undo a nested call's work, unless the engine already rolled the whole transaction
        back (SQLite does on a full disk): then the savepoint is gone, and failing on it would
        hide the error that matters behind "no such savepoint"."""
        if not self.dialect.in_transaction(self.conn):
            return
        try:
            self.conn.execute(f"ROLLBACK TO {name}")
            self.conn.execute(f"RELEASE {name}")
        except self.dialect.driver_error:
            if self.dialect.in_transaction(self.conn):
                raise

    if TYPE_CHECKING:  # what the parts call on one another (each defined in its own part)

        def layer(self, name: str) -> Layer | None: ...
        def _layer_for(self, name: str) -> Layer: ...
        def _insert_unit(self, layer_id: int, unit: Unit) -> int: ...
        def _refresh_doubt(self, layer_id: int, doc_ids: Sequence[str] | None) -> None: ...
        def count_documents(self) -> int: ...
        def has_document(self, doc_id: str) -> bool: ...
        def doc_seq(self, doc_id: str) -> int | None: ...
        def state(self, doc_id: str, annotator: str) -> DocState: ...
        def _write_state(self, state: DocState, old_status: str | None) -> None: ...
        def _touch_status(self, doc_id: str, annotator: str, held: str | None) -> None: ...
        def _stored_status(self, doc_id: str, annotator: str) -> str | None: ...
        def _restore_status(self, d: Decision) -> None: ...
        def mark_layer_done(self, layer: str, doc_ids: Sequence[str]) -> None: ...
        def unmark_layer_done(self, layer: str, doc_ids: Sequence[str]) -> None: ...
        def _log(self, d: Decision, group: int | None, layer: str | None = None) -> Decision: ...
        def _count(self, annotator: str, deltas: dict[str, int]) -> None: ...
        def works_from_list(self, annotator: str) -> bool: ...
        def claims_open(self) -> bool: ...
        def neighbour(self, doc_id: str, annotator: str, step: int, undone_only: bool = False) -> str | None: ...
        def label_usage(self) -> dict[tuple[str, str], int]: ...
        def latest_suggestions_layer(self, doc_id: str | None = None) -> str | None: ...
        def _suggestion_layer_ids(self) -> list[int]: ...
