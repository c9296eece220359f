"""The model on a Ray cluster: one actor per core, each loading the model once.

spaCy has no maintained way to run `nlp.pipe` across machines (spacy-ray is for training and
pins an old Ray); the way its users do it is this one: shards of texts out to long-lived
actors, compact rows back, the driver alone writing. With no address a local Ray is started
for the run (no dashboard, quiet logs) and stopped after; with one, the run joins that
cluster and leaves it running. Every worker machine needs annotator and the model installed
(README, "Suggest on a Ray cluster").
"""

from __future__ import annotations

import logging
import time
from collections import deque
from typing import Any

from annotator.core.errors import UserError
from annotator.suggest.engines import Batch, Job, Outcome, available_cores, batch_failed, rows_of

BLAS_ENV = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


class RayMissing(UserError):
    def __init__(self) -> None:
        super().__init__(
            "--engine ray needs Ray: install it with `pip install 'annotator-desk[ray]'` (or `pip install ray`)"
        )


def import_ray() -> Any:
    try:
        import ray
    except ImportError:
        raise RayMissing() from None
    return ray


class SuggestActor:
    """Holds one copy of the model; turns a shard of texts into rows (failures isolated)."""

    def __init__(self, job: Job) -> None:
        from annotator.suggest.pipeline import limit_threads

        limit_threads()  # before spaCy (and numpy) load in this worker
        from annotator.core.schema import LabelSchema

        self.job = job
        self.nlp = job.load()
        self.schema = LabelSchema.model_validate_json(job.schema_json)

    def ready(self) -> bool:
        return True

    def work(self, batch: Batch) -> list[Outcome]:
        return rows_of(self.nlp, batch, self.schema, self.job.model, self.job.version)


class RayEngine:
    """Shards round-robin over the actors, two in flight each, taken back in order."""

    def __init__(self, job: Job, address: str | None = None, n_actors: int | None = None) -> None:
        ray = self.ray = import_ray()
        started = time.perf_counter()
        self.pending: deque[tuple[Any, Batch]] = deque()
        self.turn = 0
        self.owns_ray = not ray.is_initialized()
        if self.owns_ray:
            connect(ray, address)
        n = n_actors or int(ray.cluster_resources().get("CPU", 1))
        remote = ray.remote(num_cpus=1, max_restarts=1, runtime_env={"env_vars": BLAS_ENV})(SuggestActor)
        self.actors = [remote.remote(job) for _ in range(max(1, n))]
        self.capacity = 2 * len(self.actors)
        try:
            ray.get([a.ready.remote() for a in self.actors])  # model loaded everywhere: start-up is over
        except Exception as exc:  # noqa: BLE001  (a worker without annotator or the model, most often)
            self.close()
            raise UserError(
                f"the Ray workers could not load the model {job.model!r} (each worker needs annotator-desk and "
                f"the model installed): {one_line_error(exc)}"
            ) from None
        self.startup_seconds = time.perf_counter() - started

    def submit(self, batch: Batch) -> None:
        actor = self.actors[self.turn % len(self.actors)]
        self.turn += 1
        self.pending.append((actor.work.remote(batch), batch))

    def in_flight(self) -> int:
        return len(self.pending)

    def oldest_ready(self) -> bool:
        if not self.pending:
            return False
        done, _ = self.ray.wait([self.pending[0][0]], timeout=0)
        return bool(done)

    def take(self) -> list[Outcome]:
        ref, batch = self.pending.popleft()
        try:
            return self.ray.get(ref)
        except Exception as exc:  # noqa: BLE001  (an actor died or the shard failed as a whole)
            return batch_failed(batch, exc)

    def close(self) -> None:
        for actor in self.actors:
            self.ray.kill(actor)
        self.pending.clear()
        if self.owns_ray:
            self.ray.shutdown()


def one_line_error(exc: BaseException) -> str:
    """The last line of Ray's long error text (the cause), made safe to show."""
    from annotator.suggest.safe_pipe import ERROR_CHARS, error_text, visible

    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return visible(lines[-1])[:ERROR_CHARS] if lines else error_text(exc)


def connect(ray: Any, address: str | None) -> None:
    """Join the cluster at `address` ("auto": the one `ray start` runs here), or start a
    local one for this run sized to the cores available."""
    quiet = {"include_dashboard": False, "logging_level": logging.ERROR, "log_to_driver": False}
    try:
        if address:
            ray.init(address=address, logging_level=logging.WARNING, log_to_driver=False)
        else:
            ray.init(num_cpus=available_cores(), **quiet)
    except (ConnectionError, ValueError, RuntimeError) as exc:
        raise UserError(f"could not reach a Ray cluster at {address or 'a local start'}: {exc}") from None
