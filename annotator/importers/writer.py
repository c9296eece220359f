"""Write parsed records to the store: skip duplicates, settle id clashes, add units in bulk.

A record whose text is already stored is a duplicate and is skipped; when it carries
annotations and that annotator has none of those kinds on the stored document yet, its
units still go onto the stored document (annotations of a corpus imported earlier arrive
later; a Prodigy export brings entities and quotes/events in separate files). Several
records of one document in one file (Prodigy writes a task per quote and event) add up,
a unit already there once being dropped.

Writes are held back and flushed in batches (documents, then all their units in one
executemany), each batch its own short commit under the file's import id (the store keeps
them hidden until `finish` completes the import): nothing reaches the database before
every check on a record has passed, so a rejected line leaves no trace. Annotations on
documents stored before this import are visible the moment they land, so they wait for
the final commit, where the import becomes visible with them.
"""

from __future__ import annotations

import time

import orjson

from annotator.core.models import Document
from annotator.importers.records import BadLine, Parsed
from annotator.importers.report import Report
from annotator.store import Layer, Store, UnitRow

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
        self._rows: list[UnitRow] = []
        self._statuses: list[tuple[str, str]] = []
        self._hashes: dict[str, str] = {}  # content hash -> id, for documents not yet flushed
        self._ids: set[str] = set()
        # Documents this file created, of the batch not yet flushed; flushed ones the store
        # knows (`in_current_import`): holding every id would grow with the file.
        self._mine: set[str] = set()
        self._annotated: set[str] = set()  # documents this file annotated
        self._kinds_before: dict[str, set[str]] = {}  # unit kinds the annotator had on a document before this file
        self._other: dict[str, list[UnitRow]] = {}  # layer -> rows for layers besides the annotator's (predictions)
        self._late_rows: list[UnitRow] = []  # units and statuses for documents stored before this file
        self._late_statuses: list[tuple[str, str]] = []
        self._late_other: dict[str, list[UnitRow]] = {}  # other layers' rows for documents stored before this file
        self._report: Report | None = None
        self._chars = 0
        self._share = FIRST_SHARE  # of the BATCH_* limits, steered so a commit lasts about PIECE_S

    def write(self, parsed: Parsed, report: Report) -> None:
        """Check first, then queue: a BadLine leaves nothing of this record behind."""
        doc = parsed.doc
        self._report = report
        report.left_out += parsed.left_out
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
            self._add_other_layers(existing, parsed, report, known=True)
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
        self._add_other_layers(doc.id, parsed, report, known=False)
        share = self._share
        if (
            len(self._docs) >= BATCH_DOCS * share
            or len(self._rows) >= BATCH_ROWS * share
            or self._chars >= BATCH_CHARS * share
        ):
            self.flush()

    def _add_other_layers(self, doc_id: str, parsed: Parsed, report: Report, known: bool) -> None:
        """Queue a record's units for other layers; on a known document, only where that layer has none."""
        for layer, rows in parsed.other_layers.items():
            queued = (self._late_other if known else self._other).setdefault(layer, [])
            if known and (self.store.units(doc_id, layer) or any(r.doc_id == doc_id for r in queued)):
                continue
            queued.extend(row._replace(doc_id=doc_id) for row in rows)
            report.units += len(rows)

    def _annotate_existing(self, doc_id: str, parsed: Parsed, report: Report) -> None:
        """Annotations for a known document, unless this annotator had units of those kinds there before.

        A record with no units (a task answered with nothing marked) only sets a status
        where the annotator has neither units nor a status yet.
        """
        assert self.layer is not None and self.annotator is not None
        before = self._kinds_before.get(doc_id)
        if before is None:  # first seen again in this file: what the annotator had before it (nothing, if it is new)
            before = set() if doc_id in self._annotated else {u.body.kind for u in self.store.units(doc_id, self.layer)}
            self._kinds_before[doc_id] = before
        kinds = {row.kind for row in parsed.rows}
        if kinds & before or (not kinds and self._settled(doc_id, before)):
            report.annotated_skipped += 1
            return
        if doc_id in self._annotated:
            parsed = Parsed(
                doc=parsed.doc, rows=self._new_rows(doc_id, parsed.rows), preannotated=True, status=parsed.status
            )
        self._annotate(doc_id, parsed, report)

    def _settled(self, doc_id: str, before: set[str]) -> bool:
        """Whether the annotator already has work or a say on the document (an empty record adds nothing then)."""
        assert self.annotator is not None
        return bool(before) or doc_id in self._annotated or self.store.state(doc_id, self.annotator).status != "todo"

    def _new_rows(self, doc_id: str, rows: list[UnitRow]) -> list[UnitRow]:
        """The rows not yet added to this document by this file (the same task twice adds nothing)."""
        assert self.layer is not None
        self.flush()  # what this file queued for a document it created is then stored (hidden till the end)
        have = {
            _key(u.body.kind, u.body.span.start, u.body.span.end, u.body.main_label, u.body.model_dump(mode="json"))
            for u in self.store.units(doc_id, self.layer)
        }
        have |= {_row_key(r) for r in self._late_rows if r.doc_id == doc_id}  # queued for the final commit
        return [r for r in rows if _row_key(r) not in have]

    def _annotate(self, doc_id: str, parsed: Parsed, report: Report) -> None:
        self._annotated.add(doc_id)
        rows = parsed.rows
        if rows and rows[0].doc_id != doc_id:  # stored under another id (a clash, or an existing copy)
            rows = [row._replace(doc_id=doc_id) for row in rows]
        mine = doc_id in self._mine or self.store.in_current_import(doc_id)
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
            for layer, rows in self._other.items():
                if rows:
                    self.store.add_unit_rows(layer, rows)
            if self._statuses:
                assert self.annotator is not None
                self.store.import_statuses(self.annotator, self._statuses, counted=False)
        if self._docs:  # a commit's time grows with its size: scale the next batch to PIECE_S
            took = max(time.perf_counter() - began, 1e-4)
            self._share = min(1.0, max(MIN_SHARE, self._share * min(2.0, PIECE_S / took)))
        self._docs, self._rows, self._statuses, self._chars, self._other = [], [], [], 0, {}
        self._hashes.clear()
        self._ids.clear()
        self._mine.clear()

    def finish(self, import_id: int) -> None:
        """The final commit: the last batch, annotations on earlier documents, and the import shown."""
        self.flush()
        self.store.complete_import(import_id, also=self._write_late)

    def _write_late(self) -> None:
        if self._late_rows:
            assert self.layer is not None
            self.store.add_unit_rows(self.layer, self._late_rows)
        for layer, rows in self._late_other.items():
            if rows:
                self.store.add_unit_rows(layer, rows)
        if self._late_statuses:
            assert self.annotator is not None
            self.store.import_statuses(self.annotator, self._late_statuses)

    def _drop(self, gone: set[str]) -> None:
        """Another import stored these texts first: they count as duplicates, their units go."""
        self._rows = [r for r in self._rows if r.doc_id not in gone]
        self._statuses = [s for s in self._statuses if s[0] not in gone]
        self._other = {layer: [r for r in rows if r.doc_id not in gone] for layer, rows in self._other.items()}
        self._mine -= gone
        if self._report is not None:
            self._report.imported -= len(gone)
            self._report.duplicates += len(gone)
            self._report.doc_ids[:] = [d for d in self._report.doc_ids if d not in gone]


def _key(kind: str, start: int, end: int, label: str, body: dict) -> tuple:
    return kind, start, end, label, orjson.dumps(body, option=orjson.OPT_SORT_KEYS)


def _row_key(row: UnitRow) -> tuple:
    """The identity of a queued unit row within its document."""
    return _key(row.kind, row.start, row.end, row.label, orjson.loads(row.body))
