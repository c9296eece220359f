"""Staged imports: a large file goes in as short commits that stay hidden until one final commit.

One transaction per file held the write lock for as long as the file took (30 s and more
for a large one), and every desk waiting on it froze. Now each batch of an import commits
on its own, its documents marked with the import's id; readers skip documents of an import
not yet done (`VISIBLE`), so users still see the file whole or not at all. An import whose
process is gone (killed) is deleted, in short commits too, by the next open or import.
"""

from __future__ import annotations

import os
import socket
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from annotator.store.base import StoreBusy, StoreWriteError

# The test every reader of documents applies (alias `d`): not part of an unfinished import.
VISIBLE = "(d.import_id IS NULL OR d.import_id NOT IN (SELECT id FROM imports WHERE done_at IS NULL))"
# Documents of an abandoned import deleted per transaction (each one's text leaves the FTS index too).
REMOVE_BATCH = 100
WAL_AUTOCHECKPOINT = 1000  # pages: SQLite's default, restored when an import ends
# During an import the log is copied into the file only every this many pages (~100 MB):
# never (0) let a 1M-article import grow an 11 GB log whose page look-ups, walking every
# segment of the WAL index, slowed the import 3x over its course.
IMPORT_CHECKPOINT_PAGES = 25_000

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


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: alive
    return True


class StagedImports:
    """Mixed into SqliteStore: begin, complete and abandon an import, and clear dead ones."""

    conn: sqlite3.Connection
    _import_id: int | None

    def transaction(self) -> Any: ...

    def begin_import(self) -> int:
        """Open an import; documents inserted until it completes carry its id and stay hidden."""
        self.remove_stale_imports()
        with self.transaction():
            cur = self.conn.execute(
                "INSERT INTO imports(pid, host, started_at) VALUES (?, ?, ?)",
                (os.getpid(), socket.gethostname(), _now()),
            )
        assert cur.lastrowid is not None
        self._import_id = cur.lastrowid
        # The pieces need not each reach the disk: until the final commit they are hidden,
        # and that commit (FULL again) syncs the log with every piece before it.
        self.conn.execute("PRAGMA synchronous=NORMAL")
        # Nor copied into the database file after each piece (hot pages would be copied once
        # per piece), but every IMPORT_CHECKPOINT_PAGES, so the log stays bounded.
        self.conn.execute(f"PRAGMA wal_autocheckpoint={IMPORT_CHECKPOINT_PAGES}")
        return self._import_id

    def complete_import(self, import_id: int, also: Callable[[], None] = lambda: None) -> None:
        """The short final commit: `also` (work that must appear with the import, such as
        annotations on documents stored before it), the import's statuses counted, and its
        documents shown.

        The pieces reach the disk first, without the lock (a passive checkpoint syncs the log
        and copies it into the file): a sync of the whole log inside the final commit held
        the lock for a second after a 10,000-document import.
        """
        self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        self._durable()
        with self.transaction():
            also()
            self.conn.execute(
                "INSERT INTO status_counts(annotator, status, n)"
                " SELECT s.annotator, s.status, count(*) FROM documents d JOIN doc_status s ON s.doc_id = d.id"
                " WHERE d.import_id = ? GROUP BY s.annotator, s.status"
                " ON CONFLICT(annotator, status) DO UPDATE SET n = n + excluded.n",
                (import_id,),
            )
            if self.conn.execute("SELECT 1 FROM documents WHERE import_id = ? LIMIT 1", (import_id,)).fetchone():
                self.conn.execute("UPDATE imports SET done_at = ? WHERE id = ?", (_now(), import_id))
            else:  # no new document: leave no trace (a re-import of the same file changes nothing)
                self.conn.execute("DELETE FROM imports WHERE id = ?", (import_id,))
        self._import_id = None

    def in_current_import(self, doc_id: str) -> bool:
        """Whether the import running on this connection stored the document (still hidden).

        The importer asks the index rather than keep every id it wrote: a million ids held
        for a whole file were most of an archive import's memory.
        """
        found = self.conn.execute(  # no import running: `import_id = NULL` matches nothing
            "SELECT 1 FROM documents WHERE id = ? AND import_id = ?", (doc_id, self._import_id)
        ).fetchone()
        return found is not None

    def abandon_import(self, import_id: int) -> None:
        """Delete what an unfinished import wrote (a bad line, an error): as if it never ran."""
        self._import_id = None
        self._durable()
        self._remove_import(import_id)

    def _durable(self) -> None:
        self.conn.execute("PRAGMA synchronous=FULL")
        self.conn.execute(f"PRAGMA wal_autocheckpoint={WAL_AUTOCHECKPOINT}")

    def remove_stale_imports(self) -> int:
        """Delete unfinished imports whose process on this host is gone; how many there were."""
        pending = self.conn.execute("SELECT id, pid, host FROM imports WHERE done_at IS NULL").fetchall()
        if not pending:
            return 0
        host = socket.gethostname()
        stale = [i for i, pid, where in pending if where == host and i != self._import_id and not _alive(pid)]
        for import_id in stale:
            self._remove_import(import_id)
        return len(stale)

    def _remove_import(self, import_id: int) -> None:
        """Delete the import's documents a batch per transaction, then the import itself.

        Their statuses were never counted (complete_import counts them), but the cascade's
        delete trigger uncounts them: the counters are raised first to cancel that out.
        """
        while True:
            with self.transaction():
                seqs = [
                    r[0]
                    for r in self.conn.execute(
                        "SELECT seq FROM documents WHERE import_id = ? LIMIT ?", (import_id, REMOVE_BATCH)
                    )
                ]
                if not seqs:
                    self.conn.execute("DELETE FROM imports WHERE id = ?", (import_id,))
                    return
                marks = ",".join("?" * len(seqs))
                self.conn.execute(
                    "INSERT INTO status_counts(annotator, status, n)"
                    " SELECT s.annotator, s.status, count(*) FROM documents d JOIN doc_status s ON s.doc_id = d.id"
                    f" WHERE d.seq IN ({marks}) GROUP BY s.annotator, s.status"
                    " ON CONFLICT(annotator, status) DO UPDATE SET n = n + excluded.n",
                    seqs,
                )
                self.conn.execute(f"DELETE FROM documents WHERE seq IN ({marks})", seqs)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")
