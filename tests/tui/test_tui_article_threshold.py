"""The desk hides suggestions under a confidence threshold: key `h` cycles it, the settings keep it."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_article_support import LAYER, TEXT, anyio_backend, app_on, mine, open_article, suggestions_for  # noqa: F401

from annotator.config import Settings
from annotator.core.models import Document
from annotator.store import open_store

pytestmark = pytest.mark.anyio


def scored_store(path: Path):
    """One article whose suggestions score 0.2, 0.4, 0.6, 0.8, ... in text order."""
    store = open_store(path)
    text = TEXT + "Story 1.\n"
    store.insert_documents([Document(id="a1", title="Story 1", text=text, outlet="FT")])
    units = suggestions_for("a1", text)
    scored = [u.model_copy(update={"score": round(0.2 * (i % 4 + 1), 1)}) for i, u in enumerate(units)]
    store.add_units(LAYER, scored)
    store.mark_layer_done(LAYER, ["a1"])
    return store, scored


async def test_h_hides_low_scored_suggestions_and_accept_all_leaves_them(tmp_path: Path) -> None:
    store, units = scored_store(tmp_path / "c.db")
    scored = [u for u in units if u.kind != "boilerplate"]  # furniture is dimmed, never listed
    app = app_on(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        screen = app.screen
        assert len(screen.desk.state.views) == len(scored)
        await pilot.press("h")  # hide under 0.3
        shown = [v.suggestion.score for v in screen.desk.state.views]
        assert shown and min(shown) >= 0.3 and len(shown) == sum(1 for u in scored if u.score >= 0.3)
        await pilot.press("h")  # hide under 0.5
        assert min(v.suggestion.score for v in screen.desk.state.views) >= 0.5
        await pilot.press("A")  # accept all: only what is shown
        assert len(mine(store)) == sum(1 for u in scored if u.score >= 0.5)
        assert Settings.load().min_score == 0.5  # remembered for the next session
        await pilot.press("h", "h")  # 0.7, then show all again
        assert screen.desk.min_score == 0.0
    store.close()


async def test_the_threshold_key_is_in_help(tmp_path: Path) -> None:
    from annotator.tui.screens.article import ArticleScreen

    ids = {b.id for b in ArticleScreen.BINDINGS}
    assert "article.threshold" in ids
