"""Pilot: after a correction, C offers it for identical mentions here and in other articles; a/s/A decide, u undoes."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_article_support import anyio_backend, app_on, article_store, open_article, texts  # noqa: F401

from annotator.tui.screens.consistency import ConsistencyScreen

pytestmark = pytest.mark.anyio


async def test_relabel_then_C_corrects_the_same_mention_in_other_articles(tmp_path: Path) -> None:
    store = article_store(tmp_path / "c.db", n=3)
    app = app_on(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        await pilot.press("j", "2")  # Russia -> ORG here
        assert ("Russia", "ORG", "edited") in texts(store, "a1")
        await pilot.press("C")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ConsistencyScreen)
        assert [m.doc_id for m in screen.matches] == ["a2", "a3"]
        await pilot.press("a")  # a2: accepted, written to a2's log
        await pilot.press("s")  # a3: skipped (the list closes: all decided)
        await pilot.pause()
        assert not isinstance(app.screen, ConsistencyScreen)
        assert ("Russia", "ORG", "edited") in texts(store, "a2")
        assert all(label != "ORG" for _, label, _ in texts(store, "a3"))
        app.screen.open_article("a2")
        await pilot.pause()
        await pilot.press("u")  # undone in a2's own log
        await pilot.pause()
        assert ("Russia", "ORG", "edited") not in texts(store, "a2")


async def test_reject_then_C_and_accept_all(tmp_path: Path) -> None:
    store = article_store(tmp_path / "c.db", n=3)
    app = app_on(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        await pilot.press("j", "x")  # Russia is no entity here
        await pilot.press("C")
        await pilot.pause()
        assert isinstance(app.screen, ConsistencyScreen)
        await pilot.press("A")
        await pilot.pause()
        for doc_id in ("a2", "a3"):
            assert ("Russia", "GPE", "rejected") in texts(store, doc_id)


async def test_C_with_no_correction_says_so(tmp_path: Path) -> None:
    app = app_on(article_store(tmp_path / "c.db"))
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        await pilot.press("C")
        await pilot.pause()
        assert not isinstance(app.screen, ConsistencyScreen)
