"""The seventh example set (furniture only: pages of 15 more outlets, regional, trade, university and overseas
sites): its gold fits its texts, and the furniture rules keep their floor there without swallowing a sentence of the story. Runs the
furniture rules alone (no model), as the pipeline's furniture component calls them."""

from __future__ import annotations

import json
from pathlib import Path

from annotator.importers.text_files import read_text_file
from annotator.suggest.boilerplate import find_boilerplate
from annotator.suggest.evaluate import PRF, lost_sentences, read_gold, score_boilerplate

DEV7 = Path(__file__).parent / "examples" / "dev7"


def floors() -> dict:
    return json.loads((DEV7 / "floors.json").read_text("utf-8"))


def test_recorded_furniture_texts_equal_the_document_slices() -> None:
    checked = 0
    for line in (DEV7 / "devset_gold.jsonl").read_text("utf-8").splitlines():
        g = json.loads(line)
        doc = read_text_file(DEV7 / "texts" / f"{g['id']}.txt")
        assert doc.content_hash == g["text_hash"]
        assert not g["quotes"] and not g["events"]
        for b in g["boilerplate"]:
            assert doc.text[b["start"] : b["end"]] == b["text"]
            checked += 1
    assert checked >= 100


def test_furniture_keeps_its_floor_and_loses_no_sentence() -> None:
    total, lost = PRF(0, 0, 0), 0
    for g in read_gold(DEV7 / "devset_gold.jsonl"):
        doc = read_text_file(DEV7 / "texts" / f"{g.id}.txt")
        pred = find_boilerplate(doc.text, doc.title)
        total += score_boilerplate(g.boilerplate, pred)
        lost += lost_sentences(doc.text, [b.span for b in g.boilerplate], [b.span for b in pred])[1]
    assert total.f1 >= floors()["floors"]["furniture_f1"] - 0.02, round(total.f1, 3)
    assert lost <= floors()["sentences_lost_max"]
