"""Snapshots of the queue (every status, a flag, assignments off) and of the help screen, 100x30."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.config import Settings
from annotator.tui.app import AnnotatorApp
from annotator.tui.factory import build_app


def _sample_app(tmp_path: Path) -> AnnotatorApp:
    """The first-run corpus (the five samples) with one article in each status."""
    app = build_app(Settings(db=str(tmp_path / "corpus.db"), annotator="alice"), load_model=False)
    ids = [row.id for row in app.store.queue("alice", limit=5)]
    app.store.set_status(ids[1], "alice", "done")
    app.store.set_status(ids[2], "alice", "in_progress")
    app.store.set_status(ids[3], "alice", "skipped", flagged=True)
    return app


def test_queue_screen(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(_sample_app(tmp_path), terminal_size=(100, 30), press=["down"])


def test_queue_screen_filtered_at_80x24(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(_sample_app(tmp_path), terminal_size=(80, 24), press=["f"])


def test_help_screen(snap_compare, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """The shell's own groups only, so another screen's new key does not change this picture
    (test_tui_help_keys checks that every screen's keys are listed)."""
    from annotator.tui import help as help_module
    from annotator.tui.screens.help import HelpScreen
    from annotator.tui.screens.queue import QueueScreen
    from annotator.tui.widgets.queue_list import QueueList

    monkeypatch.setattr(
        help_module, "binding_classes", lambda strict=False: [AnnotatorApp, QueueScreen, QueueList, HelpScreen]
    )
    assert snap_compare(_sample_app(tmp_path), terminal_size=(100, 30), press=["question_mark"])
