"""Helpers for the article-screen tests: a file store with suggestions of every kind, no spaCy."""

from __future__ import annotations

from pathlib import Path

import pytest
from article_data import LAYER, TEXT, ent, span, suggestions_for  # noqa: F401 (tests import them from here)

from annotator.config import Settings
from annotator.core.models import Document, Unit
from annotator.store import Layer, SqliteStore, open_store
from annotator.tui.app import AnnotatorApp
from annotator.tui.factory import build_app


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


ANNOTATOR = "ann"


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
