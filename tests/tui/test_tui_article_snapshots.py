"""Snapshots of the article screen: suggestions, accepted, edited, hand-made and rejected units."""

from __future__ import annotations

from pathlib import Path

from tui_article_support import app_on, article_store, span

from annotator.desk import Desk
from annotator.tui.app import AnnotatorApp


def _app(tmp_path: Path, *, work: bool) -> AnnotatorApp:
    store = article_store(tmp_path / "c.db", n=2)
    if work:
        desk = Desk(store, "ann")
        state = desk.load("a1")
        text = state.text
        desk.accept(state.views[0])  # Maria Zakharova: accepted
        desk.relabel(state.view(state.views[1].key), "ORG")  # Russia: edited
        desk.reject(state.view(state.views[4].key))  # Moscow: rejected
        desk.add_entity(span(text, "spokeswoman"), "PERSON")  # hand-made
        desk.add_entity(span(text, "José Müller 😀"), "PERSON")  # hand-made, in boilerplate
    return app_on(store)


async def _open(pilot, keys: tuple[str, ...] = ()) -> None:  # type: ignore[no-untyped-def]
    pilot.app.open_article("a1")
    await pilot.pause()
    await pilot.pause()
    if keys:
        await pilot.press(*keys)
    await pilot.pause()


def test_article_with_suggestions(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(_app(tmp_path, work=False), terminal_size=(100, 30), run_before=_open)


def test_article_with_my_work_and_a_focused_quote(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await _open(pilot, ("j", "j", "j"))  # the quote: its speaker and cue light up

    assert snap_compare(_app(tmp_path, work=True), terminal_size=(100, 30), run_before=run_before)


def test_article_event_roles_at_80x24(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await _open(pilot, ("end",))  # the event: its arguments light up; the side panel folds away

    assert snap_compare(_app(tmp_path, work=False), terminal_size=(80, 24), run_before=run_before)
