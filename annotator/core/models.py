"""Pydantic models of the domain: documents, the three annotation kinds, units and decisions.

Offsets are Python string (code point) offsets into `Document.text` exactly as stored.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from annotator.core.errors import UserError
from annotator.core.text import content_hash

if TYPE_CHECKING:
    from typing import Self

    from annotator.core.schema import LabelSchema

QuoteKind = Literal["direct", "indirect", "partial"]
UnitKind = Literal["entity", "quote", "event", "boilerplate"]
UnitState = Literal["suggested", "accepted", "edited", "added", "rejected"]
LAYER_MARK = "layer_done"  # the one key of a layer mark decision's before/after
DecisionAction = Literal["accept", "reject", "edit", "add", "delete", "undo", "redo", "status"]
DocStatus = Literal["todo", "in_progress", "done", "skipped"]

QUOTE_KINDS: tuple[str, ...] = ("direct", "indirect", "partial")

# The ways two versions of one unit can differ (agreement's differences and the review name them).
BOUNDARY = "boundary"
LABEL = "label"
EVENT_TYPE = "event_type"
SPEAKER = "speaker"
EVENT_ARGUMENT = "event_argument"

Bounds = tuple[int, int]
DOC_STATUSES: tuple[DocStatus, ...] = ("todo", "in_progress", "done", "skipped")


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


def _clip(words: str, width: int) -> str:
    """Words on one line, cut to `width` with an ellipsis."""
    words = " ".join(words.split())
    return words if len(words) <= width else words[: width - 1] + "\u2026"


def _bounds(span: Span | None) -> Bounds | None:
    return None if span is None else (span.start, span.end)


def _all_bounds(spans: tuple[Span | None, ...]) -> tuple[Bounds | None, ...]:
    return tuple(None if s is None else (s.start, s.end) for s in spans)


def _arguments(arguments: dict[str, Span]) -> dict[str, Bounds]:
    return {role: (s.start, s.end) for role, s in arguments.items()}


class UnitBody(BaseModel):
    """What every unit kind answers, so code that needs "the label of a unit" asks the unit.

    A new kind is one subclass (with its `kind` literal) added to `Body`: it registers
    itself in `KINDS`, and the desk, agreement, exports and screens ask it rather than
    branching on its name.
    """

    model_config = ConfigDict(frozen=True)

    kind: str
    plural: ClassVar[str]
    # The stored body's field that holds `main_label` (for code that reads bodies as JSON dicts).
    label_field: ClassVar[str] = "label"
    # What the label picker calls this kind's label; None: the kind is not relabelled by hand.
    label_title: ClassVar[str | None] = None
    # The component class (after the view's prefix) that colours the kind; None: coloured by its label.
    colour_class: ClassVar[str | None] = None
    # Painted as a tinted band over a passage (a gutter bar beside it), not as a coloured label.
    band: ClassVar[bool] = False
    # Page furniture: dimmed and skipped by the desk, never a unit the editor walks through.
    is_furniture: ClassVar[bool] = False

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        KINDS[cls.model_fields["kind"].default] = cls

    @property
    def main_label(self) -> str:
        """Entity label, event type or quote kind: what 1-9 and the picker change."""
        raise NotImplementedError

    @property
    def span(self) -> Span:
        """The main span: what the unit marks, where the cursor and the list put it."""
        raise NotImplementedError

    @property
    def bounds(self) -> Bounds:
        """(start, end) of the main span without building a validated Span (hot in agreement)."""
        span = self.span
        return span.start, span.end

    @property
    def short_label(self) -> str:
        """The label in a narrow column."""
        return self.main_label

    def marked(self) -> tuple[Span, ...]:
        """Every span the unit paints as itself (a split quote has two)."""
        return (self.span,)

    def parts(self) -> list[tuple[str, Span]]:
        """The related spans a focused unit lights up besides itself, by name."""
        return []

    def with_span(self, span: Span) -> Self:
        """The same unit with its main span moved to `span`."""
        raise NotImplementedError

    def with_label(self, label: str, schema: LabelSchema) -> Self:
        """The same unit relabelled (what the picker and 1-9 do); unchanged where it has no label to pick."""
        return self

    def key(self) -> Hashable:
        """Equal keys mean identical annotations (agreement and gold compare these; fast, no JSON)."""
        raise NotImplementedError

    def differences(self, other: Self) -> set[str]:
        """How another version of this unit differs from it (BOUNDARY, LABEL...); empty when it does not.

        Compared field by field (no intermediate dicts): agreement runs this for every aligned pair.
        """
        raise NotImplementedError

    def validate_in(self, schema: LabelSchema, text: str) -> None:
        """Raise AnnotationError unless the unit fits the text and the schema."""
        raise NotImplementedError

    def describe(self, text: str, width: int = 40) -> str:
        """One line for the review: what it marks and how, with the marked words."""
        start, end = self.bounds
        return f'{self.main_label} "{_clip(text[start:end], width)}" {start}-{end}'

    @classmethod
    def label_options(cls, schema: LabelSchema) -> list[tuple[str, str | None]]:
        """The labels the picker offers for this kind: (name, description or None)."""
        return []


KINDS: dict[str, type[UnitBody]] = {}


class FlatSpan:
    """What a kind whose columns are its span and label (entity, furniture) answers the same way.

    A plain mixin, not a model: the fields stay declared on each kind, in their stored order.
    """

    if TYPE_CHECKING:
        kind: str
        start: int
        end: int
        label: str

        def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self: ...

    @property
    def main_label(self) -> str:
        return self.label

    @property
    def span(self) -> Span:
        return Span(start=self.start, end=self.end)

    @property
    def bounds(self) -> Bounds:
        return self.start, self.end

    def with_span(self, span: Span) -> Self:
        return self.model_copy(update={"start": span.start, "end": span.end})

    def key(self) -> Hashable:
        return (self.kind, self.start, self.end, self.label)

    def differences(self, other: Self) -> set[str]:
        found = set()
        if self.start != other.start or self.end != other.end:
            found.add(BOUNDARY)
        if self.label != other.label:
            found.add(LABEL)
        return found


class Entity(FlatSpan, UnitBody):
    """A named-entity mention."""

    kind: Literal["entity"] = "entity"
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    label: str = Field(min_length=1)
    plural: ClassVar[str] = "entities"
    label_title: ClassVar[str | None] = "Label"

    @model_validator(mode="after")
    def _ordered(self) -> Entity:
        Span(start=self.start, end=self.end)
        return self

    def with_label(self, label: str, schema: LabelSchema) -> Self:
        return self.model_copy(update={"label": label})

    def validate_in(self, schema: LabelSchema, text: str) -> None:
        self.span.check_in(text, self.kind)
        if self.label not in schema.entity_label_names:
            raise AnnotationError(
                f"unknown entity label {self.label!r} (the schema has {', '.join(schema.entity_label_names)})"
            )

    @classmethod
    def label_options(cls, schema: LabelSchema) -> list[tuple[str, str | None]]:
        return [(label.name, label.description) for label in schema.entity_labels]


class Quote(UnitBody):
    """Reported speech: what was said, who said it, and the verb or phrase that says so.

    `speaker` is the mention in the text next to the cue (it may be a pronoun or a
    description); `speaker_entity` is the named mention it resolves to, when known.
    """

    kind: Literal["quote"] = "quote"
    content: Span
    quote_kind: QuoteKind = "direct"
    speaker: Span | None = None
    speaker_entity: Span | None = None
    cue: Span | None = None
    # A direct quote split by its attribution ("First," he said, "second.") keeps the
    # second part here; `content` is the first.
    extra: tuple[Span, ...] = ()
    plural: ClassVar[str] = "quotes"
    label_field: ClassVar[str] = "quote_kind"
    label_title: ClassVar[str | None] = "Quote kind"
    colour_class: ClassVar[str | None] = "quote"
    band: ClassVar[bool] = True

    @property
    def main_label(self) -> str:
        return self.quote_kind

    @property
    def span(self) -> Span:
        return self.content

    @property
    def bounds(self) -> Bounds:
        return self.content.start, self.content.end

    @property
    def short_label(self) -> str:
        return "quote"

    def marked(self) -> tuple[Span, ...]:
        return (self.content, *self.extra)

    def parts(self) -> list[tuple[str, Span]]:
        named = [("speaker", self.speaker), ("speaker entity", self.speaker_entity), ("cue", self.cue)]
        return [(name, span) for name, span in named if span is not None] + [("quote", span) for span in self.extra]

    def with_span(self, span: Span) -> Self:
        return self.model_copy(update={"content": span})

    def with_label(self, label: str, schema: LabelSchema) -> Self:
        return self.model_copy(update={"quote_kind": label})

    def key(self) -> Hashable:
        return (
            self.kind,
            _bounds(self.content),
            self.quote_kind,
            _bounds(self.speaker),
            _bounds(self.speaker_entity),
            _bounds(self.cue),
            tuple(_bounds(x) for x in self.extra),
        )

    def differences(self, other: Self) -> set[str]:
        found = set()
        if _all_bounds((self.content, *self.extra)) != _all_bounds((other.content, *other.extra)):
            found.add(BOUNDARY)
        if self.quote_kind != other.quote_kind:
            found.add(LABEL)
        mine, theirs = (self.speaker, self.speaker_entity, self.cue), (other.speaker, other.speaker_entity, other.cue)
        if _all_bounds(mine) != _all_bounds(theirs):
            found.add(SPEAKER)
        return found

    def validate_in(self, schema: LabelSchema, text: str) -> None:
        self.content.check_in(text, "quote")
        for part in self.extra:
            part.check_in(text, "quote part")
        for name in ("speaker", "speaker_entity", "cue"):
            span = getattr(self, name)
            if span is not None:
                span.check_in(text, f"quote {name.replace('_', ' ')}")
        if self.quote_kind not in schema.quote_kinds:
            raise AnnotationError(f"unknown quote kind {self.quote_kind!r}")

    @classmethod
    def label_options(cls, schema: LabelSchema) -> list[tuple[str, str | None]]:
        return [(kind, None) for kind in schema.quote_kinds]

    def describe(self, text: str, width: int = 40) -> str:
        said = f' said by "{_clip(self.speaker.text_of(text), width)}"' if self.speaker else " (no speaker)"
        return f'{self.quote_kind} quote "{_clip(self.content.text_of(text), width)}"{said}'


class Event(UnitBody):
    """An event: a trigger word or phrase, its type, and arguments by role."""

    kind: Literal["event"] = "event"
    trigger: Span
    type: str = Field(min_length=1)
    arguments: dict[str, Span] = Field(default_factory=dict)
    plural: ClassVar[str] = "events"
    label_field: ClassVar[str] = "type"
    label_title: ClassVar[str | None] = "Event type"
    colour_class: ClassVar[str | None] = "event-trigger"

    @property
    def main_label(self) -> str:
        return self.type

    @property
    def span(self) -> Span:
        return self.trigger

    @property
    def bounds(self) -> Bounds:
        return self.trigger.start, self.trigger.end

    @property
    def short_label(self) -> str:
        return self.type.rsplit(".", 1)[-1]

    def parts(self) -> list[tuple[str, Span]]:
        return list(self.arguments.items())

    def with_span(self, span: Span) -> Self:
        return self.model_copy(update={"trigger": span})

    def with_label(self, label: str, schema: LabelSchema) -> Self:
        """A new type keeps only the roles it has."""
        etype = schema.event_type(label)
        roles = etype.roles if etype else []
        args = {r: s for r, s in self.arguments.items() if r in roles}
        return self.model_copy(update={"type": label, "arguments": args})

    def key(self) -> Hashable:
        args = tuple(sorted((r, _bounds(s)) for r, s in self.arguments.items()))
        return (self.kind, _bounds(self.trigger), self.type, args)

    def differences(self, other: Self) -> set[str]:
        found = set()
        if _bounds(self.trigger) != _bounds(other.trigger):
            found.add(BOUNDARY)
        if self.type != other.type:
            found.add(EVENT_TYPE)
        if _arguments(self.arguments) != _arguments(other.arguments):
            found.add(EVENT_ARGUMENT)
        return found

    def validate_in(self, schema: LabelSchema, text: str) -> None:
        self.trigger.check_in(text, "event trigger")
        etype = schema.event_type(self.type)
        if etype is None:
            raise AnnotationError(f"unknown event type {self.type!r}")
        for role, span in self.arguments.items():
            if role not in etype.roles:
                raise AnnotationError(
                    f"role {role!r} is not allowed for {self.type} (allowed: {', '.join(etype.roles)})"
                )
            span.check_in(text, f"{self.type} argument {role}")

    @classmethod
    def label_options(cls, schema: LabelSchema) -> list[tuple[str, str | None]]:
        return [(t.name, t.description) for t in schema.event_types]

    def describe(self, text: str, width: int = 40) -> str:
        args = ", ".join(f'{r}="{_clip(s.text_of(text), width // 2)}"' for r, s in sorted(self.arguments.items()))
        return f'{self.type} "{_clip(self.trigger.text_of(text), width)}"' + (f" [{args}]" if args else "")


class Boilerplate(FlatSpan, UnitBody):
    """Page furniture (photo credit, video widget, subscription offer, footer) to dim and skip."""

    kind: Literal["boilerplate"] = "boilerplate"
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    label: str = "boilerplate"
    plural: ClassVar[str] = "furniture"
    is_furniture: ClassVar[bool] = True
    colour_class: ClassVar[str | None] = "boilerplate"

    def validate_in(self, schema: LabelSchema, text: str) -> None:
        self.span.check_in(text, self.kind)


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
        if self.layer_mark is not None:
            return False
        if self.action == "status":
            return True
        dump = self.after if self.after is not None else self.before
        return dump is not None and "status" in dump and "body" not in dump

    @property
    def layer_mark(self) -> bool | None:
        """For a decision that settles a document in a whole layer (gold: "no units"), the mark it
        leaves (True: settled); None for every other decision. Logged like a unit change, so undo
        and redo replay it after a restart."""
        if self.after is not None and set(self.after) == {LAYER_MARK}:
            return bool(self.after[LAYER_MARK])
        return None


class DocState(BaseModel):
    """Where one annotator stands on one document."""

    doc_id: str
    annotator: str
    status: DocStatus = "todo"
    flagged: bool = False
    note: str = ""
    focus: int | None = None  # the unit the cursor was on, to resume there
