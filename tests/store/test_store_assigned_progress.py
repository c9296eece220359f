"""store.assigned_progress: the queue's progress bar when work is assigned."""

from __future__ import annotations

from annotator.core.models import Document
from annotator.store import SqliteStore


def test_counts_assigned_and_done_for_one_annotator(mem_store: SqliteStore) -> None:
    mem_store.insert_documents([Document(id=f"d{i}", text=f"text {i}") for i in range(5)])
    assert mem_store.assigned_progress("alice") == (0, 0)
    mem_store.assign([("d0", "alice"), ("d1", "alice"), ("d2", "alice"), ("d3", "bob")])
    mem_store.set_status("d1", "alice", "done")
    mem_store.set_status("d2", "alice", "skipped")
    mem_store.set_status("d3", "alice", "done")  # done, but not assigned to alice
    mem_store.set_status("d0", "bob", "done")  # assigned to alice, done by someone else
    assert mem_store.assigned_progress("alice") == (3, 1)
    assert mem_store.assigned_progress("bob") == (1, 0)
