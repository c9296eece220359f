"""Import speed: pre-annotated JSONL through `annotator import`, against raw executemany of the same rows.

The corpus: N generated articles (~3,000 characters, an accent and CRLF line ends, so
normalisation and offset mapping have work to do) with 50 entity spans each, written
as our JSONL. Ours: the whole import of that file (parse, normalise, map offsets,
validate against the schema, hash, deduplicate, insert, full-text index) in its one
transaction. Raw: the same document and unit rows, built beforehand, inserted with
`sqlite3.executemany` in one transaction into a database with the same schema
(indices and FTS triggers included). Target: ours >= 0.5 of raw throughput.

Also measured on their own: normalising, hashing and full-text indexing (raw inserts
with and without the FTS trigger). Each side runs --repeat times, interleaved, and the
best run of each is compared (the machine is shared; the best run is the least disturbed).

    python3 bench/bench_import.py [--quick] [--docs N]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import orjson

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from annotator.core.text import content_hash, normalise  # noqa: E402
from annotator.export.reading import OffsetMap  # noqa: E402
from annotator.importers.context import ImportContext  # noqa: E402
from annotator.importers.rejects import Rejects  # noqa: E402
from annotator.importers.report import Report  # noqa: E402
from annotator.importers.run import import_paths  # noqa: E402
from annotator.store import open_store  # noqa: E402

SPANS = 50
WORDS = (
    "the minister said talks would resume on Monday after officials met while the embassy staff were "
    "ordered to leave and property was seized by the authorities who reported that sanctions could follow"
).split()
NAMES = [
    "Maria Zakharova",
    "Vladimir Putin",
    "Donald Trump",
    "Sergei Lavrov",
    "José González",
    "Moscow",
    "Washington",
    "Maryland",
    "Zürich",
    "the Kremlin",
]
LABELS = {
    "Maria Zakharova": "PERSON",
    "Vladimir Putin": "PERSON",
    "Donald Trump": "PERSON",
    "Sergei Lavrov": "PERSON",
    "José González": "PERSON",
    "Moscow": "GPE",
    "Washington": "GPE",
    "Maryland": "GPE",
    "Zürich": "GPE",
    "the Kremlin": "ORG",
}


def make_record(i: int, rng: random.Random) -> dict:
    """One article of SPANS sentences, each opening with a name; offsets into the raw (CRLF) text."""
    parts: list[str] = []
    entities: list[dict] = []
    pos = 0
    for k in range(SPANS):
        name = rng.choice(NAMES)
        filler = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 10)))
        sentence = f"{name} {filler}.\r\n" if k % 5 == 4 else f"{name} {filler}. "
        entities.append({"start": pos, "end": pos + len(name), "text": name, "label": LABELS[name]})
        parts.append(sentence)
        pos += len(sentence)
    text = "".join(parts) + f"Article {i}."
    return {
        "id": f"doc{i:07d}",
        "title": f"Article {i}",
        "outlet": "bench",
        "text": text,
        "entities": entities,
        "status": "done",
    }


def write_corpus(path: Path, n: int) -> list[dict]:
    rng = random.Random(7)
    records = [make_record(i, rng) for i in range(n)]
    with path.open("wb") as out:
        for rec in records:
            out.write(orjson.dumps(rec) + b"\n")
    return records


def raw_rows(records: list[dict], layer_id: int) -> tuple[list[tuple], list[tuple]]:
    """The rows our import stores, built outside the timing: the raw side gets them for free."""
    docs, units = [], []
    stamp = "2024-01-01T00:00:00+00:00"
    for rec in records:
        mapping = OffsetMap(rec["text"])
        text = mapping.text
        docs.append((rec["id"], rec["title"], text, rec["outlet"], None, None, content_hash(text), "{}", None, stamp))
        prov = orjson.dumps({"imported_from": "bench"}).decode()
        for e in rec["entities"]:
            s, t = mapping(e["start"], ""), mapping(e["end"], "")
            body = orjson.dumps({"kind": "entity", "start": s, "end": t, "label": e["label"]}).decode()
            units.append((rec["id"], layer_id, "entity", s, t, e["label"], body, "accepted", None, None, None, prov))
    return docs, units


def fresh_db(path: Path) -> int:
    store = open_store(path)
    layer = store.ensure_layer("annotator:bench", "annotator").id
    store.close()
    return layer


def raw_insert(path: Path, docs: list[tuple], units: list[tuple], fts: bool = True) -> float:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    if not fts:
        conn.execute("DROP TRIGGER documents_fts_ai")
    t0 = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(
        "INSERT INTO documents(id, title, text, outlet, url, published, content_hash, meta, story_key, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        docs,
    )
    conn.executemany(
        'INSERT INTO units(doc_id, layer_id, kind, start, "end", label, body, state, origin_id, source, score,'
        " provenance) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        units,
    )
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - t0
    conn.close()
    return elapsed


def ours(db: Path, source: Path) -> tuple[float, Report, float]:
    """(seconds, report, longest time the import held the write lock in one transaction)."""
    store = open_store(db)
    ctx = ImportContext(schema=store.schema(), annotator="bench")
    report = Report()
    t0 = time.perf_counter()
    import_paths(store, [source], ctx, Rejects(db.with_suffix(".rejects")), report)
    elapsed = time.perf_counter() - t0
    longest = getattr(store, "longest_write_s", elapsed)
    store.close()
    return elapsed, report, longest


def timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1,000 articles instead of 10,000")
    parser.add_argument("--docs", type=int)
    parser.add_argument("--repeat", type=int, help="runs of each side, best taken (default: 3 quick, 2 full)")
    args = parser.parse_args()
    n = args.docs or (1000 if args.quick else 10_000)
    args.repeat = args.repeat or (3 if args.quick else 2)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        source = work / "corpus.jsonl"
        records = write_corpus(source, n)
        texts = [r["text"] for r in records]
        normalised = [normalise(t) for t in texts]

        layer = fresh_db(work / "probe.db")
        docs, units = raw_rows(records, layer)
        raws, raws_nofts, ourses, holds = [], [], [], []
        for k in range(args.repeat):  # interleaved, best of each: the machine is shared
            fresh_db(work / f"raw{k}.db")
            raws.append(raw_insert(work / f"raw{k}.db", docs, units))
            fresh_db(work / f"raw_nofts{k}.db")
            raws_nofts.append(raw_insert(work / f"raw_nofts{k}.db", docs, units, fts=False))
            fresh_db(work / f"ours{k}.db")
            secs, report, held = ours(work / f"ours{k}.db", source)
            holds.append(held)
            assert report.imported == n and report.units == n * SPANS, report.summary()
            ourses.append(secs)
            for name in (f"raw{k}.db", f"raw_nofts{k}.db", f"ours{k}.db"):
                (work / name).unlink()
        raw, raw_nofts, ours_s = min(raws), min(raws_nofts), min(ourses)

        t_norm = timed(lambda: [normalise(t) for t in texts])
        t_map = timed(lambda: [OffsetMap(t) for t in texts])
        t_hash = timed(lambda: [content_hash(t) for t in normalised])
        t_json = timed(lambda: [orjson.loads(line) for line in source.read_bytes().splitlines()])

    rows = n + n * SPANS
    print(
        f"import of {n:,} articles x {SPANS} spans ({rows:,} rows, {source_size(records) / 2**20:.1f} MB JSONL),"
        f" best of {args.repeat}"
    )
    print(f"{'':34}{'seconds':>9}{'docs/s':>10}{'rows/s':>12}")
    for label, secs in (("ours (annotator import)", ours_s), ("raw executemany, one transaction", raw)):
        print(f"{label:34}{secs:9.2f}{n / secs:10,.0f}{rows / secs:12,.0f}")
    print(f"ratio ours/raw throughput: {raw / ours_s:.2f}  (target >= 0.5)")
    # A desk's write waits for whatever transaction holds the lock: the import's pieces stay short.
    print(f"longest write transaction of ours: {max(holds):.3f} s (worst run; target about 0.25 s)")
    print("cost of each step, on its own:")
    for label, secs in (
        ("normalise (BOM, CRLF, NFC)", t_norm),
        ("normalise + offset map", t_map),
        ("hash (SHA-256)", t_hash),
        ("full-text index (raw with - without)", raw - raw_nofts),
        ("JSON parse (orjson)", t_json),
    ):
        print(f"  {label:38}{secs:7.3f} s  {secs / ours_s:6.1%} of ours")


def source_size(records: list[dict]) -> int:
    return sum(len(orjson.dumps(r)) + 1 for r in records)


if __name__ == "__main__":
    main()
