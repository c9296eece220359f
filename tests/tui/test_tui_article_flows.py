"""Pilot flows on the article screen: press the default keys, then look in the store."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Label
from tui_article_support import (  # noqa: F401 (fixture)
    ANNOTATOR,
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
from annotator.tui.screens.article import ArticleScreen
from annotator.tui.screens.pickers import PickerScreen

pytestmark = pytest.mark.anyio


async def test_accept_all_then_done_opens_the_next_undone(tmp_path: Path) -> None:
    store = article_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        await pilot.press("A")
        assert {u.state for u in mine(store)} == {"accepted"} and len(mine(store)) == 6
        await pilot.press("d")
        await pilot.pause()
        assert store.state("a1", ANNOTATOR).status == "done"
        assert isinstance(app.screen, ArticleScreen) and app.screen.doc_id == "a2"


async def test_accept_moves_on_and_reject_leaves_a_tombstone(tmp_path: Path) -> None:
    store = article_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        await pilot.press("a", "x")  # accept Maria Zakharova, then reject Russia
        assert texts(store) == [("Maria Zakharova", "PERSON", "accepted"), ("Russia", "GPE", "rejected")]
        screen = app.screen
        assert screen.focused_view().span == span(TEXT, '"take counter measures against the US."')
        await pilot.press("k", "a")  # bring Russia back
        assert texts(store)[1] == ("Russia", "GPE", "accepted")


async def test_relabel_by_number_and_by_picker(tmp_path: Path) -> None:
    store = article_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        await pilot.press("j", "2")  # Russia -> ORG (label 2 of the legend)
        assert texts(store) == [("Russia", "ORG", "edited")]
        await pilot.press("l")
        assert isinstance(app.screen, PickerScreen)
        await pilot.press(*"loc", "enter")
        await pilot.pause()
        assert texts(store) == [("Russia", "LOC", "edited")]
        assert isinstance(app.screen, ArticleScreen)


async def test_boundary_moves_token_by_token(tmp_path: Path) -> None:
    store = article_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        await pilot.press("right_curly_bracket")
        assert texts(store) == [("Maria Zakharova,", "PERSON", "edited")]
        await pilot.press("right_square_bracket", "left_curly_bracket")
        assert texts(store) == [("Zakharova", "PERSON", "edited")]
        await pilot.press("left_square_bracket")
        assert texts(store) == [("Maria Zakharova", "PERSON", "edited")]


async def test_new_entity_by_keyboard_selection(tmp_path: Path) -> None:
    store = article_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        await pilot.press("v", "right", "right", "right", "shift+right")  # "the spokeswoman"
        assert app.screen.selection is not None
        await pilot.press("enter")
        assert isinstance(app.screen, PickerScreen)
        await pilot.press(*"person", "enter")
        await pilot.pause()
        assert texts(store) == [("the spokeswoman", "PERSON", "added")]
        assert app.screen.focused_view().state == "added"


async def test_escape_cancels_a_selection(tmp_path: Path) -> None:
    store = article_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        await pilot.press("v", "shift+right", "escape")
        assert app.screen.selection is None and mine(store) == []
        await pilot.press("j")  # navigation works again
        assert app.screen.focused_view().span == span(TEXT, "Russia")


async def test_new_quote_with_speaker_and_cue(tmp_path: Path) -> None:
    store = article_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        await pilot.press("j", "j", "j", "j")  # Moscow
        await pilot.press("v", "shift+right", "shift+right", "shift+right", "q")
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)  # who said it?
        await pilot.press(*"maria", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, PickerScreen)  # the cue is the speaker's own verb: no question
        [unit] = mine(store)
        body = unit.body
        assert isinstance(body, Quote) and unit.state == "added"
        text = store.document("a1").text
        assert body.content.text_of(text) == "Moscow could expel diplomats"
        assert body.speaker == body.speaker_entity == span(text, "Maria Zakharova")
        assert body.cue == span(text, "said")  # "Maria Zakharova, the spokeswoman, said": her verb
        assert body.quote_kind == "indirect"


async def test_new_event_with_two_arguments(tmp_path: Path) -> None:
    store = article_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        await pilot.press("j", "j", "v", "right", "right", "right", "e")  # the quote's "measures"
        await pilot.pause()
        await pilot.press(*"retaliat", "enter")  # Conflict.Retaliate: Agent, Patient, Time, Place
        await pilot.pause()
        [unit] = mine(store)  # saved at its type, and focused: its roles come next
        assert app.screen.focused_view().unit.id == unit.id
        await pilot.press("r")
        await pilot.pause()
        title = str(app.screen.query_one("#picker-title", Label).render())
        assert title.startswith("Which role of “measures” (Conflict.Retaliate)? ")  # marks paired
        await pilot.press(*"Agent", "enter")  # the role by its name
        await pilot.pause()
        await pilot.press(*"russia", "enter")  # Agent
        await pilot.pause()
        await pilot.press("r")  # one role per r here
        await pilot.pause()
        await pilot.press(*"Patient", "enter")
        await pilot.pause()
        await pilot.press(*"us after", "enter")  # Patient: the US after the trigger
        await pilot.pause()
        [unit] = mine(store)
        body = unit.body
        assert isinstance(body, Event)
        text = store.document("a1").text
        assert (body.trigger.text_of(text), body.type) == ("measures", "Conflict.Retaliate")
        assert {r: s.text_of(text) for r, s in body.arguments.items()} == {"Agent": "Russia", "Patient": "US"}


async def test_quote_speaker_and_cue_and_event_roles_edited_after(tmp_path: Path) -> None:
    store = article_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        await pilot.press("j", "j", "c")  # the suggested quote: its cue
        await pilot.pause()
        await pilot.press(*"no cue", "enter")
        await pilot.pause()
        [unit] = mine(store)
        assert isinstance(unit.body, Quote) and unit.body.cue is None and unit.state == "edited"
        await pilot.press("S")  # its speaker: Russia instead of Maria Zakharova
        await pilot.pause()
        await pilot.press(*"russia", "enter")
        await pilot.pause()
        [unit] = mine(store)
        assert unit.body.speaker == unit.body.speaker_entity == span(TEXT, "Russia")
        await pilot.press("j", "j", "j", "r")  # the event: fill a role
        await pilot.pause()
        await pilot.press(*"place", "enter")
        await pilot.pause()
        await pilot.press(*"russia", "enter")
        await pilot.pause()
        event = [u for u in mine(store) if isinstance(u.body, Event)][0]
        assert event.body.arguments["Place"] == span(TEXT, "Russia")
        assert set(event.body.arguments) == {"Agent", "Patient", "Place"}


async def test_flag_with_a_note(tmp_path: Path) -> None:
    store = article_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        await pilot.press("f", *"odd", "enter")
        await pilot.pause()
        state = store.state("a1", ANNOTATOR)
        assert (state.flagged, state.note) == (True, "odd")


async def test_skip_next_and_previous(tmp_path: Path) -> None:
    store = article_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        await pilot.press("s")
        await pilot.pause()
        assert store.state("a1", ANNOTATOR).status == "skipped" and app.screen.doc_id == "a2"
        await pilot.press("n")
        await pilot.pause()
        assert app.screen.doc_id == "a3"
        await pilot.press("p")
        await pilot.pause()
        assert app.screen.doc_id == "a2"
