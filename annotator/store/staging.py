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
from collections.abc import Callable

from annotator.store import clock
from annotator.store.parts.connection import Connected

# The test every reader of documents applies (alias `d`): not part of an unfinished import.
VISIBLE = "(d.import_id IS NULL OR d.import_id NOT IN (SELECT id FROM imports WHERE done_at IS NULL))"
# Documents of an abandoned import deleted per transaction (each one's text leaves the FTS index too).
REMOVE_BATCH = 100


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: alive
    return True


class StagedImports(Connected):
    """A part of the store: begin, complete and abandon an import, and clear dead ones."""

    def begin_import(self) -> int:
        """Open an import; documents inserted until it completes carry its id and stay hidden."""
        self.remove_stale_imports()
        with self.transaction():
            import_id = int(
                self._returning(
                    "INSERT INTO imports(pid, host, started_at) VALUES (?, ?, ?) RETURNING id",
                    (os.getpid(), socket.gethostname(), clock.now_iso()),
                )
            )
        self._import_id = import_id
        # The pieces need not each be durable on their own: until the final commit they are
        # hidden, and that commit makes them durable with it (see `Dialect.staged_writes`).
        self.dialect.staged_writes(self.conn, True)
        return import_id

    def complete_import(self, import_id: int, also: Callable[[], None] = lambda: None) -> None:
        """The short final commit: `also` (work that must appear with the import, such as
        annotations on documents stored before it), the import's statuses counted, and its
        documents shown.

        The pieces reach the disk first, without the lock (`Dialect.staged_writes` off): a
        sync of the whole log inside the final commit held the lock for a second after a
        10,000-document import.
        """
        self.dialect.staged_writes(self.conn, False)
        with self.transaction():
            also()
            self.conn.execute(
                "INSERT INTO status_counts(annotator, status, n)"
                " SELECT s.annotator, s.status, count(*) FROM documents d JOIN doc_status s ON s.doc_id = d.id"
                " WHERE d.import_id = ? GROUP BY s.annotator, s.status"
                " ON CONFLICT(annotator, status) DO UPDATE SET n = status_counts.n + excluded.n",
                (import_id,),
            )
            if self.conn.execute("SELECT 1 FROM documents WHERE import_id = ? LIMIT 1", (import_id,)).fetchone():
                self.conn.execute("UPDATE imports SET done_at = ? WHERE id = ?", (clock.now_iso(), import_id))
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
        self.dialect.staged_writes(self.conn, False)
        self._remove_import(import_id)

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
                    " ON CONFLICT(annotator, status) DO UPDATE SET n = status_counts.n + excluded.n",
                    seqs,
                )
                self.conn.execute(f"DELETE FROM documents WHERE seq IN ({marks})", seqs)
