"""Whole-corpus reads for agreement and export: documents in order with their units, a batch at a time."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import groupby, repeat
from operator import itemgetter

from annotator.core.models import Unit
from annotator.store.base import ExportDoc
from annotator.store.parts.connection import Connected
from annotator.store.rows import UNIT_COLUMNS, ExportUnit, LayerDoc, export_order, unit_from_row
from annotator.store.staging import VISIBLE

_START = itemgetter(ExportUnit._fields.index("start"))  # by index: attrgetter costs more per row
# Rows named by tuple.__new__ called from C (map over two iterables): a fifth of the cost of
# `ExportUnit._make`, which runs in Python; exports name a million rows this way.
_TUPLE_NEW = tuple.__new__
_DOC_AND_LAYER = itemgetter(0, 1)
_EXPORT_DOC = (
    "SELECT seq, id, title, text, outlet, url, published, content_hash, meta, story_key, created_at FROM documents d"
)
# Those columns as a row reads them: the first fields of `ExportDoc`.
_DocColumns = tuple[int, str, str, str, str | None, str | None, str | None, str, str, str | None, str]


class StreamsPart(Connected):
    """Ordered scans merged in Python, never a query per document."""

    def stream_layers(self, layers: Sequence[str], *, texts: bool = True) -> Iterator[LayerDoc]:
        """Every document in id order with its units in `layers`, by name (text None unless `texts`).

        Two ordered scans merged in Python instead of a query per document: corpus-wide
        agreement reads each row once.
        """
        names = {found.id: found.name for found in (self.layer(n) for n in layers) if found is not None}
        ids = ",".join(str(i) for i in names) or "NULL"
        unit_rows = iter(
            self.conn.execute(
                f"SELECT {UNIT_COLUMNS}, layer_id FROM units WHERE layer_id IN ({ids})"
                ' ORDER BY doc_id, layer_id, start, "end" DESC, id'
            )
        )
        doc_sql = f"SELECT id, {'text' if texts else 'NULL'} FROM documents d WHERE {VISIBLE} ORDER BY id"
        pending = next(unit_rows, None)
        for doc_id, text in self.conn.execute(doc_sql):
            by_layer: dict[str, list[Unit]] = {}
            while pending is not None and pending[1] < doc_id:  # a document of an unfinished import
                pending = next(unit_rows, None)
            while pending is not None and pending[1] == doc_id:
                by_layer.setdefault(names[pending[12]], []).append(unit_from_row(pending))
                pending = next(unit_rows, None)
            yield LayerDoc(doc_id, text, by_layer)

    def iter_layer_export(
        self, layers: Sequence[str], *, doc_ids: Sequence[str] | None = None, batch: int = 500
    ) -> Iterator[ExportDoc]:
        """Documents in seq order with their units in `layers`, their statuses and layer marks.

        Four queries per batch of documents (not per document), units as `ExportUnit` rows:
        exports stream 100k documents without a model per unit. `doc_ids` restricts the
        export to those documents (still in seq order).
        """
        found = [self.layer(n) for n in layers]
        names = {f.id: f.name for f in found if f is not None}
        lids = ",".join(str(i) for i in names) or "NULL"
        for rows in self._export_doc_batches(doc_ids, batch):
            ids = [r[1] for r in rows]
            marks = ",".join("?" * len(ids))
            units = self._export_units(ids, marks, lids, names)
            statuses: dict[str, dict[str, tuple[str, str]]] = {}
            done: dict[str, dict[str, str]] = {}
            for doc_id, who, status, updated in self.conn.execute(
                f"SELECT doc_id, annotator, status, updated_at FROM doc_status WHERE doc_id IN ({marks})", ids
            ):
                statuses.setdefault(doc_id, {})[who] = (status, updated)
            for doc_id, layer_id, done_at in self.conn.execute(
                f"SELECT doc_id, layer_id, done_at FROM layer_docs WHERE doc_id IN ({marks}) AND layer_id IN ({lids})",
                ids,
            ):
                done.setdefault(doc_id, {})[names[layer_id]] = done_at
            for r in rows:
                doc_id = r[1]
                yield ExportDoc(*r, units.get(doc_id, {}), statuses.get(doc_id, {}), done.get(doc_id, {}))

    def _export_units(
        self, ids: list[str], marks: str, lids: str, names: dict[int, str]
    ) -> dict[str, dict[str, list[ExportUnit]]]:
        """A batch's units by document and layer name, in text order.

        By document id through the units index, in its order (no sort step, and the
        documents' pages, text and all, are not read a second time). Bodies only where the
        columns do not say it all (quotes, events): entities are most units.
        """
        unit_rows = self.conn.execute(
            'SELECT doc_id, layer_id, kind, start, "end", label,'
            " CASE WHEN kind IN ('quote', 'event') THEN body END, state = 'rejected', score"
            f" FROM units WHERE doc_id IN ({marks}) AND layer_id IN ({lids})"
            " ORDER BY doc_id, layer_id, start, id",
            ids,
        ).fetchall()
        units: dict[str, dict[str, list[ExportUnit]]] = {}
        for (doc_id, layer_id), group in groupby(map(_TUPLE_NEW, repeat(ExportUnit), unit_rows), key=_DOC_AND_LAYER):
            found_units = list(group)
            if len(set(map(_START, found_units))) != len(found_units):
                found_units.sort(key=export_order)  # units sharing a start: longer first (stable: then by id)
            units.setdefault(doc_id, {})[names[layer_id]] = found_units
        return units

    def _export_doc_batches(self, doc_ids: Sequence[str] | None, batch: int) -> Iterator[list[_DocColumns]]:
        """Document rows in seq order, a batch at a time (paged by last-seen seq, never OFFSET)."""
        if doc_ids is not None:
            seqs = sorted(s for s in (self.doc_seq(d) for d in dict.fromkeys(doc_ids)) if s is not None)
            for i in range(0, len(seqs), batch):
                chunk = seqs[i : i + batch]
                marks = ",".join("?" * len(chunk))
                yield self.conn.execute(
                    f"{_EXPORT_DOC} WHERE seq IN ({marks}) AND {VISIBLE} ORDER BY seq", chunk
                ).fetchall()
            return
        last = 0
        while True:
            rows = self.conn.execute(
                f"{_EXPORT_DOC} WHERE seq > ? AND {VISIBLE} ORDER BY seq LIMIT ?", (last, batch)
            ).fetchall()
            if not rows:
                return
            yield rows
            last = rows[-1][0]
