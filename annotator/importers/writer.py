"""Write parsed records to the store: skip duplicates, settle id clashes, add units.

A record whose text is already stored is a duplicate and is skipped; when it carries
annotations and that annotator has none on the stored document yet, its units still go
onto the stored document (annotations of a corpus imported earlier arrive later).
"""

from __future__ import annotations

from annotator.core.models import Unit
from annotator.importers.records import BadLine, Parsed
from annotator.importers.report import Report
from annotator.store import Layer, Store


class Writer:
    def __init__(self, store: Store, annotator: str | None) -> None:
        self.store = store
        self.layer = Layer.annotator_name(annotator) if annotator else None

    def write(self, parsed: Parsed, report: Report) -> None:
        """Check first, then write: a BadLine leaves nothing of this record behind."""
        doc = parsed.doc
        existing = self.store.find_by_hash(doc.content_hash)
        if existing is not None:
            report.duplicates += 1
            if parsed.preannotated and parsed.units:
                self._annotate_existing(existing, parsed.units, report)
            return
        if self.store.has_document(doc.id):
            if parsed.explicit_id:
                raise BadLine(f"id {doc.id!r} is already used by a different text")
            doc = doc.model_copy(update={"id": f"{doc.id}-{doc.content_hash[:8]}"})
        self.store.insert_documents([doc])
        report.imported += 1
        report.doc_ids.append(doc.id)
        if parsed.units:
            self._add(doc.id, parsed.units, report)

    def _annotate_existing(self, doc_id: str, units: list[Unit], report: Report) -> None:
        assert self.layer is not None
        if self.store.units(doc_id, self.layer):
            report.annotated_skipped += 1
            return
        self._add(doc_id, units, report)

    def _add(self, doc_id: str, units: list[Unit], report: Report) -> None:
        assert self.layer is not None
        self.store.add_units(self.layer, [u.model_copy(update={"doc_id": doc_id}) for u in units])
        report.units += len(units)

    def flush(self, report: Report) -> None:
        """Write anything held back for a batch (nothing yet: writes go straight through)."""
