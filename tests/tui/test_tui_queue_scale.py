"""Pilot flows of the queue at archive size: a search's hit count said up to a cap, and a page
whose search and status hardly meet cut short, saying how far it looked, PgDn going on."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_shell_support import anyio_backend, app_on, store_with  # noqa: F401 (fixture)

from annotator.tui.screens import queue as queue_screen

pytestmark = pytest.mark.anyio


def ids(app) -> list[str]:
    return [row.id for row in app.screen.rows]


def page_line(app) -> str:
    return str(app.screen.query_one("#queue-page").content)


async def test_the_page_line_says_how_many_match_up_to_a_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = store_with(tmp_path / "c.db", 20)
    monkeypatch.setattr(queue_screen, "MATCH_CAP", 10)  # a common word in a big corpus
    app = app_on(store)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"museum", "enter")
        assert ids(app) == ["d0005", "d0013"]
        assert "2 articles match" in page_line(app)
        await pilot.press("slash", *"story", "enter")
        assert len(ids(app)) == 20
        assert "more than 10 articles match (counted up to 10)" in page_line(app)
        await pilot.press("slash", *"doc0017", "enter")
        assert "1 article matches" in page_line(app)


async def test_a_search_and_a_status_that_hardly_meet_page_on_from_where_the_walk_stopped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = store_with(tmp_path / "c.db", 20)
    store.set_status("d0013", "alice", "done")
    store.set_status("d0003", "alice", "done")
    monkeypatch.setattr(queue_screen, "WALK", 5)  # a million articles, in small
    monkeypatch.setattr(queue_screen, "FILL_S", 0)  # one walk per key press
    app = app_on(store)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"museum", "enter", "f", "f", "f")
        assert app.screen.status == "done"
        assert ids(app) == []
        assert "nothing more up to article #5" in page_line(app) and "PgDn goes on" in page_line(app)
        assert "nothing matches" not in page_line(app)
        await pilot.press("pagedown")
        assert ids(app) == [] and "up to article #10" in page_line(app)
        await pilot.press("pagedown")
        assert ids(app) == ["d0013"] and "1 found up to article #15" in page_line(app)
        await pilot.press("pagedown")  # the rest holds nothing: the page stays, no more to go
        assert ids(app) == ["d0013"] and "PgDn goes on" not in page_line(app)


async def test_one_key_press_goes_on_walking_while_its_time_lasts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = store_with(tmp_path / "c.db", 20)
    store.set_status("d0013", "alice", "done")
    store.set_status("d0005", "alice", "skipped")
    monkeypatch.setattr(queue_screen, "WALK", 3)
    app = app_on(store)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"museum", "enter", "f", "f", "f")
        assert ids(app) == ["d0013"]  # found past several bounded walks in one go
        assert "1 shown" in page_line(app) and "PgDn goes on" not in page_line(app)
