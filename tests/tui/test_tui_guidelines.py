"""Guideline cards on screen: under the label picker, and in the help."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_article_support import anyio_backend, app_on, article_store, open_article  # noqa: F401 (fixture)

from annotator.tui.screens.help import HelpScreen
from annotator.tui.screens.pickers import PickerScreen


@pytest.mark.anyio
async def test_the_label_picker_shows_the_highlighted_label_s_card(tmp_path: Path) -> None:
    app = app_on(article_store(tmp_path / "c.db", 1))
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        await pilot.press("a", "k")  # Maria Zakharova as PERSON: accepted (an example now); back onto it
        await pilot.press("l")
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, PickerScreen)
        card = str(picker.query_one("#picker-card").content)
        assert card.startswith("PERSON: People, including fictional; titles stay outside the span")
        assert "[Maria Zakharova]" in card and "(annotator:ann)" in card
        await pilot.press("down")
        card = str(picker.query_one("#picker-card").content)
        assert card.startswith("ORG: Companies, agencies") and "no examples yet" in card


@pytest.mark.anyio
async def test_help_lists_every_card(tmp_path: Path) -> None:
    app = app_on(article_store(tmp_path / "c.db", 1))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await app.workers.wait_for_complete()
        await pilot.pause()
        shown = str(app.screen.query_one("#help-cards").content)
        assert "GPE: Countries, cities, states" in shown
        assert "partial: A few quoted words" in shown
        assert "Personnel.Expel: Expulsion of diplomats" in shown
