"""Claims: work handed out one document at a time to whoever asks, never the same slot twice.

Up-front assignment (`assign`) fixes who reads what before anyone starts; a newsroom whose
people come and go instead opens the corpus for claims (`open_claims`: each document needs N
annotators) and every desk asking for work gets the first open slot of a document it does not
hold yet. Two desks asking at the same instant: on PostgreSQL the first locks its slot and the
second skips it (`FOR UPDATE SKIP LOCKED`, no waiting); on SQLite the one write lock lets one
claim at a time. A claimed slot is also an assignment, so the queue's "assigned to me", the
desk's next and previous, and the progress bar all follow claims unchanged.
"""

from __future__ import annotations

from typing import Any

from annotator.store import clock
from annotator.store.parts.connection import Connected
from annotator.store.staging import VISIBLE

# Open slots in corpus order, on the partial index of open slots; a document the annotator
# holds already (claimed, or assigned up front) is passed over.
_FIRST_OPEN = (
    "SELECT c.doc_id, c.slot FROM claim_slots c WHERE c.annotator IS NULL"
    " AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.doc_id = c.doc_id AND a.annotator = ?)"
    " ORDER BY c.seq, c.slot LIMIT 1"
)


class ClaimsPart(Connected):
    """Open a corpus for claims, claim the next document, count what is open and claimed."""

    def open_claims(self, overlap: int) -> int:
        """Give every visible document open slots until `overlap` annotators hold or can claim it.

        Annotators assigned up front count as holding it; slots already open stay. Run again
        after an import to open the new documents. Returns the number of slots opened.
        """
        if overlap < 1:
            raise ValueError(f"each document needs at least one annotator, not {overlap}")
        with self.transaction():
            rows = self.conn.execute(
                "SELECT d.id, d.seq,"
                " (SELECT count(*) FROM assignments a WHERE a.doc_id = d.id),"
                " (SELECT count(*) FROM claim_slots c WHERE c.doc_id = d.id AND c.annotator IS NULL),"
                " (SELECT coalesce(max(c.slot), 0) FROM claim_slots c WHERE c.doc_id = d.id)"
                f" FROM documents d WHERE {VISIBLE}"
            ).fetchall()
            slots = [
                (doc_id, top + k, seq)
                for doc_id, seq, held, open_, top in rows
                for k in range(1, overlap - held - open_ + 1)
            ]
            self.conn.executemany("INSERT INTO claim_slots(doc_id, slot, seq) VALUES (?, ?, ?)", slots)
        return len(slots)

    def claim(self, annotator: str, count: int = 1) -> list[str]:
        """Claim up to `count` documents for `annotator`, in corpus order; [] when none is left.

        One transaction: the annotator's other desks wait for it (a per-annotator lock, so the
        same person never takes two slots of one document), other annotators do not.
        """
        with self.transaction():
            self.dialect.serialize(self.conn, f"claim:{annotator}")
            claimed: list[str] = []
            for _ in range(count):
                row = self.conn.execute(_FIRST_OPEN + self.dialect.skip_locked, (annotator,)).fetchone()
                if row is None:
                    break
                doc_id, slot = row
                cur = self.conn.execute(
                    "UPDATE claim_slots SET annotator = ?, claimed_at = ?"
                    " WHERE doc_id = ? AND slot = ? AND annotator IS NULL",
                    (annotator, clock.now_iso(), doc_id, slot),
                )
                if cur.rowcount != 1:  # the row lock makes this impossible; never hand out a taken slot
                    raise RuntimeError(f"claim slot {slot} of {doc_id} was taken under its lock")
                self.conn.execute(
                    "INSERT INTO assignments(doc_id, annotator) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    (doc_id, annotator),
                )
                claimed.append(doc_id)
            return claimed

    def claims_open(self) -> bool:
        """Whether this corpus hands out work by claims (it has slots, open or taken)."""
        return self._one("SELECT 1 FROM claim_slots LIMIT 1") is not None

    def claim_counts(self) -> dict[str, int]:
        """Slots open and claimed, over the corpus (the CLI's summary)."""
        row: Any = self.conn.execute(
            "SELECT coalesce(sum(CASE WHEN annotator IS NULL THEN 1 ELSE 0 END), 0),"
            " coalesce(sum(CASE WHEN annotator IS NULL THEN 0 ELSE 1 END), 0) FROM claim_slots"
        ).fetchone()
        return {"open": int(row[0]), "claimed": int(row[1])}

    def next_work(self, annotator: str, after: str = "") -> str | None:
        """My next document not done or skipped after `after` (wrapping round); in a corpus open
        for claims, when none of mine is left, a newly claimed one (committed)."""
        found = self.neighbour(after, annotator, +1, undone_only=True)
        found = found or self.neighbour("", annotator, +1, undone_only=True)
        if found is None and self.claims_open():
            claimed = self.claim(annotator)
            found = claimed[0] if claimed else None
        return found
