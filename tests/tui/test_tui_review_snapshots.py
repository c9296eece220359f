"""Snapshots of the review: a document with a settled and two open conflicts, and the list at 80x24."""

from __future__ import annotations

from pathlib import Path

from tui_review_support import app_on, open_doc, review_store, wait_scored


def test_review_document_with_one_conflict_settled(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await wait_scored(pilot)
        await open_doc(pilot)
        await pilot.press("3")  # Tillerson as c's ORG; the cursor moves to Moscow (missing in b, c)
        await pilot.pause()

    assert snap_compare(app_on(review_store(tmp_path / "c.db")), terminal_size=(100, 30), run_before=run_before)


def test_review_list_at_80x24(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await wait_scored(pilot)

    assert snap_compare(app_on(review_store(tmp_path / "c.db")), terminal_size=(80, 24), run_before=run_before)
