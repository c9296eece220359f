"""An article the pipeline cannot handle: the desk says so (safely), marks it in the queue,
and stays usable for annotating it by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from bomb_pipeline import BOMB, bomb_pipeline
from tui_article_support import anyio_backend, app_on, texts  # noqa: F401

from annotator.core.models import Document
from annotator.store import open_store
from annotator.suggest.runner import MAX_ATTEMPTS
from annotator.tui.screens.queue import QueueScreen

pytestmark = pytest.mark.anyio
GOOD = "Maria Zakharova spoke in Moscow on Friday.\n"
BAD = f"Maria Zakharova spoke in Moscow. {BOMB}\n"


async def wait_for(pilot: object, check: object, tries: int = 100) -> None:
    for _ in range(tries):
        if check():  # type: ignore[operator]
            return
        await pilot.pause(0.05)  # type: ignore[attr-defined]
    raise AssertionError("timed out")


async def test_failed_article_says_so_and_stays_usable(tmp_path: Path) -> None:
    store = open_store(tmp_path / "c.db")
    store.insert_documents([Document(id="good", title="Good", text=GOOD), Document(id="bad", title="Bad", text=BAD)])
    app = app_on(store)
    app.nlp = bomb_pipeline()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, QueueScreen)
        await pilot.press("down", "enter")  # open "Bad"
        await pilot.pause()
        screen = app.screen
        assert screen.desk.state.document.id == "bad"
        await wait_for(pilot, lambda: screen.suggesting.startswith("suggestions failed"))
        header = str(screen.query_one("#article-header").content)
        assert "suggestions failed: ValueError: the test component cannot handle this" in header
        assert "\x1b" not in header and "\x07" not in header and "\\x1b]52" in header
        await pilot.press("v", "right", "enter")  # by hand: "Zakharova" as a place
        await pilot.press(*"gpe", "enter")
        await pilot.pause()
        assert texts(store, "bad") == [("Zakharova", "GPE", "added")]
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, QueueScreen)
        row = next(r for r in app.screen.rows if r.id == "bad")
        assert row.suggest_failed
        line = app.screen.queue_list.render_line(2).text
        assert line.lstrip("▶ ").startswith("Bad") and "fail" in line
        await pilot.press("enter")  # open it again: the second try, then no more
        await pilot.pause()
        await wait_for(pilot, lambda: app.screen.suggesting.startswith("suggestions failed"))
    failures = store.suggest_failures(doc_id="bad")
    assert [f.attempts for f in failures] == [MAX_ATTEMPTS]
    assert store.latest_suggestions_layer("good") is None  # never opened, never suggested
