"""A one-line footer of the keys that apply now: enabled keys bright, ones that do not fit dimmed.

Textual's Footer rebuilds a widget per key whenever the bindings change (about 30 widgets
through the stylesheet: tens of milliseconds), and the article screen re-checks its keys
whenever the focused unit changes kind. This redraws one line of text instead.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.style import Style
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
        parts: list[tuple[str, Style] | str] = []
        seen: set[str] = set()
        # In the order the screen declares its keys, whatever the keymap did: a remapped key is
        # re-added at the end of Textual's map and would fall off the right edge of the line.
        rank = _declared_order(type(self.screen))
        actives = sorted(self.screen.active_bindings.values(), key=lambda a: rank.get(a.binding.action, len(rank)))
        for active in actives:
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
        self.update(Content.assemble(*parts), layout=False)


def _declared_order(screen_class: type[Screen[object]]) -> dict[str, int]:
    """Each action's place in the screen's BINDINGS (the app's own keys come after)."""
    found = _ORDER.get(screen_class)
    if found is None:
        found = {}
        for cls in reversed(screen_class.__mro__):
            for binding in Binding.make_bindings(cls.__dict__.get("BINDINGS", [])):
                found.setdefault(binding.action, len(found))
        _ORDER[screen_class] = found
    return found


_ORDER: dict[type, dict[str, int]] = {}
