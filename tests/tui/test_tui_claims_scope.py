"""Pilot: in a corpus open for claims the queue and the article header are about my articles.

Found in a user trial: an annotator who had claims only saw the queue scope "all articles"
(decided when the queue opened, before any claim) and an article header counting the corpus
("article 1 of 5"), not their own work. Both backends: the scope and the header read the store.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from backends import backend, store_target  # noqa: F401 (fixtures: each test runs on both stores)
from tui_shell_support import anyio_backend, numbered_docs  # noqa: F401 (fixture)

from annotator.config import Settings
from annotator.store import open_store
from annotator.tui.app import AnnotatorApp
from annotator.tui.factory import build_app
from annotator.tui.screens import queue

pytestmark = pytest.mark.anyio


@pytest.fixture
def corpus(store_target: str | Path) -> Iterator[tuple[Any, str | Path]]:  # noqa: F811 (the fixture imported above)
    """Five articles: the store the desk runs on, and where it lives (on each backend)."""
    target = store_target
    store = open_store(target)
    store.insert_documents(numbered_docs(5))
    yield store, target
    store.close()


@pytest.fixture(autouse=True)
def _quick_poll(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(queue, "LIST_POLL_S", 0.05, raising=False)  # claims made elsewhere show within a test's pause


def desk(store: Any, target: str | Path, who: str = "alice") -> AnnotatorApp:
    return build_app(Settings(db=str(target), annotator=who), store, load_model=False)


def ids(app: AnnotatorApp) -> list[str]:
    return [row.id for row in app.screen.rows]


def text_of(app: AnnotatorApp, selector: str) -> str:
    return str(app.screen.query_one(selector).render())


async def test_claims_only_queue_opens_on_mine_and_follows_my_claims(corpus: tuple[Any, str | Path]) -> None:
    store, target = corpus
    store.open_claims(1)
    assert store.claim("bob") == ["d0001"]
    app = desk(store, target)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert "my articles" in text_of(app, "#queue-title")  # not "all articles": bob's d0001 is not mine
        assert ids(app) == []
        assert "n claims the next article" in text_of(app, "#queue-page")
        await pilot.press("n")
        await pilot.pause()
        assert app.screen.doc_id == "d0002"
        assert "your article 1 of 1" in text_of(app, "#article-header")  # not "article 2 of 5"
        await pilot.press("escape")
        await pilot.pause()
        assert ids(app) == ["d0002"]
        assert text_of(app, "#queue-done") == "0 / 1 done"
        other = open_store(target)  # alice's other desk (or `annotator claim`) while this queue is shown
        other.claim("alice", 2)
        other.close()
        await pilot.pause(0.3)
        assert ids(app) == ["d0002", "d0003", "d0004"]
        assert text_of(app, "#queue-done") == "0 / 3 done"
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.screen.doc_id == "d0003"
        assert "your article 2 of 3" in text_of(app, "#article-header")


async def test_header_says_when_an_article_is_not_mine(corpus: tuple[Any, str | Path]) -> None:
    store, target = corpus
    store.open_claims(1)
    store.claim("bob")  # d0001
    store.claim("alice", 2)  # d0002, d0003
    app = desk(store, target)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert ids(app) == ["d0002", "d0003"]
        await pilot.press("a")  # the whole corpus: bob's article is there to read
        await pilot.pause()
        assert "all articles" in text_of(app, "#queue-title")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.doc_id == "d0001"
        assert "not one of your 2" in text_of(app, "#article-header")
        await pilot.press("escape")
        await pilot.pause(0.3)  # polls on: the scope I chose stays
        assert "all articles" in text_of(app, "#queue-title") and len(ids(app)) == 5


async def test_corpus_opened_for_claims_while_the_desk_runs(corpus: tuple[Any, str | Path]) -> None:
    store, target = corpus
    app = desk(store, target)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert "all articles" in text_of(app, "#queue-title") and len(ids(app)) == 5
        assert app.screen.check_action("toggle_scope", ()) is False  # no list of mine yet
        admin = open_store(target)  # the admin runs `annotator assign --open --overlap 2`
        admin.open_claims(2)
        admin.close()
        await pilot.pause(0.3)
        assert "my articles" in text_of(app, "#queue-title") and ids(app) == []
        assert app.screen.check_action("toggle_scope", ()) is True
        await pilot.press("n")
        await pilot.pause()
        assert app.screen.doc_id == "d0001"
        assert "your article 1 of 1" in text_of(app, "#article-header")
