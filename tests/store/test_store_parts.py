"""The store's parts speak the SQL both backends share, and their plain logic (undo replay,
counters, role usage) works without a database: what a PostgreSQL backend reuses as is."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from annotator.core.models import Decision
from annotator.store.counters import status_deltas, status_moves
from annotator.store.labels import role_usage
from annotator.store.rows import ExportUnit, LayerDoc, UnitRow
from annotator.store.undo import Group, stacks, steps

STORE = Path(__file__).resolve().parents[2] / "annotator" / "store"
SHARED = sorted((STORE / "parts").glob("*.py")) + [STORE / "staging.py"]
# SQLite's own words: each has a common spelling (ON CONFLICT, RETURNING, a seam method).
SQLITE_ONLY = {
    "INSERT OR": r"\bINSERT\s+OR\s+(IGNORE|REPLACE)\b",
    "rowid": r"\browid\b",
    "group_concat": r"\bgroup_concat\b",
    "json functions": r"\bjson_\w+\s*\(",
    "PRAGMA": r"\bPRAGMA\b",
    "instr": r"\binstr\s*\(",
    "MATCH": r"\bMATCH\b",
    "IMMEDIATE": r"\bIMMEDIATE\b",
    "CROSS JOIN": r"\bCROSS\s+JOIN\b",
    "IS ?": r"\bIS\s+\?",
}


def _strings(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text("utf-8"))
    found = [(n.lineno, n.value) for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    # f-strings: their literal parts are Constants inside JoinedStr, already walked
    return found


@pytest.mark.parametrize("path", SHARED, ids=lambda p: p.name)
def test_shared_parts_use_only_the_common_sql(path: Path) -> None:
    offenders = [
        f"{path.name}:{line}: {name}"
        for line, text in _strings(path)
        for name, pattern in SQLITE_ONLY.items()
        if re.search(pattern, text, re.I)
    ]
    source = path.read_text("utf-8")
    offenders += [f"{path.name}: imports sqlite3" for _ in re.findall(r"^import sqlite3|^from sqlite3", source, re.M)]
    offenders += [f"{path.name}: lastrowid" for _ in re.findall(r"\.lastrowid\b", source)]
    assert offenders == []


def _d(gid: int, action: str, undoes: int | None = None) -> Group:
    return Group(gid, action, undoes, [Decision(id=gid, doc_id="d", annotator="a", action=action, undoes=undoes)])


def test_the_log_replays_into_undo_and_redo_stacks() -> None:
    log = [_d(1, "accept"), _d(2, "edit"), _d(3, "undo", 2), _d(4, "undo", 1), _d(5, "redo", 1)]
    done, undone = stacks(log)
    assert [g[0].id for g in done] == [1] and [g[0].id for g in undone] == [2]
    # a new action clears the redo stack
    done, undone = stacks([*log, _d(6, "reject")])
    assert [g[0].id for g in done] == [1, 6] and undone == []


def test_undo_swaps_before_and_after_newest_first() -> None:
    a = Decision(id=7, doc_id="d", annotator="a", action="edit", before={"x": 1}, after={"x": 2})
    b = Decision(id=8, doc_id="d", annotator="a", action="edit", before={"x": 2}, after={"x": 3})
    back = steps([a, b], "a", "undo")
    assert [(s.before, s.after, s.undoes) for s in back] == [({"x": 3}, {"x": 2}, 7), ({"x": 2}, {"x": 1}, 7)]
    again = steps([a, b], "a", "redo")
    assert [(s.before, s.after) for s in again] == [({"x": 1}, {"x": 2}), ({"x": 2}, {"x": 3})]


def test_status_counters_move_by_net_changes() -> None:
    assert status_moves(None, "done") == {"done": 1}
    assert status_moves("todo", "todo") == {}
    old = {"d1": "todo"}
    deltas = status_deltas(old, [("d1", "done"), ("d2", "done"), ("d1", "todo")])
    assert deltas == {"done": 1} and old == {"d1": "todo", "d2": "done"}


def test_role_usage_counts_filled_roles_from_stored_bodies() -> None:
    bodies = [
        ("Attack", '{"kind":"event","type":"Attack","arguments":{"Attacker":{},"Target":{}}}'),
        ("Attack", '{"kind":"event","type":"Attack","arguments":{"Target":{}}}'),
        ("Meet", '{"kind":"event","type":"Meet","arguments":{}}'),
    ]
    assert role_usage(bodies) == {("role", "Attack:Attacker"): 1, ("role", "Attack:Target"): 2}


def test_rows_are_named_and_still_tuples() -> None:
    row = UnitRow("d", "entity", 0, 4, "PERSON", "{}", "added", None, None, "{}")
    assert row.key == ("d", "entity", 0, 4, "PERSON", "{}") and tuple(row)[0] == "d"
    unit = ExportUnit("d", 1, "entity", 0, 4, "PERSON", None, False, 0.5)
    assert (unit.kind, unit.start, unit.score) == ("entity", 0, 0.5)
    doc_id, text, units = LayerDoc("d", None, {})
    assert (doc_id, text, units) == ("d", None, {})
