"""The whole loop with the real model, in seconds: train on the sample gold (as an annotator's
finished work) with a few steps, register, suggest with it, open it in the desk, report errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from train_helpers import EDITOR, gold_layer

from annotator.cli import main
from annotator.core.models import Document
from annotator.desk import Desk
from annotator.importers.sample import load_sample
from annotator.store import open_store
from annotator.train import data


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A corpus with one trained model (3 steps), shared by the tests here: training takes seconds."""
    db = tmp_path_factory.mktemp("train") / "corpus.db"
    store = open_store(db)
    load_sample(store)
    gold_layer(store)
    store.insert_documents([Document(id="fresh", title="Fresh", text="Sergei Lavrov met Rex Tillerson in Manila.")])
    store.close()
    code = main(["--db", str(db), "train", "--layer", f"annotator:{EDITOR}", "--max-steps", "3", "--name", "tiny"])
    assert code == 0
    return db


def test_train_registers_a_normal_spacy_pipeline_with_our_components(trained: Path, capsys) -> None:
    import spacy

    store = open_store(trained)
    [record] = store.models()
    store.close()
    assert (record.name, record.version, record.layer) == ("tiny", "1", f"annotator:{EDITOR}")
    assert (record.documents, record.heldout) == (4, 1)
    assert set(record.scores["trained"]) >= {"ALL", "PERSON"} and set(record.scores["base"]) >= {"ALL"}
    nlp = spacy.load(record.path)
    assert {"ner", "annotator_quotes", "annotator_events", "annotator_boilerplate", "annotator_paragraphs"} <= set(
        nlp.pipe_names
    )
    assert nlp.meta["name"] == "tiny" and nlp.meta["version"] == "1"
    assert main(["--db", str(trained), "models"]) == 0
    assert "tiny@1" in capsys.readouterr().out


def test_suggest_with_it_goes_to_its_own_layer_and_leaves_started_documents(trained: Path, capsys) -> None:
    assert main(["--db", str(trained), "suggest", "--model", "tiny"]) == 0
    out = capsys.readouterr().out
    assert "leaving out 5 started" in out and "suggestions:tiny@1" in out
    store = open_store(trained)
    assert store.units("fresh", "suggestions:tiny@1")
    assert not store.units("000_892106252d58e135", "suggestions:tiny@1")
    desk = Desk(store, "ed")
    state = desk.load("fresh")
    assert state.suggestions_layer == "suggestions:tiny@1"  # the trained model's suggestions open in the desk
    people = [v for v in state.views if v.kind == "entity"]
    assert people and people[0].suggestion.provenance["model"] == "tiny"
    desk.reject(people[0])
    store.close()
    assert main(["--db", str(trained), "errors", "--model", "tiny", "--format", "jsonl"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [x["outcome"] for x in lines] == ["rejected"] and lines[0]["model"] == "suggestions:tiny@1"


def test_furniture_is_missing_not_outside() -> None:
    text = "Putin spoke in Moscow.\nPhoto: John Smith/AFP\nHe left."
    doc = data.TrainDoc("d", text, [(0, 5, "PERSON"), (15, 21, "GPE")], [(23, 44)])
    sdoc = data.to_spacy_doc(doc)
    iob = {t.text: t.ent_iob_ for t in sdoc}
    assert iob["Putin"] == "B" and iob["spoke"] == "O"
    assert iob["John"] == "" and iob["Smith"] == ""  # unknown: the model is not taught it is no name
    assert [(e.text, e.label_) for e in sdoc.ents] == [("Putin", "PERSON"), ("Moscow", "GPE")]


def test_a_layer_without_finished_documents_is_refused(tmp_path: Path, capsys) -> None:
    db = tmp_path / "c.db"
    store = open_store(db)
    load_sample(store)
    store.close()
    assert main(["--db", str(db), "train", "--layer", "gold", "--max-steps", "2"]) != 0
    err = capsys.readouterr().err
    assert "error: 0 finished document(s)" in err and "training" not in err
