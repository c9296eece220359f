"""The article's incremental search line: `/`, type, and the text shows where it would land; Enter lands."""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import Input


class SearchScreen(ModalScreen[str | None]):
    """One line at the bottom; every change calls `preview(query)` so the article shows the match."""

    DEFAULT_CSS = """
    SearchScreen {
        align: left bottom;
        background: transparent;
    }
    SearchScreen Input {
        width: 100%;
        border: tall $accent;
    }
    """

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="search.cancel")]

    def __init__(self, preview: Callable[[str], None], value: str = "") -> None:
        super().__init__()
        self.preview = preview
        self.value = value

    def compose(self) -> ComposeResult:
        yield Input(value=self.value, placeholder="search the article: type, Enter to land, Esc to stay")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        self.preview(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)
