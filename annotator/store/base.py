"""The one storage interface the rest of annotator calls.

SQLite (`annotator.store.sqlite`) is the embedded default; a PostgreSQL backend for teams
on several machines is planned behind the same interface, so nothing outside
`annotator/store/` writes SQL or knows which backend is in use.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from annotator.core.errors import UserError
from annotator.core.models import Decision, DocState, DocStatus, Document, Unit
from annotator.core.schema import LabelSchema
from annotator.store.rows import ExportUnit, LayerDoc, UnitRow

if TYPE_CHECKING:
    from annotator.store.stories import LabelExample, StoryRow, StorySource


@dataclass(frozen=True)
class Layer:
    """Where units live: a model's suggestions, one annotator's work, or the gold."""

    id: int
    name: str
    kind: str  # suggestions | annotator | gold
    model: str | None = None
    model_version: str | None = None

    @staticmethod
    def annotator_name(annotator: str) -> str:
        return f"annotator:{annotator}"

    @staticmethod
    def suggestions_name(model: str, version: str) -> str:
        return f"suggestions:{model}@{version}"


GOLD = "gold"


@dataclass(frozen=True)
class DocRow:
    """One line of the queue: enough to list a document without loading its text."""

    seq: int
    id: str
    title: str
    outlet: str | None
    length: int
    status: str
    flagged: bool
    suggestions: int
    decisions: int
    # The model's doubt about the document (lowest or mean score of its suggestions) when
    # the queue is ordered by doubt; None otherwise or without scores.
    doubt: float | None = None
    suggest_failed: bool = False  # a model could not suggest for it (see `suggest_failures`)
    suggested: bool = True  # some suggestions layer has seen it (False: `suggestions` 0 means "not yet")

    @property
    def doubt_key(self) -> tuple[float, str]:
        """The row's place in a doubt order: (doubt, id), unscored rows after every score."""
        return (NO_DOUBT if self.doubt is None else self.doubt, self.id)


QUEUE_ORDERS = ("seq", "doubt", "doubt-mean")
NO_DOUBT = 2.0  # the doubt key of a document without scores: after every real score (0..1)


class QueuePage(list[DocRow]):
    """A page of the queue (its rows, a list), and where a bounded walk stopped short.

    A page walks the rows of one index from the last key seen (all documents, a status's
    rows, a search's hits) and keeps those the other filters allow. When the filters meet
    rarely (a search and a status whose sets hardly overlap, todo in a nearly finished
    corpus) that walk would cover the whole corpus; with `walk` set it stops after that many
    rows, and `walked_to` is the key it reached (None: the page is complete, or the walk
    reached the end). The next page starts there, and screens say the search was cut short.
    """

    walked_to: int | None = None


@dataclass(frozen=True)
class ModelRecord:
    """A trained model registered in the corpus: its suggestions go to `suggestions:NAME@VERSION`."""

    name: str
    version: str
    path: str
    base: str
    layer: str  # the layer it was trained on
    documents: int  # training documents
    heldout: int  # held-out documents its scores were measured on
    scores: dict[str, Any] = field(default_factory=dict)  # {"base": {...}, "trained": {...}} per label
    created_at: str = ""
    id: int | None = None

    @property
    def layer_name(self) -> str:
        return Layer.suggestions_name(self.name, self.version)


@dataclass(frozen=True)
class Fate:
    """What one editor made of one suggestion (`decided` None: nothing yet), or, with
    `suggestion` None, a unit the editor added that the model had missed."""

    doc_id: str
    annotator: str
    suggestion: Unit | None
    decided: Unit | None


@dataclass(frozen=True)
class SuggestFailure:
    """A document a model could not suggest for: which, with what, why, how often, when."""

    seq: int
    doc_id: str
    title: str
    layer: str
    model: str | None
    model_version: str | None
    error: str
    attempts: int
    failed_at: str


@dataclass
class InsertResult:
    inserted: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)


@dataclass(slots=True)
class ExportDoc:
    """One document as stored, with its units in the requested layers (see `iter_layer_export`).

    `meta` is the stored JSON text, so a JSON writer can pass it through unparsed.
    """

    seq: int
    id: str
    title: str
    text: str
    outlet: str | None
    url: str | None
    published: str | None
    content_hash: str
    meta: str
    story_key: str | None
    created_at: str
    units: dict[str, list[ExportUnit]]  # layer name -> units in text order (start, longest first, id)
    statuses: dict[str, tuple[str, str]]  # annotator -> (status, updated_at)
    layer_done: dict[str, str]  # layer name -> when the layer was marked done for this document


class OrphanError(UserError, ValueError):
    """A schema change would leave stored annotations with labels the new schema lacks."""

    def __init__(self, orphans: dict[tuple[str, str], int]) -> None:
        listing = ", ".join(f"{kind} {label!r} ({n})" for (kind, label), n in sorted(orphans.items()))
        super().__init__(
            f"the new schema drops labels still in use: {listing}; "
            "map them with --map OLD=NEW (or --map OLD= to delete those annotations)"
        )
        self.orphans = orphans


class NotADatabaseError(UserError, ValueError):
    """The --db file exists but is not a SQLite database (a text file passed by mistake)."""


class UnknownDocumentError(KeyError):
    pass


class StoreWriteError(UserError):
    """A write that did not happen (disk full, read-only database, lock not freed): one line, nothing saved."""


class StoreBusy(StoreWriteError):
    """Another process held the write lock for longer than this write was willing to wait."""


class Store(Protocol):
    """Everything annotator persists. Every write is one transaction that begins IMMEDIATE."""

    path: str | None
    read_only: bool  # opened without write access: every write raises, screens say so up front

    def close(self) -> None: ...
    def reopen(self) -> Store:
        """A new connection to the same database, for a worker thread or another process."""
        ...

    def transaction(self) -> AbstractContextManager[None]:
        """Hold one write transaction across several calls (the final commit of an import)."""
        ...

    def patience(self, seconds: float) -> AbstractContextManager[None]:
        """Writes inside wait at most `seconds` for another process's lock, then raise StoreBusy."""
        ...

    # staged imports: rows written in short pieces, hidden until one short final commit
    def begin_import(self) -> int: ...
    def complete_import(self, import_id: int, also: Callable[[], None] = ...) -> None: ...
    def abandon_import(self, import_id: int) -> None: ...
    def remove_stale_imports(self) -> int: ...
    def in_current_import(self, doc_id: str) -> bool: ...

    # schema
    def schema(self) -> LabelSchema: ...
    def set_schema(self, schema: LabelSchema, mapping: dict[str, str] | None = None) -> int: ...
    def label_usage(self) -> dict[tuple[str, str], int]: ...

    # documents
    def insert_documents(self, docs: Iterable[Document]) -> InsertResult: ...
    def document(self, doc_id: str) -> Document: ...
    def has_document(self, doc_id: str) -> bool: ...
    def doc_seq(self, doc_id: str) -> int | None: ...
    def find_by_hash(self, content_hash: str) -> str | None: ...
    def count_documents(self) -> int: ...
    def count_matches(self, query: str, cap: int = ...) -> int: ...
    def documents(self, after_seq: int = 0, limit: int = 1000) -> list[Document]: ...
    def search_documents(self, query: str, after_seq: int = 0, limit: int = 1000) -> list[tuple[int, str]]: ...
    def queue(
        self,
        annotator: str,
        *,
        after_seq: int = 0,
        before_seq: int | None = None,
        limit: int = 50,
        status: DocStatus | None = None,
        query: str | None = None,
        assigned_only: bool = False,
        order: str = "seq",
        after_key: tuple[float, str] | None = None,
        before_key: tuple[float, str] | None = None,
        walk: int | None = None,
    ) -> QueuePage: ...
    def neighbour(self, doc_id: str, annotator: str, step: int, undone_only: bool = False) -> str | None: ...

    # stories (documents of one story across outlets) and the examples on guideline cards
    def stories(self) -> list[StoryRow]: ...
    def story_doc_ids(self, key: str) -> list[str]: ...
    def story_of(self, doc_id: str) -> str | None: ...
    def set_story_key(self, doc_ids: Sequence[str], key: str | None) -> int: ...
    def rename_story(self, old: str, new: str) -> int: ...
    def story_sources(self, batch: int = 1000) -> Iterator[list[StorySource]]: ...
    def entity_mentions(self, doc_ids: Sequence[str]) -> dict[str, list[tuple[int, int, str]]]: ...
    def label_examples(self, kind: str, limit: int = 3) -> dict[str, list[LabelExample]]: ...

    # layers and units
    def layer(self, name: str) -> Layer | None: ...
    def ensure_layer(self, name: str, kind: str, model: str | None = None, version: str | None = None) -> Layer: ...
    def layers(self, kind: str | None = None) -> list[Layer]: ...
    def units(self, doc_id: str, layer: str) -> list[Unit]: ...
    def unit(self, unit_id: int) -> Unit | None: ...
    def add_units(self, layer: str, units: Sequence[Unit]) -> list[int]: ...
    def replace_units(self, doc_id: str, layer: str, units: Sequence[Unit]) -> list[int]: ...
    def mark_layer_done(self, layer: str, doc_ids: Sequence[str]) -> None: ...
    def unmark_layer_done(self, layer: str, doc_ids: Sequence[str]) -> None: ...
    def layer_done_at(self, layer: str, doc_id: str) -> str | None: ...
    def docs_missing_layer(self, layer: str) -> Iterator[str]: ...
    def latest_suggestions_layer(self, doc_id: str | None = None) -> str | None: ...
    def record_suggest_failures(self, layer: str, failures: Sequence[tuple[str, str]]) -> None:
        """(doc_id, error) the layer's model could not suggest for; each adds one attempt."""
        ...

    def suggest_failures(
        self, *, layer: str | None = None, doc_id: str | None = None, after_seq: int = 0, limit: int | None = None
    ) -> list[SuggestFailure]:
        """Recorded failures in corpus order (a document done in its layer since has none)."""
        ...

    def failed_doc_ids(self, layer: str, min_attempts: int = 1) -> set[str]: ...

    # decisions (the annotator's layer changes only through these)
    def decide(self, decisions: Sequence[Decision]) -> list[Decision]: ...
    def undo(self, doc_id: str, annotator: str) -> list[Decision]: ...
    def redo(self, doc_id: str, annotator: str) -> list[Decision]: ...
    def decisions(self, doc_id: str | None = None, annotator: str | None = None) -> list[Decision]: ...

    # status, position, assignment
    def state(self, doc_id: str, annotator: str) -> DocState: ...
    def set_status(
        self, doc_id: str, annotator: str, status: DocStatus, *, flagged: bool | None = None, note: str | None = None
    ) -> DocState: ...
    def set_focus(self, doc_id: str, annotator: str, unit_id: int | None) -> None: ...
    def status_counts(self, annotator: str | None = None) -> dict[str, dict[str, int]]: ...
    def cursor(self, annotator: str) -> tuple[str | None, int | None]: ...
    def assign(self, pairs: Iterable[tuple[str, str]]) -> int: ...
    def assignments(self, annotator: str | None = None) -> list[tuple[str, str]]: ...
    def open_claims(self, overlap: int) -> int: ...
    def claim(self, annotator: str, count: int = 1) -> list[str]: ...
    def claims_open(self) -> bool: ...
    def holds(self, doc_id: str, annotator: str) -> bool: ...
    def works_from_list(self, annotator: str) -> bool: ...
    def place_in_list(self, doc_id: str, annotator: str) -> tuple[int | None, int] | None: ...
    def claim_counts(self) -> dict[str, int]: ...
    def next_work(self, annotator: str, after: str = "") -> str | None:
        """My next undone document after `after`, wrapping; in a corpus open for claims, a new claim when none is left."""
        ...

    def done_by_doc(self, doc_id: str | None = None) -> dict[str, set[str]]: ...
    def annotators(self) -> list[str]: ...
    def suggestion_outcomes(self) -> dict[str, dict[str, int]]: ...
    def decide_layer(self, decisions: Sequence[Decision], layer: str) -> list[Decision]: ...
    def undo_layer(self, doc_id: str, annotator: str, layer: str | None) -> list[Decision]: ...
    def redo_layer(self, doc_id: str, annotator: str, layer: str | None) -> list[Decision]: ...
    def stream_layers(self, layers: Sequence[str], *, texts: bool = True) -> Iterator[LayerDoc]: ...
    def iter_layer_export(
        self, layers: Sequence[str], *, doc_ids: Sequence[str] | None = None, batch: int = 500
    ) -> Iterator[ExportDoc]: ...
    def add_unit_rows(self, layer: str, rows: Sequence[UnitRow]) -> int:
        """Bulk insert of validated units, no model per unit."""
        ...

    def replace_unit_rows(self, layer: str, doc_ids: Sequence[str], rows: Sequence[UnitRow]) -> int:
        """These documents' units in `layer` become `rows`; identical units keep their ids."""
        ...

    def import_statuses(self, annotator: str, pairs: Sequence[tuple[str, str]], *, counted: bool = True) -> None:
        """Many (doc_id, status) from an import, no decision logged; counters moved unless
        `counted` is False (documents of an unfinished import: `complete_import` counts them)."""
        ...

    def assigned_progress(self, annotator: str) -> tuple[int, int]:
        """(documents assigned to the annotator, how many of those they marked done)."""
        ...

    # trained models and what editors did with their suggestions
    def register_model(self, record: ModelRecord) -> ModelRecord: ...
    def models(self, name: str | None = None) -> list[ModelRecord]: ...
    def refresh_doubt(self, layer: str, doc_ids: Sequence[str] | None = None) -> None:
        """Recompute documents' lowest and mean suggestion score in `layer` (the queue's doubt order)."""
        ...

    def started_docs(self) -> set[str]:
        """Documents someone has opened and worked on (any status past todo, or a decision)."""
        ...

    def suggestion_fates(self, layer: str) -> list[Fate]:
        """Every editor's net decision on each suggestion of `layer`, and the units they added
        in documents where they decided some of its suggestions."""
        ...
