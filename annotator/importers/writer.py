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
        self.annotator = annotator
        self.layer = Layer.annotator_name(annotator) if annotator else None

    def write(self, parsed: Parsed, report: Report) -> None:
        """Check first, then write: a BadLine leaves nothing of this record behind."""
        doc = parsed.doc
        existing = self.store.find_by_hash(doc.content_hash)
        if existing is not None:
            report.duplicates += 1
            if parsed.preannotated:
                self._annotate_existing(existing, parsed, report)
            return
        if self.store.has_document(doc.id):
            if parsed.explicit_id:
                raise BadLine(f"id {doc.id!r} is already used by a different text")
            doc = doc.model_copy(update={"id": f"{doc.id}-{doc.content_hash[:8]}"})
        self.store.insert_documents([doc])
        report.imported += 1
        report.doc_ids.append(doc.id)
        if parsed.preannotated:
            self._annotate(doc.id, parsed, report)

    def _annotate_existing(self, doc_id: str, parsed: Parsed, report: Report) -> None:
        """Annotations for a stored document, unless this annotator already has some there."""
        assert self.layer is not None and self.annotator is not None
        if self.store.units(doc_id, self.layer) or self.store.state(doc_id, self.annotator).status != "todo":
            report.annotated_skipped += 1
            return
        self._annotate(doc_id, parsed, report)

    def _annotate(self, doc_id: str, parsed: Parsed, report: Report) -> None:
        assert self.layer is not None and self.annotator is not None
        if parsed.units:
            self.store.add_units(self.layer, [u.model_copy(update={"doc_id": doc_id}) for u in parsed.units])
            report.units += len(parsed.units)
        if parsed.status:
            self.store.set_status(doc_id, self.annotator, parsed.status)

    def flush(self, report: Report) -> None:
        """Write anything held back for a batch (nothing yet: writes go straight through)."""
