"""Issue 10 §2, "the desk forgives": Pilot presses the keys a user would, then looks in the store and on screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_article_support import (  # noqa: F401 (fixture)
    ANNOTATOR,
    anyio_backend,
    app_on,
    article_store,
    mine,
    open_article,
)

from annotator.tui.screens.article import ArticleScreen
from annotator.tui.screens.pickers import ConfirmScreen

pytestmark = pytest.mark.anyio


def _messages(app: object) -> list[str]:
    return [n.message for n in app._notifications]  # type: ignore[attr-defined]


async def test_done_with_unreviewed_suggestions_asks_first_with_the_count(tmp_path: Path) -> None:
    store = article_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        await pilot.press("a")  # one of six decided: five left
        await pilot.press("d")
        assert isinstance(app.screen, ConfirmScreen)
        assert "5 suggestions are not reviewed yet" in app.screen.question
        await pilot.press("escape")  # back: nothing changed
        assert isinstance(app.screen, ArticleScreen) and app.screen.doc_id == "a1"
        assert store.state("a1", ANNOTATOR).status == "in_progress"
        await pilot.press("d", "d")  # ask, confirm
        await pilot.pause()
        assert store.state("a1", ANNOTATOR).status == "done"
        assert isinstance(app.screen, ArticleScreen) and app.screen.doc_id == "a2"


async def test_accept_all_says_how_many_and_is_one_undo_step(tmp_path: Path) -> None:
    store = article_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await open_article(app, pilot)
        await pilot.press("a")
        await pilot.press("A")
        await pilot.pause()
        assert any(m.startswith("Accepted 5 suggestions") for m in _messages(app))
        assert len(mine(store)) == 6
        await pilot.press("u")
        assert len(mine(store)) == 1  # the five went back in one step; the first accept stays
        await pilot.press("d")  # nothing pending any more? five are: it asks
        assert isinstance(app.screen, ConfirmScreen)


async def test_u_right_after_done_goes_back_and_undoes_the_done(tmp_path: Path) -> None:
    store = article_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        await pilot.press("A", "d")
        await pilot.pause()
        assert store.state("a1", ANNOTATOR).status == "done" and app.screen.doc_id == "a2"
        await pilot.press("u")
        await pilot.pause()
        assert app.screen.doc_id == "a1"
        assert store.state("a1", ANNOTATOR).status == "in_progress"
        assert len(mine(store)) == 6  # only the status went back, not the accepts
        await pilot.press("U")  # and redo marks it done again
        assert store.state("a1", ANNOTATOR).status == "done"
        assert "done" in str(app.screen.query_one("#article-header").render()).lower()


async def test_skip_and_flag_are_undone_by_u_and_reopen_is_a_key(tmp_path: Path) -> None:
    store = article_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        await pilot.press("s")
        await pilot.pause()
        assert store.state("a1", ANNOTATOR).status == "skipped"
        await pilot.press("u")
        await pilot.pause()
        assert app.screen.doc_id == "a1" and store.state("a1", ANNOTATOR).status == "todo"
        await pilot.press("f", *"odd", "enter")
        await pilot.pause()
        assert store.state("a1", ANNOTATOR).flagged
        await pilot.press("u")
        assert not store.state("a1", ANNOTATOR).flagged
        await pilot.press("A", "d")
        await pilot.pause()
        await pilot.press("p")  # back to the done article, then reopen it
        await pilot.pause()
        assert app.screen.doc_id == "a1"
        await pilot.press("o")
        await pilot.pause()
        assert store.state("a1", ANNOTATOR).status == "in_progress"
        await pilot.press("u")  # reopening is a decision too
        assert store.state("a1", ANNOTATOR).status == "done"
