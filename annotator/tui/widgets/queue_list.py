"""The queue's list: one page of documents drawn line by line; moving past an end asks for more.

A Line API widget rather than a DataTable: it draws only the rows on screen, from plain
strings, so a page costs microseconds where a DataTable measures and pads every cell
(~85 us a row to add, more to draw; FACTS.md). It never holds more than the page the
screen gives it.
"""

from __future__ import annotations

from typing import Literal

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from annotator.core.display import one_line
from annotator.store import DocRow

Edge = Literal["next", "previous", "first", "last"]

STATUS_TEXT = {"todo": "· todo", "in_progress": "◐ in progress", "done": "✓ done", "skipped": "» skipped"}
# (key, heading, width, right-aligned); the title takes whatever width is left.
COLUMNS = (
    ("outlet", "Outlet", 14, False),
    ("length", "Chars", 7, True),
    ("status", "Status", 13, False),
    ("suggestions", "Sugg", 7, True),
    ("decisions", "Dec", 5, True),
)
GAP = 2
MARK = 2  # the cursor marker column, so the cursor shows without colour too


class QueueList(ScrollView, can_focus=True, inherit_bindings=False):
    """A page of `DocRow`s with a row cursor; Enter selects, the ends post `EdgeReached`."""

    HELP_GROUP = "Queue"
    BINDINGS = [
        Binding("enter", "select", "Open", id="queue.open", tooltip="Open the article under the cursor"),
        Binding("down,j", "cursor_down", "Next row", show=False, id="queue.down"),
        Binding("up,k", "cursor_up", "Previous row", show=False, id="queue.up"),
        Binding(
            "pagedown",
            "page_down",
            "Page down",
            show=False,
            id="queue.page_down",
            tooltip="A screenful down; at the bottom, the next page",
        ),
        Binding(
            "pageup",
            "page_up",
            "Page up",
            show=False,
            id="queue.page_up",
            tooltip="A screenful up; at the top, the previous page",
        ),
        Binding("home,ctrl+home", "edge('first')", "First page", show=False, id="queue.first_page"),
        Binding("end,ctrl+end", "edge('last')", "Last page", show=False, id="queue.last_page"),
    ]
    COMPONENT_CLASSES = {
        "queue-list--header",
        "queue-list--cursor",
        "queue-list--odd",
        "queue-list--todo",
        "queue-list--in-progress",
        "queue-list--done",
        "queue-list--skipped",
        "queue-list--flag",
        "queue-list--muted",
        "queue-list--failed",
    }

    cursor_row: reactive[int] = reactive(0, always_update=True)

    class Selected(Message):
        """Enter (or a double click) on a row."""

        def __init__(self, doc_id: str) -> None:
            super().__init__()
            self.doc_id = doc_id

    class EdgeReached(Message):
        """The cursor tried to leave the page: the screen loads the next or previous one."""

        def __init__(self, edge: Edge) -> None:
            super().__init__()
            self.edge = edge

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._rows: list[DocRow] = []
        self._cache: dict[tuple[int, int, bool], Strip] = {}

    # -- the page ------------------------------------------------------------------------

    @property
    def rows(self) -> list[DocRow]:
        return self._rows

    @property
    def row_count(self) -> int:
        return len(self._rows)

    def show_rows(self, rows: list[DocRow], cursor_id: str | None = None, at_end: bool = False) -> None:
        """Replace the page; the cursor goes to `cursor_id` if present, else the top (or bottom)."""
        self._rows = rows
        self._cache.clear()
        self.virtual_size = Size(0, len(rows) + 1)  # +1: the heading line
        index = len(rows) - 1 if at_end else 0
        if cursor_id is not None:
            index = next((i for i, row in enumerate(rows) if row.id == cursor_id), index)
        self.scroll_to(y=0, animate=False, immediate=True)
        self.cursor_row = max(index, 0)
        self.refresh()

    def doc_id_at_cursor(self) -> str | None:
        return self._rows[self.cursor_row].id if self._rows else None

    def move_cursor(self, row: int) -> None:
        self.cursor_row = row

    def validate_cursor_row(self, row: int) -> int:
        return min(max(row, 0), max(len(self._rows) - 1, 0))

    def watch_cursor_row(self) -> None:
        self._scroll_to_cursor()
        self.refresh()

    def _visible_rows(self) -> int:
        return max(self.scrollable_content_region.height - 1, 1)

    def _scroll_to_cursor(self) -> None:
        top, visible = self.scroll_offset.y, self._visible_rows()
        if self.cursor_row < top:
            self.scroll_to(y=self.cursor_row, animate=False, immediate=True)
        elif self.cursor_row >= top + visible:
            self.scroll_to(y=self.cursor_row - visible + 1, animate=False, immediate=True)

    def on_resize(self) -> None:
        self._scroll_to_cursor()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cache.clear()  # a theme change recolours every line

    # -- drawing -------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        if y == 0:
            return self._strip(-1, width, False)
        index = self.scroll_offset.y + y - 1
        if index >= len(self._rows):
            return Strip.blank(width, self.rich_style)
        return self._strip(index, width, index == self.cursor_row)

    def _strip(self, index: int, width: int, cursor: bool) -> Strip:
        key = (index, width, cursor)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._cache[key] = self._draw(index, width, cursor)
        return strip

    def _title_width(self, width: int) -> int:
        return max(8, width - MARK - sum(w + GAP for _, _, w, _ in COLUMNS))

    def _draw(self, index: int, width: int, cursor: bool) -> Strip:
        base = self.rich_style
        title_width = self._title_width(width)
        cells: list[tuple[str, int, bool, Style | None]]
        if index < 0:
            cells = [("", MARK, False, None), ("Title", title_width, False, None)]
            cells += [(heading, w, right, None) for _, heading, w, right in COLUMNS]
            line_style = base + self._part("header")
        elif cursor:  # one colour pair for the whole line: readable on the cursor's background
            cells = [(text, w, right, None) for text, w, right, _ in self._cells(self._rows[index], title_width, True)]
            line_style = base + self.get_component_rich_style("queue-list--cursor")
        else:
            cells = self._cells(self._rows[index], title_width, False)
            line_style = base + self._part("odd") if index % 2 else base
        segments: list[Segment] = []
        for n, (text, cell_width, right, style) in enumerate(cells):
            text = _fit(text, cell_width, right)
            segments.append(Segment(text, line_style + style if style else line_style))
            if n and n < len(cells) - 1:
                segments.append(Segment(" " * GAP, line_style))
        return Strip(segments).crop_extend(0, width, line_style)

    def _cells(self, row: DocRow, title_width: int, cursor: bool) -> list[tuple[str, int, bool, Style | None]]:
        status = row.status.replace("_", "-")
        title = ("⚑ " if row.flagged else "") + (row.title or row.id)
        if row.doubt is not None:  # ordered by the model's doubt: its confidence leads the title
            title = f"{row.doubt:.2f} {title}"
        return [
            ("▶" if cursor else "", MARK, False, None),
            (title, title_width, False, self._part("flag") if row.flagged else None),
            (row.outlet or "", 14, False, self._part("muted")),
            (f"{row.length:,}", 7, True, None),
            (STATUS_TEXT.get(row.status, row.status), 13, False, self._part(status)),
            (_suggestions_cell(row), 7, True, self._part("failed") if row.suggest_failed else None),
            (str(row.decisions), 5, True, None),
        ]

    def _part(self, name: str) -> Style:
        """A component's colours from TCSS, partial so the line's background shows through."""
        return self.get_component_rich_style(f"queue-list--{name}", partial=True)

    # -- keys and mouse ------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return None if action == "select" and not self._rows else True

    def action_select(self) -> None:
        if self._rows:
            self.post_message(self.Selected(self._rows[self.cursor_row].id))

    def action_cursor_down(self) -> None:
        # An empty page still pages on: a search cut short may find more further on.
        if not self._rows or self.cursor_row >= len(self._rows) - 1:
            self.post_message(self.EdgeReached("next"))
        else:
            self.cursor_row += 1

    def action_cursor_up(self) -> None:
        if not self._rows or self.cursor_row <= 0:
            self.post_message(self.EdgeReached("previous"))
        else:
            self.cursor_row -= 1

    def action_page_down(self) -> None:
        if not self._rows or self.cursor_row >= len(self._rows) - 1:
            self.post_message(self.EdgeReached("next"))
        else:
            self.cursor_row += self._visible_rows()

    def action_page_up(self) -> None:
        if not self._rows or self.cursor_row <= 0:
            self.post_message(self.EdgeReached("previous"))
        else:
            self.cursor_row -= self._visible_rows()

    def action_edge(self, edge: Edge) -> None:
        self.post_message(self.EdgeReached(edge))

    def on_click(self, event: events.Click) -> None:
        index = self.scroll_offset.y + event.y - 1
        if event.y < 1 or index >= len(self._rows):
            return
        if index == self.cursor_row and event.chain >= 2:
            self.action_select()
        self.cursor_row = index


def _fit(text: str, width: int, right: bool) -> str:
    """Exactly `width` terminal cells (wide characters count double), cut with an ellipsis.

    Titles and outlets are data: one line, control codes and bidi overrides made visible.
    """
    text = " ".join(one_line(text).split())
    if cell_len(text) > width:
        text = set_cell_size(text, max(width - 1, 0)) + "…"
    pad = " " * (width - cell_len(text))
    return pad + text if right else text + pad


def _suggestions_cell(row: DocRow) -> str:
    """How many suggestions; "not yet" before any model has seen the article (0 would say it found none)."""
    if row.suggest_failed:
        return "fail"
    return str(row.suggestions) if row.suggested else "not yet"
