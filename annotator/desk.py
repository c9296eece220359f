"""The editing service behind the article screen: one article's units and every edit to them.

Plain Python over the Store (no Textual), so the article screen stays thin. What an action
should write is decided by `EditRules` (edit_rules.py: pure, shared with the review screen);
the desk writes it. Every action is one `store.decide` call (one transaction, one undo
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

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from annotator.core.models import (
    Body,
    Decision,
    DocState,
    DocStatus,
    Document,
    QuoteKind,
    Span,
    Unit,
    UnitState,
)
from annotator.core.schema import LabelSchema
from annotator.core.spans import token_bounds
from annotator.edit_rules import Change, EditRules, Plan
from annotator.edit_rules import guess_quote_kind as guess_quote_kind  # where callers have found it
from annotator.store.base import Layer, Store, StoreBusy, StoreWriteError

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


def write_on_own_connection(store: Store, write: Callable[[Store], T], waited: Callable[[float], None]) -> T:
    """`write_when_free` from a worker thread, on a connection of its own (sqlite3 connections
    belong to the thread that opened them), closed after. Whatever stops it is a StoreWriteError
    whose text is the one line a screen shows."""
    try:
        own = store.reopen()
    except Exception as exc:  # noqa: BLE001 - said in one line, never a traceback
        raise StoreWriteError(f"not saved: cannot reach the database ({exc})") from None
    try:
        return write_when_free(own, write, waited)
    except StoreWriteError:
        raise
    except Exception as exc:  # noqa: BLE001
        raise StoreWriteError(f"not saved: {type(exc).__name__}: {exc}") from None
    finally:
        own.close()


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
        return self.unit.body.main_label

    @property
    def pending(self) -> bool:
        return self.mine is None


def doubt_rank(view: ViewUnit) -> tuple[float, int, int]:
    """Where a scored suggestion stands in the least-sure-first walk: score, then text order."""
    return (view.unit.score if view.unit.score is not None else 2.0, view.span.start, view.key)


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
            if unit.body.is_furniture:
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
            if unit.body.is_furniture or sid in covered or self.hides(unit):
                continue
            # A suggestion that arrived after I made the same unit by hand is already done.
            if bodies and self._body_json(unit.body) in bodies:
                continue
            views.append(view(sid, unit, unit, None))
        views.sort(key=lambda v: (v.span.start, -v.span.end, v.key))
        self.views = views
        self._index = {v.key: i for i, v in enumerate(views)}
        self._pending_count = sum(1 for v in views if v.pending)
        spans = [u.span for u in self.suggestions.values() if u.body.is_furniture]
        self.boilerplate = sorted(spans, key=lambda s: (s.start, s.end))
        self.version += 1

    def show(self, views: Iterable[ViewUnit]) -> None:
        """Put other units in view (the review offers its gold and open versions as mentions)."""
        self.views = list(views)
        self._index = {v.key: i for i, v in enumerate(self.views)}

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
        if new.body.is_furniture or origin is None or origin not in self.suggestions:
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
        self._rules: EditRules | None = None

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
        state = load_article(self.store, doc_id, self.layer, self.annotator, self.min_score)
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

    @property
    def rules(self) -> EditRules:
        """The rules of an edit over the loaded article (pure: the desk writes what they plan)."""
        state = self.state
        if self._rules is None or self._rules.state is not state:
            self._rules = EditRules(state, self.annotator)
        return self._rules

    def accept(self, view: ViewUnit) -> Outcome:
        """Take a suggestion as it is (or bring back a rejected one); mine stay as they are."""
        return self.carry_out(self.rules.accept(view))

    def reject(self, view: ViewUnit) -> Outcome:
        """A suggestion becomes a 'rejected' tombstone (so it stays decided); a hand-made unit goes."""
        return self.carry_out(self.rules.reject(view))

    def accept_all(self) -> Outcome:
        """Every pending suggestion accepted as one action (one undo step)."""
        return self.carry_out(self.rules.accept_all())

    # -- edits ------------------------------------------------------------------------

    def relabel(self, view: ViewUnit, label: str) -> Outcome:
        """Entity label, event type (dropping roles the new type lacks) or quote kind."""
        return self.make(view, self.rules.relabelled(view, label))

    def correct(self, view: ViewUnit, body: Body) -> Outcome:
        """Give the unit `body` as it is (the same correction made elsewhere, offered for this mention,
        or a version settled in another outlet of the story): one edit decision."""
        return self.make(view, self.rules.changed(view, body))

    def move_start(self, view: ViewUnit, step: int) -> Outcome:
        """Move the unit's start one token left (step < 0) or right, never past its end."""
        return self.make(view, self.rules.moved_start(view, step))

    def move_end(self, view: ViewUnit, step: int) -> Outcome:
        """Move the unit's end one token left (step < 0) or right, never before its start."""
        return self.make(view, self.rules.moved_end(view, step))

    def set_quote_speaker(
        self, view: ViewUnit, speaker: Span | None, speaker_entity: Span | None = None, *, cue: Span | None = None
    ) -> Outcome:
        """Speaker and the entity it stands for; `cue`, when given, too (the speaker's verb, in the same step)."""
        return self.make(view, self.rules.with_speaker(view, speaker, speaker_entity, cue=cue))

    def set_quote_cue(self, view: ViewUnit, cue: Span | None) -> Outcome:
        return self.make(view, self.rules.with_cue(view, cue))

    def set_event_argument(self, view: ViewUnit, role: str, span: Span | None) -> Outcome:
        """Fill (or with None, clear) one role of an event."""
        return self.make(view, self.rules.with_argument(view, role, span))

    # -- new units --------------------------------------------------------------------

    def add_entity(self, span: Span, label: str) -> Outcome:
        return self.make(None, self.rules.new_entity(span, label))

    def add_quote(
        self,
        content: Span,
        speaker: Span | None = None,
        speaker_entity: Span | None = None,
        cue: Span | None = None,
        kind: QuoteKind | None = None,
    ) -> Outcome:
        return self.make(None, self.rules.new_quote(content, speaker, speaker_entity, cue, kind))

    def add_event(self, trigger: Span, type_: str, arguments: dict[str, Span] | None = None) -> Outcome:
        return self.make(None, self.rules.new_event(trigger, type_, arguments))

    # -- writing what the rules plan ------------------------------------------------------

    def make(self, view: ViewUnit | None, change: Change | None) -> Outcome:
        """Write an edit the rules made (nothing when it changes nothing)."""
        if change is None:
            return Outcome([], view.key if view is not None else None)
        return self.carry_out(self.rules.write(change))

    def carry_out(self, plan: Plan) -> Outcome:
        """Write a plan as one transaction (one undo step); the state follows what was committed."""
        if not plan.decisions:
            return Outcome([], plan.focus)
        decisions = plan.decisions

        def finish(logged: list[Decision]) -> Outcome:
            # A new unit's id (the focus) is known only once committed.
            return self._committed(logged, logged[0].unit_id if plan.focus_new else plan.focus)

        return self._write(lambda store: store.decide(decisions), finish)

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
        """My next article not done or skipped (wrapping round); in a corpus open for claims,
        a newly claimed one when none of mine is left (`store.next_work`). Raises WriteWaiting
        when that claim finds the database busy: after `done` or `skip`, the status has landed
        and only the claim waits."""
        doc_id, annotator = self.state.document.id, self.annotator
        # A claim is a write: with the desk's patience like any other, so a busy database
        # makes it wait in a worker (WriteWaiting) instead of freezing the screen.
        return self._write(
            lambda store: store.next_work(annotator, doc_id), lambda found: None if found == doc_id else found
        )

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


def load_article(store: Store, doc_id: str, layer: str, annotator: str, min_score: float = 0.0) -> ArticleState:
    """One article as `annotator` sees it: the latest suggestions merged with their own layer."""
    document = store.document(doc_id)
    suggestions_layer = store.latest_suggestions_layer(doc_id)
    suggestions = store.units(doc_id, suggestions_layer) if suggestions_layer else []
    mine = store.units(doc_id, layer)
    state = ArticleState(
        document=document,
        schema=store.schema(),
        status=store.state(doc_id, annotator),
        suggestions_layer=suggestions_layer,
        suggestions={u.id: u for u in suggestions if u.id is not None},
        mine={u.id: u for u in mine if u.id is not None},
        min_score=min_score,
    )
    state.rebuild()
    return state


def spacy_token_bounds(text: str) -> list[tuple[int, int]]:
    """spaCy's (blank English) tokens of `text`, whitespace tokens left out; our own word
    splitter when spaCy cannot load (the desk must still move and select)."""
    try:
        from annotator.export.tokens import tokenize

        found, _ = tokenize(text)
    except ImportError:
        return token_bounds(text)
    return [(s, e) for s, e, _ in found if text[s:e].strip()]


def related_spans(body: Body) -> list[tuple[str, Span]]:
    """The parts a focused unit lights up besides itself: a quote's speaker and cue, an event's roles."""
    return body.parts()
