"""A one-line indicator of the suggestion model: loading, ready, missing or off."""

from __future__ import annotations

from textual import getters
from textual.widgets import Static

from annotator.tui.app import AnnotatorApp
from annotator.tui.display import block_content

LABELS = {
    "off": "model: off",
    "loading": "model: loading…",
    "ready": "model: ready",
    "missing": "model: missing",
}


class ModelStatus(Static):
    """Follows `app.model_state`; any screen may place one (the queue does, in its top bar)."""

    app = getters.app(AnnotatorApp)  # model_state and model_error, typed

    def on_mount(self) -> None:
        self.watch(self.app, "model_state", self._show, init=True)

    def _show(self, state: str) -> None:
        self.update(LABELS.get(state, f"model: {state}"))
        for name in LABELS:
            self.set_class(name == state, f"-{name}")
        error = self.app.model_error
        self.tooltip = block_content(error) if state == "missing" and error else None  # names the model: data
