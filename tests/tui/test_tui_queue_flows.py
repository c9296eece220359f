"""Pilot flows on the queue: filter, search, open, next undone, paging, assignments."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_shell_support import anyio_backend, app_on, store_with  # noqa: F401 (fixture)

from annotator.tui.app import article_screen_class
from annotator.tui.screens.queue import PAGE, QueueScreen

pytestmark = pytest.mark.anyio


def ids(app) -> list[str]:
    return [row.id for row in app.screen.rows]


async def test_queue_lists_page_with_progress(tmp_path: Path) -> None:
    store = store_with(tmp_path / "c.db", 6)
    store.set_status("d0002", "alice", "done")
    app = app_on(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, QueueScreen)
        assert ids(app) == ["d0001", "d0002", "d0003", "d0004", "d0005", "d0006"]
        assert str(app.screen.query_one("#queue-done").content) == "1 / 6 done"
        listing = app.screen.queue_list
        assert listing.row_count == 6
        header, first, second = (listing.render_line(y).text for y in range(3))
        assert header.split()[:2] == ["Title", "Outlet"]
        assert first.startswith("▶ Story 0001 about the senate") and "· todo" in first
        assert second.startswith("  Story 0002 about the wildfire") and "✓ done" in second
        assert len(second) == listing.scrollable_content_region.width


async def test_status_filter_cycles(tmp_path: Path) -> None:
    store = store_with(tmp_path / "c.db", 5)
    store.set_status("d0002", "alice", "done")
    store.set_status("d0004", "alice", "skipped")
    app = app_on(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("f")  # todo
        assert app.screen.status == "todo"
        assert ids(app) == ["d0001", "d0003", "d0005"]
        await pilot.press("f", "f")  # in progress, then done
        assert ids(app) == ["d0002"]
        await pilot.press("f")  # skipped
        assert ids(app) == ["d0004"]
        await pilot.press("escape")
        assert app.screen.status is None and len(ids(app)) == 5


async def test_search_and_clear(tmp_path: Path) -> None:
    store = store_with(tmp_path / "c.db", 20)
    app = app_on(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"museum", "enter")
        assert ids(app) == ["d0005", "d0013"]  # i % 8 == 5
        assert app.screen.focused is app.screen.queue_list
        await pilot.press("slash", *"doc0017", "enter")
        assert app.screen.search == "doc0017"
        assert ids(app) == ["d0017"]
        await pilot.press("escape")
        assert len(ids(app)) == 20


async def test_enter_opens_the_article_under_the_cursor(tmp_path: Path) -> None:
    store = store_with(tmp_path / "c.db", 5)
    app = app_on(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, article_screen_class())
        assert app.screen.doc_id == "d0003"
        assert store.cursor("alice") == ("d0003", None)
        store.set_status("d0003", "alice", "done")  # as the article screen's done key would
        app.open_queue()
        await pilot.pause()
        assert isinstance(app.screen, QueueScreen)
        assert app.screen.queue_list.doc_id_at_cursor() == "d0003"
        assert app.screen.rows[2].status == "done"  # the page was re-read on the way back
        assert str(app.screen.query_one("#queue-done").content) == "1 / 5 done"


async def test_next_undone_skips_done_and_wraps(tmp_path: Path) -> None:
    store = store_with(tmp_path / "c.db", 4)
    for doc in ("d0001", "d0002"):
        store.set_status(doc, "alice", "done")
    app = app_on(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert app.screen.doc_id == "d0003"
        app.open_queue()
        await pilot.pause()
        app.screen.queue_list.move_cursor(row=3)  # on d0004: the next undone after it wraps to d0003
        store.set_status("d0004", "alice", "done")
        await pilot.press("n")
        await pilot.pause()
        assert app.screen.doc_id == "d0003"


async def test_paging_by_keys_never_holds_more_than_a_page(tmp_path: Path) -> None:
    store = store_with(tmp_path / "c.db", 2 * PAGE + 30)
    app = app_on(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert ids(app)[0] == "d0001" and len(ids(app)) == PAGE
        assert screen.has_after and not screen.has_before
        screen.queue_list.move_cursor(row=PAGE - 1)
        await pilot.press("down")  # past the bottom: the next page, cursor on its first row
        assert ids(app)[0] == f"d{PAGE + 1:04d}" and screen.queue_list.cursor_row == 0
        await pilot.press("up")  # past the top: back, cursor on the last row
        assert ids(app)[-1] == f"d{PAGE:04d}" and screen.queue_list.cursor_row == PAGE - 1
        await pilot.press("end")
        assert ids(app)[-1] == f"d{2 * PAGE + 30:04d}" and len(ids(app)) == PAGE
        assert not screen.has_after and screen.has_before
        await pilot.press("pagedown")  # cursor already on the last row, nothing after: stays
        assert ids(app)[-1] == f"d{2 * PAGE + 30:04d}"
        await pilot.press("home")
        assert ids(app)[0] == "d0001"
        assert screen.queue_list.row_count == PAGE


async def test_assigned_articles_first_with_a_key_for_all(tmp_path: Path) -> None:
    store = store_with(tmp_path / "c.db", 10)
    store.assign([("d0003", "alice"), ("d0007", "alice"), ("d0004", "bob")])
    store.set_status("d0007", "alice", "done")
    app = app_on(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert ids(app) == ["d0003", "d0007"]
        assert str(app.screen.query_one("#queue-done").content) == "1 / 2 done"
        await pilot.press("a")
        assert len(ids(app)) == 10
        assert str(app.screen.query_one("#queue-done").content) == "1 / 10 done"


async def test_scope_key_is_dimmed_without_assignments(tmp_path: Path) -> None:
    app = app_on(store_with(tmp_path / "c.db", 3))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.screen.check_action("toggle_scope", ()) is False  # hidden from the footer
        await pilot.press("a")
        assert app.screen.assigned_only is False and len(ids(app)) == 3


async def test_resizing_reflows_the_title_column(tmp_path: Path) -> None:
    app = app_on(store_with(tmp_path / "c.db", 3))
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        listing = app.screen.queue_list
        wide = listing.render_line(1).text
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        narrow = listing.render_line(1).text
        assert len(wide) == 120 and len(narrow) == 80
        assert wide.index("Outlet 1") - narrow.index("Outlet 1") == 40  # only the title column shrank
        assert narrow.rstrip().endswith("not yet      0")  # every column still on screen (no model has seen it)


async def test_open_is_dimmed_on_an_empty_page(tmp_path: Path) -> None:
    app = app_on(store_with(tmp_path / "c.db", 3))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.screen.queue_list.check_action("select", ()) is True
        await pilot.press("slash", *"nothingmatches", "enter")
        assert ids(app) == []
        assert app.screen.queue_list.check_action("select", ()) is None
        assert "nothing matches" in str(app.screen.query_one("#queue-page").content)
