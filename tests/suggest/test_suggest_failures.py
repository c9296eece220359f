"""One bad document never stops `suggest`: it is recorded and skipped, the run goes on, the
next run tries it once more, then it waits for --redo; `docs --failed` lists it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from bomb_pipeline import BOMB, bomb_pipeline

from annotator.cli import main
from annotator.config import Settings
from annotator.core.models import Document
from annotator.store import SqliteStore, open_store
from annotator.suggest.runner import MAX_ATTEMPTS, layer_name, run_suggest

GOOD = "Maria Zakharova spoke in Moscow on Friday.\n\nShe said nothing new."
DOCS = [Document(id=f"d{i}", text=GOOD + f" Copy {i}.") for i in range(7)]
BAD = Document(id="bad", text=f"Maria Zakharova spoke in Moscow. {BOMB}")


@pytest.fixture(scope="module")
def nlp() -> Any:
    return bomb_pipeline()


@pytest.fixture
def store(file_store: SqliteStore) -> SqliteStore:
    file_store.insert_documents([*DOCS[:3], BAD, *DOCS[3:]])
    return file_store


def settings() -> Settings:
    return Settings(model="blank_test")


def done_ids(store: SqliteStore, layer: str) -> set[str]:
    return {d.id for d in store.documents()} - set(store.docs_missing_layer(layer))


@pytest.mark.parametrize("n_process", [0, 1, 2])
def test_a_bad_document_is_recorded_and_the_run_goes_on(store: SqliteStore, nlp: Any, n_process: int) -> None:
    report = run_suggest(store, settings(), nlp=nlp, batch_size=3, n_process=n_process)
    layer = layer_name("blank_test", nlp)
    assert report.documents == 7 and report.failed == 1 and not report.interrupted
    assert done_ids(store, layer) == {d.id for d in DOCS}
    assert all(store.units(d.id, layer) for d in DOCS)
    assert store.units("bad", layer) == []
    [failure] = store.suggest_failures()
    assert (failure.doc_id, failure.model, failure.attempts, failure.layer) == ("bad", "blank_test", 1, layer)
    assert failure.error.startswith("ValueError: the test component cannot handle this")
    assert "\x1b" not in failure.error and "\\x1b" in failure.error  # made safe where it is recorded
    assert failure.failed_at
    assert "1 document failed" in report.summary() and "annotator docs --failed" in report.summary()


def test_next_run_retries_once_then_leaves_it_until_redo(store: SqliteStore, nlp: Any) -> None:
    run_suggest(store, settings(), nlp=nlp)
    second = run_suggest(store, settings(), nlp=nlp)
    assert (second.documents, second.failed) == (0, 1)
    assert store.suggest_failures()[0].attempts == MAX_ATTEMPTS
    third = run_suggest(store, settings(), nlp=nlp)
    assert (third.documents, third.failed, third.left) == (0, 0, 1)
    assert "left out after failing 2 runs" in third.failures()
    redo = run_suggest(store, settings(), ["bad"], nlp=nlp, redo=True)
    assert redo.failed == 1 and store.suggest_failures()[0].attempts == MAX_ATTEMPTS + 1


def test_a_document_that_goes_through_later_loses_its_failure(store: SqliteStore, nlp: Any) -> None:
    run_suggest(store, settings(), nlp=nlp)
    assert [r.suggest_failed for r in store.queue("ann") if r.id == "bad"] == [True]
    fixed = bomb_pipeline(bomb=False)
    report = run_suggest(store, settings(), nlp=fixed)
    assert (report.documents, report.failed) == (1, 0)
    assert store.suggest_failures() == []
    assert not any(r.suggest_failed for r in store.queue("ann"))


def test_a_failure_after_the_pipeline_is_recorded_too(
    store: SqliteStore, nlp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import annotator.suggest.units as units

    real = units.rows_from_doc

    def flaky(doc: Any, doc_id: str, *args: Any) -> Any:
        if doc_id == "d1":
            raise KeyError("no such label")
        return real(doc, doc_id, *args)

    monkeypatch.setattr(units, "rows_from_doc", flaky)
    report = run_suggest(store, settings(), nlp=bomb_pipeline(bomb=False))
    assert report.failed == 1 and report.documents == 7
    assert [(f.doc_id, f.error) for f in store.suggest_failures()] == [("d1", "KeyError: 'no such label'")]


def test_cli_suggest_summary_and_docs_failed(
    db_path: Path, nlp: Any, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(db_path)
    store.insert_documents([DOCS[0], BAD])
    store.close()
    import annotator.suggest.pipeline as pipeline

    monkeypatch.setattr(pipeline, "load_pipeline", lambda name, **kw: nlp)
    assert main(["--db", str(db_path), "--model", "blank_test", "suggest"]) == 0
    out = capsys.readouterr().out
    assert "suggested 1 document" in out and "1 document failed" in out and "annotator docs --failed" in out
    assert main(["--db", str(db_path), "docs", "--failed"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["#", "id", "model", "tries", "last", "failed", "error"]
    assert lines[1].split()[:4] == ["2", "bad", "blank_test@0.0.0", "1"]
    assert "ValueError: the test component cannot handle this \\x1b]52;c;SGk=\\x07 text" in lines[1]
    assert main(["--db", str(db_path), "docs", "--failed", "--json"]) == 0
    row = json.loads(capsys.readouterr().out)
    assert (row["id"], row["attempts"], row["model"]) == ("bad", 1, "blank_test")
    assert main(["--db", str(db_path), "docs"]) == 0
    assert "failed" in [line for line in capsys.readouterr().out.splitlines() if " bad " in line][0]
    assert main(["--db", str(db_path), "docs", "--failed", "--search", "x"]) == 2
    assert "does not combine" in capsys.readouterr().err


def test_import_suggest_goes_on_past_a_bad_document(
    tmp_path: Path, nlp: Any, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    import annotator.suggest.pipeline as pipeline

    monkeypatch.setattr(pipeline, "load_pipeline", lambda name, **kw: nlp)
    data = tmp_path / "in.jsonl"
    data.write_text("\n".join(json.dumps({"id": d.id, "text": d.text}) for d in [BAD, *DOCS[:2]]) + "\n")
    db = tmp_path / "c.db"
    assert main(["--db", str(db), "--model", "blank_test", "import", str(data), "--suggest"]) == 0
    assert "1 document failed" in capsys.readouterr().out
    store = open_store(db)
    try:
        layer = layer_name("blank_test", nlp)
        assert done_ids(store, layer) == {"d0", "d1"}
        assert [f.doc_id for f in store.suggest_failures()] == ["bad"]
    finally:
        store.close()


def test_evaluate_names_a_gold_document_the_pipeline_fails_on(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import annotator.suggest.pipeline as pipeline
    from annotator.errors import UserError
    from annotator.suggest.evaluate import GoldDoc
    from annotator.suggest.scoring_run import evaluate_gold

    monkeypatch.setattr(pipeline, "load_pipeline", lambda name, **kw: nlp)
    gold = [GoldDoc(id="ok"), GoldDoc(id="bad")]
    with pytest.raises(UserError, match="document bad: the pipeline failed on it"):
        evaluate_gold(gold, {"ok": GOOD, "bad": BAD.text}, "blank_test", "gold.jsonl")
    scores = evaluate_gold(gold[:1], {"ok": GOOD}, "blank_test", "gold.jsonl")
    assert scores is not None
