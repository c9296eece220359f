"""Pilot: in a corpus open for claims, n in the queue and d in the article hand me the next slot nobody took."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_shell_support import anyio_backend, app_on, store_with  # noqa: F401 (fixture)

pytestmark = pytest.mark.anyio


async def test_n_and_done_claim_the_next_open_document(tmp_path: Path) -> None:
    store = store_with(tmp_path / "c.db", 4)
    store.open_claims(1)  # one annotator per document
    assert store.claim("bob") == ["d0001"]  # bob's desk took the first one
    app = app_on(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert app.screen.doc_id == "d0002"  # not bob's d0001: the first slot still open
        assert store.assignments("alice") == [("d0002", "alice")]
        store.claim("bob")  # bob takes d0003 meanwhile
        await pilot.press("d")  # done: the next one is claimed for me
        await pilot.pause()
        assert store.state("d0002", "alice").status == "done"
        assert app.screen.doc_id == "d0004"
        assert store.claim_counts() == {"open": 0, "claimed": 4}
