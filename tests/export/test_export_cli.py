"""`annotator export` from the command line: default names, summary, errors without traceback."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from annotator.cli import main
from annotator.store import SqliteStore


def test_export_writes_under_exports_with_a_telling_name(
    gold_store: SqliteStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    db = gold_store.path
    assert main(["--db", str(db), "export", "--format", "jsonl", "--layer", "annotator:alice", "--status", "done"]) == 0
    (out,) = (tmp_path / "exports").iterdir()
    assert out.name.startswith("annotator-alice-jsonl-") and out.suffix == ".jsonl"
    assert [orjson.loads(line)["id"] for line in out.read_bytes().splitlines()] == ["tricky/1"]
    printed = capsys.readouterr().out
    assert "1 records from 1 documents: 2 entities" in printed
    assert "left out: 1 rejected units" in printed and f"written to {out.relative_to(tmp_path)}" in printed


def test_every_format_from_the_command_line(gold_store: SqliteStore, tmp_path: Path) -> None:
    db = str(gold_store.path)
    for fmt, name in (("prodigy", "prodigy"), ("spacy", "g.spacy"), ("brat", "brat"), ("conll", "g.conll")):
        assert main(["export", "--db", db, "-f", fmt, "-o", str(tmp_path / name)]) == 0
    assert (tmp_path / "brat" / "annotation.conf").exists()
    assert len((tmp_path / "prodigy" / "entities.jsonl").read_bytes().splitlines()) == 3
    assert (tmp_path / "g.conll").read_text("utf-8").count("-DOCSTART-") == 3


def test_mistakes_are_reported_without_traceback(
    gold_store: SqliteStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(gold_store.path)
    out = tmp_path / "g.jsonl"
    out.write_text("old")
    assert main(["export", "--db", db, "-o", str(out)]) == 2
    assert f"error: {out}: already exists (use --force to replace it)" in capsys.readouterr().err
    assert main(["export", "--db", db, "-o", str(tmp_path / "x.jsonl"), "--layer", "annotator:"]) == 2
    assert "error: unknown layer 'annotator:'" in capsys.readouterr().err
    assert main(["export", "--db", str(tmp_path / "none.db"), "-o", str(tmp_path / "y.jsonl")]) == 2
    assert "no such database" in capsys.readouterr().err
    assert not (tmp_path / "x.jsonl").exists() and not (tmp_path / "y.jsonl").exists()


def test_format_options_from_the_command_line(gold_store: SqliteStore, tmp_path: Path) -> None:
    db = str(gold_store.path)
    assert main(["export", "--db", db, "-f", "conll", "--no-docstart", "-o", str(tmp_path / "g.conll")]) == 0
    assert "-DOCSTART-" not in (tmp_path / "g.conll").read_text("utf-8")


def test_gold_leaves_out_what_nobody_adjudicated_and_the_summary_says_why(
    gold_store: SqliteStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from annotator.core.models import Document, Entity, Unit

    gold_store.insert_documents([Document(id="solo", text="Angela Merkel spoke in Berlin.")])
    gold_store.add_units("annotator:bob", [Unit(doc_id="solo", body=Entity(start=0, end=13, label="PERSON"))])
    gold_store.set_status("solo", "bob", "in_progress")
    out = tmp_path / "gold.jsonl"
    assert main(["--db", str(gold_store.path), "export", "-o", str(out)]) == 0
    ids = [orjson.loads(line)["id"] for line in out.read_bytes().splitlines()]
    assert "solo" not in ids and len(ids) == 3  # the three adjudicated documents only
    printed = capsys.readouterr().out
    assert "left out: 1 documents with one annotator that no adjudicator settled" in printed


def test_status_help_says_it_means_the_same_for_every_layer(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "the same rule for every layer" in text and "gold: adjudicated and every annotator" in text


def test_min_annotators_below_one_is_a_mistake(
    gold_store: SqliteStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(gold_store.path), "export", "--min-annotators", "0", "-o", str(tmp_path / "x")]) != 0
    assert "--min-annotators 0: must be 1 or more" in capsys.readouterr().err
