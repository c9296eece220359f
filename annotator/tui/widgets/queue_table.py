"""The queue's table: one page of documents; moving past either end asks the screen for more."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import DataTable

from annotator.store import DocRow

Edge = Literal["next", "previous", "first", "last"]

STATUS_TEXT = {"todo": "· todo", "in_progress": "◐ in progress", "done": "✓ done", "skipped": "» skipped"}
# Fixed widths of every column but the title, which takes what is left.
WIDTHS = {"outlet": 14, "length": 7, "status": 13, "suggestions": 5, "decisions": 5}
HEADINGS = {"title": "Title", "outlet": "Outlet", "length": "Chars", "status": "Status",
            "suggestions": "Sugg", "decisions": "Dec"}


class QueueTable(DataTable):
    """Holds one page of `DocRow`s (never the corpus: a DataTable costs ~85 us a row)."""

    HELP_GROUP = "Queue"
    BINDINGS = [
        Binding("enter", "select_cursor", "Open", id="queue.open", tooltip="Open the article under the cursor"),
        Binding("down,j", "cursor_down", "Next row", show=False, id="queue.down"),
        Binding("up,k", "cursor_up", "Previous row", show=False, id="queue.up"),
        Binding("pagedown", "page_down", "Page down", show=False, id="queue.page_down",
                tooltip="A screenful down; at the bottom, the next page"),
        Binding("pageup", "page_up", "Page up", show=False, id="queue.page_up",
                tooltip="A screenful up; at the top, the previous page"),
        Binding("home,ctrl+home", "edge('first')", "First page", show=False, id="queue.first_page"),
        Binding("end,ctrl+end", "edge('last')", "Last page", show=False, id="queue.last_page"),
    ]
    COMPONENT_CLASSES = {
        "queue-table--todo", "queue-table--in-progress", "queue-table--done", "queue-table--skipped",
        "queue-table--flag", "queue-table--number",
    }

    @dataclass
    class EdgeReached(Message):
        """The cursor tried to leave the page: the screen loads the next or previous one."""

        table: QueueTable
        edge: Edge

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        self._title_width = 20
        self._rows: list[DocRow] = []

    # -- movement past the page ----------------------------------------------------------

    def action_cursor_down(self) -> None:
        if self.row_count and self.cursor_row >= self.row_count - 1:
            self.post_message(self.EdgeReached(self, "next"))
        else:
            super().action_cursor_down()

    def action_cursor_up(self) -> None:
        if self.row_count and self.cursor_row <= 0:
            self.post_message(self.EdgeReached(self, "previous"))
        else:
            super().action_cursor_up()

    def action_page_down(self) -> None:
        if self.row_count and self.cursor_row >= self.row_count - 1:
            self.post_message(self.EdgeReached(self, "next"))
        else:
            super().action_page_down()

    def action_page_up(self) -> None:
        if self.row_count and self.cursor_row <= 0:
            self.post_message(self.EdgeReached(self, "previous"))
        else:
            super().action_page_up()

    def action_edge(self, edge: Edge) -> None:
        self.post_message(self.EdgeReached(self, edge))

    # -- filling ---------------------------------------------------------------------

    def show_rows(self, rows: list[DocRow], cursor_id: str | None = None, at_end: bool = False) -> None:
        """Replace the page; keep the cursor on `cursor_id` if present, else the top (or bottom)."""
        self._rows = rows
        self.clear(columns=True)
        self._title_width = self._fit_title_width()
        self.add_column(HEADINGS["title"], key="title", width=self._title_width)
        for key, width in WIDTHS.items():
            self.add_column(HEADINGS[key], key=key, width=width)
        for row in rows:
            self.add_row(*self._cells(row), key=row.id)
        if not rows:
            return
        index = len(rows) - 1 if at_end else 0
        if cursor_id is not None:
            index = next((i for i, row in enumerate(rows) if row.id == cursor_id), index)
        self.move_cursor(row=index, animate=False)

    def on_resize(self) -> None:
        """Reflow: the title column takes whatever width the terminal now gives."""
        if self._rows and self._fit_title_width() != self._title_width:
            self.show_rows(self._rows, self.doc_id_at_cursor())

    def _fit_title_width(self) -> int:
        fixed = sum(WIDTHS.values()) + 2 * self.cell_padding * (len(WIDTHS) + 1)
        available = self.scrollable_content_region.width or self.size.width or 80
        return max(12, available - fixed - 1)

    def _cells(self, row: DocRow) -> tuple[Text, ...]:
        title = row.title or row.id
        flag = Text("⚑ ", style=self._style("flag")) if row.flagged else Text("")
        number = self._style("number")
        return (
            flag + Text(_clip(title, self._title_width - len(flag)), no_wrap=True),
            Text(_clip(row.outlet or "", WIDTHS["outlet"])),
            Text(f"{row.length:,}", style=number, justify="right"),
            Text(STATUS_TEXT.get(row.status, row.status), style=self._style(row.status.replace("_", "-"))),
            Text(str(row.suggestions), style=number, justify="right"),
            Text(str(row.decisions), style=number, justify="right"),
        )

    def _style(self, name: str) -> Style:
        """Colour from TCSS; partial, so the cursor and zebra backgrounds still show through."""
        return self.get_component_rich_style(f"queue-table--{name}", partial=True)

    def doc_id_at_cursor(self) -> str | None:
        if not self.row_count:
            return None
        key = self.coordinate_to_cell_key(self.cursor_coordinate).row_key
        return None if key.value is None else str(key.value)


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: max(0, width - 1)] + "…"
