"""Store speed: an editor decision committed durably, and opening one document, against raw sqlite3.

1. Decision: `store.decide` of one accept (copy a suggestion into the annotator's layer,
   log it, move the document to in progress), against a raw single-row INSERT committed
   at the same settings (WAL, synchronous=FULL, BEGIN IMMEDIATE) in the same run, the two
   interleaved so a busy machine slows both alike. Target: p99 <= 3x raw.
2. Open a document: `store.document` + `store.units` of the suggestions layer and of the
   annotator's layer, in a corpus of 10,000 documents and 1,000,000 units (--quick:
   1,000 and 100,000), against the same rows in the same order fetched with sqlite3
   directly (one indexed query per layer, ORDER BY text order; the document by id).
   Target: <= 2x raw in CPU time (process_time), the measure that other processes on a
   shared machine do not inflate; wall-clock figures are printed beside it.
3. For scale: one queue page (50 rows with counts), against a raw page by last-seen key.

    python3 bench/bench_store.py [--quick] [--docs N] [--units N] [--decisions N]
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from annotator.core.models import Decision, Document, Entity, Unit  # noqa: E402
from annotator.store import open_store  # noqa: E402

SUGG = "suggestions:en_core_web_sm@3.8.0"
MINE = "annotator:ann"
WORDS = "the minister said talks would resume in Moscow on Monday after officials met São Zürich café 😀".split()
LABELS = ["PERSON", "GPE", "ORG", "DATE", "NORP"]


def _text(rng: random.Random, n_chars: int = 3000) -> str:
    out: list[str] = []
    size = 0
    while size < n_chars:
        word = rng.choice(WORDS)
        out.append(word)
        size += len(word) + 1
    return " ".join(out)


def _body(kind: str, start: int, label: str) -> str:
    """A stored unit body as the store writes it (entities mostly; some quotes and events)."""
    if kind == "entity":
        return json.dumps({"kind": "entity", "start": start, "end": start + 8, "label": label})
    if kind == "quote":
        return json.dumps(
            {
                "kind": "quote",
                "content": {"start": start, "end": start + 60},
                "quote_kind": "direct",
                "speaker": {"start": start + 62, "end": start + 70},
                "speaker_entity": None,
                "cue": {"start": start + 71, "end": start + 75},
                "extra": [],
            }
        )
    return json.dumps(
        {
            "kind": "event",
            "trigger": {"start": start, "end": start + 6},
            "type": "Contact.Meet",
            "arguments": {
                "Agent": {"start": start + 10, "end": start + 18},
                "Place": {"start": start + 30, "end": start + 36},
            },
        }
    )


def build_corpus(path: Path, n_docs: int, n_units: int) -> None:
    """Documents through the store (so FTS and hashes are real); units by raw executemany (speed)."""
    rng = random.Random(7)
    store = open_store(path)
    with store.transaction():
        store.insert_documents(
            Document(id=f"d{i:07d}", title=f"Story {i}", text=_text(rng) + f" {i}") for i in range(n_docs)
        )
    sugg, mine = (
        store.ensure_layer(SUGG, "suggestions", "en_core_web_sm", "3.8.0"),
        store.ensure_layer(MINE, "annotator"),
    )
    per_doc = n_units // n_docs
    n_sugg = per_doc * 6 // 10
    conn = store.conn
    conn.execute("BEGIN IMMEDIATE")
    rows = []
    for i in range(n_docs):
        doc_id = f"d{i:07d}"
        for j in range(per_doc):
            layer = sugg.id if j < n_sugg else mine.id
            kind = "quote" if j % 20 == 7 else "event" if j % 20 == 13 else "entity"
            start = j * 28
            label = {"quote": "direct", "event": "Contact.Meet"}.get(kind, LABELS[j % len(LABELS)])
            end = start + (60 if kind == "quote" else 6 if kind == "event" else 8)
            state = "suggested" if layer == sugg.id else "accepted"
            rows.append(
                (doc_id, layer, kind, start, end, label, _body(kind, start, label), state, None, "ner", 0.9, "{}")
            )
        if len(rows) >= 100_000:
            _insert_units(conn, rows)
            rows = []
    _insert_units(conn, rows)
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    store.close()


def _insert_units(conn: sqlite3.Connection, rows: list[tuple]) -> None:
    conn.executemany(
        'INSERT INTO units(doc_id, layer_id, kind, start, "end", label, body, state, origin_id, source, score, provenance)'
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def _pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def bench_decide(tmp: Path, n: int) -> tuple[list[float], list[float]]:
    """Per-commit seconds for store.decide(accept) and for a raw durable single-row commit."""
    store = open_store(tmp / "decide.db")
    store.insert_documents([Document(id=f"d{i}", text=f"Angela Merkel met Emmanuel Macron. {i}") for i in range(200)])
    suggestions = []
    for i in range(200):
        suggestions += store.add_units(SUGG, [Unit(doc_id=f"d{i}", body=Entity(start=0, end=13, label="PERSON"))])
    units = [store.unit(u) for u in suggestions]
    raw = sqlite3.connect(tmp / "raw.db", isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")
    raw.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, doc_id TEXT, at TEXT, body TEXT)")
    ours_s, raw_s = [], []
    for i in range(n + 20):
        unit = units[i % len(units)]
        accepted = unit.model_copy(update={"id": None, "state": "accepted", "origin_id": unit.id})
        decision = Decision(
            doc_id=unit.doc_id, annotator="ann", action="accept", after=accepted.model_dump(mode="json")
        )
        t0 = time.perf_counter()
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("INSERT INTO t(doc_id, at, body) VALUES (?, ?, ?)", (unit.doc_id, "2025-01-01", "{}"))
        raw.execute("COMMIT")
        t1 = time.perf_counter()
        store.decide([decision])
        t2 = time.perf_counter()
        if i >= 20:  # warm-up: first pages of the WAL, caches
            raw_s.append(t1 - t0)
            ours_s.append(t2 - t1)
    raw.close()
    store.close()
    return ours_s, raw_s


def bench_open(path: Path, samples: int) -> tuple[dict[str, list[float]], int]:
    """Per-document seconds (wall and CPU) to open a document through the store and raw; rows per document."""
    store = open_store(path)
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("PRAGMA synchronous=FULL")
    sugg_id, mine_id = store.layer(SUGG).id, store.layer(MINE).id
    n_docs = store.count_documents()
    rng = random.Random(11)
    doc_ids = [f"d{rng.randrange(n_docs):07d}" for _ in range(samples + 50)]
    unit_sql = (
        'SELECT id, doc_id, kind, start, "end", label, body, state, origin_id, source, score, provenance'
        ' FROM units WHERE doc_id = ? AND layer_id = ? ORDER BY start, "end" DESC, id'
    )
    doc_sql = (
        "SELECT id, title, text, outlet, url, published, content_hash, meta, story_key FROM documents WHERE id = ?"
    )

    def ours(doc_id: str) -> int:
        store.document(doc_id)
        return len(store.units(doc_id, SUGG)) + len(store.units(doc_id, MINE))

    def plain(doc_id: str) -> int:
        raw.execute(doc_sql, (doc_id,)).fetchone()
        return len(raw.execute(unit_sql, (doc_id, sugg_id)).fetchall()) + len(
            raw.execute(unit_sql, (doc_id, mine_id)).fetchall()
        )

    times = _interleaved(ours, plain, doc_ids, warmup=50)
    rows = ours(doc_ids[0])
    assert rows == plain(doc_ids[0])
    store.close()
    raw.close()
    return times, rows


def bench_queue(path: Path, samples: int) -> tuple[list[float], list[float]]:
    store = open_store(path)
    raw = sqlite3.connect(path, isolation_level=None)
    n_docs = store.count_documents()
    rng = random.Random(5)
    starts = [rng.randrange(max(1, n_docs - 60)) for _ in range(samples + 20)]
    sql = (
        "SELECT d.seq, d.id, d.title, d.outlet, length(d.text), coalesce(s.status, 'todo'), coalesce(s.flagged, 0)"
        " FROM documents d LEFT JOIN doc_status s ON s.doc_id = d.id AND s.annotator = ?"
        " WHERE d.seq > ? ORDER BY d.seq LIMIT 50"
    )
    times = _interleaved(
        lambda seq: len(store.queue("ann", after_seq=seq, limit=50)),
        lambda seq: len(raw.execute(sql, ("ann", seq)).fetchall()),
        starts,
        warmup=20,
    )
    store.close()
    raw.close()
    return times["ours"], times["raw"]


def _interleaved(ours: Callable, plain: Callable, args: list, warmup: int) -> dict[str, list[float]]:
    """Alternate raw and ours on the same arguments: wall seconds (ours, raw) and CPU seconds (ours_cpu, raw_cpu)."""
    out: dict[str, list[float]] = {"ours": [], "raw": [], "ours_cpu": [], "raw_cpu": []}
    wall, cpu = time.perf_counter, time.process_time
    for i, arg in enumerate(args):
        t0, c0 = wall(), cpu()
        plain(arg)
        t1, c1 = wall(), cpu()
        ours(arg)
        t2, c2 = wall(), cpu()
        if i >= warmup:
            out["raw"].append(t1 - t0)
            out["ours"].append(t2 - t1)
            out["raw_cpu"].append(c1 - c0)
            out["ours_cpu"].append(c2 - c1)
    return out


def _row(name: str, ours: float, raw: float, target: float | None) -> bool:
    ratio = ours / raw
    ok = target is None or ratio <= target
    verdict = "" if target is None else (f"<= {target:g}x  " + ("ok" if ok else "MISSED"))
    print(f"  {name:34}{ours * 1e3:10.3f}{raw * 1e3:10.3f}{ratio:8.2f}x  {verdict}")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1,000 documents / 100,000 units / 300 decisions")
    parser.add_argument("--docs", type=int)
    parser.add_argument("--units", type=int)
    parser.add_argument("--decisions", type=int)
    parser.add_argument("--keep", type=Path, help="build (or reuse) the corpus at this path")
    args = parser.parse_args()
    n_docs = args.docs or (1_000 if args.quick else 10_000)
    n_units = args.units or (100_000 if args.quick else 1_000_000)
    n_dec = args.decisions or (300 if args.quick else 2_000)
    all_ok = True
    with tempfile.TemporaryDirectory(prefix="bench_store_") as tmp_name:
        tmp = Path(tmp_name)
        ours_d, raw_d = bench_decide(tmp, n_dec)
        print(f"one editor decision committed durably (WAL, synchronous=FULL), {n_dec:,} commits, ms")
        print(f"  {'':34}{'ours':>10}{'raw':>10}{'ratio':>9}")
        _row("p50", statistics.median(ours_d), statistics.median(raw_d), None)
        all_ok &= _row("p99", _pct(ours_d, 0.99), _pct(raw_d, 0.99), 3.0)

        corpus = args.keep or tmp / "corpus.db"
        t0 = time.perf_counter()
        if not corpus.exists():
            build_corpus(corpus, n_docs, n_units)
        built = time.perf_counter() - t0
        times, rows = bench_open(corpus, 500 if args.quick else 2_000)
        print(
            f"open one document: document + suggestions + annotator units ({rows} rows),"
            f" corpus {n_docs:,} docs / {n_units:,} units (built in {built:.1f} s), ms"
        )
        print(f"  {'':34}{'ours':>10}{'raw':>10}{'ratio':>9}")
        med = statistics.median
        all_ok &= _row("median CPU time", med(times["ours_cpu"]), med(times["raw_cpu"]), 2.0)
        _row(
            "total CPU time / documents",
            sum(times["ours_cpu"]) / len(times["ours_cpu"]),
            sum(times["raw_cpu"]) / len(times["raw_cpu"]),
            None,
        )
        _row("median wall", med(times["ours"]), med(times["raw"]), None)
        _row("p99 wall", _pct(times["ours"], 0.99), _pct(times["raw"], 0.99), None)

        ours_q, raw_q = bench_queue(corpus, 300 if args.quick else 1_000)
        print("one queue page of 50 (ours also counts suggestions and decisions per row), ms")
        print(f"  {'':34}{'ours':>10}{'raw':>10}{'ratio':>9}")
        _row("median", statistics.median(ours_q), statistics.median(raw_q), None)
    print("all targets met" if all_ok else "some targets MISSED")
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
