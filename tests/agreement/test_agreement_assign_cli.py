"""Balanced assignment (property tests), and the `assign` and `agreement` commands end to end."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import orjson
import pytest
from agreement_gen import make_corpus
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.agreement.assignment import balanced_assignment
from annotator.agreement.corpus import corpus_report
from annotator.cli import main
from annotator.core.errors import UserError
from annotator.store import open_store


@settings(max_examples=80, deadline=None)
@given(
    n_docs=st.integers(0, 60),
    k=st.integers(1, 6),
    data=st.data(),
    seed=st.integers(0, 1000),
)
def test_every_document_gets_overlap_annotators_and_loads_stay_within_one(
    n_docs: int, k: int, data: st.DataObject, seed: int
) -> None:
    overlap = data.draw(st.integers(1, k))
    names = [f"n{i}" for i in range(k)]
    docs = [f"d{i}" for i in range(n_docs)]
    pairs = balanced_assignment(docs, names, overlap, seed=seed)
    per_doc: dict[str, list[str]] = {}
    for doc, who in pairs:
        per_doc.setdefault(doc, []).append(who)
    assert sorted(per_doc) == sorted(docs)
    assert all(len(set(w)) == len(w) == overlap for w in per_doc.values())
    loads = Counter(who for _, who in pairs)
    counts = [loads.get(n, 0) for n in names]
    assert max(counts) - min(counts) <= 1
    assert pairs == balanced_assignment(docs, names, overlap, seed=seed)  # same seed, same assignment


def test_pairs_of_annotators_share_documents_evenly() -> None:
    docs = [f"d{i}" for i in range(120)]
    pairs = balanced_assignment(docs, list("abcd"), 2, seed=3)
    together: Counter[tuple[str, ...]] = Counter()
    by_doc: dict[str, list[str]] = {}
    for doc, who in pairs:
        by_doc.setdefault(doc, []).append(who)
    for who in by_doc.values():
        together[tuple(sorted(who))] += 1
    assert len(together) == 6 and set(together.values()) == {20}


def test_existing_assignments_are_kept_and_counted() -> None:
    existing = [("d0", "a"), ("d0", "b"), ("d1", "a"), ("d1", "b")]
    pairs = balanced_assignment(["d0", "d1", "d2", "d3"], ["a", "b", "c"], 2, seed=0, existing=existing)
    assert {d for d, _ in pairs} == {"d2", "d3"}
    assert Counter(w for _, w in pairs)["c"] == 2  # c had nothing yet


@pytest.mark.parametrize(
    ("names", "overlap", "message"),
    [(["a", "b"], 3, "between 1 and"), (["a", ""], 1, "comma-separated"), (["a", "a"], 1, "named twice")],
)
def test_bad_assignment_requests_are_user_errors(names: list[str], overlap: int, message: str) -> None:
    with pytest.raises(UserError, match=message):
        balanced_assignment(["d0"], names, overlap)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    db = tmp_path / "corpus.db"
    store = open_store(db)
    make_corpus(store, 30, ["ana", "ben", "cleo"], seed=11)
    store.close()
    return db


def test_assign_command_is_reproducible_with_a_seed(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["assign", "--db", str(corpus), "--annotators", "ana,ben,cleo", "--overlap", "2", "--seed", "5"]) == 0
    store = open_store(corpus)
    first = store.assignments()
    store.close()
    assert len(first) == 60
    assert "30 documents assigned" in capsys.readouterr().out
    again = tmp_path / "again.db"
    store = open_store(again)
    make_corpus(store, 30, ["ana", "ben", "cleo"], seed=11)
    store.close()
    main(["assign", "--db", str(again), "--annotators", "ana,ben,cleo", "--overlap", "2", "--seed", "5"])
    store = open_store(again)
    assert store.assignments() == first
    store.close()


def test_assign_command_refuses_a_bad_overlap(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assign", "--db", str(corpus), "--annotators", "ana,ben", "--overlap", "3"]) == 2
    assert "--overlap 3" in capsys.readouterr().err


def test_agreement_command_json_equals_the_report(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["agreement", "--db", str(corpus), "--json"]) == 0
    printed = orjson.loads(capsys.readouterr().out)
    store = open_store(corpus)
    expected = corpus_report(store, ["ana", "ben", "cleo"])
    store.close()
    assert printed == orjson.loads(orjson.dumps(expected))
    assert set(printed) >= {"overall", "labels", "pairs", "documents"}
    assert [p["pair"] for p in printed["pairs"]] == ["ana|ben", "ana|cleo", "ben|cleo"]


def test_agreement_command_tables_and_annotator_filter(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(
            [
                "agreement",
                "--db",
                str(corpus),
                "--annotators",
                "ana,ben",
                "--by",
                "pair",
                "--by",
                "label",
                "--by",
                "document",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "Agreement: ana, ben on 30 documents" in out
    assert "ana/ben" in out and "cleo" not in out
    assert "By label" in out and "least agreement first" in out


def test_agreement_command_needs_two_annotators(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["agreement", "--db", str(corpus), "--annotators", "ana"]) == 2
    assert "at least two annotators" in capsys.readouterr().err
