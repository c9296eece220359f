"""Our JSONL: every line validates against the committed schema, every span carries its text."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import orjson
import pytest
from conftest import TRICKY, export

from annotator.export.common import REJECTED, ExportError
from annotator.export.records import SCHEMA_FILE, DocumentRecord, render_json_schema
from annotator.store import SqliteStore


def _lines(path: Path) -> list[dict[str, Any]]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines()]


def test_committed_schema_is_the_generated_one() -> None:
    assert SCHEMA_FILE.read_text("utf-8") == render_json_schema(), (
        "docs/annotator-jsonl.schema.json is stale: run `python -m annotator.export.records`"
    )


def test_every_line_validates_with_the_model_and_the_schema(gold_store: SqliteStore, tmp_path: Path) -> None:
    out, stats = export(gold_store, tmp_path, "jsonl")
    raw_lines = out.read_bytes().splitlines()
    assert len(raw_lines) == 3 == stats.records
    assert len(out.read_text("utf-8").splitlines()) == 3  # U+2028 in a text is escaped, not a line end
    schema = json.loads(SCHEMA_FILE.read_text("utf-8"))
    for line in raw_lines:
        DocumentRecord.model_validate_json(line)
        errors = validate(orjson.loads(line), schema, schema)
        assert errors == []


def test_every_span_carries_the_text_it_points_at(gold_store: SqliteStore, tmp_path: Path) -> None:
    out, _ = export(gold_store, tmp_path, "jsonl")
    tricky = next(r for r in _lines(out) if r["id"] == "tricky/1")
    assert tricky["text"] == TRICKY
    rec = DocumentRecord.model_validate(tricky)
    spans = rec.spans()
    assert len(spans) == 8 + 1 + (5 + 3) + 4  # entities, boilerplate, quote spans, event spans
    for where, span in spans:
        assert TRICKY[span.start : span.end] == span.text, where
    texts = [e["text"] for e in tricky["entities"]]
    assert "👨\u200d👩\u200d👧" in texts and "New\nYork" in texts and "東京" in texts
    q = tricky["quotes"][0]
    assert (q["content"]["text"], q["kind"], q["speaker"]["text"], q["cue"]["text"]) == (
        "«no»",
        "direct",
        "Маріа",
        "said",
    )
    assert [p["text"] for p in q["parts"]] == ["שלום עליכם"]
    assert tricky["quotes"][1]["speaker_entity"] is None
    ev = tricky["events"][0]
    assert (ev["trigger"]["text"], ev["type"]) == ("met", "Contact.Meet")
    assert {role: a["text"] for role, a in ev["arguments"].items()} == {
        "Entity": "Ministers",
        "Place": "São Paulo",
        "Time": "Monday",
    }
    assert [b["text"] for b in tricky["boilerplate"]] == ["End of"]


def test_record_fields_describe_document_and_layer(gold_store: SqliteStore, tmp_path: Path) -> None:
    out, _ = export(gold_store, tmp_path, "jsonl")
    first, _, tricky = _lines(out)
    assert first["id"] == "000_892106252d58e135" and first["layer"] == "gold"
    assert first["title"] == "Moscow threatens to expel US diplomats"
    assert first["status"] == "done" and first["schema_version"] == gold_store.schema().version
    assert first["format_version"] == 1 and first["created_at"]
    assert (tricky["outlet"], tricky["meta"], tricky["annotators"]) == ("Test", {"source": "test"}, ["alice"])
    assert tricky["content_hash"] == gold_store.document("tricky/1").content_hash


def test_entities_come_in_text_order_longest_first(gold_store: SqliteStore, tmp_path: Path) -> None:
    out, _ = export(gold_store, tmp_path, "jsonl")
    ents = _lines(out)[2]["entities"]
    keys = [(e["start"], -e["end"]) for e in ents]
    assert keys == sorted(keys)
    assert [e["text"] for e in ents[1:3]] == ["São Paulo", "Paulo"]


def test_annotator_layer_leaves_out_rejected_units_and_says_so(gold_store: SqliteStore, tmp_path: Path) -> None:
    out, stats = export(gold_store, tmp_path, "jsonl", layer="annotator:alice")
    records = _lines(out)
    assert [r["status"] for r in records] == ["todo", "todo", "done"]
    assert [len(r["entities"]) for r in records] == [0, 0, 2]
    assert stats.dropped[REJECTED] == 1
    assert "left out: 1 rejected units" in stats.summary()


def test_status_done_keeps_done_documents_only(gold_store: SqliteStore, tmp_path: Path) -> None:
    out, _ = export(gold_store, tmp_path, "jsonl", layer="annotator:alice", name="alice-done", done_only=True)
    assert [r["id"] for r in _lines(out)] == ["tricky/1"]
    gold_store.insert_documents(
        [gold_store.document("tricky/1").model_copy(update={"id": "bare", "text": "No gold.", "content_hash": ""})]
    )
    out, stats = export(gold_store, tmp_path, "jsonl", name="gold-done", done_only=True)
    assert "bare" not in [r["id"] for r in _lines(out)] and stats.records == 3


def test_all_gives_one_record_per_document_and_annotator(gold_store: SqliteStore, tmp_path: Path) -> None:
    from annotator.core.models import Entity, Unit

    text = gold_store.document("000_892106252d58e135").text
    start = text.index("Moscow")
    gold_store.add_units(
        "annotator:bob", [Unit(doc_id="000_892106252d58e135", body=Entity(start=start, end=start + 6, label="GPE"))]
    )
    out, _ = export(gold_store, tmp_path, "jsonl", layer="all")
    pairs = [(r["id"], r["layer"]) for r in _lines(out)]
    assert pairs == [("000_892106252d58e135", "annotator:bob"), ("tricky/1", "annotator:alice")]


def test_suggestions_means_the_newest_suggestions_layer(gold_store: SqliteStore, tmp_path: Path) -> None:
    from annotator.core.models import Entity, Unit

    unit = Unit(doc_id="tricky/1", body=Entity(start=0, end=6, label="GPE"))
    gold_store.add_units("suggestions:old@1", [unit])
    gold_store.add_units(
        "suggestions:new@2", [unit, unit.model_copy(update={"body": Entity(start=42, end=51, label="GPE")})]
    )
    out, _ = export(gold_store, tmp_path, "jsonl", layer="suggestions", done_only=True)
    (record,) = _lines(out)
    assert record["layer"] == "suggestions:new@2" and len(record["entities"]) == 2
    out, _ = export(gold_store, tmp_path, "jsonl", layer="suggestions:old@1", done_only=True)
    assert [len(r["entities"]) for r in _lines(out)] == [1]


def test_suggestions_carry_their_score_and_peoples_work_none(gold_store: SqliteStore, tmp_path: Path) -> None:
    from annotator.core.models import Entity, Unit
    from annotator.export.records import DocumentRecord

    unit = Unit(doc_id="tricky/1", body=Entity(start=0, end=6, label="GPE"), score=0.83)
    gold_store.add_units("suggestions:new@2", [unit])
    out, _ = export(gold_store, tmp_path, "jsonl", layer="suggestions", done_only=True)
    (record,) = _lines(out)
    assert record["entities"][0]["score"] == 0.83
    DocumentRecord.model_validate(record)
    out, _ = export(gold_store, tmp_path, "jsonl", layer="gold", name="g")
    assert all("score" not in e for r in _lines(out) for e in r["entities"])


def test_unknown_layer_is_a_user_error_naming_the_known_ones(gold_store: SqliteStore, tmp_path: Path) -> None:
    with pytest.raises(
        ExportError, match=r"unknown layer 'suggestions:nope@0' \(known: gold, all, suggestions, gold, annotator:alice"
    ):
        export(gold_store, tmp_path, "jsonl", layer="suggestions:nope@0")
    assert not (tmp_path / "out-jsonl-suggestions-nope@0").exists()


# -- a small JSON Schema checker (jsonschema is not a dependency): the subset our schema uses


def validate(value: Any, schema: dict[str, Any], root: dict[str, Any], where: str = "$") -> list[str]:
    if "$ref" in schema:
        name = schema["$ref"].removeprefix("#/$defs/")
        return validate(value, root["$defs"][name], root, where)
    if "anyOf" in schema:
        options = [validate(value, s, root, where) for s in schema["anyOf"]]
        return [] if any(not o for o in options) else [f"{where}: matches no option of anyOf"]
    errors: list[str] = []
    kind = schema.get("type")
    checks = {"object": dict, "array": list, "string": str, "null": type(None)}
    if kind == "integer" and not (isinstance(value, int) and not isinstance(value, bool)):
        return [f"{where}: not an integer"]
    if kind in checks and not isinstance(value, checks[kind]):
        return [f"{where}: not {kind}"]
    if "const" in schema and value != schema["const"]:
        errors.append(f"{where}: not {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{where}: not one of {schema['enum']}")
    if "minimum" in schema and value < schema["minimum"]:
        errors.append(f"{where}: below {schema['minimum']}")
    if "minLength" in schema and len(value) < schema["minLength"]:
        errors.append(f"{where}: shorter than {schema['minLength']}")
    if kind == "object":
        props = schema.get("properties", {})
        errors += [f"{where}: missing {k}" for k in schema.get("required", []) if k not in value]
        for key, item in value.items():
            if key in props:
                errors += validate(item, props[key], root, f"{where}.{key}")
            elif schema.get("additionalProperties") is False:
                errors.append(f"{where}: unexpected {key}")
            elif isinstance(schema.get("additionalProperties"), dict):
                errors += validate(item, schema["additionalProperties"], root, f"{where}.{key}")
    if kind == "array" and "items" in schema:
        for i, item in enumerate(value):
            errors += validate(item, schema["items"], root, f"{where}[{i}]")
    return errors


def test_the_schema_checker_rejects_what_it_should() -> None:
    schema = json.loads(SCHEMA_FILE.read_text("utf-8"))
    good = {"id": "a", "text": "Hi Bob", "entities": [{"start": 3, "end": 6, "text": "Bob", "label": "PERSON"}]}
    assert validate(good, schema, schema) == []
    bad = {**good, "entities": [{"start": "3", "end": 6, "text": "Bob"}], "extra": 1, "status": "later"}
    errors = validate(bad, schema, schema)
    assert "$.entities[0].start: not an integer" in errors
    assert "$.entities[0]: missing label" in errors
    assert "$: unexpected extra" in errors
    assert any(e.startswith("$.status") for e in errors)


def test_an_annotator_nobody_knows_is_refused(gold_store: SqliteStore, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="unknown layer 'annotator:nobody'"):
        export(gold_store, tmp_path, "jsonl", layer="annotator:nobody")
