"""The hot queries use an index: at 1M spans an unindexed lookup is ~350x slower (FACTS.md).

The SQL is taken from what the store really runs (trace callback), so a rewritten query
is checked as it is, not as this test imagines it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from store_helpers import add, doc, entity

from annotator.store import GOLD, SqliteStore

SUGG = "suggestions:m@1"
# Small tables that a scan is right for; FTS5 answers MATCH from its own index. `imports` is
# read through its partial index of unfinished imports (none, or one per running import).
SMALL = {"layers", "l", "label_schemas", "status_counts", "imports"}

HOT: dict[str, tuple[Callable[[SqliteStore], object], str]] = {
    # name: (call, an index that must appear in the plan of its main query)
    "units by doc+layer": (lambda s: s.units("doc-001", SUGG), "units_doc_layer"),
    "one unit": (lambda s: s.unit(1), "INTEGER PRIMARY KEY"),
    "document": (lambda s: s.document("doc-001"), "sqlite_autoindex_documents_1"),
    "decisions by doc+annotator": (lambda s: s.decisions("doc-001", "ann"), "decisions_doc_annotator"),
    "undo stack": (lambda s: s.undo("doc-001", "ann"), "decisions_doc_annotator"),
    "doc_status": (lambda s: s.state("doc-001", "ann"), "sqlite_autoindex_doc_status_1"),
    "queue page forward": (lambda s: s.queue("ann", after_seq=2, limit=2), "INTEGER PRIMARY KEY (rowid>?)"),
    "queue page backward": (lambda s: s.queue("ann", before_seq=4, limit=2), "INTEGER PRIMARY KEY (rowid<?)"),
    "queue search": (lambda s: s.queue("ann", query="Merkel"), "VIRTUAL TABLE INDEX"),
    "queue assigned": (lambda s: s.queue("ann", assigned_only=True), "sqlite_autoindex_assignments_1"),
    "next undone": (lambda s: s.neighbour("doc-001", "ann", 1, undone_only=True), "sqlite_autoindex_doc_status_1"),
    "layer_docs for a document": (lambda s: s.latest_suggestions_layer("doc-001"), "sqlite_autoindex_layer_docs_1"),
    "layer_docs missing": (lambda s: list(s.docs_missing_layer(SUGG)), "sqlite_autoindex_layer_docs_1"),
    "assignments of an annotator": (lambda s: s.assignments("ann"), "assignments_annotator"),
    "cursor": (lambda s: s.cursor("ann"), "sqlite_autoindex_cursors_1"),
}
# docs_missing_layer walks every document by design (a batch job's to-do list).
WHOLE_TABLE_OK = {"layer_docs missing": {"d"}}


@pytest.fixture(scope="module")
def store() -> SqliteStore:
    s = SqliteStore(None)
    s.insert_documents([doc(i) for i in range(6)])
    s.add_units(SUGG, [entity("doc-001", 0, 13)])
    s.mark_layer_done(SUGG, ["doc-001"])
    add(s, entity("doc-001", 0, 13, state="accepted"))
    s.add_units(GOLD, [entity("doc-001", 0, 13)])
    s.assign([("doc-001", "ann")])
    s.set_focus("doc-001", "ann", None)
    return s


def _plans(store: SqliteStore, call: Callable[[SqliteStore], object]) -> list[tuple[str, list[str]]]:
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        call(store)
    finally:
        store.conn.set_trace_callback(None)
    out = []
    for sql in statements:
        if sql.lstrip().upper().startswith("SELECT"):
            plan = [row[3] for row in store.conn.execute("EXPLAIN QUERY PLAN " + sql)]
            out.append((sql, plan))
    return out


@pytest.mark.parametrize("name", sorted(HOT))
def test_hot_query_uses_an_index(store: SqliteStore, name: str) -> None:
    call, index = HOT[name]
    plans = _plans(store, call)
    assert plans, f"{name}: no SELECT ran"
    allowed = SMALL | WHOLE_TABLE_OK.get(name, set())
    for sql, plan in plans:
        for step in plan:
            scan = re.match(r"SCAN (\w+)", step)
            if scan and "VIRTUAL TABLE" not in step:
                assert scan.group(1) in allowed, f"{name}: full scan '{step}' in: {' '.join(sql.split())[:160]}"
    assert any(index in step for _, plan in plans for step in plan), f"{name}: {index} unused: {plans}"
