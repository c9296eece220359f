"""The help screen: every binding of the desk, the current screen's first, keys as the keymap says."""

from __future__ import annotations

from itertools import groupby

from rich.table import Table
from rich.text import Text
from textual import getters, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from annotator.core.display import one_line
from annotator.tui.app import AnnotatorApp
from annotator.tui.display import block_content
from annotator.tui.help import HelpEntry, help_entries

KEYS_WIDTH = 16


class HelpScreen(ModalScreen[None]):
    """A scrollable list; Escape, `?` or q closes it.

    One Static per group holding a table (not a row of widgets per key: ~150 keys made
    ~600 widgets and the screen took over a second to open). The id column is as wide as
    the longest id and never wraps, so an id is always readable whole, to copy into a keymap.
    """

    app = getters.app(AnnotatorApp)  # the desk's services, typed
    CSS_PATH = "../styles/help.tcss"
    BINDINGS = [
        Binding("escape,q,question_mark,f1", "close", "Close", id="help.close", tooltip="Back to where you were"),
        Binding("down,j", "scroll('down')", "Scroll down", show=False, id="help.down"),
        Binding("up,k", "scroll('up')", "Scroll up", show=False, id="help.up"),
        Binding("pagedown,space", "scroll('page_down')", "Page down", show=False, id="help.page_down"),
        Binding("pageup", "scroll('page_up')", "Page up", show=False, id="help.page_up"),
    ]

    def __init__(self, first: str | None = None) -> None:
        super().__init__()
        self.first = first  # the group of the screen help was opened on: listed first

    def compose(self) -> ComposeResult:
        entries = ordered(help_entries(self.app._keymap, self.app.get_key_display), self.first)  # the active keymap
        self.entries = entries
        self.id_width = max((len(one_line(e.id)) for e in entries), default=0)
        self.groups = [(group, list(items)) for group, items in groupby(entries, key=lambda e: e.group)]
        with VerticalScroll(id="help-body"):
            yield Static("Keys", id="help-title")
            yield Static(
                "The keys of this screen first, then every other key of the desk. "
                "Remap any of them in the settings' keymap with the id shown.",
                id="help-intro",
            )
            yield from self._group(*self.groups[0]) if self.groups else ()

    def on_mount(self) -> None:
        # The first frame shows this screen's keys alone: laying out every group's table
        # made help take 0.3 s to open. The other groups and the cards follow that frame.
        self.call_after_refresh(self._mount_rest)

    def _group(self, group: str, items: list[HelpEntry]) -> list[Static]:
        return [
            Static(group, classes="help-group", markup=False),
            Static(group_table(items, self.id_width), classes="help-table"),
        ]

    def _mount_rest(self) -> None:
        rest = [widget for group, items in self.groups[1:] for widget in self._group(group, items)]
        rest += [
            Static("Guideline cards", classes="help-group", markup=False),
            Static(
                "Each label's definition (from the schema file: edit it there, then `annotator schema load`) "
                "and up to three examples from this corpus's gold, or its accepted units before there is gold.",
                id="help-cards-intro",
            ),
            Static("reading the examples…", id="help-cards"),
        ]
        self.query_one("#help-body", VerticalScroll).mount_all(rest)
        self._read_cards()

    @work(thread=True, exclusive=True, exit_on_error=False, group="help-cards")
    def _read_cards(self) -> None:
        """The examples come from the corpus (a scan of its units): read on a connection of this thread."""
        from annotator.guidelines import KINDS, cards

        app = self.app
        store = app.store.reopen() if app.store.path else app.store
        try:
            lines = [line for kind in KINDS for card in cards(store, kind).values() for line in card.lines()]
        finally:
            if store is not app.store:
                store.close()
        app.call_from_thread(self._show_cards, lines)

    def _show_cards(self, lines: list[str]) -> None:
        self.query_one("#help-cards", Static).update(block_content("\n".join(lines)))

    def action_close(self) -> None:
        self.dismiss(None)

    def action_scroll(self, how: str) -> None:
        body = self.query_one("#help-body", VerticalScroll)
        {
            "down": body.scroll_down,
            "up": body.scroll_up,
            "page_down": body.scroll_page_down,
            "page_up": body.scroll_page_up,
        }[how]()


def ordered(entries: list[HelpEntry], first: str | None) -> list[HelpEntry]:
    """`first`'s entries ahead of the rest (a stable sort keeps the usual order otherwise)."""
    return sorted(entries, key=lambda e: e.group != first) if first else entries


def group_table(entries: list[HelpEntry], id_width: int) -> Table:
    """Keys, description (wraps at words), id (never wraps). Cells are Text: data, never markup."""
    table = Table.grid(padding=(0, 1), expand=True)
    table.add_column(width=KEYS_WIDTH, overflow="fold")
    table.add_column(ratio=1, overflow="fold")
    table.add_column(min_width=id_width, no_wrap=True)
    for entry in entries:
        table.add_row(
            Text(one_line(entry.keys), style="bold"), Text(one_line(entry.description)), Text(one_line(entry.id))
        )
    return table
