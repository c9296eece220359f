"""The sample gold file itself: every recorded span text equals the document slice, the
documents are the bundled ones, and every annotation fits the default schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.core.models import Boilerplate, Entity, Event, Quote
from annotator.core.schema import default_schema
from annotator.importers.text_files import read_text_file
SAMPLE_DIR = Path(__file__).resolve().parents[2] / "annotator" / "data" / "sample"

GOLD = Path(__file__).parent / "gold" / "sample_gold.jsonl"
LINES = [json.loads(line) for line in GOLD.read_text("utf-8").splitlines()]


@pytest.mark.parametrize("line", LINES, ids=[line["id"] for line in LINES])
def test_recorded_texts_equal_the_document_slices(line: dict) -> None:
    doc = read_text_file(SAMPLE_DIR / f"{line['id']}.txt")
    text = doc.text
    assert doc.content_hash == line["text_hash"]
    checked = 0
    for item in line["entities"] + line["boilerplate"]:
        assert text[item["start"] : item["end"]] == item["text"]
        checked += 1
    for q in line["quotes"]:
        spans = {"content": q["content"], "speaker": q["speaker"], "speaker_entity": q["speaker_entity"], "cue": q["cue"]}
        spans.update({f"extra{i}": s for i, s in enumerate(q["extra"])})
        for key, span in spans.items():
            if span is not None:
                assert text[span["start"] : span["end"]] == q["text"][key]
                checked += 1
    for e in line["events"]:
        for key, span in {"trigger": e["trigger"], **e["arguments"]}.items():
            assert text[span["start"] : span["end"]] == e["text"][key]
            checked += 1
    assert checked > 50


@pytest.mark.parametrize("line", LINES, ids=[line["id"] for line in LINES])
def test_gold_fits_the_default_schema(line: dict) -> None:
    schema = default_schema()
    text = read_text_file(SAMPLE_DIR / f"{line['id']}.txt").text
    bodies = (
        [Entity.model_validate(x) for x in line["entities"]]
        + [Quote.model_validate(x) for x in line["quotes"]]
        + [Event.model_validate(x) for x in line["events"]]
        + [Boilerplate.model_validate(x) for x in line["boilerplate"]]
    )
    for body in bodies:
        schema.validate_body(body, text)


def test_gold_covers_all_five_sample_articles() -> None:
    assert sorted(line["id"] for line in LINES) == sorted(p.stem for p in SAMPLE_DIR.glob("*.txt"))
    assert sum(len(line["quotes"]) for line in LINES) > 60
    assert sum(len(line["events"]) for line in LINES) > 100
