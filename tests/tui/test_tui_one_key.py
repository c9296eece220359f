"""Pilot: one key per choice on the article screen: digits on a focused event or quote choose from its
details, a digit labels a selection, `"` quotes the quotation at the focus, a new event's likely types first."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_article_support import TEXT, anyio_backend, app_on, article_store, mine, open_article, span, texts  # noqa: F401

from annotator.core.models import Event, Quote
from annotator.tui.screens.article_flows import SPEAKER_ROW, parse_speaker_row
from annotator.tui.screens.pickers import PickerScreen

pytestmark = pytest.mark.anyio


def detail_text(app: object) -> str:
    return "\n".join(line.plain for line in app.screen.query_one("#detail").lines)  # type: ignore[attr-defined]


async def test_a_digit_on_a_focused_event_applies_the_role_row_its_details_list(tmp_path: Path) -> None:
    store = article_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        await pilot.press("E")
        rows = [c.id for c in app.screen.focused_choices()]
        assert "clear:Patient" in rows
        digit = str(rows.index("clear:Patient") + 1)
        assert f"{digit} Patient" in detail_text(app)  # the row is on screen, numbered
        await pilot.press(digit)
        await pilot.pause()
        event = next(u.body for u in mine(store) if isinstance(u.body, Event))
        assert "Patient" not in event.arguments and event.arguments["Agent"] == span(TEXT, "Moscow")
        assert app.screen.focused_view().kind == "event"  # the focus stays for the next role


async def test_a_digit_on_a_focused_quote_sets_speaker_entity_and_verb_at_once(tmp_path: Path) -> None:
    store = article_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        await pilot.press("Q")
        rows = [c.id for c in app.screen.focused_choices()]
        russia = span(TEXT, "Russia")
        row = next(r for r in rows if r.startswith(SPEAKER_ROW) and parse_speaker_row(r).speaker == russia)
        await pilot.press(str(rows.index(row) + 1))
        await pilot.pause()
        quote = next(u.body for u in mine(store) if isinstance(u.body, Quote))
        assert (quote.speaker, quote.speaker_entity, quote.cue) == (russia, russia, span(TEXT, "said"))


async def test_a_digit_in_a_selection_makes_an_entity_with_that_label(tmp_path: Path) -> None:
    store = article_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        first_label = app.screen.desk.state.schema.entity_label_names[0]
        await pilot.press("slash", *"spokes", "enter")
        assert app.screen.selection is not None
        await pilot.press("1")
        await pilot.pause()
        assert app.screen.selection is None
        assert ("spokeswoman", first_label, "added") in texts(store)


async def test_quotation_mark_quotes_the_quotation_at_the_focus_then_one_key_for_who(tmp_path: Path) -> None:
    store = article_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        await pilot.press("home", "quotation_mark")  # Maria focused: the next quotation marks are the quote's
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, PickerScreen) and picker.title_text == "Who said it?"
        maria = span(TEXT, "Maria Zakharova")
        row = next(
            c.id for c in picker._shown if c.id.startswith(SPEAKER_ROW) and parse_speaker_row(c.id).speaker == maria
        )
        await pilot.press(picker.key_for(row))
        await pilot.pause()
        added = [u.body for u in mine(store) if isinstance(u.body, Quote) and u.state == "added"]
        assert added and added[0].content.text_of(TEXT) == "take counter measures against the US."
        assert (added[0].speaker, added[0].cue) == (maria, span(TEXT, "said"))


async def test_a_new_event_offers_its_likely_type_first_is_saved_at_once_and_digits_fill_roles(tmp_path: Path) -> None:
    store = article_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        await pilot.press("slash", *"measures", "enter", "e")
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, PickerScreen) and picker.numbered
        assert picker._shown[0].id == "Conflict.Retaliate"  # "counter measures" in the lexicon
        await pilot.press("1")
        await pilot.pause()
        [added] = [u for u in mine(store) if u.state == "added"]
        assert isinstance(added.body, Event) and added.body.type == "Conflict.Retaliate"
        assert app.screen.focused_view().unit.id == added.id
        rows = [c.id for c in app.screen.focused_choices()]
        agent = next(r for r in rows if r.startswith("fill:Agent:"))
        await pilot.press(str(rows.index(agent) + 1))
        await pilot.pause()
        [added] = [u for u in mine(store) if u.state == "added"]
        assert "Agent" in added.body.arguments
