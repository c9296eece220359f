"""Suggestion throughput against raw spaCy, all in one run on the same documents.

raw/1:      nlp.pipe over the texts with the model as shipped (no store, no rules)
raw/2:      the same with nlp.pipe(n_process=2)
suggest/1:  annotator's run_suggest with one worker process (our components, units, SQLite
            writes by the parent meanwhile)
suggest/2:  the same with two worker processes
ray:        the Ray engine, two actors on a local Ray; its start-up (Ray, the actors and
            their models) is timed apart, once, and not in its rate

The documents are the five sample articles, each made distinct by a numbered closing
paragraph. The five are interleaved block by block, each taking its turn first, after a
warm-up of both pipelines, so that load from other work on the machine (8 helpers share 2
cores here) falls on all of them alike; ratios are what count, absolute numbers are noise.
Usage: python3 bench/bench_suggest.py [--quick] [--docs N] [--blocks K] [--no-ray]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from functools import partial
from pathlib import Path
from typing import Any, TextIO

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from annotator.config import Settings  # noqa: E402
from annotator.core.models import Document  # noqa: E402
from annotator.importers.text_files import read_text_file  # noqa: E402
from annotator.store import open_store  # noqa: E402

SAMPLE = ROOT / "annotator" / "data" / "sample"
ORDER = ["raw/1", "raw/2", "suggest/1", "suggest/2", "ray"]
TARGETS = {
    "raw/2": ("raw/1", None),
    "suggest/1": ("raw/1", 1.0),
    "suggest/2": ("raw/2", 1.15),
    "ray": ("raw/2", 0.9),
}


def make_docs(n: int) -> list[Document]:
    bodies = [read_text_file(p).text for p in sorted(SAMPLE.glob("*.txt"))]
    return [
        Document(id=f"bench-{i:05d}", text=bodies[i % len(bodies)] + f"\n\nThis is copy {i} of the article.")
        for i in range(n)
    ]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="100 documents in 5 blocks")
    ap.add_argument("--docs", type=int, default=2000, help="documents (default 2000, the issue's size)")
    ap.add_argument("--blocks", type=int, default=5)
    ap.add_argument("--model", default=Settings().model)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--no-ray", action="store_true", help="leave the Ray engine out (Ray not installed)")
    args = ap.parse_args()
    n, blocks = (100, 5) if args.quick else (args.docs, args.blocks)
    order = [k for k in ORDER if not (args.no_ray and k == "ray")]

    from annotator.suggest.pipeline import limit_threads, load_pipeline, load_raw

    limit_threads()  # the same for all: one BLAS thread per process
    raw_nlp = load_raw(args.model)
    our_nlp = load_pipeline(args.model)
    docs = make_docs(n)
    times = dict.fromkeys(order, 0.0)
    units: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        stores = {k: open_store(Path(tmp) / f"{k.replace('/', '_')}.db") for k in order if not k.startswith("raw")}
        for store in stores.values():
            store.insert_documents(docs)
        ray_engine, startup = start_ray(args, our_nlp, stores["ray"]) if "ray" in order else (None, 0.0)
        warm = [d.text for d in docs[:4]]  # first batches pay one-off costs: not on whoever runs first
        list(raw_nlp.pipe(warm))
        list(our_nlp.pipe(warm))
        size = -(-n // blocks)
        for b in range(blocks):
            block = docs[b * size : (b + 1) * size]
            if not block:
                continue
            turn = b % len(order)
            for key in order[turn:] + order[:turn]:  # each takes its turn first
                t = time.perf_counter()
                done = run_one(key, block, args, raw_nlp, our_nlp, stores.get(key), ray_engine)
                times[key] += time.perf_counter() - t
                units[key] = units.get(key, 0) + done
            seen = min(n, (b + 1) * size)
            print(f"block {b + 1}/{blocks} done ({len(block)} documents each way)", file=sys.stderr)
            if b + 1 < blocks:  # a long run on a busy machine can be read before it ends
                report(args, seen, times, units, startup, out=sys.stderr)
        if ray_engine is not None:
            ray_engine.close()
        for store in stores.values():
            store.close()
    report(args, n, times, units, startup)
    return 0


def start_ray(args: argparse.Namespace, nlp: Any, store: Any) -> tuple[Any, float]:
    from annotator.suggest.pipeline import load_pipeline
    from annotator.suggest.ray_engine import RayEngine
    from annotator.suggest.runner import make_job

    job = make_job(store, nlp, args.model, partial(load_pipeline, args.model))
    engine = RayEngine(job, None, 2)
    return engine, engine.startup_seconds


def run_one(
    key: str, block: list[Document], args: argparse.Namespace, raw: Any, ours: Any, store: Any, ray: Any
) -> int:
    """One configuration over one block; the number of units it stored (0 for raw)."""
    from annotator.store import Layer
    from annotator.suggest.runner import Session, run_suggest

    texts = (d.text for d in block)
    if key.startswith("raw"):
        for _ in raw.pipe(texts, batch_size=args.batch_size, n_process=int(key[-1])):
            pass
        return 0
    if key == "ray":
        layer = Layer.suggestions_name(args.model, ours.meta["version"])
        session = Session(store, layer, ray, args.batch_size, None)
        session.feed((d.id, d.text) for d in block)
        session.finish()
        done = session.report
    else:
        ids = [d.id for d in block]
        settings = Settings(model=args.model)
        done = run_suggest(store, settings, ids, batch_size=args.batch_size, n_process=int(key[-1]), nlp=ours)
    assert done.documents == len(block) and not done.failed, (key, done.documents, done.failed)
    return done.units


def report(
    args: argparse.Namespace,
    n: int,
    times: dict[str, float],
    units: dict[str, int],
    startup: float,
    out: TextIO = sys.stdout,
) -> None:
    def say(line: str) -> None:
        print(line, file=out, flush=True)

    rate = {k: n / v for k, v in times.items()}
    stored = {units[k] for k in units if not k.startswith("raw")}
    say(f"\nsuggest bench: {n} documents, model {args.model}, batch size {args.batch_size}")
    say(f"units stored by each engine: {', '.join(str(u) for u in sorted(stored))} (one number: all the same)")
    say(f"{'what':<12}{'docs/s':>10}{'ratio':>8}  {'against':<8}target")
    say(f"{'raw/1':<12}{rate['raw/1']:>10.2f}{1.0:>8.2f}  {'raw/1':<8}")
    for key in order_of(times):
        base, target = TARGETS[key]
        goal = f">= {target}" if target is not None else ""
        say(f"{key:<12}{rate[key]:>10.2f}{rate[key] / rate[base]:>8.2f}  {base:<8}{goal}")
    if "ray" in times:
        say(f"ray start-up (local Ray, 2 actors, models loaded): {startup:.1f} s, not in the ray rate;")
        with_start = n / (times["ray"] + startup)
        say(f"  with it: {with_start:.2f} docs/s, {with_start / rate['raw/2']:.2f}x raw/2")


def order_of(times: dict[str, float]) -> list[str]:
    return [k for k in ORDER if k in times and k != "raw/1"]


if __name__ == "__main__":
    raise SystemExit(main())
