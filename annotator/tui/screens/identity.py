"""Asks the annotator's name once, at first start; the app remembers it in the settings."""

from __future__ import annotations

import unicodedata

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.validation import Function
from textual.widgets import Input, Label

from annotator.core.names import NAME_HINT, name_problem


class IdentityScreen(ModalScreen[str | None]):
    """A name in an Input; Enter keeps it, Escape quits (no work can be saved without a name)."""

    BINDINGS = [Binding("escape", "cancel", "Quit", id="identity.cancel", tooltip="Quit without a name")]

    def compose(self) -> ComposeResult:
        with Vertical(id="identity-box"):
            yield Label("Who is annotating?", id="identity-title")
            yield Label("Your name labels your work in this corpus; it is asked once and remembered.")
            yield Input(
                placeholder="name, e.g. alice",
                id="identity-name",
                validators=[Function(lambda v: name_problem(v) is None, failure_description=NAME_HINT)],
                validate_on=["submitted"],
            )
            yield Label("", id="identity-error")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        name = event.value  # as typed: a space is refused here as on the command line
        problem = name_problem(name)
        if problem is not None:  # the same rule as --annotator on the command line
            self.query_one("#identity-error", Label).update(Content(f"{problem[0].upper()}{problem[1:]}."))
            return
        self.dismiss(unicodedata.normalize("NFC", name))

    def action_cancel(self) -> None:
        self.dismiss(None)
