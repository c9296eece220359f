"""Start-up of the desk: first run, the identity prompt, resume, keymap, the model worker, the palette."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from tui_shell_support import anyio_backend, app_on, store_with  # noqa: F401 (fixture)

from annotator.config import Settings
from annotator.tui import app as app_module
from annotator.tui.app import article_screen_class
from annotator.tui.factory import build_app
from annotator.tui.messages import ModelLoaded
from annotator.tui.screens.identity import IdentityScreen
from annotator.tui.screens.queue import QueueScreen

pytestmark = pytest.mark.anyio


async def test_first_run_creates_the_database_with_the_samples(tmp_path: Path) -> None:
    db = tmp_path / "new" / "corpus.db"
    db.parent.mkdir()
    app = build_app(Settings(db=str(db), annotator="alice"), load_model=False)
    try:
        assert db.exists()
        assert app.store.count_documents() == 5
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, QueueScreen)
            assert len(app.screen.rows) == 5
            assert all(row.title for row in app.screen.rows)
    finally:
        app.store.close()
    again = build_app(Settings(db=str(db), annotator="alice"), load_model=False)
    assert again.store.count_documents() == 5  # an existing database is never re-seeded
    again.store.close()


async def test_identity_is_asked_once_and_remembered(tmp_path: Path) -> None:
    store = store_with(tmp_path / "c.db", 2)
    app = build_app(Settings(db=str(store.path)), store, load_model=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, IdentityScreen)
        await pilot.press("b", "space", "enter")  # a space is refused
        assert isinstance(app.screen, IdentityScreen)
        assert "no spaces" in str(app.screen.query_one("#identity-error").content)
        await pilot.press("backspace", "o", "b", "enter")
        await pilot.pause()
        assert isinstance(app.screen, QueueScreen)
        assert app.annotator == "bob"
    assert Settings.load().annotator == "bob"
    second = build_app(Settings.load(), store, load_model=False)
    async with second.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(second.screen, QueueScreen)
        assert second.annotator == "bob"


async def test_resume_reopens_the_same_article_and_unit(tmp_path: Path) -> None:
    store = store_with(tmp_path / "c.db", 3)
    app = app_on(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.open_article("d0002")
        await pilot.pause()
    unit_id = _a_unit(store, "d0002")
    store.set_focus("d0002", "alice", unit_id)  # what the article screen records as the cursor moves
    again = app_on(store)
    async with again.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = again.screen
        assert isinstance(screen, article_screen_class())
        assert screen.doc_id == "d0002"
        assert screen.initial_focus == unit_id
        await pilot.pause()
        assert screen.focus_key == unit_id  # the article screen focused that very unit
        assert isinstance(again.screen_stack[-2], QueueScreen)  # Escape leads back to the queue


def _a_unit(store, doc_id: str) -> int:
    from annotator.core.models import Entity, Unit
    from annotator.store import Layer

    [unit_id] = store.add_units(
        Layer.annotator_name("alice"), [Unit(doc_id=doc_id, body=Entity(start=0, end=4, label="ORG"), state="added")]
    )
    return unit_id


async def test_keymap_from_settings_remaps_a_binding(tmp_path: Path) -> None:
    store = store_with(tmp_path / "c.db", 3)
    app = app_on(store, keymap={"queue.next_undone": "x", "queue.filter": "ctrl+f"})
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("n", "f")  # the old keys do nothing now
        assert isinstance(app.screen, QueueScreen) and app.screen.status is None
        await pilot.press("ctrl+f")
        assert app.screen.status == "todo"
        await pilot.press("x")
        await pilot.pause()
        assert app.screen.doc_id == "d0001"


async def test_missing_model_leaves_a_working_desk(tmp_path: Path) -> None:
    store = store_with(tmp_path / "c.db", 2)
    app = build_app(Settings(db=str(store.path), annotator="alice", model="xx_no_such_model"), store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()  # the worker starts after the first frame
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.model_state == "missing" and app.nlp is None
        assert "pip install xx-no-such-model" in app.model_error
        assert str(app.screen.query_one("#queue-model").content) == "model: missing"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.doc_id == "d0001"


async def test_model_loads_in_a_worker_and_screens_hear_of_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = SimpleNamespace(name="fake-nlp")
    monkeypatch.setattr(app_module, "load_model", lambda name: fake)
    heard: list[str] = []
    monkeypatch.setattr(QueueScreen, "on_model_loaded", lambda self, m: heard.append(type(m).__name__), raising=False)
    store = store_with(tmp_path / "c.db", 2)
    app = build_app(Settings(db=str(store.path), annotator="alice"), store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()  # the worker starts after the first frame
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.nlp is fake and app.model_state == "ready" and app.model_error is None
        assert heard == [ModelLoaded.__name__]
        assert str(app.screen.query_one("#queue-model").content) == "model: ready"


async def test_command_palette_runs_a_screen_action(tmp_path: Path) -> None:
    store = store_with(tmp_path / "c.db", 3)
    store.set_status("d0001", "alice", "done")
    app = app_on(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p", *"next undone")
        for _ in range(40):  # the palette searches its providers in the background
            await pilot.pause(0.05)
            hits = app.screen.query_one("CommandList")
            if hits.option_count and "Next undone" in str(hits.get_option_at_index(0).prompt):
                break
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.doc_id == "d0002"
