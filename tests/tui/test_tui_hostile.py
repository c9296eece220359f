"""Every screen of the desk on the hostile corpus: nothing of the data reaches the terminal as a
control code or is read as markup, and the rest of the data is still on screen.

A frame is checked as the driver would write it: the compositor's full update, both as the
terminal bytes (`render_segments`) and as its segments. Bidi controls are allowed only in the
article pane (multi-line text may use them); everywhere else (rows, headers, pickers, panels,
notifications) they must be made visible.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hostile_data import (
    CLOSE,
    NAME_ESCAPE,
    NAME_MARKUP,
    NOTE,
    OSC52,
    RICH,
    bidi_in,
    control_problems,
    hostile_store,
)
from textual.screen import ModalScreen
from textual.strip import Strip

from annotator.config import Settings
from annotator.tui.factory import build_app
from annotator.tui.messages import ModelLoaded
from annotator.tui.widgets.article_view import ArticleView

pytestmark = pytest.mark.anyio
SIZE = (130, 40)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def ruler_pipeline() -> Any:
    """A blank English pipeline whose entity ruler marks the hostile tokens, as a model might."""
    import spacy
    from hostile_data import LABEL

    from annotator.suggest.pipeline import add_components

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": LABEL, "pattern": [{"TEXT": {"REGEX": "[\x1b\x9b\x9d\u202e\u2066]"}}]},
            {"label": "ORG", "pattern": [{"TEXT": {"REGEX": r"EVIL|link=|@click"}}]},
            {"label": "PERSON", "pattern": "Zakharova"},
            {"label": "GPE", "pattern": "Moscow"},
        ]
    )
    return add_components(nlp)


def _frame(app: Any) -> tuple[list[Strip], str, list[str]]:
    """The full frame: its lines as strips, the bytes a terminal would get, and every segment's text."""
    update = app.screen._compositor.render_update(full=True, screen_stack=app._background_screens)
    lines = [Strip.join(line) for line in update.strips]
    segments = [segment.text for line in lines for segment in line]
    return lines, update.render_segments(app.console), segments


def _one_line_text(app: Any, lines: list[Strip]) -> str:
    """The frame's text outside the article panes (inside a modal's dialog only, when one is up)."""
    top = app.screen
    if isinstance(top, ModalScreen):
        dialog = top.children[0].region
        return "\n".join(line.crop(dialog.x, dialog.right).text for line in lines[dialog.y : dialog.bottom])
    panes = [v.region for v in top.query(ArticleView) if v.display]
    out = []
    for y, line in enumerate(lines):
        cut = [r for r in panes if r.y <= y < r.bottom]
        if not cut:
            out.append(line.text)
            continue
        edges = sorted((r.x, r.right) for r in cut)
        x, parts = 0, []
        for left, right in edges:
            parts.append(line.crop(x, left).text)
            x = right
        parts.append(line.crop(x).text)
        out.append(" ".join(parts))
    return "\n".join(out)


def check(app: Any, *shown: str) -> str:
    """No control code of the data in the frame; bidi only in article panes; `shown` all on screen."""
    lines, raw, segments = _frame(app)
    assert control_problems(raw, program_escapes=True) == []
    for text in segments:
        assert control_problems(text) == [], (type(app.screen).__name__, text[:80])
    assert not bidi_in(_one_line_text(app, lines)), type(app.screen).__name__
    screen_text = "\n".join(line.text for line in lines)
    for words in shown:
        assert words in screen_text, (type(app.screen).__name__, words)
    return screen_text


async def settle(pilot: Any, times: int = 3) -> None:
    for _ in range(times):
        await pilot.pause()


async def focus_unit(app: Any, pilot: Any, needle: str, kind: str) -> None:
    """Move the focus (home, then j) to the first unit of `kind` whose words hold `needle`."""
    screen = app.screen
    text = screen.desk.state.text
    await pilot.press("home")
    for _ in range(len(screen.desk.state.views) + 1):
        view = screen.focused_view()
        if view is not None and view.kind == kind and needle in text[view.span.start : view.span.end]:
            return
        await pilot.press("j")
    raise AssertionError(f"no unit over {needle!r}")


async def test_queue_article_pickers_help_on_hostile_data(tmp_path: Path) -> None:
    store = hostile_store(tmp_path / "c.db")
    store.set_status("h1", "alice", "in_progress", note=NOTE)
    app = build_app(Settings(db=str(store.path), annotator="alice"), store, load_model=False)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        check(app, "Kremlin " + RICH, "Out␛[?1049l", "Z")  # the queue: titles and outlets as written
        await pilot.press("enter")  # h1, the first row
        await settle(pilot)
        screen = app.screen
        app.nlp = ruler_pipeline()
        screen.post_message(ModelLoaded())
        for _ in range(200):
            await pilot.pause(0.05)
            if not screen.suggesting and screen.desk.state.views:
                break
        assert any("\x1b" in screen.desk.state.text[v.span.start : v.span.end] for v in screen.desk.state.views)
        check(app, "Kremlin", "Zakharova", "1 EV␛]52")  # header, article, unit list, legend
        await focus_unit(app, pilot, OSC52, "quote")  # the model's quote holds the whole OSC 52 sequence
        await settle(pilot)
        check(app, "“We will answer ␛]52;c;")  # the detail pane shows the escape, harmlessly
        await focus_unit(app, pilot, "52;c;", "entity")
        await pilot.press("l")  # the label picker: hostile label and descriptions
        await settle(pilot)
        check(app, "EV␛]52", "desc [bold red]EVIL[/]")
        await pilot.press("escape", "v", "enter")  # select the focused words: "Label for “…”"
        await settle(pilot)
        check(app, "Label for")
        await pilot.press("escape", "v", "q")  # a quote: who said it? (mentions over hostile text)
        await settle(pilot)
        check(app, "Who said it?", "Zakharova")
        await pilot.press("escape")  # "No quote added." as a notification
        await pilot.press("v", "e", *"meet")  # an event: the hostile event type, found by typing
        await settle(pilot)
        check(app, "Contact.␛cMeet" + CLOSE)
        # A speaker selected in the text that is no entity: "Who is “…”?", then the prompt line quotes it.
        # The speaker's selection starts at the quote (spaCy's token "␛]52;c;…"): Enter takes it.
        await pilot.press("escape", "v", "q", "enter", "enter")
        await settle(pilot)
        check(app, "Who is “␛]52")
        await pilot.press("enter")
        await settle(pilot)
        check(app, "Who is “␛]52")  # now in the prompt line under the text
        await pilot.press("escape")  # ends the selection, and the flow
        await settle(pilot)
        await pilot.press("f")  # the flag's note, as stored
        await settle(pilot)
        check(app, "EVIL[/] ␀")  # the end of the note (the input scrolls to its end)
        await pilot.press("escape", "question_mark")
        await settle(pilot)
        check(app, "Keys")
        await pilot.press("escape", "n")  # h2: a line of 100,000 characters
        await settle(pilot)
        check(app, "Moscow", "long long")
        app.notify(f"data {OSC52} {RICH}")  # the app's own notifications make data visible too
        await settle(pilot)
        check(app, "data ␛]52")


async def test_review_list_and_document_with_hostile_names(tmp_path: Path) -> None:
    store = hostile_store(tmp_path / "c.db")
    store.set_status("h1", NAME_ESCAPE, "done")  # both finished: h1 is ready, its versions are shown by name
    app = build_app(Settings(db=str(store.path), annotator="judge"), store, load_model=False)
    app.review_on_start = True
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        from annotator.tui.screens.review import ReviewScreen

        for _ in range(100):
            await pilot.pause(0.05)
            if isinstance(app.screen, ReviewScreen) and app.screen.session and app.screen.session.loaded:
                break
        await settle(pilot)
        check(app, "Kremlin " + RICH, NAME_MARKUP, "x␛]52")
        await pilot.press("enter")
        await settle(pilot)
        check(app, "Kremlin", NAME_MARKUP, "EV␛]52")  # header, conflict rows, the versions by name
        await pilot.press("g")
        await settle(pilot)
        check(app, NAME_MARKUP)
        await pilot.press("l")
        await settle(pilot)
        check(app, "EV␛]52")
        await pilot.press("escape", "v", "enter")
        await settle(pilot)
        await pilot.press(*"person", "enter")  # a unit nobody marked: "Added to gold: …" quotes the text
        await settle(pilot)
        check(app, "Added to gold: PERSON")


async def test_identity_screen_and_a_remembered_name_follow_the_one_rule(tmp_path: Path) -> None:
    store = hostile_store(tmp_path / "c.db")
    settings = Settings(db=str(store.path), annotator=f"bad name{OSC52}")  # as an old settings file may hold
    app = build_app(settings, store, load_model=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert type(app.screen).__name__ == "IdentityScreen"  # the bad remembered name is asked again
        for bad in ("ann b", "[/]"):
            await pilot.press(*bad, "enter")
            await settle(pilot)
            assert type(app.screen).__name__ == "IdentityScreen"
            check(app, "no spaces")
            for _ in bad:
                await pilot.press("backspace")
        await pilot.press(*"José", "enter")
        await settle(pilot)
        assert app.annotator == "José"
    assert Settings.load().annotator == "José"
