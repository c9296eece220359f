"""Getting to the unit or the words that need work in few keys: search, jumps by kind, label and review, pages, mouse.

Mixed into the article screen. Search lands on the unit that starts at the match, or else
opens a selection over the matched words (Enter, q or e then make a unit of them); inside a
selection a flow asked for, it moves the selection there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from annotator.core.models import Span
from annotator.core.selection import find
from annotator.tui.screens.article_flows import token_index_at
from annotator.tui.screens.search import SearchScreen
from annotator.tui.widgets.article_view import ArticleView
from annotator.tui.widgets.unit_list import UnitList

if TYPE_CHECKING:
    from annotator.desk import Desk, ViewUnit
    from annotator.tui.app import AnnotatorApp
    from annotator.tui.screens.article_flows import Selection


class ArticleJumps:
    """Search, jumps and mouse for a screen with a desk, a cursor over items and a keyboard selection."""

    desk: Desk
    selection: Selection | None
    app: AnnotatorApp
    _last_search: str = ""

    # Provided by the screen.
    if TYPE_CHECKING:

        @property
        def view(self) -> ArticleView: ...

    set_focus_key: Callable[..., None]
    start_selection: Callable[..., bool]
    show_selection: Callable[[], None]
    focused_view: Callable[[], ViewUnit | None]
    painted_focus: Callable[[], ViewUnit | None]
    notify: Callable[..., Any]

    def jump_views(self) -> Sequence[ViewUnit]:
        """The items the cursor walks, in text order (the article's units; the review's conflicts)."""
        raise NotImplementedError

    def jump_index(self) -> int | None:
        """Where the cursor is among `jump_views` (None: nowhere)."""
        raise NotImplementedError

    def jump_to(self, index: int, *, scroll: bool = True) -> None:
        """Put the cursor on item `index` (and scroll to it unless told not to)."""
        raise NotImplementedError

    # -- jumps by what a unit is ---------------------------------------------------------------

    def _jump(self, test: Callable[[ViewUnit], bool], step: int, what: str) -> None:
        """Focus the next item (step < 0: previous) that passes `test`, wrapping round."""
        views = self.jump_views()
        here = self.jump_index()
        here = (-1 if step > 0 else len(views)) if here is None else here
        n = len(views)
        for i in range(1, n + 1):
            index = (here + step * i) % n
            if test(views[index]):
                self.jump_to(index)
                return
        self.notify(f"No {what} here.", markup=False)

    def action_next_pending(self, step: int) -> None:
        self._jump(lambda v: v.pending, step, "suggestion left to review")

    def action_next_kind(self, kind: str) -> None:
        self._jump(lambda v: v.kind == kind, 1, "other " + ("entity" if kind == "entity" else kind))

    def action_next_label(self) -> None:
        focused = self.focused_view()
        if focused is None:
            self.notify("No unit is focused: its label is what L looks for.", markup=False)
            return
        label, here = focused.label, self.jump_index()
        views = self.jump_views()
        self._jump(lambda v: v.label == label and (here is None or v is not views[here]), 1, f"other {label}")

    def _visible_lines(self) -> tuple[int, int]:
        top = round(self.view.scroll_offset.y)
        return top, top + max(1, self.view.scrollable_content_region.height) - 1

    def _first_on_screen(self) -> int | None:
        top, bottom = self._visible_lines()
        line_of = self.view.text_layout.line_of
        views = self.jump_views()
        return next((i for i, v in enumerate(views) if top <= line_of(v.span.start) <= bottom), None)

    def action_first_on_screen(self) -> None:
        found = self._first_on_screen()
        if found is None:
            self.notify("Nothing to focus on the screen.", markup=False)
        else:
            self.jump_to(found, scroll=False)

    def action_page(self, step: int) -> None:
        """A page down (up) and the focus goes with it, to the first unit of the new page."""
        view = self.view
        height = max(1, view.scrollable_content_region.height - 2)
        view.scroll_to(y=view.scroll_offset.y + step * height, animate=False, immediate=True)
        found = self._first_on_screen()
        if found is not None:
            self.jump_to(found, scroll=False)

    # -- search ---------------------------------------------------------------------------------

    def _search_origin(self) -> int:
        """Search goes on from the selection's cursor, else the focused unit, else the top of the screen."""
        if self.selection is not None:
            return self.desk.state.tokens[self.selection.cursor][0]
        focused = self.focused_view()
        if focused is not None:
            return focused.span.start
        top, _ = self._visible_lines()
        lines = self.view.text_layout.lines
        return lines[top][0] - 1 if top < len(lines) else -1

    def action_search(self) -> None:
        origin = self._search_origin()
        self.app.push_screen(SearchScreen(lambda q: self._preview(q, origin)), lambda q: self._searched(q, origin))

    def _preview(self, query: str, origin: int) -> None:
        found = find(self.desk.state.text, query, origin + 1)
        if found is None:
            self.show_selection()
            return
        span = Span(start=found, end=found + len(query))
        self.view.show_focus(self.painted_focus(), span, None)
        self.view.scroll_to_span(span)

    def _searched(self, query: str | None, origin: int) -> None:
        if not query:
            self.show_selection()
            return
        self._last_search = query
        self._land(query, origin, 1)

    def action_search_again(self, step: int) -> None:
        if not self._last_search:
            self.notify("Nothing searched yet: / searches.", markup=False)
            return
        self._land(self._last_search, self._search_origin(), step)

    def _land(self, query: str, origin: int, step: int) -> None:
        text = self.desk.state.text
        found = find(text, query, origin + 1 if step > 0 else origin, step)
        if found is None:
            self.show_selection()
            self.notify(f"Not in this article: {query}", markup=False)
            return
        self.land_on(Span(start=found, end=min(len(text), found + len(query))))

    def land_on(self, span: Span) -> None:
        """The unit that starts here gets the focus; else the words are selected (in a flow's selection too)."""
        tokens = self.desk.state.tokens
        selection = self.selection
        if selection is None:
            views = self.jump_views()
            starts = [i for i, v in enumerate(views) if v.span.start == span.start]
            if starts:
                self.jump_to(min(starts, key=lambda i: views[i].span.end - views[i].span.start))
                return
            if not self.start_selection("Select text", at=span.start):
                return
            selection = self.selection
            assert selection is not None
        selection.anchor = token_index_at(tokens, span.start)
        selection.cursor = max(selection.anchor, token_index_at(tokens, span.end - 1))
        self.show_selection()

    # -- mouse ----------------------------------------------------------------------------------

    def on_article_view_dragged(self, message: ArticleView.Dragged) -> None:
        """A drag selects the words under it, as a keyboard selection (Enter, q or e make the unit)."""
        text = self.desk.state.text
        start, end = message.start, min(message.end, len(text))
        while start < end and text[start].isspace():
            start += 1
        if start < end:
            self.land_on_selection(Span(start=start, end=end))

    def land_on_selection(self, span: Span) -> None:
        if self.selection is None and not self.start_selection("Select text", at=span.start):
            return
        tokens = self.desk.state.tokens
        assert self.selection is not None
        self.selection.anchor = token_index_at(tokens, span.start)
        self.selection.cursor = max(self.selection.anchor, token_index_at(tokens, span.end - 1))
        self.show_selection()

    def on_unit_list_clicked(self, message: UnitList.Clicked) -> None:
        if self.selection is None and 0 <= message.index < len(self.jump_views()):
            self.jump_to(message.index)
