"""Adjudication flows on a real store: agreed up front, take a version, majority, reject, edit, undo, provenance, log."""

from __future__ import annotations

import pytest

from annotator.adjudicate import Adjudication, Conflict, NoMajorityError
from annotator.core.models import Body, Decision, Document, Entity, Unit
from annotator.store import GOLD, Layer, SqliteStore

TEXT = "Sergei Lavrov met Rex Tillerson in Moscow on Tuesday."
#       0            13   18           31   35     42 45        55


def mark(store: SqliteStore, who: str, doc_id: str, body: Body) -> None:
    """An annotator's unit, made the way the article screen makes it: one decision."""
    unit = Unit(doc_id=doc_id, body=body, state="added")
    store.decide([Decision(doc_id=doc_id, annotator=who, action="add", after=unit.model_dump())])


def person(start: int, end: int, label: str = "PERSON") -> Entity:
    return Entity(start=start, end=end, label=label)


@pytest.fixture
def store(mem_store: SqliteStore) -> SqliteStore:
    mem_store.insert_documents([Document(id="d1", text=TEXT), Document(id="d2", text="Lavrov spoke in Moscow today.")])
    for who in "abc":
        mark(mem_store, who, "d1", person(0, 13))  # everyone agrees
    mark(mem_store, "a", "d1", person(18, 31))
    mark(mem_store, "b", "d1", person(18, 31))
    mark(mem_store, "c", "d1", person(18, 31, "ORG"))  # label: a and b against c
    mark(mem_store, "a", "d1", person(35, 41, "GPE"))  # missing in b and c
    for who in "abc":
        mark(mem_store, who, "d2", person(0, 6))  # d2: complete agreement
    finish(mem_store, "abc", "d1", "d2")
    return mem_store


def finish(store: SqliteStore, who: str, *doc_ids: str) -> None:
    """Annotators mark documents done: only finished work is compared and goes to gold."""
    for doc_id in doc_ids:
        for name in who:
            store.set_status(doc_id, name, "done")


def by_kind(conflicts: list[Conflict]) -> dict[str, Conflict]:
    return {c.kind: c for c in conflicts}


def test_documents_least_agreement_first_with_scores(store: SqliteStore) -> None:
    docs = Adjudication(store, "judge").documents()
    assert [d.doc_id for d in docs] == ["d1", "d2"]
    d1, d2 = docs
    # d1 pairs: a-b share 2 of 3+2, a-c 1 of 3+2, b-c 1 of 2+2 -> 2*4 / 14
    assert d1.agreement == pytest.approx(8 / 14)
    assert (d1.conflicts, d1.left, d1.annotators) == (2, 2, ("a", "b", "c"))
    assert (d2.agreement, d2.conflicts, d2.left) == (1.0, 0, 0)


def test_open_accepts_agreed_units_up_front_with_provenance_and_log(store: SqliteStore) -> None:
    adj = Adjudication(store, "judge")
    conflicts = adj.open("d1")
    assert sorted(c.kind for c in conflicts) == ["label", "missing"]
    (gold,) = store.units("d1", GOLD)
    assert (gold.body, gold.state) == (person(0, 13), "accepted")
    assert gold.provenance["adjudicator"] == "judge"
    assert gold.provenance["annotators"] == ["a", "b", "c"]
    assert gold.provenance["taken"] == "agreed"
    assert set(gold.provenance["units"]) == {"a", "b", "c"}
    (logged,) = store.decisions("d1", annotator="judge")
    assert logged.action == "accept" and logged.after["provenance"]["taken"] == "agreed"
    assert adj.conflicts_left("d1") == 2
    adj.open("d1")  # opening again adds nothing twice
    assert len(store.units("d1", GOLD)) == 1


def test_take_version_and_take_again_replaces(store: SqliteStore) -> None:
    adj = Adjudication(store, "judge")
    label = by_kind(adj.open("d1"))["label"]
    assert label.annotators == ("a", "b", "c")
    adj.take_version(label, 2)  # c's ORG
    label = by_kind(adj.conflicts("d1"))["label"]
    assert label.settled and label.resolution is not None
    assert label.resolution.body == person(18, 31, "ORG")
    assert label.resolution.provenance["taken"] == "c"
    assert label.resolution.provenance["annotators"] == ["c"]
    adj.take_version(label, 0)  # changed mind: a's PERSON, which b also had
    gold = [u for u in store.units("d1", GOLD) if u.body.start == 18]
    assert len(gold) == 1
    assert (gold[0].body.label, gold[0].provenance["taken"], gold[0].provenance["annotators"]) == (
        "PERSON",
        "a",
        ["a", "b"],
    )
    assert adj.conflicts_left("d1") == 1


def test_take_majority_including_absence(store: SqliteStore) -> None:
    adj = Adjudication(store, "judge")
    conflicts = by_kind(adj.open("d1"))
    adj.take_majority(conflicts["label"])
    adj.take_majority(conflicts["missing"])  # b and c did not mark Moscow: it stays out
    assert adj.conflicts_left("d1") == 0
    gold = {u.body.start: u for u in store.units("d1", GOLD)}
    assert gold[18].body.label == "PERSON" and gold[18].provenance["taken"] == "majority"
    assert gold[35].state == "rejected" and gold[35].provenance["annotators"] == ["b", "c"]
    assert [u.body.start for u in adj.gold("d1")] == [0, 18]


def test_no_majority_between_two(store: SqliteStore) -> None:
    adj = Adjudication(store, "judge", annotators=["a", "c"])
    label = by_kind(adj.open("d1"))["label"]
    assert label.majority is None
    with pytest.raises(NoMajorityError):
        adj.take_majority(label)


def test_reject_keeps_a_record_of_who_had_it(store: SqliteStore) -> None:
    adj = Adjudication(store, "judge")
    missing = by_kind(adj.open("d1"))["missing"]
    adj.reject(missing)
    record = next(u for u in store.units("d1", GOLD) if u.body.start == 35)
    assert record.state == "rejected"
    assert record.provenance["taken"] == "rejected" and record.provenance["annotators"] == ["a"]
    assert store.decisions("d1", annotator="judge")[-1].action == "reject"
    assert adj.conflicts_left("d1") == 1


def test_edit_settles_with_the_adjudicators_version(store: SqliteStore) -> None:
    adj = Adjudication(store, "judge")
    label = by_kind(adj.open("d1"))["label"]
    adj.edit(label, person(22, 31))  # "Tillerson" only: nobody had that
    gold = next(u for u in store.units("d1", GOLD) if u.body.end == 31)
    assert (gold.state, gold.provenance["taken"], gold.provenance["annotators"]) == ("edited", "edit", [])
    assert adj.conflicts_left("d1") == 1


def test_add_change_and_remove_gold_units(store: SqliteStore) -> None:
    adj = Adjudication(store, "judge")
    adj.open("d1")
    adj.add("d1", person(45, 52, "DATE"))
    added = next(u for u in store.units("d1", GOLD) if u.body.start == 45)
    assert added.provenance == {"adjudicator": "judge", "annotators": [], "taken": "edit", "units": {}}
    agreed = next(u for u in store.units("d1", GOLD) if u.body.start == 0)
    adj.change(agreed, person(7, 13))
    changed = store.unit(agreed.id)
    assert changed is not None and changed.body == person(7, 13) and changed.provenance["taken"] == "edit"
    adj.remove(added)
    assert store.unit(added.id) is None
    adj.remove(changed)
    assert store.unit(agreed.id).state == "rejected"
    assert adj.conflicts_left("d1") == 2  # the agreed unit stays settled (as rejected)


def test_undo_and_redo_in_gold_leave_the_annotators_layer_alone(store: SqliteStore) -> None:
    adj = Adjudication(store, "a")  # the adjudicator is also annotator a
    label = by_kind(adj.open("d1"))["label"]
    adj.take_version(label, 2)
    assert adj.conflicts_left("d1") == 1
    assert adj.undo("d1")
    assert adj.conflicts_left("d1") == 2
    assert len(store.units("d1", Layer.annotator_name("a"))) == 3  # a's own work untouched
    assert adj.redo("d1")
    assert adj.conflicts_left("d1") == 1
    adj.undo("d1")
    adj.undo("d1")  # the agreed units too
    assert store.units("d1", GOLD) == []
    store.undo("d1", "a")  # a's own undo takes back a's last decision, marking d1 done, not gold
    assert store.state("d1", "a").status != "done"
    store.undo("d1", "a")  # and then a's last unit
    assert len(store.units("d1", Layer.annotator_name("a"))) == 2
    assert adj.redo("d1") and len(store.units("d1", GOLD)) == 1


def test_with_accept_agreed_off_agreed_units_wait_for_review(store: SqliteStore) -> None:
    adj = Adjudication(store, "judge", accept_agreed=False)
    conflicts = adj.open("d1")
    assert store.units("d1", GOLD) == []
    assert sorted(c.kind for c in conflicts) == ["agreed", "label", "missing"]
    assert adj.conflicts_left("d1") == 3
    adj.take_majority(by_kind(conflicts)["agreed"])
    assert adj.conflicts_left("d1") == 2
    assert [d.left for d in adj.documents()] == [2, 1]


def test_settled_conflicts_stay_settled_in_a_new_session(store: SqliteStore) -> None:
    first = Adjudication(store, "judge")
    for conflict in first.open("d1"):
        first.take_version(conflict, 0)
    second = Adjudication(store, "judge")
    assert second.conflicts_left("d1") == 0
    assert all(c.settled for c in second.conflicts("d1"))
    assert [d.left for d in second.documents()] == [0, 0]


def test_assignments_decide_who_is_on_a_document(store: SqliteStore) -> None:
    store.assign([("d1", "a"), ("d1", "b")])
    adj = Adjudication(store, "judge")
    assert adj.annotators_of("d1") == ["a", "b"]
    assert [c.kind for c in adj.open("d1")] == ["missing"]


def test_take_version_out_of_range(store: SqliteStore) -> None:
    adj = Adjudication(store, "judge")
    with pytest.raises(IndexError):
        adj.take_version(adj.open("d1")[0], 3)


def test_a_stale_conflict_replaces_its_gold_instead_of_adding_twice(store: SqliteStore) -> None:
    adj = Adjudication(store, "judge")
    label = by_kind(adj.open("d1"))["label"]  # the screen keeps this object across key presses
    adj.take_version(label, 2)
    adj.take_version(label, 0)
    assert [u.body.label for u in store.units("d1", GOLD) if u.body.start == 18] == ["PERSON"]
