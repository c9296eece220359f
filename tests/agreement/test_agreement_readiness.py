"""Gold only from what was adjudicated: readiness, single-annotator documents, the gold export, agreement rows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.adjudicate import Adjudication, Conflict, NotReadyError
from annotator.agreement.corpus import corpus_report
from annotator.agreement.readiness import readiness
from annotator.core.errors import UserError
from annotator.core.models import Body, Decision, Document, Entity, Unit
from annotator.export.gold import NOT_ADJUDICATED, NOT_READY, SINGLE
from annotator.export.runner import run_export
from annotator.store import GOLD, SqliteStore

TEXT = "Sergei Lavrov met Rex Tillerson in Moscow on Tuesday."


def mark(store: SqliteStore, who: str, doc_id: str, body: Body) -> None:
    unit = Unit(doc_id=doc_id, body=body, state="added")
    store.decide([Decision(doc_id=doc_id, annotator=who, action="add", after=unit.model_dump())])


def person(start: int, end: int, label: str = "PERSON") -> Entity:
    return Entity(start=start, end=end, label=label)


@pytest.fixture
def store(mem_store: SqliteStore) -> SqliteStore:
    """solo: only a, barely started (one entity) and not done; pair: a done, b not; both: a and b done."""
    mem_store.insert_documents([Document(id=d, text=f"{TEXT} ({d})") for d in ("solo", "pair", "both")])
    mark(mem_store, "a", "solo", person(0, 13))
    for who in "ab":
        mark(mem_store, who, "pair", person(0, 13))
        mark(mem_store, who, "both", person(0, 13))
    mark(mem_store, "a", "both", person(35, 41, "GPE"))
    mem_store.set_status("pair", "a", "done")
    for who in "ab":
        mem_store.set_status("both", who, "done")
    return mem_store


# -- the rule -------------------------------------------------------------------------------------


def test_readiness_rules() -> None:
    assert readiness(["a", "b"], {"a", "b"}).state == "ready"
    assert readiness(["a", "b"], {"a"}).words() == "waiting for b"
    assert readiness(["a"], {"a"}).words() == "not comparable (only a)"
    assert readiness(["a", "b"], {"a", "b"}, min_annotators=3).words() == "waiting for 1 more annotator"
    three = readiness(["a", "b", "c"], {"a", "c"})
    assert (three.state, three.finished) == ("ready", ("a", "c"))  # two of three finished: enough without assignment
    assigned = readiness(["a", "b", "c"], {"a", "c"}, assigned={"a", "b", "c"})
    assert assigned.words() == "waiting for b"  # an assignment names who must finish
    assert readiness(["a"], {"a"}, assigned={"a"}).state == "single"


# -- the review ---------------------------------------------------------------------------------


def test_review_list_shows_readiness_and_no_agreement_below_two_finished(store: SqliteStore) -> None:
    rows = {r.doc_id: r for r in Adjudication(store, "judge").documents()}
    assert rows["both"].agreement == pytest.approx(2 / 3)
    assert rows["solo"].agreement is None and rows["solo"].readiness.state == "single"
    assert rows["pair"].agreement is None and rows["pair"].readiness.words() == "waiting for b"
    assert [r.doc_id for r in Adjudication(store, "judge").documents()] == ["both", "solo", "pair"]


def test_accept_agreed_and_opening_leave_unfinished_and_single_documents_out_of_gold(store: SqliteStore) -> None:
    adj = Adjudication(store, "judge")
    assert adj.accept_all_agreed() == 1  # Lavrov in "both" only
    assert adj.open("solo") and adj.open("pair") == []
    assert store.units("solo", GOLD) == [] and store.units("pair", GOLD) == []
    (gold,) = store.units("both", GOLD)
    assert gold.provenance["taken"] == "agreed" and gold.provenance["annotators"] == ["a", "b"]


def test_only_finished_annotators_are_compared(store: SqliteStore) -> None:
    store.insert_documents([Document(id="three", text=f"{TEXT} (three)")])
    for who in "abc":
        mark(store, who, "three", person(0, 13))
    mark(store, "c", "three", person(18, 31))  # c is still working: not a conflict yet
    for who in "ab":
        store.set_status("three", who, "done")
    adj = Adjudication(store, "judge")
    assert adj.annotators_of("three") == ["a", "b"]
    assert adj.open("three") == []
    assert [u.body for u in store.units("three", GOLD)] == [person(0, 13)]


def test_no_gold_decision_on_a_document_still_waiting(store: SqliteStore) -> None:
    adj = Adjudication(store, "judge")
    (diff,) = adj.differences("pair")  # shown (a's and b's versions), not decided on
    with pytest.raises(NotReadyError, match="waiting for b"):
        adj.take_version(Conflict(diff), 0)
    with pytest.raises(NotReadyError, match="waiting for b"):
        adj.settle_empty("pair")
    with pytest.raises(NotReadyError, match="waiting for b"):
        adj.add("pair", person(18, 31))
    assert store.units("pair", GOLD) == []


def test_single_annotator_document_reaches_gold_only_by_an_explicit_decision(store: SqliteStore) -> None:
    adj = Adjudication(store, "judge")
    items = adj.conflicts("solo")
    assert [c.annotators for c in items] == [("a",)]  # shown one by one, not accepted as "agreed"
    from annotator.tui.widgets.review_detail import kinds_text

    assert kinds_text(items[0]) == "one annotator"
    with pytest.raises(UserError, match="a has not marked it done"):
        adj.take_single("solo")  # a has not finished it
    store.set_status("solo", "a", "done")
    decisions = adj.take_single("solo")
    (gold,) = store.units("solo", GOLD)
    assert len(decisions) == 1 and gold.body == person(0, 13)
    assert gold.provenance["taken"] == "single" and gold.provenance["adjudicator"] == "judge"
    assert adj.conflicts_left("solo") == 0
    adj.undo("solo")
    assert store.units("solo", GOLD) == []


# -- the gold export ------------------------------------------------------------------------------


def _gold(store: SqliteStore, tmp_path: Path, name: str, **kw: object) -> tuple[dict[str, dict], object]:
    out = tmp_path / name
    stats = run_export(store, fmt="jsonl", layer="gold", out=out, **kw)  # type: ignore[arg-type]
    return {r["id"]: r for r in map(json.loads, out.read_text("utf-8").splitlines())}, stats


def test_gold_export_writes_only_adjudicated_documents_and_says_why_others_are_left_out(
    store: SqliteStore, tmp_path: Path
) -> None:
    store.insert_documents([Document(id="none", text="Nothing here.")])
    for who in "ab":
        store.set_status("none", who, "done")
    adj = Adjudication(store, "judge")
    adj.open("both")  # agreed Lavrov in; Moscow (a only) left open: still adjudicated in part
    adj.settle_empty("none")
    records, stats = _gold(store, tmp_path, "gold.jsonl")
    assert sorted(records) == ["both", "none"]
    assert records["none"]["adjudicated"] == "no units" and records["none"]["entities"] == []
    assert records["both"]["adjudicated"] == "units"
    assert stats.dropped[NOT_READY] == 1 and stats.dropped[SINGLE] == 1  # pair; solo
    summary = stats.summary()
    assert f"left out: 1 {NOT_READY}" in summary and f"left out: 1 {SINGLE}" in summary


def test_gold_export_says_ready_but_not_adjudicated(store: SqliteStore, tmp_path: Path) -> None:
    records, stats = _gold(store, tmp_path, "gold.jsonl")
    assert records == {}
    assert stats.dropped[NOT_ADJUDICATED] == 1  # both


def test_settle_empty_is_refused_over_gold_units_and_can_be_taken_back(store: SqliteStore, tmp_path: Path) -> None:
    adj = Adjudication(store, "judge")
    adj.open("both")
    with pytest.raises(UserError, match="gold already holds 1 units"):
        adj.settle_empty("both")
    store.insert_documents([Document(id="none", text="Nothing here.")])
    for who in "ab":
        store.set_status("none", who, "done")
    adj.settle_empty("none")
    assert adj.settled_empty("none")
    adj.unsettle_empty("none")
    records, _ = _gold(store, tmp_path, "gold.jsonl")
    assert sorted(records) == ["both"]


def test_status_done_for_gold_means_every_needed_annotator_finished(store: SqliteStore, tmp_path: Path) -> None:
    adj = Adjudication(store, "judge")
    adj.open("both")
    store.set_status("both", "b", "in_progress")  # b reopened the document after adjudication
    records, _ = _gold(store, tmp_path, "all.jsonl")
    assert records["both"]["status"] == "in_progress"
    records, stats = _gold(store, tmp_path, "done.jsonl", done_only=True)
    assert records == {} and stats.dropped[NOT_READY] == 2  # both (reopened), pair


# -- agreement ------------------------------------------------------------------------------------


def test_agreement_by_document_says_not_comparable_for_one_annotator(store: SqliteStore) -> None:
    from rich.console import Console

    from annotator.agreement.tables import documents_table

    report = corpus_report(store, ["a", "b"])
    rows = {r["doc_id"]: r for r in report["documents"]}
    assert rows["solo"]["agreement"] is None and rows["solo"]["comparable"] is False
    assert rows["both"]["agreement"] == pytest.approx(2 / 3)
    assert report["documents"][-1]["doc_id"] == "solo"  # after every comparable document
    console = Console(width=140, record=True)
    console.print(documents_table(report))
    line = next(x for x in console.export_text().splitlines() if "solo" in x)
    assert "not comparable" in line and "1.000" not in line


def test_agreement_compares_only_ready_documents_and_says_why_the_others_wait(store: SqliteStore) -> None:
    """ "pair": a finished, b still working. Comparing them counted b's unfinished layer as
    disagreement; a ready document's unfinished annotators are not compared either."""
    from rich.console import Console

    from annotator.agreement.tables import documents_table, overall_table

    mark(store, "b", "pair", person(35, 41, "GPE"))  # b, still working, differs from a
    store.assign([("pair", "a"), ("pair", "b")])
    report = corpus_report(store, ["a", "b"])
    rows = {r["doc_id"]: r for r in report["documents"]}
    assert rows["pair"]["agreement"] is None and rows["pair"]["readiness"] == "waiting for b"
    assert rows["pair"]["conflicts"] == 0
    assert report["documents_compared"] == 1 and report["documents_set_aside"] == {"single": 1, "waiting": 1}
    assert report["overall"]["entities"] == 3  # "both" only: a's two entities and b's one
    console = Console(width=140, record=True)
    console.print(overall_table(report))
    console.print(documents_table(report))
    shown = console.export_text()
    assert "1 with one annotator only, 1 waiting for an annotator" in shown
    assert "on 1 document ready for review" in shown
    assert "waiting for b" in next(x for x in shown.splitlines() if "pair" in x)
