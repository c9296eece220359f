"""Multi-step edits of the article screen, reused by the review screen: keyboard selection, new quotes and events, parts.

A flow is an async worker that asks one question at a time (a picker, or a selection in the
text) and writes once at the end through the desk, so a new quote with its speaker and cue
is one action and one undo step. Pickers answer None on Escape, which cancels the flow; a
selection asked for by a flow is finished with Enter and cancelled with Escape.
"""

from __future__ import annotations

import asyncio
import bisect
import heapq
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from textual import work
from textual.binding import Binding
from textual.content import Content
from textual.widgets import Static

from annotator.core.attribution import CUE_WORDS, ROLE_LABELS, SpeakerGuess, cue_near, role_rank, speaker_guesses
from annotator.core.display import one_line
from annotator.core.models import Entity, Event, Quote, Span, UnitBody
from annotator.core.schema import LabelSchema
from annotator.core.selection import clause_at, next_quotation, quotation_at, sentence_at, smallest_around
from annotator.desk import Desk, ViewUnit
from annotator.suggest.reported import reported_clauses, speaker_of
from annotator.suggest.role_hints import refinements, role_phrases
from annotator.suggest.type_hints import likely_types, reporting_cues
from annotator.tui.screens.pickers import DIGITS, Choice, PickerScreen
from annotator.tui.widgets.unit_list import snippet

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from annotator.tui.app import AnnotatorApp
    from annotator.tui.widgets.article_view import ArticleView

SELECT, NONE, SKIP = "@select", "@none", "@skip"
# The words that say something was said: the suggester's reporting verbs in their forms, and the irregular ones.
DESK_CUES = reporting_cues(CUE_WORDS)
# The actions that only mean something inside a keyboard selection.
SELECTING = frozenset({"cursor", "extend", "finish_selection", "quote", "event", "stroke"})
STROKES = "s sentence · c clause · m quotation · n name/phrase"
SELECTION_HELP = f"arrows move · shift+arrows extend · {STROKES} · Enter label it · q quote · e event · Esc cancel"
# While a flow asks for a span, q and e do not apply: the hint leaves them out.
ASKED_HELP = f"arrows move · shift+arrows extend · {STROKES} · Enter use it · Esc cancel"


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


PHRASE = "phrase"


def mention_choices(
    desk: Desk,
    near: Span,
    label_classes: dict[str, str],
    *,
    role: str | None = None,
    phrases: list[Span] | tuple[Span, ...] = (),
) -> list[Choice]:
    """Entity mentions (and the parse's phrases), the ones that fit `role` first, then nearest to `near` first.

    The first nine are one key each (1-9) in a numbered picker: the likely filler of a role,
    or a quote's speaker, is usually among them.
    """
    text = desk.state.text
    out: list[Choice] = []
    for span, label in ranked_mentions(desk, near, role=role, phrases=phrases):
        where = "before" if span.end <= near.start else "after" if span.start >= near.end else "inside"
        style = "dim" if label == PHRASE else "." + label_classes.get(label, "article-view--label-0")
        prompt = Content.assemble((f"{label:<8} ", style), snippet(text, span, 40), (f"  · {where}", "dim"))
        out.append(Choice(span_id(span), prompt, search=label))
    return out


def ranked_mentions(
    desk: Desk, near: Span, *, role: str | None = None, phrases: Sequence[Span] = ()
) -> list[tuple[Span, str]]:
    """`mention_choices`' order without drawing a row: (span, label), its sentence first (a role's
    filler is seldom far), then the labels that fit `role`, then nearest. Cheap enough per key."""
    ranked = [
        ((away, _fit(role, label), distance), span, label)
        for away, distance, span, label in mention_pool(desk, near, phrases)
        if role != "Speaker" or distance > 0  # a quote's speaker is never inside the quote
    ]
    ranked.sort(key=lambda r: r[0])
    return [(span, label) for _, span, label in ranked]


def mention_pool(desk: Desk, near: Span, phrases: Sequence[Span] = ()) -> list[tuple[bool, int, Span, str]]:
    """(outside `near`'s sentence, distance, span, label) of every mention and phrase worth offering
    (a phrase far away is never the one meant): worked out once, ranked per role."""
    text = desk.state.text
    found: dict[Span, str] = {}
    for v in desk.state.mentions():
        found.setdefault(v.span, v.label)
    for p in phrases:
        found.setdefault(p, PHRASE)
    sentence = sentence_at(text, near.start) or near
    pool = []
    for span, label in found.items():
        distance = _distance(span, near)
        if distance > 600 and label == PHRASE:
            continue
        pool.append((not (sentence.start <= span.start and span.end <= sentence.end), distance, span, label))
    return pool


def _nearest(pool: list[tuple[bool, int, Span, str]], role: str) -> list[Span]:
    """The three likeliest mentions for `role` from `mention_pool`: in the sentence, fitting, near.
    An entity whose label does not fit the role (a place as a Time) is never offered in one key."""
    named = role in ROLE_LABELS  # a Time, a Place: a name of that kind, never a bare phrase
    fitting = (p for p in pool if _fit(role, p[3]) != 1 and not (named and p[3] == PHRASE))
    return [p[2] for p in heapq.nsmallest(3, fitting, key=lambda p: (p[0], _fit(role, p[3]), p[1], p[2].start))]


def _interleave(parsed: list[Span], nearest: list[Span], taken: set[Span]) -> list[Span]:
    """The parse's first phrase, the nearest fitting mention, then the rest of each: no repeats, and
    nothing inside or around a filler the event has already ("US" of "US diplomats" is not another role)."""
    order = [*parsed[:1], *nearest[:1], *parsed[1:], *nearest[1:]]
    return [s for s in dict.fromkeys(order) if not any(s.start < t.end and t.start < s.end for t in taken)]


def _fit(role: str | None, label: str) -> int:
    return 0 if role is None else role_rank(role, label) if label != PHRASE else 9


def cue_choices(text: str, near: Span) -> list[Choice]:
    """Reporting verbs within a sentence or so of the quote, nearest first."""
    lo, hi = max(0, near.start - 120), min(len(text), near.end + 120)
    found = [
        Span(start=m.start(), end=m.end())
        for m in DESK_CUES.finditer(text, lo, hi)
        if m.end() <= near.start or m.start() >= near.end
    ]
    found.sort(key=lambda s: _distance(s, near))
    return [Choice(span_id(s), _cue_prompt(text, s, near)) for s in found[:6]]


SPEAKER_ROW = "spk|"


def speaker_row_id(guess: SpeakerGuess) -> str:
    parts = [guess.speaker, guess.entity, guess.cue]
    return SPEAKER_ROW + "|".join(span_id(p) if p is not None else "-" for p in parts)


def parse_speaker_row(value: str) -> SpeakerGuess:
    speaker, entity, cue = (None if p == "-" else parse_span_id(p) for p in value[len(SPEAKER_ROW) :].split("|"))
    assert speaker is not None
    return SpeakerGuess(speaker, entity, cue)


def speaker_choices(desk: Desk, content: Span, phrases: Sequence[Span] = (), doc: Doc | None = None) -> list[Choice]:
    """One key for who said it, the entity that is and the verb: "she → Maria Zakharova · said" (with the
    parse, `doc`, the verb's own subject first)."""
    state = desk.state
    text = state.text
    mentions = {v.span: v.label for v in state.mentions()}
    named = sorted(
        {
            _as_mention(v.body.speaker_entity, mentions)
            for v in state.views
            if isinstance(v.body, Quote)
            and v.state != "rejected"
            and v.body.speaker_entity is not None
            and v.span != content
        },
        key=lambda s: s.start,
    )
    out = []
    subjects = partial(speaker_of, doc) if doc is not None else None
    for guess in speaker_guesses(text, content, mentions, phrases, named, DESK_CUES, subjects):
        who = snippet(text, guess.speaker, 24)
        if guess.entity is not None and guess.entity != guess.speaker:
            who += f" → {snippet(text, guess.entity, 24)}"
        elif guess.entity is None:
            who += " (nobody named)"
        cue = f" · {text[guess.cue.start : guess.cue.end]}" if guess.cue is not None else ""
        prompt = Content.assemble(("speaker ", "dim"), who, (cue, "dim"))
        out.append(Choice(speaker_row_id(guess), prompt, search=who))
    return out


def _as_mention(span: Span, mentions: dict[Span, str]) -> Span:
    """A quote's named entity as the article's mention now has it (its boundary mended since: "the Russian
    Foreign Ministry" for "Russian Foreign Ministry"), so a row names the entity as it stands."""
    if span in mentions:
        return span
    return next((m for m in mentions if m.start < span.end and span.start < m.end), span)


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
    app: AnnotatorApp
    notify: Callable[..., Any]
    # True where digits choose the focused event's roles (the article screen): a new event is saved
    # at its type, and its roles are one key each from there; else the flow asks them.
    ROLES_BY_DIGITS = False

    # Provided by the screen.
    if TYPE_CHECKING:

        @property
        def view(self) -> ArticleView: ...
        def prompt_line(self) -> Static: ...

    def focused_view(self) -> ViewUnit | None: ...
    def commit(self, action: Callable[[], Any]) -> None: ...
    def sync_bindings(self) -> None: ...

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
        lay = self.view.text_layout
        top = round(self.view.scroll_offset.y)
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
            index = self._line_step(tokens, index, dy)
        selection.cursor = index
        if not extend:
            selection.anchor = index
        self.show_selection()

    def _line_step(self, tokens: list[tuple[int, int]], index: int, dy: int) -> int:
        """The token one screen line up or down, over blank lines (a paragraph break is no wall)."""
        offset = tokens[index][0]
        for _ in range(8):  # blank lines between paragraphs hold no token: step on past them
            neighbour = self.view.vertical_neighbour(offset, dy)
            if neighbour is None:
                return index
            offset = neighbour
            found = token_index_at(tokens, offset)
            if found != index and (dy > 0) == (found > index):
                return found
        return index

    def action_stroke(self, what: str) -> None:
        """Select in one stroke: the sentence, clause, quotation or name/phrase at the cursor (again: larger)."""
        selection = self.selection
        if selection is None:
            return
        tokens = self.desk.state.tokens
        current = selection.span(tokens)
        offset = tokens[selection.cursor][0]
        text = self.desk.state.text
        if what == "phrase":
            spans = [v.span for v in self.desk.state.mentions()] + list(self.phrases())
            grown = smallest_around(spans, current)
            span = grown if grown is not None else smallest_around(spans, Span(start=offset, end=offset + 1))
        else:
            finder = {"sentence": sentence_at, "clause": clause_at, "quotation": quotation_at}[what]
            span = finder(text, offset)
        if span is None:
            self.notify(f"No {what} at the cursor.", markup=False)
            return
        selection.anchor = token_index_at(tokens, span.start)
        selection.cursor = max(selection.anchor, token_index_at(tokens, span.end - 1))
        self.show_selection()

    def phrases(self) -> list[Span]:
        """The parse's noun phrases and names in this article (once the model is loaded; cached per article)."""
        return self._parse().phrases

    def lemmas(self, span: Span) -> list[str]:
        """The parse's lemmas of the words in `span` ([] before the model is loaded)."""
        return [lemma for start, lemma in self._parse().lemmas.items() if span.start <= start < span.end]

    def _parse(self) -> Parse:
        state = self.desk.state
        cache = self.__dict__.setdefault("_phrase_cache", {})
        found = cache.get(state.document.id)
        if found is None:
            nlp = self.app.nlp
            if nlp is None:
                return Parse([], {})
            found = parse_article(nlp, state.text)
            cache[state.document.id] = found
        return found

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
        self.view.show_focus(self.painted_focus(), selection, cursor)
        prompt = self.prompt_line()
        shown = self.selection is not None or getattr(self, "_write_line_shown", False)  # a database line stays
        if prompt.display != shown:
            prompt.display = shown
        if self.selection is not None and cursor is not None:
            keys = SELECTION_HELP if self.selection.request is None else ASKED_HELP
            prompt.update(one_line(f"{self.selection.prompt}   [{keys}]"))  # it quotes the text
            self.view.scroll_to_span(cursor, margin=1)

    # -- asking ------------------------------------------------------------------------

    async def ask(
        self, title: str, choices: list[Choice], highlight: str | None = None, *, numbered: bool = False
    ) -> str:
        picker = PickerScreen(
            title,
            choices,
            highlight=highlight,
            paint_styles=self.view.paint_styles,
            numbered=numbered,
        )
        answer = await self.app.push_screen_wait(picker)
        if answer is None:
            raise Cancelled
        return answer

    async def ask_span(self, prompt: str, near: Span | None = None, *, selected: Span | None = None) -> Span:
        """Let the editor select text, starting at `near` (the unit being edited) or with `selected` selected
        already; Enter answers, Escape cancels."""
        future: asyncio.Future[Span | None] = asyncio.get_running_loop().create_future()
        start = selected or near
        if not self.start_selection(prompt, future, start.start if start is not None else None):
            raise Cancelled
        if selected is not None and self.selection is not None:
            tokens = self.desk.state.tokens
            self.selection.anchor = token_index_at(tokens, selected.start)
            self.selection.cursor = max(self.selection.anchor, token_index_at(tokens, selected.end - 1))
            self.show_selection()
        span = await future
        if span is None:
            raise Cancelled
        return span

    async def ask_mention(
        self,
        title: str,
        near: Span,
        *,
        extra: list[Choice],
        role: str | None = None,
        at: Span | None = None,
        first: Sequence[Choice] = (),
    ) -> str | Span:
        """A numbered picker of mentions (1-9 the likeliest, 0 the first way out); `at`: where a selection starts.

        `first`: rows of the caller's own ahead of the mentions (their ids come back as they are)."""
        ids = {c.id for c in first}
        mentions = mention_choices(self.desk, near, self.label_classes, role=role, phrases=self.phrases())
        choices = [
            Choice(SELECT, "⌖ select in the text… (Enter)", always=True),
            *first,
            *(c for c in mentions if c.id not in ids),
            *extra,
        ]
        answer = await self.ask(title, choices, numbered=True)
        if answer == SELECT:
            return await self.ask_span(f"{title}: select it, Enter to use, Esc to cancel", at or near)
        if answer.startswith(("@", SPEAKER_ROW)):
            return answer
        return parse_span_id(answer)

    async def ask_speaker(self, content: Span) -> SpeakerGuess | None:
        """Who said it, the named entity that is, and by which verb when a row says so (None: no speaker).

        The likely attributions come first, one key each ("she → Maria Zakharova · said"); then
        every mention; a mention that names nobody asks which entity it stands for."""
        choices = speaker_choices(self.desk, content, self.phrases(), self._parse().doc)
        answer = await self.ask_mention(
            "Who said it?", content, extra=[Choice(NONE, "— no speaker", always=True)], role="Speaker", first=choices
        )
        if isinstance(answer, str) and answer.startswith(SPEAKER_ROW):
            return parse_speaker_row(answer)
        if answer == NONE or not isinstance(answer, Span):
            return None
        if any(v.span == answer for v in self.desk.state.mentions()):
            return SpeakerGuess(answer, answer, None)
        said = snippet(self.desk.state.text, answer, 30)
        who = await self.ask_mention(
            f"Who is “{said}”?", answer, extra=[Choice(NONE, "— nobody named", always=True)], role="Speaker"
        )
        return SpeakerGuess(answer, who if isinstance(who, Span) else None, None)

    async def ask_cue(self, content: Span) -> Span | None:
        text = self.desk.state.text
        choices = [
            *cue_choices(text, content),
            Choice(SELECT, "⌖ select in the text…", always=True),
            Choice(NONE, "— no cue", always=True),
        ]
        answer = await self.ask("The words that say it was said (cue)", choices, numbered=True)
        if answer == SELECT:
            return await self.ask_span("Cue: select it, Enter to use, Esc to cancel", content)
        return None if answer == NONE else parse_span_id(answer)

    # -- flows ---------------------------------------------------------------------------

    @work(exclusive=True, group="flow")
    async def new_entity_flow(self, span: Span) -> None:
        choices = label_choices(self.desk, self.label_classes)
        try:
            label = await self.ask(f"Label for “{snippet(self.desk.state.text, span, 40)}”", choices, numbered=True)
        except Cancelled:
            return
        self.commit(lambda: self.desk.add_entity(span, label))

    @work(exclusive=True, group="flow")
    async def new_quote_flow(self, content: Span) -> None:
        try:
            guess = await self.ask_speaker(content)
            speaker, entity = (guess.speaker, guess.entity) if guess is not None else (None, None)
            # The cue is the speaker's verb, found without a question (c changes it).
            cue = guess.cue if guess is not None else None
            if speaker is not None and cue is None:
                cue = cue_near(self.desk.state.text, speaker, content, DESK_CUES) or await self.ask_cue(content)
        except Cancelled:
            self.notify("No quote added.", markup=False)
            return
        self.commit(lambda: self.desk.add_quote(content, speaker, entity, cue))

    @work(exclusive=True, group="flow")
    async def new_event_flow(self, trigger: Span) -> None:
        """The type (the likely ones first, one key each); the event is saved at once, focused, and its
        roles are one key each in its details (digits), or any role with r."""
        word = snippet(self.desk.state.text, trigger, 30)
        try:
            type_ = await self.ask(f"Event type for “{word}”", self.type_choices_for(trigger), numbered=True)
        except Cancelled:
            return
        arguments: dict[str, Span] = {}
        etype = self.desk.state.schema.event_type(type_)
        roles = etype.roles if etype and not self.ROLES_BY_DIGITS else []
        while roles:  # a screen without digit choices (review) asks the roles here; Esc saves
            try:
                role, answer = await self.ask_role(trigger, type_, roles, arguments, "Esc: save it")
            except Cancelled:
                break
            if isinstance(answer, Span):
                arguments[role] = answer
            else:
                arguments.pop(role, None)
        self.commit(lambda: self.desk.add_event(trigger, type_, arguments))

    def type_choices_for(self, trigger: Span) -> list[Choice]:
        """Every event type, those the word likely has first (the lexicon's, the article's own for the same word)."""
        state = self.desk.state
        text = state.text
        seen = [
            (v.span.text_of(text), v.label) for v in state.views if isinstance(v.body, Event) and v.state != "rejected"
        ]
        all_types = kind_label_choices(Event, state.schema, {})
        likely = likely_types(trigger.text_of(text), self.lemmas(trigger), seen, [c.id for c in all_types])
        first = {t: i for i, t in enumerate(likely)}
        return sorted(all_types, key=lambda c: first.get(c.id, len(first)))

    async def ask_role(
        self, trigger: Span, etype: str, roles: list[str], filled: dict[str, Span], escape: str
    ) -> tuple[str, str | Span]:
        """One key for a suggested filler ("Place ← Moscow"), or a role's name and then any mention."""
        text = self.desk.state.text
        by_name = [
            Choice(
                role,
                Content.assemble((f"{role:<10}", "bold"), snippet(text, filled.get(role), 40), ("  · choose…", "dim")),
                match_prompt=False,
            )
            for role in roles
        ]
        what = f"“{snippet(text, trigger, 30)}” ({etype})"
        suggested = self.role_suggestions(trigger, etype, roles, filled)
        # Where the event's details already offer the suggestions one key each, r is for any role:
        # the roles by name come first there.
        choices = [*by_name, *suggested] if self.ROLES_BY_DIGITS else [*suggested, *by_name]
        answer = await self.ask(f"Which role of {what}? ({escape})", choices, numbered=True)
        if answer.startswith(("fill:", "clear:")):
            kind, role, *where = answer.split(":")
            return role, parse_span_id(":".join(where)) if kind == "fill" else NONE
        return answer, await self.ask_mention(
            f"{answer} of {what}",
            trigger,
            extra=[Choice(NONE, "— clear this role", always=True)],
            role=answer,
            first=self.parsed_fillers(trigger, etype, roles, answer, filled.get(answer)),
        )

    def parsed_fillers(self, trigger: Span, etype: str, roles: list[str], role: str, now: Span | None) -> list[Choice]:
        """A role's fillers as the parse gives them (its other extents first when it holds one), ahead of the
        mentions in the role's picker: "hundreds of US diplomats" is one key there, not a selection."""
        doc = self._parse().doc
        if doc is None:
            return []
        text = self.desk.state.text
        spans = [
            *(refinements(doc, now) if now is not None else []),
            *role_phrases(doc, trigger, etype, roles).get(role, []),
        ]
        return [
            Choice(span_id(span), Content.assemble(("phrase   ", "dim"), snippet(text, span, 40)), search=role)
            for span in dict.fromkeys(spans)
            if span != now
        ]

    def unit_choices(self, view: ViewUnit | None) -> list[Choice]:
        """The one-key choices a unit offers (digits on the article screen, listed in its details):
        an event's likeliest role fillers and clears; a quote's likely attributions."""
        if view is None or view.state == "rejected":
            return []
        body = view.body
        if isinstance(body, Event):
            etype = self.desk.state.schema.event_type(body.type)
            roles = etype.roles if etype else list(body.arguments)
            return self.role_suggestions(view.span, body.type, roles, dict(body.arguments))[: len(DIGITS)]
        if isinstance(body, Quote):
            now = SpeakerGuess(body.speaker, body.speaker_entity, body.cue) if body.speaker is not None else None
            choices = speaker_choices(self.desk, view.span, self.phrases(), self._parse().doc)
            rows = [c for c in choices if parse_speaker_row(c.id) != now]
            return rows[: len(DIGITS)]
        return []

    def choose_for(self, view: ViewUnit, choice_id: str) -> None:
        """Apply one of `unit_choices`: a speaker row, or a role's filler (or its clearing)."""
        if choice_id.startswith(SPEAKER_ROW):
            self.set_speaker(view, parse_speaker_row(choice_id))
            return
        kind, role, *where = choice_id.split(":")
        span = parse_span_id(":".join(where)) if kind == "fill" else None
        self.commit(lambda: self.desk.set_event_argument(view, role, span))

    def role_suggestions(self, trigger: Span, etype: str, roles: list[str], filled: dict[str, Span]) -> list[Choice]:
        """One-key rows for an event's roles, likeliest first: the filler of each empty role (the parse's
        subject, object or receiver of the trigger, else the nearest fitting mention); the other extents of
        a filled role's phrase ("US" -> "the US"); another filler for a filled role; clearing a filled role;
        then, while rows are left of the nine digits, the next likeliest fillers of empty roles."""
        text = self.desk.state.text
        taken = set(filled.values())
        doc = self._parse().doc
        parsed = role_phrases(doc, trigger, etype, roles) if doc is not None else {}
        pool = [p for p in mention_pool(self.desk, trigger, self.phrases()) if p[2] not in taken]
        # An entity whose label does not fit the role (a place as a Time) is never offered in one key.
        ranked = {role: _interleave(parsed.get(role, []), _nearest(pool, role), taken) for role in roles}

        def fill(role: str, span: Span) -> Choice:
            prompt = Content.assemble((f"{role:<10}", "bold"), ("← ", "dim"), snippet(text, span, 40))
            return Choice(f"fill:{role}:{span_id(span)}", prompt, search=role, match_prompt=False)

        empty = [role for role in roles if role not in filled]
        fills = [fill(role, ranked[role][0]) for role in empty if ranked[role]]
        mends = [
            fill(role, span)
            for role in roles
            if role in filled and doc is not None
            for span in refinements(doc, filled[role])[:1]
            if span not in taken
        ]
        # Another filler for a filled role: never the same words elsewhere in the article.
        others = [
            fill(role, span)
            for role in roles
            if role in filled
            for span in [s for s in ranked[role] if s.text_of(text) != filled[role].text_of(text)][:1]
        ]
        clears = [
            Choice(f"clear:{role}", Content.assemble((f"{role:<10}", "bold"), ("✕ clear", "dim")), search=role)
            for role in roles
            if role in filled
        ]
        seconds = [fill(role, span) for rank in (1, 2) for role in empty for span in ranked[role][rank : rank + 1]]
        rows = list({c.id: c for c in [*fills, *mends, *clears, *others, *seconds]}.values())
        return rows

    @work(exclusive=True, group="flow")
    async def quote_part_flow(self, view: ViewUnit) -> None:
        """One more part of a quote split by its attribution ("…," she said. "…"): the next quotation after
        its last part comes selected (Enter adds it; arrows and strokes change it first). One write."""
        body = view.body
        if not isinstance(body, Quote):
            return
        text = self.desk.state.text
        end = max(part.end for part in body.marked())
        taken = [v.span for v in self.desk.state.views if v.kind == "quote" and v.state != "rejected"]
        guess = next_quotation(text, end + 1, [*taken, *body.marked()])
        try:
            span = await self.ask_span(
                "Quote part: select it, Enter to add, Esc to cancel", Span(start=end, end=end + 1), selected=guess
            )
        except Cancelled:
            return
        if any(part.start < span.end and span.start < part.end for part in body.marked()):
            self.notify("That overlaps the quote already: a part is words it does not hold yet.", markup=False)
            return
        parts = tuple(sorted((*body.extra, span), key=lambda s: s.start))
        self.commit(lambda: self.desk.correct(view, body.model_copy(update={"extra": parts})))

    @work(exclusive=True, group="flow")
    async def speaker_flow(self, view: ViewUnit) -> None:
        try:
            guess = await self.ask_speaker(view.span)
        except Cancelled:
            return
        self.set_speaker(view, guess)

    def set_speaker(self, view: ViewUnit, guess: SpeakerGuess | None) -> None:
        """One write: the speaker, its entity, and the verb that goes with them (a row's, or the one
        beside the speaker when the quote had none)."""
        if guess is None:
            self.commit(lambda: self.desk.set_quote_speaker(view, None, None))
            return
        text = self.desk.state.text
        cue = guess.cue or getattr(view.body, "cue", None) or cue_near(text, guess.speaker, view.span, DESK_CUES)
        self.commit(lambda: self.desk.set_quote_speaker(view, guess.speaker, guess.entity, cue=cue))

    @work(exclusive=True, group="flow")
    async def cue_flow(self, view: ViewUnit) -> None:
        try:
            cue = await self.ask_cue(view.span)
        except Cancelled:
            return
        self.commit(lambda: self.desk.set_quote_cue(view, cue))

    @work(exclusive=True, group="flow")
    async def roles_flow(self, view: ViewUnit) -> None:
        """Fill or clear a role, saved at once (its own undo step). Where digits fill roles from the
        details (the article screen) that is one role per r; else one after another until Esc."""
        key, first = view.key, True
        while True:
            if not first:  # after a write, the event as it now stands (the review's gold has no such view: stop)
                view = self.desk.state.view(key)  # type: ignore[assignment]
            first = False
            if view is None or not isinstance(view.body, Event):
                return
            body = view.body
            etype = self.desk.state.schema.event_type(body.type)
            roles = etype.roles if etype else list(body.arguments)
            try:
                role, answer = await self.ask_role(view.span, body.type, roles, dict(body.arguments), "Esc: stop")
            except Cancelled:
                return
            span = answer if isinstance(answer, Span) else None
            self.commit(partial(self.desk.set_event_argument, view, role, span))
            if self.ROLES_BY_DIGITS:  # one role per r: the next is one digit in the details, or r again
                return


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
        binding("s", "stroke('sentence')", "Sentence", "Selection: the sentence at the cursor", name="sentence"),
        binding("c", "stroke('clause')", "Clause", "Selection: the clause at the cursor", name="clause"),
        binding(
            "m,quotation_mark",
            "stroke('quotation')",
            "Quotation",
            "Selection: the words between the quotation marks around the cursor",
            name="quotation",
        ),
        binding(
            "n",
            "stroke('phrase')",
            "Name/phrase",
            "Selection: the name or noun phrase at the cursor; again: the next larger one",
            name="phrase",
        ),
    ]


@dataclass(frozen=True)
class Parse:
    """What the desk keeps of the model's parse of an article: phrases (for `n` and the pickers), lemmas by
    offset, and the parsed Doc itself (the role rows walk its dependencies; None without a parser)."""

    phrases: list[Span]
    lemmas: dict[int, str]
    doc: Doc | None = None
    reported: tuple[Span, ...] = ()  # the clauses reporting verbs report (`'` quotes them)


def parse_article(nlp: Language, text: str) -> Parse:
    """Noun phrases and named entities of the model's parse, and each word's lemma (for the type picker)."""
    try:
        doc = nlp(text)
        chunks = list(doc.noun_chunks) + list(doc.ents)
    except (ValueError, AttributeError):  # a pipeline without a parser has no noun chunks
        return Parse([], {})
    phrases = sorted(
        {Span(start=c.start_char, end=c.end_char) for c in chunks if c.text.strip()}, key=lambda s: s.start
    )
    lemmas = {t.idx: t.lemma_.lower() for t in doc if t.lemma_ and not t.is_space}
    if not doc.has_annotation("DEP"):
        return Parse(phrases, lemmas)
    return Parse(phrases, lemmas, doc, tuple(reported_clauses(doc)))


def phrase_spans(nlp: Language, text: str) -> list[Span]:
    """Noun phrases and named entities of the model's parse (the choices of `n` and of the mention pickers)."""
    return parse_article(nlp, text).phrases
