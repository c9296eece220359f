"""Pilot tests for the keys that cut keys per gold unit: search, jumps, pages, one-stroke selection, one-key choices, mouse."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_article_support import (  # noqa: F401 (fixture)
    TEXT,
    anyio_backend,
    app_on,
    article_store,
    mine,
    open_article,
    span,
    texts,
)

from annotator.core.models import Event, Quote
from annotator.tui.screens.pickers import PickerScreen

pytestmark = pytest.mark.anyio


def focused_text(app: object) -> str:
    view = app.screen.focused_view()  # type: ignore[attr-defined]
    return view.span.text_of(TEXT) if view is not None else ""


async def test_search_lands_on_the_unit_there_and_repeats(tmp_path: Path) -> None:
    app = app_on(article_store(tmp_path / "c.db"))
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        await pilot.press("slash", "m", "o", "s", "enter")
        assert focused_text(app) == "Moscow"
        await pilot.press("slash", "r", "u", "s", "enter")
        assert focused_text(app) == "Russia"  # wraps round to the top
        await pilot.press("semicolon")
        assert app.screen.selection is None and focused_text(app) == "Russia"  # the only match: stays


async def test_search_on_words_without_a_unit_selects_them_for_a_new_one(tmp_path: Path) -> None:
    store = article_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        await pilot.press("slash", *"spokes", "enter")
        selection = app.screen.selection
        assert selection is not None
        assert selection.span(app.screen.desk.state.tokens).text_of(TEXT) == "spokeswoman"
        await pilot.press("enter")
        assert isinstance(app.screen, PickerScreen)
        await pilot.press("P", "E", "R", "enter")
        assert ("spokeswoman", "PERSON", "added") in texts(store)


async def test_jumps_by_kind_label_unreviewed_and_screen(tmp_path: Path) -> None:
    app = app_on(article_store(tmp_path / "c.db"))
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        await pilot.press("E")
        assert app.screen.focused_view().kind == "event"
        await pilot.press("Q")
        assert app.screen.focused_view().kind == "quote"
        await pilot.press("N")
        assert focused_text(app) == "US"  # the next entity after the quote's start
        await pilot.press("L")
        assert focused_text(app) == "Moscow"  # next GPE
        await pilot.press("home", "a", "k", "tab")  # accept Maria Zakharova, back on her: the next unreviewed
        assert focused_text(app) == "Russia" and app.screen.focused_view().pending
        await pilot.press("shift+tab")
        assert focused_text(app) == "expel"  # Maria is decided: back round to the last unreviewed one
        await pilot.press("H")
        assert focused_text(app) == "Maria Zakharova"
        await pilot.press("pagedown")
        assert app.screen.focused_view() is not None


async def test_one_stroke_selections(tmp_path: Path) -> None:
    app = app_on(article_store(tmp_path / "c.db"))
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        screen = app.screen

        def selected() -> str:
            return screen.selection.span(screen.desk.state.tokens).text_of(TEXT)

        await pilot.press("slash", *"counter", "enter")  # a selection on the word (no unit starts there)
        await pilot.press("m")
        assert selected() == "take counter measures against the US."
        await pilot.press("s")
        assert selected().startswith("Maria Zakharova, the spokeswoman, said") and selected().endswith('US."')
        await pilot.press("c")  # the cursor ends the sentence: its last clause
        assert selected() == 'said Russia would "take counter measures against the US."'
        await pilot.press("escape")
        assert screen.selection is None


async def test_up_and_down_cross_a_paragraph_break(tmp_path: Path) -> None:
    from annotator.core.models import Document

    store = article_store(tmp_path / "c.db", n=0)
    text = "First paragraph here.\n\nSecond one.\n"
    store.insert_documents([Document(id="p1", title="P", text=text)])
    app = app_on(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot, "p1")
        await pilot.press("v", "down")
        screen = app.screen
        tokens = screen.desk.state.tokens
        assert text[tokens[screen.selection.cursor][0] :].startswith("Second")
        await pilot.press("up")
        assert tokens[screen.selection.cursor][0] == 0


async def test_roles_by_digits_and_speaker_by_one_key_with_its_cue(tmp_path: Path) -> None:
    store = article_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        await pilot.press("E", "r")
        picker = app.screen
        assert isinstance(picker, PickerScreen) and picker.numbered
        # Suggested fillers come first, one key each: "Recipient ← …" for the empty role.
        rows = {picker.key_for(c.id): c.id for c in picker._shown}
        digit, row = next((k, v) for k, v in rows.items() if v.startswith("fill:Recipient:"))
        await pilot.press(digit)
        await pilot.pause()
        event = next(u.body for u in mine(store) if isinstance(u.body, Event))
        where = event.arguments["Recipient"]
        assert row == f"fill:Recipient:{where.start}:{where.end}"
        # r is one role at a time here (the next is a digit in the details, or r again): a role by
        # its name (listed first), then any filler by its digit; 0 clears it.
        assert not isinstance(app.screen, PickerScreen)
        await pilot.press("r")
        await pilot.pause()
        assert app.screen._shown[0].id == "Agent"
        await pilot.press(*"Recip", "enter")
        await pilot.pause()
        await pilot.press("0")
        await pilot.pause()
        event = next(u.body for u in mine(store) if isinstance(u.body, Event))
        assert "Recipient" not in event.arguments
        assert not isinstance(app.screen, PickerScreen)
        # A new quote: select the quotation, q, one key for the speaker; the cue comes from the speaker's verb.
        await pilot.press("slash", *"counter", "enter", "m", "q")
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)
        keys = {app.screen.key_for(c.id): c.id for c in app.screen._shown}
        maria = span(TEXT, "Maria Zakharova")
        digit = next(k for k, v in keys.items() if v == f"{maria.start}:{maria.end}")
        await pilot.press(digit)
        await pilot.pause()
        added = [u.body for u in mine(store) if isinstance(u.body, Quote) and u.state == "added"]
        assert added and added[0].speaker == maria and added[0].cue == span(TEXT, "said")
        assert added[0].content.text_of(TEXT) == "take counter measures against the US."
        assert added[0].quote_kind == "direct"


async def test_mouse_click_focuses_drag_selects_and_list_click_focuses(tmp_path: Path) -> None:
    app = app_on(article_store(tmp_path / "c.db"))
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        screen = app.screen
        view = screen.view
        line = view.text_layout.line_of(span(TEXT, "Moscow").start)
        col = span(TEXT, "Moscow").start - view.text_layout.lines[line][0] + 2
        await pilot.click("#article", offset=(col + 1, line))
        assert focused_text(app) == "Moscow"
        start = span(TEXT, "spokeswoman").start - view.text_layout.lines[0][0] + 2
        await pilot.mouse_down("#article", offset=(start, 0))
        await pilot.mouse_up("#article", offset=(start + len("spokeswoman") - 1, 0))
        await pilot.pause()
        assert screen.selection is not None
        assert screen.selection.span(screen.desk.state.tokens).text_of(TEXT) == "spokeswoman"
        await pilot.press("escape")
        await pilot.click("#units", offset=(3, 1))
        assert focused_text(app) == "Russia"
