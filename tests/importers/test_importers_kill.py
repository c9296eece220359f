"""kill -9 in the middle of a large import: the file is in the database whole or not at all.

The import commits in short pieces (store/staging.py), so a kill leaves the pieces already
committed on disk, hidden; the next open removes them, and users never see part of the file.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from annotator.store import open_store

DOCS = 1500
SPANS = 10
RUNS = 3


def _big_file(path: Path) -> None:
    rng = random.Random(3)
    with path.open("w", encoding="utf-8") as out:
        for i in range(DOCS):
            words = " ".join(rng.choice(["Moscow", "said", "the", "talks", "would", "resume"]) for _ in range(150))
            text = f"Putin met Trump in article {i}. {words}"
            entities = [{"start": 0, "end": 5, "text": "Putin", "label": "PERSON"}]
            entities += [{"start": 10, "end": 15, "text": "Trump", "label": "PERSON"}] * (SPANS - 1)
            out.write(json.dumps({"id": f"k{i}", "text": text, "entities": entities, "status": "done"}) + "\n")


def _counts(db: Path) -> tuple[str, int, int, int]:
    conn = sqlite3.connect(db)
    try:
        return (
            conn.execute("PRAGMA integrity_check").fetchone()[0],
            conn.execute("SELECT count(*) FROM documents").fetchone()[0],
            conn.execute("SELECT count(*) FROM units").fetchone()[0],
            conn.execute("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'resume'").fetchone()[0],
        )
    finally:
        conn.close()


def _wal_size(db: Path) -> int:
    try:
        return os.path.getsize(f"{db}-wal")
    except OSError:
        return 0


def test_sigkill_leaves_all_or_nothing(tmp_path: Path) -> None:
    source = tmp_path / "big.jsonl"
    _big_file(source)
    seed = tmp_path / "seed.db"
    store = open_store(seed)
    store.close()
    rng = random.Random(11)
    killed_mid_write = 0
    env = {**os.environ, "ANNOTATOR_SETTINGS": str(tmp_path / "settings.json")}
    for run in range(RUNS):
        db = tmp_path / f"run{run}.db"
        shutil.copy(seed, db)
        start_wal = _wal_size(db)
        proc = subprocess.Popen(
            [sys.executable, "-m", "annotator", "--db", str(db), "import", str(source), "--annotator", "k"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while proc.poll() is None and _wal_size(db) < start_wal + 256 * 1024 and time.monotonic() < deadline:
            time.sleep(0.01)  # wait until the transaction is spilling pages into the WAL
        time.sleep(rng.uniform(0.0, 0.4))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed_mid_write += 1
        proc.wait(timeout=60)
        assert _counts(db)[0] == "ok"
        store = open_store(db)  # the next open: an import whose process is gone is removed
        try:
            shown = store.count_documents()
            listed = len(store.queue("k", limit=DOCS + 1))
            counts = store.status_counts("k").get("k", {})
        finally:
            store.close()
        ok, docs, units, indexed = _counts(db)
        assert ok == "ok"
        assert (docs, units, indexed) in {(0, 0, 0), (DOCS, DOCS * SPANS, DOCS)}
        assert shown == listed == docs
        assert counts == ({"done": DOCS} if docs else {})  # counters never count a removed import
    assert killed_mid_write >= 1  # the point of the test: at least one kill landed mid-import
