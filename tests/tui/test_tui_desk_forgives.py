"""Issue 10 §2, "the desk forgives": Pilot presses the keys a user would, then looks in the store and on screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_article_support import (  # noqa: F401 (fixture)
    ANNOTATOR,
    anyio_backend,
    app_on,
    article_store,
    mine,
    open_article,
)

from annotator.tui.screens.article import ArticleScreen

pytestmark = pytest.mark.anyio


def _messages(app: object) -> list[str]:
    return [n.message for n in app._notifications]  # type: ignore[attr-defined]


async def test_done_with_unreviewed_suggestions_asks_first_with_the_count(tmp_path: Path) -> None:
    store = article_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        await pilot.press("a")  # one of six decided: five left
        await pilot.press("d")
        assert type(app.screen).__name__ == "ConfirmScreen"
        assert "5 suggestions are not reviewed yet" in app.screen.question
        question = app.screen.query_one("#confirm-question")
        assert question.size.height == 2  # the whole question, wrapped: "...done anyway?" was cut at the border
        await pilot.press("escape")  # back: nothing changed
        assert isinstance(app.screen, ArticleScreen) and app.screen.doc_id == "a1"
        assert store.state("a1", ANNOTATOR).status == "in_progress"
        await pilot.press("d", "d")  # ask, confirm
        await pilot.pause()
        assert store.state("a1", ANNOTATOR).status == "done"
        assert isinstance(app.screen, ArticleScreen) and app.screen.doc_id == "a2"


async def test_accept_all_says_how_many_and_is_one_undo_step(tmp_path: Path) -> None:
    store = article_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await open_article(app, pilot)
        await pilot.press("a")
        await pilot.press("A")
        await pilot.pause()
        assert any(m.startswith("Accepted 5 suggestions") for m in _messages(app))
        assert len(mine(store)) == 6
        await pilot.press("u")
        assert len(mine(store)) == 1  # the five went back in one step; the first accept stays
        await pilot.press("d")  # nothing pending any more? five are: it asks
        assert type(app.screen).__name__ == "ConfirmScreen"


async def test_u_right_after_done_goes_back_and_undoes_the_done(tmp_path: Path) -> None:
    store = article_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        await pilot.press("A", "d")
        await pilot.pause()
        assert store.state("a1", ANNOTATOR).status == "done" and app.screen.doc_id == "a2"
        await pilot.press("u")
        await pilot.pause()
        assert app.screen.doc_id == "a1"
        assert store.state("a1", ANNOTATOR).status == "in_progress"
        assert len(mine(store)) == 6  # only the status went back, not the accepts
        await pilot.press("U")  # and redo marks it done again
        assert store.state("a1", ANNOTATOR).status == "done"
        assert "done" in str(app.screen.query_one("#article-header").render()).lower()


async def test_skip_and_flag_are_undone_by_u_and_reopen_is_a_key(tmp_path: Path) -> None:
    store = article_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        await pilot.press("s")
        await pilot.pause()
        assert store.state("a1", ANNOTATOR).status == "skipped"
        await pilot.press("u")
        await pilot.pause()
        assert app.screen.doc_id == "a1" and store.state("a1", ANNOTATOR).status == "todo"
        await pilot.press("f", *"odd", "enter")
        await pilot.pause()
        assert store.state("a1", ANNOTATOR).flagged
        await pilot.press("u")
        assert not store.state("a1", ANNOTATOR).flagged
        await pilot.press("A", "d")
        await pilot.pause()
        await pilot.press("p")  # back to the done article, then reopen it
        await pilot.pause()
        assert app.screen.doc_id == "a1"
        await pilot.press("o")
        await pilot.pause()
        assert store.state("a1", ANNOTATOR).status == "in_progress"
        await pilot.press("u")  # reopening is a decision too
        assert store.state("a1", ANNOTATOR).status == "done"


def _keybar(app: object) -> str:
    from annotator.tui.widgets.key_bar import KeyBar

    return str(app.screen.query_one(KeyBar).content)  # type: ignore[attr-defined]


def _readme_keymap() -> dict[str, str]:
    """The keymap example exactly as the README writes it."""
    import json
    import re

    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    found = re.search(r'`("keymap": \{[^`]*\})`', readme)
    assert found, "the README shows a keymap example"
    return json.loads("{" + found.group(1) + "}")["keymap"]


async def test_the_readme_keymap_example_works_as_written(tmp_path: Path) -> None:
    from annotator.config import Settings
    from annotator.tui.factory import build_app

    store = article_store(tmp_path / "c.db")
    keymap = _readme_keymap()
    app = build_app(Settings(db=str(store.path), annotator=ANNOTATOR, keymap=keymap), store, load_model=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        new_key = keymap["article.accept"].split(",")[-1]
        await pilot.press(new_key)
        assert [u.state for u in mine(store)] == ["accepted"]


async def test_a_remapped_binding_stays_in_the_footer(tmp_path: Path) -> None:
    from annotator.config import Settings
    from annotator.tui.factory import build_app

    store = article_store(tmp_path / "c.db")
    settings = Settings(db=str(store.path), annotator=ANNOTATOR, keymap={"article.accept": "y", "article.reject": "z"})
    app = build_app(settings, store, load_model=False)
    async with app.run_test(size=(120, 40)) as pilot:  # a remapped key went last, past the right edge
        await open_article(app, pilot)
        bar = _keybar(app)
        assert " y Accept" in bar and " z Reject" in bar, bar
        assert bar.index(" y Accept") < bar.index(" z Reject") < bar.index("Accept all"), bar
        await pilot.press("y")
        assert [u.state for u in mine(store)] == ["accepted"]
        assert " y Accept" in _keybar(app)


async def test_a_keymap_id_without_its_screen_is_answered_with_the_real_id(tmp_path: Path) -> None:
    from annotator.config import Settings
    from annotator.tui.factory import build_app

    store = article_store(tmp_path / "c.db")
    app = build_app(Settings(db=str(store.path), annotator=ANNOTATOR, keymap={"accept": "y"}), store, load_model=False)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.pause()
        await pilot.pause()
        assert any("did you mean article.accept" in m for m in _messages(app)), _messages(app)


async def test_a_key_that_does_not_fit_the_focused_unit_says_why(tmp_path: Path) -> None:
    store = article_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await open_article(app, pilot)
        assert app.screen.focused_view().kind == "entity"
        await pilot.press("S")  # speaker on an entity
        await pilot.press("r")
        await pilot.pause()
        said = _messages(app)
        assert "Speaker (S) applies to quotes; the focused unit is an entity." in said, said
        assert "Roles (r) applies to events; the focused unit is an entity." in said, said
        assert all("\n" not in m for m in said)
        await pilot.press("a", "k", "a")  # accept, back, accept again
        await pilot.pause()
        assert "Already accepted: nothing to accept (x rejects it)." in _messages(app)
        assert mine(store)[0].state == "accepted"
        app._notifications.clear()
        app.screen.refresh_bindings()  # drawing the key bar asks too, and must stay quiet
        await pilot.pause()
        assert _messages(app) == []


async def test_role_picker_filters_on_role_names_not_their_values(tmp_path: Path) -> None:
    from textual.widgets import Label, OptionList

    from annotator.tui.screens.pickers import PickerScreen

    store = article_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        await pilot.press("end")  # the event "expel": Patient is filled with "diplomats"
        assert app.screen.focused_view().kind == "event"
        await pilot.press("r")
        await pilot.pause()
        await pilot.press("P", "l")
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, PickerScreen)
        shown = [c.id for c in picker._shown]
        assert "Place" in shown and not any("Patient" in c for c in shown), shown  # never by the value "diplomats"
        assert shown[picker.query_one(OptionList).highlighted] == "Place"
        await pilot.press("enter")
        await pilot.pause()
        assert str(app.screen.query_one("#picker-title", Label).content).startswith("Place of")
        assert app.screen.query_one(OptionList).highlighted is not None


async def test_selection_for_a_role_starts_at_the_trigger_and_its_hint_lists_only_what_applies(
    tmp_path: Path,
) -> None:
    from annotator.tui.screens.article_flows import token_index_at

    store = article_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        screen = app.screen
        text = screen.desk.state.text
        await pilot.press("v", *["right"] * 6)  # from Maria Zakharova to "said"
        assert text[slice(*screen.desk.state.tokens[screen.selection.cursor])] == "said"
        await pilot.press("e")
        await pilot.pause()
        await pilot.press(*"statement", "enter")  # an event type: saved and focused
        await pilot.pause()
        await pilot.press("r")  # its roles
        await pilot.pause()
        role = next(c.id for c in app.screen._shown if ":" not in c.id)  # a role by its name, not a suggestion
        await pilot.press(*role, "enter")
        await pilot.pause()
        await pilot.press("enter")  # the first row: "select in the text…"
        await pilot.pause()
        assert screen.selection is not None and screen.selection.request is not None
        said = text.index("said")
        assert screen.selection.anchor == token_index_at(screen.desk.state.tokens, said)  # not at Maria
        hint = str(screen.query_one("#prompt").content)
        assert "q quote" not in hint and "e event" not in hint and "Enter use it" in hint, hint
        await pilot.press("escape")


async def test_cue_picker_rows_say_where_each_said_is(tmp_path: Path) -> None:
    from annotator.tui.screens.pickers import PickerScreen

    store = article_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(app, pilot)
        await pilot.press("j", "j")  # the quote
        assert app.screen.focused_view().kind == "quote"
        await pilot.press("c")
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, PickerScreen)
        rows = [c.prompt.plain for c in picker.choices if not c.id.startswith("@")]
        assert len(rows) >= 2 and len(set(rows)) == len(rows), rows
        assert any("before the quote" in r for r in rows) and any("after the quote" in r for r in rows), rows


async def test_queue_says_not_yet_for_unsuggested_articles_and_0_for_none_found(tmp_path: Path) -> None:
    from tui_shell_support import app_on as shell_app
    from tui_shell_support import store_with

    store = store_with(tmp_path / "c.db", 3)
    store.add_units("suggestions:t@1", [])
    store.mark_layer_done("suggestions:t@1", ["d0002"])  # seen by the model, nothing found
    app = shell_app(store)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        listing = app.screen.queue_list
        first, second = (listing.render_line(y).text for y in (1, 2))
        assert first.rstrip().endswith("not yet      0"), first
        assert second.rstrip().endswith("0      0") and "not yet" not in second, second


async def test_queue_comes_back_on_the_article_i_left_and_n_says_next_undone(tmp_path: Path) -> None:
    from tui_shell_support import app_on as shell_app
    from tui_shell_support import store_with

    from annotator.tui.screens.queue import QueueScreen

    store = store_with(tmp_path / "c.db", 6)
    app = shell_app(store)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        footer = " ".join(str(k.render()) for k in app.screen.query_one("Footer").query("FooterKey"))
        assert "n Next undone" in footer, footer
        await pilot.press("enter")  # d0001
        await pilot.pause()
        await pilot.press("n", "n")  # on to d0003 inside the article screen
        await pilot.pause()
        assert app.screen.doc_id == "d0003"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, QueueScreen)
        assert app.screen.queue_list.doc_id_at_cursor() == "d0003"


async def test_relabel_to_the_same_label_says_so(tmp_path: Path) -> None:
    store = article_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await open_article(app, pilot)
        labels = app.screen.desk.state.schema.entity_label_names
        await pilot.press(str(labels.index("PERSON") + 1))  # Maria Zakharova is a PERSON already
        await pilot.pause()
        assert "Already PERSON: nothing changed." in _messages(app)
        assert mine(store) == []
