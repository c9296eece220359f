"""The queue: paging both ways by last-seen key, filters, full-text search, next and previous."""

from __future__ import annotations

import pytest
from store_helpers import add, doc, entity

from annotator.core.models import Document
from annotator.store import SqliteStore

TITLES = ["Merkel visits Paris", "Floods in Bavaria", 'C++ conference: "NEAR" AND more', "Café Zoë reopens"]


@pytest.fixture
def store(file_store: SqliteStore) -> SqliteStore:
    file_store.insert_documents(
        [doc(i, text=f"{TITLES[i % 4]}. Emmanuel reports, number {i}.", title=TITLES[i % 4]) for i in range(12)]
    )
    return file_store


def _ids(rows: list) -> list[str]:
    return [r.id for r in rows]


def test_paging_forward_and_backward_by_last_seen_key(store: SqliteStore) -> None:
    page1 = store.queue("ann", limit=5)
    assert _ids(page1) == [f"doc-{i:03d}" for i in range(5)]
    page2 = store.queue("ann", after_seq=page1[-1].seq, limit=5)
    assert _ids(page2) == [f"doc-{i:03d}" for i in range(5, 10)]
    page3 = store.queue("ann", after_seq=page2[-1].seq, limit=5)
    assert _ids(page3) == ["doc-010", "doc-011"]
    assert store.queue("ann", after_seq=page3[-1].seq, limit=5) == []
    back = store.queue("ann", before_seq=page3[0].seq, limit=5)
    assert _ids(back) == _ids(page2)  # backward pages come back in queue order
    assert _ids(store.queue("ann", before_seq=back[0].seq, limit=5)) == _ids(page1)
    assert store.queue("ann", before_seq=page1[0].seq, limit=5) == []


def test_rows_carry_status_flag_and_counts(store: SqliteStore) -> None:
    store.add_units("suggestions:m@1", [entity("doc-001", 0, 13), entity("doc-001", 37, 42, "GPE")])
    unseen = store.queue("ann", limit=2)[1]
    assert (unseen.suggested, unseen.suggestions) == (False, 0)  # no model has marked it done yet
    store.mark_layer_done("suggestions:m@1", ["doc-001"])  # as `suggest` does: the count is kept then
    add(store, entity("doc-001", 0, 13, state="accepted"))
    store.set_status("doc-001", "ann", "in_progress", flagged=True)
    row = store.queue("ann", limit=2)[1]
    assert (row.id, row.title, row.status, row.flagged, row.suggestions, row.decisions) == (
        "doc-001",
        "Floods in Bavaria",
        "in_progress",
        True,
        2,
        2,
    )
    assert row.length == len(store.document("doc-001").text)
    other = store.queue("bob", limit=2)[1]
    assert (other.status, other.flagged, other.decisions) == ("todo", False, 0)


@pytest.mark.parametrize("walk", [None, 4, 500])
def test_todo_pages_carry_flags_and_counts_however_they_walk(store: SqliteStore, walk: int | None) -> None:
    """A todo page reads my other statuses by range where the engine merges (PostgreSQL with a
    bounded walk), row by row elsewhere: the rows, flags and counts are the same either way."""
    store.set_status("doc-001", "ann", "todo", flagged=True)  # an explicit todo, flagged
    store.set_status("doc-002", "ann", "done")
    store.set_status("doc-003", "bob", "done")  # someone else's: still todo for ann
    store.add_units("suggestions:m@1", [entity("doc-001", 0, 13)])
    store.mark_layer_done("suggestions:m@1", ["doc-001"])
    rows, after = [], 0
    while True:
        page = store.queue("ann", after_seq=after, limit=3, status="todo", walk=walk)
        rows += page
        if page.walked_to is None and len(page) < 3:
            break
        after = page.walked_to if page.walked_to is not None else page[-1].seq
    assert _ids(rows) == [f"doc-{i:03d}" for i in range(12) if i != 2]
    first = rows[1]
    assert (first.id, first.status, first.flagged, first.suggested, first.suggestions) == (
        "doc-001",
        "todo",
        True,
        True,
        1,
    )
    assert not any(r.flagged for r in rows if r.id != "doc-001")
    back = store.queue("ann", before_seq=rows[-1].seq + 1, limit=20, status="todo", walk=walk)
    assert _ids(back)[-3:] == ["doc-009", "doc-010", "doc-011"]


def test_status_and_assignment_filters(store: SqliteStore) -> None:
    store.set_status("doc-002", "ann", "done")
    store.set_status("doc-005", "ann", "skipped")
    assert _ids(store.queue("ann", status="done")) == ["doc-002"]
    assert _ids(store.queue("ann", status="skipped")) == ["doc-005"]
    assert len(store.queue("ann", status="todo")) == 10
    store.assign([("doc-003", "ann"), ("doc-007", "ann")])
    assert _ids(store.queue("ann", assigned_only=True)) == ["doc-003", "doc-007"]
    assert store.queue("bob", assigned_only=True) == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("merkel paris", ["doc-000", "doc-004", "doc-008"]),  # words are ANDed, case-insensitive
        ("Bavaria", ["doc-001", "doc-005", "doc-009"]),
        ("Baver*", []),
        ("Bava*", ["doc-001", "doc-005", "doc-009"]),  # a trailing * is a prefix search
        ("Zoë", ["doc-003", "doc-007", "doc-011"]),
        ('"NEAR" AND', ["doc-002", "doc-006", "doc-010"]),  # FTS5 keywords are plain words here
        ("C++ conference:", ["doc-002", "doc-006", "doc-010"]),
        ("NEAR(merkel", []),
        ("title:merkel", []),
        ("-merkel", ["doc-000", "doc-004", "doc-008"]),
        ("merkel OR floods", []),
        ('"', []),
        ("*", []),
        ("(", []),
        ("   ", [f"doc-{i:03d}" for i in range(12)]),  # blank is no filter, not an FTS syntax error
        ("", [f"doc-{i:03d}" for i in range(12)]),
    ],
)
def test_search_treats_user_input_as_words(store: SqliteStore, query: str, expected: list[str]) -> None:
    assert _ids(store.queue("ann", query=query, limit=50)) == expected


def test_search_reaches_the_body_and_pages(store: SqliteStore) -> None:
    store.insert_documents([Document(id="late", title="Late", text="An unusual word: zeitgeistig.")])
    assert _ids(store.queue("ann", query="zeitgeistig")) == ["late"]
    first = store.queue("ann", query="Emmanuel", limit=4)
    assert len(first) == 4
    rest = store.queue("ann", query="Emmanuel", after_seq=first[-1].seq, limit=50)
    assert len(first) + len(rest) == 12
    assert _ids(store.queue("ann", query="Emmanuel", before_seq=rest[0].seq, limit=4)) == _ids(first)


def test_neighbour_and_next_undone(store: SqliteStore) -> None:
    assert store.neighbour("doc-003", "ann", +1) == "doc-004"
    assert store.neighbour("doc-003", "ann", -1) == "doc-002"
    assert store.neighbour("doc-000", "ann", -1) is None
    assert store.neighbour("doc-011", "ann", +1) is None
    for i in (4, 5):
        store.set_status(f"doc-{i:03d}", "ann", "done")
    store.set_status("doc-006", "ann", "skipped")
    store.set_status("doc-007", "ann", "in_progress")
    assert store.neighbour("doc-003", "ann", +1, undone_only=True) == "doc-007"
    assert store.neighbour("doc-008", "ann", -1, undone_only=True) == "doc-007"
    assert store.neighbour("doc-003", "bob", +1, undone_only=True) == "doc-004"  # per annotator
    assert store.first_undone("ann") == "doc-000"
    for i in range(4):
        store.set_status(f"doc-{i:03d}", "ann", "done")
    assert store.first_undone("ann") == "doc-007"


def test_neighbour_keeps_to_assigned_documents_once_there_are_any(store: SqliteStore) -> None:
    store.assign([("doc-002", "ann"), ("doc-009", "ann")])
    assert store.neighbour("doc-002", "ann", +1) == "doc-009"
    assert store.neighbour("doc-009", "ann", -1) == "doc-002"
    assert store.first_undone("ann") == "doc-002"
    assert store.neighbour("doc-002", "bob", +1) == "doc-003"  # bob has no assignments
