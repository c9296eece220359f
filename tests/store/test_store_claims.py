"""Claims: desks asking for work at once each get a different open slot, and none is lost. Both backends.

The concurrent test runs 8 processes (4 annotators, each on two desks, the hard case: the
same person must never hold two slots of one document) claiming one document at a time until
nothing is left. On PostgreSQL the claim reads with `FOR UPDATE SKIP LOCKED`; without it two
desks read the same open slot and both are told they have it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from annotator.core.models import Document
from annotator.store import open_store

CLAIMER = """
import json, sys
from annotator.store import open_store

target, who = sys.argv[1], sys.argv[2]
store = open_store(target)
got = []
while True:
    claimed = store.claim(who)  # StoreBusy here is an error a user would see
    if not claimed:
        break
    got += claimed
store.close()
print(json.dumps(got))
"""


def _corpus(target: str | Path, n: int) -> None:
    store = open_store(target)
    store.insert_documents([Document(id=f"d{i:03d}", text=f"Article {i}.") for i in range(n)])
    store.close()


def test_claims_hand_out_open_slots_in_corpus_order(file_store) -> None:
    store = file_store
    store.insert_documents([Document(id=f"d{i}", text=f"text {i}") for i in range(4)])
    store.assign([("d0", "ana"), ("d0", "bob")])  # d0 is fully assigned up front
    assert not store.claims_open()
    assert store.open_claims(2) == 6  # d1..d3 need two each; d0 none
    assert store.open_claims(2) == 0  # run again: nothing new to open
    assert store.claim("ana", 2) == ["d1", "d2"]
    assert store.claim("cleo") == ["d1"]  # the second slot of d1, to a different person
    assert store.claim("ana", 5) == ["d3"]  # ana holds d1, d2 already; d0 was never open
    assert store.claim_counts() == {"open": 2, "claimed": 4}
    assert ("d1", "cleo") in store.assignments()  # a claim is an assignment: the queue follows it


def test_next_work_claims_only_when_nothing_of_mine_is_left(file_store) -> None:
    store = file_store
    store.insert_documents([Document(id=f"d{i}", text=f"text {i}") for i in range(3)])
    assert store.next_work("ana") == "d0"  # not open for claims: the whole corpus is everyone's
    store.open_claims(1)
    first = store.next_work("ana")
    assert first == "d0" and store.assignments("ana") == [("d0", "ana")]
    assert store.next_work("ana") == "d0"  # still undone: no second claim
    store.set_status("d0", "ana", "done")
    assert store.next_work("ana", "d0") == "d1"
    assert store.neighbour("d1", "ana", +1) is None  # d2 is not mine to open until I claim it
    assert store.holds("d1", "ana") and not store.holds("d2", "ana")
    store.set_status("d1", "ana", "done")
    assert store.next_work("bob") == "d2"
    assert store.next_work("ana", "d1") is None  # every slot taken


def test_place_in_list_counts_among_my_articles(file_store) -> None:
    store = file_store
    store.insert_documents([Document(id=f"d{i}", text=f"text {i}") for i in range(5)])
    assert not store.works_from_list("ana") and store.place_in_list("d2", "ana") is None  # the corpus is hers
    store.assign([("d3", "ana")])  # assigned up front: a list of one
    assert store.works_from_list("ana") and not store.works_from_list("bob")
    assert store.place_in_list("d3", "ana") == (1, 1)
    store.open_claims(1)
    assert store.works_from_list("bob")  # a claims corpus: everyone works from their claims
    assert store.place_in_list("d0", "bob") == (None, 0)
    assert store.claim("ana", 2) == ["d0", "d1"]
    assert [store.place_in_list(d, "ana") for d in ("d0", "d1", "d3")] == [(1, 3), (2, 3), (3, 3)]
    assert store.place_in_list("d2", "ana") == (None, 3)  # not hers: no place, her count still
    import_id = store.begin_import()  # an unfinished import's documents are no one's yet
    store.insert_documents([Document(id="late", text="late text")])
    store.assign([("late", "ana")])
    assert store.place_in_list("d3", "ana") == (3, 3)
    store.complete_import(import_id)
    assert store.place_in_list("late", "ana") == (4, 4)


def test_open_claims_refuses_zero() -> None:
    store = open_store(None)
    with pytest.raises(ValueError, match="at least one"):
        store.open_claims(0)
    store.close()


def test_eight_desks_claiming_at_once_never_share_a_slot(store_target: str | Path, tmp_path: Path) -> None:
    n_docs, overlap = 60, 2
    _corpus(store_target, n_docs)
    store = open_store(store_target)
    assert store.open_claims(overlap) == n_docs * overlap
    store.close()
    script = tmp_path / "claim.py"
    script.write_text(CLAIMER)
    desks = [who for who in ("ana", "bob", "cleo", "dan") for _ in range(2)]
    procs = [
        subprocess.Popen(
            [sys.executable, str(script), str(store_target), who], stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        for who in desks
    ]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0] * len(procs), [err.decode() for _, err in outs]
    told = [(doc, who) for who, (out, _) in zip(desks, outs, strict=True) for doc in json.loads(out)]
    # No slot given twice: no person told twice of one document, no document to more than `overlap`.
    assert len(told) == len(set(told)), Counter(told).most_common(3)
    per_doc = Counter(doc for doc, _ in told)
    assert set(per_doc.values()) == {overlap} and len(per_doc) == n_docs
    store = open_store(store_target)
    try:
        # None lost: what the desks were told is exactly what the database holds.
        held = {
            (doc, who)
            for doc, who in store.conn.execute("SELECT doc_id, annotator FROM claim_slots WHERE annotator IS NOT NULL")
        }
        assert held == set(told)
        assert set(store.assignments()) == set(told)
        assert store.claim_counts() == {"open": 0, "claimed": n_docs * overlap}
    finally:
        store.close()
