"""Component classes as partial styles that keep their background.

Textual's own partial lookup (`Widget._get_style(".name")`) blends an opaque background
away to nothing, so a focus or quote background set in TCSS would never show. This reads
the component's rules directly: only what the class sets, so layers combine (a label's
colour, a state's text style, the focus background) instead of overwriting each other.
"""

from __future__ import annotations

from textual.content import Content
from textual.style import Style
from textual.widget import Widget


class ComponentStyles:
    """`resolver(".article-view--person")` -> Style; other strings parse as Textual styles."""

    def __init__(self, widget: Widget, fallback: ComponentStyles | None = None) -> None:
        self.widget = widget
        self.fallback = fallback  # where classes this widget does not declare are looked up
        self._cache: dict[str, Style] = {}

    def clear(self) -> None:
        self._cache.clear()

    def __call__(self, style: str | Style) -> Style:
        if isinstance(style, Style):
            return style
        found = self._cache.get(style)
        if found is None:
            if not style.startswith("."):
                found = Style.parse(style)
            elif self.fallback is not None and style[1:] not in self.widget._get_component_classes():
                return self.fallback(style)
            else:
                found = self._resolve(style[1:])
            self._cache[style] = found
        return found

    def _resolve(self, name: str) -> Style:
        styles = self.widget.get_component_styles(name)
        has = styles.has_rule
        text = styles.text_style if has("text_style") else None
        return Style(
            background=styles.background if has("background") else None,
            foreground=styles.color if has("color") else None,
            bold=text.bold if text else None,
            dim=text.dim if text else None,
            italic=text.italic if text else None,
            underline=text.underline if text else None,
            reverse=text.reverse if text else None,
            strike=text.strike if text else None,
        )

    def resolve_content(self, content: Content) -> Content:
        """The same content with every class name swapped for its style (for Static widgets)."""
        from textual.content import Span

        spans = [Span(s.start, s.end, self(s.style)) for s in content.spans]
        return Content(content.plain, spans)
