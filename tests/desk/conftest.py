"""A small article with suggestions of every kind, stored the way the suggester stores them, on each backend."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from article_data import LAYER, TEXT, ent, span, suggestions_for  # noqa: F401 (tests import them from here)
from backends import backend, file_store, mem_store, store_target  # noqa: F401 (the desk flows run on both stores)

from annotator.core.models import Document
from annotator.desk import Desk
from annotator.store import SqliteStore


@dataclass
class Article:
    doc_id: str
    text: str
    desk: Desk
    store: SqliteStore


def put_article(store: SqliteStore, doc_id: str = "a1", text: str = TEXT, *, suggest: bool = True) -> None:
    store.insert_documents([Document(id=doc_id, title=f"Title {doc_id}", text=text, outlet="FT")])
    if suggest:
        store.add_units(LAYER, suggestions_for(doc_id, text, score=0.9))
        store.mark_layer_done(LAYER, [doc_id])


@pytest.fixture
def article(mem_store: SqliteStore) -> Article:  # noqa: F811 (the fixture imported above)
    put_article(mem_store)
    desk = Desk(mem_store, "ann")
    desk.load("a1")
    return Article("a1", TEXT, desk, mem_store)
