"""The side panel: every unit in text order with its state, and the focused unit's details.

One line per unit, drawn on demand (a 500-unit article costs only the visible lines).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rich.segment import Segment
from textual.content import Content
from textual.events import Click
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widget import Widget

from annotator.core.models import Event, Quote, Span
from annotator.core.schema import LabelSchema
from annotator.desk import ViewUnit
from annotator.tui.display import one_line_content
from annotator.tui.widgets.paint_style import ComponentStyles
from annotator.tui.widgets.palette import STATE_MARKS, kind_style, state_class
from annotator.tui.widgets.text_layout import layout

LABEL_WIDTH = 9


def snippet(text: str, span: Span | None, limit: int = 60) -> str:
    """A span's text on one line, shortened in the middle-free way: cut at the end with …."""
    if span is None:
        return "—"
    part = " ".join(text[span.start : span.end].split())
    return part if len(part) <= limit else part[: limit - 1] + "…"


def short_label(view: ViewUnit) -> str:
    return view.body.short_label


def row_content(view: ViewUnit, text: str, label_classes: Mapping[str, str]) -> Content:
    """One unit as a list row: state mark, label (in its colour), the words, and parts."""
    body = view.body
    label = short_label(view)[:LABEL_WIDTH].ljust(LABEL_WIDTH)
    label_style = kind_style(body, label_classes)
    words = snippet(text, view.span, 40)
    extra = ""
    if isinstance(body, Quote):
        extra = f" ← {snippet(text, body.speaker, 20)}"
    elif isinstance(body, Event) and body.arguments:
        extra = " (" + ", ".join(body.arguments) + ")"
    mark = STATE_MARKS[view.state]
    content = Content.assemble(
        (f"{mark} ", "." + state_class(view.state) if view.state == "rejected" else ""),
        (label, label_style),
        " ",
        (words, "." + state_class(view.state)),
        (extra, ".unit-list--muted"),
    )
    return content


class UnitList(ScrollView, can_focus=False):
    """Rows of units; the screen moves the cursor, the list only draws (and says which row was clicked)."""

    class Clicked(Message):
        """A click on row `index` (the screen focuses that unit)."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    # Label and state classes come from the article view's resolver (declaring them here too
    # would make Textual re-apply the whole stylesheet once per class for this widget).
    COMPONENT_CLASSES = {"unit-list--cursor", "unit-list--muted"}

    DEFAULT_CSS = """
    UnitList {
        overflow-x: hidden;
        overflow-y: auto;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._views: Sequence[ViewUnit] = ()
        self._text = ""
        self._labels: Mapping[str, str] = {}
        self._cursor: int | None = None
        self._rows: dict[int, tuple[tuple[object, ...], Strip]] = {}
        self._styles = ComponentStyles(self)

    @property
    def cursor(self) -> int | None:
        return self._cursor

    def show(
        self, views: Sequence[ViewUnit], text: str, label_classes: Mapping[str, str], paint_styles: ComponentStyles
    ) -> None:
        old = self._views
        self._views, self._text, self._labels = views, text, label_classes
        if self._styles.fallback is not paint_styles:
            self._styles = ComponentStyles(self, paint_styles)
            self._rows.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, len(views))
        if len(old) != len(views):
            self.refresh()
            return
        # Unchanged units keep their Unit objects across a rebuild: compare by identity.
        for index, (a, b) in enumerate(zip(old, views)):
            if a.unit is not b.unit or a.state != b.state:
                self.refresh_line(index)

    def show_cursor(self, index: int | None) -> None:
        old, self._cursor = self._cursor, index
        for row in (old, index):
            if row is not None:
                self.refresh_line(row)
        if index is not None:
            top = round(self.scroll_offset.y)
            height = max(1, self.scrollable_content_region.height)
            # Jump half a page when the cursor leaves: scrolling repaints every row.
            if index < top + 1:
                self.scroll_to(y=max(0, index - height // 2), animate=False)
            elif index > top + height - 2:
                self.scroll_to(y=max(0, index - height // 2), animate=False)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()
        self._rows.clear()

    async def _on_click(self, event: Click) -> None:
        index = round(self.scroll_offset.y) + event.y
        if 0 <= index < len(self._views):
            self.post_message(self.Clicked(index))

    def render_line(self, y: int) -> Strip:
        index = round(self.scroll_offset.y) + y
        width = self.scrollable_content_region.width
        base = self.visual_style
        if index >= len(self._views):
            return Strip.blank(width, base.rich_style)
        view = self._views[index]
        cached = self._rows.get(index)
        if (
            cached is not None
            and cached[0][0] == width
            and cached[0][1] is view.unit
            and cached[0][2:] == (view.state, index == self._cursor)
        ):
            return cached[1]
        key = (width, view.unit, view.state, index == self._cursor)
        row_base = base + self._styles(".unit-list--cursor") if index == self._cursor else base
        content = one_line_content(row_content(view, self._text, self._labels))
        segments = [
            Segment(part, style.rich_style)
            for part, style in content.render(row_base, end="", parse_style=self._styles)
        ]
        strip = Strip(segments).crop_extend(0, width, row_base.rich_style)
        self._rows[index] = (key, strip)
        return strip


class UnitDetail(Widget):
    """The focused unit in full: a quote's speaker and cue, an event's roles by name.

    Drawn line by line and redrawn only where a line changed: it changes on every key, and
    a Static would re-wrap and re-render all of it each time.
    """

    DEFAULT_CSS = """
    UnitDetail {
        height: 9;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._lines: list[Content] = []

    @property
    def lines(self) -> list[Content]:
        return self._lines

    def show(
        self,
        view: ViewUnit | None,
        text: str,
        schema: LabelSchema,
        label_classes: Mapping[str, str],
        paint_styles: ComponentStyles,
        keys: Sequence[str | Content] = (),
    ) -> None:
        """`keys`: the unit's one-key choices, drawn numbered 1-9 under its details."""
        width = max(10, self.content_size.width)
        lines = [
            paint_styles.resolve_content(one_line_content(c))
            for c in [*detail_lines(view, text, schema, label_classes, width), *numbered(keys)]
        ]
        old, self._lines = self._lines, lines
        full = self.size.width
        for y in range(max(len(old), len(lines))):
            if y >= len(old) or y >= len(lines) or old[y] != lines[y]:
                self.refresh(Region(0, y, full, 1))

    def render_line(self, y: int) -> Strip:
        width = self.content_size.width
        base = self.visual_style
        if y >= len(self._lines):
            return Strip.blank(width, base.rich_style)
        segments = [Segment(part, style.rich_style) for part, style in self._lines[y].render(base, end="")]
        return Strip(segments).crop_extend(0, width, base.rich_style)


def detail_lines(
    view: ViewUnit | None, text: str, schema: LabelSchema, label_classes: Mapping[str, str], width: int
) -> list[Content]:
    """The detail panel's lines; the unit's words wrap over up to three lines of `width`."""
    if view is None:
        return [Content("No unit here."), Content("v selects text to add one.")]
    body = view.body
    head = Content.assemble(
        (f"{STATE_MARKS[view.state]} {view.state} ", ""),
        (view.kind, ""),
        " ",
        (view.label, _label_style(view, label_classes)),
    )
    lines = [head, *_wrapped(f"“{snippet(text, view.span, 3 * width)}”", width, 3)]
    source = source_text(view)
    if source:
        lines.append(Content.styled(source, "dim"))
    if isinstance(body, Quote):
        lines.append(_part("speaker", snippet(text, body.speaker, 40), "S"))
        if body.speaker_entity is not None and body.speaker_entity != body.speaker:
            lines.append(_part("  who", snippet(text, body.speaker_entity, 40), ""))
        lines.append(_part("cue", snippet(text, body.cue, 40), "c"))
    elif isinstance(body, Event):
        etype = schema.event_type(body.type)
        for role in etype.roles if etype else list(body.arguments):
            filler = body.arguments.get(role)
            needed = " (required)" if etype and role in etype.required and filler is None else ""
            lines.append(_part(role, snippet(text, filler, 40) + needed, ""))
        lines.append(Content.styled("r: any role, any filler", "dim"))
    return lines


def numbered(keys: Sequence[str | Content]) -> list[Content]:
    """One-key choices as lines: "1 Place ← Moscow" (digits press them)."""
    if not keys:
        return []
    head = Content.styled("digits: one key each", "dim")
    return [head, *(Content.assemble((f"{i} ", "bold"), k) for i, k in enumerate(keys, 1))]


def source_text(view: ViewUnit) -> str:
    """How sure the model was and which model it is: 'score 0.83, from news@2' (the score first:
    the detail pane is narrow and a long model name would push it out of sight)."""
    suggestion = view.suggestion
    if suggestion is None:
        return ""
    prov = suggestion.provenance or {}
    model = str(prov.get("model") or "")
    if prov.get("version"):
        model += f"@{prov['version']}"
    score = "" if suggestion.score is None else f"score {suggestion.score:.2f}"
    return ", ".join(x for x in (score, f"from {model}" if model else "") if x)


def _wrapped(words: str, width: int, most: int) -> list[Content]:
    lines = [Content(words[s:e].rstrip()) for s, e in layout(words, width).lines]
    if len(lines) > most:
        lines = lines[:most]
        lines[-1] = Content(lines[-1].plain[: max(0, width - 1)] + "…")
    return lines


def _part(name: str, value: str, key: str) -> Content:
    hint = f"  [{key}]" if key else ""
    return Content.assemble((f"{name}: ", "bold"), value, (hint, "dim"))


def _label_style(view: ViewUnit, label_classes: Mapping[str, str]) -> str:
    return kind_style(view.body, label_classes)
