"""The queue's status filter gives the same pages whether it walks the documents or starts
from a rare status's rows (the fast path for a status few documents hold)."""

from __future__ import annotations

import random

import pytest

from annotator.core.models import Document
from annotator.store import SqliteStore
from annotator.store.parts import documents as store_documents


def pages(store: SqliteStore, status: str, size: int) -> tuple[list[int], list[int]]:
    """Every matching seq, paged forward and then backward from the end."""
    forward: list[int] = []
    after = 0
    while page := store.queue("ann", status=status, after_seq=after, limit=size):  # type: ignore[arg-type]
        forward += [r.seq for r in page]
        after = page[-1].seq
    backward: list[int] = []
    before = after + 1
    while page := store.queue("ann", status=status, before_seq=before, limit=size):  # type: ignore[arg-type]
        backward = [r.seq for r in page] + backward
        before = page[0].seq
    return forward, backward


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_rare_status_pages_equal_the_walk(mem_store: SqliteStore, seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(seed)
    mem_store.insert_documents([Document(id=f"d{i:03d}", text=f"Article number {i}.") for i in range(200)])
    ids = [f"d{i:03d}" for i in range(200)]
    mem_store.import_statuses("ann", [(d, "skipped") for d in rng.sample(ids, 7)])
    mem_store.import_statuses("ann", [(d, "done") for d in rng.sample(ids, 60)])
    expected = {
        status: [mem_store.doc_seq(d) for d in ids if mem_store.state(d, "ann").status == status]
        for status in ("skipped", "done", "in_progress")
    }
    for share in (1, 10_000):  # 1: always walk; 10,000: always start from the statuses
        monkeypatch.setattr(store_documents, "RARE_STATUS_SHARE", share)
        for status, seqs in expected.items():
            forward, backward = pages(mem_store, status, size=3)
            assert forward == seqs and backward == seqs
