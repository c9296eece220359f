"""Status, cursors and assignments: where each annotator stands on each document, with counters kept in step."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from annotator.core.models import Decision, DocState, DocStatus
from annotator.store import clock
from annotator.store.base import UnknownDocumentError
from annotator.store.counters import status_deltas, status_moves
from annotator.store.parts.connection import Connected
from annotator.store.staging import VISIBLE


class StatusPart(Connected):
    """Per (document, annotator) status, flag, note and focus; per-annotator counters; cursors; assignments."""

    def state(self, doc_id: str, annotator: str) -> DocState:
        return self._state(doc_id, annotator)[0]

    def _state(self, doc_id: str, annotator: str, lock: str = "") -> tuple[DocState, str | None]:
        """The state, and the status as stored (None: no row, implicitly todo); `lock` is a
        dialect's row-lock suffix, for a read the transaction's write follows."""
        row = self.conn.execute(
            f"SELECT status, flagged, note, focus FROM doc_status WHERE doc_id = ? AND annotator = ?{lock}",
            (doc_id, annotator),
        ).fetchone()
        if row is None:
            return DocState(doc_id=doc_id, annotator=annotator), None
        state = DocState(
            doc_id=doc_id, annotator=annotator, status=row[0], flagged=bool(row[1]), note=row[2], focus=row[3]
        )
        return state, row[0]

    def _stored_status(self, doc_id: str, annotator: str) -> str | None:
        """The status row as stored, locked for the write that follows (None: no row, implicitly todo)."""
        return self._one(
            f"SELECT status FROM doc_status WHERE doc_id = ? AND annotator = ?{self.dialect.for_update}",
            (doc_id, annotator),
        )

    def set_status(
        self, doc_id: str, annotator: str, status: DocStatus, *, flagged: bool | None = None, note: str | None = None
    ) -> DocState:
        """Change where an annotator stands on a document, logged, with counters kept in step."""
        with self.transaction():
            old, stored = self._state(doc_id, annotator, self.dialect.for_update)
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
        old, stored = self._state(d.doc_id, d.annotator, self.dialect.for_update)
        keep: dict[str, Any] = {k: d.after[k] for k in ("status", "flagged", "note") if k in d.after}
        self._write_state(old.model_copy(update=keep), stored)

    def _write_state(self, state: DocState, old_status: str | None) -> None:
        if old_status is None:
            if self._first_state(state):
                return
            # Another desk of this person wrote the first row since we looked: now it is locked.
            old_status = self._stored_status(state.doc_id, state.annotator)
        self.conn.execute(
            "INSERT INTO doc_status(doc_id, annotator, status, flagged, note, focus, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(doc_id, annotator) DO UPDATE SET"
            " status = excluded.status, flagged = excluded.flagged, note = excluded.note,"
            " focus = excluded.focus, updated_at = excluded.updated_at",
            (
                state.doc_id,
                state.annotator,
                state.status,
                int(state.flagged),
                state.note,
                state.focus,
                clock.now_iso(),
            ),
        )
        self._count(state.annotator, status_moves(old_status, state.status))

    def _first_state(self, state: DocState) -> bool:
        """Write the first status row of (document, annotator); False when one is there already.

        Not an upsert: two desks of one person both finding no row would both count the new
        status. The second insert waits for the first and inserts nothing, and then updates
        the row it now sees, from its stored status."""
        if not self.has_document(state.doc_id):
            raise UnknownDocumentError(state.doc_id)
        inserted = self.conn.execute(
            "INSERT INTO doc_status(doc_id, annotator, status, flagged, note, focus, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(doc_id, annotator) DO NOTHING RETURNING status",
            (
                state.doc_id,
                state.annotator,
                state.status,
                int(state.flagged),
                state.note,
                state.focus,
                clock.now_iso(),
            ),
        ).fetchall()
        if inserted:
            self._count(state.annotator, {state.status: +1})
        return bool(inserted)

    def _count(self, annotator: str, deltas: dict[str, int]) -> None:
        """Move the annotator's counters, all in one statement (one round trip).

        Rows in one order (by status) in every transaction: two desks moving documents in
        opposite directions (done -> in progress, in progress -> done) locked them in opposite
        orders, and PostgreSQL broke the cycle by failing one (a deadlock). A multi-row upsert
        takes its rows' locks in the order of its VALUES."""
        moves = sorted(deltas.items())
        if not moves:
            return
        self.conn.execute(
            "INSERT INTO status_counts(annotator, status, n) VALUES "
            + ", ".join(["(?, ?, ?)"] * len(moves))
            + " ON CONFLICT(annotator, status) DO UPDATE SET n = status_counts.n + excluded.n",
            [v for status, delta in moves for v in (annotator, status, delta)],
        )

    def _touch_status(self, doc_id: str, annotator: str, held: str | None) -> None:
        """A first decision on a document moves it from todo to in progress; `held` is the
        status read (and locked) when the action began (`DecisionsPart._hold`)."""
        if held is None:
            self._write_state(DocState(doc_id=doc_id, annotator=annotator, status="in_progress"), None)
        elif held == "todo":
            state = self._state(doc_id, annotator)[0]
            self._write_state(state.model_copy(update={"status": "in_progress"}), "todo")

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
                        "SELECT doc_id, status FROM doc_status"
                        f" WHERE annotator = ? AND doc_id IN ({','.join('?' * len(chunk))})",
                        [annotator, *chunk],
                    ).fetchall()
                )
            stamp = clock.now_iso()
            self.conn.executemany(
                "INSERT INTO doc_status(doc_id, annotator, status, updated_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT(doc_id, annotator) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at",
                [(doc_id, annotator, status, stamp) for doc_id, status in pairs],
            )
            if counted:
                self._count(annotator, status_deltas(old, pairs))

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

    def done_by_doc(self, doc_id: str | None = None) -> dict[str, set[str]]:
        """Who marked each document done (readiness for review reads it once per scoring)."""
        sql = "SELECT doc_id, annotator FROM doc_status WHERE status = 'done'"
        rows = self.conn.execute(sql + " AND doc_id = ?", (doc_id,)) if doc_id is not None else self.conn.execute(sql)
        out: dict[str, set[str]] = {}
        for doc, annotator in rows:
            out.setdefault(doc, set()).add(annotator)
        return out

    def started_docs(self) -> set[str]:
        rows = self.conn.execute(
            "SELECT doc_id FROM doc_status WHERE status != 'todo' UNION SELECT DISTINCT doc_id FROM decisions"
        )
        return {r[0] for r in rows}

    # -- cursors ---------------------------------------------------------------------------

    def set_focus(self, doc_id: str, annotator: str, unit_id: int | None) -> None:
        """Remember the document and unit under the cursor, to reopen there after a restart."""
        if self.read_only:
            return  # a convenience, not a decision: reading a read-only corpus must not fail on it
        with self.transaction():
            self.conn.execute(
                "INSERT INTO cursors(annotator, doc_id, unit_id, updated_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT(annotator) DO UPDATE SET doc_id = excluded.doc_id, unit_id = excluded.unit_id,"
                " updated_at = excluded.updated_at",
                (annotator, doc_id, unit_id, clock.now_iso()),
            )
            self.conn.execute(
                "UPDATE doc_status SET focus = ? WHERE doc_id = ? AND annotator = ?", (unit_id, doc_id, annotator)
            )

    def cursor(self, annotator: str) -> tuple[str | None, int | None]:
        row = self.conn.execute("SELECT doc_id, unit_id FROM cursors WHERE annotator = ?", (annotator,)).fetchone()
        return (None, None) if row is None else (row[0], row[1])

    # -- assignments -------------------------------------------------------------------------

    def assign(self, pairs: Iterable[tuple[str, str]]) -> int:
        with self.transaction():
            cur = self.conn.executemany(
                "INSERT INTO assignments(doc_id, annotator) VALUES (?, ?) ON CONFLICT DO NOTHING", list(pairs)
            )
            return cur.rowcount

    def assignments(self, annotator: str | None = None) -> list[tuple[str, str]]:
        if annotator is None:
            rows = self.conn.execute("SELECT doc_id, annotator FROM assignments ORDER BY doc_id, annotator")
        else:
            rows = self.conn.execute(
                "SELECT doc_id, annotator FROM assignments WHERE annotator = ? ORDER BY doc_id", (annotator,)
            )
        return [(r[0], r[1]) for r in rows]

    def works_from_list(self, annotator: str) -> bool:
        """Whether the annotator works from a list of their own, not the whole corpus: assigned
        up front, or in a corpus that hands out work by claims (`ClaimsPart`), where what they
        have not claimed is not theirs to open next."""
        held = self._one("SELECT 1 FROM assignments WHERE annotator = ? LIMIT 1", (annotator,)) is not None
        return held or self.claims_open()

    def holds(self, doc_id: str, annotator: str) -> bool:
        """Whether the document is the annotator's to work on: any, unless they work from a list
        (`works_from_list`: assigned up front, or a corpus open for claims), then one on it."""
        if not self.works_from_list(annotator):
            return True
        found = self._one("SELECT 1 FROM assignments WHERE doc_id = ? AND annotator = ?", (doc_id, annotator))
        return found is not None

    def place_in_list(self, doc_id: str, annotator: str) -> tuple[int | None, int] | None:
        """Where the document stands among the annotator's own, for the article's header: (its
        position from 1 in corpus order, None when it is not theirs; how many they hold). None
        when they work from the whole corpus (the corpus is their list then).

        Someone who works from a list (claims, assignments) reads "article 2 of 3 of yours":
        the corpus's "article 41 of 5,000" says nothing about how far along they are.
        """
        if not self.works_from_list(annotator):
            return None
        seq = self.doc_seq(doc_id)
        row = self.conn.execute(
            "SELECT count(*), coalesce(sum(CASE WHEN d.seq <= ? THEN 1 ELSE 0 END), 0),"
            " coalesce(sum(CASE WHEN d.id = ? THEN 1 ELSE 0 END), 0)"
            f" FROM assignments a JOIN documents d ON d.id = a.doc_id WHERE a.annotator = ? AND {VISIBLE}",
            (seq if seq is not None else -1, doc_id, annotator),
        ).fetchone()
        total, upto, held = int(row[0]), int(row[1]), int(row[2])
        return (upto if held else None), total

    def assigned_progress(self, annotator: str) -> tuple[int, int]:
        """(documents assigned to the annotator, how many of those they marked done), for the queue's bar."""
        row = self.conn.execute(
            "SELECT count(*), coalesce(sum(CASE WHEN s.status = 'done' THEN 1 ELSE 0 END), 0) FROM assignments a"
            " LEFT JOIN doc_status s ON s.doc_id = a.doc_id AND s.annotator = a.annotator"
            " WHERE a.annotator = ?",
            (annotator,),
        ).fetchone()
        return int(row[0]), int(row[1])

    def annotators(self) -> list[str]:
        """Everyone with a layer, a status or an assignment in this corpus."""
        rows = self.conn.execute(
            "SELECT substr(name, 11) FROM layers WHERE kind = 'annotator'"
            " UNION SELECT annotator FROM doc_status UNION SELECT annotator FROM assignments ORDER BY 1"
        )
        return [r[0] for r in rows]
