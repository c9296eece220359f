"""Run the suggestion pipeline over the corpus in batches, resumably, and store the units.

Each commit holds a batch of documents: their units replace whatever the layer had for
them and the layer remembers it has seen them, in one transaction, so Ctrl-C loses at
most the batch in flight and the next run carries on from there. An engine
(`suggest/engines.py`: this process, a local pool, or Ray actors) turns texts into compact
rows and the parent alone writes them, so there is one writer. Writing a batch twice
changes nothing (identical units keep their rows), so a killed run never duplicates one.

A document the pipeline cannot handle is recorded with its error (in the same commit as
its batch) and the run goes on; the next run tries it once more, and after that only
--redo does (`MAX_ATTEMPTS`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from annotator.store.base import Layer, Store
from annotator.suggest.engines import Engine, Job, Loader, Outcome

if TYPE_CHECKING:
    from spacy.language import Language

    from annotator.config import Settings
    from annotator.core.models import Document

Progress = Callable[[int], None]
MAX_ATTEMPTS = 2  # a failing document is tried by two runs, then left until --redo


@dataclass
class SuggestReport:
    layer: str
    documents: int = 0
    units: int = 0
    seconds: float = 0.0
    interrupted: bool = False
    failed: int = 0  # documents that failed in this run (recorded, see `annotator docs --failed`)
    left: int = 0  # documents not tried because they failed MAX_ATTEMPTS runs already
    startup_seconds: float = 0.0  # starting the engine (Ray, its actors and their models), apart from `seconds`

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0

    def summary(self) -> str:
        head = "interrupted after" if self.interrupted else "suggested"
        tail = "; run again to resume" if self.interrupted else ""
        return (
            f"{head} {self.documents} document{'s' if self.documents != 1 else ''}, "
            f"{self.units} suggestions in {self.seconds:.1f} s ({self.docs_per_second:.1f} docs/s) "
            f"into layer {self.layer}{tail}{self.failures()}"
        )

    def failures(self) -> str:
        """The part of the summary about documents that failed, empty when none did."""
        parts = []
        if self.failed:
            parts.append(
                f"{self.failed} document{'s' if self.failed != 1 else ''} failed and "
                f"{'were' if self.failed != 1 else 'was'} skipped (the next run tries once more)"
            )
        if self.left:
            parts.append(f"{self.left} left out after failing {MAX_ATTEMPTS} runs (--redo tries again)")
        return "; " + "; ".join(parts) + "; list them with: annotator docs --failed" if parts else ""


def layer_name(model: str, nlp: Language) -> str:
    from annotator.suggest.pipeline import model_version

    return Layer.suggestions_name(model, model_version(nlp))


def pending_ids(store: Store, layer: str, doc_ids: Sequence[str] | None, redo: bool) -> list[str]:
    """The documents to (re)process: all or the given ones, less those done (and those that
    failed MAX_ATTEMPTS runs) unless redo."""
    if redo:
        return list(doc_ids) if doc_ids is not None else _all_ids(store)
    missing = list(store.docs_missing_layer(layer))
    given_up = store.failed_doc_ids(layer, MAX_ATTEMPTS)
    wanted = set(doc_ids) if doc_ids is not None else None
    return [d for d in missing if d not in given_up and (wanted is None or d in wanted)]


def left_out(store: Store, layer: str, doc_ids: Sequence[str] | None, redo: bool) -> int:
    """How many of these documents a run leaves out because they failed too often."""
    if redo:
        return 0
    given_up = store.failed_doc_ids(layer, MAX_ATTEMPTS)
    return len(given_up if doc_ids is None else given_up & set(doc_ids))


def _all_ids(store: Store) -> list[str]:
    """Every document id in corpus order: the documents a never-created layer is missing."""
    return list(store.docs_missing_layer(Layer.suggestions_name("", "")))


def run_suggest(
    store: Store,
    settings: Settings,
    doc_ids: Sequence[str] | None = None,
    *,
    batch_size: int = 32,
    n_process: int = 0,
    redo: bool = False,
    progress: Progress | None = None,
    nlp: Language | None = None,
    model_name: str | None = None,
    engine: str = "local",
    ray_address: str | None = None,
    loader: Loader | None = None,
    ready: Callable[[], None] | None = None,
) -> SuggestReport:
    """Suggest for every document without suggestions from this model version (or `doc_ids`).

    `model_name` names the layer and provenance when `nlp` was loaded from elsewhere (a
    trained model's directory); by default it is `settings.model`. `n_process` 0 keeps the
    model in this process (the desk's one article, from a thread: nothing may fork there);
    N > 0 runs it in N worker processes while this one reads and writes. `engine` "ray" runs the
    model on Ray actors (`ray_address`, or a local Ray started for the run), which build it
    with `loader` (default: load `settings.model` by name); `ready` is called once they
    are up. Raises ModelNotInstalled (a
    UserError) when the model is missing. Ctrl-C keeps the committed batches and returns a
    report with `interrupted` set.
    """
    from annotator.suggest.pipeline import load_pipeline

    nlp = nlp or load_pipeline(settings.model)
    job = make_job(store, nlp, model_name or settings.model, loader or partial(load_pipeline, settings.model))
    layer = Layer.suggestions_name(job.model, job.version)
    report = SuggestReport(layer=layer, left=left_out(store, layer, doc_ids, redo))
    ids = pending_ids(store, layer, doc_ids, redo)
    if not ids:
        return report
    docs = ((i, with_its_title(store.document(i))) for i in ids)  # read by key, a batch at a time
    with suggesting(store, job, nlp, engine, n_process, batch_size, progress, ray_address, ready) as session:
        session.feed(docs)
    return session.report


def make_job(store: Store, nlp: Language, model: str, loader: Loader) -> Job:
    from annotator.suggest.pipeline import model_version

    return Job(load=loader, model=model, version=model_version(nlp), schema_json=store.schema().model_dump_json())


def open_engine(nlp: Language, job: Job, engine: str, n_process: int, ray_address: str | None) -> Engine:
    """The engine a run asked for: Ray actors, N local worker processes, or (0) this process."""
    from annotator.suggest import engines

    if engine == "ray":
        from annotator.suggest.ray_engine import RayEngine

        return RayEngine(job, ray_address, n_process if n_process > 0 else None)
    if n_process > 0:
        return engines.Pool(nlp, job, n_process)
    return engines.InProcess(nlp, job)


@contextmanager
def suggesting(
    store: Store,
    job: Job,
    nlp: Language,
    engine: str = "local",
    n_process: int = 0,
    batch_size: int = 32,
    progress: Progress | None = None,
    ray_address: str | None = None,
    ready: Callable[[], None] | None = None,
) -> Iterator[Session]:
    """A session that documents can be fed to as they come (`import --suggest` feeds each
    file as it lands); on leaving, what is in flight is written and the engine closed.
    Ctrl-C keeps what was written and sets the report's `interrupted`."""
    layer = Layer.suggestions_name(job.model, job.version)
    opened = open_engine(nlp, job, engine, n_process, ray_address)
    session = Session(store, layer, opened, max(1, batch_size), progress)
    if ready is not None:
        ready()  # the engine is up: a rate counts from here, not from Ray's start-up
    try:
        yield session
        session.finish()
    except KeyboardInterrupt:
        session.report.interrupted = True
    finally:
        opened.close()
        session.report.seconds = time.perf_counter() - session.started


class Session:
    """Feeds batches to an engine and writes each finished batch in its own transaction."""

    def __init__(self, store: Store, layer: str, engine: Engine, batch_size: int, progress: Progress | None) -> None:
        self.store, self.layer, self.engine = store, layer, engine
        self.batch_size, self.progress = batch_size, progress
        self.report = SuggestReport(layer=layer, startup_seconds=getattr(engine, "startup_seconds", 0.0))
        self.started = time.perf_counter()

    def feed(self, docs: Iterable[tuple[str, str]]) -> None:
        """(doc_id, text) pairs to suggest for: batched, sent, and whatever is back written,
        never more than the engine's capacity held at once."""
        for batch in _chunks(docs, self.batch_size):
            while self.engine.in_flight() >= self.engine.capacity:
                self._write(self.engine.take())
            self.engine.submit(batch)
            while self.engine.oldest_ready():
                self._write(self.engine.take())

    def finish(self) -> None:
        while self.engine.in_flight():
            self._write(self.engine.take())

    def _write(self, chunk: list[Outcome]) -> None:
        _write(self.store, self.layer, chunk)
        failed = sum(1 for _, _, error in chunk if error is not None)
        self.report.failed += failed
        self.report.documents += len(chunk) - failed
        self.report.units += sum(len(units) for _, units, _ in chunk)
        if self.progress is not None:
            self.progress(len(chunk))


def _write(store: Store, layer: str, chunk: list[Outcome]) -> None:
    """One transaction per batch: the batch's units replace the old (identical ones keep
    their ids, so an editor's decisions on them survive --redo, and a batch written twice
    changes nothing), marked done; the documents that failed are recorded, and keep what
    they had."""
    done = [doc_id for doc_id, _, error in chunk if error is None]
    failed = [(doc_id, error) for doc_id, _, error in chunk if error is not None]
    with store.transaction():
        if done:
            store.replace_unit_rows(layer, done, [row for _, rows, error in chunk if error is None for row in rows])
            store.mark_layer_done(layer, done)
        if failed:
            store.record_suggest_failures(layer, failed)


T = TypeVar("T")


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def suggest_document(nlp: Language, document: Document, schema: Any, model: str) -> list[Any]:
    """Suggestions for one document as Units, not stored (the app's 'suggest this article')."""
    from annotator.suggest.pipeline import model_version
    from annotator.suggest.safe_pipe import process
    from annotator.suggest.units import units_from_doc

    return units_from_doc(process(nlp, with_its_title(document)), document.id, schema, model, model_version(nlp))


def with_its_title(document: Document) -> str:
    """The document's text, carrying its title for the furniture rules (a repeated headline)."""
    from annotator.suggest.titled import titled

    return titled(document.text, document.title)
