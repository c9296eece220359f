"""Helpers for the app-shell tests: stores with N short articles, apps built by the one factory."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.config import Settings
from annotator.core.models import Document
from annotator.store import SqliteStore, open_store
from annotator.tui.app import AnnotatorApp
from annotator.tui.factory import build_app


@pytest.fixture
def anyio_backend() -> str:
    """Pilot tests run on asyncio (the anyio plugin drives `async def` tests; import this fixture)."""
    return "asyncio"


WORDS = ("harbour", "senate", "wildfire", "budget", "election", "museum", "strike", "vaccine")


def numbered_docs(n: int) -> list[Document]:
    """Article i mentions WORDS[i % 8] and a unique token `docNNNN`, so search has known answers."""
    return [
        Document(
            id=f"d{i:04d}",
            title=f"Story {i:04d} about the {WORDS[i % len(WORDS)]}",
            text=f"Body of story doc{i:04d}: the {WORDS[i % len(WORDS)]} made news on day {i}.",
            outlet=f"Outlet {i % 3}",
        )
        for i in range(1, n + 1)
    ]


def store_with(path: Path, n: int) -> SqliteStore:
    store = open_store(path)
    store.insert_documents(numbered_docs(n))
    return store


def app_on(store: SqliteStore, annotator: str = "alice", **settings: object) -> AnnotatorApp:
    return build_app(Settings(db=str(store.path), annotator=annotator, **settings), store, load_model=False)
