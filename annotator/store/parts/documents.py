"""Documents and search: storing texts, reading them back, and the queue's pages."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from annotator.core.models import DocStatus, Document
from annotator.store import clock
from annotator.store.base import NO_DOUBT, QUEUE_ORDERS, DocRow, InsertResult, UnknownDocumentError
from annotator.store.parts.connection import Connected
from annotator.store.rows import DOCUMENT_COLUMNS, document_from_row, dumps
from annotator.store.staging import VISIBLE

# Below one document in this many, a status filter starts from the statuses, not the documents.
RARE_STATUS_SHARE = 20


class DocumentsPart(Connected):
    """Documents in, documents out, and the queue: pages by last-seen key, never OFFSET."""

    def insert_documents(self, docs: Iterable[Document]) -> InsertResult:
        """Insert new documents; skip (and report) ids or texts already stored (or pending in an import)."""
        result = InsertResult()
        created = clock.now_iso()
        with self.transaction():
            for doc in docs:
                if self.find_by_hash(doc.content_hash) is not None or self.has_document(doc.id):
                    result.duplicates.append(doc.id)
                    continue
                self.conn.execute(
                    "INSERT INTO documents(id, title, text, outlet, url, published, content_hash, meta, story_key,"
                    " created_at, nul_chars, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        doc.id,
                        doc.title,
                        doc.text,
                        doc.outlet,
                        doc.url,
                        doc.published.isoformat() if doc.published else None,
                        doc.content_hash,
                        dumps(doc.meta),
                        doc.story_key,
                        created,
                        len(doc.text) if "\x00" in doc.text else None,  # SQLite's length() stops at NUL
                        self._import_id,  # hidden until the import completes (staging.py)
                    ),
                )
                result.inserted.append(doc.id)
        return result

    def document(self, doc_id: str) -> Document:
        row = self.conn.execute(f"SELECT {DOCUMENT_COLUMNS} FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise UnknownDocumentError(doc_id)
        return document_from_row(row)

    def documents(self, after_seq: int = 0, limit: int = 1000) -> list[Document]:
        rows = self.conn.execute(
            f"SELECT {DOCUMENT_COLUMNS}, seq FROM documents d WHERE seq > ? AND {VISIBLE} ORDER BY seq LIMIT ?",
            (after_seq, limit),
        ).fetchall()
        return [document_from_row(r) for r in rows]

    def search_documents(self, query: str, after_seq: int = 0, limit: int = 1000) -> list[tuple[int, str]]:
        """(seq, id) of the documents whose title or text holds every word of `query` (the queue's
        full-text search, FTS5 or tsvector), in seq order after `after_seq`: candidates a caller
        then checks exactly. [] for a query without words (the caller scans instead)."""
        search = self.dialect.search(query)
        if search is None:
            return []
        rows = self.conn.execute(
            f"SELECT d.seq, d.id FROM documents d WHERE d.seq > ? AND {VISIBLE} AND {search[0]} ORDER BY d.seq LIMIT ?",
            [after_seq, *search[1], limit],
        ).fetchall()
        return [(int(seq), doc_id) for seq, doc_id in rows]

    def doc_seq(self, doc_id: str) -> int | None:
        return self._one("SELECT seq FROM documents WHERE id = ?", (doc_id,))

    def has_document(self, doc_id: str) -> bool:
        return self._one("SELECT 1 FROM documents WHERE id = ?", (doc_id,)) is not None

    def find_by_hash(self, content_hash: str) -> str | None:
        return self._one("SELECT id FROM documents WHERE content_hash = ?", (content_hash,))

    def count_documents(self) -> int:
        """Documents users see: all, less those of unfinished imports (two index counts, no scan)."""
        hidden = self._one(
            "SELECT count(*) FROM documents WHERE import_id IN (SELECT id FROM imports WHERE done_at IS NULL)"
        )
        return self._one("SELECT count(*) FROM documents") - hidden

    def queue(
        self,
        annotator: str,
        *,
        after_seq: int = 0,
        before_seq: int | None = None,
        limit: int = 50,
        status: DocStatus | None = None,
        query: str | None = None,
        assigned_only: bool = False,
        order: str = "seq",
        after_key: tuple[float, str] | None = None,
        before_key: tuple[float, str] | None = None,
    ) -> list[DocRow]:
        """One page of the queue, by last-seen key (OFFSET paging is 400x slower at 1M rows).

        `order` "doubt" ("doubt-mean") lists the undone documents the newest suggestions
        layer has seen, those whose suggestions have the lowest minimum (mean) score first,
        paged by the key (doubt, id) (`after_key`/`before_key`; `before_seq` alone gives the
        last page); unscored documents come last. The doubt is kept per document in
        `layer_docs` (see `refresh_doubt`), so a page is an index walk, not a scoring pass.
        """
        if order not in QUEUE_ORDERS:
            raise ValueError(f"unknown queue order {order!r} (one of {', '.join(QUEUE_ORDERS)})")
        backwards = before_seq is not None or before_key is not None
        direction = "DESC" if backwards else "ASC"
        if order == "seq":
            source, doubt_col = self._queue_source(annotator, status), "NULL"
            where, params = (["d.seq < ?"], [before_seq]) if before_seq is not None else (["d.seq > ?"], [after_seq])
            sort = f"d.seq {direction}"
        else:
            source, doubt_col, where, params = self._doubt_plan(
                order, before_key if backwards else after_key, backwards
            )
            sort = f"{doubt_col} {direction}, x.doc_id {direction}"
        where.insert(0, VISIBLE)  # documents of an unfinished import are not there yet
        if status is not None:
            where.append("coalesce(s.status, 'todo') = ?")
            params.append(status)
        search = self.dialect.search(query or "")
        if search is not None:
            where.append(search[0])
            params.extend(search[1])
        if assigned_only:
            where.append("EXISTS (SELECT 1 FROM assignments a WHERE a.doc_id = d.id AND a.annotator = ?)")
            params.append(annotator)
        sugg_sql = ",".join(str(i) for i in self._suggestion_layer_ids()) or "NULL"
        sql = f"""
            SELECT d.seq, d.id, d.title, d.outlet, coalesce(d.nul_chars, length(d.text)), coalesce(s.status, 'todo'), coalesce(s.flagged, 0),
                (SELECT count(*) FROM units u WHERE u.doc_id = d.id AND u.layer_id IN ({sugg_sql})
                    AND u.kind != 'boilerplate'),
                (SELECT count(*) FROM decisions x WHERE x.doc_id = d.id AND x.annotator = ?),
                {doubt_col},
                EXISTS (SELECT 1 FROM suggest_failures f WHERE f.doc_id = d.id),
                EXISTS (SELECT 1 FROM layer_docs x WHERE x.doc_id = d.id AND x.layer_id IN ({sugg_sql}))
            FROM {source}
            WHERE {" AND ".join(where)} ORDER BY {sort} LIMIT ?"""
        rows = self.conn.execute(sql, [annotator, annotator, *params, limit]).fetchall()
        if backwards:
            rows.reverse()
        return [_doc_row(r) for r in rows]

    def _doubt_plan(
        self, order: str, key: tuple[float, str] | None, backwards: bool
    ) -> tuple[str, str, list[str], list[Any]]:
        """FROM, doubt column, WHERE and parameters of a doubt-ordered page: a walk of the
        newest suggestions layer's `layer_docs` index from `key` on, undone documents only."""
        layer = self.latest_suggestions_layer()
        found = self.layer(layer) if layer else None
        layer_id = int(found.id) if found else -1  # an integer from our own table: safe inline
        col = "x.doubt_min" if order == "doubt" else "x.doubt_mean"
        source = (
            f"layer_docs x {self.dialect.forced_join} documents d ON d.id = x.doc_id"
            " LEFT JOIN doc_status s ON s.doc_id = d.id AND s.annotator = ?"
        )
        where = [f"x.layer_id = {layer_id}", "coalesce(s.status, 'todo') IN ('todo', 'in_progress')"]
        params: list[Any] = []
        if key is not None:
            cmp = "<" if backwards else ">"
            where.append(f"({col} {cmp} ? OR ({col} = ? AND x.doc_id {cmp} ?))")
            params += [key[0], key[0], key[1]]
        return source, col, where, params

    def _queue_source(self, annotator: str, status: DocStatus | None) -> str:
        """The queue's FROM clause: walk documents in order, or start from a rare status.

        Walking in key order finds a page at once unless the filter is rare: a status held
        by a few of 100,000 documents took 80 ms to walk. Its rows are counted already
        (status_counts), so when they are few we start from them and sort just those.
        """
        walk = "documents d LEFT JOIN doc_status s ON s.doc_id = d.id AND s.annotator = ?"
        if status in (None, "todo"):
            return walk
        held = self._one("SELECT n FROM status_counts WHERE annotator = ? AND status = ?", (annotator, status)) or 0
        if held * RARE_STATUS_SHARE > self.count_documents():
            return walk
        return f"doc_status s {self.dialect.forced_join} documents d ON d.id = s.doc_id AND s.annotator = ?"

    def neighbour(self, doc_id: str, annotator: str, step: int, undone_only: bool = False) -> str | None:
        """The next (step > 0) or previous document for this annotator, optionally undone only."""
        seq = self.doc_seq(doc_id) or 0
        cmp, order = (">", "ASC") if step > 0 else ("<", "DESC")
        where = [f"d.seq {cmp} ?", VISIBLE]
        params: list[Any] = [annotator, seq]
        if undone_only:
            where.append("coalesce(s.status, 'todo') IN ('todo', 'in_progress')")
        if self._has_assignments(annotator):
            where.append("EXISTS (SELECT 1 FROM assignments a WHERE a.doc_id = d.id AND a.annotator = ?)")
            params.append(annotator)
        return self._one(
            f"SELECT d.id FROM documents d LEFT JOIN doc_status s ON s.doc_id = d.id AND s.annotator = ?"
            f" WHERE {' AND '.join(where)} ORDER BY d.seq {order} LIMIT 1",
            params,
        )

    def first_undone(self, annotator: str) -> str | None:
        """The annotator's first document not yet done or skipped, from the top."""
        return self.neighbour("", annotator, +1, undone_only=True)


def _doc_row(r: Any) -> DocRow:
    return DocRow(
        r[0],
        r[1],
        r[2],
        r[3],
        r[4],
        r[5],
        bool(r[6]),
        r[7],
        r[8],
        None if r[9] in (None, NO_DOUBT) else r[9],
        bool(r[10]),
        bool(r[11]),
    )
