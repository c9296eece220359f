"""The label schema: its versions, what labels are in use, and remapping them when the schema changes."""

from __future__ import annotations

import json

from annotator.core.schema import LabelSchema, default_schema
from annotator.store import clock
from annotator.store.base import OrphanError
from annotator.store.labels import (
    check_mapping,
    label_of_body,
    log_needles,
    orphans,
    remap_body,
    remap_logged,
    role_usage,
)
from annotator.store.parts.connection import Connected


class SchemaPart(Connected):
    """Schema versions in `label_schemas`; a new one remaps stored units and the undo log, or is refused."""

    def schema(self) -> LabelSchema:
        # One indexed max() per call, so a schema loaded by another process (the CLI while
        # the app is open) is seen without reopening.
        latest = self._one("SELECT max(version) FROM label_schemas")
        if self._schema is None or self._schema.version != latest:
            body = self._one("SELECT body FROM label_schemas ORDER BY version DESC LIMIT 1")
            # None only in a new file opened read-only, which never got the default stored
            self._schema = default_schema() if body is None else LabelSchema.model_validate_json(body)
        return self._schema

    def _insert_schema(self, schema: LabelSchema) -> int:
        version = (self._one("SELECT max(version) FROM label_schemas") or 0) + 1
        stored = schema.model_copy(update={"version": version})
        self.conn.execute(
            "INSERT INTO label_schemas(version, body, created_at) VALUES (?, ?, ?)",
            (version, stored.model_dump_json(), clock.now_iso()),
        )
        self._schema = stored
        return version

    def _ensure_schema(self) -> None:
        """A new database gets the default schema (checked again under the lock: several
        processes may open a new file at once)."""
        if self.read_only or self._one("SELECT count(*) FROM label_schemas"):
            return
        with self.transaction():
            if self._one("SELECT count(*) FROM label_schemas") == 0:
                self._insert_schema(default_schema())

    def label_usage(self) -> dict[tuple[str, str], int]:
        """How many units use each entity label, event type, quote kind and event role."""
        usage: dict[tuple[str, str], int] = {}
        for kind, label, n in self.conn.execute(
            "SELECT kind, label, count(*) FROM units WHERE kind IN ('entity', 'event', 'quote') GROUP BY kind, label"
        ):
            usage[(kind, label)] = n
        # Roles are keys inside the stored body: read in Python, not with an engine's JSON functions.
        usage.update(role_usage(self.conn.execute("SELECT label, body FROM units WHERE kind = 'event'")))
        return usage

    def set_schema(self, schema: LabelSchema, mapping: dict[str, str] | None = None) -> int:
        """Store a new schema version, remapping labels in use; refuse to orphan any."""
        mapping = mapping or {}
        # Validate again: a model_copy skips validation, and a stored schema that cannot be
        # read back would make the whole corpus unopenable.
        schema = LabelSchema.model_validate(schema.model_dump())
        with self.transaction():
            usage = self.label_usage()
            check_mapping(schema, usage, mapping)
            found = orphans(schema, usage, mapping)
            if found:
                raise OrphanError(found)
            if mapping:
                self._remap(mapping)
            return self._insert_schema(schema)

    def _remap(self, mapping: dict[str, str]) -> None:
        rows = self.conn.execute(
            "SELECT id, body, layer_id, doc_id FROM units WHERE kind IN ('entity', 'event', 'quote')"
        ).fetchall()
        suggestions, dropped = set(self._suggestion_layer_ids()), set()
        for unit_id, raw, layer_id, doc_id in rows:
            body = json.loads(raw)
            new = remap_body(body, mapping)
            if new is None:
                self.conn.execute("DELETE FROM units WHERE id = ?", (unit_id,))
                if layer_id in suggestions:
                    dropped.add((int(layer_id), doc_id))
            elif new != body:
                self.conn.execute(
                    "UPDATE units SET body = ?, label = ? WHERE id = ?", (json.dumps(new), label_of_body(new), unit_id)
                )
        for layer_id, doc_id in sorted(dropped):  # a suggestion gone: the page's count and the doubt follow
            self._refresh_doubt(layer_id, [doc_id])
        self._remap_log(mapping)

    def _remap_log(self, mapping: dict[str, str]) -> None:
        """Carry the mapping into the undo log, so undo and redo never bring back a label the
        schema no longer has: a unit logged under a deleted label counts as no unit there."""
        needles = [_like(n) for n in log_needles(mapping)]
        match = " OR ".join("before LIKE ? ESCAPE '\\' OR after LIKE ? ESCAPE '\\'" for _ in needles)
        rows = self.conn.execute(
            f"SELECT id, before, after FROM decisions WHERE {match}", [n for n in needles for _ in (0, 1)]
        ).fetchall()
        for decision_id, before, after in rows:
            new_before, new_after = remap_logged(before, mapping), remap_logged(after, mapping)
            if (new_before, new_after) != (before, after):
                self.conn.execute(
                    "UPDATE decisions SET before = ?, after = ? WHERE id = ?", (new_before, new_after, decision_id)
                )


def _like(needle: str) -> str:
    """A LIKE pattern that finds `needle` anywhere (a prefilter: `remap_logged` decides)."""
    escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
