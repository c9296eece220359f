"""Pilot: after a correction, C offers it for identical mentions here and in other articles; a/s/A decide, u undoes."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_article_support import anyio_backend, app_on, article_store, open_article, texts  # noqa: F401

from annotator.core.models import Document
from annotator.desk import Desk
from annotator.tui.screens.article_consistency import candidate_ids, progress_line
from annotator.tui.screens.consistency import ConsistencyScreen

pytestmark = pytest.mark.anyio


async def until_listed(app: object, pilot: object) -> None:
    """C looks through the corpus in a worker: wait for its list."""
    for _ in range(200):
        await pilot.pause(0.02)  # type: ignore[attr-defined]
        if isinstance(app.screen, ConsistencyScreen) or app.screen._gathering is None:  # type: ignore[attr-defined]
            return


async def test_relabel_then_C_corrects_the_same_mention_in_other_articles(tmp_path: Path) -> None:
    store = article_store(tmp_path / "c.db", n=3)
    app = app_on(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        await pilot.press("j", "2")  # Russia -> ORG here
        assert ("Russia", "ORG", "edited") in texts(store, "a1")
        await pilot.press("C")
        await until_listed(app, pilot)
        screen = app.screen
        assert isinstance(screen, ConsistencyScreen)
        assert [m.doc_id for m in screen.matches] == ["a2", "a3"]
        await pilot.press("a")  # a2: accepted, written to a2's log
        await pilot.press("s")  # a3: skipped (the list closes: all decided)
        await pilot.pause()
        assert not isinstance(app.screen, ConsistencyScreen)
        assert ("Russia", "ORG", "edited") in texts(store, "a2")
        assert all(label != "ORG" for _, label, _ in texts(store, "a3"))
        app.screen.open_article("a2")
        await pilot.pause()
        await pilot.press("u")  # undone in a2's own log
        await pilot.pause()
        assert ("Russia", "ORG", "edited") not in texts(store, "a2")


async def test_reject_then_C_and_accept_all(tmp_path: Path) -> None:
    store = article_store(tmp_path / "c.db", n=3)
    app = app_on(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        await pilot.press("j", "x")  # Russia is no entity here
        await pilot.press("C")
        await until_listed(app, pilot)
        assert isinstance(app.screen, ConsistencyScreen)
        await pilot.press("A")
        await pilot.pause()
        for doc_id in ("a2", "a3"):
            assert ("Russia", "GPE", "rejected") in texts(store, doc_id)


async def test_C_with_no_correction_says_so(tmp_path: Path) -> None:
    app = app_on(article_store(tmp_path / "c.db"))
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        await pilot.press("C")
        await pilot.pause()
        assert not isinstance(app.screen, ConsistencyScreen)


async def test_C_loads_only_the_articles_the_full_text_search_names(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """At 100k articles C must not open every one: only those holding the mention's words are read."""
    store = article_store(tmp_path / "c.db", n=3)
    store.insert_documents([Document(id=f"z{i}", title="Other", text=f"Nothing of the kind, {i}.") for i in range(30)])
    loaded: list[str] = []
    real_load = Desk.load

    def counted(self, doc_id):  # type: ignore[no-untyped-def]
        loaded.append(doc_id)
        return real_load(self, doc_id)

    monkeypatch.setattr(Desk, "load", counted)
    app = app_on(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        await pilot.press("j", "2")
        loaded.clear()
        await pilot.press("C")
        await until_listed(app, pilot)
        assert isinstance(app.screen, ConsistencyScreen)
        assert [m.doc_id for m in app.screen.matches] == ["a2", "a3"]
    assert not [d for d in loaded if d.startswith("z")]


def test_candidates_come_from_the_search_and_the_bar_fills(tmp_path: Path) -> None:
    store = article_store(tmp_path / "c.db", n=3)
    store.insert_documents([Document(id="z1", title="Other", text="No such words.")])
    assert list(candidate_ids(store, "Russia", "a1")) == ["a2", "a3"]
    assert list(candidate_ids(store, "—", "a1")) == ["a2", "a3", "z1"]  # no word to search by: every article
    assert "[" + "█" * 12 + "·" * 12 + "]" in progress_line(50, 100)
    store.close()
