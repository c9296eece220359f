"""The ACE 2005 event migration: old types and roles become ACE's in units, in the decision
log (so undo brings back the new names) and in the stored schema, and the CLI says what it mapped."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from annotator.cli.common import open_db
from annotator.config import Settings
from annotator.core.ace import OLD_DEFAULT_TYPES
from annotator.core.schema import default_schema
from annotator.store import migrations, open_store
from annotator.store.sqlite import connect

ACE = next(m for m in migrations.MIGRATIONS if m.name == "ACE 2005 event types and roles")
TEXT = "Police arrested two men in Leeds. Acme bought the mill. Troops withdrew from the town."
AT = "2025-03-01T09:00:00+00:00"


def _at(word: str) -> dict[str, int]:
    start = TEXT.index(word)
    return {"start": start, "end": start + len(word)}


def _event(etype: str, trigger: str, **args: str) -> dict:
    return {"kind": "event", "trigger": _at(trigger), "type": etype, "arguments": {r: _at(w) for r, w in args.items()}}


def _unit(uid: int, body: dict, state: str = "added") -> dict:
    return {
        "id": uid,
        "doc_id": "d1",
        "body": body,
        "state": state,
        "origin_id": None,
        "source": None,
        "score": None,
        "provenance": {},
    }


OLD_SCHEMA = {
    "version": 1,
    "entity_labels": [{"name": "PERSON", "description": ""}],
    "quote_kinds": ["direct"],
    "event_types": [
        {"name": n, "description": "", "roles": ["Agent", "Patient", "Recipient", "Time", "Place"], "required": []}
        for n in OLD_DEFAULT_TYPES
    ],
    "model_labels": {},
}


@pytest.fixture
def old_db(tmp_path: Path) -> Path:
    """A database at the version before the ACE migration, with old-style events and their log."""
    path = tmp_path / "old.db"
    conn = connect(path)
    migrations.migrate(conn, path, target=ACE.version - 1)
    arrest = _event("Justice.Arrest", "arrested", Agent="Police", Patient="two men", Place="Leeds")
    bought = _event("Transaction.Transfer", "bought", Agent="Acme", Patient="the mill")
    withdrew = _event("Movement.Transport", "withdrew", Agent="Troops", Place="the town")
    edited = {**arrest, "arguments": {**arrest["arguments"], "Time": _at("Troops")}}
    sql = [
        ("INSERT INTO label_schemas VALUES (1, ?, ?)", (json.dumps(OLD_SCHEMA), AT)),
        ("INSERT INTO documents(id, text, content_hash, created_at) VALUES ('d1', ?, 'h', ?)", (TEXT, AT)),
        ("INSERT INTO layers VALUES (1, 'annotator:ann', 'annotator', NULL, NULL, ?)", (AT,)),
    ]
    for uid, body in ((1, edited), (2, bought), (3, withdrew)):
        sql.append(
            (
                'INSERT INTO units(id, doc_id, layer_id, kind, start, "end", label, body, state) '
                "VALUES (?, 'd1', 1, 'event', ?, ?, ?, ?, 'added')",
                (uid, body["trigger"]["start"], body["trigger"]["end"], body["type"], json.dumps(body)),
            )
        )
    sql.append(
        (
            "INSERT INTO decisions(doc_id, annotator, at, action, unit_id, before, after) "
            "VALUES ('d1', 'ann', ?, 'add', 1, NULL, ?)",
            (AT, json.dumps(_unit(1, arrest))),
        )
    )
    sql.append(
        (
            "INSERT INTO decisions(doc_id, annotator, at, action, unit_id, before, after) "
            "VALUES ('d1', 'ann', ?, 'edit', 1, ?, ?)",
            (AT, json.dumps(_unit(1, arrest)), json.dumps(_unit(1, edited, "edited"))),
        )
    )
    conn.execute("BEGIN IMMEDIATE")
    for stmt, params in sql:
        conn.execute(stmt, params)
    conn.execute("COMMIT")
    conn.close()
    return path


def _words(body_args: dict) -> dict[str, str]:
    return {role: TEXT[s.start : s.end] for role, s in body_args.items()}


def test_units_take_ace_types_and_roles(old_db: Path) -> None:
    store = open_store(old_db)
    try:
        arrest, bought, withdrew = store.units("d1", "annotator:ann")
        assert arrest.body.type == "Justice.Arrest-Jail"
        assert _words(arrest.body.arguments) == {
            "Agent": "Police",
            "Person": "two men",
            "Place": "Leeds",
            "Time": "Troops",
        }
        assert bought.body.type == "Transaction.Transfer-Ownership"
        assert _words(bought.body.arguments) == {"Buyer": "Acme", "Artifact": "the mill"}  # buying: Agent is the buyer
        assert _words(withdrew.body.arguments) == {"Agent": "Troops", "Origin": "the town"}  # leaving: from there
        schema = store.schema()
        for unit in (arrest, bought, withdrew):
            schema.validate_body(unit.body, TEXT)
    finally:
        store.close()


def test_undo_after_the_upgrade_restores_the_new_names(old_db: Path) -> None:
    store = open_store(old_db)
    try:
        store.undo("d1", "ann")  # undoes the edit: the Time argument goes, the names stay ACE's
        unit = store.unit(1)
        assert unit.body.type == "Justice.Arrest-Jail" and set(unit.body.arguments) == {"Agent", "Person", "Place"}
    finally:
        store.close()


def test_the_old_default_schema_becomes_the_new_default(old_db: Path) -> None:
    store = open_store(old_db)
    try:
        assert store.schema().event_type_names == default_schema().event_type_names
        assert store.schema().event_type("Life.Die").roles == default_schema().event_type("Life.Die").roles
    finally:
        store.close()


def test_the_cli_says_what_the_upgrade_mapped(old_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    open_db(Settings(db=str(old_db))).close()
    err = capsys.readouterr().err
    assert "upgraded" in err
    assert "type Justice.Arrest -> Justice.Arrest-Jail (1)" in err
    assert "Justice.Arrest-Jail: role Patient -> Person (1)" in err
    open_db(Settings(db=str(old_db))).close()
    assert capsys.readouterr().err == ""  # said once, on the upgrade


def test_a_second_meeting_participant_is_counted_when_dropped() -> None:
    from collections import Counter

    from annotator.core.ace import map_event_body

    notes: Counter[str] = Counter()
    body = _event("Contact.Meet", "arrested", Agent="Police", Patient="two men")
    out = map_event_body(body, "met", notes)
    assert _words({r: _S(**s) for r, s in out["arguments"].items()}) == {"Entity": "Police"}
    assert notes["Contact.Meet: Patient dropped (Entity already set)"] == 1


class _S:
    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end


def test_the_sqlite_module_is_not_left_in_a_transaction(old_db: Path) -> None:
    conn = sqlite3.connect(old_db, isolation_level=None)
    migrations.migrate(conn, old_db)
    assert not conn.in_transaction
    conn.close()
