"""Multi-step edits of the article screen, reused by the review screen: keyboard selection, new quotes and events, parts.

A flow is an async worker that asks one question at a time (a picker, or a selection in the
text) and writes once at the end through the desk, so a new quote with its speaker and cue
is one action and one undo step. Pickers answer None on Escape, which cancels the flow; a
selection asked for by a flow is finished with Enter and cancelled with Escape.
"""

from __future__ import annotations

import asyncio
import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from textual import work
from textual.binding import Binding
from textual.content import Content
from textual.widgets import Static

from annotator.core.display import one_line
from annotator.core.models import Entity, Event, Span, UnitBody
from annotator.core.schema import LabelSchema
from annotator.desk import Desk, ViewUnit
from annotator.tui.screens.pickers import Choice, PickerScreen
from annotator.tui.widgets.unit_list import snippet

if TYPE_CHECKING:
    from annotator.desk import Outcome

SELECT, NONE, SKIP = "@select", "@none", "@skip"
# The actions that only mean something inside a keyboard selection.
SELECTING = frozenset({"cursor", "extend", "finish_selection", "quote", "event"})
SELECTION_HELP = "arrows move · shift+arrows extend · Enter label it · q quote · e event · Esc cancel"
# While a flow asks for a span, q and e do not apply: the hint leaves them out.
ASKED_HELP = "arrows move · shift+arrows extend · Enter use it · Esc cancel"
# Words that usually carry a quote's attribution, offered first as its cue.
CUE_WORDS = re.compile(
    r"\b(said|says|say|told|tells|added|adds|stated|states|according to|asked|warned|insisted|claimed|"
    r"explained|wrote|writes|announced|noted|argued|declared|replied|confirmed|denied|urged)\b",
    re.IGNORECASE,
)


class Cancelled(Exception):
    """The editor pressed Escape in the middle of a flow: nothing is written."""


@dataclass
class Selection:
    """A keyboard selection over token indices; `request` is set when a flow waits for it."""

    anchor: int
    cursor: int
    prompt: str
    request: asyncio.Future[Span | None] | None = None

    def span(self, tokens: list[tuple[int, int]]) -> Span:
        lo, hi = sorted((self.anchor, self.cursor))
        return Span(start=tokens[lo][0], end=tokens[hi][1])

    def cursor_span(self, tokens: list[tuple[int, int]]) -> Span:
        s, e = tokens[self.cursor]
        return Span(start=s, end=e)


def span_id(span: Span) -> str:
    return f"{span.start}:{span.end}"


def parse_span_id(value: str) -> Span:
    start, end = value.split(":")
    return Span(start=int(start), end=int(end))


def mention_choices(desk: Desk, near: Span, label_classes: dict[str, str]) -> list[Choice]:
    """Entity mentions, nearest to `near` first, each showing its label and how far away it is."""
    text = desk.state.text
    mentions = sorted(desk.state.mentions(), key=lambda v: _distance(v.span, near))
    seen: set[str] = set()
    out: list[Choice] = []
    for v in mentions:
        sid = span_id(v.span)
        if sid in seen:
            continue
        seen.add(sid)
        where = "before" if v.span.end <= near.start else "after" if v.span.start >= near.end else "inside"
        prompt = Content.assemble(
            (f"{v.label:<8} ", "." + label_classes.get(v.label, "article-view--label-0")),
            snippet(text, v.span, 40),
            (f"  · {where}", "dim"),
        )
        out.append(Choice(sid, prompt, search=v.label))
    return out


def cue_choices(text: str, near: Span) -> list[Choice]:
    """Reporting verbs within a sentence or so of the quote, nearest first."""
    lo, hi = max(0, near.start - 120), min(len(text), near.end + 120)
    found = [
        Span(start=m.start(), end=m.end())
        for m in CUE_WORDS.finditer(text, lo, hi)
        if m.end() <= near.start or m.start() >= near.end
    ]
    found.sort(key=lambda s: _distance(s, near))
    return [Choice(span_id(s), _cue_prompt(text, s, near)) for s in found[:6]]


def _cue_prompt(text: str, cue: Span, near: Span) -> Content:
    """The cue word with where it is and its words around: two `said` rows must look different."""
    where = "before" if cue.end <= near.start else "after"
    left = " ".join(text[max(0, cue.start - 24) : cue.start].split()[-3:])
    right = " ".join(text[cue.end : cue.end + 24].split()[:3])
    return Content.assemble(
        ("cue  ", "dim"),
        (text[cue.start : cue.end], "bold"),
        (f"  · {where} the quote, {_distance(cue, near)} chars · …{left} ", "dim"),
        text[cue.start : cue.end],
        (f" {right}…", "dim"),
    )


def _distance(span: Span, near: Span) -> int:
    if span.end <= near.start:
        return near.start - span.end
    if span.start >= near.end:
        return span.start - near.end
    return 0


def token_index_at(tokens: list[tuple[int, int]], offset: int) -> int:
    """The token containing `offset`, else the next one (the last at the end of the text)."""
    starts = [s for s, _ in tokens]
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and tokens[i][1] > offset:
        return i
    return min(i + 1, len(tokens) - 1)


class ArticleFlows:
    """Mixed into the article and review-document screens: the keyboard selection and everything
    that asks more than one question. Each screen declares the keys (with its own ids) and
    decides in `commit` where the finished unit is written."""

    desk: Desk
    selection: Selection | None
    label_classes: dict[str, str]

    # Provided by the screen.
    def focused_view(self) -> ViewUnit | None: ...
    def commit(self, action: object) -> Outcome | None: ...
    def sync_bindings(self) -> None: ...
    def prompt_line(self) -> Static: ...

    # S, c and r: the same on every screen that edits units with these flows.
    def action_speaker(self) -> None:
        view = self.focused_view()
        if view is not None and view.kind == "quote":
            self.speaker_flow(view)

    def action_cue(self) -> None:
        view = self.focused_view()
        if view is not None and view.kind == "quote":
            self.cue_flow(view)

    def action_roles(self) -> None:
        view = self.focused_view()
        if view is not None and view.kind == "event":
            self.roles_flow(view)

    def painted_focus(self) -> ViewUnit | None:
        """What the text lights up as focused under a selection (the review screen widens it)."""
        return self.focused_view()

    # -- keyboard selection ---------------------------------------------------------------

    def selection_allows(self, action: str) -> bool | None:
        """check_action for SELECTING: hidden outside a selection; q and e dimmed while a flow asks for a span."""
        if self.selection is None:
            return False
        if action in ("quote", "event") and self.selection.request is not None:
            return None
        return True

    def action_select(self) -> None:
        self.start_selection("Select text")

    def start_selection(
        self, prompt: str, request: asyncio.Future[Span | None] | None = None, at: int | None = None
    ) -> bool:
        """Open a selection at `at` (where a flow needs it), else at the focused unit or the top of the view."""
        tokens = self.desk.state.tokens
        if not tokens:
            return False
        focus = self.focused_view()
        offset = at if at is not None else focus.span.start if focus is not None else self._first_visible_offset()
        index = token_index_at(tokens, offset)
        self.selection = Selection(index, index, prompt, request)
        self.show_selection()
        self.sync_bindings()
        return True

    def _first_visible_offset(self) -> int:
        lay = self.view.text_layout  # type: ignore[attr-defined]
        top = round(self.view.scroll_offset.y)  # type: ignore[attr-defined]
        return lay.lines[top][0] if top < len(lay) else 0

    def end_selection(self, span: Span | None) -> None:
        selection, self.selection = self.selection, None
        self.show_selection()
        self.sync_bindings()
        if selection is not None and selection.request is not None and not selection.request.done():
            selection.request.set_result(span)

    def _move_cursor(self, dx: int, dy: int, *, extend: bool) -> None:
        selection = self.selection
        if selection is None:
            return
        tokens = self.desk.state.tokens
        index = selection.cursor
        if dx:
            index = max(0, min(len(tokens) - 1, index + dx))
        if dy:
            offset = self.view.vertical_neighbour(tokens[index][0], dy)  # type: ignore[attr-defined]
            if offset is not None:
                index = token_index_at(tokens, offset)
        selection.cursor = index
        if not extend:
            selection.anchor = index
        self.show_selection()

    def action_cursor(self, dx: int, dy: int) -> None:
        self._move_cursor(dx, dy, extend=False)

    def action_extend(self, dx: int, dy: int) -> None:
        self._move_cursor(dx, dy, extend=True)

    def action_finish_selection(self) -> None:
        selection = self.selection
        if selection is None:
            return
        span = selection.span(self.desk.state.tokens)
        self.end_selection(span)
        if selection.request is None:
            self.new_entity_flow(span)

    def action_quote(self) -> None:
        self._selection_to(self.new_quote_flow)

    def action_event(self) -> None:
        self._selection_to(self.new_event_flow)

    def _selection_to(self, flow: Callable[[Span], Any]) -> None:
        selection = self.selection
        if selection is None or selection.request is not None:
            return
        span = selection.span(self.desk.state.tokens)
        self.end_selection(None)
        flow(span)

    def show_selection(self) -> None:
        tokens = self.desk.state.tokens if self.selection else []
        selection = self.selection.span(tokens) if self.selection else None
        cursor = self.selection.cursor_span(tokens) if self.selection else None
        self.view.show_focus(self.painted_focus(), selection, cursor)  # type: ignore[attr-defined]
        prompt = self.prompt_line()
        shown = self.selection is not None or getattr(self, "_write_line_shown", False)  # a database line stays
        if prompt.display != shown:
            prompt.display = shown
        if self.selection is not None:
            keys = SELECTION_HELP if self.selection.request is None else ASKED_HELP
            prompt.update(one_line(f"{self.selection.prompt}   [{keys}]"))  # it quotes the text
            self.view.scroll_to_span(cursor, margin=1)  # type: ignore[arg-type,attr-defined]

    # -- asking ------------------------------------------------------------------------

    async def ask(self, title: str, choices: list[Choice], highlight: str | None = None) -> str:
        picker = PickerScreen(title, choices, highlight=highlight, paint_styles=self.view.paint_styles)  # type: ignore[attr-defined]
        answer = await self.app.push_screen_wait(picker)  # type: ignore[attr-defined]
        if answer is None:
            raise Cancelled
        return answer

    async def ask_span(self, prompt: str, near: Span | None = None) -> Span:
        """Let the editor select text, starting at `near` (the unit being edited); Enter answers, Escape cancels."""
        future: asyncio.Future[Span | None] = asyncio.get_running_loop().create_future()
        if not self.start_selection(prompt, future, near.start if near is not None else None):
            raise Cancelled
        span = await future
        if span is None:
            raise Cancelled
        return span

    async def ask_mention(self, title: str, near: Span, *, extra: list[Choice]) -> str | Span:
        choices = [
            Choice(SELECT, "⌖ select in the text…", always=True),
            *extra,
            *mention_choices(self.desk, near, self.label_classes),
        ]
        answer = await self.ask(title, choices)
        if answer == SELECT:
            return await self.ask_span(f"{title}: select it, Enter to use, Esc to cancel", near)
        if answer.startswith("@"):
            return answer
        return parse_span_id(answer)

    async def ask_speaker(self, content: Span) -> tuple[Span | None, Span | None]:
        """The speaker mention and the named entity it stands for (the same when it is one)."""
        answer = await self.ask_mention("Who said it?", content, extra=[Choice(NONE, "— no speaker", always=True)])
        if answer == NONE or not isinstance(answer, Span):
            return None, None
        if any(v.span == answer for v in self.desk.state.mentions()):
            return answer, answer
        said = snippet(self.desk.state.text, answer, 30)
        who = await self.ask_mention(f"Who is “{said}”?", answer, extra=[Choice(NONE, "— nobody named", always=True)])
        return answer, who if isinstance(who, Span) else None

    async def ask_cue(self, content: Span) -> Span | None:
        text = self.desk.state.text
        choices = [
            *cue_choices(text, content),
            Choice(SELECT, "⌖ select in the text…", always=True),
            Choice(NONE, "— no cue", always=True),
        ]
        answer = await self.ask("The words that say it was said (cue)", choices)
        if answer == SELECT:
            return await self.ask_span("Cue: select it, Enter to use, Esc to cancel", content)
        return None if answer == NONE else parse_span_id(answer)

    # -- flows ---------------------------------------------------------------------------

    @work(exclusive=True, group="flow")
    async def new_entity_flow(self, span: Span) -> None:
        choices = label_choices(self.desk, self.label_classes)
        try:
            label = await self.ask(f"Label for “{snippet(self.desk.state.text, span, 40)}”", choices)
        except Cancelled:
            return
        self.commit(lambda: self.desk.add_entity(span, label))

    @work(exclusive=True, group="flow")
    async def new_quote_flow(self, content: Span) -> None:
        try:
            speaker, entity = await self.ask_speaker(content)
            cue = await self.ask_cue(content)
        except Cancelled:
            self.notify("No quote added.", markup=False)  # type: ignore[attr-defined]
            return
        self.commit(lambda: self.desk.add_quote(content, speaker, entity, cue))

    @work(exclusive=True, group="flow")
    async def new_event_flow(self, trigger: Span) -> None:
        schema = self.desk.state.schema
        word = snippet(self.desk.state.text, trigger, 30)
        try:
            type_ = await self.ask(f"Event type for “{word}”", kind_label_choices(Event, schema, {}))
        except Cancelled:
            return
        etype = schema.event_type(type_)
        arguments: dict[str, Span] = {}
        for role in etype.roles if etype else []:
            required = " (required)" if etype and role in etype.required else ""
            try:
                answer = await self.ask_mention(
                    f"{role}{required} of “{word}” ({type_}); Esc: stop here",
                    trigger,
                    extra=[Choice(SKIP, "— skip this role", always=True)],
                )
            except Cancelled:
                break
            if isinstance(answer, Span):
                arguments[role] = answer
        self.commit(lambda: self.desk.add_event(trigger, type_, arguments))

    @work(exclusive=True, group="flow")
    async def speaker_flow(self, view: ViewUnit) -> None:
        try:
            speaker, entity = await self.ask_speaker(view.span)
        except Cancelled:
            return
        self.commit(lambda: self.desk.set_quote_speaker(view, speaker, entity))

    @work(exclusive=True, group="flow")
    async def cue_flow(self, view: ViewUnit) -> None:
        try:
            cue = await self.ask_cue(view.span)
        except Cancelled:
            return
        self.commit(lambda: self.desk.set_quote_cue(view, cue))

    @work(exclusive=True, group="flow")
    async def roles_flow(self, view: ViewUnit) -> None:
        body = view.body
        assert isinstance(body, Event)
        etype = self.desk.state.schema.event_type(body.type)
        text = self.desk.state.text
        roles = etype.roles if etype else list(body.arguments)
        choices = [
            Choice(
                role,
                Content.assemble((f"{role:<10}", "bold"), snippet(text, body.arguments.get(role), 40)),
                match_prompt=False,
            )
            for role in roles
        ]
        try:
            role = await self.ask(f"Which role of “{snippet(text, view.span, 30)}”?", choices)
            answer = await self.ask_mention(
                f"{role} of “{snippet(text, view.span, 30)}”",
                view.span,
                extra=[Choice(NONE, "— clear this role", always=True)],
            )
        except Cancelled:
            return
        self.commit(lambda: self.desk.set_event_argument(view, role, answer if isinstance(answer, Span) else None))


def kind_label_choices(kind: type[UnitBody], schema: LabelSchema, label_classes: dict[str, str]) -> list[Choice]:
    """The picker's choices for a kind's label, as the kind lists them: a label coloured as it
    paints (or bold, for a kind with a colour of its own), its note dim and searchable."""
    choices = []
    for name, note in kind.label_options(schema):
        if note is None:
            choices.append(Choice(name, name))
            continue
        style = "bold" if kind.colour_class else "." + label_classes[name]
        choices.append(Choice(name, Content.assemble((name, style), (f"  {note}", "dim")), search=note))
    return choices


def label_choices(desk: Desk, label_classes: dict[str, str]) -> list[Choice]:
    return kind_label_choices(Entity, desk.state.schema, label_classes)


def type_choices(desk: Desk) -> list[Choice]:
    return kind_label_choices(Event, desk.state.schema, {})


def screen_binding(
    prefix: str, key: str, action: str, description: str, tooltip: str, *, show: bool = True, name: str = ""
) -> Binding:
    """A binding with an id (`<prefix>.<name>`) so users can remap it with set_keymap."""
    ident = name or action.split("(")[0]
    return Binding(key, action, description, show=show, id=f"{prefix}.{ident}", tooltip=tooltip)


def cursor_bindings(prefix: str) -> list[Binding]:
    """The keyboard selection's cursor keys, shared by every screen that mixes in ArticleFlows."""

    def binding(*args: Any, **kwargs: Any) -> Binding:
        return screen_binding(prefix, *args, **kwargs)

    return [
        binding("left", "cursor(-1, 0)", "Cursor ←", "Selection: one token left", show=False, name="cursor_left"),
        binding("right", "cursor(1, 0)", "Cursor →", "Selection: one token right", show=False, name="cursor_right"),
        binding("up", "cursor(0, -1)", "Cursor ↑", "Selection: one line up", show=False, name="cursor_up"),
        binding("down", "cursor(0, 1)", "Cursor ↓", "Selection: one line down", show=False, name="cursor_down"),
        binding(
            "shift+left",
            "extend(-1, 0)",
            "Extend ←",
            "Selection: extend one token left",
            show=False,
            name="extend_left",
        ),
        binding(
            "shift+right",
            "extend(1, 0)",
            "Extend →",
            "Selection: extend one token right",
            show=False,
            name="extend_right",
        ),
        binding("shift+up", "extend(0, -1)", "Extend ↑", "Selection: extend one line up", show=False, name="extend_up"),
        binding(
            "shift+down", "extend(0, 1)", "Extend ↓", "Selection: extend one line down", show=False, name="extend_down"
        ),
    ]
