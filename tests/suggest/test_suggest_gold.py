"""The sample gold file itself: a line of our own JSONL per bundled article (every recorded
span text equals the document slice), every annotation fits the default schema, and our
own importer reads it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.core.schema import default_schema
from annotator.export.records import DocumentRecord
from annotator.importers.text_files import read_text_file
from annotator.store import open_store
from annotator.suggest.evaluate import read_gold

SAMPLE_DIR = Path(__file__).resolve().parents[2] / "annotator" / "data" / "sample"

GOLD = Path(__file__).parent / "gold" / "sample_gold.jsonl"
LINES = [json.loads(line) for line in GOLD.read_text("utf-8").splitlines()]
KINDS = ("entities", "quotes", "events", "boilerplate")


@pytest.mark.parametrize("line", LINES, ids=[line["id"] for line in LINES])
def test_each_line_is_our_jsonl_on_the_bundled_text(line: dict) -> None:
    """DocumentRecord checks every span's recorded text against the slice it points at."""
    record = DocumentRecord.model_validate(line)
    doc = read_text_file(SAMPLE_DIR / f"{line['id']}.txt")
    assert record.text == doc.text and record.content_hash == doc.content_hash
    assert len(record.spans()) > 50


def test_gold_fits_the_default_schema() -> None:
    schema = default_schema()
    texts = {line["id"]: line["text"] for line in LINES}
    for gold in read_gold(GOLD):
        for body in (*gold.entities, *gold.quotes, *gold.events, *gold.boilerplate):
            schema.validate_body(body, texts[gold.id])


def test_gold_covers_all_five_sample_articles() -> None:
    assert sorted(line["id"] for line in LINES) == sorted(p.stem for p in SAMPLE_DIR.glob("*.txt"))
    assert sum(len(line["quotes"]) for line in LINES) > 60
    assert sum(len(line["events"]) for line in LINES) > 100


def test_no_entity_runs_into_page_furniture_markers() -> None:
    """The PERSON `Interfax\\n  •` (a byline's last word and a widget bullet) is not a name."""
    for line in LINES:
        for ent in line["entities"]:
            assert "\n" not in ent["text"] and "\u2022" not in ent["text"], (line["id"], ent)


def test_our_importer_reads_the_shipped_gold(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "corpus.db"
    assert main(["--db", str(db), "import", str(GOLD), "--annotator", "gold-maker"]) == 0
    store = open_store(db)
    try:
        wanted = {kind: sum(len(line[kind]) for line in LINES) for kind in KINDS}
        got = {kind: 0 for kind in KINDS}
        names = {"entity": "entities", "quote": "quotes", "event": "events", "boilerplate": "boilerplate"}
        for line in LINES:
            doc = store.document(line["id"])
            assert doc.text == line["text"] and doc.meta == {}  # nothing parked in meta
            for unit in store.units(line["id"], "annotator:gold-maker"):
                got[names[unit.body.kind]] += 1
        assert got == wanted
    finally:
        store.close()
