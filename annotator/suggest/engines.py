"""Where the model runs: in this process, in a pool of local worker processes, or on Ray.

Every engine takes batches of (doc_id, text) and gives back, batch by batch and in the
order they went in, each document's outcome: its rows for `Store.add_unit_rows`, or the
error that stopped it. Only compact rows travel back (never spaCy Docs), and only the
caller writes, so there is one writer whatever runs the model. Keeping the order means
every engine stores the same units under the same ids: their exports are identical.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from annotator.store.rows import UnitRow

if TYPE_CHECKING:
    from spacy.language import Language

    from annotator.core.schema import LabelSchema

Row = UnitRow  # a Store.add_unit_rows row
Outcome = tuple[str, list[Row], str | None]  # (doc_id, rows, error); the error is None when it went through
Batch = list[tuple[str, str]]  # (doc_id, text)
Loader = Callable[[], "Language"]  # builds the pipeline where it runs (picklable for workers)


@dataclass(frozen=True)
class Job:
    """What a worker needs to turn texts into rows: how to get the model and what to call it."""

    load: Loader
    model: str  # the name in the units' provenance and the layer
    version: str
    schema_json: str


class Engine(Protocol):
    """Batches in, outcomes out in the same order; at most `capacity` batches in flight."""

    capacity: int

    def submit(self, batch: Batch) -> None: ...
    def in_flight(self) -> int: ...
    def oldest_ready(self) -> bool: ...
    def take(self) -> list[Outcome]: ...  # the oldest batch's outcomes, waiting for them
    def close(self) -> None: ...


def available_cores() -> int:
    """The cores this process may run on (a container's or taskset's limit, not the host's)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def rows_of(nlp: Language, batch: Batch, schema: LabelSchema, model: str, version: str) -> list[Outcome]:
    """One batch through the failure-isolating pipe, each document as rows or an error."""
    from annotator.suggest.safe_pipe import pipe_batch

    pairs = [(text, doc_id) for doc_id, text in batch]
    return [outcome(doc_id, sdoc, error, schema, model, version) for doc_id, sdoc, error in pipe_batch(nlp, pairs)]


def outcome(doc_id: str, sdoc: Any, error: str | None, schema: Any, model: str, version: str) -> Outcome:
    """A processed document's rows, or the error that stopped it (in the pipeline or after)."""
    from annotator.suggest.safe_pipe import error_text
    from annotator.suggest.units import rows_from_doc

    if sdoc is None:
        return doc_id, [], error
    try:
        return doc_id, rows_from_doc(sdoc, doc_id, schema, model, version), None
    except Exception as exc:  # noqa: BLE001  (recorded against the document, the run goes on)
        return doc_id, [], error_text(exc)


def batch_failed(batch: Batch, exc: BaseException) -> list[Outcome]:
    """Every document of a batch that failed as a whole (a worker died, a result would not
    pickle) recorded with that error, so the run goes on and the next run retries them."""
    from annotator.suggest.safe_pipe import error_text

    error = error_text(exc)
    return [(doc_id, [], error) for doc_id, _ in batch]


class InProcess:
    """The model in this process: for one document from the desk, and for tests."""

    capacity = 1

    def __init__(self, nlp: Language, job: Job) -> None:
        from annotator.core.schema import LabelSchema

        self.nlp, self.job = nlp, job
        self.schema = LabelSchema.model_validate_json(job.schema_json)
        self.done: deque[list[Outcome]] = deque()

    def submit(self, batch: Batch) -> None:
        self.done.append(rows_of(self.nlp, batch, self.schema, self.job.model, self.job.version))

    def in_flight(self) -> int:
        return len(self.done)

    def oldest_ready(self) -> bool:
        return bool(self.done)

    def take(self) -> list[Outcome]:
        return self.done.popleft()

    def close(self) -> None:
        self.done.clear()


# -- local process pool --------------------------------------------------------------------

_WORKER: dict[str, Any] = {}


def _init_worker(job: Job) -> None:
    """Runs once per worker: one BLAS thread, Ctrl-C left to the parent, the model kept."""
    import signal

    from annotator.suggest.pipeline import limit_threads

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    limit_threads()
    from annotator.core.schema import LabelSchema

    nlp = _WORKER.get("inherited") or job.load()
    _WORKER.update(nlp=nlp, job=job, schema=LabelSchema.model_validate_json(job.schema_json))


def _work(batch: Batch) -> list[Outcome]:
    w = _WORKER
    return rows_of(w["nlp"], batch, w["schema"], w["job"].model, w["job"].version)


class Pool:
    """Worker processes forked after the parent loaded the model, so each has it at no load
    cost; one BLAS thread each (the parent limits its own before loading, and the children
    inherit it). Two batches per worker in flight keep them busy while the parent writes."""

    def __init__(self, nlp: Language, job: Job, n_process: int) -> None:
        import multiprocessing as mp

        from annotator.suggest.units import rows_from_doc  # noqa: F401  (imported before the fork)

        _WORKER["inherited"] = nlp
        self.capacity = 2 * n_process
        self.pool = mp.get_context("fork").Pool(n_process, initializer=_init_worker, initargs=(job,))
        self.pending: deque[tuple[Any, Batch]] = deque()

    def submit(self, batch: Batch) -> None:
        self.pending.append((self.pool.apply_async(_work, (batch,)), batch))

    def in_flight(self) -> int:
        return len(self.pending)

    def oldest_ready(self) -> bool:
        return bool(self.pending) and self.pending[0][0].ready()

    def take(self) -> list[Outcome]:
        result, batch = self.pending.popleft()
        try:
            return result.get()
        except Exception as exc:  # noqa: BLE001
            return batch_failed(batch, exc)

    def close(self) -> None:
        """Workers with nothing left exit on their own; a run cut short (Ctrl-C) stops them."""
        if self.pending:
            self.pool.terminate()
        else:
            self.pool.close()
        self.pool.join()
        self.pending.clear()
        _WORKER.pop("inherited", None)
