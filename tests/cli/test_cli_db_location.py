"""Where the corpus is: --db, the ANNOTATOR_DB variable, a file or a PostgreSQL URL."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.cli import main
from annotator.store import open_store
from annotator.store.location import beside, database_name, exists, is_server, shown


def test_urls_and_paths() -> None:
    url = "postgresql://ann:s3cret@db.example:5432/news"
    assert is_server(url) and is_server("postgres://x@/y") and not is_server("corpus.db")
    assert "s3cret" not in shown(url) and shown(url) == "postgresql://ann:***@db.example:5432/news"
    assert database_name(url) == "news"
    assert database_name("postgresql://postgres@/?host=/tmp/s&dbname=team") == "team"
    assert beside(url, ".rejects") == Path("news.rejects")
    assert beside("data/corpus.db", ".rejects") == Path("data/corpus.rejects")
    assert exists(url) and not exists("no/such/file.db")


def test_annotator_db_variable_names_the_corpus_and_db_overrides_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    env_db, arg_db = tmp_path / "env.db", tmp_path / "arg.db"
    for path, n in ((env_db, 3), (arg_db, 1)):
        store = open_store(path)
        from annotator.core.models import Document

        store.insert_documents([Document(id=f"{path.stem}{i}", text=f"{path.stem} text {i}") for i in range(n)])
        store.close()
    monkeypatch.setenv("ANNOTATOR_DB", str(env_db))
    assert main(["stats", "--json", "--no-agreement"]) == 0
    assert '"total": 3' in capsys.readouterr().out
    assert main(["--db", str(arg_db), "stats", "--json", "--no-agreement"]) == 0
    assert '"total": 1' in capsys.readouterr().out


def test_unreachable_server_is_one_line_without_the_password(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    pytest.importorskip("psycopg")
    url = f"postgresql://ann:s3cret@/nodb?host={tmp_path}"  # no server listens there
    code = main(["--db", url, "stats", "--no-agreement"])
    err = capsys.readouterr().err
    assert code != 0 and "Traceback" not in err
    assert "s3cret" not in err and "nodb" in err


def test_a_postgres_store_names_itself_without_the_password(pg_url: str) -> None:
    with_password = pg_url.replace("postgres@", "postgres:s3cret@", 1)  # trust auth ignores it
    store = open_store(with_password)
    try:
        assert "s3cret" not in str(store.path)
        again = store.reopen()  # the password is kept to connect again
        again.close()
    finally:
        store.close()
