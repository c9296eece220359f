"""The editing service behind the article screen: one article's units and every edit to them.

Plain Python over the Store (no Textual), so the article screen stays thin and the review
screen can reuse it. Every action is one `store.decide` call (one transaction, one undo
step); the in-memory state is then updated from the decisions the store returns, so what
the screen shows is exactly what was committed.

A write first waits only briefly for another process's lock (`patience_s`, set by the
screens); when the database stays busy it raises `WriteWaiting`, which carries the write
and the step that applies its result, so the screen can run the write in a worker on its
own connection (`write_when_free`) and show the result only once it has committed.

A *view unit* is what the editor sees at one place in the text: a pending suggestion, or
the annotator's own unit (accepted, edited, hand-made, or a rejected tombstone). Its `key`
is the suggestion's id when it came from one, else the annotator's unit id, so the key (and
the screen's focus) stays put when a suggestion is accepted, edited, rejected or undone.
"""

from __future__ import annotations

import bisect
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from annotator.core.models import (
    AnnotationError,
    Body,
    Decision,
    DecisionAction,
    DocState,
    DocStatus,
    Document,
    Entity,
    Event,
    Quote,
    QuoteKind,
    Span,
    Unit,
    UnitState,
)
from annotator.core.schema import LabelSchema
from annotator.core.spans import token_bounds
from annotator.store.base import Layer, Store, StoreBusy, StoreWriteError

OPENING_QUOTES = "\"“‘«„‚'‹"
# How long a write from the screen waits for another process's lock before it is handed to
# a worker (the screen must not freeze), and how long that worker waits in all before the
# write is reported as not saved.
SCREEN_WAIT_S = 0.05
WORKER_TRY_S = 0.5
WAIT_LIMIT_S = 60.0

T = TypeVar("T")
R = TypeVar("R")


class WriteWaiting(Exception, Generic[T, R]):
    """The database is busy: `write` (on a store) has not run; `finish` applies its result.

    Nothing in the desk's state has changed: the caller runs `write` where it may wait (a
    worker with its own connection), then `finish` on the screen's thread.
    """

    def __init__(self, write: Callable[[Store], T], finish: Callable[[T], R]) -> None:
        super().__init__("the database is busy: another process is writing")
        self.write = write
        self.finish = finish


def write_when_free(store: Store, write: Callable[[Store], T], waited: Callable[[float], None]) -> T:
    """Run `write`, retrying while another process holds the lock, up to WAIT_LIMIT_S in all.

    `waited` hears how long it has waited so far after each busy try (the screen shows it).
    """
    began = time.monotonic()
    while True:
        try:
            with store.patience(WORKER_TRY_S):
                return write(store)
        except StoreBusy:
            elapsed = time.monotonic() - began
            if elapsed >= WAIT_LIMIT_S:
                raise StoreBusy(
                    f"not saved: the database stayed busy for {elapsed:.0f} s (another process is writing)"
                ) from None
            waited(elapsed)


@dataclass(frozen=True, eq=False)
class ViewUnit:
    """One unit as the editor sees it; `unit` is the annotator's when there is one.

    Views are rebuilt after every edit but an unchanged unit keeps its ViewUnit object, so
    widgets can tell what changed by identity (`is`), which is cheap on a 500-unit article.
    """

    key: int
    unit: Unit
    state: UnitState
    suggestion: Unit | None = None
    mine: Unit | None = None
    span: Span = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # Entity.span builds (and validates) a new Span on every call: compute it once.
        object.__setattr__(self, "span", self.unit.body.span)

    @property
    def kind(self) -> str:
        return self.unit.body.kind

    @property
    def body(self) -> Body:
        return self.unit.body

    @property
    def label(self) -> str:
        """Entity label, event type or quote kind: what 1-9 and the picker change."""
        return label_of(self.unit.body)

    @property
    def pending(self) -> bool:
        return self.mine is None


def doubt_rank(view: ViewUnit) -> tuple[float, int, int]:
    """Where a scored suggestion stands in the least-sure-first walk: score, then text order."""
    return (view.unit.score if view.unit.score is not None else 2.0, view.span.start, view.key)


def label_of(body: Body) -> str:
    match body:
        case Entity():
            return body.label
        case Event():
            return body.type
        case Quote():
            return body.quote_kind
    return body.label


@dataclass
class ArticleState:
    """One article as loaded for one annotator; `version` bumps on every change (for caches)."""

    document: Document
    schema: LabelSchema
    status: DocState
    suggestions_layer: str | None
    suggestions: dict[int, Unit]
    mine: dict[int, Unit]
    boilerplate: list[Span] = field(default_factory=list)
    views: list[ViewUnit] = field(default_factory=list)
    version: int = 0
    _tokens: list[tuple[int, int]] | None = None
    _index: dict[int, int] = field(default_factory=dict)
    _pending_count: int = 0
    _json: dict[int, tuple[Body, str]] = field(default_factory=dict)
    _suggestion_json: set[str] = field(default_factory=set)
    _suggestion_json_for: dict[int, Unit] | None = None
    _suggestions_unique: bool = False
    min_score: float = 0.0  # suggestions scored under this are not shown (nor accepted by accept all)

    @property
    def text(self) -> str:
        return self.document.text

    @property
    def tokens(self) -> list[tuple[int, int]]:
        """Token offsets for boundary moves and keyboard selection, computed on first use.

        spaCy's tokens, as the exports use (so `year's` is `year` + `'s`, not `year'` + `s`):
        a boundary moved here is one the exports keep without a split.
        """
        if self._tokens is None:
            self._tokens = spacy_token_bounds(self.document.text)
        return self._tokens

    def view(self, key: int | None) -> ViewUnit | None:
        index = self._index.get(key) if key is not None else None
        return None if index is None else self.views[index]

    def index_of(self, key: int | None) -> int | None:
        return None if key is None else self._index.get(key)

    def mentions(self) -> list[ViewUnit]:
        """Entity mentions that still stand (not rejected): the choices for speakers and roles."""
        return [v for v in self.views if v.kind == "entity" and v.state != "rejected"]

    def pending(self) -> list[ViewUnit]:
        return [v for v in self.views if v.pending]

    def least_sure(self) -> list[ViewUnit]:
        """Pending suggestions with a model score, least confident first (then in text order)."""
        return sorted((v for v in self.views if v.pending and v.unit.score is not None), key=doubt_rank)

    def next_least_sure(self, after: tuple[float, int, int] | None) -> ViewUnit | None:
        """The pending suggestion ranked after `after` (a `doubt_rank`), wrapping to the least sure.

        By rank, not by position in the list: the one visited last may have been decided
        (and left the list) since, and the walk goes on from where it was.
        """
        order = self.least_sure()
        if after is not None:
            later = next((v for v in order if doubt_rank(v) > after), None)
            if later is not None:
                return later
        return order[0] if order else None

    @property
    def pending_count(self) -> int:
        """Suggestions still waiting for a decision (kept by `rebuild`: the footer asks often)."""
        return self._pending_count

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for v in self.views:
            out[v.state] = out.get(v.state, 0) + 1
        return out

    def rebuild(self) -> None:
        """Merge suggestions and my units into the text-ordered view list."""
        previous = {v.key: v for v in self.views}
        covered: set[int] = set()
        bodies: set[str] = set()
        views: list[ViewUnit] = []

        def view(key: int, unit: Unit, suggestion: Unit | None, mine: Unit | None) -> ViewUnit:
            old = previous.get(key)
            if old is not None and old.unit is unit and old.suggestion is suggestion and old.mine is mine:
                return old
            return ViewUnit(key, unit, "suggested" if mine is None else unit.state, suggestion, mine)

        for unit in self.mine.values():
            if unit.kind == "boilerplate":
                continue
            origin = unit.origin_id
            # Two units of mine from one suggestion (never made here) keep their own keys.
            suggestion = self.suggestions.get(origin) if origin is not None and origin not in covered else None
            if origin is not None:
                covered.add(origin)
            bodies.add(self._body_json(unit.body))
            key = origin if suggestion is not None else unit.id
            assert key is not None
            views.append(view(key, unit, suggestion, unit))
        for sid, unit in self.suggestions.items():
            if unit.kind == "boilerplate" or sid in covered or self.hides(unit):
                continue
            # A suggestion that arrived after I made the same unit by hand is already done.
            if bodies and self._body_json(unit.body) in bodies:
                continue
            views.append(view(sid, unit, unit, None))
        views.sort(key=lambda v: (v.span.start, -v.span.end, v.key))
        self.views = views
        self._index = {v.key: i for i, v in enumerate(views)}
        self._pending_count = sum(1 for v in views if v.pending)
        spans = [u.span for u in self.suggestions.values() if u.kind == "boilerplate"]
        self.boilerplate = sorted(spans, key=lambda s: (s.start, s.end))
        self.version += 1

    def hides(self, suggestion: Unit) -> bool:
        """A suggestion under the threshold stays out of sight; an unscored one always shows."""
        return suggestion.score is not None and suggestion.score < self.min_score

    def patch(self, old: Unit | None, new: Unit) -> bool:
        """Swap one changed unit of mine into the views in place; False when only a rebuild will do.

        The common edits (accept, reject, relabel a suggestion) change one unit and leave
        the text order as it was, so a 500-unit article need not be merged and sorted again.
        Anything that could change which suggestions show (a duplicate body, a new key, a
        moved span) takes the full rebuild, so both paths always agree (tests check it).
        """
        origin = new.origin_id
        if new.kind == "boilerplate" or origin is None or origin not in self.suggestions:
            return False
        index = self._index.get(origin)
        if index is None:
            return False
        current = self.views[index]
        if current.mine is not old or (old is not None and old.origin_id != origin):
            return False
        if current.span != new.body.span or not self._bodies_unique():
            return False
        origin_json = self._body_json(self.suggestions[origin].body)
        for body in (new.body, old.body if old is not None else None):
            if (
                body is not None
                and self._body_json(body) != origin_json
                and self._body_json(body) in self._suggestion_json
            ):
                return False
        views = list(self.views)
        views[index] = ViewUnit(origin, new, new.state, self.suggestions[origin], new)
        self.views = views
        self._pending_count += (0 if current.pending else 1) - (0 if views[index].pending else 1)
        self.version += 1
        return True

    def _bodies_unique(self) -> bool:
        """Are all suggestion bodies different (so accepting one can never hide another)?"""
        if self._suggestion_json_for is not self.suggestions:
            jsons = [self._body_json(u.body) for u in self.suggestions.values()]
            self._suggestion_json = set(jsons)
            self._suggestions_unique = len(self._suggestion_json) == len(jsons)
            self._suggestion_json_for = self.suggestions
        return self._suggestions_unique

    def _body_json(self, body: Body) -> str:
        """A body's JSON, cached by identity (bodies are frozen; the cache holds them alive)."""
        found = self._json.get(id(body))
        if found is None or found[0] is not body:
            found = (body, body.model_dump_json())
            self._json[id(body)] = found
        return found[1]


@dataclass(frozen=True)
class Outcome:
    """What an action did: the decisions the store logged and the unit to focus after it."""

    decisions: list[Decision]
    focus: int | None

    @property
    def changed(self) -> bool:
        return bool(self.decisions)


class Desk:
    """One annotator's editing session over a store; `load` an article, then edit it."""

    def __init__(
        self, store: Store, annotator: str, min_score: float = 0.0, *, patience_s: float | None = None
    ) -> None:
        self.store = store
        self.annotator = annotator
        self.min_score = min_score
        self.patience_s = patience_s  # None: wait as long as the store's busy timeout
        self._state: ArticleState | None = None

    # -- loading ----------------------------------------------------------------------

    @property
    def state(self) -> ArticleState:
        if self._state is None:
            raise RuntimeError("no article loaded: call Desk.load(doc_id) first")
        return self._state

    @property
    def layer(self) -> str:
        return Layer.annotator_name(self.annotator)

    def load(self, doc_id: str) -> ArticleState:
        store = self.store
        document = store.document(doc_id)
        layer = store.latest_suggestions_layer(doc_id)
        suggestions = store.units(doc_id, layer) if layer else []
        mine = store.units(doc_id, self.layer)
        state = ArticleState(
            document=document,
            schema=store.schema(),
            status=store.state(doc_id, self.annotator),
            suggestions_layer=layer,
            suggestions={u.id: u for u in suggestions if u.id is not None},
            mine={u.id: u for u in mine if u.id is not None},
            min_score=self.min_score,
        )
        state.rebuild()
        self._state = state
        return state

    def set_min_score(self, value: float) -> None:
        """Show only suggestions scored at least `value` (a view setting: nothing is written)."""
        self.min_score = value
        if self._state is not None:
            self._state.min_score = value
            self._state.rebuild()

    def reload_suggestions(self) -> bool:
        """Pick up suggestions computed since `load` (by a worker); True when there are new ones."""
        state = self.state
        layer = self.store.latest_suggestions_layer(state.document.id)
        if layer is None or layer == state.suggestions_layer:
            return False
        state.suggestions_layer = layer
        state.suggestions = {u.id: u for u in self.store.units(state.document.id, layer) if u.id is not None}
        state.rebuild()
        return True

    @property
    def needs_suggestions(self) -> bool:
        return self.state.suggestions_layer is None

    # -- accept and reject ------------------------------------------------------------

    def accept(self, view: ViewUnit) -> Outcome:
        """Take a suggestion as it is (or bring back a rejected one); mine stay as they are."""
        if view.mine is None:
            return self._commit([self._insert("accept", self._from_suggestion(view, "accepted"))], view.key)
        if view.state == "rejected":
            body = view.suggestion.body if view.suggestion is not None else view.mine.body
            return self._commit([self._update("accept", view.mine, body=body, state="accepted")], view.key)
        return Outcome([], view.key)

    def reject(self, view: ViewUnit) -> Outcome:
        """A suggestion becomes a 'rejected' tombstone (so it stays decided); a hand-made unit goes."""
        if view.mine is None:
            return self._commit([self._insert("reject", self._from_suggestion(view, "rejected"))], view.key)
        if view.state == "rejected":
            return Outcome([], view.key)
        if view.mine.origin_id is None:
            after = self._neighbour_key(view)
            return self._commit([self._delete(view.mine)], after)
        body = view.suggestion.body if view.suggestion is not None else view.mine.body
        return self._commit([self._update("reject", view.mine, body=body, state="rejected")], view.key)

    def accept_all(self) -> Outcome:
        """Every pending suggestion accepted as one action (one undo step)."""
        pending = self.state.pending()
        decisions = [self._insert("accept", self._from_suggestion(v, "accepted")) for v in pending]
        return self._commit(decisions, pending[0].key if pending else None)

    # -- edits ------------------------------------------------------------------------

    def relabel(self, view: ViewUnit, label: str) -> Outcome:
        """Entity label, event type (dropping roles the new type lacks) or quote kind."""
        body = view.body
        match body:
            case Entity():
                new: Body = body.model_copy(update={"label": label})
            case Event():
                etype = self.state.schema.event_type(label)
                roles = etype.roles if etype else []
                args = {r: s for r, s in body.arguments.items() if r in roles}
                new = body.model_copy(update={"type": label, "arguments": args})
            case Quote():
                new = body.model_copy(update={"quote_kind": label})
            case _:
                return Outcome([], view.key)
        return self._edit(view, new)

    def correct(self, view: ViewUnit, body: Body) -> Outcome:
        """Give the unit `body` as it is (the same correction made elsewhere, offered for this mention)."""
        return self._edit(view, body)

    def move_start(self, view: ViewUnit, step: int) -> Outcome:
        """Move the unit's start one token left (step < 0) or right, never past its end."""
        span = view.span
        start = self._token_step(span.start, step, edge="start", limit=span)
        if start is None:
            return Outcome([], view.key)
        return self._edit(view, _with_span(view.body, Span(start=start, end=span.end)))

    def move_end(self, view: ViewUnit, step: int) -> Outcome:
        """Move the unit's end one token left (step < 0) or right, never before its start."""
        span = view.span
        end = self._token_step(span.end, step, edge="end", limit=span)
        if end is None:
            return Outcome([], view.key)
        return self._edit(view, _with_span(view.body, Span(start=span.start, end=end)))

    def set_quote_speaker(
        self, view: ViewUnit, speaker: Span | None, speaker_entity: Span | None = None, *, cue: Span | None = None
    ) -> Outcome:
        """Speaker and the entity it stands for; `cue`, when given, too (the speaker's verb, in the same step)."""
        body = _require(view, Quote)
        update = {"speaker": self._trim(speaker), "speaker_entity": self._trim(speaker_entity)}
        if cue is not None:
            update["cue"] = self._trim(cue)
        return self._edit(view, body.model_copy(update=update))

    def set_quote_cue(self, view: ViewUnit, cue: Span | None) -> Outcome:
        body = _require(view, Quote)
        return self._edit(view, body.model_copy(update={"cue": self._trim(cue)}))

    def set_event_argument(self, view: ViewUnit, role: str, span: Span | None) -> Outcome:
        """Fill (or with None, clear) one role of an event."""
        body = _require(view, Event)
        args = dict(body.arguments)
        if span is None:
            args.pop(role, None)
        else:
            args[role] = self._trim(span)
        return self._edit(view, body.model_copy(update={"arguments": args}))

    # -- new units --------------------------------------------------------------------

    def add_entity(self, span: Span, label: str) -> Outcome:
        return self._add(Entity(start=(s := self._trim(span)).start, end=s.end, label=label))

    def add_quote(
        self,
        content: Span,
        speaker: Span | None = None,
        speaker_entity: Span | None = None,
        cue: Span | None = None,
        kind: QuoteKind | None = None,
    ) -> Outcome:
        content = self._trim(content)
        quote = Quote(
            content=content,
            quote_kind=kind or guess_quote_kind(content.text_of(self.state.text), self.state.text[: content.start]),
            speaker=self._trim(speaker),
            speaker_entity=self._trim(speaker_entity),
            cue=self._trim(cue),
        )
        return self._add(quote)

    def add_event(self, trigger: Span, type_: str, arguments: dict[str, Span] | None = None) -> Outcome:
        args = {role: self._trim(span) for role, span in (arguments or {}).items()}
        return self._add(Event(trigger=self._trim(trigger), type=type_, arguments=args))

    # -- undo and redo ----------------------------------------------------------------

    def undo(self) -> Outcome:
        doc_id, annotator = self.state.document.id, self.annotator
        return self._write(lambda store: store.undo(doc_id, annotator), self._apply)

    def redo(self) -> Outcome:
        doc_id, annotator = self.state.document.id, self.annotator
        return self._write(lambda store: store.redo(doc_id, annotator), self._apply)

    # -- the article's status and neighbours --------------------------------------------

    def done(self) -> str | None:
        """Mark the article done; return my next undone article (wrapping round), if any."""
        return self._set_status("done")

    def skip(self) -> str | None:
        return self._set_status("skipped")

    def reopen(self) -> DocState:
        """Put a done or skipped article back in progress (a logged decision: `undo` takes it back)."""
        doc_id, annotator = self.state.document.id, self.annotator

        def finish(state: DocState) -> DocState:
            self.state.status = state
            return state

        return self._write(lambda store: store.set_status(doc_id, annotator, "in_progress"), finish)

    def _set_status(self, status: DocStatus) -> str | None:
        doc_id, annotator = self.state.document.id, self.annotator

        def finish(state: DocState) -> str | None:
            self.state.status = state
            return self.next_undone()

        return self._write(lambda store: store.set_status(doc_id, annotator, status), finish)

    def flag(self, note: str) -> DocState:
        """Flag the article for a second look with a note; an empty note clears the flag."""
        doc_id, annotator = self.state.document.id, self.annotator
        current = self.state.status.status
        status = "in_progress" if current == "todo" else current

        def finish(state: DocState) -> DocState:
            self.state.status = state
            return state

        return self._write(
            lambda store: store.set_status(doc_id, annotator, status, flagged=bool(note), note=note), finish
        )

    def next_undone(self) -> str | None:
        doc_id = self.state.document.id
        found = self.store.neighbour(doc_id, self.annotator, +1, undone_only=True)
        if found is None:
            found = self.store.neighbour("", self.annotator, +1, undone_only=True)
        return None if found == doc_id else found

    def neighbour(self, step: int) -> str | None:
        return self.store.neighbour(self.state.document.id, self.annotator, step)

    def set_focus(self, key: int | None, doc_id: str | None = None) -> bool:
        """Remember the focus (in this article, or `doc_id`); False when the database is busy
        or refused it, and the caller tries later. Not a decision: never worth a wait or a message.
        """
        doc_id = doc_id or self.state.document.id
        try:
            return self._write(lambda store: store.set_focus(doc_id, self.annotator, key), lambda _: True, patience=0.0)
        except (WriteWaiting, StoreWriteError):
            return False

    # -- internals ----------------------------------------------------------------------

    def _edit(self, view: ViewUnit, body: Body) -> Outcome:
        """Change a unit's body; a pending suggestion first becomes an 'edited' unit of mine."""
        if body == view.body:
            return Outcome([], view.key)
        if view.mine is None:
            unit = self._from_suggestion(view, "edited").model_copy(update={"body": body})
            return self._commit([self._insert("edit", unit)], view.key)
        state: UnitState = "added" if view.mine.origin_id is None else "edited"
        return self._commit([self._update("edit", view.mine, body=body, state=state)], view.key)

    def _add(self, body: Body) -> Outcome:
        unit = Unit(doc_id=self.state.document.id, body=body, state="added", source="annotator")
        decisions = [self._insert("add", unit)]
        # The focus goes to the new unit, whose id only the commit knows.
        return self._write(
            lambda store: store.decide(decisions), lambda logged: self._committed(logged, logged[0].unit_id)
        )

    def _from_suggestion(self, view: ViewUnit, state: UnitState) -> Unit:
        s = view.unit
        return Unit(
            doc_id=s.doc_id,
            body=s.body,
            state=state,
            origin_id=s.id,
            source=s.source,
            score=s.score,
        )

    def _insert(self, action: DecisionAction, unit: Unit) -> Decision:
        self._validate(unit.body)
        return self._decision(action, None, unit.model_copy(update={"id": None}))

    def _update(self, action: DecisionAction, mine: Unit, *, body: Body, state: UnitState) -> Decision:
        self._validate(body)
        return self._decision(action, mine, mine.model_copy(update={"body": body, "state": state}))

    def _delete(self, mine: Unit) -> Decision:
        return self._decision("delete", mine, None)

    def _decision(self, action: DecisionAction, before: Unit | None, after: Unit | None) -> Decision:
        return Decision(
            doc_id=self.state.document.id,
            annotator=self.annotator,
            action=action,
            unit_id=before.id if before is not None else None,
            before=_dump(before),
            after=_dump(after),
        )

    def _validate(self, body: Body) -> None:
        self.state.schema.validate_body(body, self.state.text)

    def _write(self, write: Callable[[Store], T], finish: Callable[[T], R], patience: float | None = None) -> R:
        """Run one write now if the lock comes within `patience_s`, else raise WriteWaiting."""
        patience = self.patience_s if patience is None or self.patience_s is None else patience
        if patience is None:
            return finish(write(self.store))
        try:
            with self.store.patience(patience):
                result = write(self.store)
        except StoreBusy:
            raise WriteWaiting(write, finish) from None
        return finish(result)

    def _commit(self, decisions: list[Decision], focus: int | None) -> Outcome:
        if not decisions:
            return Outcome([], focus)
        return self._write(lambda store: store.decide(decisions), lambda logged: self._committed(logged, focus))

    def _committed(self, logged: list[Decision], focus: int | None) -> Outcome:
        self._absorb(logged)
        if self.state.status.status == "todo":
            self.state.status = self.state.status.model_copy(update={"status": "in_progress"})
        return Outcome(logged, focus)

    def _apply(self, decisions: list[Decision]) -> Outcome:
        """Absorb undo/redo results; focus the unit they touched."""
        if not decisions:
            return Outcome([], None)
        if any(d.is_status for d in decisions):  # done, skip or flag undone: read back where I stand
            self.state.status = self.store.state(self.state.document.id, self.annotator)
        self._absorb(decisions)
        return Outcome(decisions, self._key_of(decisions[-1]))

    def _absorb(self, decisions: Iterable[Decision]) -> None:
        mine = self.state.mine
        changes: list[tuple[Unit | None, Unit | None]] = []
        for d in decisions:
            if d.is_status:
                continue
            if d.after is None:
                unit_id = d.unit_id if d.unit_id is not None else (d.before or {}).get("id")
                changes.append((mine.pop(unit_id, None), None))  # type: ignore[arg-type]
            else:
                unit = Unit.model_validate(d.after)
                if unit.id is None:
                    unit = unit.model_copy(update={"id": d.unit_id})
                changes.append((mine.get(unit.id), unit))  # type: ignore[arg-type]
                mine[unit.id] = unit  # type: ignore[index]
        if len(changes) == 1 and changes[0][1] is not None and self.state.patch(*changes[0]):  # type: ignore[arg-type]
            return
        self.state.rebuild()

    def _key_of(self, d: Decision) -> int | None:
        dump = d.after or d.before or {}
        origin = dump.get("origin_id")
        if origin is not None and origin in self.state.suggestions:
            return origin
        unit_id = dump.get("id", d.unit_id)
        return unit_id if self.state.view(unit_id) is not None else None

    def _neighbour_key(self, view: ViewUnit) -> int | None:
        """The unit to focus once `view` is gone: the next one, else the previous."""
        views = self.state.views
        index = self.state.index_of(view.key)
        if index is None:
            return None
        if index + 1 < len(views):
            return views[index + 1].key
        return views[index - 1].key if index > 0 else None

    def _token_step(self, offset: int, step: int, *, edge: str, limit: Span) -> int | None:
        """The next token boundary of the same kind (start or end) in the direction of `step`."""
        tokens = self.state.tokens
        if edge == "start":
            starts = [s for s, _ in tokens]
            if step < 0:
                i = bisect.bisect_left(starts, offset) - 1
                return starts[i] if i >= 0 else None
            i = bisect.bisect_right(starts, offset)
            return starts[i] if i < len(starts) and starts[i] < limit.end else None
        ends = [e for _, e in tokens]
        if step > 0:
            i = bisect.bisect_right(ends, offset)
            return ends[i] if i < len(ends) else None
        i = bisect.bisect_left(ends, offset) - 1
        return ends[i] if i >= 0 and ends[i] > limit.start else None

    def _trim(self, span: Span | None) -> Span | None:
        """Drop surrounding whitespace from a new span; refuse one that is only whitespace."""
        if span is None:
            return None
        text = self.state.text
        start, end = span.start, min(span.end, len(text))
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            raise AnnotationError(f"span {span.start}-{span.end} holds only whitespace")
        return Span(start=start, end=end)


def spacy_token_bounds(text: str) -> list[tuple[int, int]]:
    """spaCy's (blank English) tokens of `text`, whitespace tokens left out; our own word
    splitter when spaCy cannot load (the desk must still move and select)."""
    try:
        from annotator.export.tokens import tokenize

        found, _ = tokenize(text)
    except ImportError:
        return token_bounds(text)
    return [(s, e) for s, e, _ in found if text[s:e].strip()]


def guess_quote_kind(content: str, before: str = "") -> QuoteKind:
    """A span that opens with a quotation mark, or just after one (the words between the marks), is direct speech."""
    opened = content[:1] or "x", before.rstrip()[-1:] or "x"
    return "direct" if any(mark in OPENING_QUOTES for mark in opened) else "indirect"


def _with_span(body: Body, span: Span) -> Body:
    match body:
        case Entity():
            return body.model_copy(update={"start": span.start, "end": span.end})
        case Quote():
            return body.model_copy(update={"content": span})
        case Event():
            return body.model_copy(update={"trigger": span})
    return body.model_copy(update={"start": span.start, "end": span.end})


def _require(view: ViewUnit, kind: type[Any]) -> Any:
    if not isinstance(view.body, kind):
        raise AnnotationError(f"this is {view.kind}, not {kind.__name__.lower()}")
    return view.body


def _dump(unit: Unit | None) -> dict[str, Any] | None:
    return None if unit is None else unit.model_dump(mode="json")


def related_spans(body: Body) -> list[tuple[str, Span]]:
    """The parts a focused unit lights up besides itself: a quote's speaker and cue, an event's roles."""
    match body:
        case Quote():
            parts = [("speaker", body.speaker), ("speaker entity", body.speaker_entity), ("cue", body.cue)]
            out = [(name, span) for name, span in parts if span is not None]
            out += [("quote", span) for span in body.extra]
            return out
        case Event():
            return list(body.arguments.items())
    return []
