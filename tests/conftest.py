"""Shared fixtures: stores on a temporary file or in memory, settings isolated from the user's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.core.models import Document
from annotator.store import SqliteStore, open_store

SAMPLE_DIR = Path(__file__).resolve().parents[1] / "annotator" / "data" / "sample"


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never read or write the developer's own settings file."""
    monkeypatch.setenv("ANNOTATOR_SETTINGS", str(tmp_path_factory.mktemp("settings") / "settings.json"))


@pytest.fixture
def mem_store() -> Iterator[SqliteStore]:
    store = open_store(None)
    yield store
    store.close()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "corpus.db"


@pytest.fixture
def file_store(db_path: Path) -> Iterator[SqliteStore]:
    store = open_store(db_path)
    yield store
    store.close()


def sample_documents() -> list[Document]:
    """The bundled sample articles, read the way the first run reads them (first line = title)."""
    from annotator.importers.text_files import read_text_file

    return [read_text_file(p) for p in sorted(SAMPLE_DIR.glob("*.txt"))]


@pytest.fixture
def sample_store(file_store: SqliteStore) -> SqliteStore:
    file_store.insert_documents(sample_documents())
    return file_store
