"""Fixtures for the export tests: stores holding gold of every unit kind on awkward texts."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.core.models import Boilerplate, Document, Entity, Event, Quote, Span, Unit
from annotator.export.runner import run_export
from annotator.store import SqliteStore, open_store

SAMPLE_DIR = Path(__file__).resolve().parents[2] / "annotator" / "data" / "sample"

# Names in the sample articles, for a gold layer made without a model.
SAMPLE_NAMES = {
    "Maria Zakharova": "PERSON",
    "Vladimir Putin": "PERSON",
    "Donald Trump": "PERSON",
    "Barack Obama": "PERSON",
    "Sergei Lavrov": "PERSON",
    "Moscow": "GPE",
    "Washington": "GPE",
    "Maryland": "GPE",
    "Russia": "GPE",
    "New York": "GPE",
    "Kremlin": "ORG",
    "Financial Times": "ORG",
    "December": "DATE",
    "Monday": "DATE",
}

# One text per trap: accents (composed and not), emoji with ZWJ, CJK, right-to-left, a
# span across a line break, a tab, a non-breaking space and U+2028.
TRICKY = (
    "Zürich: Маріа said «no». Ministers met in São Paulo on Monday.\n"
    "The family 👨\u200d👩\u200d👧 waved; 東京 officials 发言 twice.\n"
    "שלום עליכם, said Ali\tin Cairo; مرحبا bye\u00a0now.\u2028End of New\nYork story."
)


def tricky_units(doc_id: str, text: str) -> list[Unit]:
    """Entities (two overlapping), a split quote with speaker and cue, an event, boilerplate."""

    def at(word: str, nth: int = 0) -> Span:
        start = [m.start() for m in re.finditer(re.escape(word), text)][nth]
        return Span(start=start, end=start + len(word))

    zurich, family, tokyo = at("Zürich"), at("👨\u200d👩\u200d👧"), at("東京")
    sao, paulo, monday = at("São Paulo"), at("Paulo"), at("Monday")
    newyork = Span(start=text.index("New\nYork"), end=text.index("New\nYork") + 8)
    bodies = [
        Entity(start=zurich.start, end=zurich.end, label="GPE"),
        Entity(start=sao.start, end=sao.end, label="GPE"),
        Entity(start=paulo.start, end=paulo.end, label="PERSON"),  # overlaps São Paulo
        Entity(start=family.start, end=family.end, label="NORP"),
        Entity(start=tokyo.start, end=tokyo.end, label="GPE"),
        Entity(start=at("Cairo").start, end=at("Cairo").end, label="GPE"),
        Entity(start=newyork.start, end=newyork.end, label="GPE"),
        Entity(start=at("שלום").start, end=at("שלום").end, label="PERSON"),
        Quote(
            content=at("«no»"),
            quote_kind="direct",
            speaker=at("Маріа"),
            speaker_entity=at("Маріа"),
            cue=at("said"),
            extra=(at("שלום עליכם"),),
        ),
        Quote(content=at("twice"), quote_kind="indirect", speaker=at("officials"), cue=at("发言")),
        Event(
            trigger=at("met"), type="Contact.Meet", arguments={"Entity": at("Ministers"), "Place": sao, "Time": monday}
        ),
        Boilerplate(start=at("End of").start, end=at("End of").end),
    ]
    return [Unit(doc_id=doc_id, body=b, state="accepted") for b in bodies]


def sample_gold(doc: Document) -> list[Unit]:
    units = []
    for name, label in SAMPLE_NAMES.items():
        for m in re.finditer(rf"\b{re.escape(name)}\b", doc.text):
            units.append(Unit(doc_id=doc.id, body=Entity(start=m.start(), end=m.end(), label=label), state="accepted"))
    return units


def sample_documents() -> list[Document]:
    from annotator.importers.text_files import read_text_file

    return [read_text_file(p) for p in sorted(SAMPLE_DIR.glob("*.txt"))]


@pytest.fixture
def gold_store(tmp_path: Path) -> Iterator[SqliteStore]:
    """Two sample articles and the tricky text, with gold, an annotator layer and a rejected unit."""
    store = open_store(tmp_path / "corpus.db")
    docs = sample_documents()[:2]
    tricky = Document(id="tricky/1", title="Tricky", text=TRICKY, meta={"source": "test"}, outlet="Test")
    store.insert_documents([*docs, tricky])
    for doc in docs:
        store.add_units("gold", sample_gold(doc))
    store.add_units("gold", tricky_units(tricky.id, TRICKY))
    alice = tricky_units(tricky.id, TRICKY)[:3]
    alice[2] = alice[2].model_copy(update={"state": "rejected"})
    store.add_units("annotator:alice", alice)
    store.set_status(tricky.id, "alice", "done")
    yield store
    store.close()


def export(store: SqliteStore, tmp_path: Path, fmt: str, layer: str = "gold", name: str | None = None, **kw: object):
    out = tmp_path / (name or f"out-{fmt}-{layer.replace(':', '-')}")
    stats = run_export(store, fmt=fmt, layer=layer, out=out, **kw)  # type: ignore[arg-type]
    return out, stats
