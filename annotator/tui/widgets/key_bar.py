"""A one-line footer of the keys that apply now: enabled keys bright, ones that do not fit dimmed.

Textual's Footer rebuilds a widget per key whenever the bindings change (about 30 widgets
through the stylesheet: tens of milliseconds), and the article screen re-checks its keys
whenever the focused unit changes kind. This redraws one line of text instead.
"""

from __future__ import annotations

from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from annotator.tui.widgets.paint_style import ComponentStyles


class KeyBar(Static):
    COMPONENT_CLASSES = {"key-bar--key", "key-bar--disabled"}

    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    """

    def on_mount(self) -> None:
        self._styles = ComponentStyles(self)
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self.show_keys()

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        if hasattr(self, "_styles"):
            self._styles.clear()

    def _bindings_changed(self, screen: Screen[object]) -> None:
        if screen is self.screen:
            self.show_keys()

    def show_keys(self) -> None:
        parts: list[tuple[str, object] | str] = []
        seen: set[str] = set()
        for active in self.screen.active_bindings.values():
            binding = active.binding
            if not binding.show or binding.action in seen:
                continue
            seen.add(binding.action)
            key = self.app.get_key_display(binding)
            if active.enabled:
                parts += [(f" {key} ", self._styles(".key-bar--key")), f"{binding.description} "]
            else:
                dim = self._styles(".key-bar--disabled")
                parts += [(f" {key} ", dim), (f"{binding.description} ", dim)]
        self.update(Content.assemble(*parts), layout=False)  # type: ignore[arg-type]
