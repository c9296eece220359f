"""The store tests run on both backends (`tests/backends.py`).

Modules about one engine's own machinery (SQLite's files, pragmas, query plans, file
migrations; PostgreSQL's schema) stay on it: their other runs are deselected, not skipped.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from backends import backend, file_store, mem_store, store_target  # noqa: F401 (every store test on both)

SQLITE_ONLY = {
    "test_store_broken_files.py",
    "test_store_datasette.py",
    "test_store_durability.py",
    "test_store_migration_ace.py",
    "test_store_migrations.py",
    "test_store_open.py",
    "test_store_query_plans.py",
    "test_store_write_errors.py",
    "test_store_write_paths.py",
}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    keep, drop = [], []
    for item in items:
        one_engine = item.path.name in SQLITE_ONLY and item.path.parent == Path(__file__).parent
        (drop if one_engine and "[postgres" in item.nodeid else keep).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep
