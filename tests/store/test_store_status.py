"""Per (document, annotator) status, flag and note; the counters; cursor, focus and assignments."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from store_helpers import add, doc, entity

from annotator.core.models import DOC_STATUSES
from annotator.store import SqliteStore, UnknownDocumentError, open_store


@pytest.fixture
def store(file_store: SqliteStore) -> SqliteStore:
    file_store.insert_documents([doc(i) for i in range(4)])
    return file_store


def _true_counts(store: SqliteStore) -> dict[str, dict[str, int]]:
    """What the counters must equal: a GROUP BY over the rows (too slow at 1M rows to run live)."""
    out: dict[str, dict[str, int]] = {}
    for who, status, n in store.conn.execute(
        "SELECT annotator, status, count(*) FROM doc_status GROUP BY annotator, status"
    ):
        out.setdefault(who, {})[status] = n
    return out


def test_status_flag_and_note_round_trip(store: SqliteStore) -> None:
    assert store.state("doc-000", "ann").model_dump() == {
        "doc_id": "doc-000",
        "annotator": "ann",
        "status": "todo",
        "flagged": False,
        "note": "",
        "focus": None,
    }
    store.set_status("doc-000", "ann", "skipped", flagged=True, note="paywalled, only a teaser")
    state = store.state("doc-000", "ann")
    assert (state.status, state.flagged, state.note) == ("skipped", True, "paywalled, only a teaser")
    store.set_status("doc-000", "ann", "done")  # flag and note are kept unless given
    state = store.state("doc-000", "ann")
    assert (state.status, state.flagged, state.note) == ("done", True, "paywalled, only a teaser")
    store.set_status("doc-000", "ann", "done", flagged=False, note="")
    assert store.state("doc-000", "ann").flagged is False and store.state("doc-000", "ann").note == ""
    assert store.state("doc-000", "bob").status == "todo"  # per annotator


def test_status_of_an_unknown_document_is_refused(store: SqliteStore) -> None:
    with pytest.raises(UnknownDocumentError):
        store.set_status("nope", "ann", "done")
    assert store.status_counts() == {}


def test_first_status_change_does_not_count_a_todo_away(store: SqliteStore) -> None:
    """Regression: a first set_status decremented 'todo' from 0 to -1, hiding a later real todo."""
    store.set_status("doc-000", "ann", "done")
    store.set_status("doc-001", "ann", "todo")
    assert store.status_counts() == {"ann": {"done": 1, "todo": 1}}
    assert store.status_counts("ann") == _true_counts(store)


def test_a_first_decision_moves_todo_to_in_progress_once(store: SqliteStore) -> None:
    add(store, entity("doc-000", 0, 13, state="added"))
    assert store.state("doc-000", "ann").status == "in_progress"
    add(store, entity("doc-000", 37, 42, "GPE", state="added"))
    store.set_status("doc-001", "ann", "todo")
    add(store, entity("doc-001", 0, 13, state="added"))
    store.set_status("doc-002", "ann", "done")
    add(store, entity("doc-002", 0, 13, state="added"))  # done stays done
    assert store.state("doc-002", "ann").status == "done"
    assert store.status_counts() == {"ann": {"in_progress": 2, "done": 1}} == _true_counts(store)


_ops = st.lists(
    st.tuples(
        st.sampled_from(["status", "decide", "flag"]),
        st.integers(0, 3),
        st.sampled_from(["ann", "bob"]),
        st.sampled_from(DOC_STATUSES),
    ),
    max_size=25,
)


@settings(max_examples=25, deadline=None)
@given(ops=_ops)
def test_counters_always_equal_the_rows(ops: list[tuple[str, int, str, str]]) -> None:
    store = open_store(None)
    try:
        store.insert_documents([doc(i) for i in range(4)])
        for op, i, who, status in ops:
            doc_id = f"doc-{i:03d}"
            if op == "status":
                store.set_status(doc_id, who, status)
            elif op == "flag":
                store.set_status(doc_id, who, store.state(doc_id, who).status, flagged=True)
            else:
                add(store, entity(doc_id, 0, 13, state="added"), annotator=who)
        assert store.status_counts() == _true_counts(store)
        per_doc = Counter(store.state(f"doc-{i:03d}", "ann").status for i in range(4))
        counted = store.status_counts("ann").get("ann", {})
        assert all(counted.get(s, 0) == per_doc[s] for s in ("in_progress", "done", "skipped"))
    finally:
        store.close()


def test_cursor_and_focus_survive_a_restart(store_target: str | Path, store: SqliteStore) -> None:
    assert store.cursor("ann") == (None, None)
    unit_id = add(store, entity("doc-001", 0, 13, state="added")).unit_id
    store.set_focus("doc-001", "ann", unit_id)
    store.set_focus("doc-002", "bob", None)
    store.close()
    again = open_store(store_target)
    try:
        assert again.cursor("ann") == ("doc-001", unit_id)
        assert again.cursor("bob") == ("doc-002", None)
        assert again.state("doc-001", "ann").focus == unit_id  # resume inside the document too
        again.set_focus("doc-003", "ann", None)
        assert again.cursor("ann") == ("doc-003", None)
        assert again.state("doc-001", "ann").focus == unit_id  # each document keeps its own
    finally:
        again.close()


def test_status_change_keeps_the_focus(store: SqliteStore) -> None:
    unit_id = add(store, entity("doc-001", 0, 13, state="added")).unit_id
    store.set_focus("doc-001", "ann", unit_id)
    store.set_status("doc-001", "ann", "done")
    assert store.state("doc-001", "ann").focus == unit_id


def test_assignments(store: SqliteStore) -> None:
    assert store.assign([("doc-000", "ann"), ("doc-001", "ann"), ("doc-001", "bob")]) == 3
    assert store.assign([("doc-000", "ann"), ("doc-002", "bob")]) == 1  # repeats are ignored
    assert store.assignments("ann") == [("doc-000", "ann"), ("doc-001", "ann")]
    assert store.assignments() == [("doc-000", "ann"), ("doc-001", "ann"), ("doc-001", "bob"), ("doc-002", "bob")]
    assert store.annotators() == ["ann", "bob"]
