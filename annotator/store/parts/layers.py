"""Layers and units: where units live, reading a document's units, writing them one by one or in bulk."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import partial
from typing import Any

from annotator.core.models import Unit
from annotator.store import clock
from annotator.store.base import GOLD, NO_DOUBT, Layer
from annotator.store.labels import label_of
from annotator.store.parts.connection import Connected
from annotator.store.rows import UNIT_COLUMNS, UnitRow, dumps, unit_from_row, unit_order
from annotator.store.staging import VISIBLE

LAYER_COLUMNS = "id, name, kind, model, model_version"
_as_unit_row = partial(tuple.__new__, UnitRow)
_INSERT_ROW = 'INSERT INTO units(doc_id, layer_id, kind, start, "end", label, body, state, source, score, provenance)'


class LayersPart(Connected):
    """Layers by name (cached: never renamed or deleted), their units, and which documents each has seen."""

    def layer(self, name: str) -> Layer | None:
        found = self._layers.get(name)
        if found is None:
            row = self.conn.execute(f"SELECT {LAYER_COLUMNS} FROM layers WHERE name = ?", (name,)).fetchone()
            if row is None:
                return None  # not cached: another process may create it later
            found = self._layers[name] = Layer(*row)
        return found

    def ensure_layer(self, name: str, kind: str, model: str | None = None, version: str | None = None) -> Layer:
        found = self.layer(name)
        if found is not None:
            return found
        with self.transaction():
            self.conn.execute(
                "INSERT INTO layers(name, kind, model, model_version, created_at) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT DO NOTHING",
                (name, kind, model, version, clock.now_iso()),
            )
        layer = self.layer(name)
        assert layer is not None
        return layer

    def _layer_for(self, name: str) -> Layer:
        """The layer by name, created on first use with the kind its name implies."""
        if name == GOLD:
            return self.ensure_layer(GOLD, "gold")
        if name.startswith("annotator:"):
            return self.ensure_layer(name, "annotator")
        if name.startswith("suggestions:"):
            model, _, version = name.removeprefix("suggestions:").partition("@")
            return self.ensure_layer(name, "suggestions", model, version)
        raise ValueError(f"unknown layer name {name!r} (gold, annotator:NAME or suggestions:MODEL@VERSION)")

    def layers(self, kind: str | None = None) -> list[Layer]:
        sql = f"SELECT {LAYER_COLUMNS} FROM layers"
        rows = self.conn.execute(sql + (" WHERE kind = ?" if kind else "") + " ORDER BY id", (kind,) if kind else ())
        return [Layer(*r) for r in rows]

    def _suggestion_layer_ids(self) -> list[int]:
        return [layer.id for layer in self.layers("suggestions")]

    def units(self, doc_id: str, layer: str) -> list[Unit]:
        found = self.layer(layer)
        if found is None:
            return []
        # An entity is whole in its columns: its body is not even fetched (most units are
        # entities). Text order is sorted here: SQLite's temporary b-tree for the part of
        # the ORDER BY the index lacks costs more than sorting a document's units in Python.
        rows = self.conn.execute(
            "SELECT id, doc_id, kind, start, \"end\", label, CASE WHEN kind = 'entity' THEN NULL ELSE body END,"
            " state, origin_id, source, score, provenance FROM units WHERE doc_id = ? AND layer_id = ?",
            (doc_id, found.id),
        ).fetchall()
        rows.sort(key=unit_order)
        return [unit_from_row(r) for r in rows]

    def unit(self, unit_id: int) -> Unit | None:
        row = self.conn.execute(f"SELECT {UNIT_COLUMNS} FROM units WHERE id = ?", (unit_id,)).fetchone()
        return None if row is None else unit_from_row(row)

    def unit_layer(self, unit_id: int) -> str | None:
        return self._one("SELECT l.name FROM units u JOIN layers l ON l.id = u.layer_id WHERE u.id = ?", (unit_id,))

    def add_units(self, layer: str, units: Sequence[Unit]) -> list[int]:
        target = self._layer_for(layer)
        with self.transaction():
            return [self._insert_unit(target.id, u) for u in units]

    def _insert_unit(self, layer_id: int, unit: Unit) -> int:
        """Insert one unit; under its own id when it has one (undo restores a unit so), else
        the table's next (the id column left out: PostgreSQL's NULL-id trigger costs ~15%)."""
        body = unit.body
        named = unit.id is not None
        return int(
            self._returning(
                f"INSERT INTO units({'id, ' if named else ''}doc_id, layer_id, kind, start,"
                ' "end", label, body, state, origin_id, source, score, provenance)'
                f" VALUES ({'?, ' if named else ''}?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (
                    *((unit.id,) if named else ()),
                    unit.doc_id,
                    layer_id,
                    body.kind,
                    body.span.start,
                    body.span.end,
                    label_of(body),
                    body.model_dump_json(),
                    unit.state,
                    unit.origin_id,
                    unit.source,
                    unit.score,
                    dumps(unit.provenance),
                ),
            )
        )

    def replace_units(self, doc_id: str, layer: str, units: Sequence[Unit]) -> list[int]:
        """Swap a document's units in one layer (suggest --redo; gold rebuilt from review)."""
        target = self._layer_for(layer)
        with self.transaction():
            self.conn.execute("DELETE FROM units WHERE doc_id = ? AND layer_id = ?", (doc_id, target.id))
            ids = [self._insert_unit(target.id, u) for u in units]
            if target.kind == "suggestions":  # a document it marked done keeps its count and doubt right
                self._refresh_doubt(int(target.id), [doc_id])
            return ids

    def add_unit_rows(self, layer: str, rows: Sequence[UnitRow]) -> int:
        """Insert many already-validated units with one executemany (import's bulk path).

        No model per unit: an import of 500k spans spent most of its time building them.
        """
        layer_id = int(self._layer_for(layer).id)  # an integer from our own table: safe inline
        with self.transaction():
            self.conn.executemany(f"{_INSERT_ROW} VALUES (?, {layer_id}, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        return len(rows)

    def replace_unit_rows(self, layer: str, doc_ids: Sequence[str], rows: Sequence[UnitRow]) -> int:
        """Swap these documents' units in one layer for `rows`, keeping ids.

        A unit identical to one already stored (kind, span, label, body) keeps its row and id:
        annotators' accepted, edited and rejected units point at suggestions by id
        (`origin_id`), so `suggest --redo` must not orphan the suggestions it re-makes. Only
        units the new run no longer makes are deleted. Returns the number of rows inserted.
        """
        layer_id = int(self._layer_for(layer).id)
        with self.transaction():
            kept = self._unit_ids_by_key(layer_id, doc_ids)
            updates, inserts = [], []
            for row in map(_as_unit_row, rows):  # callers may pass equal plain tuples
                same = kept.get(row.key)
                if same:
                    updates.append((row.state, row.source, row.score, row.provenance, same.pop(0)))
                else:
                    inserts.append(row)
            gone = [(unit_id,) for ids in kept.values() for unit_id in ids]
            self.conn.executemany("DELETE FROM units WHERE id = ?", gone)
            self.conn.executemany(
                "UPDATE units SET state = ?, source = ?, score = ?, provenance = ? WHERE id = ?", updates
            )
            self.conn.executemany(f"{_INSERT_ROW} VALUES (?, {layer_id}, ?, ?, ?, ?, ?, ?, ?, ?, ?)", inserts)
        return len(inserts)

    def _unit_ids_by_key(self, layer_id: int, doc_ids: Sequence[str]) -> dict[tuple[Any, ...], list[int]]:
        """The ids of these documents' units in the layer, by `UnitRow.key`."""
        kept: dict[tuple[Any, ...], list[int]] = {}
        for at in range(0, len(doc_ids), 500):
            chunk = list(doc_ids[at : at + 500])
            for unit_id, *key in self.conn.execute(
                'SELECT id, doc_id, kind, start, "end", label, body FROM units'
                f" WHERE layer_id = ? AND doc_id IN ({','.join('?' * len(chunk))})",
                [layer_id, *chunk],
            ):
                kept.setdefault(tuple(key), []).append(unit_id)
        return kept

    # -- which documents a layer has seen ------------------------------------------------

    def mark_layer_done(self, layer: str, doc_ids: Sequence[str]) -> None:
        """Remember that a model has seen these documents, even those that got no suggestion
        (a failure recorded for one of them earlier is over)."""
        target = self._layer_for(layer)
        stamp = clock.now_iso()
        with self.transaction():
            self.conn.executemany(
                "INSERT INTO layer_docs(layer_id, doc_id, done_at) VALUES (?, ?, ?)"
                " ON CONFLICT(layer_id, doc_id) DO UPDATE SET done_at = excluded.done_at,"
                f" doubt_min = {NO_DOUBT}, doubt_mean = {NO_DOUBT}",
                [(target.id, d, stamp) for d in doc_ids],
            )
            if target.kind == "suggestions":  # the queue reads these scores and counts
                self._refresh_doubt(int(target.id), doc_ids)
            self.conn.executemany(
                "DELETE FROM suggest_failures WHERE layer_id = ? AND doc_id = ?", [(target.id, d) for d in doc_ids]
            )

    def unmark_layer_done(self, layer: str, doc_ids: Sequence[str]) -> None:
        """Forget a layer's done mark (gold: an adjudicator takes back "settled as no units")."""
        target = self.layer(layer)
        if target is None:
            return
        with self.transaction():
            self.conn.executemany(
                "DELETE FROM layer_docs WHERE layer_id = ? AND doc_id = ?", [(target.id, d) for d in doc_ids]
            )

    def layer_done_at(self, layer: str, doc_id: str) -> str | None:
        """When the layer was marked done for the document, if it was."""
        target = self.layer(layer)
        if target is None:
            return None
        return self._one("SELECT done_at FROM layer_docs WHERE layer_id = ? AND doc_id = ?", (target.id, doc_id))

    def refresh_doubt(self, layer: str, doc_ids: Sequence[str] | None = None) -> None:
        """Recompute the documents' doubt in `layer` from their suggestions' scores (all when None).

        `mark_layer_done` does it for the documents it marks; call this after changing
        scores some other way.
        """
        found = self.layer(layer)
        if found is None:
            return
        with self.transaction():
            self._refresh_doubt(int(found.id), doc_ids)

    def _refresh_doubt(self, layer_id: int, doc_ids: Sequence[str] | None) -> None:
        """The doubt and the count of suggestions the layer keeps per document it marked done
        (`layer_docs`): queue pages read them there, not from the units (migration 14)."""
        units = (
            "(SELECT {0} FROM units u WHERE u.doc_id = layer_docs.doc_id AND u.layer_id = layer_docs.layer_id"
            " AND u.kind != 'boilerplate'{1})"
        )
        scored = " AND u.score IS NOT NULL"
        sql = (
            f"UPDATE layer_docs SET doubt_min = coalesce({units.format('min(u.score)', scored)}, {NO_DOUBT}),"
            f" doubt_mean = coalesce({units.format('avg(u.score)', scored)}, {NO_DOUBT}),"
            f" suggestions = {units.format('count(*)', '')} WHERE layer_id = ?"
        )
        if doc_ids is None:
            self.conn.execute(sql, (layer_id,))
            return
        self.conn.executemany(sql + " AND doc_id = ?", [(layer_id, d) for d in doc_ids])

    def docs_missing_layer(self, layer: str) -> Iterator[str]:
        found = self.layer(layer)
        layer_id = found.id if found else -1
        rows = self.conn.execute(
            f"SELECT d.id FROM documents d WHERE {VISIBLE} AND NOT EXISTS"
            " (SELECT 1 FROM layer_docs x WHERE x.layer_id = ? AND x.doc_id = d.id) ORDER BY d.seq",
            (layer_id,),
        ).fetchall()
        return iter([r[0] for r in rows])

    def latest_suggestions_layer(self, doc_id: str | None = None) -> str | None:
        """The newest suggestions layer (for one document: the newest that has seen it)."""
        if doc_id is None:
            return self._one("SELECT name FROM layers WHERE kind = 'suggestions' ORDER BY id DESC LIMIT 1")
        # The forced join keeps the few layers as the outer loop, so each probe is a primary-key
        # lookup on layer_docs; a plain JOIN let SQLite's planner scan every layer_docs row.
        return self._one(
            f"SELECT l.name FROM layers l {self.dialect.forced_join} layer_docs x ON x.layer_id = l.id"
            " AND x.doc_id = ? WHERE l.kind = 'suggestions' ORDER BY x.done_at DESC, l.id DESC LIMIT 1",
            (doc_id,),
        )
