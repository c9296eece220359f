"""Pilot flows of the review screen's editing keys (the article screen's flows, writing to gold):
v to add a unit nobody marked, q and e on a selection, S, c and r on the current conflict."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from tui_review_support import JUDGE, anyio_backend, app_on, mark, open_doc, wait_scored  # noqa: F401

from annotator.config import Settings
from annotator.core.models import Document, Entity, Event, Quote, Span, Unit
from annotator.store import GOLD, SqliteStore, open_store
from annotator.store.base import Layer
from annotator.tui import app as app_module
from annotator.tui.factory import build_app
from annotator.tui.screens import review as review_screen
from annotator.tui.screens.pickers import PickerScreen
from annotator.tui.screens.review import ReviewScreen
from annotator.tui.screens.review_document import ReviewDocumentScreen

TEXT = 'Lavrov said the talks were "useful". Tillerson attacked the plan in Moscow, Lavrov added.'


def span(words: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(words, start + 1)
    return Span(start=start, end=start + len(words))


def ent(words: str, label: str, nth: int = 0) -> Entity:
    s = span(words, nth)
    return Entity(start=s.start, end=s.end, label=label)


def edit_store(path: Path) -> SqliteStore:
    """a and b agree on the four names; they differ on the quote's speaker and cue (a has them,
    b not) and on the attack's roles (b adds a Target): two conflicts, quote first."""
    store = open_store(path)
    store.insert_documents([Document(id="d1", title="Lavrov and Tillerson", text=TEXT)])
    for who in "ab":
        for body in (
            ent("Lavrov", "PERSON"),
            ent("Tillerson", "PERSON"),
            ent("Moscow", "GPE"),
            ent("Lavrov", "PERSON", 1),
        ):
            mark(store, who, "d1", body)
    quote = Quote(content=span('"useful"'), quote_kind="direct")
    mark(
        store,
        "a",
        "d1",
        quote.model_copy(update={"speaker": span("Lavrov"), "speaker_entity": span("Lavrov"), "cue": span("said")}),
    )
    mark(store, "b", "d1", quote)
    attack = Event(trigger=span("attacked"), type="Conflict.Attack", arguments={"Attacker": span("Tillerson")})
    mark(store, "a", "d1", attack)
    mark(store, "b", "d1", attack.model_copy(update={"arguments": {**attack.arguments, "Target": span("the plan")}}))
    for who in "ab":
        store.set_status("d1", who, "done")  # only finished work goes to review
    return store


def gold_of(store: SqliteStore, kind: str) -> list[Unit]:
    return [u for u in store.units("d1", GOLD) if u.kind == kind]


def gold_log(store: SqliteStore) -> list[tuple[str, str | None]]:
    """The adjudicator's decisions on d1 as (action, layer), read straight from the log."""
    rows = store.conn.execute(
        "SELECT action, layer FROM decisions WHERE doc_id = ? AND annotator = ? ORDER BY id", ("d1", JUDGE)
    )
    return [(r[0], r[1]) for r in rows]


def words(s: Span | None) -> str | None:
    return None if s is None else s.text_of(TEXT)


async def open_review(pilot: object) -> ReviewDocumentScreen:
    await wait_scored(pilot)
    await open_doc(pilot)
    screen = pilot.app.screen  # type: ignore[attr-defined]
    assert isinstance(screen, ReviewDocumentScreen)
    assert [c.kind for c in screen.conflicts] == ["speaker", "event_argument"] and screen.left_here() == 2
    return screen


async def press(pilot: object, *keys: str) -> None:
    await pilot.press(*keys)  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]


@pytest.mark.anyio
async def test_a_new_gold_entity_by_keyboard_selection_and_a_label(tmp_path: Path) -> None:
    store = edit_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_review(pilot)
        agreed = [(words(u.span), u.provenance["taken"]) for u in gold_of(store, "entity")]
        assert agreed == [("Lavrov", "agreed"), ("Tillerson", "agreed"), ("Moscow", "agreed"), ("Lavrov", "agreed")]
        await press(pilot, "v", "1")  # digits take versions, but not inside a selection
        assert screen.selection is not None and gold_of(store, "quote") == []
        await press(pilot, "escape")  # cancels the selection; the screen stays
        assert screen.selection is None and app.screen is screen

        await press(pilot, "j", "v")  # on the attack: the cursor starts at "attacked"
        await press(pilot, "right", "shift+right")  # "the plan"
        assert screen.selection is not None and screen.selection.span(screen.desk.state.tokens) == span("the plan")
        await press(pilot, "enter")
        assert isinstance(app.screen, PickerScreen)  # the article screen's label picker
        await press(pilot, *"org", "enter")
        [added] = [u for u in gold_of(store, "entity") if u.state == "added"]
        assert (words(added.span), added.body.label, added.provenance) == (
            "the plan",
            "ORG",
            {"adjudicator": JUDGE, "annotators": [], "taken": "edit", "units": {}},
        )
        assert gold_log(store)[-1] == ("add", GOLD)
        assert store.units("d1", Layer.annotator_name(JUDGE)) == []  # nothing in the adjudicator's own layer
        assert screen.left_here() == 2 and screen.index == 1  # no conflict was settled by it

        await press(pilot, "u")  # undone in gold like any decision
        assert [u for u in gold_of(store, "entity") if u.state == "added"] == []
    store.close()


@pytest.mark.anyio
async def test_a_new_gold_quote_with_speaker_and_cue(tmp_path: Path) -> None:
    store = edit_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_review(pilot)
        await press(pilot, "j", "v", "left")  # from "attacked" back to "Tillerson"
        await press(pilot, *["shift+right"] * 5, "q")  # "Tillerson attacked the plan in Moscow" as a quote
        assert isinstance(app.screen, PickerScreen)  # who said it? gold names, nearest first
        await press(pilot, *"lav", "enter")  # the Lavrov right after it
        assert not isinstance(app.screen, PickerScreen)  # the cue is Lavrov's own verb: no question
        [quote] = [u for u in gold_of(store, "quote") if u.state == "added"]
        body = quote.body
        assert isinstance(body, Quote)
        assert words(body.content) == "Tillerson attacked the plan in Moscow" and body.quote_kind == "indirect"
        assert body.speaker == body.speaker_entity == span("Lavrov", 1)
        assert words(body.cue) == "added"
        assert gold_log(store)[-1] == ("add", GOLD)
        assert screen.left_here() == 2
    store.close()


@pytest.mark.anyio
async def test_speaker_and_cue_keys_settle_a_quote_conflict(tmp_path: Path) -> None:
    store = edit_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_review(pilot)
        assert screen.index == 0 and screen.check_action("speaker", ()) and not screen.check_action("roles", ())
        await press(pilot, "S")  # the shown version is a's: Lavrov said it
        assert isinstance(app.screen, PickerScreen)
        await press(pilot, *"till", "enter")
        [quote] = gold_of(store, "quote")
        assert (words(quote.body.speaker), words(quote.body.speaker_entity), words(quote.body.cue)) == (
            "Tillerson",
            "Tillerson",
            "said",
        )
        assert (quote.state, quote.provenance["taken"], quote.provenance["annotators"]) == ("edited", "edit", [])
        assert set(quote.provenance["units"]) == {"a", "b"}  # it settles both annotators' quotes
        assert screen.index == 0 and screen.left_here() == 1  # settled; the cursor stays on it

        await press(pilot, "c", *"no", "enter")  # and no cue: the same gold unit changes again
        [quote] = gold_of(store, "quote")
        assert quote.body.cue is None and words(quote.body.speaker) == "Tillerson"
        assert gold_log(store)[-2:] == [("edit", GOLD), ("edit", GOLD)]
    store.close()


@pytest.mark.anyio
async def test_roles_key_fills_an_event_role_and_settles_the_conflict(tmp_path: Path) -> None:
    store = edit_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_review(pilot)
        await press(pilot, "j", "r")  # a's attack (Attacker only): which role?
        assert isinstance(app.screen, PickerScreen)
        await press(pilot, *"pla", "enter")  # Place
        await press(pilot, *"mos", "enter")  # Moscow
        [event] = gold_of(store, "event")
        assert {r: words(s) for r, s in event.body.arguments.items()} == {"Attacker": "Tillerson", "Place": "Moscow"}
        assert (event.state, event.provenance["taken"]) == ("edited", "edit")
        assert screen.left_here() == 1 and gold_log(store)[-1] == ("edit", GOLD)
    store.close()


def gate_scoring(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Scoring waits until the test sets the returned event."""
    gate = threading.Event()
    real = review_screen.score_documents

    def gated(*args: object) -> object:
        gate.wait(10)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(review_screen, "score_documents", gated)
    return gate


@pytest.mark.anyio
async def test_enter_while_scoring_is_said_and_opens_when_ready(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = edit_store(tmp_path / "c.db")
    gate = gate_scoring(monkeypatch)
    app = app_on(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen) and not app.screen.scored
        await press(pilot, "enter")
        assert isinstance(app.screen, ReviewScreen)
        assert [n.message for n in app._notifications] == [
            "Scoring… 1 document. The first one with conflicts left opens when the list is ready."
        ]
        gate.set()
        for _ in range(100):
            await pilot.pause(0.02)
            if isinstance(app.screen, ReviewDocumentScreen):
                break
        assert isinstance(app.screen, ReviewDocumentScreen) and app.screen.doc_id == "d1"
    store.close()


@pytest.mark.anyio
async def test_a_new_gold_event_with_type_and_a_role(tmp_path: Path) -> None:
    store = edit_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_review(pilot)
        await press(pilot, "v", "left", "left", "e")  # from the quote back to "talks": an event trigger
        assert isinstance(app.screen, PickerScreen)  # its type
        await press(pilot, *"meet", "enter")  # Contact.Meet: Entity, Time, Place
        await press(pilot, *"ent", "enter")  # the role by its name
        await press(pilot, *"lav", "enter")  # Entity: Lavrov, the nearest
        await press(pilot, "escape")  # no more roles: save it
        [event] = [u for u in gold_of(store, "event") if u.state == "added"]
        assert (words(event.span), event.body.type) == ("talks", "Contact.Meet")
        assert {r: words(s) for r, s in event.body.arguments.items()} == {"Entity": "Lavrov"}
        assert event.body.arguments["Entity"] == span("Lavrov")
        assert gold_log(store)[-1] == ("add", GOLD)
    store.close()


@pytest.mark.anyio
async def test_review_loads_the_model_once_the_list_is_scored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Not alongside the scoring thread (they compete for the GIL), but still on its own: an
    article opened from the queue then gets suggestions."""
    store = edit_store(tmp_path / "c.db")
    gate = gate_scoring(monkeypatch)
    nlp = object()
    monkeypatch.setattr(app_module, "load_model", lambda name: nlp)
    app = build_app(Settings(db=str(store.path), annotator=JUDGE), store, load_model=True)
    app.review_on_start = True
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(5):
            await pilot.pause(0.02)
        assert app.model_state == "off" and app.nlp is None  # still scoring
        gate.set()
        await wait_scored(pilot)
        for _ in range(100):
            if app.model_state == "ready":
                break
            await pilot.pause(0.02)
        assert app.model_state == "ready" and app.nlp is nlp
    store.close()


@pytest.mark.anyio
async def test_leaving_the_review_while_scoring_still_loads_the_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = edit_store(tmp_path / "c.db")
    gate = gate_scoring(monkeypatch)  # released only at the end: the list is not scored meanwhile
    monkeypatch.setattr(app_module, "load_model", lambda name: "nlp")
    app = build_app(Settings(db=str(store.path), annotator=JUDGE), store, load_model=True)
    app.review_on_start = True
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen) and app.model_state == "off"
        await press(pilot, "escape")  # to the queue
        for _ in range(100):
            if app.model_state == "ready":
                break
            await pilot.pause(0.02)
        assert app.model_state == "ready" and app.nlp == "nlp"
        gate.set()  # let the abandoned scoring thread end, so the app exits at once
    store.close()
