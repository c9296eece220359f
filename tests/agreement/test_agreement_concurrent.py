"""Several annotators in their own processes deciding on one corpus.db at once: nothing lost, nothing overwritten."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from annotator.adjudicate import Adjudication
from annotator.core.models import Document
from annotator.store import Layer, open_store

WORKER = """
import sys
from annotator.core.models import Decision, Entity, Unit
from annotator.store import open_store

db, who, n_docs, per_doc, label = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
store = open_store(db)
for round_ in range(per_doc):
    for i in range(n_docs):
        doc = f"doc{i}"
        # everyone marks the same first span alike (all agree on it); the rest each with their own label
        start = 10 * round_
        unit = Unit(doc_id=doc, body=Entity(start=start, end=start + 4, label="ORG" if round_ == 0 else label), state="added",
                    provenance={"by": who})
        store.decide([Decision(doc_id=doc, annotator=who, action="add", after=unit.model_dump())])
    store.set_status(f"doc{round_ % n_docs}", who, "in_progress")
store.close()
"""

ANNOTATORS = ("ana", "ben", "cleo", "dev", "eve", "finn", "gus", "hana")  # eight writer processes at once
LABELS = ("ORG", "GPE", "PERSON", "LOC") * 2
N_DOCS, PER_DOC = 6, 5


def test_annotators_in_parallel_processes_lose_nothing(tmp_path: Path) -> None:
    db = tmp_path / "corpus.db"
    store = open_store(db)
    store.insert_documents([Document(id=f"doc{i}", text=f"text {i} " + "word " * 20) for i in range(N_DOCS)])
    store.close()
    script = tmp_path / "worker.py"
    script.write_text(WORKER)
    procs = [
        subprocess.Popen(
            [sys.executable, str(script), str(db), who, str(N_DOCS), str(PER_DOC), label], stderr=subprocess.PIPE
        )
        for who, label in zip(ANNOTATORS, LABELS)
    ]
    errors = [p.communicate(timeout=120)[1].decode() for p in procs]
    assert [p.returncode for p in procs] == [0] * len(ANNOTATORS), errors

    store = open_store(db)
    for who in ANNOTATORS:
        log = [d for d in store.decisions(annotator=who) if d.action == "add"]
        assert len(log) == N_DOCS * PER_DOC
        for i in range(N_DOCS):
            units = store.units(f"doc{i}", Layer.annotator_name(who))
            assert sorted(u.body.start for u in units) == [0, 10, 20, 30, 40]
            assert {u.provenance["by"] for u in units} == {who}  # nobody's unit landed in another's layer
    ids = [d.unit_id for d in store.decisions() if d.action == "add"]
    assert len(ids) == len(set(ids)) == len(ANNOTATORS) * N_DOCS * PER_DOC
    # the first span, marked alike by all eight, goes to gold once per document; the rest are label conflicts
    for who in ANNOTATORS:
        for i in range(N_DOCS):
            store.set_status(f"doc{i}", who, "done")  # only finished work is compared
    adj = Adjudication(store, "judge")
    assert adj.accept_all_agreed() == N_DOCS
    assert [(d.conflicts, d.left) for d in adj.documents()] == [(PER_DOC - 1, PER_DOC - 1)] * N_DOCS
    store.close()
