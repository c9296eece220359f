"""`annotator suggest`: run the spaCy pipeline over documents that have no suggestions yet."""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager
from functools import partial
from typing import TYPE_CHECKING

from annotator.cli import add_common
from annotator.cli.common import open_db, progress, say, settings_from
from annotator.errors import UserError

if TYPE_CHECKING:
    from annotator.config import Settings
    from annotator.store import Store
    from annotator.suggest.runner import Session


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "suggest",
        help="suggest entities, quotes and events with a spaCy model",
        description=(
            "Run the spaCy pipeline (entities, quotes, events, page furniture) over every document "
            "without suggestions from this model version. Idempotent; Ctrl-C keeps finished batches "
            "and the next run resumes. A document the pipeline cannot handle is recorded and skipped "
            "(`annotator docs --failed` lists them); the next run tries it once more, then only --redo does."
        ),
    )
    add_common(p)
    p.add_argument(
        "--batch-size", type=int, default=32, metavar="N", help="documents per batch and commit (default 32)"
    )
    add_engine_options(p)
    p.add_argument(
        "--redo", action="store_true", help="suggest again for documents already done (and those that failed)"
    )
    p.add_argument(
        "--include-started",
        action="store_true",
        help="with a trained --model: also documents someone has started (by default only untouched ones, "
        "so nobody's half-judged article changes under them)",
    )
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from annotator.suggest.pipeline import limit_threads, load_pipeline
    from annotator.suggest.runner import SuggestReport, layer_name, left_out, pending_ids, run_suggest
    from annotator.train.registry import resolve_model

    limit_threads()  # one BLAS thread per process is faster for the small models (FACTS.md)
    check_engine_options(args)
    settings = settings_from(args)
    store = open_db(settings, must_exist=True)
    try:
        choice = resolve_model(store, settings.model)
        nlp = load_pipeline(choice.load)
        layer = layer_name(choice.name, nlp)
        pending = pending_ids(store, layer, None, args.redo)
        doc_ids = None
        if choice.trained and not args.include_started:
            opened = store.started_docs()
            doc_ids = [d for d in pending if d not in opened]
            if len(doc_ids) < len(pending):
                print(f"leaving out {len(pending) - len(doc_ids)} started document(s) (--include-started takes them)")
            pending = doc_ids
        todo = len(pending)
        if not todo:
            scope = "untouched document" if doc_ids is not None else "document"
            left = SuggestReport(layer, left=left_out(store, layer, None, args.redo)).failures()
            say(f"nothing to do: every {scope} has suggestions from {choice.name} (use --redo to redo){left}")
            return 0
        started = time.perf_counter()
        with progress("suggesting", todo) as advance:
            done = 0

            def restart_clock() -> None:  # the workers are up: the rate counts from now
                nonlocal started
                started = time.perf_counter()

            def tick(n: int) -> None:
                nonlocal done
                done += n
                advance(n, rate=f"{done / max(time.perf_counter() - started, 1e-9):.1f} docs/s")

            report = run_suggest(
                store,
                settings,
                batch_size=max(1, args.batch_size),
                n_process=n_process(args),
                engine=args.engine,
                ray_address=args.ray_address,
                loader=partial(load_pipeline, choice.load),
                ready=restart_clock,
                redo=args.redo,
                progress=tick,
                nlp=nlp,
                doc_ids=doc_ids,
                model_name=choice.name,
            )
        if report.startup_seconds:
            say(f"Ray and its workers started in {report.startup_seconds:.1f} s (not counted in the rate above)")
        say(report.summary(), err=report.interrupted)
        return 130 if report.interrupted else 0
    finally:
        store.close()


def add_engine_options(p: argparse.ArgumentParser) -> None:
    """Where the model runs: shared by `suggest` and `import --suggest`."""
    p.add_argument(
        "--n-process",
        type=int,
        metavar="N",
        help="worker processes, each with its own copy of the model, while this one writes (default: the cores "
        "available here; 0: the model in this process; with --engine ray, one actor per CPU of the cluster)",
    )
    p.add_argument(
        "--engine",
        choices=("local", "ray"),
        default="local",
        help="where the model runs: local processes (default) or a Ray cluster (needs `pip install ray`)",
    )
    p.add_argument(
        "--ray-address",
        metavar="ADDRESS",
        help="with --engine ray: the cluster to join (`auto` for the one `ray start --head` runs here); "
        "without it a local Ray is started for this run",
    )


def check_engine_options(args: argparse.Namespace) -> None:
    if args.ray_address and args.engine != "ray":
        raise UserError("--ray-address needs --engine ray")


def n_process(args: argparse.Namespace) -> int:
    """Worker count: as asked, else the cores here (local) or 0, "one per cluster CPU" (Ray)."""
    from annotator.suggest.engines import available_cores

    if args.n_process is not None:
        return max(0, args.n_process)
    return 0 if args.engine == "ray" else available_cores()


@contextmanager
def suggest_while(store: Store, settings: Settings, args: argparse.Namespace) -> Iterator[Callable[[list[str]], None]]:
    """`import --suggest`: workers start with the first file that brings new documents and
    are fed each such file as soon as it is in (texts read back from the store by key), so
    the model works while the next file is read; what is left is finished after the import,
    with a bar. An import with nothing new loads no model."""
    from annotator.suggest.pipeline import limit_threads
    from annotator.suggest.runner import with_its_title

    limit_threads()
    check_engine_options(args)
    with ExitStack() as stack:
        sessions: list[Session] = []
        fed = 0

        def feed(doc_ids: list[str]) -> None:
            nonlocal fed
            if not sessions:
                sessions.append(stack.enter_context(_session(store, settings, args)))
            fed += len(doc_ids)
            sessions[0].feed((i, with_its_title(store.document(i))) for i in doc_ids)

        yield feed
        if sessions:
            _finish(sessions[0], fed)
    if sessions:
        report = sessions[0].report
        if report.startup_seconds:
            say(f"Ray and its workers started in {report.startup_seconds:.1f} s (not counted in the rate below)")
        say(report.summary(), err=report.interrupted)


def _session(store: Store, settings: Settings, args: argparse.Namespace) -> AbstractContextManager[Session]:
    from annotator.suggest.pipeline import load_pipeline
    from annotator.suggest.runner import make_job, suggesting

    say(f"suggesting with {settings.model} as files land ...", err=True)
    nlp = load_pipeline(settings.model)
    job = make_job(store, nlp, settings.model, partial(load_pipeline, settings.model))
    return suggesting(store, job, nlp, args.engine, n_process(args), ray_address=args.ray_address)


def _finish(session: Session, total: int) -> None:
    """The documents still in the workers once the import is over, under a progress bar."""
    report = session.report
    with progress("suggesting", total) as advance:
        advance(report.documents + report.failed)
        session.progress = advance
        session.finish()
