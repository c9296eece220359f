"""The decision log: editor actions, undo and redo (also after a restart), and what is refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_helpers import accept, add, delete, doc, dump, edit, entity, event, spans

from annotator.core.models import Decision
from annotator.store import GOLD, SqliteStore, open_store

MINE = "annotator:ann"
SUGG = "suggestions:m@1"


@pytest.fixture
def store(file_store: SqliteStore) -> SqliteStore:
    file_store.insert_documents([doc(i) for i in range(3)])
    return file_store


def _mine(store: SqliteStore, doc_id: str = "doc-000") -> list[tuple[str, int, int, str]]:
    return spans(store.units(doc_id, MINE))


def test_add_edit_delete_change_the_layer_and_are_logged(store: SqliteStore) -> None:
    added = add(store, entity("doc-000", 0, 13, state="added"))
    assert added.id is not None and added.unit_id is not None
    assert added.after is not None and added.after["id"] == added.unit_id
    unit = store.unit(added.unit_id)
    edited = edit(store, unit, start=7, label="ORG")
    assert edited.unit_id == unit.id and edited.before["id"] == edited.after["id"] == unit.id
    assert _mine(store) == [("entity", 7, 13, "ORG")]
    assert store.unit(unit.id).state == "edited"
    delete(store, store.unit(unit.id))
    assert _mine(store) == []
    log = store.decisions("doc-000", "ann")
    assert [d.action for d in log] == ["add", "edit", "delete"]
    assert log[2].before["body"]["label"] == "ORG" and log[2].after is None
    assert [d.id for d in store.decisions(annotator="ann")] == [d.id for d in log]
    assert store.decisions("doc-001") == []


def test_undo_and_redo_walk_the_stack(store: SqliteStore) -> None:
    unit = store.unit(add(store, entity("doc-000", 0, 13, state="added")).unit_id)
    edit(store, unit, label="ORG")
    add(store, event("doc-000", state="added"))
    assert len(_mine(store)) == 2
    assert [d.action for d in store.undo("doc-000", "ann")] == ["undo"]
    assert _mine(store) == [("entity", 0, 13, "ORG")]
    store.undo("doc-000", "ann")
    assert _mine(store) == [("entity", 0, 13, "PERSON")]
    store.undo("doc-000", "ann")
    assert _mine(store) == []
    assert store.undo("doc-000", "ann") == []  # nothing left
    redone = store.redo("doc-000", "ann")
    assert [d.action for d in redone] == ["redo"] and redone[0].unit_id == unit.id  # same id back
    assert _mine(store) == [("entity", 0, 13, "PERSON")]
    store.redo("doc-000", "ann")
    store.redo("doc-000", "ann")
    assert _mine(store) == [("entity", 0, 13, "ORG"), ("event", 90, 98, "Justice.Arrest-Jail")]
    assert store.redo("doc-000", "ann") == []
    assert [d.action for d in store.decisions("doc-000", "ann")] == ["add", "edit", "add"] + ["undo"] * 3 + ["redo"] * 3


def test_a_new_action_clears_the_redo_stack(store: SqliteStore) -> None:
    add(store, entity("doc-000", 0, 13, state="added"))
    store.undo("doc-000", "ann")
    add(store, entity("doc-000", 37, 42, "GPE", state="added"))
    assert store.redo("doc-000", "ann") == []
    assert _mine(store) == [("entity", 37, 42, "GPE")]


def test_undo_and_redo_survive_a_restart(store_target: str | Path, store: SqliteStore) -> None:
    unit = store.unit(add(store, entity("doc-000", 0, 13, state="added")).unit_id)
    edit(store, unit, label="ORG")
    store.undo("doc-000", "ann")
    store.close()
    again = open_store(store_target)
    try:
        assert _mine(again) == [("entity", 0, 13, "PERSON")]
        again.redo("doc-000", "ann")
        assert _mine(again) == [("entity", 0, 13, "ORG")]
        again.undo("doc-000", "ann")
        again.undo("doc-000", "ann")
        assert _mine(again) == []
        again.close()
        third = open_store(store_target)
        third.redo("doc-000", "ann")
        assert _mine(third) == [("entity", 0, 13, "PERSON")]
        third.close()
    finally:
        again.close()


def test_undo_is_per_document_and_per_annotator(store: SqliteStore) -> None:
    add(store, entity("doc-000", 0, 13, state="added"), annotator="ann")
    add(store, entity("doc-001", 0, 13, state="added"), annotator="ann")
    add(store, entity("doc-000", 0, 6, state="added"), annotator="bob")
    store.undo("doc-000", "ann")
    assert _mine(store, "doc-000") == [] and len(_mine(store, "doc-001")) == 1
    assert len(store.units("doc-000", "annotator:bob")) == 1


def test_a_reused_unit_id_cannot_break_redo(store: SqliteStore) -> None:
    """Regression: the id of an undone add went to the next add elsewhere; redo then failed (UNIQUE)."""
    first = add(store, entity("doc-000", 0, 13, state="added"))
    store.undo("doc-000", "ann")
    other = add(store, entity("doc-001", 0, 13, state="added"))
    assert other.unit_id != first.unit_id
    assert store.redo("doc-000", "ann")[0].unit_id == first.unit_id
    assert len(_mine(store, "doc-000")) == 1 and len(_mine(store, "doc-001")) == 1


def test_undo_of_a_delete_restores_the_unit_under_its_id(store: SqliteStore) -> None:
    unit = store.unit(add(store, entity("doc-000", 0, 13, state="added")).unit_id)
    add(store, entity("doc-001", 0, 13, state="added"))
    # The caller's dump may lack the id (it passes unit_id); the log must still restore it.
    before = {k: v for k, v in dump(unit).items() if k != "id"}
    store.decide([Decision(doc_id="doc-000", annotator="ann", action="delete", unit_id=unit.id, before=before)])
    assert _mine(store) == []
    store.undo("doc-000", "ann")
    assert [u.id for u in store.units("doc-000", MINE)] == [unit.id]
    store.redo("doc-000", "ann")
    assert _mine(store) == []


def test_one_action_of_several_decisions_is_undone_as_one(store: SqliteStore) -> None:
    a = store.unit(add(store, entity("doc-000", 0, 13, state="added")).unit_id)
    b = store.unit(add(store, entity("doc-000", 18, 33, state="added")).unit_id)
    # Merge two entities into one: two deletes and an add, one editor action.
    merged = entity("doc-000", 0, 33, state="added")
    logged = store.decide(
        [
            Decision(doc_id="doc-000", annotator="ann", action="delete", unit_id=a.id, before=dump(a)),
            Decision(doc_id="doc-000", annotator="ann", action="delete", unit_id=b.id, before=dump(b)),
            Decision(doc_id="doc-000", annotator="ann", action="add", after=dump(merged)),
        ]
    )
    assert len(logged) == 3
    assert _mine(store) == [("entity", 0, 33, "PERSON")]
    assert len(store.undo("doc-000", "ann")) == 3
    assert _mine(store) == [("entity", 0, 13, "PERSON"), ("entity", 18, 33, "PERSON")]
    assert sorted(u.id for u in store.units("doc-000", MINE)) == sorted([a.id, b.id])
    store.redo("doc-000", "ann")
    assert _mine(store) == [("entity", 0, 33, "PERSON")]


def test_accept_keeps_the_suggestion_and_points_at_it(store: SqliteStore) -> None:
    (sid,) = store.add_units(SUGG, [entity("doc-000", 0, 13, source="ner", score=0.9)])
    accepted = accept(store, store.unit(sid))
    mine = store.unit(accepted.unit_id)
    assert (mine.origin_id, mine.state, mine.source, mine.score) == (sid, "accepted", "ner", 0.9)
    store.undo("doc-000", "ann")
    assert _mine(store) == [] and store.unit(sid) is not None


def test_an_edit_or_delete_outside_the_annotators_layer_is_refused(store: SqliteStore) -> None:
    (sid,) = store.add_units(SUGG, [entity("doc-000", 0, 13)])
    suggestion = store.unit(sid)
    with pytest.raises(ValueError, match="no unit"):
        delete(store, suggestion)  # suggestions are the model's; the editor's layer is separate
    with pytest.raises(ValueError, match="no unit"):
        edit(store, suggestion, label="ORG")
    mine = store.unit(add(store, entity("doc-000", 0, 13, state="added"), annotator="bob").unit_id)
    with pytest.raises(ValueError, match="no unit"):
        delete(store, mine, annotator="ann")  # another annotator's unit
    with pytest.raises(ValueError, match="no unit"):
        delete(store, store.unit(mine.id).model_copy(update={"id": 10_000}), annotator="bob")
    assert store.unit(sid).body.label == "PERSON"
    assert [d.action for d in store.decisions("doc-000")] == ["add"]  # nothing refused was logged
    assert store.state("doc-000", "ann").status == "todo"


def test_a_unit_of_another_document_is_refused(store: SqliteStore) -> None:
    with pytest.raises(ValueError, match="adds a unit of doc-001"):
        store.decide([Decision(doc_id="doc-000", annotator="ann", action="add", after=dump(entity("doc-001", 0, 13)))])
    assert store.decisions() == []


def test_one_action_spans_one_document_and_one_annotator(store: SqliteStore) -> None:
    """Undo replays per (document, annotator): a group across two would be undone in part."""
    two_docs = [
        Decision(doc_id=d, annotator="ann", action="add", after=dump(entity(d, 0, 13, state="added")))
        for d in ("doc-000", "doc-001")
    ]
    with pytest.raises(ValueError, match="one document and one annotator"):
        store.decide(two_docs)
    two_people = [two_docs[0], two_docs[0].model_copy(update={"annotator": "bob"})]
    with pytest.raises(ValueError, match="one document and one annotator"):
        store.decide_layer(two_people, GOLD)
    assert store.decisions() == []


def test_a_decision_that_changes_nothing_is_refused(store: SqliteStore) -> None:
    with pytest.raises(ValueError, match="changes nothing"):
        store.decide([Decision(doc_id="doc-000", annotator="ann", action="edit")])
    assert store.decide([]) == []


def test_gold_decisions_are_undone_apart_from_the_annotators_own(store: SqliteStore) -> None:
    add(store, entity("doc-000", 0, 13, state="added"), annotator="ann")
    store.decide_layer(
        [
            Decision(
                doc_id="doc-000",
                annotator="ann",
                action="accept",
                after=dump(entity("doc-000", 0, 13, state="accepted")),
            )
        ],
        GOLD,
    )
    assert len(store.units("doc-000", GOLD)) == 1
    store.undo("doc-000", "ann")  # the annotator's own add, not the gold decision
    assert _mine(store) == [] and len(store.units("doc-000", GOLD)) == 1
    store.undo_layer("doc-000", "ann", GOLD)
    assert store.units("doc-000", GOLD) == []
    store.redo_layer("doc-000", "ann", GOLD)
    assert len(store.units("doc-000", GOLD)) == 1


def test_status_changes_are_decisions_undo_and_redo_take_them_back(store: SqliteStore) -> None:
    add(store, entity("doc-000", 0, 13, state="added"))
    store.set_status("doc-000", "ann", "done", note="checked")
    store.undo("doc-000", "ann")  # the last decision was the status: it goes first, the unit stays
    assert len(_mine(store)) == 1
    state = store.state("doc-000", "ann")
    assert (state.status, state.note) == ("in_progress", "")
    assert store.status_counts("ann")["ann"] == {"in_progress": 1}  # the counters follow
    log = store.decisions("doc-000", "ann")
    assert [d.action for d in log] == ["add", "status", "undo"]
    assert log[1].before == {"status": "in_progress", "flagged": False, "note": ""}
    assert log[1].after == {"status": "done", "flagged": False, "note": "checked"}
    store.redo("doc-000", "ann")
    assert store.state("doc-000", "ann").status == "done"
    store.undo("doc-000", "ann")
    store.undo("doc-000", "ann")  # then the unit
    assert _mine(store) == [] and store.state("doc-000", "ann").status == "in_progress"


def test_a_layer_mark_is_a_logged_decision_undone_and_redone_after_a_restart(
    store_target: str | Path, store: SqliteStore
) -> None:
    """Gold's "no units" settle (review E) goes through the log: u takes it back after reopening."""
    settle = Decision(
        doc_id="doc-001", annotator="judge", action="status", before={"layer_done": False}, after={"layer_done": True}
    )
    assert settle.layer_mark is True and not settle.is_status
    store.decide_layer([settle], GOLD)
    assert store.layer_done_at(GOLD, "doc-001") is not None
    store.close()
    again = open_store(store_target)
    try:
        assert [d.action for d in again.undo_layer("doc-001", "judge", GOLD)] == ["undo"]
        assert again.layer_done_at(GOLD, "doc-001") is None
        assert [d.action for d in again.redo_layer("doc-001", "judge", GOLD)] == ["redo"]
        assert again.layer_done_at(GOLD, "doc-001") is not None
        assert again.undo("doc-001", "judge") == []  # the person's own layer never reaches it
    finally:
        again.close()
