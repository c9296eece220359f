"""Pilot: keys that read the model's parse: `'` quotes reported speech, a role row offers the phrase the
parse gives, a role's picker lists the parse's fillers first; `+` adds a part to a split quote."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tui_article_support import anyio_backend, app_on, mine, open_article, span  # noqa: F401

from annotator.core.models import Document, Entity, Event, Quote, Unit
from annotator.store import SqliteStore, open_store
from annotator.tui.screens.article_flows import SPEAKER_ROW, parse_speaker_row, span_id
from annotator.tui.screens.pickers import PickerScreen

pytestmark = pytest.mark.anyio
LAYER = "suggestions:test@1"
TEXT = (
    "Putin said on Monday that Moscow would expel Russian diplomats and their families, saying it was time.\n"
    '"We will continue to cooperate," Nebenzya said. "The Americans cannot do without us."\n'
)


@pytest.fixture(scope="module")
def parser() -> Any:
    """The real model: these keys walk its dependency parse."""
    from annotator.config import DEFAULT_MODEL
    from annotator.tui.model import load_model

    return load_model(DEFAULT_MODEL)


def store_with(path: Path, bodies: list[Any]) -> SqliteStore:
    store = open_store(path)
    store.insert_documents([Document(id="a1", title="Story", text=TEXT, outlet="FT")])
    store.add_units(LAYER, [Unit(doc_id="a1", body=b, source="test") for b in bodies])
    store.mark_layer_done(LAYER, ["a1"])
    return store


def entities() -> list[Entity]:
    return [
        Entity(**span(TEXT, "Putin").model_dump(), label="PERSON"),
        Entity(**span(TEXT, "Moscow").model_dump(), label="GPE"),
        Entity(**span(TEXT, "Nebenzya").model_dump(), label="PERSON"),
    ]


async def test_apostrophe_quotes_the_reported_clause_then_one_key_for_who(tmp_path: Path, parser: Any) -> None:
    store = store_with(tmp_path / "c.db", entities())
    app = app_on(store)
    app.nlp = parser
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        await pilot.press("home", "apostrophe")  # Putin focused: the clause his "said" reports
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, PickerScreen) and picker.title_text == "Who said it?"
        putin = span(TEXT, "Putin")
        row = next(
            c.id for c in picker._shown if c.id.startswith(SPEAKER_ROW) and parse_speaker_row(c.id).speaker == putin
        )
        await pilot.press(picker.key_for(row) or "")
        await pilot.pause()
    quote = next(u.body for u in mine(store) if isinstance(u.body, Quote))
    assert quote.content == span(TEXT, "Moscow would expel Russian diplomats and their families")
    assert quote.quote_kind == "indirect" and quote.speaker == putin and quote.cue == span(TEXT, "said")


async def test_a_role_row_offers_the_whole_phrase_the_parse_gives(tmp_path: Path, parser: Any) -> None:
    event = Event(
        trigger=span(TEXT, "expel"),
        type="Personnel.Expel",
        arguments={"Agent": span(TEXT, "Moscow"), "Patient": span(TEXT, "Russian diplomats")},
    )
    store = store_with(tmp_path / "c.db", [*entities(), event])
    app = app_on(store)
    app.nlp = parser
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        await pilot.press("E")
        await pilot.pause()
        whole = span(TEXT, "Russian diplomats and their families")
        rows = [c.id for c in app.screen.focused_choices()]
        assert f"fill:Patient:{span_id(whole)}" in rows  # the suggester cut it short; one key mends it
        await pilot.press(str(rows.index(f"fill:Patient:{span_id(whole)}") + 1))
        await pilot.pause()
    mended = next(u.body for u in mine(store) if isinstance(u.body, Event))
    assert mended.arguments == {"Agent": span(TEXT, "Moscow"), "Patient": whole}


async def test_a_roles_picker_lists_the_parse_fillers_first(tmp_path: Path, parser: Any) -> None:
    event = Event(trigger=span(TEXT, "expel"), type="Personnel.Expel", arguments={})
    store = store_with(tmp_path / "c.db", [*entities(), event])
    app = app_on(store)
    app.nlp = parser
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        await pilot.press("E", "r")
        await pilot.pause()
        roles = app.screen
        assert isinstance(roles, PickerScreen)
        await pilot.press(roles.key_for("Patient") or "")
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, PickerScreen) and picker.title_text.startswith("Patient of")
        ids = [c.id for c in picker._shown]
        # After "select in the text…", the object of "expel" as the parse gives it, before any mention.
        assert ids[1] == span_id(span(TEXT, "Russian diplomats"))
        assert span_id(span(TEXT, "Russian diplomats and their families")) in ids[1:5]
        await pilot.press(picker.key_for(ids[1]) or "")
        await pilot.pause()
    mended = next(u.body for u in mine(store) if isinstance(u.body, Event))
    assert mended.arguments["Patient"] == span(TEXT, "Russian diplomats")


async def test_plus_adds_the_next_quotation_as_the_quotes_second_part(tmp_path: Path) -> None:
    first = Quote(
        content=span(TEXT, "We will continue to cooperate,"),
        speaker=span(TEXT, "Nebenzya"),
        speaker_entity=span(TEXT, "Nebenzya"),
        cue=span(TEXT, "said", 1),
    )
    store = store_with(tmp_path / "c.db", [*entities(), first])
    app = app_on(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        await pilot.press("Q", "plus")
        await pilot.pause()
        selection = app.screen.selection
        assert selection is not None  # the next quotation comes selected
        assert selection.span(app.screen.desk.state.tokens) == span(TEXT, "The Americans cannot do without us.")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("u")  # one undo step takes the part back
        await pilot.pause()
        assert all(u.body.extra == () for u in mine(store) if isinstance(u.body, Quote))
        await pilot.press("U")
        await pilot.pause()
    quote = next(u.body for u in mine(store) if isinstance(u.body, Quote))
    assert quote.content == first.content and quote.extra == (span(TEXT, "The Americans cannot do without us."),)
