"""A large import commits in short pieces, yet users see the file whole or not at all.

One transaction per file held the write lock for the whole file (30 s and more), and a desk
waiting for it froze. Pieces are committed under an import id and stay hidden from every
reader until the final short commit (store/staging.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.core.errors import InputError
from annotator.core.models import Document
from annotator.importers import writer
from annotator.importers.context import ImportContext
from annotator.importers.rejects import Rejects
from annotator.importers.report import Report
from annotator.importers.run import import_paths
from annotator.store import SqliteStore, open_store

DOCS = 300
BATCH = 50
SEED = "The seed article was imported first, before the big file arrived."


def _record(i: int, text: str | None = None) -> str:
    text = text or f"Putin met Trump in article number {i} of the big file."
    return json.dumps(
        {
            "id": f"k{i}",
            "text": text,
            "status": "done",
            "entities": [{"start": 0, "end": 5, "text": text[:5], "label": "PERSON"}],
        }
    )


def _file(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _import(store: SqliteStore, path: Path, tmp_path: Path, advance=lambda n: None) -> Report:
    ctx = ImportContext(schema=store.schema(), annotator="k")
    return import_paths(store, [path], ctx, Rejects(tmp_path / "rejects.jsonl"), Report(), advance)


def _raw_documents(store: SqliteStore) -> int:
    return store.conn.execute("SELECT count(*) FROM documents").fetchone()[0]


def _seeded(db_path: Path, tmp_path: Path) -> SqliteStore:
    store = open_store(db_path)
    _import(store, _file(tmp_path / "seed.jsonl", [json.dumps({"id": "seed", "text": SEED})]), tmp_path)
    return store


def test_pieces_commit_and_stay_hidden_until_the_import_completes(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(writer, "BATCH_DOCS", BATCH)
    store = _seeded(db_path, tmp_path)
    # The last line annotates the seed article (same text): that must appear with the rest.
    big = _file(tmp_path / "big.jsonl", [_record(i) for i in range(DOCS)] + [_record(DOCS, SEED)])
    seen: dict[str, object] = {}
    lines = 0

    def midway(_: int) -> None:
        nonlocal lines
        lines += 1
        if lines != DOCS - 10:
            return
        other = open_store(db_path)  # another process's view, while the import is running
        try:
            seen["stored"] = _raw_documents(other)
            seen["count"] = other.count_documents()
            seen["queue"] = [r.id for r in other.queue("k", limit=1000)]
            seen["documents"] = [d.id for d in other.documents()]
            seen["missing"] = list(other.docs_missing_layer("suggestions:m@1"))
            seen["export"] = [d.id for d in other.iter_layer_export(["annotator:k"])]
            seen["stream"] = [d for d, _, _ in other.stream_layers(["annotator:k"])]
            seen["counts"] = other.status_counts("k")
            seen["seed_units"] = len(other.units("seed", "annotator:k"))
            with other.patience(0):  # the lock is free between pieces: a desk's write goes through at once
                other.set_status("seed", "desk", "in_progress")
        finally:
            other.close()

    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    report = _import(store, big, tmp_path, midway)
    store.conn.set_trace_callback(None)

    assert seen["stored"] > 1 + BATCH  # pieces were committed...
    assert seen["count"] == 1  # ...and none of them was visible
    for listing in ("queue", "documents", "missing", "export", "stream"):
        assert seen[listing] == ["seed"], listing
    assert seen["counts"] == {} and seen["seed_units"] == 0
    assert report.imported == DOCS and report.duplicates == 1
    assert store.count_documents() == DOCS + 1
    assert store.status_counts("k") == {"k": {"done": DOCS + 1}}
    assert len(store.units("seed", "annotator:k")) == 1
    assert store.state("seed", "desk").status == "in_progress"
    # No transaction wrote more than one batch (one unit per document here; the trace
    # repeats a document's INSERT for its full-text trigger, a unit's once per row).
    per_tx, biggest = 0, 0
    for sql in statements:
        if sql.startswith("BEGIN"):
            per_tx = 0
        elif sql.startswith("INSERT INTO units("):
            per_tx += 1
            biggest = max(biggest, per_tx)
    assert biggest <= BATCH
    assert store.longest_write_s > 0
    store.close()


def test_a_bad_line_after_committed_pieces_leaves_nothing(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(writer, "BATCH_DOCS", BATCH)
    store = _seeded(db_path, tmp_path)
    counts = store.status_counts()
    bad = _file(tmp_path / "bad.jsonl", [_record(i) for i in range(DOCS)] + ['{"id": "oops", "text": 5}'])
    with pytest.raises(InputError) as caught:
        _import(store, bad, tmp_path)
    assert f"{bad}:{DOCS + 1}:" in str(caught.value)
    assert _raw_documents(store) == 1  # the committed pieces are gone, not just hidden
    assert store.conn.execute("SELECT count(*) FROM units").fetchone()[0] == 0
    assert store.conn.execute("SELECT count(*) FROM imports WHERE done_at IS NULL").fetchone()[0] == 0
    assert store.status_counts() == counts
    hits = store.conn.execute("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'Putin'").fetchone()[0]
    assert hits == 0
    store.close()


def test_duplicates_are_found_across_pieces_and_in_an_unfinished_import(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(writer, "BATCH_DOCS", BATCH)
    store = _seeded(db_path, tmp_path)
    # Line 200 repeats the text of line 10, committed in an earlier piece under another id.
    lines = [_record(i) for i in range(DOCS)]
    lines[200] = json.dumps({"id": "again", "text": f"Putin met Trump in article number {10} of the big file."})
    report = _import(store, _file(tmp_path / "dup.jsonl", lines), tmp_path)
    assert report.imported == DOCS - 1 and report.duplicates == 1
    # A text held by another import still running counts as a duplicate, and shows once.
    other = open_store(db_path)
    running = other.begin_import()
    other.insert_documents([Document(id="pending", text="A text another import is still writing.")])
    report = _import(
        store, _file(tmp_path / "p.jsonl", [json.dumps({"text": "A text another import is still writing."})]), tmp_path
    )
    assert report.imported == 0 and report.duplicates == 1
    assert "pending" not in [r.id for r in store.queue("k", limit=1000)]
    other.complete_import(running)
    assert store.queue("k", limit=1000)[-1].id == "pending"
    other.close()
    store.close()


def test_an_import_whose_process_is_gone_is_removed_at_the_next_open(db_path: Path, tmp_path: Path) -> None:
    store = _seeded(db_path, tmp_path)
    import_id = store.begin_import()
    store.insert_documents([Document(id="orphan", text="Written by an import that was killed.")])
    store.import_statuses("k", [("orphan", "done")], counted=False)
    with store.transaction():  # as if its process had died: a pid nobody has
        store.conn.execute("UPDATE imports SET pid = 2147483647 WHERE id = ?", (import_id,))
    counts = store.status_counts()
    store.close()
    again = open_store(db_path)
    assert not again.has_document("orphan") and again.count_documents() == 1
    assert again.status_counts() == counts
    assert again.conn.execute("SELECT count(*) FROM imports WHERE id = ?", (import_id,)).fetchone()[0] == 0
    again.close()


def test_two_processes_importing_the_same_file_store_each_text_once(db_path: Path, tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    open_store(db_path).close()
    big = _file(tmp_path / "same.jsonl", [_record(i) for i in range(1500)])
    env = {**os.environ, "ANNOTATOR_SETTINGS": str(tmp_path / "settings.json")}
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "annotator", "--db", str(db_path), "import", str(big), "--annotator", "k"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    assert "Traceback" not in "".join(err for _, err in outs)
    store = open_store(db_path)
    assert store.count_documents() == 1500 == _raw_documents(store)
    assert store.conn.execute("SELECT count(*) FROM units").fetchone()[0] == 1500  # each text annotated once
    assert store.status_counts("k") == {"k": {"done": 1500}}
    store.close()
