"""Doubt first, as a user drives it: o orders the queue by the model's doubt, w walks an article's
least sure suggestions, and the detail pane names the model a suggestion came from."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_article_support import ANNOTATOR, LAYER, anyio_backend, app_on, article_store, open_article  # noqa: F401

from annotator.store import Layer

pytestmark = pytest.mark.anyio


def _score(store, doc_id: str, scores: dict[str, float]) -> None:  # noqa: ANN001
    """Scores set on the stored suggestions directly, as the suggester will once it scores."""
    text = store.document(doc_id).text
    layer_id = store.layer(LAYER).id
    with store.transaction():
        for unit in store.units(doc_id, LAYER):
            score = scores.get(text[unit.span.start : unit.span.end])
            if score is not None:
                store.conn.execute(
                    "UPDATE units SET score = ? WHERE id = ? AND layer_id = ?", (score, unit.id, layer_id)
                )
    store.refresh_doubt(LAYER, [doc_id])


async def test_o_orders_undone_articles_least_sure_first(tmp_path: Path) -> None:
    store = article_store(tmp_path / "c.db", n=4)
    _score(store, "a1", {"Russia": 0.9})
    _score(store, "a2", {"Russia": 0.2})
    _score(store, "a3", {"Russia": 0.6})
    store.set_status("a2", ANNOTATOR, "done")  # done: out of the doubt order however unsure
    _score(store, "a4", {"Russia": 0.4, "Moscow": 0.95})
    app = app_on(store)
    async with app.run_test(size=(110, 30)) as pilot:
        await pilot.pause()
        await pilot.press("o")
        assert [r.id for r in app.screen.rows] == ["a4", "a3", "a1"]
        first = app.screen.queue_list.render_line(1).text
        assert first.startswith("▶ 0.40 Story 4")
        assert "least sure first" in str(app.screen.query_one("#queue-page").content)
        await pilot.press("o")  # lowest mean next: a4 (0.4, 0.95 and unscored ones) vs a3 (0.6)
        assert app.screen.order == "doubt-mean"
        await pilot.press("o")
        assert [r.id for r in app.screen.rows] == ["a1", "a2", "a3", "a4"]


async def test_w_steps_through_the_least_sure_suggestions(tmp_path: Path) -> None:
    store = article_store(tmp_path / "c.db", n=1)
    _score(store, "a1", {"Russia": 0.3, "Moscow": 0.1, "US": 0.7})
    app = app_on(store)
    async with app.run_test(size=(130, 40)) as pilot:
        await open_article(app, pilot)
        screen = app.screen
        text = screen.desk.state.text

        def focused() -> str:
            view = screen.desk.state.view(screen.focus_key)
            return text[view.span.start : view.span.end]

        await pilot.press("w")
        assert focused() == "Moscow"
        await pilot.press("w")
        assert focused() == "Russia"
        await pilot.press("a")  # accepted: it leaves the doubt order
        await pilot.press("w")
        assert focused() == "US"
        assert [u.state for u in store.units("a1", Layer.annotator_name(ANNOTATOR))] == ["accepted"]


async def test_the_detail_pane_names_the_model_and_its_score(tmp_path: Path) -> None:
    store = article_store(tmp_path / "c.db", n=1)
    _score(store, "a1", {"Maria Zakharova": 0.42})
    with store.transaction():
        store.conn.execute(
            "UPDATE units SET provenance = ? WHERE kind = 'entity'", ('{"model": "news", "version": "2"}',)
        )
    app = app_on(store)
    async with app.run_test(size=(130, 40)) as pilot:
        await open_article(app, pilot)
        detail = next(d for d in app.screen.query("UnitDetail") if d.display)
        assert "score 0.42, from news@2" in [line.plain for line in detail.lines]
