"""The backend fixtures of the tests that run on both stores (tests/store, tests/desk).

`file_store` and `mem_store` are a SQLite file (or memory) and then a fresh PostgreSQL
database, test ids `[sqlite]` and `[postgres]` (so `-k postgres` selects the PostgreSQL
runs); `store_target` is where the store lives, for a test that reopens it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from annotator.store import open_store


@pytest.fixture(params=["sqlite", "postgres"])
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def store_target(backend: str, request: pytest.FixtureRequest, db_path: Path) -> str | Path:
    """The SQLite file, or a new PostgreSQL database's URL (started on first use: `pg_url`)."""
    return request.getfixturevalue("pg_url") if backend == "postgres" else db_path


@pytest.fixture
def file_store(store_target: str | Path) -> Iterator[Any]:
    store = open_store(store_target)
    yield store
    store.close()


@pytest.fixture
def mem_store(backend: str, request: pytest.FixtureRequest) -> Iterator[Any]:
    """In memory on SQLite; PostgreSQL has no such thing, so a new database, dropped after."""
    store = open_store(request.getfixturevalue("pg_url") if backend == "postgres" else None)
    yield store
    store.close()
