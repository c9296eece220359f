"""One annotator on two desks at once, moving documents' statuses both ways: nothing lost, no deadlock.

Each status move changes two counters; taken in opposite orders by two transactions they
deadlocked on PostgreSQL (SQLite's one write lock serialises them anyway). On both backends.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from annotator.core.models import Document
from annotator.store import open_store

FLIPPER = """
import sys
from annotator.store import open_store

target, doc, first, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
store = open_store(target)
other = {"done": "in_progress", "in_progress": "done"}
status = first
for _ in range(n):
    store.set_status(doc, "ann", status)  # StoreBusy here is an error a user would see
    status = other[status]
store.close()
"""


def test_one_annotator_on_two_desks_moving_statuses_both_ways(store_target: str | Path, tmp_path: Path) -> None:
    """Two desks of one annotator: one marks documents done while the other reopens them.
    Each move changes two counters; taken in opposite orders they deadlocked on PostgreSQL."""
    store = open_store(store_target)
    store.insert_documents([Document(id="d1", text="one"), Document(id="d2", text="two")])
    store.set_status("d1", "ann", "in_progress")
    store.set_status("d2", "ann", "done")
    store.close()
    script = tmp_path / "flip.py"
    script.write_text(FLIPPER)
    flips = 150
    procs = [
        subprocess.Popen(
            [sys.executable, str(script), str(store_target), doc, first, str(flips)], stderr=subprocess.PIPE
        )
        for doc, first in (("d1", "done"), ("d2", "in_progress"))
    ]
    errors = [p.communicate(timeout=300)[1].decode() for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errors
    store = open_store(store_target)
    try:
        final = {d: store.state(d, "ann").status for d in ("d1", "d2")}
        expected: dict[str, int] = {}
        for status in final.values():
            expected[status] = expected.get(status, 0) + 1
        assert store.status_counts("ann") == {"ann": expected}
    finally:
        store.close()
