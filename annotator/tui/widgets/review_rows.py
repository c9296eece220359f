"""A list of one-line rows drawn on demand, with a cursor: the review's documents and conflicts.

Rows come from a callback, so 10,000 documents cost only the visible lines (a DataTable
costs ~85 us per row added). The screen owns the keys and moves the cursor; the list draws.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.segment import Segment
from textual.content import Content
from textual.events import Click
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from annotator.tui.display import one_line_content
from annotator.tui.widgets.paint_style import ComponentStyles

RowMaker = Callable[[int], Content]


def _no_row(index: int) -> Content:
    return Content("")


class ReviewRows(ScrollView, can_focus=False):
    """Rows may use the classes below as styles (".review-rows--done"); colours live in review.tcss."""

    COMPONENT_CLASSES = {"review-rows--cursor", "review-rows--done", "review-rows--open", "review-rows--muted"}

    DEFAULT_CSS = """
    ReviewRows {
        overflow-x: hidden;
        overflow-y: auto;
    }
    """

    class Clicked(Message):
        """A row was clicked (the screen decides what that means)."""

        def __init__(self, rows: ReviewRows, index: int) -> None:
            super().__init__()
            self.rows = rows
            self.index = index

        @property
        def control(self) -> ReviewRows:
            return self.rows

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.count = 0
        self._row: RowMaker = _no_row
        self._cursor: int | None = None
        self._strips: dict[int, tuple[tuple[object, ...], Strip]] = {}
        self._styles = ComponentStyles(self)

    @property
    def cursor(self) -> int | None:
        return self._cursor

    def show(self, count: int, row: RowMaker, cursor: int | None = None) -> None:
        """New rows (or the same rows with new contents): everything is drawn again."""
        self.count, self._row = count, row
        self._strips.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, count)
        self._cursor = None
        self.show_cursor(cursor)
        self.refresh()

    def refresh_row(self, index: int) -> None:
        self._strips.pop(index, None)
        self.refresh_line(index - round(self.scroll_offset.y))

    def show_cursor(self, index: int | None) -> None:
        if index is not None and not 0 <= index < self.count:
            index = None
        old, self._cursor = self._cursor, index
        for row in (old, index):
            if row is not None:
                self.refresh_line(row - round(self.scroll_offset.y))
        if index is not None:
            self._keep_in_view(index)

    def _keep_in_view(self, index: int) -> None:
        top = round(self.scroll_offset.y)
        height = max(1, self.scrollable_content_region.height)
        if index < top or index > top + height - 1:
            self.scroll_to(y=max(0, index - height // 3), animate=False)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()
        self._strips.clear()

    def on_resize(self) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, self.count)
        if self._cursor is not None:
            self.call_after_refresh(self._keep_in_view, self._cursor)

    def render_line(self, y: int) -> Strip:
        index = round(self.scroll_offset.y) + y
        width = self.scrollable_content_region.width
        base = self.visual_style
        if index >= self.count:
            return Strip.blank(width, base.rich_style)
        key = (width, index == self._cursor)
        cached = self._strips.get(index)
        if cached is not None and cached[0] == key:
            return cached[1]
        row_base = base + self._styles(".review-rows--cursor") if index == self._cursor else base
        segments = [
            Segment(part, style.rich_style)
            for part, style in one_line_content(self._row(index)).render(row_base, end="", parse_style=self._styles)
        ]
        strip = Strip(segments).crop_extend(0, width, row_base.rich_style)
        self._strips[index] = (key, strip)
        return strip

    async def _on_click(self, event: Click) -> None:
        index = round(self.scroll_offset.y) + event.y
        if 0 <= index < self.count:
            self.post_message(self.Clicked(self, index))
