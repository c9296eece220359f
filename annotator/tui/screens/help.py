"""The help screen: every binding of the desk, grouped by screen, keys as the keymap says."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from annotator.core.display import one_line
from annotator.tui.help import HelpEntry, help_entries


class HelpScreen(ModalScreen[None]):
    """A scrollable list; Escape, `?` or q closes it."""

    CSS_PATH = "../styles/help.tcss"
    BINDINGS = [
        Binding("escape,q,question_mark,f1", "close", "Close", id="help.close", tooltip="Back to where you were"),
        Binding("down,j", "scroll('down')", "Scroll down", show=False, id="help.down"),
        Binding("up,k", "scroll('up')", "Scroll up", show=False, id="help.up"),
        Binding("pagedown,space", "scroll('page_down')", "Page down", show=False, id="help.page_down"),
        Binding("pageup", "scroll('page_up')", "Page up", show=False, id="help.page_up"),
    ]

    def compose(self) -> ComposeResult:
        entries = help_entries(self.app._keymap, self.app.get_key_display)  # the active keymap
        with VerticalScroll(id="help-body"):
            yield Static("Keys", id="help-title")
            yield Static(
                "Every key of the desk, by screen. Remap any of them in the settings' keymap with the id shown.",
                id="help-intro",
            )
            group = None
            for entry in entries:
                if entry.group != group:
                    group = entry.group
                    yield Static(group, classes="help-group")
                yield self._line(entry)

    @staticmethod
    def _line(entry: HelpEntry) -> Horizontal:
        return Horizontal(
            # Keys and ids come from the settings' keymap: shown as data.
            Static(one_line(entry.keys), classes="help-keys", markup=False),
            Static(one_line(entry.description), classes="help-description", markup=False),
            Static(one_line(entry.id), classes="help-id", markup=False),
            classes="help-line",
        )

    def action_close(self) -> None:
        self.dismiss(None)

    def action_scroll(self, how: str) -> None:
        body = self.query_one("#help-body", VerticalScroll)
        {"down": body.scroll_down, "up": body.scroll_up, "page_down": body.scroll_page_down,
         "page_up": body.scroll_page_up}[how]()
