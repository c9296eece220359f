"""A busy or refusing database never freezes or crashes the article screen.

Another process holds the write lock (as a large import or suggest run may) while the
editor presses `a`: the screen says it is waiting, other keys still work, and the decision
lands (and only then shows) once the lock is free. A write that finally fails is one line
on screen, and nothing is shown as saved.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from busy_support import Holder, until
from tui_article_support import anyio_backend, app_on, article_store, mine, open_article  # noqa: F401 (fixture)

from annotator import desk
from annotator.tui.screens.article import ArticleScreen

pytestmark = pytest.mark.anyio


def _line(screen: ArticleScreen) -> str:
    prompt = screen.prompt_line()
    return str(prompt.content) if prompt.display else ""


async def test_accept_waits_for_another_process_and_lands_when_the_lock_is_free(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(desk, "WORKER_TRY_S", 0.2)  # the lock is held across several busy timeouts
    store = article_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        screen = app.screen
        assert isinstance(screen, ArticleScreen)
        first = screen.focus_key
        holder = Holder(tmp_path / "c.db")
        try:
            await pilot.press("a")
            assert screen.waiting is not None
            assert "waiting for the database: another process is writing" in _line(screen)
            assert "\n" not in _line(screen)
            assert mine(store) == [] and screen.desk.state.view(first).state == "suggested"  # not shown as saved
            await pilot.press("j")  # keys stay live while the write waits
            moved = screen.focus_key
            assert moved != first and "waiting for the database" in _line(screen)
            await pilot.press("a")  # a second edit waits its turn: refused, said so
            assert "still waiting" in _line(screen)
            await pilot.pause(1.0)  # several busy timeouts pass: still alive, still waiting
            assert app.is_running and screen.waiting is not None and mine(store) == []
            assert "s)" in _line(screen)  # it says how long it has waited
        finally:
            holder.release()
        await until(pilot, lambda: screen.waiting is None)
        assert [(u.origin_id, u.state) for u in mine(store)] == [(first, "accepted")]
        assert screen.desk.state.view(first).state == "accepted"
        assert _line(screen) == "" and screen.focus_key == moved  # the editor's place is kept
        await pilot.press("a")  # the lock is free: a write goes through at once again
        assert len(mine(store)) == 2 and screen.waiting is None


async def test_a_lock_never_freed_is_one_line_and_nothing_is_shown_saved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(desk, "WORKER_TRY_S", 0.2)
    monkeypatch.setattr(desk, "WAIT_LIMIT_S", 0.6)
    store = article_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        screen = app.screen
        assert isinstance(screen, ArticleScreen)
        first = screen.focus_key
        holder = Holder(tmp_path / "c.db")
        try:
            await pilot.press("a")
            await until(pilot, lambda: screen.waiting is None)
            line = _line(screen)
            assert line.startswith("not saved: the database stayed busy") and "\n" not in line
            assert "Traceback" not in line
            assert app.is_running and mine(store) == []
            assert screen.desk.state.view(first).state == "suggested"
        finally:
            holder.release()
        await pilot.press("a")  # once free, the same key saves, and the line goes
        assert [u.state for u in mine(store)] == ["accepted"] and _line(screen) == ""


async def test_a_read_only_database_is_one_line_and_nothing_is_shown_saved(tmp_path: Path) -> None:
    store = article_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        screen = app.screen
        assert isinstance(screen, ArticleScreen)
        first = screen.focus_key
        app.store.conn.execute("PRAGMA query_only = ON")  # SQLite refuses every write: SQLITE_READONLY
        await pilot.press("a")
        line = _line(screen)
        assert line == "not saved: the database is read-only"
        assert app.is_running and screen.waiting is None
        assert screen.desk.state.view(first).state == "suggested" and screen.desk.state.mine == {}
        await pilot.press("d", "d")  # marking done (confirmed) is refused the same way: the article stays open
        assert isinstance(app.screen, ArticleScreen) and app.screen.doc_id == "a1"
        assert store.state("a1", "ann").status == "todo"
        app.store.conn.execute("PRAGMA query_only = OFF")
        await pilot.press("a")
        assert [u.state for u in mine(store)] == ["accepted"] and _line(screen) == ""


async def test_review_takes_a_version_once_another_process_frees_the_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui_review_support import app_on as review_app
    from tui_review_support import gold, open_doc, review_store, wait_scored

    from annotator.tui.screens.review_document import ReviewDocumentScreen

    monkeypatch.setattr(desk, "WORKER_TRY_S", 0.2)
    store = review_store(tmp_path / "c.db")
    app = review_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_scored(pilot)
        await open_doc(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewDocumentScreen)
        before = gold(store)
        holder = Holder(tmp_path / "c.db")
        try:
            await pilot.press("3")  # c's version of the first conflict
            assert screen.waiting is not None and "waiting for the database" in _line(screen)
            await pilot.press("j")  # moving between conflicts still works
            assert screen.index == 1
            await pilot.pause(0.6)
            assert app.is_running and gold(store) == before
        finally:
            holder.release()
        await until(pilot, lambda: screen.waiting is None)
        assert ("Rex Tillerson", "ORG", "accepted", "c") in gold(store)
        assert _line(screen) == ""


async def test_opening_from_the_queue_and_a_review_document_never_wait_on_the_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening writes too (the resume point; agreed units into gold): a held lock must not freeze it."""
    from tui_review_support import app_on as review_app
    from tui_review_support import gold, open_doc, review_store, wait_scored

    from annotator.store import sqlite
    from annotator.tui.screens.review_document import ReviewDocumentScreen

    monkeypatch.setattr(sqlite, "BUSY_TIMEOUT_S", 20.0)  # a wait would show as a 20 s test
    store = review_store(tmp_path / "c.db")
    app = review_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_scored(pilot)
        holder = Holder(tmp_path / "c.db")
        try:
            began = time.monotonic()
            await open_doc(pilot)
            screen = app.screen
            assert isinstance(screen, ReviewDocumentScreen)
            assert time.monotonic() - began < 10  # the whole point: it did not wait out the timeout
            assert "busy" in _line(screen) and gold(store) == []
            assert [c.kind for c in screen.conflicts] == ["label", "missing", "missing"]
        finally:
            holder.release()


async def test_opening_an_article_while_another_process_writes_does_not_wait(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from annotator.store import sqlite

    monkeypatch.setattr(sqlite, "BUSY_TIMEOUT_S", 20.0)
    store = article_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(120, 40)) as pilot:
        holder = Holder(tmp_path / "c.db")
        try:
            began = time.monotonic()
            await open_article(app, pilot)  # from the queue: the resume point is written on the way
            assert isinstance(app.screen, ArticleScreen) and time.monotonic() - began < 10
            await pilot.press("j", "n")  # the focus save and the next article skip a busy write too
            assert isinstance(app.screen, ArticleScreen) and app.screen.doc_id == "a2"
            assert time.monotonic() - began < 10
        finally:
            holder.release()
