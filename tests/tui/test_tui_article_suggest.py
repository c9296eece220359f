"""An article the model has not seen gets suggestions in a thread once the model is ready."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from tui_article_support import TEXT, anyio_backend, app_on, open_article, texts  # noqa: F401

from annotator.core.models import Document
from annotator.store import open_store
from annotator.tui.messages import ModelLoaded
from annotator.tui.screens.pickers import PickerScreen

pytestmark = pytest.mark.anyio
GATE = threading.Event()


def gated_pipeline():  # type: ignore[no-untyped-def]
    """A blank English pipeline with an entity ruler (no model), held at a gate the test opens."""
    import spacy
    from spacy.language import Language

    from annotator.suggest.pipeline import add_components

    if "test_article_gate" not in Language.factories:

        @Language.component("test_article_gate")
        def gate(doc):  # type: ignore[no-untyped-def]
            GATE.wait(10)
            return doc

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PERSON", "pattern": "Maria Zakharova"}, {"label": "GPE", "pattern": "Moscow"}])
    nlp.add_pipe("test_article_gate", first=True)
    return add_components(nlp)


async def test_suggestions_arrive_while_the_keys_keep_working(tmp_path: Path) -> None:
    GATE.clear()
    store = open_store(tmp_path / "c.db")
    store.insert_documents([Document(id="a1", title="Story", text=TEXT)])
    app = app_on(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        screen = app.screen
        assert screen.desk.needs_suggestions and screen.desk.state.views == []
        app.nlp = gated_pipeline()
        screen.post_message(ModelLoaded())
        await pilot.pause()
        assert screen.suggesting == "suggesting…"
        assert "suggesting…" in str(screen.query_one("#article-header").content)
        await pilot.press("v", "right", "enter")  # the second token, "Zakharova", while the model works
        await pilot.press(*"gpe", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, PickerScreen)
        GATE.set()
        for _ in range(100):
            await pilot.pause(0.05)
            if not screen.suggesting:
                break
        shown = [(v.span.text_of(TEXT), v.state) for v in screen.desk.state.views]
        assert ("Maria Zakharova", "suggested") in shown and ("Moscow", "suggested") in shown
        assert ("Zakharova", "added") in shown  # made while the model worked, kept
        assert store.latest_suggestions_layer("a1") is not None
        assert texts(store) == [("Zakharova", "GPE", "added")]
