"""Prodigy: a ner_manual task with non-overlapping entities and a relations task per quote and
event, hashed as Prodigy documents it; tokens rebuild the text and spans sit on tokens."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import orjson
from conftest import TRICKY, export, tricky_units
from murmurhash import hash as murmurhash

from annotator.cli import main
from annotator.core.models import Document, Entity, Event, Quote, Unit
from annotator.export.prodigy import OVERLAPPING
from annotator.export.read_prodigy import accepted, parse_task
from annotator.store import SqliteStore, open_store


def _tasks(folder: Path, name: str = "entities.jsonl") -> list[dict[str, Any]]:
    return [orjson.loads(line) for line in (folder / name).read_bytes().splitlines()]


def _all(folder: Path) -> list[dict[str, Any]]:
    return _tasks(folder) + _tasks(folder, "relations.jsonl")


def test_tasks_have_the_fields_prodigy_db_in_reads(gold_store: SqliteStore, tmp_path: Path) -> None:
    out, _ = export(gold_store, tmp_path, "prodigy")
    task = _tasks(out)[2]
    for key in (
        "text",
        "tokens",
        "spans",
        "answer",
        "meta",
        "_view_id",
        "_input_hash",
        "_task_hash",
        "_annotator_id",
        "_session_id",
        "_timestamp",
    ):
        assert key in task, key
    assert task["_view_id"] == "ner_manual" and "relations" not in task
    assert task["answer"] == "accept" and task["text"] == TRICKY
    assert task["meta"]["id"] == "tricky/1" and task["_annotator_id"] == "gold"
    assert isinstance(task["_timestamp"], int) and task["_timestamp"] > 1_600_000_000
    assert {t["_view_id"] for t in _tasks(out, "relations.jsonl")} == {"relations"}


def test_hashes_follow_prodigys_documented_rule(gold_store: SqliteStore, tmp_path: Path) -> None:
    """murmurhash of the input keys; the task hash of spans/label/options/arcs, prefixed by the input hash."""
    out, _ = export(gold_store, tmp_path, "prodigy")
    for task in _all(out):
        assert task["_input_hash"] == murmurhash(json.dumps({"text": task["text"]}, sort_keys=True))
        assert task["_task_hash"] == murmurhash(
            str(task["_input_hash"]) + json.dumps({"spans": task["spans"]}, sort_keys=True)
        )
        assert -(2**31) <= task["_task_hash"] < 2**31


def test_the_same_annotation_by_two_annotators_has_one_task_hash(tmp_path: Path) -> None:
    store = open_store(tmp_path / "corpus.db")
    store.insert_documents([Document(id="d", text=TRICKY)])
    units = tricky_units("d", TRICKY)
    store.add_units("annotator:alice", units)
    store.add_units("annotator:bob", [u for u in units if u.kind != "event"])
    alice, _ = export(store, tmp_path, "prodigy", layer="annotator:alice", name="alice")
    bob, _ = export(store, tmp_path, "prodigy", layer="annotator:bob", name="bob")
    store.close()
    (a,), (b,) = _tasks(alice), _tasks(bob)
    assert a["_annotator_id"] == "alice" and b["_annotator_id"] == "bob"
    assert (a["_input_hash"], a["_task_hash"]) == (b["_input_hash"], b["_task_hash"])
    quotes = lambda folder: {t["_task_hash"] for t in _tasks(folder, "relations.jsonl") if t["meta"]["unit"] == "quote"}  # noqa: E731
    assert quotes(alice) == quotes(bob) and len(quotes(alice)) == 2
    assert len(_tasks(alice, "relations.jsonl")) == len(_tasks(bob, "relations.jsonl")) + 1  # the event


def test_ner_manual_spans_become_doc_ents_in_spacy(gold_store: SqliteStore, tmp_path: Path) -> None:
    """What Prodigy's data-to-spacy does with a ner_manual task: spans -> doc.ents (E1010 on any overlap)."""
    import spacy
    from spacy.tokens import Doc

    out, stats = export(gold_store, tmp_path, "prodigy")
    vocab = spacy.blank("en").vocab
    for task in _tasks(out):
        doc = Doc(vocab, words=[t["text"] for t in task["tokens"]], spaces=[t["ws"] for t in task["tokens"]])
        assert doc.text == task["text"]
        doc.ents = [doc.char_span(s["start"], s["end"], label=s["label"]) for s in task["spans"]]
        assert [(e.start, e.end - 1) for e in doc.ents] == [(s["token_start"], s["token_end"]) for s in task["spans"]]
    tricky = _tasks(out)[2]
    assert tricky["meta"]["overlapping_entities"] == [
        {"start": TRICKY.index("Paulo"), "end": TRICKY.index("Paulo") + 5, "label": "PERSON"}
    ]
    assert stats.notes[OVERLAPPING] == 1


def test_tokens_rebuild_the_text_and_every_span_sits_on_tokens(gold_store: SqliteStore, tmp_path: Path) -> None:
    out, _ = export(gold_store, tmp_path, "prodigy")
    for task in _all(out):
        tokens = task["tokens"]
        assert "".join(t["text"] + (" " if t["ws"] else "") for t in tokens) == task["text"]
        assert [t["id"] for t in tokens] == list(range(len(tokens)))
        spans = [*task["spans"], *(r[k] for r in task.get("relations", ()) for k in ("head_span", "child_span"))]
        for sp in spans:
            assert tokens[sp["token_start"]]["start"] == sp["start"]
            assert tokens[sp["token_end"]]["end"] == sp["end"]


def test_each_quote_and_event_is_a_relations_task(gold_store: SqliteStore, tmp_path: Path) -> None:
    out, _ = export(gold_store, tmp_path, "prodigy")
    mine = [t for t in _tasks(out, "relations.jsonl") if t["meta"]["id"] == "tricky/1"]
    assert [t["meta"]["unit"] for t in mine] == ["quote", "quote", "event"]
    found = []
    for task in mine:
        text = task["text"]
        for r in task["relations"]:
            assert r["head"] == r["head_span"]["token_end"] and r["child"] == r["child_span"]["token_end"]
            assert r["head_span"] in task["spans"] and r["child_span"] in task["spans"]
            found.append(
                (
                    text[r["head_span"]["start"] : r["head_span"]["end"]],
                    r["label"],
                    text[r["child_span"]["start"] : r["child_span"]["end"]],
                )
            )
    assert set(found) == {
        ("«no»", "SPEAKER", "Маріа"),
        ("«no»", "SPEAKER_ENTITY", "Маріа"),
        ("«no»", "CUE", "said"),
        ("«no»", "QUOTE_PART", "שלום עליכם"),
        ("twice", "SPEAKER", "officials"),
        ("twice", "CUE", "发言"),
        ("met", "Entity", "Ministers"),
        ("met", "Place", "São Paulo"),
        ("met", "Time", "Monday"),
    }


def test_a_split_token_keeps_offsets_exact(mem_store: SqliteStore, tmp_path: Path) -> None:
    """ "Putinism" is one spaCy token; an entity on "Putin" splits it rather than moving."""
    mem_store.insert_documents([Document(id="d", text="Some Putinism here.")])
    mem_store.add_units("gold", [Unit(doc_id="d", body=Entity(start=5, end=10, label="PERSON"))])
    out, stats = export(mem_store, tmp_path, "prodigy")
    (task,) = _tasks(out)
    (span,) = task["spans"]
    assert (span["start"], span["end"]) == (5, 10)
    assert [t["text"] for t in task["tokens"]] == ["Some", "Putin", "ism", "here", "."]
    assert span["token_start"] == span["token_end"] == 1
    assert stats.notes["tokens split at annotation boundaries"] == 1


def test_the_folder_imports_back_whole(gold_store: SqliteStore, tmp_path: Path, capsys: Any) -> None:
    out, _ = export(gold_store, tmp_path, "prodigy")
    db = tmp_path / "back.db"
    assert main(["--db", str(db), "import", str(out), "--annotator", "back"]) == 0
    assert main(["--db", str(db), "import", str(out), "--annotator", "back"]) == 0  # again: nothing added
    store = open_store(db)
    try:
        got = sorted(repr(u.body) for u in store.units("tricky/1", "annotator:back"))
    finally:
        store.close()
    want = sorted(repr(u.body) for u in tricky_units("tricky/1", TRICKY) if u.kind != "boilerplate")
    assert got == want


def test_parse_task_gives_back_the_units_exported(gold_store: SqliteStore, tmp_path: Path) -> None:
    out, _ = export(gold_store, tmp_path, "prodigy")
    got = []
    for task in _all(out):
        doc, units = parse_task(task)
        if doc.id == "tricky/1":
            assert (doc.text, doc.title, doc.outlet, doc.meta) == (TRICKY, "Tricky", "Test", {"source": "test"})
            got += [u.body for u in units]
    want = [u.body for u in tricky_units("tricky/1", TRICKY) if u.kind != "boilerplate"]
    assert sorted(map(repr, got)) == sorted(map(repr, want))
    assert sum(isinstance(b, Quote) for b in got) == 2 and sum(isinstance(b, Event) for b in got) == 1


def test_plain_prodigy_spans_come_back_as_entities() -> None:
    task = {
        "text": "Hello Maria Zakharova.",
        "spans": [{"start": 6, "end": 21, "label": "PERSON", "token_start": 1, "token_end": 2}],
        "answer": "accept",
        "_input_hash": 42,
        "meta": {"source": "news"},
    }
    doc, units = parse_task(task)
    assert doc.id == "prodigy-42" and doc.meta == {"source": "news"}
    assert [(u.body.start, u.body.end, u.body.label) for u in units] == [(6, 21, "PERSON")]
    assert accepted(task) and not accepted({**task, "answer": "reject"})
