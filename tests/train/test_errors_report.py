"""The model-error report classifies what editors did to each suggestion, from the store's net state."""

from __future__ import annotations

import json

import pytest
from article_data import LAYER, TEXT, span
from train_helpers import put_article

from annotator.cli import main
from annotator.desk import Desk
from annotator.errors_report.report import build, pair_of, resolve_layer
from annotator.store import SqliteStore
from annotator.store.base import ModelRecord


def _views(desk: Desk) -> dict[str, object]:
    text = desk.state.text
    return {text[v.span.start : v.span.end]: v for v in desk.state.views if v.kind == "entity"}


@pytest.fixture
def edited(mem_store: SqliteStore) -> SqliteStore:
    """One editor accepted, rejected, relabelled, widened and added one entity each."""
    put_article(mem_store)
    desk = Desk(mem_store, "ann")
    desk.load("a1")
    v = _views(desk)
    desk.accept(v["Maria Zakharova"])
    desk.reject(v["Russia"])
    desk.relabel(v["US"], "ORG")
    desk.move_end(_views(desk)["Moscow"], +1)  # "Moscow could"
    desk.add_entity(span(TEXT, "diplomats"), "NORP")
    return mem_store


def test_each_decision_gets_its_outcome(edited: SqliteStore) -> None:
    report = build(edited, LAYER)
    gpe = report.by_label[("entity", "GPE")].rates()
    assert (gpe["judged"], gpe["rejected"], gpe["relabelled"], gpe["boundary"]) == (3, 1, 1, 1)
    assert report.by_label[("entity", "PERSON")].rates()["accepted"] == 1
    assert report.by_label[("entity", "NORP")].rates()["missed"] == 1
    assert report.confusion() == {("GPE", "ORG"): 1}
    assert report.by_label[("entity", "GPE")].shifts == {(0, 1): 1}  # the end one token right


def test_undo_is_respected(edited: SqliteStore) -> None:
    desk = Desk(edited, "ann")
    desk.load("a1")
    for _ in range(4):  # add, move, relabel, reject: back to the accept alone
        desk.undo()
    report = build(edited, LAYER)
    assert ("entity", "GPE") not in report.by_label
    assert ("entity", "NORP") not in report.by_label
    assert report.by_label[("entity", "PERSON")].rates()["accepted"] == 1


def test_left_moves_count_tokens_leftwards() -> None:
    from annotator.core.models import Entity, Unit
    from annotator.core.spans import token_bounds
    from annotator.store.base import Fate

    text = "the old Foreign Ministry said"
    sugg = Unit(id=1, doc_id="d", body=Entity(start=15, end=24, label="ORG"))
    mine = Unit(id=2, doc_id="d", body=Entity(start=4, end=24, label="ORG"), state="edited", origin_id=1)
    pair = pair_of(Fate("d", "ann", sugg, mine), text, token_bounds(text))
    assert pair.outcomes == ["boundary"] and (pair.left, pair.right) == (-2, 0)
    assert pair.correction["text"] == "old Foreign Ministry"


def test_jsonl_has_one_line_per_pair_with_text_context_and_correction(edited: SqliteStore, tmp_path, capsys) -> None:
    db = tmp_path / "c.db"
    edited.conn.execute(f"VACUUM INTO '{db}'")
    assert main(["--db", str(db), "errors", "--format", "jsonl"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert len(lines) == 5
    relabel = next(x for x in lines if x["outcome"] == "relabelled")
    assert relabel["suggestion"]["text"] == "US" and relabel["correction"]["label"] == "ORG"
    assert "⟦US⟧" in relabel["context"] and relabel["model"] == LAYER
    missed = next(x for x in lines if x["outcome"] == "missed")
    assert missed["suggestion"] is None and missed["correction"]["text"] == "diplomats"
    assert main(["--db", str(db), "errors"]) == 0
    table = capsys.readouterr().out
    assert "rejected (FP)" in table and "Relabelled (from -> to):" in table
    assert [line.split() for line in table.splitlines() if line.startswith("GPE ")] == [["GPE", "ORG", "1"]]


def test_a_label_from_data_cannot_reach_the_terminal_raw(mem_store: SqliteStore, tmp_path, capsys) -> None:
    from annotator.cli.errors_cmd import render_report
    from annotator.core.models import Entity, Unit
    from annotator.errors_report.report import ErrorReport, LabelErrors
    from annotator.store.base import Fate

    bad = "X\x1b]52;c;AAAA\x07"
    sugg = Unit(id=1, doc_id="d", body=Entity(start=0, end=1, label=bad))
    pair = pair_of(Fate("d", "ann", sugg, sugg.model_copy(update={"state": "rejected"})), "Hello", [(0, 5)])
    errs = LabelErrors()
    errs.add(pair)
    out = render_report(ErrorReport("suggestions:m@1", [pair], {("entity", bad): errs}))
    assert "\x1b" not in out and "\x07" not in out and "␛" in out


def test_model_names_resolve_to_their_layers(mem_store: SqliteStore) -> None:
    put_article(mem_store)
    mem_store.register_model(ModelRecord("news", "1", "/x", "base", "gold", 3, 1))
    mem_store.register_model(ModelRecord("news", "2", "/y", "base", "gold", 3, 1))
    assert resolve_layer(mem_store, "news") == "suggestions:news@2"
    assert resolve_layer(mem_store, "news@1") == "suggestions:news@1"
    assert resolve_layer(mem_store, None) == LAYER
    assert resolve_layer(mem_store, "test") == LAYER  # a model known only by its layer


def test_stats_shows_the_headline_rates_per_label(edited: SqliteStore, tmp_path, capsys) -> None:
    db = tmp_path / "c.db"
    edited.conn.execute(f"VACUUM INTO '{db}'")
    assert main(["--db", str(db), "stats", "--json", "--no-agreement"]) == 0
    figures = json.loads(capsys.readouterr().out)["model_errors"]
    assert figures["layer"] == LAYER
    gpe = figures["labels"]["entity GPE"]
    assert (gpe["judged"], gpe["rejected_rate"], gpe["relabelled_rate"]) == (3, 0.3333, 0.3333)
    assert main(["--db", str(db), "stats", "--no-agreement"]) == 0
    assert "Model errors: suggestions:test@1" in capsys.readouterr().out
