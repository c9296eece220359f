"""A small article with suggestions of every kind, stored the way the suggester stores them."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from annotator.core.models import Boilerplate, Document, Entity, Event, Quote, Span, Unit
from annotator.desk import Desk
from annotator.store import SqliteStore

LAYER = "suggestions:test@1"
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


def ent(text: str, needle: str, label: str, nth: int = 0) -> Entity:
    s = span(text, needle, nth)
    return Entity(start=s.start, end=s.end, label=label)


@dataclass
class Article:
    doc_id: str
    text: str
    desk: Desk
    store: SqliteStore


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
    return [Unit(doc_id=doc_id, body=b, source="test", score=0.9) for b in bodies]


def put_article(store: SqliteStore, doc_id: str = "a1", text: str = TEXT, *, suggest: bool = True) -> None:
    store.insert_documents([Document(id=doc_id, title=f"Title {doc_id}", text=text, outlet="FT")])
    if suggest:
        store.add_units(LAYER, suggestions_for(doc_id, text))
        store.mark_layer_done(LAYER, [doc_id])


@pytest.fixture
def article(mem_store: SqliteStore) -> Article:
    put_article(mem_store)
    desk = Desk(mem_store, "ann")
    desk.load("a1")
    return Article("a1", TEXT, desk, mem_store)
