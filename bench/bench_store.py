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
4. At 100,000 documents (--scale N): a queue page p99 <= 5 ms, by last-seen key (the store's
   SQL is traced: no OFFSET), beside a raw keyset page and a raw OFFSET page.
5. Status counters constant-time: `status_counts` at 1,000 and at 100,000 documents (the
   ratio of the two <= 2x), beside the raw GROUP BY over the statuses it replaces.

`--db URL` runs it all on one database (built on first use, reused after): a SQLite path
now; a PostgreSQL backend adds its `postgresql://` URL through `Raw` and `_sibling` below.
Without it, everything is built in a temporary folder.

    python3 bench/bench_store.py [--quick] [--db URL] [--docs N] [--units N] [--decisions N] [--scale N]
"""

from __future__ import annotations

import argparse
import json
import random
import re
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


class Raw:
    """The raw baseline's own connection, at the store's settings: what a hand-written commit
    or query costs on this backend. SQLite now; a PostgreSQL backend adds its driver here."""

    def __init__(self, url: str) -> None:
        if "://" in url:
            raise SystemExit(f"--db {url}: only SQLite paths are supported by this build of the bench")
        self.conn = sqlite3.connect(url, isolation_level=None)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=FULL")
        self.begin_write = "BEGIN IMMEDIATE"

    def execute(self, sql: str, params: tuple | list = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: list[tuple]) -> None:
        self.conn.executemany(sql, rows)

    def close(self) -> None:
        self.conn.close()


def _sibling(url: str, tag: str) -> str:
    """Another database beside `url` for a second corpus (SQLite: a file next to it)."""
    path = Path(url)
    return str(path.with_name(f"{path.stem}-{tag}{path.suffix or '.db'}"))


def _has_corpus(url: str) -> bool:
    if not Path(url).exists():
        return False
    store = open_store(url)
    try:
        return store.count_documents() > 0
    finally:
        store.close()


def build_corpus(url: str, n_docs: int, n_units: int, *, chars: int = 3000, mine_share: float = 0.4) -> None:
    """Documents through the store (so FTS and hashes are real); units by raw executemany (speed)."""
    rng = random.Random(7)
    store = open_store(url)
    with store.transaction():
        store.insert_documents(
            Document(id=f"d{i:07d}", title=f"Story {i}", text=_text(rng, chars) + f" {i}") for i in range(n_docs)
        )
    sugg, mine = (
        store.ensure_layer(SUGG, "suggestions", "en_core_web_sm", "3.8.0"),
        store.ensure_layer(MINE, "annotator"),
    )
    store.close()
    per_doc = max(1, n_units // n_docs)
    n_sugg = round(per_doc * (1 - mine_share))
    raw = Raw(url)
    raw.execute(raw.begin_write)
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
            _insert_units(raw, rows)
            rows = []
    _insert_units(raw, rows)
    raw.executemany(
        "INSERT INTO layer_docs(layer_id, doc_id, done_at) VALUES (?, ?, '2025-01-01')",
        [(sugg.id, f"d{i:07d}") for i in range(n_docs)],
    )
    raw.execute("COMMIT")
    raw.execute("ANALYZE")
    raw.close()


def _insert_units(raw: Raw, rows: list[tuple]) -> None:
    raw.executemany(
        'INSERT INTO units(doc_id, layer_id, kind, start, "end", label, body, state, origin_id, source, score, provenance)'
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def add_statuses(url: str, n_docs: int) -> None:
    """Two annotators' statuses on most documents, through the store (counters kept as the desk keeps them)."""
    store = open_store(url)
    if store.status_counts():
        store.close()
        return
    rng = random.Random(3)
    for who in ("ann", "bob"):
        pairs = [(f"d{i:07d}", rng.choice(["done", "done", "in_progress", "skipped"])) for i in range(n_docs)]
        store.import_statuses(who, [p for p in pairs if rng.random() < 0.8])
    store.close()


def _pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def bench_decide(url: str, n: int) -> tuple[list[float], list[float]]:
    """Per-commit seconds for store.decide(accept) and for a raw durable commit of the same unit row.

    The raw side inserts the accepted unit's columns into a table shaped like `units`, in its
    own write transaction, on the same database: the commit the store's one is measured by.
    """
    store = open_store(url)
    docs = [Document(id=f"bench-decide-{i}", text=f"Angela Merkel met Emmanuel Macron. {i}") for i in range(200)]
    store.insert_documents(docs)
    suggestions = []
    for d in docs:
        found = store.units(d.id, SUGG)
        suggestions += [u.id for u in found] or store.add_units(
            SUGG, [Unit(doc_id=d.id, body=Entity(start=0, end=13, label="PERSON"))]
        )
    units = [store.unit(u) for u in suggestions]
    raw = Raw(url)
    raw.execute(
        'CREATE TABLE IF NOT EXISTS bench_raw_units (id INTEGER PRIMARY KEY, doc_id TEXT, kind TEXT, start INTEGER, "end" INTEGER,'
        " label TEXT, body TEXT, state TEXT, origin_id INTEGER, source TEXT, score REAL, provenance TEXT)"
    )
    ours_s, raw_s = [], []
    for i in range(n + 20):
        unit = units[i % len(units)]
        accepted = unit.model_copy(update={"id": None, "state": "accepted", "origin_id": unit.id})
        decision = Decision(
            doc_id=unit.doc_id, annotator="bench", action="accept", after=accepted.model_dump(mode="json")
        )
        body = accepted.body
        row = (
            unit.doc_id,
            body.kind,
            body.start,
            body.end,
            body.label,
            body.model_dump_json(),
            "accepted",
            unit.id,
            None,
            None,
            "{}",
        )
        t0 = time.perf_counter()
        raw.execute(raw.begin_write)
        raw.execute(
            'INSERT INTO bench_raw_units(doc_id, kind, start, "end", label, body, state, origin_id, source, score, provenance)'
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            row,
        )
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


def bench_open(url: str, samples: int) -> tuple[dict[str, list[float]], int]:
    """Per-document seconds (wall and CPU) to open a document through the store and raw; rows per document."""
    store = open_store(url)
    raw = Raw(url)
    sugg_id, mine_id = store.layer(SUGG).id, store.layer(MINE).id
    n_docs = raw.execute("SELECT count(*) FROM documents WHERE id LIKE 'd0%'").fetchone()[0]  # not bench_decide's
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


QUEUE_SQL = (
    "SELECT d.seq, d.id, d.title, d.outlet, length(d.text), coalesce(s.status, 'todo'), coalesce(s.flagged, 0)"
    " FROM documents d LEFT JOIN doc_status s ON s.doc_id = d.id AND s.annotator = ?"
)


def bench_queue(url: str, samples: int, *, offset: bool = False) -> dict[str, list[float]]:
    """Queue pages of 50 from random places: the store's, a raw keyset page (and a raw OFFSET page).

    The store's statements are traced: a page read with OFFSET fails the bench.
    """
    store = open_store(url)
    raw = Raw(url)
    n_docs = store.count_documents()
    rng = random.Random(5)
    starts = [rng.randrange(max(1, n_docs - 60)) for _ in range(samples + 20)]
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    times = _interleaved(
        lambda seq: len(store.queue("ann", after_seq=seq, limit=50)),
        lambda seq: len(raw.execute(QUEUE_SQL + " WHERE d.seq > ? ORDER BY d.seq LIMIT 50", ("ann", seq)).fetchall()),
        starts,
        warmup=20,
    )
    store.conn.set_trace_callback(None)
    if any(re.search(r"\bOFFSET\b", sql, re.I) for sql in statements):
        raise SystemExit("the store's queue read a page with OFFSET")
    if offset:
        off = _interleaved(
            lambda seq: len(raw.execute(QUEUE_SQL + " ORDER BY d.seq LIMIT 50 OFFSET ?", ("ann", seq)).fetchall()),
            lambda seq: 0,
            starts,
            warmup=20,
        )
        times["offset"] = off["ours"]
    store.close()
    raw.close()
    return times


def bench_counters(url: str, samples: int) -> tuple[list[float], list[float]]:
    """CPU seconds for `status_counts` (all annotators, then one), and for the raw GROUP BY it replaces.

    Timed apart, not interleaved: a 60 ms scan between two 0.05 ms reads leaves the CPU's
    caches cold for the second, which would charge the counters for the scan's cost.
    """
    store = open_store(url)
    raw = Raw(url)
    group_by = "SELECT annotator, status, count(*) FROM doc_status GROUP BY annotator, status"
    cpu = time.process_time
    ours: list[float] = []
    for i in range(samples + 20):
        c0 = cpu()
        store.status_counts()
        store.status_counts("ann" if i % 2 else "bob")
        if i >= 20:
            ours.append(cpu() - c0)
    plain: list[float] = []
    for i in range(min(samples, 30) + 3):
        c0 = cpu()
        raw.execute(group_by).fetchall()
        if i >= 3:
            plain.append(cpu() - c0)
    counted = store.status_counts()
    grouped: dict[str, dict[str, int]] = {}
    for who, status, n in raw.execute(group_by):
        grouped.setdefault(who, {})[status] = n
    assert {w: c for w, c in counted.items() if not w.startswith("bench")} == {
        w: c for w, c in grouped.items() if not w.startswith("bench")
    }, "the counters disagree with the statuses"
    store.close()
    raw.close()
    return ours, plain


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
    parser.add_argument("--db", help="run on this database (built on first use, reused after); default: a temp folder")
    parser.add_argument("--docs", type=int)
    parser.add_argument("--units", type=int)
    parser.add_argument("--decisions", type=int)
    parser.add_argument("--scale", type=int, default=100_000, help="documents of the queue and counter corpus")
    parser.add_argument("--keep", type=Path, help=argparse.SUPPRESS)  # the old name of --db
    args = parser.parse_args()
    n_docs = args.docs or (1_000 if args.quick else 10_000)
    n_units = args.units or (100_000 if args.quick else 1_000_000)
    n_dec = args.decisions or (300 if args.quick else 2_000)
    with tempfile.TemporaryDirectory(prefix="bench_store_") as tmp_name:
        url = args.db or (str(args.keep) if args.keep else str(Path(tmp_name) / "corpus.db"))
        return run(url, n_docs, n_units, n_dec, args.scale, args.quick)


def run(url: str, n_docs: int, n_units: int, n_dec: int, scale: int, quick: bool) -> int:
    all_ok = True
    med = statistics.median
    t0 = time.perf_counter()
    if not _has_corpus(url):
        build_corpus(url, n_docs, n_units)
    built = time.perf_counter() - t0

    ours_d, raw_d = bench_decide(url, n_dec)
    print(f"one editor decision committed durably (WAL, synchronous=FULL), {n_dec:,} commits, ms")
    _head()
    _row("p50", med(ours_d), med(raw_d), None)
    all_ok &= _row("p99", _pct(ours_d, 0.99), _pct(raw_d, 0.99), 3.0)

    times, rows = bench_open(url, 500 if quick else 2_000)
    print(
        f"open one document: document + suggestions + annotator units ({rows} rows),"
        f" corpus {n_docs:,} docs / {n_units:,} units (built in {built:.1f} s), ms"
    )
    _head()
    all_ok &= _row("median CPU time", med(times["ours_cpu"]), med(times["raw_cpu"]), 2.0)
    _row(
        "total CPU time / documents",
        sum(times["ours_cpu"]) / len(times["ours_cpu"]),
        sum(times["raw_cpu"]) / len(times["raw_cpu"]),
        None,
    )
    _row("median wall", med(times["ours"]), med(times["raw"]), None)
    _row("p99 wall", _pct(times["ours"], 0.99), _pct(times["raw"], 0.99), None)

    small, large = _sibling(url, "counters-1k"), _sibling(url, f"scale-{scale}")
    for where, size, units in ((small, 1_000, 3_000), (large, scale, 3 * scale)):
        t0 = time.perf_counter()
        if not _has_corpus(where):
            build_corpus(where, size, units, chars=600, mine_share=0.0)
        add_statuses(where, size)
        print(f"  ({size:,}-document corpus ready in {time.perf_counter() - t0:.1f} s)")

    q = bench_queue(large, 300 if quick else 1_000, offset=True)
    print(f"one queue page of 50 at {scale:,} documents (ours also counts suggestions and decisions per row), ms")
    _head()
    _row("median wall", med(q["ours"]), med(q["raw"]), None)
    _row("p99 wall", _pct(q["ours"], 0.99), _pct(q["raw"], 0.99), None)
    _row("p99 CPU time", _pct(q["ours_cpu"], 0.99), _pct(q["raw_cpu"], 0.99), None)
    # On CPU time, as the open bench: on a shared machine the wall p99 is other processes' doing
    # (the raw page's wall p99 moves with it).
    all_ok &= _absolute("p99 CPU (target <= 5 ms, no OFFSET)", _pct(q["ours_cpu"], 0.99), 0.005)
    _row("raw OFFSET page p99, for scale", _pct(q["offset"], 0.99), _pct(q["raw"], 0.99), None)

    print("status counters (all annotators + one), CPU ms: constant time, 1,000 against 100,000 documents")
    counted = {}
    for label, where in (("1,000 docs", small), (f"{scale:,} docs", large)):
        ours_c, raw_c = bench_counters(where, 300)
        counted[label] = ours_c
        print(f"  {label:34}{med(ours_c) * 1e3:10.3f}{med(raw_c) * 1e3:10.3f}   (raw: the GROUP BY they replace)")
    (a, ours_small), (b, ours_large) = counted.items()
    all_ok &= _row(f"median at {b} / at {a}", med(ours_large), med(ours_small), 2.0)
    print("all targets met" if all_ok else "some targets MISSED")
    return 0 if all_ok else 1


def _head() -> None:
    print(f"  {'':34}{'ours':>10}{'raw':>10}{'ratio':>9}")


def _absolute(name: str, seconds: float, limit: float) -> bool:
    ok = seconds <= limit
    print(f"  {name:34}{seconds * 1e3:10.3f}{'':19}  {'ok' if ok else 'MISSED'}")
    return ok


if __name__ == "__main__":
    sys.exit(main())
