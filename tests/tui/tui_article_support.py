"""Helpers for the article-screen tests: a file store with suggestions of every kind, no spaCy."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.config import Settings
from annotator.core.models import Boilerplate, Document, Entity, Event, Quote, Span, Unit
from annotator.store import Layer, SqliteStore, open_store
from annotator.tui.app import AnnotatorApp
from annotator.tui.factory import build_app


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


LAYER = "suggestions:test@1"
ANNOTATOR = "ann"
TEXT = (
    'Maria Zakharova, the spokeswoman, said Russia would "take counter measures against the US." '
    "She said Moscow could expel diplomats.\n"
    "Photo: José Müller 😀 | AFP\n"
)


def span(text: str, needle: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span(start=start, end=start + len(needle))


def ent(text: str, needle: str, label: str) -> Entity:
    s = span(text, needle)
    return Entity(start=s.start, end=s.end, label=label)


def suggestions_for(doc_id: str, text: str) -> list[Unit]:
    quote = Quote(
        content=span(text, '"take counter measures against the US."'),
        speaker=span(text, "Maria Zakharova"),
        speaker_entity=span(text, "Maria Zakharova"),
        cue=span(text, "said"),
    )
    event = Event(
        trigger=span(text, "expel"),
        type="Personnel.Expel",
        arguments={"Agent": span(text, "Moscow"), "Patient": span(text, "diplomats")},
    )
    photo = span(text, "Photo: José Müller 😀 | AFP")
    bodies = [
        ent(text, "Maria Zakharova", "PERSON"),
        ent(text, "Russia", "GPE"),
        ent(text, "US", "GPE"),
        ent(text, "Moscow", "GPE"),
        quote,
        event,
        Boilerplate(start=photo.start, end=photo.end),
    ]
    return [Unit(doc_id=doc_id, body=b, source="test") for b in bodies]


def article_store(path: Path, n: int = 3) -> SqliteStore:
    """`n` articles a1..an with the same kind of text (made distinct), each with suggestions."""
    store = open_store(path)
    for i in range(1, n + 1):
        text = TEXT + f"Story {i}.\n"
        doc_id = f"a{i}"
        store.insert_documents([Document(id=doc_id, title=f"Story {i}", text=text, outlet="FT")])
        store.add_units(LAYER, suggestions_for(doc_id, text))
        store.mark_layer_done(LAYER, [doc_id])
    return store


def app_on(store: SqliteStore) -> AnnotatorApp:
    return build_app(Settings(db=str(store.path), annotator=ANNOTATOR), store, load_model=False)


def mine(store: SqliteStore, doc_id: str = "a1") -> list[Unit]:
    return store.units(doc_id, Layer.annotator_name(ANNOTATOR))


def texts(store: SqliteStore, doc_id: str = "a1") -> list[tuple[str, str, str]]:
    """My units as (text, label, state), in text order."""
    text = store.document(doc_id).text
    out = []
    for u in mine(store, doc_id):
        label = getattr(u.body, "label", None) or getattr(u.body, "type", None) or u.body.quote_kind
        out.append((u.body.span.text_of(text), label, u.state))
    return out


async def open_article(app: AnnotatorApp, pilot: object, doc_id: str = "a1") -> None:
    app.open_article(doc_id)
    await pilot.pause()  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]
