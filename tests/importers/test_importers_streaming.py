"""A big file is streamed: memory stays well under the file's size."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest

from annotator.importers import writer
from annotator.importers.context import ImportContext
from annotator.importers.rejects import Rejects
from annotator.importers.report import Report
from annotator.importers.run import import_paths
from annotator.store import SqliteStore


def test_big_jsonl_is_not_read_whole(tmp_path: Path, file_store: SqliteStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """Memory is bounded by the write batch (made small here), not by the file."""
    monkeypatch.setattr(writer, "BATCH_CHARS", 200_000)
    source = tmp_path / "big.jsonl"
    body = "word " * 500
    with source.open("w", encoding="utf-8") as out:
        for i in range(2000):
            out.write(json.dumps({"id": f"b{i}", "text": f"{i} {body}"}) + "\n")
    size = source.stat().st_size
    report = Report()
    tracemalloc.start()
    try:
        import_paths(file_store, [source], ImportContext(schema=file_store.schema()), Rejects(tmp_path / "r"), report)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert report.imported == 2000 and file_store.count_documents() == 2000
    assert size > 5_000_000
    assert peak < size / 5, f"peak {peak:,} bytes for a {size:,}-byte file"
