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


def test_two_desks_of_one_annotator_undoing_at_once_log_one_undo(store_target: str | Path) -> None:
    """Desk 1 undoes the last action and has not committed yet when desk 2 asks to undo too.
    Desk 2 must wait and then find nothing left to undo; reading the log before desk 1's undo
    committed, it undid the same action again and logged a second undo of it."""
    import threading
    import time

    from store_helpers import add, entity

    first = open_store(store_target)
    first.insert_documents([Document(id="d1", text="Angela Merkel met Emmanuel Macron.")])
    add(first, entity("d1", 0, 13, state="added"))
    answers: list[list] = []

    def desk_two() -> None:  # its own connection, in its own thread (SQLite's belong to theirs)
        second = open_store(store_target)
        answers.append(second.undo("d1", "ann"))
        second.close()

    try:
        with first.transaction():
            assert len(first.undo("d1", "ann")) == 1
            other = threading.Thread(target=desk_two)
            other.start()
            time.sleep(1.0)  # desk 2 is inside its undo now, waiting or (before the lock) done reading
        other.join(timeout=60)
        assert answers == [[]], "desk 2 undid an action desk 1 had just undone"
        undos = [d for d in first.decisions("d1", "ann") if d.action == "undo"]
        assert len(undos) == 1
    finally:
        first.close()


def test_two_first_decisions_on_one_document_at_once_count_it_once(store_target: str | Path) -> None:
    """Neither desk has a status row for the document yet; desk 1's first decision has not
    committed when desk 2 makes its own. Both saw no row and both counted the document as in
    progress: the counters said 2 where one document was."""
    import threading
    import time

    from store_helpers import add, entity

    first = open_store(store_target)
    text = "Angela Merkel met Emmanuel Macron."
    first.insert_documents([Document(id="d0", text=text + " Again."), Document(id="d1", text=text)])
    add(first, entity("d0", 0, 13, state="added"))  # the layer is there: desk 2 does not wait to create it
    errors: list[BaseException] = []

    def desk_two() -> None:
        second = open_store(store_target)
        try:
            add(second, entity("d1", 18, 33, state="added"))
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)
        second.close()

    try:
        with first.transaction():
            add(first, entity("d1", 0, 13, state="added"))
            other = threading.Thread(target=desk_two)
            other.start()
            time.sleep(1.0)
        other.join(timeout=60)
        assert errors == []
        assert first.status_counts("ann") == {"ann": {"in_progress": 2}}  # d0 and d1
        assert len(first.units("d1", "annotator:ann")) == 2
    finally:
        first.close()
