"""Hugging Face `datasets`: a gold export and a suggestions-like export load as two splits
with the shipped features, though one split's columns are all empty."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import TRICKY, export, tricky_units

from annotator.core.models import Document
from annotator.export.hf_features import FEATURES_FILE, features, render_features
from annotator.export.records import DocumentRecord, EventRecord, QuoteRecord
from annotator.store import open_store

datasets = pytest.importorskip("datasets")


def _two_layers(tmp_path: Path) -> tuple[Path, Path]:
    """Gold settled as having no units (every list empty) and an annotator's full layer."""
    store = open_store(tmp_path / "corpus.db")
    store.insert_documents(
        [
            Document(id="tricky/1", text=TRICKY, meta={"source": "test", "n": 3}),
            Document(id="plain", text="Nothing to see here.", outlet="Daily"),
        ]
    )
    store.add_units("annotator:alice", tricky_units("tricky/1", TRICKY))
    store.set_status("tricky/1", "alice", "done")
    store.mark_layer_done("gold", ["tricky/1", "plain"])  # unadjudicated gold is not exported at all
    gold, _ = export(store, tmp_path, "jsonl", layer="gold", name="gold.jsonl")
    alice, _ = export(store, tmp_path, "jsonl", layer="annotator:alice", name="alice.jsonl")
    store.close()
    return gold, alice


def _load(files: dict[str, str], cache: Path, **kw: object) -> object:
    return datasets.load_dataset("json", data_files=files, cache_dir=str(cache), **kw)


def test_two_layers_load_as_two_splits_with_the_shipped_features(tmp_path: Path) -> None:
    gold, alice = _two_layers(tmp_path)
    shipped = datasets.Features.from_dict(json.loads(FEATURES_FILE.read_text("utf-8")))
    ds = _load({"gold": str(gold), "annotator": str(alice)}, tmp_path / "cache", features=shipped)
    assert ds["gold"].num_rows == ds["annotator"].num_rows == 2
    assert all(row["entities"] == [] for row in ds["gold"])
    tricky = ds["annotator"][0]
    assert tricky["meta"] == {"source": "test", "n": 3}
    assert tricky["events"][0]["arguments"]["Place"]["text"] == "São Paulo"
    assert {e["text"] for e in tricky["entities"]} >= {"Zürich", "東京", "👨\u200d👩\u200d👧"}
    quote = tricky["quotes"][0]
    assert quote["parts"][0]["text"] == "שלום עליכם" and ds["annotator"][1]["outlet"] == "Daily"


def test_without_features_the_empty_split_breaks_loading(tmp_path: Path) -> None:
    """Why the features ship: datasets infers `null` for the all-empty columns of gold."""
    gold, alice = _two_layers(tmp_path)
    with pytest.raises(Exception, match="generating the dataset|[Cc]ast"):
        _load({"gold": str(gold), "annotator": str(alice)}, tmp_path / "cache")


def test_the_features_name_every_field_of_a_record() -> None:
    feats = features()
    assert list(feats) == list(DocumentRecord.model_fields)
    assert set(feats["quotes"]["feature"]) == set(QuoteRecord.model_fields)
    assert set(feats["events"]["feature"]) == set(EventRecord.model_fields)
    assert FEATURES_FILE.read_text("utf-8") == render_features()  # regenerate: python3 -m annotator.export.hf_features
