"""Documents and search: storing texts, reading them back, and the queue's pages."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from annotator.core.matches import MATCH_CAP
from annotator.core.models import DOC_STATUSES, DocStatus, Document
from annotator.store import clock
from annotator.store.base import NO_DOUBT, QUEUE_ORDERS, DocRow, InsertResult, QueuePage, UnknownDocumentError
from annotator.store.parts.connection import Connected
from annotator.store.rows import DOCUMENT_COLUMNS, document_from_row, dumps
from annotator.store.staging import VISIBLE


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
                    " created_at, nul_chars, import_id, chars) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
                        len(doc.text),  # code points, as offsets are: a queue page reads no text
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
        hits = self.dialect.hits(query)
        if hits is None:
            return []
        source, condition, key, params = hits
        rows = self.dialect.planned_for_values(
            self.conn,
            f"SELECT d.seq, d.id FROM {source} WHERE {key} > ? AND {VISIBLE} AND {condition} ORDER BY {key} LIMIT ?",
            [after_seq, *params, limit],
        ).fetchall()
        return [(int(seq), doc_id) for seq, doc_id in rows]

    def doc_seq(self, doc_id: str) -> int | None:
        return self._one("SELECT seq FROM documents WHERE id = ?", (doc_id,))

    def has_document(self, doc_id: str) -> bool:
        return self._one("SELECT 1 FROM documents WHERE id = ?", (doc_id,)) is not None

    def find_by_hash(self, content_hash: str) -> str | None:
        return self._one("SELECT id FROM documents WHERE content_hash = ?", (content_hash,))

    def count_documents(self) -> int:
        """Documents users see: the counter, less those of unfinished imports (each counts its own).

        Both are kept by triggers (migration 13): `count(*)` walked an index, 30 ms at 1M
        articles, on every queue page and every article opened.
        """
        hidden = self._one("SELECT coalesce(sum(docs), 0) FROM imports WHERE done_at IS NULL")
        return int(self._one("SELECT n FROM doc_totals WHERE id = 1") or 0) - int(hidden)

    def count_matches(self, query: str, cap: int = MATCH_CAP) -> int:
        """Documents a search finds, counted up to `cap` + 1 (more means "more than cap").

        A full count walks every hit (a common word is a million at 1M articles); a capped
        one costs the same at any size. Screens say "more than N" past the cap.
        """
        hits = self.dialect.hits(query)
        if hits is None:
            return 0
        source, match, _, params = hits
        sql = f"SELECT count(*) FROM (SELECT 1 FROM {source} WHERE {match} AND {VISIBLE} LIMIT ?) counted"
        return int(self.dialect.planned_for_values(self.conn, sql, [*params, cap + 1]).fetchone()[0])

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
        walk: int | None = None,
    ) -> QueuePage:
        """One page of the queue, by last-seen key (OFFSET paging is 400x slower at 1M rows).

        In corpus order a page walks one index from the key on (`_walk`): a search's hits, a
        status's rows, or the documents; the other filters keep what they allow. Where another
        filter may keep few of the rows walked, `walk` bounds the walk to that many positions
        after the key (see `QueuePage`): a search and a status that hardly meet otherwise walk
        every hit after the key (220 ms at 1M articles).

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
        hits = self.dialect.hits(query or "")
        window: int | None = None
        beyond = False
        selected: list[Any] = []  # the SELECT list's parameters for my status and flag
        by_status = False  # the walk filters the status itself
        if order == "seq":
            by_status = status not in (None, "todo") and (hits is None or self.dialect.search_in_row)
            source, key, where, params = self._walk(annotator, status if by_status else None, hits)
            at = before_seq if before_seq is not None else after_seq
            where.append(f"{key} {'<' if backwards else '>'} ?")
            params.append(at)
            if walk is not None and (status == "todo" or assigned_only or (hits and status)):
                window, beyond = self._window(at, walk, backwards)
                where.append(f"{key} {'>=' if backwards else '<='} ?")
                params.append(window)
            if by_status:  # the walk's own row holds them
                state, flag = "s.status", "s.flagged"
            elif status == "todo" and window is not None and self.dialect.merges_ranges:
                state, flag, selected = "'todo'", _MY_FLAG, [annotator]
                where.append(_none_left_todo(key, backwards))
                params += [annotator, at, window]
                by_status = True  # filtered already
            else:
                source, state, flag, selected = self._my_status(annotator, source, params, status is not None)
            doubt_col, sort = "NULL", f"{key} {direction}"
        else:
            source, doubt_col, where, params = self._doubt_plan(
                order, before_key if backwards else after_key, backwards
            )
            sort = f"{doubt_col} {direction}, x.doc_id {direction}"
            state, flag = "coalesce(s.status, 'todo')", "s.flagged"
            params.insert(0, annotator)  # the source's join of my statuses
            if hits is not None:
                where.append(f"d.seq IN (SELECT {hits[2]} FROM {hits[0]} WHERE {hits[1]})")
                params.extend(hits[3])
        where.insert(0, VISIBLE)  # documents of an unfinished import are not there yet
        if status is not None and not (order == "seq" and by_status):  # (a status walk filtered already)
            where.append(f"{state} = ?")
            params.append(status)
        if assigned_only:
            where.append("EXISTS (SELECT 1 FROM assignments a WHERE a.doc_id = d.id AND a.annotator = ?)")
            params.append(annotator)
        sugg_sql = ",".join(str(i) for i in self._suggestion_layer_ids()) or "NULL"
        # Per-row look-ups are scalar subqueries, not EXISTS: PostgreSQL planned an EXISTS for
        # every row the walk might reach, not the page's 101, and hashed all of layer_docs
        # instead (180 ms a page at 100,000 documents). The models that saw a document and the
        # suggestions they left are one look-up (`layer_docs`, migration 14): NULL, none saw it.
        sql = f"""
            SELECT d.seq, d.id, d.title, d.outlet, coalesce(d.chars, d.nul_chars, length(d.text)),
                {state}, coalesce({flag}, 0),
                (SELECT sum(x.suggestions) FROM layer_docs x WHERE x.doc_id = d.id AND x.layer_id IN ({sugg_sql})),
                (SELECT count(*) FROM decisions x WHERE x.doc_id = d.id AND x.annotator = ?),
                {doubt_col},
                coalesce((SELECT 1 FROM suggest_failures f WHERE f.doc_id = d.id LIMIT 1), 0)
            FROM {source}
            WHERE {" AND ".join(where)} ORDER BY {sort} LIMIT ?"""
        args = [*selected, annotator, *params, limit]
        run = self.dialect.planned_for_values if hits is not None else _prepared
        rows = run(self.conn, sql, args).fetchall()
        if backwards:
            rows.reverse()
        page = QueuePage(_doc_row(r) for r in rows)
        if window is not None and len(page) < limit and beyond:
            page.walked_to = window
        return page

    def _my_status(
        self, annotator: str, source: str, params: list[Any], filtered: bool
    ) -> tuple[str, str, str, list[Any]]:
        """The page's source, my status and flag, and their parameters in the SELECT list, for
        a walk that holds no status row of mine (`params`, the WHERE's, take the join's first).

        A status filter reads my status row for every row walked: joined once a row
        (`one_per_row`), the filter and both columns read it once, where scalar subqueries read
        it three times. Without one, scalar subqueries: run for the page's rows alone, after
        its sort. A join below the sort made PostgreSQL walk a search's documents in order to
        spare it, every document for a word no article holds (80 ms a page at 100,000).
        """
        if filtered:
            params.insert(0, annotator)
            mine = self.dialect.one_per_row(
                "doc_status", "q", "q.status, q.flagged", "q.doc_id = d.id AND q.annotator = ?"
            )
            return f"{source} {mine}", "coalesce(q.status, 'todo')", "q.flagged", []
        return source, f"coalesce({_MY_STATUS}, 'todo')", _MY_FLAG, [annotator, annotator]

    def _walk(
        self, annotator: str, status: DocStatus | None, hits: tuple[str, str, str, list[Any]] | None
    ) -> tuple[str, str, list[str], list[Any]]:
        """The FROM clause of a corpus-order page, the key it walks in order, and the walk's own
        conditions and parameters.

        Each walk is one index in key order, whatever the corpus size: a search walks its own
        hits (listing them all first cost 2.3 s for a common word at 1M); a status other than
        todo its rows by position (`doc_status_walk`, migration 13; sorting them cost 10 ms for
        a status 1% of 1M hold); otherwise the documents. `status` is given when the walk is a
        status's: with a search too where the engine tests the search in the document's row
        (PostgreSQL's column; SQLite's FTS5 answers only from its own index, so it walks hits).
        """
        if status is not None:
            where, params = ["s.annotator = ?", "s.status = ?"], [annotator, status]
            if hits is not None:
                where.append(hits[1])
                params.extend(hits[3])
            return f"doc_status s {self.dialect.forced_join} documents d ON d.id = s.doc_id", "s.seq", where, params
        if hits is not None:
            source, match, key, params = hits
            return source, key, [match], list(params)
        return "documents d", "d.seq", [], []

    def _window(self, at: int, walk: int, backwards: bool) -> tuple[int, bool]:
        """The far edge of a walk bounded to `walk` positions from `at` (starting where the
        documents are: min and max seq are two index look-ups), and whether documents lie past it."""
        # Two subqueries: SQLite answers one min() or max() from the index, both at once by a scan.
        row = self.conn.execute("SELECT (SELECT min(seq) FROM documents), (SELECT max(seq) FROM documents)").fetchone()
        low, high = (int(row[0]), int(row[1])) if row and row[0] is not None else (0, 0)
        if backwards:
            edge = max(0, min(at, high + 1) - walk)
            return edge, low < edge
        edge = max(at, low - 1) + walk
        return edge, high > edge

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

    def neighbour(self, doc_id: str, annotator: str, step: int, undone_only: bool = False) -> str | None:
        """The next (step > 0) or previous document for this annotator, optionally undone only."""
        seq = self.doc_seq(doc_id) or 0
        cmp, order = (">", "ASC") if step > 0 else ("<", "DESC")
        where = [f"d.seq {cmp} ?", VISIBLE]
        params: list[Any] = [annotator, seq]
        if undone_only:
            where.append("coalesce(s.status, 'todo') IN ('todo', 'in_progress')")
        if self.works_from_list(annotator):
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


_MY_STATUS = "(SELECT q.status FROM doc_status q WHERE q.doc_id = d.id AND q.annotator = ?)"
_MY_FLAG = "(SELECT q.flagged FROM doc_status q WHERE q.doc_id = d.id AND q.annotator = ?)"


def _none_left_todo(key: str, backwards: bool) -> str:
    """A todo page's filter where the engine merges two ranges (`Dialect.merges_ranges`): no
    status row of mine other than todo at the position, read as one range of `doc_status_walk`
    over the bounded walk (parameters: annotator, the key, the walk's far edge) and merged
    with the documents walked, where a look-up per position read 500 rows of doc_status."""
    done = ", ".join(f"'{s}'" for s in DOC_STATUSES if s != "todo")  # our own constants
    span = "n.seq < ? AND n.seq >= ?" if backwards else "n.seq > ? AND n.seq <= ?"
    return (
        f"NOT EXISTS (SELECT 1 FROM doc_status n WHERE n.annotator = ? AND n.status IN ({done})"
        f" AND n.seq = {key} AND {span})"
    )


def _prepared(conn: Any, sql: str, params: list[Any]) -> Any:
    return conn.execute(sql, params)


def _doc_row(r: Any) -> DocRow:
    return DocRow(
        r[0],
        r[1],
        r[2],
        r[3],
        r[4],
        r[5],
        bool(r[6]),
        r[7] or 0,
        r[8],
        None if r[9] in (None, NO_DOUBT) else r[9],
        bool(r[10]),
        r[7] is not None,  # some suggestions layer marked it done
    )
