"""The rules of an edit, apart from writing it: given one article's units and an action, what to write.

Pure (no store, no screen): every rule reads the article state and returns what the action
makes (a `Change`: the unit it edits and its new body) or the decisions to log (a `Plan`),
or refuses with a one-line reason (`AnnotationError`, a `UserError`). `Desk` writes plans
through the store; the review screen takes a change's body to gold through `Adjudication`.
Both therefore edit by the same rules: token steps for `[ ] { }`, event roles pruned on a new
type, schema checks, whitespace trimmed from new spans.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from annotator.core.models import (
    AnnotationError,
    Body,
    Decision,
    DecisionAction,
    Entity,
    Event,
    Quote,
    QuoteKind,
    Span,
    Unit,
    UnitState,
)

if TYPE_CHECKING:
    from annotator.desk import ArticleState, ViewUnit

OPENING_QUOTES = "\"“‘«„‚'‹"


@dataclass(frozen=True)
class Change:
    """What an edit makes: the unit it edits (None for a new unit) and the body it would have."""

    view: ViewUnit | None
    body: Body


@dataclass(frozen=True)
class Plan:
    """The decisions one editor action would log (one transaction, one undo step) and the focus after.

    `focus_new`: the focus goes to the unit the first decision adds, whose id only the commit knows.
    """

    decisions: list[Decision]
    focus: int | None
    focus_new: bool = False


def guess_quote_kind(content: str, before: str = "") -> QuoteKind:
    """A span that opens with a quotation mark, or just after one (the words between the marks), is direct speech."""
    opened = content[:1] or "x", before.rstrip()[-1:] or "x"
    return "direct" if any(mark in OPENING_QUOTES for mark in opened) else "indirect"


class EditRules:
    """One annotator's edit rules over one loaded article (`ArticleState`)."""

    def __init__(self, state: ArticleState, annotator: str) -> None:
        self.state = state
        self.annotator = annotator

    # -- what an edit makes -------------------------------------------------------------

    def relabelled(self, view: ViewUnit, label: str) -> Change | None:
        """Entity label, event type (dropping roles the new type lacks) or quote kind."""
        return self.changed(view, view.body.with_label(label, self.state.schema))

    def moved_start(self, view: ViewUnit, step: int) -> Change | None:
        """The unit's start one token left (step < 0) or right, never past its end; None at the edge."""
        span = view.span
        start = self.token_step(span.start, step, edge="start", limit=span)
        return None if start is None else self.changed(view, view.body.with_span(Span(start=start, end=span.end)))

    def moved_end(self, view: ViewUnit, step: int) -> Change | None:
        """The unit's end one token left (step < 0) or right, never before its start; None at the edge."""
        span = view.span
        end = self.token_step(span.end, step, edge="end", limit=span)
        return None if end is None else self.changed(view, view.body.with_span(Span(start=span.start, end=end)))

    def with_speaker(
        self, view: ViewUnit, speaker: Span | None, speaker_entity: Span | None = None, *, cue: Span | None = None
    ) -> Change | None:
        body = _require(view, Quote)
        update = {"speaker": self.trim(speaker), "speaker_entity": self.trim(speaker_entity)}
        if cue is not None:
            update["cue"] = self.trim(cue)
        return self.changed(view, body.model_copy(update=update))

    def with_cue(self, view: ViewUnit, cue: Span | None) -> Change | None:
        body = _require(view, Quote)
        return self.changed(view, body.model_copy(update={"cue": self.trim(cue)}))

    def with_argument(self, view: ViewUnit, role: str, span: Span | None) -> Change | None:
        """One role of an event filled (or with None, cleared)."""
        body = _require(view, Event)
        args = dict(body.arguments)
        if span is None:
            args.pop(role, None)
        else:
            args[role] = self.trim(span)
        return self.changed(view, body.model_copy(update={"arguments": args}))

    def new_entity(self, span: Span, label: str) -> Change:
        trimmed = self.trim(span)
        assert trimmed is not None
        return self.new(Entity(start=trimmed.start, end=trimmed.end, label=label))

    def new_quote(
        self,
        content: Span,
        speaker: Span | None = None,
        speaker_entity: Span | None = None,
        cue: Span | None = None,
        kind: QuoteKind | None = None,
    ) -> Change:
        trimmed = self.trim(content)
        assert trimmed is not None
        quote = Quote(
            content=trimmed,
            quote_kind=kind or guess_quote_kind(trimmed.text_of(self.state.text), self.state.text[: trimmed.start]),
            speaker=self.trim(speaker),
            speaker_entity=self.trim(speaker_entity),
            cue=self.trim(cue),
        )
        return self.new(quote)

    def new_event(self, trigger: Span, type_: str, arguments: dict[str, Span] | None = None) -> Change:
        args = {role: self.trim(span) for role, span in (arguments or {}).items()}
        return self.new(Event(trigger=self.trim(trigger), type=type_, arguments=args))  # type: ignore[arg-type]

    def changed(self, view: ViewUnit, body: Body) -> Change | None:
        """`body` as the edit of `view`, checked against the schema; None when it changes nothing."""
        if body == view.body:
            return None
        self.validate(body)
        return Change(view, body)

    def new(self, body: Body) -> Change:
        self.validate(body)
        return Change(None, body)

    # -- what to write ------------------------------------------------------------------

    def write(self, change: Change) -> Plan:
        """The decisions that make `change`: a new unit, a pending suggestion edited into one of
        mine, or my unit changed (hand-made ones stay 'added')."""
        view, body = change.view, change.body
        # The change's body was checked when it was made.
        if view is None:
            unit = Unit(doc_id=self.state.document.id, body=body, state="added", source="annotator")
            return Plan([self.decision("add", None, unit)], None, focus_new=True)
        if view.mine is None:
            unit = self.from_suggestion(view, "edited").model_copy(update={"body": body})
            return Plan([self.decision("edit", None, unit)], view.key)
        state: UnitState = "added" if view.mine.origin_id is None else "edited"
        after = view.mine.model_copy(update={"body": body, "state": state})
        return Plan([self.decision("edit", view.mine, after)], view.key)

    def accept(self, view: ViewUnit) -> Plan:
        """Take a suggestion as it is (or bring back a rejected one); mine stay as they are."""
        if view.mine is None:
            return Plan([self.insert("accept", self.from_suggestion(view, "accepted"))], view.key)
        if view.state == "rejected":
            body = view.suggestion.body if view.suggestion is not None else view.mine.body
            return Plan([self.update("accept", view.mine, body=body, state="accepted")], view.key)
        return Plan([], view.key)

    def reject(self, view: ViewUnit) -> Plan:
        """A suggestion becomes a 'rejected' tombstone (so it stays decided); a hand-made unit goes."""
        if view.mine is None:
            return Plan([self.insert("reject", self.from_suggestion(view, "rejected"))], view.key)
        if view.state == "rejected":
            return Plan([], view.key)
        if view.mine.origin_id is None:
            return Plan([self.decision("delete", view.mine, None)], self.neighbour_key(view))
        body = view.suggestion.body if view.suggestion is not None else view.mine.body
        return Plan([self.update("reject", view.mine, body=body, state="rejected")], view.key)

    def accept_all(self) -> Plan:
        """Every pending suggestion accepted as one action (one undo step)."""
        pending = self.state.pending()
        decisions = [self.insert("accept", self.from_suggestion(v, "accepted")) for v in pending]
        return Plan(decisions, pending[0].key if pending else None)

    # -- the pieces ---------------------------------------------------------------------

    def from_suggestion(self, view: ViewUnit, state: UnitState) -> Unit:
        s = view.unit
        return Unit(doc_id=s.doc_id, body=s.body, state=state, origin_id=s.id, source=s.source, score=s.score)

    def insert(self, action: DecisionAction, unit: Unit) -> Decision:
        self.validate(unit.body)
        return self.decision(action, None, unit.model_copy(update={"id": None}))

    def update(self, action: DecisionAction, mine: Unit, *, body: Body, state: UnitState) -> Decision:
        self.validate(body)
        return self.decision(action, mine, mine.model_copy(update={"body": body, "state": state}))

    def decision(self, action: DecisionAction, before: Unit | None, after: Unit | None) -> Decision:
        return Decision(
            doc_id=self.state.document.id,
            annotator=self.annotator,
            action=action,
            unit_id=before.id if before is not None else None,
            before=_dump(before),
            after=_dump(after),
        )

    def validate(self, body: Body) -> None:
        self.state.schema.validate_body(body, self.state.text)

    def neighbour_key(self, view: ViewUnit) -> int | None:
        """The unit to focus once `view` is gone: the next one, else the previous."""
        views = self.state.views
        index = self.state.index_of(view.key)
        if index is None:
            return None
        if index + 1 < len(views):
            return views[index + 1].key
        return views[index - 1].key if index > 0 else None

    def token_step(self, offset: int, step: int, *, edge: str, limit: Span) -> int | None:
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

    def trim(self, span: Span | None) -> Span | None:
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


def _require(view: ViewUnit, kind: type[Any]) -> Any:
    if not isinstance(view.body, kind):
        raise AnnotationError(f"this is {view.kind}, not {kind.__name__.lower()}")
    return view.body


def _dump(unit: Unit | None) -> dict[str, Any] | None:
    return None if unit is None else unit.model_dump(mode="json")
