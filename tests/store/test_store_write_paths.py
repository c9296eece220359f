"""Every write the store makes runs inside a transaction opened by BEGIN IMMEDIATE.

A plain BEGIN that reads then writes loses the race to another process at once,
whatever the busy timeout (FACTS.md). The statements are recorded with the connection's
trace callback while each public method runs; a new public method that is in neither
list below fails `test_every_public_method_is_classified`, so it cannot skip this check.
"""

from __future__ import annotations

import inspect
import re
import shutil
import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from store_helpers import add, doc, dump, entity

from annotator.core.models import Decision, Document
from annotator.core.schema import default_schema
from annotator.store import GOLD, SqliteStore
from annotator.store.base import ModelRecord

SUGG = "suggestions:m@1"
Call = Callable[[SqliteStore, dict[str, Any]], Any]


def _staged(store: SqliteStore, end: str) -> None:
    """An import with one document, then completed or abandoned."""
    import_id = store.begin_import()
    store.insert_documents([Document(id="staged", text="A staged article.")])
    getattr(store, end)(import_id)


def _stale(store: SqliteStore) -> int:
    """An unfinished import of a process that is gone, then the clean-up an open runs."""
    with store.transaction():
        store.conn.execute(
            "INSERT INTO imports(pid, host, started_at) VALUES (2147483647, ?, '')", (socket.gethostname(),)
        )
    return store.remove_stale_imports()


WRITES: dict[str, Call] = {
    "abandon_import": lambda s, c: _staged(s, "abandon_import"),
    "begin_import": lambda s, c: s.begin_import(),
    "complete_import": lambda s, c: _staged(s, "complete_import"),
    "remove_stale_imports": lambda s, c: _stale(s),
    "add_unit_rows": lambda s, c: s.add_unit_rows(
        SUGG,
        [
            (
                "doc-002",
                "entity",
                0,
                13,
                "PERSON",
                entity("doc-002", 0, 13).body.model_dump_json(),
                "suggested",
                "ner",
                0.5,
                "{}",
            )
        ],
    ),
    "add_units": lambda s, c: s.add_units(SUGG, [entity("doc-002", 0, 13)]),
    "assign": lambda s, c: s.assign([("doc-002", "ann")]),
    "open_claims": lambda s, c: s.open_claims(2),
    "claim": lambda s, c: (s.open_claims(1), s.claim("zed", 2)),
    "next_work": lambda s, c: (s.open_claims(1), s.next_work("zed")),  # nothing of zed's: a claim
    "decide": lambda s, c: add(s, entity("doc-002", 0, 13, state="added")),
    "decide_layer": lambda s, c: s.decide_layer(
        [Decision(doc_id="doc-002", annotator="ann", action="accept", after=dump(entity("doc-002", 0, 13)))], GOLD
    ),
    "ensure_layer": lambda s, c: s.ensure_layer("suggestions:new@2", "suggestions", "new", "2"),
    "import_statuses": lambda s, c: s.import_statuses("ann", [("doc-002", "done"), ("doc-001", "skipped")]),
    "insert_documents": lambda s, c: s.insert_documents([Document(id="fresh", text="A fresh article.")]),
    "mark_layer_done": lambda s, c: s.mark_layer_done(SUGG, ["doc-002"]),
    "unmark_layer_done": lambda s, c: s.unmark_layer_done(SUGG, ["doc-002"]),
    "record_suggest_failures": lambda s, c: s.record_suggest_failures(SUGG, [("doc-002", "E088: too long")]),
    "redo": lambda s, c: s.redo("doc-001", "ann"),
    "refresh_doubt": lambda s, c: (s.refresh_doubt(SUGG), s.refresh_doubt(SUGG, ["doc-000"])),
    "register_model": lambda s, c: s.register_model(ModelRecord("m", "1", "/m", "base", GOLD, 3, 1)),
    "redo_layer": lambda s, c: s.redo_layer("doc-001", "ann", GOLD),
    "replace_unit_rows": lambda s, c: s.replace_unit_rows(
        SUGG,
        ["doc-002"],
        [
            (
                "doc-002",
                "entity",
                0,
                13,
                "PERSON",
                entity("doc-002", 0, 13).body.model_dump_json(),
                "suggested",
                "ner",
                0.5,
                "{}",
            )
        ],
    ),
    "replace_units": lambda s, c: s.replace_units("doc-000", SUGG, [entity("doc-000", 18, 33)]),
    "set_focus": lambda s, c: s.set_focus("doc-000", "ann", c["unit_id"]),
    "set_schema": lambda s, c: s.set_schema(default_schema()),
    "set_status": lambda s, c: s.set_status("doc-000", "ann", "done", flagged=True, note="n"),
    "undo": lambda s, c: s.undo("doc-000", "ann"),
    "undo_layer": lambda s, c: s.undo_layer("doc-000", "ann", GOLD),
    "set_story_key": lambda s, c: s.set_story_key(["doc-000", "doc-001"], "story"),
    "rename_story": lambda s, c: (s.set_story_key(["doc-002"], "old"), s.rename_story("old", "new")),
}

READS: dict[str, Call] = {
    "annotators": lambda s, c: s.annotators(),
    "assigned_progress": lambda s, c: s.assigned_progress("ann"),
    "assignments": lambda s, c: (s.assignments(), s.assignments("ann")),
    "claims_open": lambda s, c: s.claims_open(),
    "holds": lambda s, c: s.holds("doc-000", "ann"),
    "works_from_list": lambda s, c: s.works_from_list("ann"),
    "place_in_list": lambda s, c: s.place_in_list("doc-000", "ann"),
    "claim_counts": lambda s, c: s.claim_counts(),
    "done_by_doc": lambda s, c: (s.done_by_doc(), s.done_by_doc("doc-002")),
    "layer_done_at": lambda s, c: s.layer_done_at(SUGG, "doc-002"),
    "count_documents": lambda s, c: s.count_documents(),
    "count_matches": lambda s, c: s.count_matches("article"),
    "cursor": lambda s, c: s.cursor("ann"),
    "decisions": lambda s, c: (s.decisions(), s.decisions("doc-000", "ann")),
    "doc_seq": lambda s, c: s.doc_seq("doc-001"),
    "docs_missing_layer": lambda s, c: list(s.docs_missing_layer(SUGG)),
    "document": lambda s, c: s.document("doc-000"),
    "documents": lambda s, c: s.documents(),
    "search_documents": lambda s, c: s.search_documents("Lavrov"),
    "find_by_hash": lambda s, c: s.find_by_hash("x"),
    "failed_doc_ids": lambda s, c: (s.failed_doc_ids(SUGG), s.failed_doc_ids("suggestions:unseen@0")),
    "first_undone": lambda s, c: s.first_undone("ann"),
    "has_document": lambda s, c: s.has_document("doc-000"),
    "in_current_import": lambda s, c: s.in_current_import("doc-000"),
    "iter_layer_export": lambda s, c: list(s.iter_layer_export([SUGG, "annotator:ann", GOLD])),
    "label_usage": lambda s, c: s.label_usage(),
    "latest_suggestions_layer": lambda s, c: (s.latest_suggestions_layer(), s.latest_suggestions_layer("doc-000")),
    "layer": lambda s, c: (s.layer(SUGG), s.layer("suggestions:unseen@0")),  # a miss is not cached
    "layers": lambda s, c: (s.layers(), s.layers("annotator")),
    "models": lambda s, c: (s.models(), s.models("m")),
    "neighbour": lambda s, c: s.neighbour("doc-000", "ann", 1, undone_only=True),
    "queue": lambda s, c: (
        s.queue("ann", query="Merkel", status="todo"),
        s.queue("ann", before_seq=3),
        s.queue("ann", order="doubt"),
    ),
    "schema": lambda s, c: s.schema(),
    "started_docs": lambda s, c: s.started_docs(),
    "state": lambda s, c: s.state("doc-000", "ann"),
    "status_counts": lambda s, c: s.status_counts(),
    "stream_layers": lambda s, c: list(s.stream_layers([SUGG, "annotator:ann"])),
    "suggestion_fates": lambda s, c: s.suggestion_fates(SUGG),
    "suggest_failures": lambda s, c: (s.suggest_failures(), s.suggest_failures(layer=SUGG, doc_id="doc-001", limit=5)),
    "suggestion_outcomes": lambda s, c: s.suggestion_outcomes(),
    "unit": lambda s, c: s.unit(c["unit_id"]),
    "unit_layer": lambda s, c: s.unit_layer(c["unit_id"]),
    "units": lambda s, c: s.units("doc-000", "annotator:ann"),
    "stories": lambda s, c: s.stories(),
    "story_doc_ids": lambda s, c: s.story_doc_ids("story"),
    "story_of": lambda s, c: s.story_of("doc-000"),
    "story_sources": lambda s, c: list(s.story_sources()),
    "entity_mentions": lambda s, c: s.entity_mentions(["doc-000", "doc-001"]),
    "label_examples": lambda s, c: (s.label_examples("entity"), s.label_examples("quote", 1)),
}

# Connection plumbing, checked on its own below.
CONNECTION = {"close", "reopen", "transaction", "patience"}

WRITE_SQL = re.compile(r"^\s*(INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER)\b", re.I)


def _public_methods() -> set[str]:
    return {n for n, m in inspect.getmembers(SqliteStore, callable) if not n.startswith("_")}


def test_every_public_method_is_classified() -> None:
    known = set(WRITES) | set(READS) | CONNECTION
    assert not set(WRITES) & set(READS)
    unclassified = _public_methods() - known
    assert not unclassified, f"add these SqliteStore methods to WRITES or READS here: {sorted(unclassified)}"


def _exists(name: str) -> None:
    """A method listed here but not (or no longer) in SqliteStore has nothing to check."""
    if not hasattr(SqliteStore, name):
        pytest.skip(f"SqliteStore.{name} does not exist")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """A store where every method has something to act on (including something to undo and redo).

    Built once and copied per test: each test gets its own file, without paying for the
    few dozen durable commits that build it.
    """
    path = tmp_path_factory.mktemp("write_paths") / "template.db"
    s = SqliteStore(path)
    s.insert_documents([doc(i) for i in range(3)])
    s.add_units(SUGG, [entity("doc-000", 0, 13)])
    unit_id = add(s, entity("doc-000", 0, 13, state="accepted")).unit_id
    add(s, entity("doc-001", 0, 13, state="added"))
    s.undo("doc-001", "ann")
    gold = [
        Decision(doc_id=d, annotator="ann", action="accept", after=dump(entity(d, 0, 13)))
        for d in ("doc-000", "doc-001")
    ]
    s.decide_layer(gold[:1], GOLD)
    s.decide_layer(gold[1:], GOLD)
    s.undo_layer("doc-001", "ann", GOLD)
    s.record_suggest_failures(SUGG, [("doc-001", "ValueError: bad")])
    s.close()  # the last connection checkpoints the WAL into the file
    return path, {"unit_id": unit_id}


@pytest.fixture
def prepared(template: tuple[Path, dict[str, Any]], tmp_path: Path) -> Iterator[tuple[SqliteStore, dict[str, Any]]]:
    path = tmp_path / "corpus.db"
    shutil.copyfile(template[0], path)
    store = SqliteStore(path)
    yield store, dict(template[1])
    store.close()


def _traced(store: SqliteStore, call: Call, ctx: dict[str, Any]) -> list[str]:
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        call(store, ctx)
    finally:
        store.conn.set_trace_callback(None)
    return [s for s in statements if not s.lstrip().startswith("--")]  # "-- TRIGGER ..." lines


def _violations(statements: list[str]) -> list[str]:
    """Writes outside a BEGIN IMMEDIATE transaction, and any other kind of BEGIN."""
    bad, open_ = [], False
    for sql in statements:
        head = sql.strip().upper()
        if head.startswith("BEGIN"):
            if head != "BEGIN IMMEDIATE":
                bad.append(f"not IMMEDIATE: {sql}")
            open_ = True
        elif head in ("COMMIT", "END", "ROLLBACK") or head.startswith("COMMIT") or re.match(r"ROLLBACK\s*$", head):
            open_ = False
        elif WRITE_SQL.match(sql) and not open_:
            bad.append(f"outside BEGIN IMMEDIATE: {sql.strip()[:90]}")
    return bad


@pytest.mark.parametrize("name", sorted(WRITES))
def test_write_method_writes_only_inside_begin_immediate(
    prepared: tuple[SqliteStore, dict[str, Any]], name: str
) -> None:
    _exists(name)
    store, ctx = prepared
    statements = _traced(store, WRITES[name], ctx)
    writes = [s for s in statements if WRITE_SQL.match(s)]
    assert writes, f"{name} wrote nothing: the exerciser must make it write"
    assert _violations(statements) == []
    assert "COMMIT" in [s.strip().upper() for s in statements]
    assert not store.conn.in_transaction


@pytest.mark.parametrize("name", sorted(READS))
def test_read_method_never_writes_or_locks(prepared: tuple[SqliteStore, dict[str, Any]], name: str) -> None:
    _exists(name)
    store, ctx = prepared
    statements = _traced(store, READS[name], ctx)
    assert statements, f"{name} ran no statement"
    assert [s for s in statements if WRITE_SQL.match(s) or s.strip().upper().startswith("BEGIN")] == []


def test_one_editor_action_is_one_transaction(prepared: tuple[SqliteStore, dict[str, Any]]) -> None:
    store, _ = prepared
    three = [
        Decision(doc_id="doc-002", annotator="ann", action="add", after=dump(entity("doc-002", s, s + 5)))
        for s in (0, 18, 37)
    ]
    statements = _traced(store, lambda s, c: s.decide(three), {})
    heads = [s.strip().upper() for s in statements]
    assert heads.count("BEGIN IMMEDIATE") == 1 and heads.count("COMMIT") == 1
    assert heads[-1] == "COMMIT"


def test_caller_transaction_and_reopen_begin_immediate(prepared: tuple[SqliteStore, dict[str, Any]]) -> None:
    store, _ = prepared

    def import_file(s: SqliteStore, c: dict[str, Any]) -> None:
        with s.transaction():
            s.insert_documents([Document(id="f1", text="one")])
            s.insert_documents([Document(id="f2", text="two")])

    statements = _traced(store, import_file, {})
    assert statements[0].strip().upper() == "BEGIN IMMEDIATE"
    assert _violations(statements) == []
    other = store.reopen()
    try:
        assert _violations(_traced(other, WRITES["set_status"], {})) == []
    finally:
        other.close()


def test_the_checker_catches_a_plain_begin() -> None:
    assert _violations(["BEGIN", "INSERT INTO t VALUES (1)", "COMMIT"]) == ["not IMMEDIATE: BEGIN"]
    assert _violations(["INSERT INTO t VALUES (1)"]) == ["outside BEGIN IMMEDIATE: INSERT INTO t VALUES (1)"]
    assert _violations(["BEGIN IMMEDIATE", "SAVEPOINT a", "UPDATE t SET x = 1", "RELEASE a", "COMMIT"]) == []
