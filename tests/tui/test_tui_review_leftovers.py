"""Pilot: in review, relabelling to the shown version's own label decides it; u takes back the 'no units' settle (Z), after a restart too."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_tui_review_readiness import with_solo_and_waiting
from tui_review_support import anyio_backend, app_on, gold, open_doc, review_store, wait_scored  # noqa: F401

from annotator.core.models import Unit
from annotator.store import GOLD, open_store
from annotator.tui.screens.pickers import PickerScreen

pytestmark = pytest.mark.anyio


async def test_relabel_to_the_shown_label_puts_that_version_in_gold(tmp_path: Path) -> None:
    store = review_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(140, 30)) as pilot:
        await wait_scored(pilot)
        await open_doc(pilot, "d1")
        shown = app.screen.current
        assert shown is not None and not shown.settled
        from annotator.tui.screens.review_document import shown_body

        span = shown_body(shown).span
        words = store.document("d1").text[span.start : span.end]
        await pilot.press("l")
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)
        await pilot.press("enter")  # the picker opens on the shown label: keep it
        await pilot.pause()
        assert any(w == words and state != "rejected" for w, _, state, _ in gold(store))
    store.close()


async def test_u_takes_back_the_no_units_settle_after_a_restart(tmp_path: Path) -> None:
    """Z is a logged gold decision: u undoes it in a new session as it undoes a unit decision."""
    store = with_solo_and_waiting(tmp_path / "c.db")
    for who in "ab":
        store.replace_units("half", f"annotator:{who}", [Unit(doc_id="half", body=gold_entity(), state="rejected")])
        store.set_status("half", who, "done")
    app = app_on(store)
    async with app.run_test(size=(140, 30)) as pilot:
        await wait_scored(pilot)
        await open_doc(pilot, "half")
        await pilot.press("Z")
        await pilot.pause()
        assert store.layer_done_at(GOLD, "half") is not None
    store.close()
    store = open_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(140, 30)) as pilot:
        await wait_scored(pilot)
        await open_doc(pilot, "half")
        await pilot.press("u")
        await pilot.pause()
        assert store.layer_done_at(GOLD, "half") is None
        await pilot.press("U")  # and redo puts it back
        await pilot.pause()
        assert store.layer_done_at(GOLD, "half") is not None
    store.close()


def gold_entity():  # type: ignore[no-untyped-def]
    from tui_review_support import ent

    return ent(0, 13, "PERSON")
