"""Pilot: the article screen's search and jumps on the review screen too (its items are the conflicts)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_review_support import TEXT, anyio_backend, app_on, open_doc, review_store, wait_scored  # noqa: F401

from annotator.core.models import Span

pytestmark = pytest.mark.anyio


def shown(app: object) -> str:
    from annotator.tui.screens.review_document import shown_body

    conflict = app.screen.current  # type: ignore[attr-defined]
    return shown_body(conflict).span.text_of(TEXT) if conflict is not None else ""


async def test_search_jumps_and_pages_walk_the_conflicts(tmp_path: Path) -> None:
    store = review_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(140, 30)) as pilot:
        await wait_scored(pilot)
        await open_doc(pilot, "d1")
        assert shown(app) == "Rex Tillerson"
        await pilot.press("slash", *"mos", "enter")
        assert shown(app) == "Moscow"  # lands on the conflict that starts there
        await pilot.press("semicolon")
        assert shown(app) == "Moscow"  # the only match: the search again stays
        await pilot.press("slash", *"met", "enter")
        assert shown(app) == "Moscow"  # no conflict starts at "met": the word is selected instead
        assert app.screen.selection is not None
        assert app.screen.selection.span(app.screen.edits.state.tokens) == Span(start=14, end=17)
        await pilot.press("escape")
        await pilot.press("H")
        assert shown(app) == "Rex Tillerson"  # the first conflict on the screen
        await pilot.press("N", "N")
        assert shown(app) == "Tuesday"  # the next entity conflicts (the date shows its first version)
        await pilot.press("L")  # no other DATE: stays, says so
        assert shown(app) == "Tuesday"
        await pilot.press("shift+tab")
        assert shown(app) == "Moscow"  # the previous open conflict
        await pilot.press("E")  # no event here: E is the next-event jump now, not "no units"
        assert shown(app) == "Moscow"
        assert store.layer_done_at("gold", "d1") is None
        await pilot.press("pagedown")
        assert app.screen.current is not None
    store.close()


async def test_a_drag_on_the_review_text_selects_words_for_a_new_gold_unit(tmp_path: Path) -> None:
    store = review_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(140, 30)) as pilot:
        await wait_scored(pilot)
        await open_doc(pilot, "d1")
        view = app.screen.view
        line = view.text_layout.line_of(45)
        col = 45 - view.text_layout.lines[line][0] + 2
        await pilot.mouse_down("#review-text", offset=(col, line))
        await pilot.mouse_up("#review-text", offset=(col + len("Tuesday") - 1, line))
        await pilot.pause()
        selection = app.screen.selection
        assert selection is not None and selection.span(app.screen.edits.state.tokens) == Span(start=45, end=52)
    store.close()
