"""A team at once: 8 annotator processes on one corpus, each committing accepts, edits, undo and
redo while an export runs: no error reaches anyone, every decision is there, and each
annotator's undo stays their own. On SQLite (one file) and on PostgreSQL (one database)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from annotator.core.models import Document
from annotator.store import Layer, open_store

WORKER = """
import sys
from annotator.core.models import Decision, Entity, Unit
from annotator.store import Layer, open_store

target, who, n_docs, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
store = open_store(target)
mine = Layer.annotator_name(who)
for r in range(rounds):
    doc = f"doc{r % n_docs}"
    sugg = store.units(doc, "suggestions:m@1")[r % 3]
    accepted = sugg.model_copy(update={"id": None, "state": "accepted", "origin_id": sugg.id, "provenance": {"by": who}})
    (done,) = store.decide([Decision(doc_id=doc, annotator=who, action="accept", after=accepted.model_dump())])
    unit = store.unit(done.unit_id)
    edited = unit.model_copy(update={"body": unit.body.model_copy(update={"label": "ORG"}), "state": "edited"})
    store.decide([Decision(doc_id=doc, annotator=who, action="edit", unit_id=unit.id, before=unit.model_dump(), after=edited.model_dump())])
    assert store.undo(doc, who)  # the edit, mine: never another annotator's
    assert store.redo(doc, who)
    assert store.unit(unit.id).body.label == "ORG"
store.close()
"""

EXPORTER = """
import sys
from pathlib import Path
from annotator.export.runner import run_export
from annotator.store import open_store

target, out, n = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
store = open_store(target)
for i in range(n):
    run_export(store, fmt="jsonl", layer="all", out=out / f"x{i}.jsonl")
store.close()
"""

ANNOTATORS = ("ana", "ben", "cleo", "dev", "eve", "finn", "gus", "hana")
N_DOCS, ROUNDS = 10, 25  # 4 decisions a round: 100 per annotator, 800 in all


def test_eight_annotators_and_an_export_at_once(store_target: str | Path, tmp_path: Path) -> None:
    store = open_store(store_target)
    docs = [Document(id=f"doc{i}", text=f"Angela Merkel met Macron in Paris {i}.") for i in range(N_DOCS)]
    store.insert_documents(docs)
    from annotator.core.models import Entity, Unit

    for d in docs:
        spans = [(0, 13, "PERSON"), (18, 24, "PERSON"), (28, 33, "GPE")]
        store.add_units(
            "suggestions:m@1", [Unit(doc_id=d.id, body=Entity(start=s, end=e, label=x)) for s, e, x in spans]
        )
    store.close()
    worker, exporter = tmp_path / "worker.py", tmp_path / "exporter.py"
    worker.write_text(WORKER)
    exporter.write_text(EXPORTER)
    procs = [
        subprocess.Popen(
            [sys.executable, str(worker), str(store_target), who, str(N_DOCS), str(ROUNDS)], stderr=subprocess.PIPE
        )
        for who in ANNOTATORS
    ]
    procs.append(
        subprocess.Popen([sys.executable, str(exporter), str(store_target), str(tmp_path), "3"], stderr=subprocess.PIPE)
    )
    errors = [p.communicate(timeout=300)[1].decode() for p in procs]
    assert [p.returncode for p in procs] == [0] * len(procs), errors

    store = open_store(store_target)
    try:
        for who in ANNOTATORS:
            log = store.decisions(annotator=who)
            assert len(log) == 4 * ROUNDS
            units = [u for i in range(N_DOCS) for u in store.units(f"doc{i}", Layer.annotator_name(who))]
            assert len(units) == ROUNDS and {u.provenance["by"] for u in units} == {who}
            assert all(u.body.label == "ORG" for u in units)
    finally:
        store.close()


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
