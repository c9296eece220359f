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


def test_no_command_creates_the_corpus_and_annotator_is_for_this_run_only(
    tmp_path: Path, ran: list[AnnotatorApp]
) -> None:
    db = tmp_path / "corpus.db"
    assert main(["--db", str(db), "--annotator", "bob"]) == 0
    [app] = ran
    assert app.annotator == "bob" and app._load_model is True
    store = open_store(db)
    assert store.count_documents() == 5
    store.close()
    remembered = Settings.load()
    assert remembered.annotator is None  # --annotator means this run on every command: never remembered
    assert remembered.db != str(db)


@pytest.mark.parametrize("argv", [["open"], ["review"], ["docs"], ["stats"], []])
def test_annotator_is_remembered_by_no_command(tmp_path: Path, ran: list[AnnotatorApp], argv: list[str]) -> None:
    db = tmp_path / "c.db"
    main(["--db", str(db), "--annotator", "ana"])  # creates the corpus
    Settings(annotator="kim").save()
    main([*argv, "--db", str(db), "--annotator", "ana"])  # some may refuse (a review needs two): the rule holds
    assert Settings.load().annotator == "kim"


def test_every_command_says_what_annotator_means(capsys: pytest.CaptureFixture[str]) -> None:
    from annotator.cli import COMMANDS, build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    for name, command in [("", parser), *sub.choices.items()]:
        [option] = [a for a in command._actions if "--annotator" in a.option_strings]
        assert "for this run only" in option.help, name
    assert COMMANDS


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
