"""A claim is a write: when another process holds the database, `n` and `d` wait in a worker.

Before, the queue's `n` and the article's `d` claimed on the screen's thread with the 30 s
busy timeout: the desk stopped drawing and took no keys until the other writer let go.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from busy_support import Holder, until
from tui_shell_support import anyio_backend, app_on, store_with  # noqa: F401 (fixture)

from annotator import desk
from annotator.store import SqliteStore
from annotator.tui.app import AnnotatorApp
from annotator.tui.screens.article import ArticleScreen
from annotator.tui.screens.queue import CLAIM_WAITING, QueueScreen

pytestmark = pytest.mark.anyio


def _claims_desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[SqliteStore, AnnotatorApp]:
    """Three articles open for claims, one annotator each, and alice's desk; a waiting write retries every 0.2 s."""
    monkeypatch.setattr(desk, "WORKER_TRY_S", 0.2)
    store = store_with(tmp_path / "c.db", 3)
    store.open_claims(1)
    return store, app_on(store)


def _notes(app: Any) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def test_n_waits_for_a_busy_database_and_opens_the_claim_when_it_is_free(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, app = _claims_desk(tmp_path, monkeypatch)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        holder = Holder(tmp_path / "c.db")
        try:
            await pilot.press("n")
            assert isinstance(app.screen, QueueScreen)  # nothing opened yet, and the desk still draws
            assert CLAIM_WAITING in _notes(app)
            await pilot.press("down")  # keys still work while the claim waits
            await pilot.press("n")  # a second n does not claim twice
            assert store.assignments("alice") == []
        finally:
            holder.release()
        await until(pilot, lambda: isinstance(app.screen, ArticleScreen))
        assert isinstance(app.screen, ArticleScreen) and app.screen.doc_id == "d0001"
        assert store.assignments("alice") == [("d0001", "alice")]


async def test_done_lands_and_the_claim_after_it_waits_for_a_busy_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, app = _claims_desk(tmp_path, monkeypatch)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ArticleScreen) and screen.doc_id == "d0001"
        holders: list[Holder] = []
        real = app.store.next_work

        def busy_then_claim(who: str, after: str = "") -> str | None:
            if not holders:  # the status is saved; another process takes the lock before the claim
                holders.append(Holder(tmp_path / "c.db"))
            return real(who, after)

        monkeypatch.setattr(app.store, "next_work", busy_then_claim)
        try:
            await pilot.press("d")  # no suggestions here, so no question first
            await until(pilot, lambda: bool(holders) and screen.waiting is not None, limit=5)
            assert store.state("d0001", "alice").status == "done"  # saved before the claim waited
            assert screen.waiting is not None and app.screen is screen  # the claim waits; the desk draws
            assert store.assignments("alice") == [("d0001", "alice")]
        finally:
            for holder in holders:
                holder.release()
        await until(pilot, lambda: isinstance(app.screen, ArticleScreen) and app.screen.doc_id == "d0002")
        assert isinstance(app.screen, ArticleScreen) and app.screen.doc_id == "d0002"
        assert store.assignments("alice") == [("d0001", "alice"), ("d0002", "alice")]
