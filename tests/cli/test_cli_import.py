"""`annotator import` as a command: help, summary, exit codes, and --suggest handing over the new documents."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import cli

import annotator.suggest


def test_import_summary_and_suggest_gets_only_new_documents(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[str, list[str]]] = []

    class Report:
        def summary(self) -> str:
            return "suggested 2 documents"

    def fake_run_suggest(store: object, settings: object, doc_ids: list[str], **kwargs: object) -> Report:
        calls.append((settings.model, list(doc_ids)))
        kwargs["progress"](len(doc_ids))
        return Report()

    monkeypatch.setattr(annotator.suggest, "run_suggest", fake_run_suggest)
    (tmp_path / "a.jsonl").write_text('{"id": "x", "text": "one"}\n{"id": "y", "text": "two"}\n', "utf-8")
    code, out, _ = cli(capsys, db_path, "import", str(tmp_path / "a.jsonl"), "--suggest", "--model", "my_model")
    assert code == 0
    assert out.splitlines() == ["1 file: 2 imported, 0 duplicates skipped, 0 rejected", "suggested 2 documents"]
    assert calls == [("my_model", ["x", "y"])]
    code, out, _ = cli(capsys, db_path, "import", str(tmp_path / "a.jsonl"), "--suggest")
    assert code == 0 and len(calls) == 1  # nothing new, nothing to suggest


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
