"""The registry of export formats: the CLI's choices, help and default names all come from it."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.cli import build_parser, main
from annotator.export import formats
from annotator.export.common import default_output
from annotator.export.formats import ExportFormat
from annotator.store import SqliteStore


@pytest.fixture
def tsv_registered(monkeypatch: pytest.MonkeyPatch) -> ExportFormat:
    """A new format is one line: here it reuses the CoNLL writer under another name."""
    form = ExportFormat("tsvtest", "annotator.export.conll", ".tsv", "a format added by one registry line")
    monkeypatch.setitem(formats.FORMATS, form.name, form)
    return form


def test_one_registry_line_adds_a_format_to_the_cli(
    tsv_registered: ExportFormat, gold_store: SqliteStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    help_text = build_parser()._subparsers._group_actions[0].choices["export"].format_help()  # type: ignore[union-attr]
    assert "tsvtest" in help_text and "a format added by one registry line" in help_text
    assert default_output(tmp_path, "tsvtest", "gold").suffix == ".tsv"
    out = tmp_path / "g.tsv"
    assert main(["export", "--db", str(gold_store.path), "-f", "tsvtest", "-o", str(out)]) == 0
    assert "-DOCSTART-" in out.read_text("utf-8")


def test_every_registered_format_is_a_choice_with_its_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    shown = capsys.readouterr().out
    for form in formats.FORMATS.values():
        assert f"  {form.name}" in shown and form.help[:40] in shown
        assert hasattr(form.writer(), "write")


def test_an_unknown_format_names_the_known_ones() -> None:
    from annotator.core.errors import UserError

    with pytest.raises(UserError, match="unknown export format 'xml' .one of jsonl, prodigy"):
        formats.get_format("xml")
