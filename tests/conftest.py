"""Shared fixtures: stores on a temporary file or in memory, settings isolated from the user's."""

from __future__ import annotations

import itertools
import os
import tempfile
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
def file_store(store_target: str | Path) -> Iterator[SqliteStore]:
    store = open_store(store_target)
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


# -- PostgreSQL: one private cluster per session, one database per test --------------------


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """The URL of a PostgreSQL server the tests may create databases on.

    `ANNOTATOR_TEST_PG` names one (`.ci/run` starts it); without it a private cluster is
    started in a temporary folder for this session (about 1.2 s) and removed after. Without
    PostgreSQL's binaries or psycopg the PostgreSQL tests are skipped, saying why.
    """
    given = os.environ.get("ANNOTATOR_TEST_PG")
    if given:
        yield given
        return
    pytest.importorskip("psycopg", reason="psycopg 3 not installed (pip install -e '.[postgres]')")
    import pg_cluster

    if pg_cluster.bin_dir() is None:
        pytest.skip("PostgreSQL not installed (apt-get install postgresql, or set ANNOTATOR_TEST_PG)")
    folder = Path(tempfile.mkdtemp(prefix="annotator-pg-"))  # in /tmp: the server's user must reach it
    try:
        yield pg_cluster.start(folder)
    finally:
        pg_cluster.stop(folder)


@pytest.fixture(scope="session")
def pg_template(pg_server: str) -> Iterator[str]:
    """A database migrated once, which each test's database is copied from (CREATE DATABASE ... TEMPLATE:
    a file copy, ~0.1 s, where migrating each one took ~0.3 s); dropped at the end of the session."""
    from annotator.store.pg_conn import PgConnection
    from annotator.store.pg_migrations import migrate

    admin = PgConnection(pg_server)
    name = f"annotator_template_{os.getpid()}"
    admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
    admin.execute(f'CREATE DATABASE "{name}"')
    conn = PgConnection(_pg_database(pg_server, name))
    migrate(conn, name)
    conn.close()
    try:
        yield name
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


_pg_counter = itertools.count()


@pytest.fixture
def pg_url(pg_server: str, pg_template: str) -> Iterator[str]:
    """A fresh, migrated PostgreSQL database for this test, dropped after it."""
    from annotator.store.pg_conn import PgConnection

    name = f"t_{os.getpid()}_{next(_pg_counter)}"
    admin = PgConnection(pg_server)
    admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"')
    try:
        yield _pg_database(pg_server, name)
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


@pytest.fixture
def pg_empty_url(pg_server: str) -> Iterator[str]:
    """A new, empty PostgreSQL database (no schema yet), dropped after the test."""
    from annotator.store.pg_conn import PgConnection

    name = f"e_{os.getpid()}_{next(_pg_counter)}"
    admin = PgConnection(pg_server)
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield _pg_database(pg_server, name)
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


def _pg_database(server_url: str, name: str) -> str:
    """The server's URL with another database name in its path."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(server_url)
    return urlunsplit(parts._replace(path="/" + name))


@pytest.fixture
def store_target(db_path: Path) -> str | Path:
    """Where `file_store` lives (tests/store and tests/desk run it on PostgreSQL too)."""
    return db_path
