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
def pg_database(pg_server: str) -> Iterator[str]:
    """One database migrated once for the session; each test gets it emptied (`pg_url`)."""
    from annotator.store.pg_conn import PgConnection
    from annotator.store.pg_migrations import migrate

    admin = PgConnection(pg_server)
    name = f"annotator_tests_{os.getpid()}"
    admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.execute(f'CREATE DATABASE "{name}"')
    conn = PgConnection(_pg_database(pg_server, name))
    migrate(conn, name)
    conn.close()
    try:
        yield name
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


@pytest.fixture
def pg_url(pg_server: str, pg_database: str) -> str:
    """The session's PostgreSQL database, emptied for this test: every table truncated and every
    id sequence restarted (~20 ms, where a new database from a template took ~0.3 s).

    Connections a previous test left open are cut first, so none holds a lock TRUNCATE needs.
    """
    from annotator.store import LATEST
    from annotator.store.pg_conn import PgConnection

    url = _pg_database(pg_server, pg_database)
    conn = PgConnection(url)
    conn.execute(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()",
        (pg_database,),
    )
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'annotator_schema'"
        )
    ]
    conn.execute(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE")
    conn.execute("UPDATE annotator_schema SET version = ?", (LATEST,))  # a test may have changed it
    conn.close()
    return url


_pg_counter = itertools.count()


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
