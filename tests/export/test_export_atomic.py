"""Never half a file: a failed export leaves nothing, an existing output needs --force."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import export

from annotator.export import brat, jsonl
from annotator.export.common import ExportError
from annotator.store import SqliteStore


class Boom(RuntimeError):
    pass


def _fail_after(module: object, monkeypatch: pytest.MonkeyPatch, n: int) -> None:
    """Make the writer's record builder raise on the n-th record, after earlier output."""
    name = "record" if module is jsonl else "ann"
    real = getattr(module, name)
    calls = {"n": 0}

    def failing(*args: object, **kw: object) -> object:
        calls["n"] += 1
        if calls["n"] == n:
            raise Boom("disk on fire")
        return real(*args, **kw)

    monkeypatch.setattr(module, name, failing)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_an_error_midway_leaves_no_output_file(
    gold_store: SqliteStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(jsonl, "write_lines", _small_chunks(jsonl.write_lines))
    _fail_after(jsonl, monkeypatch, 3)
    with pytest.raises(Boom):
        export(gold_store, tmp_path, "jsonl", name="g.jsonl")
    assert not (tmp_path / "g.jsonl").exists()
    assert _leftovers(tmp_path) == []


def _small_chunks(write_lines):  # type: ignore[no-untyped-def]
    """Flush after every line, so the failure really comes after bytes were written."""
    return lambda path, lines: write_lines(path, lines, chunk=1)


def test_an_error_leaves_an_existing_file_untouched(
    gold_store: SqliteStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "g.jsonl"
    target.write_text("precious\n")
    _fail_after(jsonl, monkeypatch, 2)
    with pytest.raises(Boom):
        export(gold_store, tmp_path, "jsonl", name="g.jsonl", force=True)
    assert target.read_text() == "precious\n" and _leftovers(tmp_path) == []


def test_existing_output_is_replaced_only_with_force(gold_store: SqliteStore, tmp_path: Path) -> None:
    target = tmp_path / "g.jsonl"
    target.write_text("precious\n")
    with pytest.raises(ExportError, match="already exists .use --force to replace it."):
        export(gold_store, tmp_path, "jsonl", name="g.jsonl")
    assert target.read_text() == "precious\n"
    export(gold_store, tmp_path, "jsonl", name="g.jsonl", force=True)
    assert len(target.read_text().splitlines()) == 3
    assert oct(target.stat().st_mode & 0o777) != oct(0o600)  # ordinary permissions, not mkstemp's


def test_brat_folder_is_swapped_in_whole(
    gold_store: SqliteStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out, _ = export(gold_store, tmp_path, "brat", name="b")
    before = sorted(p.name for p in out.iterdir())
    _fail_after(brat, monkeypatch, 2)
    with pytest.raises(Boom):
        export(gold_store, tmp_path, "brat", name="b", force=True)
    assert sorted(p.name for p in out.iterdir()) == before and _leftovers(tmp_path) == []
    monkeypatch.undo()
    (out / "stale.ann").write_text("")
    export(gold_store, tmp_path, "brat", name="b", force=True)
    assert sorted(p.name for p in out.iterdir()) == before  # the old folder is gone, stale file too
    assert _leftovers(tmp_path) == []


def test_a_failed_first_export_leaves_no_folder(
    gold_store: SqliteStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fail_after(brat, monkeypatch, 1)
    with pytest.raises(Boom):
        export(gold_store, tmp_path, "brat", name="b")
    assert not (tmp_path / "b").exists() and _leftovers(tmp_path) == []


def test_the_cycle_collector_runs_again_after_an_export_even_a_failed_one(
    gold_store: SqliteStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc

    export(gold_store, tmp_path, "jsonl", name="ok.jsonl")
    assert gc.isenabled()
    _fail_after(jsonl, monkeypatch, 1)
    with pytest.raises(Boom):
        export(gold_store, tmp_path, "jsonl", name="failed.jsonl")
    assert gc.isenabled()
