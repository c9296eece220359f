"""An archive-sized import holds no per-document state beyond the batch it has not flushed.

The writer kept the id of every document the file created, for the whole file (a million
ids at archive size); now it asks the store (`in_current_import`) about flushed ones. A
later record of a document the same file created, flushed batches ago, must still count
as this file's: its status is counted once, when the import completes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.importers import writer
from annotator.importers.context import ImportContext
from annotator.importers.rejects import Rejects
from annotator.importers.report import Report
from annotator.importers.run import import_paths
from annotator.store import SqliteStore, open_store


def _import(store: SqliteStore, path: Path, tmp_path: Path, annotator: str | None = "k") -> Report:
    ctx = ImportContext(schema=store.schema(), annotator=annotator)
    return import_paths(store, [path], ctx, Rejects(tmp_path / "rejects.jsonl"), Report())


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(writer, "BATCH_DOCS", 10)
    monkeypatch.setattr(writer, "FIRST_SHARE", 1.0)
    monkeypatch.setattr(writer, "PIECE_S", 1e6)  # never shrink the batch below 10


def test_writer_keeps_no_ids_of_flushed_batches(tmp_path: Path, small_batches: None) -> None:
    path = tmp_path / "many.jsonl"
    path.write_text("".join(json.dumps({"id": f"m{i}", "text": f"Article {i} of many."}) + "\n" for i in range(505)))
    store = open_store(tmp_path / "c.db")
    seen: list[int] = []
    flush = writer.Writer.flush

    def watched(self: writer.Writer) -> None:
        flush(self)
        seen.append(len(self._mine) + len(self._ids) + len(self._hashes))

    writer.Writer.flush = watched  # type: ignore[method-assign]
    try:
        report = _import(store, path, tmp_path, annotator=None)
    finally:
        writer.Writer.flush = flush  # type: ignore[method-assign]
    assert report.imported == 505 and store.count_documents() == 505
    assert len(seen) > 40 and max(seen) == 0


def test_a_later_record_of_a_document_this_file_created_counts_once(tmp_path: Path, small_batches: None) -> None:
    text = "Putin met Trump in the article that comes back at the end of the file."
    lines = [json.dumps({"id": "first", "text": text})]
    lines += [json.dumps({"id": f"f{i}", "text": f"Filler article {i}."}) for i in range(40)]  # several flushes
    lines.append(
        json.dumps(
            {
                "id": "first",
                "text": text,
                "status": "done",
                "entities": [{"start": 0, "end": 5, "text": "Putin", "label": "PERSON"}],
            }
        )
    )
    path = tmp_path / "back.jsonl"
    path.write_text("\n".join(lines) + "\n")
    store = open_store(tmp_path / "c.db")
    report = _import(store, path, tmp_path)
    assert report.imported == 41 and report.duplicates == 1
    assert store.status_counts("k") == {"k": {"done": 1}}
    assert [u.body.label for u in store.units("first", "annotator:k")] == ["PERSON"]
    assert store.state("first", "k").status == "done"
    assert not store.in_current_import("first")  # the import is over
