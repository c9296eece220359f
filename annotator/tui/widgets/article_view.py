"""The article with every unit highlighted in place: a line-API scroll view over the stored text.

Only visible lines are drawn (`render_line`), and each drawn line is cached under the
exact paints that touch it, so a key press redraws just the lines whose highlights changed.
Offsets come from `text_layout`: a span's offsets select exactly its characters on screen.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rich.cells import get_character_cell_size
from rich.segment import Segment
from textual.content import Content
from textual.content import Span as ContentSpan
from textual.events import Click, MouseDown, MouseUp
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from annotator.core.models import Span
from annotator.desk import ViewUnit
from annotator.tui.widgets.paint_style import ComponentStyles
from annotator.tui.widgets.palette import PAINT_CLASSES, PREFIX, QUOTE_BARS, kind_style, state_class
from annotator.tui.widgets.text_layout import Layout, display_text, layout

GUTTER = 2
FOCUS_MARK = "▶"

# Paint layers, lowest first: a later layer wins where styles clash.
BOILERPLATE, QUOTE, LABEL, STATE, ROLE, FOCUS, SELECTION, CURSOR = range(8)


@dataclass(frozen=True)
class Paint:
    """One styled range of the text; `state` feeds the quote bar in the gutter."""

    start: int
    end: int
    layer: int
    style: str
    state: str = ""


class ArticleView(ScrollView, can_focus=True, inherit_bindings=False):
    """Shows one article; the screen sets what to paint, the view never calls the store."""

    COMPONENT_CLASSES = set(PAINT_CLASSES) | {
        PREFIX + name for name in ("boilerplate", "role", "focus", "selection", "cursor", "gutter", "focus-mark")
    }

    DEFAULT_CSS = """
    ArticleView {
        overflow-x: hidden;
        overflow-y: auto;
        scrollbar-gutter: stable;
    }
    """

    class Clicked(Message):
        """The editor clicked the text at `offset` (the screen focuses the unit there)."""

        def __init__(self, offset: int) -> None:
            super().__init__()
            self.offset = offset

    class Dragged(Message):
        """The editor dragged over the text from `start` to `end` (the screen selects it for a new unit)."""

        def __init__(self, start: int, end: int) -> None:
            super().__init__()
            self.start, self.end = start, end

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._pressed_at: int | None = None
        self._dragged = False
        self._text = ""
        self._display = ""
        self._boilerplate: list[Paint] = []
        self._units: list[Paint] = []
        self._unit_cache: dict[int, tuple[ViewUnit, list[Paint]]] = {}
        self._base: list[Paint] | None = None
        self._overlay: list[Paint] = []
        self._paints: list[Paint] = []
        self._starts: list[int] = []
        self._longest = 0
        self._layout: Layout = layout("", 1)
        self._generation = 0
        self._laid_out: tuple[int, int] = (-1, -1)
        self._relayout_pending = False
        self._strips: dict[int, tuple[tuple[object, ...], Strip]] = {}
        self.paint_styles = ComponentStyles(self)
        self.focus_span: Span | None = None

    # -- what to show (attributes down) ----------------------------------------------------

    @property
    def text(self) -> str:
        return self._text

    @property
    def text_layout(self) -> Layout:
        return self._layout

    def show_article(self, text: str, boilerplate: Sequence[Span]) -> None:
        """A new article: new text, new layout, nothing painted yet."""
        self._text = text
        self._display = display_text(text)
        self._generation += 1
        self._boilerplate = [Paint(s.start, s.end, BOILERPLATE, ".article-view--boilerplate") for s in boilerplate]
        self._units, self._overlay = [], []
        self._unit_cache = {}
        self._strips.clear()
        self._relayout()
        self.scroll_to(y=0, animate=False)

    def show_units(self, views: Sequence[ViewUnit], label_classes: Mapping[str, str]) -> None:
        """Paint every unit: label colour plus a state style that differs by more than colour."""
        # An unchanged unit keeps its ViewUnit object across edits: reuse its paints.
        cache = self._unit_cache
        fresh: dict[int, tuple[ViewUnit, list[Paint]]] = {}
        paints: list[Paint] = []
        for v in views:
            hit = cache.get(id(v))
            if hit is None or hit[0] is not v:
                hit = (v, _unit_paints(v, label_classes))
            fresh[id(v)] = hit
            paints.extend(hit[1])
        self._unit_cache = fresh
        changed = set(self._units).symmetric_difference(paints)
        self._units = paints
        self._repaint(changed)

    def show_boilerplate(self, boilerplate: Sequence[Span]) -> None:
        self._boilerplate = [Paint(s.start, s.end, BOILERPLATE, ".article-view--boilerplate") for s in boilerplate]
        self._repaint(None)

    def show_focus(self, view: ViewUnit | None, selection: Span | None = None, cursor: Span | None = None) -> None:
        """Light up the focused unit, its quote parts or event roles, and any keyboard selection."""
        overlay: list[Paint] = []
        self.focus_span = view.span if view is not None else None
        if view is not None:
            for _, part in view.body.parts():
                overlay.append(Paint(part.start, part.end, ROLE, ".article-view--role"))
            span = view.span
            overlay.append(Paint(span.start, span.end, FOCUS, ".article-view--focus", "focus"))
        if selection is not None:
            overlay.append(Paint(selection.start, selection.end, SELECTION, ".article-view--selection"))
        if cursor is not None:
            overlay.append(Paint(cursor.start, cursor.end, CURSOR, ".article-view--cursor"))
        changed = set(self._overlay).symmetric_difference(overlay)
        self._overlay = overlay
        self._repaint(changed, units_changed=False)

    # -- geometry for the screen -----------------------------------------------------------

    def scroll_to_span(self, span: Span, margin: int = 2) -> None:
        """Keep the span in view; when it leaves, jump a third of a page rather than a line.

        Scrolling repaints every visible line, so moving through units should scroll seldom:
        going down, the span lands a third from the top; going up, a third from the bottom.
        """
        first = self._layout.line_of(span.start)
        last = self._layout.line_of(max(span.start, span.end - 1))
        height = max(1, self.scrollable_content_region.height)
        top = round(self.scroll_offset.y)
        margin = min(margin, max(0, (height - 1) // 2))
        if first < top + margin:
            self.scroll_to(y=max(0, first - (2 * height) // 3), animate=False)
        elif last > top + height - 1 - margin:
            target = min(first - margin, first - height // 3)
            self.scroll_to(y=max(0, target), animate=False)

    def vertical_neighbour(self, offset: int, step: int) -> int | None:
        """The offset on the screen line above (step < 0) or below at the same column."""
        lay = self._layout
        line = lay.line_of(offset)
        target = line + (1 if step > 0 else -1)
        if not 0 <= target < len(lay):
            return None
        start, _ = lay.lines[line]
        column = sum(get_character_cell_size(c) for c in self._display[start:offset])
        t_start, t_end = lay.lines[target]
        used = 0
        for i in range(t_start, t_end):
            used += get_character_cell_size(self._display[i])
            if used > column:
                return i
        return max(t_start, t_end - 1) if t_end > t_start else t_start

    def offset_at(self, x: int, y: int) -> int | None:
        """The text offset under widget cell (x, y), or None off the text."""
        index = round(self.scroll_offset.y) + y
        if not 0 <= index < len(self._layout):
            return None
        start, end = self._layout.lines[index]
        used = GUTTER
        for i in range(start, end):
            used += get_character_cell_size(self._display[i])
            if used > x:
                return i
        return None

    def line_texts(self) -> list[str]:
        """Each screen line's characters as stored (for tests of the offset mapping)."""
        return [self._text[s:e] for s, e in self._layout.lines]

    # -- rendering ----------------------------------------------------------------------------

    def _relayout(self) -> None:
        """Wrap the text for the current width, once per text and width.

        Before the first layout the width is unknown (wrapping at one cell would fold every
        word), so nothing happens until `on_resize` brings the real width.
        """
        region = self.scrollable_content_region
        if region.width <= GUTTER:
            return
        key = (self._generation, region.width - GUTTER)
        if key != self._laid_out:
            self._layout = layout(self._text, key[1])
            self._laid_out = key
            self._strips.clear()
            self.virtual_size = Size(region.width, len(self._layout))
            self.refresh()

    def on_resize(self) -> None:
        # A new screen resizes its widgets several times while it settles (breakpoint
        # classes, scrollbars): wrap once, for the width it settles on.
        if not self._relayout_pending:
            self._relayout_pending = True
            self.call_later(self._settle)

    def _settle(self) -> None:
        self._relayout_pending = False
        self._relayout()
        if self.focus_span is not None:
            self.scroll_to_span(self.focus_span)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self.paint_styles.clear()
        self._strips.clear()

    def _repaint(self, changed: set[Paint] | None, *, units_changed: bool = True) -> None:
        """Re-index the paints; redraw only the visible lines that `changed` paints touch (None: all)."""
        if units_changed or self._base is None:
            self._base = sorted(self._boilerplate + self._units, key=_paint_order)
        # A focus move only changes the overlay (a few paints): insert those into the sorted base.
        paints = list(self._base)
        for p in self._overlay:
            bisect.insort(paints, p, key=_paint_order)
        self._paints = paints
        self._starts = [p.start for p in paints]
        self._longest = max((p.end - p.start for p in paints), default=0)
        if changed is None:
            self.refresh()
        elif changed:
            self._refresh_spans(changed)

    def _refresh_spans(self, changed: set[Paint]) -> None:
        """Refresh the on-screen lines these paints cover (a gutter mark lives on the first line)."""
        top = round(self.scroll_offset.y)
        height = max(1, self.scrollable_content_region.height)
        lines: set[int] = set()
        line_of = self._layout.line_of
        for p in changed:
            first = max(top, line_of(p.start))
            last = min(top + height - 1, line_of(max(p.start, p.end - 1)))
            lines.update(range(first, last + 1))
        if len(lines) > height // 2:
            self.refresh()
            return
        for y in sorted(lines):
            self.refresh_line(y)

    def _paints_in(self, start: int, end: int) -> tuple[Paint, ...]:
        """Paints that touch the line [start, end); an empty line counts the newline it stands on."""
        stop = max(end, start + 1)
        lo = bisect.bisect_left(self._starts, start - self._longest)
        hi = bisect.bisect_left(self._starts, stop)
        return tuple(p for p in self._paints[lo:hi] if p.end > start)

    def render_line(self, y: int) -> Strip:
        index = round(self.scroll_offset.y) + y
        width = self.scrollable_content_region.width
        lines = self._layout.lines
        if index >= len(lines):
            return Strip.blank(width, self.rich_style)
        start, end = lines[index]
        paints = self._paints_in(start, end)
        key = (width, start, end, paints)
        cached = self._strips.get(index)
        if cached is not None and cached[0] == key:
            return cached[1]
        strip = self._render_text_line(start, end, paints, width)
        self._strips[index] = (key, strip)
        return strip

    def _render_text_line(self, start: int, end: int, paints: tuple[Paint, ...], width: int) -> Strip:
        base = self.visual_style
        segments = self._gutter(start, end, paints)
        text = self._display[start:end]
        if text:
            spans = [
                ContentSpan(max(p.start, start) - start, min(p.end, end) - start, p.style)
                for p in sorted(paints, key=lambda p: p.layer)
                if p.end > start and p.start < end
            ]
            for part, style in Content(text, spans).render(base, end="", parse_style=self.paint_styles):
                segments.append(Segment(part, style.rich_style))
        return Strip(segments).crop_extend(0, width, base.rich_style)

    def _gutter(self, start: int, end: int, paints: tuple[Paint, ...]) -> list[Segment]:
        """Column 1: the focus mark on the focused unit's first line; column 2: the quote bar."""
        focused = any(p.layer == FOCUS and start <= p.start < max(end, start + 1) for p in paints)
        bar = " "
        for p in paints:
            if p.layer == QUOTE:
                bar = QUOTE_BARS.get(p.state, bar)
        mark = self.paint_styles(".article-view--focus-mark" if focused else ".article-view--gutter")
        gutter = self.paint_styles(".article-view--gutter")
        base = self.visual_style
        return [
            Segment(FOCUS_MARK if focused else " ", (base + mark).rich_style),
            Segment(bar, (base + gutter).rich_style),
        ]

    async def _on_mouse_down(self, event: MouseDown) -> None:
        self._pressed_at = self.offset_at(event.x, event.y)
        self._dragged = False

    async def _on_mouse_up(self, event: MouseUp) -> None:
        start, end = self._pressed_at, self.offset_at(event.x, event.y)
        self._pressed_at = None
        if start is not None and end is not None and start != end:
            self._dragged = True  # the click that follows a drag is not a click on a unit
            self.post_message(self.Dragged(min(start, end), max(start, end) + 1))

    async def _on_click(self, event: Click) -> None:
        if self._dragged:
            self._dragged = False
            return
        offset = self.offset_at(event.x, event.y)
        if offset is not None:
            self.post_message(self.Clicked(offset))


def _paint_order(p: Paint) -> tuple[int, int, int]:
    """By start, longer first: within a layer an inner span is drawn after (over) its container."""
    return (p.start, -p.end, p.layer)


def _unit_paints(v: ViewUnit, label_classes: Mapping[str, str]) -> list[Paint]:
    state = state_class(v.state)
    body = v.body
    if body.band:
        style = f".{PREFIX}{body.colour_class}" + ("-rejected" if v.state == "rejected" else "")
        return [Paint(p.start, p.end, QUOTE, style, v.state) for p in body.marked()]
    style = kind_style(body, label_classes)
    span = v.span
    return [
        Paint(span.start, span.end, LABEL, style, v.state),
        Paint(span.start, span.end, STATE, "." + state, v.state),
    ]
