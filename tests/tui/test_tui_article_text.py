"""Offsets are sacred: the article view shows exactly the stored text, spans on exactly their characters."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from tui_article_support import TEXT, anyio_backend, app_on, article_store, open_article, span  # noqa: F401

from annotator.desk import Desk
from annotator.tui.widgets.article_view import GUTTER, ArticleView
from annotator.tui.widgets.text_layout import display_text, layout

pytestmark = pytest.mark.anyio

TRICKY = "Zoë Ångström met 李小龙 and José 😀👩‍👩‍👧 at the café.\n\n\tTabbed\x07 line with averyveryverylongwordthatmustfold ok.\n"


def rebuild(text: str, lines: list[tuple[int, int]]) -> str:
    """Put the screen lines back together: a wrap joins directly, a newline sits between paragraphs."""
    out = []
    for i, (start, end) in enumerate(lines):
        out.append(text[start:end])
        if i + 1 < len(lines):
            gap = text[end : lines[i + 1][0]]
            assert gap in ("", "\n")
            out.append(gap)
    return "".join(out)


@pytest.mark.parametrize("width", [1, 3, 8, 17, 40, 200])
def test_layout_covers_the_text_exactly(width: int) -> None:
    lay = layout(TRICKY, width)
    assert rebuild(TRICKY, lay.lines) == TRICKY
    for start, end in lay.lines:
        assert cell_len(display_text(TRICKY[start:end]).rstrip()) <= max(width, 2)  # a wide char needs 2


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab é😀李 \n\t-")), max_size=80), st.integers(1, 30))
def test_layout_round_trips_any_text(text: str, width: int) -> None:
    assert rebuild(text, layout(text, width).lines) == text


def test_display_text_keeps_every_offset() -> None:
    shown = display_text(TRICKY)
    assert len(shown) == len(TRICKY)
    assert shown.index("José") == TRICKY.index("José")
    assert "\t" not in shown and "\x07" not in shown


async def test_view_shows_stored_text_and_paints_accented_and_emoji_names_exactly(tmp_path: Path) -> None:
    store = article_store(tmp_path / "c.db", n=1)
    text = store.document("a1").text
    desk = Desk(store, "ann")
    desk.load("a1")
    desk.add_entity(span(text, "José Müller 😀"), "PERSON")
    app = app_on(store)
    async with app.run_test(size=(70, 30)) as pilot:
        await open_article(app, pilot)
        view = app.screen.query_one(ArticleView)
        assert view.text == text
        assert rebuild(text, view.text_layout.lines) == text
        hand_made: list[str] = []
        for y, (start, end) in enumerate(view.text_layout.lines):
            strip = view.render_line(y)
            assert strip.text[GUTTER:].rstrip() == text[start:end].rstrip()
            hand_made += [seg.text for seg in strip if seg.style is not None and seg.style.reverse]
        assert "".join(hand_made) == "José Müller 😀"  # hand-made = reverse, on exactly these characters
        assert text.count("José Müller 😀") == 1


async def test_nested_units_both_show_and_navigate(tmp_path: Path) -> None:
    """US sits inside the quote: both are painted, and j walks from the quote into it."""
    store = article_store(tmp_path / "c.db", n=1)
    app = app_on(store)
    async with app.run_test(size=(120, 30)) as pilot:
        await open_article(app, pilot)
        await pilot.press("j", "j")
        screen = app.screen
        assert screen.focused_view().kind == "quote"
        view = screen.query_one(ArticleView)
        line = view.text_layout.line_of(span(TEXT, "US").start)
        strip = view.render_line(line)
        us = [seg for seg in strip if seg.text == "US"]
        assert us and us[0].style.underline  # the suggested entity keeps its own style inside the quote
        await pilot.press("j")
        assert screen.focused_view().span == span(TEXT, "US")
