"""Decisions and undo: the only way an annotator's (or the gold) layer changes, each action logged."""

from __future__ import annotations

from collections.abc import Sequence

from annotator.core.models import Decision, Unit
from annotator.store.base import Layer
from annotator.store.labels import label_of
from annotator.store.parts.connection import Connected
from annotator.store.rows import DECISION_COLUMNS, decision_from_row, dumps
from annotator.store.undo import Group, Step, check_hit, one_action, stacks, steps


class DecisionsPart(Connected):
    """Apply an action to a layer and log it in one transaction; undo and redo replay the log."""

    def decide(self, decisions: Sequence[Decision]) -> list[Decision]:
        """Apply one editor action (one or more decisions) and log it, in one transaction.

        A decision's `before`/`after` are whole unit dumps (or None): insert when only
        `after` is set, update when both are, delete when only `before` is. Undo is the
        same operation with the two swapped, so every change is reversible from the log.
        """
        if not decisions:
            return []
        one_action(decisions)
        doc_id, annotator = decisions[0].doc_id, decisions[0].annotator
        with self.transaction():
            held = self._hold(doc_id, annotator, None)
            group: int | None = None
            out: list[Decision] = []
            for d in decisions:
                applied = self._apply(d, layer=Layer.annotator_name(d.annotator))
                logged = self._log(applied, group)
                group = group or logged.id
                out.append(logged)
            self._touch_status(doc_id, annotator, held)
            return out

    def decide_layer(self, decisions: Sequence[Decision], layer: str) -> list[Decision]:
        """Like `decide`, but on a named layer (gold, from review), logged and undoable there.

        Undo and redo of these go through `undo_layer`/`redo_layer` with the same layer name;
        the person's own `undo` never reaches them.
        """
        if not decisions:
            return []
        one_action(decisions)
        with self.transaction():
            self._hold(decisions[0].doc_id, decisions[0].annotator, layer)
            group: int | None = None
            out: list[Decision] = []
            for d in decisions:
                logged = self._log(self._apply(d, layer=layer), group, layer)
                group = group or logged.id
                out.append(logged)
            return out

    def _apply(self, d: Decision, layer: str, strict: bool = True) -> Decision:
        """Change `layer` as the decision says; `strict` refuses an update or delete that finds no unit."""
        mark = d.layer_mark
        if mark is not None:  # the document settled (or not) in the layer as a whole
            (self.mark_layer_done if mark else self.unmark_layer_done)(layer, [d.doc_id])
            return d
        if d.action == "status":
            return d
        target = self._layer_for(layer)
        if d.before is None and d.after is not None:
            unit = Unit.model_validate(d.after)
            if unit.doc_id != d.doc_id:
                raise ValueError(f"decision on {d.doc_id} adds a unit of {unit.doc_id}")
            new_id = self._insert_unit(target.id, unit)
            after = {**d.after, "id": new_id}
            return d.model_copy(update={"unit_id": new_id, "after": after})
        if d.before is not None and d.after is not None:
            unit = Unit.model_validate(d.after)
            unit_id = d.unit_id or unit.id or d.before.get("id")
            body = unit.body
            cur = self.conn.execute(
                'UPDATE units SET kind = ?, start = ?, "end" = ?, label = ?, body = ?, state = ?, origin_id = ?,'
                " source = ?, score = ?, provenance = ? WHERE id = ? AND doc_id = ? AND layer_id = ?",
                (
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
                    unit_id,
                    d.doc_id,
                    target.id,
                ),
            )
            check_hit(cur.rowcount, d, unit_id, layer, strict)
            # The log keeps the id in both dumps, so undo and redo find the same unit.
            before, after = {**d.before, "id": unit_id}, {**d.after, "id": unit_id}
            return d.model_copy(update={"unit_id": unit_id, "before": before, "after": after})
        if d.before is not None:
            unit_id = d.unit_id or d.before.get("id")
            cur = self.conn.execute(
                "DELETE FROM units WHERE id = ? AND doc_id = ? AND layer_id = ?", (unit_id, d.doc_id, target.id)
            )
            check_hit(cur.rowcount, d, unit_id, layer, strict)
            return d.model_copy(update={"unit_id": unit_id, "before": {**d.before, "id": unit_id}})
        raise ValueError(f"decision {d.action} changes nothing: before and after are both empty")

    def _hold(self, doc_id: str, annotator: str, layer: str | None) -> str | None:
        """Lock what this person's actions on the document go through, before the log is read or
        written: their status row on the document (own layer; its stored status is returned), or
        the named layer's row (gold). Their other desks wait here, so two undos at once cannot
        both read the same top of the stack and log it twice (PostgreSQL `FOR UPDATE`; SQLite
        holds its one write lock from the start of the write). Always first, so locks come in one order."""
        if layer is None:
            return self._stored_status(doc_id, annotator)
        self._one(f"SELECT id FROM layers WHERE id = ?{self.dialect.for_update}", (self._layer_for(layer).id,))
        return None

    def _log(self, d: Decision, group: int | None, layer: str | None = None) -> Decision:
        """Append one decision; `layer` None means the annotator's own layer (migration 3).

        A decision that starts a group gets its own id as group id from the engine (a trigger,
        migration 12): one statement per logged decision."""
        new_id = self._returning(
            "INSERT INTO decisions(doc_id, annotator, at, action, unit_id, before, after, undoes, group_id, layer)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (
                d.doc_id,
                d.annotator,
                d.at.isoformat(timespec="microseconds"),
                d.action,
                d.unit_id,
                None if d.before is None else dumps(d.before),
                None if d.after is None else dumps(d.after),
                d.undoes,
                group,
                layer,
            ),
        )
        return d.model_copy(update={"id": new_id})

    def decisions(self, doc_id: str | None = None, annotator: str | None = None) -> list[Decision]:
        where, params = [], []
        if doc_id is not None:
            where.append("doc_id = ?")
            params.append(doc_id)
        if annotator is not None:
            where.append("annotator = ?")
            params.append(annotator)
        sql = f"SELECT {DECISION_COLUMNS} FROM decisions"
        if where:
            sql += " WHERE " + " AND ".join(where)
        return [decision_from_row(r) for r in self.conn.execute(sql + " ORDER BY id", params)]

    def _groups(self, doc_id: str, annotator: str, layer: str | None = None) -> list[Group]:
        """This person's logged actions on the document in `layer` (None: their own), oldest first."""
        same_layer, params = (
            ("layer IS NULL", (doc_id, annotator)) if layer is None else ("layer = ?", (doc_id, annotator, layer))
        )
        rows = self.conn.execute(
            f"SELECT {DECISION_COLUMNS}, group_id FROM decisions"
            f" WHERE doc_id = ? AND annotator = ? AND {same_layer} ORDER BY id",
            params,
        ).fetchall()
        groups: dict[int, Group] = {}
        for r in rows:
            gid = r[9] or r[0]
            if gid not in groups:
                groups[gid] = Group(gid, r[4], r[8], [])
            groups[gid].items.append(decision_from_row(r))
        return list(groups.values())

    def undo(self, doc_id: str, annotator: str) -> list[Decision]:
        """Reverse the annotator's last action on this document; [] when there is none."""
        return self.undo_layer(doc_id, annotator, None)

    def undo_layer(self, doc_id: str, annotator: str, layer: str | None) -> list[Decision]:
        """Reverse this person's last action on this document in `layer` (None: their own layer)."""
        return self._step(doc_id, annotator, layer, "undo")

    def redo(self, doc_id: str, annotator: str) -> list[Decision]:
        """Replay the last undone action; [] when there is none."""
        return self.redo_layer(doc_id, annotator, None)

    def redo_layer(self, doc_id: str, annotator: str, layer: str | None) -> list[Decision]:
        """Replay this person's last undone action in `layer` (None: their own layer)."""
        return self._step(doc_id, annotator, layer, "redo")

    def _step(self, doc_id: str, annotator: str, layer: str | None, action: Step) -> list[Decision]:
        """Undo (swap before/after, newest first) or redo (as logged) one action group."""
        with self.transaction():
            self._hold(doc_id, annotator, layer)
            done, undone = stacks(self._groups(doc_id, annotator, layer))
            stack = done if action == "undo" else undone
            if not stack:
                return []
            return self._replay(steps(stack[-1], annotator, action), annotator, layer)

    def _replay(self, decisions: list[Decision], annotator: str, layer: str | None = None) -> list[Decision]:
        out: list[Decision] = []
        group: int | None = None
        for d in decisions:
            applied = self._apply_exact(d, annotator, layer)
            logged = self._log(applied, group, layer)
            group = group or logged.id
            out.append(logged)
        return out

    def _apply_exact(self, d: Decision, annotator: str, layer: str | None = None) -> Decision:
        """Like _apply, but an insert restores the unit under its original id."""
        name = layer or Layer.annotator_name(annotator)
        if d.is_status:
            self._restore_status(d)
            return d
        if d.before is None and d.after is not None:
            target = self._layer_for(name)
            unit = Unit.model_validate(d.after)
            self._insert_unit(target.id, unit)
            return d
        if d.action == "status" or (d.before is None and d.after is None):
            return d
        # Not strict: a unit a schema remap deleted must not make undo fail for ever.
        return self._apply(d, name, strict=False)
