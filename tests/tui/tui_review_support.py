"""Helpers for the review-screen tests: a file store where three annotators disagree in known ways."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.config import Settings
from annotator.core.models import Body, Decision, Document, Entity, Unit
from annotator.store import GOLD, SqliteStore, open_store
from annotator.tui.app import AnnotatorApp
from annotator.tui.factory import build_app


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


JUDGE = "judge"
TEXT = "Sergei Lavrov met Rex Tillerson in Moscow on Tuesday."
#       0            13   18           31   35     42 45     52
TEXT2 = "Lavrov spoke in Moscow today."


def ent(start: int, end: int, label: str) -> Entity:
    return Entity(start=start, end=end, label=label)


def mark(store: SqliteStore, who: str, doc_id: str, body: Body) -> None:
    """An annotator's unit, made the way the article screen makes it: one logged decision."""
    unit = Unit(doc_id=doc_id, body=body, state="added")
    store.decide([Decision(doc_id=doc_id, annotator=who, action="add", after=unit.model_dump())])


def review_store(path: Path) -> SqliteStore:
    """d1: three conflicts (label on Tillerson, Moscow only by a, the date's boundary) and one agreed
    unit; d2: complete agreement."""
    store = open_store(path)
    store.insert_documents(
        [
            Document(id="d1", title="Lavrov meets Tillerson", text=TEXT),
            Document(id="d2", title="Lavrov in Moscow", text=TEXT2),
        ]
    )
    for who in "abc":
        mark(store, who, "d1", ent(0, 13, "PERSON"))
        mark(store, who, "d2", ent(0, 6, "PERSON"))
    mark(store, "a", "d1", ent(18, 31, "PERSON"))
    mark(store, "b", "d1", ent(18, 31, "PERSON"))
    mark(store, "c", "d1", ent(18, 31, "ORG"))
    mark(store, "a", "d1", ent(35, 41, "GPE"))
    mark(store, "b", "d1", ent(45, 52, "DATE"))
    mark(store, "c", "d1", ent(42, 52, "DATE"))
    for doc_id in ("d1", "d2"):
        for who in "abc":
            store.set_status(doc_id, who, "done")  # only finished work goes to review
    return store


def app_on(store: SqliteStore, *, review: bool = True, **settings: object) -> AnnotatorApp:
    app = build_app(Settings(db=str(store.path), annotator=JUDGE, **settings), store, load_model=False)  # type: ignore[arg-type]
    app.review_on_start = review
    return app


def gold(store: SqliteStore, doc_id: str = "d1") -> list[tuple[str, str, str, str]]:
    """Gold as (words, label, state, taken), in text order."""
    text = store.document(doc_id).text
    out = []
    for u in store.units(doc_id, GOLD):
        out.append((text[u.body.start : u.body.end], u.body.label, u.state, u.provenance.get("taken", "")))
    return out


async def wait_scored(pilot: object) -> None:
    """Let the scoring worker finish and the list fill."""
    from annotator.tui.screens.review import ReviewScreen

    app = pilot.app  # type: ignore[attr-defined]
    for _ in range(100):
        await pilot.pause(0.02)  # type: ignore[attr-defined]
        screen = app.screen
        if isinstance(screen, ReviewScreen) and screen.session is not None and screen.session.loaded:
            await pilot.pause()  # type: ignore[attr-defined]
            return
    raise AssertionError("the review list never finished scoring")


async def open_doc(pilot: object, doc_id: str = "d1") -> None:
    """From the loaded list, open a document as the adjudicator would (cursor, Enter)."""
    screen = pilot.app.screen  # type: ignore[attr-defined]
    index = screen.session.index_of(doc_id)
    screen.rows.show_cursor(index)
    await pilot.press("enter")  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]
