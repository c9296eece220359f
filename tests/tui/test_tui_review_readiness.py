"""Pilot: the review list shows readiness; A and opening leave unfinished and single-annotator work out of gold;
T takes a single annotator's finished document by decision; E settles a document as having no units."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_review_support import anyio_backend, app_on, ent, gold, mark, open_doc, review_store, wait_scored  # noqa: F401

from annotator.core.models import Document, Unit
from annotator.store import GOLD, SqliteStore
from annotator.tui.screens.review import ReviewScreen
from annotator.tui.screens.review_document import ReviewDocumentScreen

SOLO = "Angela Merkel spoke in Berlin on Monday about the twelve entities nobody finished."


def with_solo_and_waiting(path: Path) -> SqliteStore:
    """The three-annotator store, plus `solo` (only a, one entity of many, not done) and `half`
    (a and b, only a done)."""
    store = review_store(path)
    store.insert_documents(
        [
            Document(id="solo", title="Merkel in Berlin", text=SOLO),
            Document(id="half", title="Half done", text=SOLO + " Again."),
        ]
    )
    mark(store, "a", "solo", ent(0, 13, "PERSON"))
    for who in "ab":
        mark(store, who, "half", ent(0, 13, "PERSON"))
    store.set_status("half", "a", "done")
    return store


def row_text(screen: ReviewScreen, doc_id: str) -> str:
    from annotator.tui.widgets.review_detail import doc_row

    doc = screen.session.doc(doc_id)  # type: ignore[union-attr]
    assert doc is not None
    return doc_row(doc).plain


@pytest.mark.anyio
async def test_list_shows_readiness_and_A_leaves_unready_work_out_of_gold(tmp_path: Path) -> None:
    store = with_solo_and_waiting(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(140, 30)) as pilot:
        await wait_scored(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        assert [d.doc_id for d in screen.session.docs] == ["d1", "d2", "solo", "half"]
        solo, half = row_text(screen, "solo"), row_text(screen, "half")
        assert "not comparable: a" in solo and "1.00" not in solo and "—" in solo
        assert "waiting for b" in half and "1.00" not in half
        assert "ready" in row_text(screen, "d2") and "1.00" in row_text(screen, "d2")
        await pilot.press("A")
        for _ in range(100):
            await pilot.pause(0.02)
            if gold(store, "d2") and not screen.rows.loading:
                break
        assert gold(store, "d2") == [("Lavrov", "PERSON", "accepted", "agreed")]
        assert store.units("solo", GOLD) == [] and store.units("half", GOLD) == []
    store.close()


@pytest.mark.anyio
async def test_opening_a_single_annotator_document_writes_nothing_and_T_takes_it_by_decision(tmp_path: Path) -> None:
    store = with_solo_and_waiting(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(140, 30)) as pilot:
        await wait_scored(pilot)
        await open_doc(pilot, "solo")
        screen = app.screen
        assert isinstance(screen, ReviewDocumentScreen)
        assert store.units("solo", GOLD) == []  # opening is not a decision
        assert "not comparable (only a)" in str(screen.query_one("#review-doc-header").content)
        await pilot.press("T")  # a has not marked it done: refused, nothing written
        await pilot.pause()
        assert store.units("solo", GOLD) == []
        store.set_status("solo", "a", "done")
        await pilot.press("T")
        await pilot.pause()
        assert gold(store, "solo") == [("Angela Merkel", "PERSON", "accepted", "single")]
        await pilot.press("u")  # one decision, one undo
        await pilot.pause()
        assert gold(store, "solo") == []
    store.close()


@pytest.mark.anyio
async def test_Z_settles_a_ready_document_as_having_no_units(tmp_path: Path) -> None:
    store = with_solo_and_waiting(tmp_path / "c.db")
    for who in "ab":  # both saw the one suggestion and rejected it: nothing to take, the adjudicator says so
        store.replace_units(
            "half", f"annotator:{who}", [Unit(doc_id="half", body=ent(0, 13, "PERSON"), state="rejected")]
        )
        store.set_status("half", who, "done")
    app = app_on(store)
    async with app.run_test(size=(140, 30)) as pilot:
        await wait_scored(pilot)
        await open_doc(pilot, "half")
        await pilot.press("Z")
        await pilot.pause()
        assert store.layer_done_at(GOLD, "half") is not None
        await pilot.press("Z")  # pressed again: taken back
        await pilot.pause()
        assert store.layer_done_at(GOLD, "half") is None
    store.close()
