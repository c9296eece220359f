"""Quit and reopen the review: settled conflicts stay settled, the counters agree, undo still works."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_review_support import anyio_backend, app_on, gold, open_doc, review_store, wait_scored  # noqa: F401

from annotator.store import open_store
from annotator.tui.screens.review_document import ReviewDocumentScreen

pytestmark = pytest.mark.anyio


async def test_settled_conflicts_stay_settled_after_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    store = review_store(path)
    async with app_on(store).run_test(size=(100, 30)) as pilot:
        await wait_scored(pilot)
        await open_doc(pilot)
        await pilot.press("3", "x")  # Tillerson as c's ORG; Moscow left out
    before = gold(store)
    assert [g[2:] for g in before] == [("accepted", "agreed"), ("accepted", "c"), ("rejected", "rejected")]
    store.close()

    store = open_store(path)
    app = app_on(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_scored(pilot)
        screen = app.screen
        assert [(d.doc_id, d.left) for d in screen.session.docs] == [("d1", 1), ("d2", 0)]
        assert "1 conflict left" in str(screen.query_one("#review-title").content)
        await open_doc(pilot)
        doc = app.screen
        assert isinstance(doc, ReviewDocumentScreen)
        assert [c.settled for c in doc.conflicts] == [True, True, False]
        assert doc.index == 2  # straight to what is left
        header = str(doc.query_one("#review-doc-header").content)
        assert "1 of 3 conflicts left here" in header and "1 left overall" in header
        assert gold(store) == before  # opening again adds nothing twice
        await pilot.press("u")  # the last decision of the first session
        assert doc.index == 1 and doc.left_here() == 2
        assert gold(store) == before[:2]
    store.close()
