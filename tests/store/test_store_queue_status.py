"""The queue's pages, on both backends, list what the filters say in corpus order, forward
and backward, whichever index a page walks (all documents, a status's rows by position, a
search's hits) and however a bounded walk (`walk`) cuts pages short: following `walked_to`
gives the same rows as the unbounded queue, and those are the rows the filters select."""

from __future__ import annotations

import random
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.models import Document

WORDS = ["ceasefire", "budget", "storm", "vote", "harbour"]
WHO = ("ann", "bob")
STATUSES = (None, "todo", "in_progress", "done", "skipped")


@pytest.fixture
def corpus(mem_store: Any) -> tuple[Any, dict[str, Any]]:
    """60 documents, each with some of WORDS; statuses of two annotators set in bulk and one
    at a time (as the desk sets them); an assignment list; a hidden document of an import
    still running. Returns the store and, per document, what the filters read."""
    rng = random.Random(12)
    docs, facts = [], {}
    for i in range(60):
        words = [w for w in WORDS if rng.random() < 0.3]
        docs.append(Document(id=f"d{i:03d}", text=f"Article {i} " + " ".join(words) + "."))
        facts[f"d{i:03d}"] = {"words": set(words), "ann": "todo", "bob": "todo"}
    mem_store.insert_documents(docs)
    ids = sorted(facts)
    for who in WHO:
        bulk = [(d, rng.choice(["done", "done", "skipped", "in_progress", "todo"])) for d in rng.sample(ids, 35)]
        mem_store.import_statuses(who, bulk)
        for d, status in bulk:
            facts[d][who] = status
    for d in rng.sample(ids, 6):
        status = rng.choice(["done", "in_progress", "todo"])
        mem_store.set_status(d, "ann", status)
        facts[d]["ann"] = status
    assigned = set(rng.sample(ids, 20))
    mem_store.assign([(d, "ann") for d in assigned])
    for d in ids:
        facts[d]["assigned"] = d in assigned
        facts[d]["seq"] = mem_store.doc_seq(d)
    import_id = mem_store.begin_import()  # hidden until complete: never on a page
    mem_store.insert_documents([Document(id="hidden", text="Article ceasefire budget storm vote harbour.")])
    mem_store.set_status("hidden", "ann", "done")
    assert import_id
    return mem_store, facts


def expected(facts: dict[str, Any], who: str, status: str | None, word: str | None, assigned: bool) -> list[int]:
    return [
        f["seq"]
        for f in sorted(facts.values(), key=lambda f: f["seq"])
        if (status is None or f[who] == status)
        and (word is None or word in f["words"])
        and (not assigned or (who == "ann" and f["assigned"]))
    ]


def forward(store: Any, size: int, walk: int | None, **where: Any) -> list[int]:
    seqs: list[int] = []
    after = 0
    for _ in range(500):
        page = store.queue(after_seq=after, limit=size, walk=walk, **where)
        seqs += [r.seq for r in page]
        if page.walked_to is not None:
            assert walk is not None and len(page) < size  # only a bounded walk, only a short page
            after = page.walked_to
        elif len(page) == size:
            after = page[-1].seq
        else:
            return seqs
    raise AssertionError("paging never ended")


def backward(store: Any, size: int, walk: int | None, **where: Any) -> list[int]:
    seqs: list[int] = []
    before = 2**40
    for _ in range(500):
        page = store.queue(before_seq=before, limit=size, walk=walk, **where)
        seqs = [r.seq for r in page] + seqs
        if page.walked_to is not None:
            before = page.walked_to
        elif len(page) == size:
            before = page[0].seq
        else:
            return seqs
    raise AssertionError("paging never ended")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    who=st.sampled_from(WHO),
    status=st.sampled_from(STATUSES),
    word=st.sampled_from([None, *WORDS]),
    assigned=st.booleans(),
    size=st.integers(1, 7),
    walk=st.sampled_from([None, 1, 3, 10, 1000]),
)
def test_pages_list_what_the_filters_say(
    corpus: tuple[Any, dict[str, Any]],
    who: str,
    status: str | None,
    word: str | None,
    assigned: bool,
    size: int,
    walk: int | None,
) -> None:
    store, facts = corpus
    where = {"annotator": who, "status": status, "query": word, "assigned_only": assigned}
    want = expected(facts, who, status, word, assigned)
    assert forward(store, size, walk, **where) == want
    assert backward(store, size, walk, **where) == want


def test_a_bounded_walk_says_where_it_stopped(corpus: tuple[Any, dict[str, Any]]) -> None:
    store, facts = corpus
    want = expected(facts, "ann", "skipped", "ceasefire", False)
    assert want, "the corpus should hold a skipped article about a ceasefire"
    page = store.queue("ann", status="skipped", query="ceasefire", after_seq=0, limit=50, walk=2)
    assert page.walked_to == 2 and [r.seq for r in page] == [s for s in want if s <= 2]
    whole = store.queue("ann", status="skipped", query="ceasefire", after_seq=0, limit=50)
    assert whole.walked_to is None and [r.seq for r in whole] == want
    last = store.queue("ann", status="skipped", query="ceasefire", after_seq=max(want) - 1, limit=50, walk=1000)
    assert last.walked_to is None  # past the last document: nothing further to walk
