"""Odd outputs and inputs on the command line: one clear line, exit 2, nothing half-written."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cli_helpers import cli

from annotator.store import open_store
from annotator.tui.factory import load_samples


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.db"
    store = open_store(path)
    load_samples(store)
    store.close()
    return path


def test_out_under_a_file_is_refused(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    (tmp_path / "afile").write_text("mine")
    for out in (tmp_path / "afile" / "x.jsonl", tmp_path / "afile" / "sub" / "x.jsonl"):
        code, _, err = cli(capsys, db, "export", "-o", str(out))
        assert code == 2 and f"error: {out}: cannot write there: {tmp_path / 'afile'} is a file, not a folder" in err
    assert (tmp_path / "afile").read_text() == "mine"


def test_a_folder_as_the_output_of_a_file_format_gets_the_file_inside(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "keep.txt").write_text("mine")
    code, out, _ = cli(capsys, db, "export", "-o", str(folder), "--force")
    assert code == 0
    written = [p for p in folder.iterdir() if p.name != "keep.txt"]
    assert [p.suffix for p in written] == [".jsonl"] and written[0].name.startswith("gold-jsonl-")
    assert f"written to {written[0]}" in out
    assert (folder / "keep.txt").read_text() == "mine"
    fresh = tmp_path / "fresh"  # not there yet: the trailing slash says "a folder"
    code, out, _ = cli(capsys, db, "export", "-f", "spacy", "-o", f"{fresh}/")
    assert code == 0 and fresh.is_dir() and [p.suffix for p in fresh.iterdir()] == [".spacy"]
    afile = tmp_path / "brat-out"
    afile.write_text("mine")
    code, _, err = cli(capsys, db, "export", "-f", "brat", "-o", str(afile), "--force")
    assert code == 2 and f"error: {afile}: is a file, and this format writes a folder" in err
    assert afile.read_text() == "mine"


def test_force_never_replaces_a_symlink_or_a_fifo(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    target = tmp_path / "precious.txt"
    target.write_text("mine")
    link = tmp_path / "link.jsonl"
    link.symlink_to(target)
    dangling = tmp_path / "dangling.jsonl"
    dangling.symlink_to(tmp_path / "nowhere")
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    for out, reason in ((link, "is a symbolic link"), (dangling, "is a symbolic link"), (fifo, "not a regular file")):
        code, _, err = cli(capsys, db, "export", "-o", str(out), "--force")
        assert code == 2 and f"error: {out}: {reason}" in err
    assert link.is_symlink() and dangling.is_symlink() and target.read_text() == "mine"
    assert fifo.is_fifo()


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_temp_files_of_killed_exports_are_cleaned_up(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    out_dir = tmp_path / "exports"
    out_dir.mkdir()
    dead = out_dir / f".gold.jsonl.{_dead_pid()}-0123abcd.tmp"
    dead.write_bytes(b"x" * 4096)
    dead_dir = out_dir / f".brat.{_dead_pid()}-4567abcd.tmp"
    dead_dir.mkdir()
    (dead_dir / "a.ann").write_text("T1")
    old_live = out_dir / f".other.jsonl.{os.getppid()}-89abcdef.tmp"  # a live pid, but two days old
    old_live.write_bytes(b"x")
    os.utime(old_live, (time.time() - 2 * 86400,) * 2)
    live = out_dir / f".running.jsonl.{os.getppid()}-fedcba98.tmp"  # another export, still writing
    live.write_bytes(b"x")
    mine = out_dir / "notes.tmp"
    mine.write_text("not ours")
    code, _, _ = cli(capsys, db, "export", "-o", str(out_dir / "gold.jsonl"))
    assert code == 0
    assert sorted(p.name for p in out_dir.iterdir()) == sorted(["gold.jsonl", live.name, "notes.tmp"])


def test_evaluate_on_a_binary_gold_file_names_file_and_line(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_bytes(b'{"id": "x"}\n' + bytes(range(128, 256)) * 8)
    code, _, err = cli(capsys, db, "evaluate", "--gold", str(gold))
    assert code == 2 and f"error: {gold}:2: not valid UTF-8 (byte 0x80)" in err


def test_evaluate_on_deeply_nested_gold_names_the_line(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "x", "text": "a"}\n' + "[" * 100_000 + "\n", "utf-8")
    code, _, err = cli(capsys, db, "evaluate", "--gold", str(gold))
    assert code == 2 and f"error: {gold}:2: not a gold document" in err


@pytest.mark.parametrize(
    ("text", "message"),
    [("[" * 100_000 + "]" * 100_000, "nested too deeply"), ('{"version": ' + "7" * 5000 + "}", "Exceeds the limit")],
    ids=["deeply-nested", "5000-digit-integer"],
)
def test_schema_load_of_hostile_json_is_one_line(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture, text: str, message: str
) -> None:
    path = tmp_path / "schema.json"
    path.write_text(text, "utf-8")
    code, _, err = cli(capsys, db, "schema", "load", str(path))
    assert code == 2 and f"error: {path}: not a schema" in err and message in err


def test_damaged_database_is_one_line_on_the_command_line(db: Path, capsys: pytest.CaptureFixture) -> None:
    data = bytearray(db.read_bytes())
    data[100:4000] = b"\xff" * 3900
    db.write_bytes(bytes(data))
    new = db.with_name("new.jsonl")
    new.write_text('{"text": "A new article."}\n', "utf-8")
    for args in (["docs"], ["stats"], ["export", "-o", str(db.with_name("x.jsonl"))], ["import", str(new)]):
        code, _, err = cli(capsys, db, *args)
        assert code == 2 and "the database file is damaged" in err, (args, err)
    assert db.read_bytes() == bytes(data)


def test_nul_in_text_counts_every_character_in_docs(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    db = tmp_path / "corpus.db"
    data = tmp_path / "a.jsonl"
    data.write_text('{"id": "nul", "text": "abc\\u0000defgh\\u00e9"}\n', "utf-8")
    assert cli(capsys, db, "import", str(data))[0] == 0
    code, out, _ = cli(capsys, db, "docs", "--json")
    assert code == 0 and '"length": 10' in out
