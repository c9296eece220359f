"""A corpus opened read-only: the desk opens, says so in one line, and refuses writes with a message."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from tui_article_support import ANNOTATOR, anyio_backend, app_on, article_store  # noqa: F401 (fixture)

from annotator.store import open_store
from annotator.tui.app import article_screen_class
from annotator.tui.screens.queue import QueueScreen

pytestmark = pytest.mark.anyio


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


async def test_read_only_desk_shows_a_note_and_refuses_writes(tmp_path: Path) -> None:
    """SQLite's read-only mode is real for root too (chmod is not): the test runs as root."""
    path = tmp_path / "c.db"
    article_store(path, 2).close()
    before = _digest(path)
    store = open_store(path, read_only=True)
    app = app_on(store)
    notes: list[str] = []
    app.notify = lambda message, **kw: notes.append(str(message))  # type: ignore[method-assign]
    try:
        async with app.run_test(size=(120, 30)) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, QueueScreen)
            assert "read-only" in str(app.screen.query_one("#queue-title").content)
            await pilot.press("enter")  # open the first article: remembering the cursor is skipped
            await pilot.pause()
            assert isinstance(app.screen, article_screen_class())
            article = app.screen
            article.notify = app.notify  # type: ignore[method-assign]
            for key in ("a", "x", "A", "u", "f", "w", "enter", "d", "s", "n", "escape", "R"):
                await pilot.press(key)
                await pilot.pause()
            await pilot.pause()
            assert app.is_running and app.return_code is None
    finally:
        store.close()
    assert any("read-only" in n for n in notes[1:]), notes  # a write was refused with a message
    assert _digest(path) == before
    assert not path.with_name("c.db-wal").exists() or path.with_name("c.db-wal").stat().st_size == 0


async def test_a_bad_settings_entry_is_said_in_the_desk(tmp_path: Path) -> None:
    from annotator.config import Settings

    store = article_store(tmp_path / "c.db", 1)
    app = app_on(store)
    app.settings = Settings(annotator=ANNOTATOR, problems=["settings.json: 'keymap' must be an object"])
    notes: list[str] = []
    app.notify = lambda message, **kw: notes.append(str(message))  # type: ignore[method-assign]
    try:
        async with app.run_test(size=(120, 30)) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, QueueScreen)
    finally:
        store.close()
    assert "settings.json: 'keymap' must be an object" in notes
