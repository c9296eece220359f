"""Suggestion throughput against raw spaCy, measured in the same run.

raw:        nlp.pipe over the texts with the model as shipped (no store, no rules)
suggest/1:  annotator's run_suggest with n_process=1: our components, units, SQLite writes
suggest/2:  the same with n_process=2 (a pool of forked workers; the parent writes)

The documents are the five sample articles, each made distinct by a numbered closing
paragraph. The three are interleaved block by block, each taking its turn first, after a warm-up of
both pipelines, so that load from other work on the machine and one-off start costs fall
on all of them alike; ratios are what count, absolute numbers are noise.
Usage: python3 bench/bench_suggest.py [--quick] [--docs N] [--blocks K]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from annotator.config import Settings  # noqa: E402
from annotator.core.models import Document  # noqa: E402
from annotator.importers.text_files import read_text_file  # noqa: E402
from annotator.store import open_store  # noqa: E402

SAMPLE = ROOT / "annotator" / "data" / "sample"


def make_docs(n: int) -> list[Document]:
    bodies = [read_text_file(p).text for p in sorted(SAMPLE.glob("*.txt"))]
    return [
        Document(id=f"bench-{i:05d}", text=bodies[i % len(bodies)] + f"\n\nThis is copy {i} of the article.")
        for i in range(n)
    ]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="120 documents in 6 blocks")
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--blocks", type=int, default=5)
    ap.add_argument("--model", default=Settings().model)
    ap.add_argument("--batch-size", type=int, default=32)
    args = ap.parse_args()
    n, blocks = (120, 6) if args.quick else (args.docs, args.blocks)

    from annotator.suggest.pipeline import limit_threads, load_pipeline, load_raw
    from annotator.suggest.runner import run_suggest

    limit_threads()  # the same for all three: one BLAS thread per process
    raw_nlp = load_raw(args.model)
    our_nlp = load_pipeline(args.model)
    docs = make_docs(n)
    settings = Settings(model=args.model)
    times = {"raw": 0.0, "suggest/1": 0.0, "suggest/2": 0.0}
    units = 0
    with tempfile.TemporaryDirectory() as tmp:
        stores = {k: open_store(Path(tmp) / f"{k.replace('/', '_')}.db") for k in ("suggest/1", "suggest/2")}
        for store in stores.values():
            store.insert_documents(docs)
        size = -(-n // blocks)
        # Warm both pipelines first: the first batch through a pipeline pays one-off costs
        # (allocations, caches) that would otherwise fall on whichever runs first.
        warm = [d.text for d in docs[:4]]
        list(raw_nlp.pipe(warm))
        list(our_nlp.pipe(warm))
        order = ["raw", "suggest/1", "suggest/2"]
        for b in range(blocks):
            block = docs[b * size : (b + 1) * size]
            if not block:
                continue
            ids = [d.id for d in block]
            for key in order[b % 3 :] + order[: b % 3]:  # each takes its turn first
                t = time.perf_counter()
                if key == "raw":
                    for _ in raw_nlp.pipe((d.text for d in block), batch_size=args.batch_size):
                        pass
                else:
                    procs = 1 if key == "suggest/1" else 2
                    report = run_suggest(
                        stores[key], settings, ids, batch_size=args.batch_size, n_process=procs, nlp=our_nlp
                    )
                    assert report.documents == len(block), (key, report.documents)
                    units += report.units if key == "suggest/1" else 0
                times[key] += time.perf_counter() - t
            print(f"block {b + 1}/{blocks} done ({len(block)} documents each way)", file=sys.stderr)
        for store in stores.values():
            store.close()
    rate = {k: n / v for k, v in times.items()}
    print(f"\nsuggest bench: {n} documents, model {args.model}, batch size {args.batch_size}, {units} units stored")
    print(f"{'what':<12}{'docs/s':>10}{'ratio':>10}  against")
    print(f"{'raw':<12}{rate['raw']:>10.2f}{1.0:>10.2f}  raw nlp.pipe, model as shipped")
    print(f"{'suggest/1':<12}{rate['suggest/1']:>10.2f}{rate['suggest/1'] / rate['raw']:>10.2f}  raw (target >= 1.0)")
    print(
        f"{'suggest/2':<12}{rate['suggest/2']:>10.2f}{rate['suggest/2'] / rate['suggest/1']:>10.2f}  suggest/1 (target > 1)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
