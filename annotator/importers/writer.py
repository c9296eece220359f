"""Write parsed records to the store: skip duplicates, settle id clashes, add units in bulk.

A record whose text is already stored is a duplicate and is skipped; when it carries
annotations and that annotator has none on the stored document yet, its units still go
onto the stored document (annotations of a corpus imported earlier arrive later).

Writes are held back and flushed in batches (documents, then all their units in one
executemany), each batch its own short commit under the file's import id (the store keeps
them hidden until `finish` completes the import): nothing reaches the database before
every check on a record has passed, so a rejected line leaves no trace. Annotations on
documents stored before this import are visible the moment they land, so they wait for
the final commit, where the import becomes visible with them.
"""

from __future__ import annotations

import time

from annotator.core.models import Document
from annotator.importers.records import BadLine, Parsed
from annotator.importers.report import Report
from annotator.store import Layer, Store

# A batch is flushed at whichever comes first: bounded memory however long the articles.
BATCH_DOCS = 1000
BATCH_ROWS = 50_000
BATCH_CHARS = 2_000_000
# Each batch is one commit, and another process's write (a desk's accept) waits for it: the
# batch is sized from the last one's time so that a commit takes about PIECE_S (a 1,000-
# document batch with its units took 1-1.6 s on a busy machine). It starts at a twentieth.
PIECE_S = 0.15
FIRST_SHARE, MIN_SHARE = 0.05, 0.002


class Writer:
    """One per file: its batches belong to that file's import."""

    def __init__(self, store: Store, annotator: str | None, *, keep_ids: bool = False) -> None:
        self.store = store
        self.keep_ids = keep_ids  # list the new documents (for --suggest); off, a huge import stays small
        self.annotator = annotator
        self.layer = Layer.annotator_name(annotator) if annotator else None
        self._docs: list[Document] = []
        self._rows: list[tuple] = []
        self._statuses: list[tuple[str, str]] = []
        self._hashes: dict[str, str] = {}  # content hash -> id, for documents not yet flushed
        self._ids: set[str] = set()
        self._mine: set[str] = set()  # documents this file created (hidden until it completes)
        self._annotated: set[str] = set()  # documents this file annotated
        self._late_rows: list[tuple] = []  # units and statuses for documents stored before this file
        self._late_statuses: list[tuple[str, str]] = []
        self._report: Report | None = None
        self._chars = 0
        self._share = FIRST_SHARE  # of the BATCH_* limits, steered so a commit lasts about PIECE_S

    def write(self, parsed: Parsed, report: Report) -> None:
        """Check first, then queue: a BadLine leaves nothing of this record behind."""
        doc = parsed.doc
        self._report = report
        existing = self._hashes.get(doc.content_hash) or self.store.find_by_hash(doc.content_hash)
        if existing is None and (doc.id in self._ids or self.store.has_document(doc.id)):
            # Another import may have stored this very record between the two looks (the lock
            # is not held across the file): its id taken by the same text is a duplicate.
            existing = self.store.find_by_hash(doc.content_hash)
            if existing is None:
                if parsed.explicit_id:
                    raise BadLine(f"id {doc.id!r} is already used by a different text")
                doc = doc.model_copy(update={"id": f"{doc.id}-{doc.content_hash[:8]}"})
        if existing is not None:
            report.duplicates += 1
            if parsed.preannotated:
                self._annotate_existing(existing, parsed, report)
            return
        self._docs.append(doc)
        self._chars += len(doc.text)
        self._hashes[doc.content_hash] = doc.id
        self._ids.add(doc.id)
        self._mine.add(doc.id)
        report.imported += 1
        if self.keep_ids:
            report.doc_ids.append(doc.id)
        if parsed.preannotated:
            self._annotate(doc.id, parsed, report)
        share = self._share
        if (
            len(self._docs) >= BATCH_DOCS * share
            or len(self._rows) >= BATCH_ROWS * share
            or self._chars >= BATCH_CHARS * share
        ):
            self.flush()

    def _annotate_existing(self, doc_id: str, parsed: Parsed, report: Report) -> None:
        """Annotations for a stored document, unless this annotator already has some there."""
        assert self.layer is not None and self.annotator is not None
        if (
            doc_id in self._annotated
            or self.store.units(doc_id, self.layer)
            or self.store.state(doc_id, self.annotator).status != "todo"
        ):
            report.annotated_skipped += 1
            return
        self._annotate(doc_id, parsed, report)

    def _annotate(self, doc_id: str, parsed: Parsed, report: Report) -> None:
        self._annotated.add(doc_id)
        rows = parsed.rows
        if rows and rows[0][0] != doc_id:  # stored under another id (a clash, or an existing copy)
            rows = [(doc_id, *row[1:]) for row in rows]
        mine = doc_id in self._mine
        (self._rows if mine else self._late_rows).extend(rows)
        report.units += len(parsed.rows)
        if parsed.status:
            (self._statuses if mine else self._late_statuses).append((doc_id, parsed.status))

    def flush(self) -> None:
        """Write what is queued in one short commit: documents first (units refer to them),
        then units, then statuses (counted when the import completes)."""
        began = time.perf_counter()
        with self.store.transaction():
            if self._docs:
                result = self.store.insert_documents(self._docs)
                if result.duplicates:  # stored by another process since we checked
                    self._drop(set(result.duplicates))
            if self._rows:
                assert self.layer is not None
                self.store.add_unit_rows(self.layer, self._rows)
            if self._statuses:
                assert self.annotator is not None
                self.store.import_statuses(self.annotator, self._statuses, counted=False)
        if self._docs:  # a commit's time grows with its size: scale the next batch to PIECE_S
            took = max(time.perf_counter() - began, 1e-4)
            self._share = min(1.0, max(MIN_SHARE, self._share * min(2.0, PIECE_S / took)))
        self._docs, self._rows, self._statuses, self._chars = [], [], [], 0
        self._hashes.clear()
        self._ids.clear()

    def finish(self, import_id: int) -> None:
        """The final commit: the last batch, annotations on earlier documents, and the import shown."""
        self.flush()
        self.store.complete_import(import_id, also=self._write_late)

    def _write_late(self) -> None:
        if self._late_rows:
            assert self.layer is not None
            self.store.add_unit_rows(self.layer, self._late_rows)
        if self._late_statuses:
            assert self.annotator is not None
            self.store.import_statuses(self.annotator, self._late_statuses)

    def _drop(self, gone: set[str]) -> None:
        """Another import stored these texts first: they count as duplicates, their units go."""
        self._rows = [r for r in self._rows if r[0] not in gone]
        self._statuses = [s for s in self._statuses if s[0] not in gone]
        self._mine -= gone
        if self._report is not None:
            self._report.imported -= len(gone)
            self._report.duplicates += len(gone)
            self._report.doc_ids[:] = [d for d in self._report.doc_ids if d not in gone]
