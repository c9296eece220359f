"""The `stories` export: one line per story that validates against its committed schema, offsets exact."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import orjson
from conftest import export
from test_export_jsonl import validate

from annotator.export.formats import FORMATS
from annotator.export.story_records import SCHEMA_FILE, StoryRecord, render_json_schema

sys.path.insert(0, str(Path(__file__).parents[1] / "stories"))
from story_data import KEY, LAYER, story_store  # noqa: E402


def test_committed_schema_is_the_generated_one() -> None:
    assert SCHEMA_FILE.read_text("utf-8") == render_json_schema(), (
        "docs/annotator-stories.schema.json is stale: run `python -m annotator.export.story_records`"
    )


def test_the_format_is_registered() -> None:
    assert FORMATS["stories"].suffix == ".jsonl"


def test_one_line_per_story_validating_with_the_model_and_the_schema(tmp_path: Path) -> None:
    store = story_store(tmp_path / "s.db")
    out, stats = export(store, tmp_path, "stories", layer=LAYER)
    lines = out.read_bytes().splitlines()
    assert len(lines) == 1
    assert stats.dropped["documents not in a story"] == 1  # the football article
    schema = json.loads(SCHEMA_FILE.read_text("utf-8"))
    record = orjson.loads(lines[0])
    StoryRecord.model_validate(record)
    assert validate(record, schema, schema) == []
    assert record["story_key"] == KEY and [a["id"] for a in record["articles"]] == ["bloomberg", "cnbc", "ft"]


def test_every_offset_points_at_its_text(tmp_path: Path) -> None:
    store = story_store(tmp_path / "s.db")
    out, _ = export(store, tmp_path, "stories", layer=LAYER)
    record = orjson.loads(out.read_bytes())
    texts = {d: store.document(d).text for d in ("bloomberg", "cnbc", "ft")}
    spans = []
    for group in record["quotes"]:
        for v in group["versions"]:
            spans += [(v["doc_id"], s) for s in v["content"]]
            spans += [(v["doc_id"], v[k]) for k in ("speaker", "cue") if v[k]]
    for entity in record["entities"]:
        spans += [(m["doc_id"], m) for m in entity["mentions"]]
    for group in record["events"]:
        for v in group["versions"]:
            spans += [(v["doc_id"], v["trigger"]), *((v["doc_id"], a) for a in v["arguments"].values())]
    assert len(spans) > 20
    for doc_id, span in spans:
        assert texts[doc_id][span["start"] : span["end"]] == span["text"]


def test_entities_carry_stable_ids_and_every_mention(tmp_path: Path) -> None:
    store = story_store(tmp_path / "s.db")
    first = orjson.loads(export(store, tmp_path, "stories", layer=LAYER, name="one")[0].read_bytes())
    again = orjson.loads(export(store, tmp_path, "stories", layer=LAYER, name="two")[0].read_bytes())
    assert [e["id"] for e in first["entities"]] == [e["id"] for e in again["entities"]]
    lavrov = next(e for e in first["entities"] if "Lavrov" in e["name"])
    assert len(lavrov["mentions"]) == 4 and lavrov["labels"] == {"ORG": 1, "PERSON": 3}
    [quote] = first["quotes"]
    assert quote["versions"][0]["speaker_id"] == lavrov["id"]
    [event] = first["events"]
    assert event["conflicts"] == ["numbers: 35 / 755"]
