"""Three annotators, 200 generated documents: assignment, agreement, review to a gold layer, and a gold export."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest
from agreement_gen import make_corpus

from annotator.adjudicate import Adjudication
from annotator.agreement.assignment import balanced_assignment
from annotator.agreement.corpus import corpus_report
from annotator.agreement.matching import body_key
from annotator.store import GOLD, SqliteStore, open_store

ANNOTATORS = ["ana", "ben", "cleo"]
N_DOCS = 200
SEED = 7


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[SqliteStore, dict[str, Counter]]]:
    """The corpus after a whole review: majority where there is one, else the first annotator's version."""
    store = open_store(tmp_path_factory.mktemp("e2e") / "corpus.db")
    ids = make_corpus(store, N_DOCS, ANNOTATORS, seed=SEED, noise=0.15)
    pairs = balanced_assignment(ids, ANNOTATORS, 3, seed=1)
    store.assign(pairs)
    for doc_id, who in pairs:
        store.set_status(doc_id, who, "done")  # every assigned annotator finished: all documents ready
    adj = Adjudication(store, "judge")
    expected: dict[str, Counter] = {}
    # One outer transaction only spares ~1,700 durable commits (2 ms each here); every action
    # is still its own decide_layer call, as on the screen. Key-by-key flows: test_agreement_adjudicate.
    with store.transaction():
        _review(adj, expected)
    yield store, expected
    store.close()


def _review(adj: Adjudication, expected: dict[str, Counter]) -> None:
    for row in adj.documents():
        want: Counter = Counter()
        for diff in adj.differences(row.doc_id):
            index = diff.majority()
            chosen = diff.versions[index if index is not None else 0]
            if chosen is not None:
                want[body_key(chosen)] += 1
        expected[row.doc_id] = want
        for conflict in adj.open(row.doc_id):
            if conflict.majority is not None:
                adj.take_majority(conflict)
            else:
                adj.take_version(conflict, 0)


def test_every_document_is_reviewed_to_the_expected_gold(reviewed: tuple[SqliteStore, dict[str, Counter]]) -> None:
    store, expected = reviewed
    adj = Adjudication(store, "judge")
    assert len(expected) == N_DOCS
    rows = adj.documents()
    assert all(r.left == 0 for r in rows)
    assert sum(r.conflicts for r in rows) > N_DOCS  # the noise made real work
    for doc_id, want in expected.items():
        got = Counter(body_key(u) for u in adj.gold(doc_id))
        assert got == want, doc_id


def test_gold_provenance_and_decision_log(reviewed: tuple[SqliteStore, dict[str, Counter]]) -> None:
    store, expected = reviewed
    taken: Counter[str] = Counter()
    units = 0
    for doc_id in expected:
        for u in store.units(doc_id, GOLD):
            units += 1
            prov = u.provenance
            assert prov["adjudicator"] == "judge"
            assert set(prov["annotators"]) <= set(ANNOTATORS)
            assert set(prov["units"]) <= set(ANNOTATORS) and prov["units"]
            taken[prov["taken"]] += 1
    assert set(taken) <= {"agreed", "majority", "ana", "rejected"} and taken["agreed"] and taken["majority"]
    log = store.decisions(annotator="judge")
    assert len(log) == units  # one logged decision per gold unit, nothing written unlogged
    assert {d.action for d in log} <= {"accept", "reject"}


def test_agreement_report_over_the_corpus(reviewed: tuple[SqliteStore, dict[str, Counter]]) -> None:
    store, _ = reviewed
    report = corpus_report(store, ANNOTATORS)
    overall = report["overall"]
    assert report["documents_compared"] == N_DOCS
    assert 0.5 < overall["entity_strict_f1"] < overall["entity_overlap_f1"] < 1.0
    assert 0.5 < overall["entity_kappa"] < 1.0 and 0.5 < overall["entity_alpha"] < 1.0
    assert len(report["pairs"]) == 3 and len(report["documents"]) == N_DOCS


def test_gold_export_matches_the_gold_layer(reviewed: tuple[SqliteStore, dict[str, Counter]], tmp_path: Path) -> None:
    runner = pytest.importorskip("annotator.export.runner")
    store, expected = reviewed
    out = tmp_path / "gold.jsonl"
    runner.run_export(store, fmt="jsonl", layer=GOLD, out=out)
    records = [orjson.loads(line) for line in out.read_bytes().splitlines()]
    assert {r["id"] for r in records} == set(expected)
    adj = Adjudication(store, "judge")
    for r in records:
        assert r["layer"] == GOLD
        gold = adj.gold(r["id"])
        want = sorted((u.body.start, u.body.end, u.body.label) for u in gold if u.body.kind == "entity")
        assert sorted((e["start"], e["end"], e["label"]) for e in r["entities"]) == want
        assert len(r["quotes"]) == sum(1 for u in gold if u.body.kind == "quote")
        assert len(r["events"]) == sum(1 for u in gold if u.body.kind == "event")
