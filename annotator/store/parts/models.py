"""Trained models, the documents a model could not suggest for, and what editors made of suggestions."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import orjson

from annotator.core.errors import UserError
from annotator.store import clock
from annotator.store.base import Fate, ModelRecord, SuggestFailure
from annotator.store.parts.connection import Connected
from annotator.store.rows import dumps, unit_from_row

_MODEL_COLUMNS = "name, version, path, base, layer, documents, heldout, scores, created_at, id"
# Those columns as a row reads them (scores is its JSON text).
_ModelColumns = tuple[str, str, str, str, str, int, int, str, str, int]
_FATE_COLUMNS = (
    '{0}.id, {0}.doc_id, {0}.kind, {0}.start, {0}."end", {0}.label, {0}.body, {0}.state, {0}.origin_id,'
    " {0}.source, {0}.score, {0}.provenance"
)


class ModelsPart(Connected):
    """The model registry, suggestion failures per layer, and the fates of suggestions."""

    def register_model(self, record: ModelRecord) -> ModelRecord:
        """Record a trained model; a name and version already taken is refused."""
        with self.transaction():
            try:
                self.conn.execute(
                    "INSERT INTO models(name, version, path, base, layer, documents, heldout, scores, created_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        record.name,
                        record.version,
                        record.path,
                        record.base,
                        record.layer,
                        record.documents,
                        record.heldout,
                        dumps(record.scores),
                        record.created_at or clock.now_iso(),
                    ),
                )
            except self.dialect.driver_error as exc:
                if self.dialect.is_duplicate(exc):
                    raise UserError(f"model {record.name}@{record.version} is already registered") from None
                raise
        return self.models(record.name)[-1]

    def models(self, name: str | None = None) -> list[ModelRecord]:
        """Registered models in the order they were trained (one name's versions, or all)."""
        sql = f"SELECT {_MODEL_COLUMNS} FROM models"
        rows: Iterable[_ModelColumns] = self.conn.execute(
            sql + (" WHERE name = ?" if name else "") + " ORDER BY id", (name,) if name else ()
        )
        return [ModelRecord(*r[:7], orjson.loads(r[7]), r[8], r[9]) for r in rows]

    # -- suggestion failures -----------------------------------------------------------------

    def record_suggest_failures(self, layer: str, failures: Sequence[tuple[str, str]]) -> None:
        """(doc_id, error) pairs the layer's model could not suggest for: one more attempt each."""
        target = self._layer_for(layer)
        stamp = clock.now_iso()
        with self.transaction():
            self.conn.executemany(
                "INSERT INTO suggest_failures(layer_id, doc_id, error, attempts, failed_at) VALUES (?, ?, ?, 1, ?)"
                " ON CONFLICT(layer_id, doc_id) DO UPDATE SET error = excluded.error,"
                " attempts = suggest_failures.attempts + 1, failed_at = excluded.failed_at",
                [(target.id, doc_id, error, stamp) for doc_id, error in failures],
            )

    def suggest_failures(
        self, *, layer: str | None = None, doc_id: str | None = None, after_seq: int = 0, limit: int | None = None
    ) -> list[SuggestFailure]:
        """Recorded failures in corpus order, newest layer first within a document."""
        params: list[object]
        where, params = ["d.seq > ?"], [after_seq]
        if layer is not None:
            where.append("l.name = ?")
            params.append(layer)
        if doc_id is not None:
            where.append("d.id = ?")
            params.append(doc_id)
        limit_sql = ""
        if limit is not None:
            limit_sql = " LIMIT ?"
            params.append(limit)
        rows = self.conn.execute(
            "SELECT d.seq, d.id, d.title, l.name, l.model, l.model_version, f.error, f.attempts, f.failed_at"
            " FROM suggest_failures f JOIN documents d ON d.id = f.doc_id JOIN layers l ON l.id = f.layer_id"
            f" WHERE {' AND '.join(where)} ORDER BY d.seq, l.id DESC{limit_sql}",
            params,
        ).fetchall()
        return [SuggestFailure(*r) for r in rows]

    def failed_doc_ids(self, layer: str, min_attempts: int = 1) -> set[str]:
        """Documents of this layer that failed at least `min_attempts` times."""
        found = self.layer(layer)
        if found is None:
            return set()
        rows = self.conn.execute(
            "SELECT doc_id FROM suggest_failures WHERE layer_id = ? AND attempts >= ?", (found.id, min_attempts)
        )
        return {r[0] for r in rows}

    # -- what editors made of suggestions ------------------------------------------------------

    def suggestion_outcomes(self) -> dict[str, dict[str, int]]:
        """Per suggested label: how often editors accepted, edited or rejected it."""
        out: dict[str, dict[str, int]] = {}
        for label, state, n in self.conn.execute(
            "SELECT s.label, a.state, count(*) FROM units a"
            " JOIN layers al ON al.id = a.layer_id AND al.kind = 'annotator'"
            " JOIN units s ON s.id = a.origin_id"
            " JOIN layers sl ON sl.id = s.layer_id AND sl.kind = 'suggestions'"
            " GROUP BY s.label, a.state"
        ):
            out.setdefault(label, {})[state] = n
        return out

    def suggestion_fates(self, layer: str) -> list[Fate]:
        found = self.layer(layer)
        if found is None:
            return []
        decided = self.conn.execute(
            f"SELECT substr(al.name, 11), {_FATE_COLUMNS.format('s')}, {_FATE_COLUMNS.format('a')} FROM units a"
            " JOIN layers al ON al.id = a.layer_id AND al.kind = 'annotator'"
            " JOIN units s ON s.id = a.origin_id AND s.layer_id = ?"
            " ORDER BY s.doc_id, s.start, s.id, al.name",
            (found.id,),
        ).fetchall()
        out = [Fate(r[2], r[0], unit_from_row(r[1:13]), unit_from_row(r[13:25])) for r in decided]
        added = self.conn.execute(
            f"SELECT substr(al.name, 11), {_FATE_COLUMNS.format('a')} FROM units a"
            " JOIN layers al ON al.id = a.layer_id AND al.kind = 'annotator'"
            " WHERE a.origin_id IS NULL AND a.kind != 'boilerplate' AND EXISTS (SELECT 1 FROM units m"
            "   JOIN units s ON s.id = m.origin_id AND s.layer_id = ?"
            "   WHERE m.layer_id = a.layer_id AND m.doc_id = a.doc_id)"
            " ORDER BY a.doc_id, a.start, a.id",
            (found.id,),
        ).fetchall()
        out += [Fate(r[2], r[0], None, unit_from_row(r[1:13])) for r in added]
        return out
