"""Run the suggestion pipeline over the corpus in batches, resumably, and store the units.

Each commit holds a batch of documents: their units replace whatever the layer had for
them and the layer remembers it has seen them, in one transaction, so Ctrl-C loses at
most the batch in flight and the next run carries on from there. With n_process > 1 a
pool of worker processes (each with its own copy of the model and one BLAS thread) turns
texts into units and the parent alone writes, so there is one writer.

A document the pipeline cannot handle is recorded with its error (in the same commit as
its batch) and the run goes on; the next run tries it once more, and after that only
--redo does (`MAX_ATTEMPTS`).
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from annotator.core.models import Document
from annotator.store.base import Layer, Store
from annotator.store.rows import UnitRow

if TYPE_CHECKING:
    from spacy.language import Language

    from annotator.config import Settings

Progress = Callable[[int], None]
Row = UnitRow  # a Store.add_unit_rows row
Outcome = tuple[str, list[Row], str | None]  # (doc_id, rows, error); the error is None when it went through
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
    n_process: int = 1,
    redo: bool = False,
    progress: Progress | None = None,
    nlp: Language | None = None,
    model_name: str | None = None,
) -> SuggestReport:
    """Suggest for every document without suggestions from this model version (or `doc_ids`).

    `model_name` names the layer and provenance when `nlp` was loaded from elsewhere (a
    trained model's directory); by default it is `settings.model`. Raises
    ModelNotInstalled (a UserError) when the model is missing. Ctrl-C keeps the
    committed batches and returns a report with `interrupted` set.
    """
    from annotator.suggest.pipeline import load_pipeline, model_version

    nlp = nlp or load_pipeline(settings.model)
    version = model_version(nlp)
    model = model_name or settings.model
    layer = Layer.suggestions_name(model, version)
    report = SuggestReport(layer=layer, left=left_out(store, layer, doc_ids, redo))
    ids = pending_ids(store, layer, doc_ids, redo)
    if not ids:
        return report
    schema = store.schema()
    started = time.perf_counter()
    docs = (store.document(i) for i in ids)
    try:
        if n_process > 1:
            rows = _pooled(model, nlp, docs, schema.model_dump_json(), n_process, batch_size)
        else:
            rows = _local(nlp, docs, schema, model, version, batch_size)
        for chunk in _chunks(rows, batch_size):
            _write(store, layer, chunk)
            failed = sum(1 for _, _, error in chunk if error is not None)
            report.failed += failed
            report.documents += len(chunk) - failed
            report.units += sum(len(units) for _, units, _ in chunk)
            if progress is not None:
                progress(len(chunk))
    except KeyboardInterrupt:
        report.interrupted = True
    report.seconds = time.perf_counter() - started
    return report


def _write(store: Store, layer: str, chunk: list[Outcome]) -> None:
    """One transaction per batch: the batch's units replace the old (identical ones keep
    their ids, so an editor's decisions on them survive --redo), marked done; the documents
    that failed are recorded, and keep what they had."""
    done = [doc_id for doc_id, _, error in chunk if error is None]
    failed = [(doc_id, error) for doc_id, _, error in chunk if error is not None]
    with store.transaction():
        if done:
            store.replace_unit_rows(layer, done, [row for _, rows, error in chunk if error is None for row in rows])
            store.mark_layer_done(layer, done)
        if failed:
            store.record_suggest_failures(layer, failed)


def _chunks(rows: Iterable[Outcome], size: int) -> Iterator[list[Outcome]]:
    chunk: list[Outcome] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _local(
    nlp: Language, docs: Iterable[Document], schema: Any, model: str, version: str, batch_size: int
) -> Iterator[Outcome]:
    from annotator.suggest.safe_pipe import pipe

    pairs = ((d.text, d.id) for d in docs)
    for doc_id, sdoc, error in pipe(nlp, pairs, batch_size):
        yield _outcome(doc_id, sdoc, error, schema, model, version)


def _outcome(doc_id: str, sdoc: Any, error: str | None, schema: Any, model: str, version: str) -> Outcome:
    """A processed document's rows, or the error that stopped it (in the pipeline or after)."""
    from annotator.suggest.safe_pipe import error_text
    from annotator.suggest.units import rows_from_doc

    if sdoc is None:
        return doc_id, [], error
    try:
        return doc_id, rows_from_doc(sdoc, doc_id, schema, model, version), None
    except Exception as exc:  # noqa: BLE001  (recorded against the document, the run goes on)
        return doc_id, [], error_text(exc)


# -- process pool ------------------------------------------------------------------------

_WORKER: dict[str, Any] = {}


def _init_worker(model: str, schema_json: str) -> None:
    """Runs once per worker: one BLAS thread, Ctrl-C left to the parent, the model kept."""
    import signal

    from annotator.core.schema import LabelSchema
    from annotator.suggest.pipeline import limit_threads, load_pipeline, model_version

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    limit_threads()
    nlp = _WORKER.get("inherited") or load_pipeline(model)
    _WORKER.update(
        nlp=nlp, model=model, version=model_version(nlp), schema=LabelSchema.model_validate_json(schema_json)
    )


def _work(batch: list[tuple[str, str]]) -> list[Outcome]:
    from annotator.suggest.safe_pipe import pipe_batch

    w = _WORKER
    texts = [(text, doc_id) for doc_id, text in batch]
    return [
        _outcome(doc_id, sdoc, error, w["schema"], w["model"], w["version"])
        for doc_id, sdoc, error in pipe_batch(w["nlp"], texts)
    ]


def _collect(result: Any, batch: list[tuple[str, str]]) -> list[Outcome]:
    """A worker's outcomes; if the batch itself failed (a result that would not pickle),
    each of its documents is recorded with that error rather than the run stopping."""
    from annotator.suggest.safe_pipe import error_text

    try:
        return result.get()
    except Exception as exc:  # noqa: BLE001
        error = error_text(exc)
        return [(doc_id, [], error) for doc_id, _ in batch]


def _pooled(
    model: str, nlp: Language, docs: Iterable[Document], schema_json: str, n_process: int, batch_size: int
) -> Iterator[Outcome]:
    """Texts out, small rows back, in order; at most two batches per worker in flight.

    Workers are forked after the parent loaded the model, so each has it at no load cost.
    The parent reads documents itself (its SQLite connection stays in its own thread).
    """
    import multiprocessing as mp

    from annotator.suggest.units import rows_from_doc  # noqa: F401  (imported before fork)

    _WORKER["inherited"] = nlp
    ctx = mp.get_context("fork")
    pool = ctx.Pool(n_process, initializer=_init_worker, initargs=(model, schema_json))
    pending: deque[tuple[Any, list[tuple[str, str]]]] = deque()
    batches = _batches(docs, batch_size)
    try:
        for batch in batches:
            pending.append((pool.apply_async(_work, (batch,)), batch))
            if len(pending) >= 2 * n_process:
                yield from _collect(*pending.popleft())
        while pending:
            yield from _collect(*pending.popleft())
        pool.close()
    finally:
        pool.terminate()
        pool.join()
        _WORKER.pop("inherited", None)


def _batches(docs: Iterable[Document], size: int) -> Iterator[list[tuple[str, str]]]:
    batch: list[tuple[str, str]] = []
    for d in docs:
        batch.append((d.id, d.text))
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def suggest_document(nlp: Language, document: Document, schema: Any, model: str) -> list[Any]:
    """Suggestions for one document as Units, not stored (the app's 'suggest this article')."""
    from annotator.suggest.pipeline import model_version
    from annotator.suggest.safe_pipe import process
    from annotator.suggest.units import units_from_doc

    return units_from_doc(process(nlp, document.text), document.id, schema, model, model_version(nlp))
