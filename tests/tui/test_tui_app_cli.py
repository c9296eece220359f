"""The command line opens the desk: `annotator` and `annotator open`, first run and --annotator."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.cli import main
from annotator.config import Settings
from annotator.store import open_store
from annotator.tui.app import AnnotatorApp


@pytest.fixture
def ran(monkeypatch: pytest.MonkeyPatch) -> list[AnnotatorApp]:
    """Record the app the CLI would run instead of taking over the terminal."""
    apps: list[AnnotatorApp] = []
    monkeypatch.setattr(AnnotatorApp, "run", lambda self, *a, **k: apps.append(self))
    return apps


def test_no_command_creates_the_corpus_and_remembers_the_name(tmp_path: Path, ran: list[AnnotatorApp]) -> None:
    db = tmp_path / "corpus.db"
    assert main(["--db", str(db), "--annotator", "bob"]) == 0
    [app] = ran
    assert app.annotator == "bob" and app._load_model is True
    store = open_store(db)
    assert store.count_documents() == 5
    store.close()
    remembered = Settings.load()
    assert remembered.annotator == "bob"
    assert remembered.db != str(db)  # only the name is remembered, not this run's --db


def test_open_subcommand_without_model(tmp_path: Path, ran: list[AnnotatorApp]) -> None:
    assert main(["open", "--db", str(tmp_path / "c.db"), "--annotator", "eve", "--no-model"]) == 0
    [app] = ran
    assert app.annotator == "eve" and app._load_model is False


def test_a_newer_database_is_a_user_error(tmp_path: Path, ran: list[AnnotatorApp], capsys) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "c.db"
    open_store(db).close()
    import sqlite3

    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    assert main(["--db", str(db), "--annotator", "bob"]) != 0
    assert ran == []
    assert "error:" in capsys.readouterr().err
