"""doccano and Label Studio: our files use the field names of the tools' published formats,
their files import as annotations (never parked in meta), and both round trip."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import orjson
import pytest
from conftest import TRICKY, export, tricky_units

from annotator.cli import main
from annotator.core.models import Document
from annotator.store import SqliteStore, open_store

# doccano's published examples (doccano/doccano backend/data_import/pipeline/examples and
# backend/data_export/pipeline/examples/sequence_labeling/example.jsonl).
DOCCANO_TRIPLES = {
    "text": "EU rejects German call to boycott British lamb.",
    "label": [[0, 2, "ORG"], [11, 17, "NORP"]],
}
DOCCANO_RELATIONS = {
    "text": "Google was founded on September 4, 1998, by Larry Page and Sergey Brin.",
    "entities": [
        {"id": 0, "start_offset": 0, "end_offset": 6, "label": "ORG"},
        {"id": 1, "start_offset": 22, "end_offset": 39, "label": "DATE"},
        {"id": 2, "start_offset": 44, "end_offset": 54, "label": "PERSON"},
        {"id": 3, "start_offset": 59, "end_offset": 70, "label": "PERSON"},
    ],
    "relations": [{"from_id": 0, "to_id": 1, "type": "foundedAt"}, {"from_id": 0, "to_id": 2, "type": "foundedBy"}],
}
# Label Studio's documented task shape (labelstud.io/guide/task_format, guide/predictions).
LS_TASK = {
    "data": {"text": "Maria Zakharova said talks in Moscow failed."},
    "annotations": [
        {
            "id": 1,
            "completed_by": 3,
            "result": [
                {
                    "id": "a",
                    "from_name": "label",
                    "to_name": "text",
                    "type": "labels",
                    "value": {"start": 0, "end": 15, "text": "Maria Zakharova", "labels": ["PERSON"]},
                },
                {
                    "id": "b",
                    "from_name": "label",
                    "to_name": "text",
                    "type": "labels",
                    "value": {"start": 21, "end": 43, "text": "talks in Moscow failed", "labels": ["QUOTE_INDIRECT"]},
                },
                {
                    "id": "c",
                    "from_name": "label",
                    "to_name": "text",
                    "type": "labels",
                    "value": {"start": 16, "end": 20, "text": "said", "labels": ["CUE"]},
                },
                {"from_id": "b", "to_id": "a", "type": "relation", "direction": "right", "labels": ["SPEAKER"]},
                {"from_id": "b", "to_id": "c", "type": "relation", "direction": "right", "labels": ["CUE"]},
            ],
        }
    ],
    "predictions": [
        {
            "model_version": "ner-v2",
            "score": 0.9,
            "result": [
                {
                    "id": "p",
                    "from_name": "label",
                    "to_name": "text",
                    "type": "labels",
                    "value": {"start": 30, "end": 36, "text": "Moscow", "labels": ["GPE"]},
                }
            ],
        }
    ],
}


def _write(path: Path, lines: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), "utf-8")
    return path


def _units(db: Path, layer: str) -> list[Any]:
    store = open_store(db)
    try:
        return [u.body for d in store.documents() for u in store.units(d.id, layer)]
    finally:
        store.close()


def test_doccano_label_triples_become_entities_not_meta(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    assert (
        main(["--db", str(db), "import", str(_write(tmp_path / "d.jsonl", [DOCCANO_TRIPLES])), "--annotator", "ann"])
        == 0
    )
    assert sorted((b.start, b.end, b.label) for b in _units(db, "annotator:ann")) == [(0, 2, "ORG"), (11, 17, "NORP")]
    store = open_store(db)
    try:
        assert "label" not in store.documents()[0].meta
    finally:
        store.close()


def test_doccano_relation_flavour_imports_its_entities(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    assert (
        main(["--db", str(db), "import", str(_write(tmp_path / "d.jsonl", [DOCCANO_RELATIONS])), "--annotator", "ann"])
        == 0
    )
    got = sorted((b.start, b.end, b.label) for b in _units(db, "annotator:ann"))
    assert got == [(0, 6, "ORG"), (22, 39, "DATE"), (44, 54, "PERSON"), (59, 70, "PERSON")]  # foundedBy: not ours


def test_label_studio_annotations_and_predictions_land_in_their_layers(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    (tmp_path / "ls.json").write_text(json.dumps([LS_TASK]), "utf-8")
    assert main(["--db", str(db), "import", str(tmp_path / "ls.json"), "--annotator", "ann"]) == 0
    mine = _units(db, "annotator:ann")
    assert [(b.kind, b.label) for b in mine if b.kind == "entity"] == [("entity", "PERSON")]
    (quote,) = [b for b in mine if b.kind == "quote"]
    assert (quote.quote_kind, quote.speaker.start, quote.speaker_entity, quote.cue.start) == ("indirect", 0, None, 16)
    assert [(b.start, b.label) for b in _units(db, "suggestions:labelstudio@ner-v2")] == [(30, "GPE")]


def test_label_studio_further_annotations_of_a_task_are_counted_not_dropped_silently(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    second = {"id": 2, "completed_by": 4, "result": [LS_TASK["annotations"][0]["result"][0]]}
    cancelled = {"id": 3, "completed_by": 5, "was_cancelled": True, "result": []}
    task = {**LS_TASK, "annotations": [*LS_TASK["annotations"], second, cancelled]}
    (tmp_path / "ls.json").write_text(json.dumps([task]), "utf-8")
    assert main(["--db", str(tmp_path / "c.db"), "import", str(tmp_path / "ls.json"), "--annotator", "ann"]) == 0
    out = capsys.readouterr().out
    assert "1 further annotation of the same tasks left out" in out  # the cancelled one is no annotation
    assert len(_units(tmp_path / "c.db", "annotator:ann")) == 2  # the first kept annotation: the entity and the quote


def test_label_studio_annotations_need_an_annotator(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "ls.json").write_text(json.dumps([LS_TASK]), "utf-8")
    assert main(["--db", str(tmp_path / "c.db"), "import", str(tmp_path / "ls.json")]) == 2
    assert "--annotator NAME" in capsys.readouterr().err


def test_doccano_export_uses_doccanos_field_names(gold_store: SqliteStore, tmp_path: Path) -> None:
    out, _ = export(gold_store, tmp_path, "doccano")
    line = [orjson.loads(x) for x in out.read_bytes().splitlines()][2]
    assert line["text"] == TRICKY
    assert {k for e in line["entities"] for k in e} == {"id", "label", "start_offset", "end_offset"}
    assert {k for r in line["relations"] for k in r} == {"id", "from_id", "to_id", "type"}
    ids = {e["id"] for e in line["entities"]}
    assert all(r["from_id"] in ids and r["to_id"] in ids for r in line["relations"])
    labels = {e["label"] for e in line["entities"]}
    assert {"QUOTE_DIRECT", "QUOTE_INDIRECT", "SPEAKER", "CUE", "QUOTE_PART", "Contact.Meet", "GPE"} <= labels


def test_label_studio_export_uses_its_task_format(tmp_path: Path) -> None:
    store = open_store(tmp_path / "corpus.db")
    store.insert_documents([Document(id="tricky/1", text=TRICKY, title="Tricky")])
    store.add_units("annotator:alice", tricky_units("tricky/1", TRICKY))
    store.add_units("annotator:bob", tricky_units("tricky/1", TRICKY)[:3])
    out, _ = export(store, tmp_path, "labelstudio", layer="all", name="ls.json")
    store.close()
    (task,) = json.loads(out.read_text("utf-8"))  # one task per document, a JSON list
    assert task["data"]["text"] == TRICKY and task["data"]["doc_id"] == "tricky/1"
    assert [a["completed_by"] for a in task["annotations"]] == ["alice", "bob"]
    result = task["annotations"][0]["result"]
    regions = [r for r in result if r["type"] == "labels"]
    relations = [r for r in result if r["type"] == "relation"]
    assert {k for r in regions for k in r} == {"id", "from_name", "to_name", "type", "value"}
    assert {k for r in regions for k in r["value"]} == {"start", "end", "text", "labels"}
    assert all(TRICKY[r["value"]["start"] : r["value"]["end"]] == r["value"]["text"] for r in regions)
    assert {k for r in relations for k in r} == {"from_id", "to_id", "type", "direction", "labels"}
    assert {r["labels"][0] for r in relations} >= {"SPEAKER", "CUE", "Entity", "Place", "Time"}


@pytest.mark.parametrize(("fmt", "name"), [("doccano", "d.jsonl"), ("labelstudio", "l.json")])
def test_round_trip_through_our_importer(gold_store: SqliteStore, tmp_path: Path, fmt: str, name: str) -> None:
    out, _ = export(gold_store, tmp_path, fmt, layer="gold", name=name)
    db = tmp_path / "back.db"
    assert main(["--db", str(db), "import", str(out), "--annotator", "back"]) == 0
    back = open_store(db)
    try:
        again, _ = export(back, tmp_path, "jsonl", layer="annotator:back", name=f"again-{fmt}.jsonl")
    finally:
        back.close()
    first, _ = export(gold_store, tmp_path, "jsonl", layer="gold", name="first.jsonl")
    keep = ("id", "text", "title", "outlet", "meta", "entities", "quotes", "events")
    read = lambda p: [{k: r[k] for k in keep} for r in map(orjson.loads, p.read_bytes().splitlines())]  # noqa: E731
    assert read(again) == read(first)
    assert sum(len(r["quotes"]) for r in read(again)) == 2


def test_the_labeling_config_names_every_label_the_export_writes(gold_store: SqliteStore, tmp_path: Path) -> None:
    import xml.etree.ElementTree as ET

    from annotator.export.labelstudio import labeling_config

    root = ET.fromstring(labeling_config(gold_store.schema()))
    labels = {x.get("value") for x in root.iter("Label")}
    relations = {x.get("value") for x in root.iter("Relation")}
    out, _ = export(gold_store, tmp_path, "labelstudio", name="ls.json")
    for task in json.loads(out.read_text("utf-8")):
        for r in task["annotations"][0]["result"]:
            assert r["labels"][0] in relations if r["type"] == "relation" else r["value"]["labels"][0] in labels
