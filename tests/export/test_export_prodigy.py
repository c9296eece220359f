"""Prodigy JSONL: tokens rebuild the text, spans sit on tokens, relations link real spans."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson

from annotator.core.models import Entity, Event, Quote
from annotator.export.prodigy import hash32
from annotator.export.read_prodigy import accepted, parse_task
from annotator.store import SqliteStore

from conftest import TRICKY, export, tricky_units


def _tasks(path: Path) -> list[dict[str, Any]]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines()]


def test_task_has_the_fields_prodigy_db_in_reads(gold_store: SqliteStore, tmp_path: Path) -> None:
    out, _ = export(gold_store, tmp_path, "prodigy")
    task = _tasks(out)[2]
    for key in ("text", "tokens", "spans", "relations", "answer", "meta", "_input_hash", "_task_hash",
                "_annotator_id", "_session_id", "_timestamp"):
        assert key in task, key
    assert task["answer"] == "accept" and task["text"] == TRICKY
    assert task["_input_hash"] == hash32(TRICKY) and isinstance(task["_task_hash"], int)
    assert -(2**31) <= task["_task_hash"] < 2**31
    assert task["meta"]["id"] == "tricky/1" and task["_annotator_id"] == "gold"
    assert isinstance(task["_timestamp"], int) and task["_timestamp"] > 1_600_000_000


def test_tokens_rebuild_the_text_and_every_span_sits_on_tokens(gold_store: SqliteStore, tmp_path: Path) -> None:
    out, _ = export(gold_store, tmp_path, "prodigy")
    for task in _tasks(out):
        tokens = task["tokens"]
        assert "".join(t["text"] + (" " if t["ws"] else "") for t in tokens) == task["text"]
        assert [t["id"] for t in tokens] == list(range(len(tokens)))
        for t in tokens:
            assert task["text"][t["start"] : t["end"]] == t["text"]
        spans = [*task["spans"], *(r[k] for r in task["relations"] for k in ("head_span", "child_span"))]
        for sp in spans:
            assert tokens[sp["token_start"]]["start"] == sp["start"]
            assert tokens[sp["token_end"]]["end"] == sp["end"]
            assert sp["token_start"] <= sp["token_end"]


def test_quotes_and_events_become_spans_linked_by_relations(gold_store: SqliteStore, tmp_path: Path) -> None:
    out, _ = export(gold_store, tmp_path, "prodigy")
    task = _tasks(out)[2]
    text = task["text"]
    rels = {(text[r["head_span"]["start"]:r["head_span"]["end"]], r["label"], text[r["child_span"]["start"]:r["child_span"]["end"]])
            for r in task["relations"]}
    assert rels == {
        ("«no»", "SPEAKER", "Маріа"), ("«no»", "SPEAKER_ENTITY", "Маріа"), ("«no»", "CUE", "said"),
        ("«no»", "QUOTE_PART", "שלום עליכם"), ("twice", "SPEAKER", "officials"), ("twice", "CUE", "发言"),
        ("met", "Agent", "Ministers"), ("met", "Place", "São Paulo"), ("met", "Time", "Monday"),
    }
    for r in task["relations"]:
        assert r["head"] == r["head_span"]["token_end"] and r["child"] == r["child_span"]["token_end"]
        assert r["head_span"] in task["spans"] and r["child_span"] in task["spans"]
    labels = sorted(sp["label"] for sp in task["spans"] if sp["kind"] == "entity")
    assert labels == ["GPE"] * 5 + ["NORP", "PERSON", "PERSON"]


def test_a_split_token_keeps_offsets_exact(mem_store: SqliteStore, tmp_path: Path) -> None:
    """"Putinism" is one spaCy token; an entity on "Putin" splits it rather than moving."""
    from annotator.core.models import Document, Unit

    mem_store.insert_documents([Document(id="d", text="Some Putinism here.")])
    mem_store.add_units("gold", [Unit(doc_id="d", body=Entity(start=5, end=10, label="PERSON"))])
    out, stats = export(mem_store, tmp_path, "prodigy")
    (task,) = _tasks(out)
    (span,) = task["spans"]
    assert (span["start"], span["end"]) == (5, 10)
    assert [t["text"] for t in task["tokens"]] == ["Some", "Putin", "ism", "here", "."]
    assert span["token_start"] == span["token_end"] == 1
    assert stats.notes["tokens split at annotation boundaries"] == 1


def test_parse_task_gives_back_the_units_exported(gold_store: SqliteStore, tmp_path: Path) -> None:
    out, _ = export(gold_store, tmp_path, "prodigy")
    doc, units = parse_task(_tasks(out)[2])
    assert (doc.id, doc.text, doc.title, doc.outlet, doc.meta) == ("tricky/1", TRICKY, "Tricky", "Test", {"source": "test"})
    want = [u.body for u in tricky_units("tricky/1", TRICKY) if u.kind != "boilerplate"]
    got = [u.body for u in units]
    assert sorted(map(repr, got)) == sorted(map(repr, want))
    assert sum(isinstance(b, Quote) for b in got) == 2 and sum(isinstance(b, Event) for b in got) == 1


def test_plain_prodigy_spans_come_back_as_entities() -> None:
    task = {"text": "Hello Maria Zakharova.", "spans": [{"start": 6, "end": 21, "label": "PERSON", "token_start": 1, "token_end": 2}],
            "answer": "accept", "_input_hash": 42, "meta": {"source": "news"}}
    doc, units = parse_task(task)
    assert doc.id == "prodigy-42" and doc.meta == {"source": "news"}
    assert [(u.body.start, u.body.end, u.body.label) for u in units] == [(6, 21, "PERSON")]
    assert accepted(task) and not accepted({**task, "answer": "reject"})
