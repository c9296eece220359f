"""Quit and reopen: the same article, the same unit, and undo/redo still know the history."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_article_support import TEXT, anyio_backend, app_on, article_store, open_article, span, texts  # noqa: F401

from annotator.store import open_store
from annotator.tui.screens.article import ArticleScreen

pytestmark = pytest.mark.anyio


async def test_undo_and_redo_across_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    store = article_store(path)
    async with app_on(store).run_test(size=(120, 40)) as pilot:
        await open_article(pilot.app, pilot)
        await pilot.press("a", "2")  # accept Maria Zakharova (focus moves on), Russia -> ORG
    assert texts(store) == [("Maria Zakharova", "PERSON", "accepted"), ("Russia", "ORG", "edited")]
    store.close()

    store = open_store(path)
    async with app_on(store).run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert isinstance(pilot.app.screen, ArticleScreen)  # reopened where I was
        await pilot.press("u")
        assert texts(store) == [("Maria Zakharova", "PERSON", "accepted")]
        await pilot.press("backspace")
        assert texts(store) == []
    store.close()

    store = open_store(path)
    async with app_on(store).run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("U")
        assert texts(store) == [("Maria Zakharova", "PERSON", "accepted")]
        assert pilot.app.screen.focused_view().span == span(TEXT, "Maria Zakharova")
    actions = [d.action for d in store.decisions("a1", "ann") if d.action != "status"]
    assert actions == ["accept", "edit", "undo", "undo", "redo"]
    store.close()


async def test_reopens_the_same_article_on_the_same_unit(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    store = article_store(path)
    async with app_on(store).run_test(size=(120, 40)) as pilot:
        await open_article(pilot.app, pilot, "a2")
        await pilot.press("j", "j", "j")  # Maria, Russia, the quote, then US inside it
        key = pilot.app.screen.focus_key
    store.close()

    store = open_store(path)
    async with app_on(store).run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = pilot.app.screen
        assert isinstance(screen, ArticleScreen) and screen.doc_id == "a2"
        assert screen.focus_key == key
        assert screen.focused_view().span.text_of(screen.desk.state.text) == "US"
    store.close()
