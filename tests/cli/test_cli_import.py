"""`annotator import` as a command: help, summary, exit codes, and --suggest handing over the new documents."""

from __future__ import annotations

from pathlib import Path

import pytest
from bomb_pipeline import bomb_pipeline
from cli_helpers import cli


def test_import_suggest_streams_each_file_into_the_workers(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each file's new documents go to the workers as soon as the file is in (not in a
    second pass), under the model named; an import with nothing new loads no model."""
    import annotator.importers.run as run
    import annotator.suggest.pipeline as pipeline
    from annotator.suggest.runner import Session

    loaded: list[str] = []
    events: list[tuple[str, object]] = []
    nlp = bomb_pipeline(bomb=False)
    monkeypatch.setattr(pipeline, "load_pipeline", lambda name, **kw: loaded.append(name) or nlp)
    real_import_file, real_feed = run.import_file, Session.feed

    def import_file(store: object, writer: object, path: Path, *args: object) -> object:
        events.append(("file", path.name))
        return real_import_file(store, writer, path, *args)

    def feed(self: Session, docs: object) -> None:
        pairs = list(docs)  # type: ignore[call-overload]
        events.append(("feed", [doc_id for doc_id, _ in pairs]))
        real_feed(self, pairs)

    monkeypatch.setattr(run, "import_file", import_file)
    monkeypatch.setattr(Session, "feed", feed)
    (tmp_path / "a.jsonl").write_text('{"id": "x", "text": "Maria Zakharova spoke."}\n{"id": "y", "text": "two"}\n')
    (tmp_path / "b.jsonl").write_text('{"id": "z", "text": "Moscow, on Friday."}\n')
    files = [str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl")]
    code, out, _ = cli(capsys, db_path, "import", *files, "--suggest", "--model", "my_model", "--n-process", "1")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "2 files: 3 imported, 0 duplicates skipped, 0 rejected"
    assert lines[1].startswith("suggested 3 documents, 2 suggestions") and "my_model" in lines[1]
    assert loaded == ["my_model"]
    assert done_ids(db_path) == ["x", "y", "z"]
    assert events == [("file", "a.jsonl"), ("feed", ["x", "y"]), ("file", "b.jsonl"), ("feed", ["z"])]
    code, out, _ = cli(capsys, db_path, "import", files[0], "--suggest", "--model", "my_model")
    assert code == 0 and loaded == ["my_model"] and "suggested" not in out  # nothing new, no model


def done_ids(db: Path) -> list[str]:
    import sqlite3

    with sqlite3.connect(db) as conn:
        try:
            return [r[0] for r in conn.execute("SELECT doc_id FROM layer_docs ORDER BY doc_id")]
        except sqlite3.OperationalError:
            return []


def test_import_help_describes_formats(capsys: pytest.CaptureFixture, db_path: Path) -> None:
    with pytest.raises(SystemExit) as info:
        cli(capsys, db_path, "import", "--help")
    assert info.value.code == 0
    out = capsys.readouterr().out
    for words in ("sidecar.json", "--text-column", "--skip-bad", "Prodigy", "--annotator"):
        assert words in out


def test_empty_folder_is_a_clear_error(tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture) -> None:
    (tmp_path / "empty").mkdir()
    code, _, err = cli(capsys, db_path, "import", str(tmp_path / "empty"))
    assert code == 2 and "nothing to import" in err
