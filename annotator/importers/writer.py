"""Write parsed records to the store: skip duplicates, settle id clashes, add units in bulk.

A record whose text is already stored is a duplicate and is skipped; when it carries
annotations and that annotator has none of those kinds on the stored document yet, its
units still go onto the stored document (annotations of a corpus imported earlier arrive
later; a Prodigy export brings entities and quotes/events in separate files). Several
records of one document in one file (Prodigy writes a task per quote and event) add up,
a unit already there once being dropped.

Writes are held back and flushed in batches (documents, then all their units in one
executemany), always inside the caller's file transaction: nothing reaches the database
before every check on a record has passed, so a rejected line leaves no trace.
"""

from __future__ import annotations

import orjson

from annotator.core.models import Document
from annotator.importers.preannotated import label_of
from annotator.importers.records import BadLine, Parsed
from annotator.importers.report import Report
from annotator.store import Layer, Store

# A batch is flushed at whichever comes first: bounded memory however long the articles.
BATCH_DOCS = 1000
BATCH_ROWS = 50_000
BATCH_CHARS = 2_000_000


class Writer:
    """One per file: its batches belong to that file's transaction."""

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
        self._annotated: set[str] = set()  # documents this file annotated
        self._kinds_before: dict[str, set[str]] = {}  # unit kinds the annotator had on a document before this file
        self._other: dict[str, list[tuple]] = {}  # layer -> rows for layers besides the annotator's (predictions)
        self._chars = 0

    def write(self, parsed: Parsed, report: Report) -> None:
        """Check first, then queue: a BadLine leaves nothing of this record behind."""
        doc = parsed.doc
        existing = self._hashes.get(doc.content_hash) or self.store.find_by_hash(doc.content_hash)
        if existing is not None:
            report.duplicates += 1
            if parsed.preannotated:
                self._annotate_existing(existing, parsed, report)
            self._add_other_layers(existing, parsed, report, known=True)
            return
        if doc.id in self._ids or self.store.has_document(doc.id):
            if parsed.explicit_id:
                raise BadLine(f"id {doc.id!r} is already used by a different text")
            doc = doc.model_copy(update={"id": f"{doc.id}-{doc.content_hash[:8]}"})
        self._docs.append(doc)
        self._chars += len(doc.text)
        self._hashes[doc.content_hash] = doc.id
        self._ids.add(doc.id)
        report.imported += 1
        if self.keep_ids:
            report.doc_ids.append(doc.id)
        if parsed.preannotated:
            self._annotate(doc.id, parsed, report)
        self._add_other_layers(doc.id, parsed, report, known=False)
        if len(self._docs) >= BATCH_DOCS or len(self._rows) >= BATCH_ROWS or self._chars >= BATCH_CHARS:
            self.flush()

    def _add_other_layers(self, doc_id: str, parsed: Parsed, report: Report, known: bool) -> None:
        """Queue a record's units for other layers; on a known document, only where that layer has none."""
        for layer, rows in parsed.other_layers.items():
            queued = self._other.setdefault(layer, [])
            if known and (self.store.units(doc_id, layer) or any(r[0] == doc_id for r in queued)):
                continue
            queued.extend((doc_id, *row[1:]) for row in rows)
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
        kinds = {row[1] for row in parsed.rows}
        if kinds & before or (not kinds and self._settled(doc_id, before)):
            report.annotated_skipped += 1
            return
        if doc_id in self._annotated:
            parsed = Parsed(doc=parsed.doc, rows=self._new_rows(doc_id, parsed.rows), preannotated=True,
                            status=parsed.status)
        self._annotate(doc_id, parsed, report)

    def _settled(self, doc_id: str, before: set[str]) -> bool:
        """Whether the annotator already has work or a say on the document (an empty record adds nothing then)."""
        assert self.annotator is not None
        return bool(before) or doc_id in self._annotated or self.store.state(doc_id, self.annotator).status != "todo"

    def _new_rows(self, doc_id: str, rows: list[tuple]) -> list[tuple]:
        """The rows not yet added to this document by this file (the same task twice adds nothing)."""
        assert self.layer is not None
        self.flush()  # what this file queued for the document is then in the store (same transaction)
        have = {_key(u.body.kind, u.body.span.start, u.body.span.end, label_of(u.body), u.body.model_dump(mode="json"))
                for u in self.store.units(doc_id, self.layer)}
        return [r for r in rows if _key(r[1], r[2], r[3], r[4], orjson.loads(r[5])) not in have]

    def _annotate(self, doc_id: str, parsed: Parsed, report: Report) -> None:
        self._annotated.add(doc_id)
        rows = parsed.rows
        if rows and rows[0][0] != doc_id:  # stored under another id (a clash, or an existing copy)
            rows = [(doc_id, *row[1:]) for row in rows]
        self._rows.extend(rows)
        report.units += len(parsed.rows)
        if parsed.status:
            self._statuses.append((doc_id, parsed.status))

    def flush(self) -> None:
        """Write what is queued: documents first (units refer to them), then units, then statuses."""
        if self._docs:
            result = self.store.insert_documents(self._docs)
            assert not result.duplicates, f"checked as new, found stored: {result.duplicates[:3]}"
        if self._rows:
            assert self.layer is not None
            self.store.add_unit_rows(self.layer, self._rows)
        for layer, rows in self._other.items():
            if rows:
                self.store.add_unit_rows(layer, rows)
        if self._statuses:
            assert self.annotator is not None
            self.store.import_statuses(self.annotator, self._statuses)
        self._docs, self._rows, self._statuses, self._chars, self._other = [], [], [], 0, {}
        self._hashes.clear()
        self._ids.clear()


def _key(kind: str, start: int, end: int, label: str, body: dict) -> tuple:
    return kind, start, end, label, orjson.dumps(body, option=orjson.OPT_SORT_KEYS)
