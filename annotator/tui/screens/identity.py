"""Asks the annotator's name once, at first start; the app remembers it in the settings."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.validation import Regex
from textual.widgets import Input, Label


class IdentityScreen(ModalScreen[str | None]):
    """A name in an Input; Enter keeps it, Escape quits (no work can be saved without a name)."""

    BINDINGS = [Binding("escape", "cancel", "Quit", id="identity.cancel", tooltip="Quit without a name")]
    NAME_RULE = r"[A-Za-z0-9][A-Za-z0-9._@-]{0,63}"

    def compose(self) -> ComposeResult:
        with Vertical(id="identity-box"):
            yield Label("Who is annotating?", id="identity-title")
            yield Label("Your name labels your work in this corpus; it is asked once and remembered.")
            yield Input(
                placeholder="name, e.g. alice",
                id="identity-name",
                validators=[Regex(self.NAME_RULE, failure_description="letters, digits, . _ @ -")],
                validate_on=["submitted"],
            )
            yield Label("", id="identity-error")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        name = event.value.strip()
        if event.validation_result is not None and not event.validation_result.is_valid:
            self.query_one("#identity-error", Label).update("Use letters, digits and . _ @ - (no spaces).")
            return
        self.dismiss(name)

    def action_cancel(self) -> None:
        self.dismiss(None)
