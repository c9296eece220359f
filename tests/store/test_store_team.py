"""Issue 12 §5: a team at once. Eight annotators in eight processes, each on its own
connection, commit 500 decisions each (accepts, rejects, edits, undo, redo) through the
desk, while `suggest` and `export` run beside them: no error reaches anyone, all 4,000
decisions are stored, and each annotator's layer is exactly what their own decisions made
of it (an undo never reaches another person's work). Meanwhile they claim work from a corpus
open for claims (two annotators per document): no slot is given twice, none is lost.

The database comes from the `team_db` fixture (a URL `open_store` and `--db` accept), so
another backend joins by adding a parameter there.
"""

from __future__ import annotations

import multiprocessing
import random
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
import team_worker

from annotator.core.models import Document, Entity, Unit
from annotator.store import Layer, open_store
from annotator.store.labels import label_of

ANNOTATORS = 8
DECISIONS = 500
DOCS = 16  # with suggestions: what the annotators work on
NEW_DOCS = 6  # without: what `suggest` works on meanwhile
SUGG = "suggestions:team@1"
LABELS = ["PERSON", "ORG", "GPE", "DATE"]
WORDS = "Merkel Macron Paris Berlin police minister talks Monday São Zürich café officials resume".split()
CLAIM_OVERLAP = 2  # annotators each document waits for, claimed as they leave documents
DEADLINE_S = 240  # a hang fails the test instead of stalling the suite


@pytest.fixture(params=["sqlite", "postgres"])
def team_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A new, empty database for the team, as the URL every process opens: a SQLite file, or
    an emptied PostgreSQL database (`pg_url`)."""
    yield request.getfixturevalue("pg_url") if request.param == "postgres" else str(tmp_path / "team.db")


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)) + "."


def _corpus(url: str) -> list[str]:
    """Documents with 40 entity suggestions each (every other word), and some with none yet."""
    rng = random.Random(12)
    store = open_store(url)
    docs = [Document(id=f"doc-{i:02d}", title=f"Story {i}", text=_text(rng, 80)) for i in range(DOCS + NEW_DOCS)]
    store.insert_documents(docs)
    for d in docs[:DOCS]:
        units, at = [], 0
        for n, word in enumerate(d.text.rstrip(".").split(" ")):
            if n % 2 == 0:
                body = Entity(start=at, end=at + len(word), label=rng.choice(LABELS))
                units.append(Unit(doc_id=d.id, body=body, state="suggested", source="team", score=rng.random()))
            at += len(word) + 1
        store.add_units(SUGG, units)
    store.mark_layer_done(SUGG, [d.id for d in docs[:DOCS]])
    store.open_claims(CLAIM_OVERLAP)
    store.close()
    return [d.id for d in docs[:DOCS]]


def _complaints(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if "error" in line.lower() or "traceback" in line.lower()]


@pytest.mark.team
def test_eight_annotators_suggest_and_export_at_once(team_db: str, tmp_path: Path) -> None:
    doc_ids = _corpus(team_db)
    ctx = multiprocessing.get_context("spawn")  # nothing of the parent's connections leaks in
    stop = ctx.Manager().Event()
    with ProcessPoolExecutor(ANNOTATORS + 2, mp_context=ctx) as pool:
        exporting = pool.submit(team_worker.export_loop, team_db, str(tmp_path), stop)
        suggesting = pool.submit(team_worker.suggest, team_db)
        desks = [
            pool.submit(team_worker.annotate, team_db, f"ann{i}", doc_ids, DECISIONS, i) for i in range(ANNOTATORS)
        ]
        results = [f.result(timeout=DEADLINE_S) for f in desks]
        stop.set()
        suggested = suggesting.result(timeout=DEADLINE_S)
        exported = exporting.result(timeout=DEADLINE_S)

    assert [r["errors"] for r in results] == [[]] * ANNOTATORS
    assert [r["foreign"] for r in results] == [[]] * ANNOTATORS
    assert suggested["code"] == 0 and not _complaints(suggested["stderr"])  # stderr holds its progress bar
    assert exported["failures"] == [] and exported["runs"] >= 1

    store = open_store(team_db)
    for r in results:
        who = r["annotator"]
        stored = store.decisions(annotator=who)
        assert [d.id for d in stored] == r["logged"], who  # every decision there, none from anyone else
        mine = {
            u.id: (u.doc_id, u.body.span.start, u.body.span.end, label_of(u.body), u.state)
            for doc_id in doc_ids
            for u in store.units(doc_id, Layer.annotator_name(who))
        }
        assert mine == r["ledger"], who
    assert len(store.decisions()) == ANNOTATORS * DECISIONS
    told = [(doc_id, r["annotator"]) for r in results for doc_id in r["claimed"]]
    assert told and len(told) == len(set(told))  # claims were made; nobody told twice of one document
    assert max(Counter(doc_id for doc_id, _ in told).values()) <= CLAIM_OVERLAP
    assert set(store.assignments()) == set(told)  # none lost, none made up: what each desk was told is stored
    assert store.claim_counts() == {"open": (DOCS + NEW_DOCS) * CLAIM_OVERLAP - len(told), "claimed": len(told)}
    model_layer = store.latest_suggestions_layer()
    assert model_layer != SUGG and list(store.docs_missing_layer(model_layer or SUGG)) == []  # suggest finished
    store.close()
