"""Pydantic models of the domain: documents, the three annotation kinds, units and decisions.

Offsets are Python string (code point) offsets into `Document.text` exactly as stored.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from annotator.core.errors import UserError
from annotator.core.text import content_hash

QuoteKind = Literal["direct", "indirect", "partial"]
UnitKind = Literal["entity", "quote", "event", "boilerplate"]
UnitState = Literal["suggested", "accepted", "edited", "added", "rejected"]
DecisionAction = Literal["accept", "reject", "edit", "add", "delete", "undo", "redo", "status"]
DocStatus = Literal["todo", "in_progress", "done", "skipped"]

QUOTE_KINDS: tuple[str, ...] = ("direct", "indirect", "partial")
DOC_STATUSES: tuple[str, ...] = ("todo", "in_progress", "done", "skipped")


class Span(BaseModel):
    """A half-open range [start, end) of code points."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.start >= self.end:
            raise ValueError(f"span start {self.start} must be before its end {self.end}")
        return self

    def text_of(self, text: str) -> str:
        return text[self.start : self.end]

    def check_in(self, text: str, what: str = "span") -> None:
        """Refuse a span that does not lie inside the text, with a message a user can act on."""
        if self.end > len(text):
            raise AnnotationError(
                f"{what} {self.start}-{self.end} runs past the end of the text ({len(text)} characters)"
            )


class AnnotationError(UserError, ValueError):
    """An annotation that does not fit its text or the label schema."""


class Entity(BaseModel):
    """A named-entity mention."""

    model_config = ConfigDict(frozen=True)

    kind: Literal["entity"] = "entity"
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    label: str = Field(min_length=1)

    @model_validator(mode="after")
    def _ordered(self) -> Entity:
        Span(start=self.start, end=self.end)
        return self

    @property
    def span(self) -> Span:
        return Span(start=self.start, end=self.end)


class Quote(BaseModel):
    """Reported speech: what was said, who said it, and the verb or phrase that says so.

    `speaker` is the mention in the text next to the cue (it may be a pronoun or a
    description); `speaker_entity` is the named mention it resolves to, when known.
    """

    model_config = ConfigDict(frozen=True)

    kind: Literal["quote"] = "quote"
    content: Span
    quote_kind: QuoteKind = "direct"
    speaker: Span | None = None
    speaker_entity: Span | None = None
    cue: Span | None = None
    # A direct quote split by its attribution ("First," he said, "second.") keeps the
    # second part here; `content` is the first.
    extra: tuple[Span, ...] = ()

    @property
    def span(self) -> Span:
        return self.content


class Event(BaseModel):
    """An event: a trigger word or phrase, its type, and arguments by role."""

    model_config = ConfigDict(frozen=True)

    kind: Literal["event"] = "event"
    trigger: Span
    type: str = Field(min_length=1)
    arguments: dict[str, Span] = Field(default_factory=dict)

    @property
    def span(self) -> Span:
        return self.trigger


class Boilerplate(BaseModel):
    """Page furniture (photo credit, video widget, subscription offer, footer) to dim and skip."""

    model_config = ConfigDict(frozen=True)

    kind: Literal["boilerplate"] = "boilerplate"
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    label: str = "boilerplate"

    @property
    def span(self) -> Span:
        return Span(start=self.start, end=self.end)


Body = Annotated[Entity | Quote | Event | Boilerplate, Field(discriminator="kind")]


class Unit(BaseModel):
    """One annotation as stored in a layer, with its state and provenance."""

    id: int | None = None
    doc_id: str
    body: Body
    state: UnitState = "suggested"
    origin_id: int | None = None  # the suggestion (or annotator unit, for gold) it came from
    source: str | None = None  # the component that made it (e.g. "ner", "quotes")
    score: float | None = None
    provenance: dict[str, Any] = Field(default_factory=dict)

    @property
    def kind(self) -> str:
        return self.body.kind

    @property
    def span(self) -> Span:
        return self.body.span


class Document(BaseModel):
    """An article. `text` is stored normalised and never changed afterwards."""

    id: str = Field(min_length=1)
    title: str = ""
    text: str
    outlet: str | None = None
    url: str | None = None
    published: date | None = None
    content_hash: str = ""
    meta: dict[str, Any] = Field(default_factory=dict)
    story_key: str | None = None

    @model_validator(mode="after")
    def _hash(self) -> Document:
        if not self.content_hash:
            self.content_hash = content_hash(self.text)
        return self


def utcnow() -> datetime:
    return datetime.now(UTC)


class Decision(BaseModel):
    """One editor action, appended to the log; undo, audit and timing are derived from these."""

    id: int | None = None
    doc_id: str
    annotator: str
    at: datetime = Field(default_factory=utcnow)
    action: DecisionAction
    unit_id: int | None = None
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None
    undoes: int | None = None  # for undo/redo: the decision this one reverses or replays

    @property
    def is_status(self) -> bool:
        """A change of where the annotator stands (done, skipped, flagged), or its undo/redo."""
        if self.action == "status":
            return True
        dump = self.after if self.after is not None else self.before
        return dump is not None and "status" in dump and "body" not in dump


class DocState(BaseModel):
    """Where one annotator stands on one document."""

    doc_id: str
    annotator: str
    status: DocStatus = "todo"
    flagged: bool = False
    note: str = ""
    focus: int | None = None  # the unit the cursor was on, to resume there
