"""A crafted three-outlet story with suggestions of every kind, and its conflicts, for tests (no spaCy)."""

from __future__ import annotations

from pathlib import Path

from annotator.core.models import Document, Entity, Event, Quote, Span, Unit
from annotator.store import SqliteStore, open_store

LAYER = "suggestions:test@1"
KEY = "compounds"
BLOOMBERG = (
    "The U.S. will commit “daylight robbery” if it keeps the compounds, Foreign Minister Sergei Lavrov "
    "told reporters in Minsk on Monday. Obama expelled 35 Russian diplomats in December."
)
CNBC = (
    "Speaking in Minsk on Monday, Sergey Lavrov described the U.S. attitude as a “robbery in broad daylight.” "
    "Obama expelled 35 diplomats last year, Lavrov told journalists."
)
FT = (
    "Maria Zakharova, the foreign ministry spokeswoman, said Russia would respond. Mr Lavrov said Obama had "
    "expelled 755 staff from the compounds."
)


def at(text: str, words: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return Span(start=start, end=start + len(words))


def ent(text: str, words: str, label: str, nth: int = 0) -> Entity:
    s = at(text, words, nth)
    return Entity(start=s.start, end=s.end, label=label)


def units_for(doc_id: str, text: str) -> list[Unit]:
    bodies: list = []
    if doc_id == "bloomberg":
        bodies = [
            ent(text, "U.S.", "GPE"),
            ent(text, "Foreign Minister Sergei Lavrov", "PERSON"),  # title inside the span
            ent(text, "Minsk", "GPE"),
            ent(text, "Obama", "PERSON"),
            Quote(
                content=at(text, "daylight robbery"),
                quote_kind="partial",
                speaker=at(text, "Foreign Minister Sergei Lavrov"),
                speaker_entity=at(text, "Foreign Minister Sergei Lavrov"),
                cue=at(text, "told"),
            ),
            Event(
                trigger=at(text, "expelled"),
                type="Personnel.Expel",
                arguments={"Agent": at(text, "Obama"), "Patient": at(text, "35 Russian diplomats")},
            ),
        ]
    elif doc_id == "cnbc":
        bodies = [
            ent(text, "Minsk", "GPE"),
            ent(text, "Sergey Lavrov", "ORG"),  # the label conflict
            ent(text, "U.S.", "GPE"),
            ent(text, "Obama", "PERSON"),
            ent(text, "Lavrov", "PERSON", nth=1),
            Quote(
                content=at(text, "robbery in broad daylight."),
                quote_kind="direct",
                speaker=at(text, "Minsk"),  # the speaker conflict: a place for a person
                speaker_entity=at(text, "Minsk"),
                cue=at(text, "described"),
            ),
            Event(
                trigger=at(text, "expelled"),
                type="Personnel.Expel",
                arguments={"Agent": at(text, "Obama"), "Patient": at(text, "35 diplomats")},
            ),
        ]
    elif doc_id == "ft":
        bodies = [
            ent(text, "Maria Zakharova", "PERSON"),
            ent(text, "Russia", "GPE"),
            ent(text, "Lavrov", "PERSON"),
            ent(text, "Obama", "PERSON"),
            Event(
                trigger=at(text, "expelled"),
                type="Personnel.Expel",
                arguments={"Agent": at(text, "Obama"), "Patient": at(text, "755 staff")},
            ),
        ]
    return [Unit(doc_id=doc_id, body=b, source="test", score=0.9) for b in bodies]


DOCS = (("bloomberg", "Bloomberg", BLOOMBERG), ("cnbc", "CNBC", CNBC), ("ft", "Financial Times", FT))


def story_store(path: Path | None = None) -> SqliteStore:
    store = open_store(path)
    for doc_id, outlet, text in DOCS:
        store.insert_documents(
            [Document(id=doc_id, title=f"{outlet} on Lavrov", text=text, outlet=outlet, story_key=KEY)]
        )
        store.add_units(LAYER, units_for(doc_id, text))
        store.mark_layer_done(LAYER, [doc_id])
    store.insert_documents([Document(id="other", title="Football", text="Porto beat Benfica 2-1 in Lisbon.")])
    return store
