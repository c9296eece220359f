"""Agreement speed: the full report over N documents x 3 annotators, against one pass that only reads the same rows.

The corpus comes from tests/agreement/agreement_gen.py: documents of ~120 words, each
annotator a noisy copy of a hidden truth (~20 entities, quotes and events per document).
"ours" is `corpus_report` (every measure, per label, per pair, per document with its
conflicts, kappa and alpha over BIO tokens); "raw read" fetches the same rows (document
texts and the three annotator layers) with sqlite3 and does nothing with them. The
ratio at two sizes shows whether the work grows linearly with the corpus. Times are CPU
seconds of this process (the machine is shared, so wall time swings with others' load);
wall-clock ratios are printed beside them.

    python3 bench/bench_agreement.py [--quick] [--sizes 1000,10000] [--repeat N]
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "agreement"))

from agreement_gen import make_corpus  # noqa: E402

from annotator.agreement.corpus import corpus_inputs, corpus_report  # noqa: E402
from annotator.store import open_store  # noqa: E402

ANNOTATORS = ["ana", "ben", "cleo"]
T = TypeVar("T")
WORDS = 120


def build(path: Path, n: int) -> int:
    """The corpus in chunks (one transaction each); returns the number of annotator units."""
    store = open_store(path)
    chunk = 2000
    for i, start in enumerate(range(0, n, chunk)):
        make_corpus(store, min(chunk, n - start), ANNOTATORS, seed=1000 + i, words=WORDS)
    units = sum(
        len(u)
        for _, _, by in store.stream_layers([f"annotator:{a}" for a in ANNOTATORS], texts=False)
        for u in by.values()
    )
    store.close()
    return units


def timed(fn: Callable[[Path], T], db: Path) -> tuple[float, float, T]:
    """(cpu seconds, wall seconds, result) of one call."""
    c0, w0 = time.process_time(), time.perf_counter()
    result = fn(db)
    return time.process_time() - c0, time.perf_counter() - w0, result


def raw_read(db: Path) -> None:
    """The rows the report reads, fetched and dropped: the floor any agreement pass stands on."""
    conn = sqlite3.connect(db)
    layers = [r[0] for r in conn.execute("SELECT id FROM layers WHERE kind = 'annotator'")]
    marks = ",".join("?" * len(layers))
    for _ in conn.execute("SELECT id, text FROM documents ORDER BY id"):
        pass
    for _ in conn.execute(
        'SELECT id, doc_id, kind, start, "end", label, body, state, origin_id, source, score, provenance, layer_id'
        f" FROM units WHERE layer_id IN ({marks}) ORDER BY doc_id, layer_id, start",
        layers,
    ):
        pass
    conn.close()


def store_read(db: Path) -> None:
    """Our read path alone (rows to Unit objects, grouped per document), for where the time goes."""
    store = open_store(db)
    for _ in corpus_inputs(store, ANNOTATORS):
        pass
    store.close()


def ours(db: Path) -> dict[str, Any]:
    store = open_store(db)
    report = corpus_report(store, ANNOTATORS)
    store.close()
    return report


def best(fn: Callable[[Path], T], db: Path, repeat: int) -> tuple[float, float, T]:
    """Least CPU and least wall time over `repeat` runs, and the last result."""
    runs = [timed(fn, db) for _ in range(repeat)]
    return min(r[0] for r in runs), min(r[1] for r in runs), runs[-1][2]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="200 and 2,000 documents instead of 1,000 and 10,000")
    ap.add_argument("--sizes", default=None, help="comma-separated document counts")
    ap.add_argument("--repeat", type=int, default=2, help="runs of each; the best is reported")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else ([200, 2000] if args.quick else [1000, 10_000])
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench_agreement_") as tmp:
        for n in sizes:
            db = Path(tmp) / f"c{n}.db"
            t0 = time.perf_counter()
            units = build(db, n)
            print(
                f"built {n:,} documents x {len(ANNOTATORS)} annotators ({units:,} units) in {time.perf_counter() - t0:.1f} s",
                file=sys.stderr,
            )
            raw = best(raw_read, db, args.repeat)
            read = best(store_read, db, args.repeat)
            agreement = best(ours, db, args.repeat)
            rows.append((n, units, raw, read, agreement))
    print(
        f"\n{'docs':>7} {'units':>9} {'raw read':>9} {'our read':>9} {'agreement':>10} {'ratio':>6} {'ms/doc':>7} {'wall ratio':>11}"
    )
    for n, units, raw, read, agr in rows:
        print(
            f"{n:>7,} {units:>9,} {raw[0]:>9.3f} {read[0]:>9.3f} {agr[0]:>10.3f} {agr[0] / raw[0]:>6.1f}"
            f" {1000 * agr[0] / n:>7.3f} {agr[1] / raw[1]:>11.1f}"
        )
    print("(CPU seconds; ratio = agreement / raw read of the same rows)")
    if len(rows) >= 2:
        (n1, _, raw1, _, a1), (n2, _, raw2, _, a2) = rows[0], rows[-1]
        print(
            f"\n{n2 / n1:.0f}x the documents: agreement took {a2[0] / a1[0]:.2f}x the CPU time, the raw read"
            f" {raw2[0] / raw1[0]:.2f}x; ratio {a1[0] / raw1[0]:.1f} -> {a2[0] / raw2[0]:.1f}"
            f" (per document {1000 * a1[0] / n1:.2f} -> {1000 * a2[0] / n2:.2f} ms)"
        )
    overall = rows[-1][4][2]["overall"]
    keys = ("entity_strict_f1", "entity_overlap_f1", "entity_kappa", "entity_alpha", "quote_f1", "event_f1")
    print("figures on the largest corpus: " + ", ".join(f"{k} {overall[k]:.3f}" for k in keys))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
