"""`annotator docs` and `annotator stats` on a small corpus with some work done."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import cli

from annotator.core.models import Decision, Entity, Unit
from annotator.importers.sample import load_sample
from annotator.store import Layer, open_store


@pytest.fixture
def corpus(db_path: Path) -> Path:
    store = open_store(db_path)
    load_sample(store)
    docs = [d.id for d in store.documents()]
    store.set_status(docs[0], "alice", "done")
    store.set_status(docs[1], "alice", "skipped")
    store.set_status(docs[0], "bob", "in_progress")
    layer = Layer.suggestions_name("m", "1")
    ids = store.add_units(
        layer,
        [
            Unit(doc_id=docs[0], body=Entity(start=0, end=6, label="GPE")),
            Unit(doc_id=docs[0], body=Entity(start=7, end=17, label="PERSON")),
            Unit(doc_id=docs[0], body=Entity(start=30, end=32, label="GPE")),
        ],
    )
    for uid, state in zip(ids, ("accepted", "rejected", "accepted")):
        sugg = store.unit(uid)
        after = Unit(doc_id=docs[0], body=sugg.body, state=state, origin_id=uid).model_dump(mode="json")
        store.decide([Decision(doc_id=docs[0], annotator="alice", action="accept", after=after)])
    store.close()
    return db_path


def test_docs_lists_with_status_and_pages(corpus: Path, capsys: pytest.CaptureFixture) -> None:
    code, out, _ = cli(capsys, corpus, "docs", "--annotator", "alice")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["#", "id", "status", "outlet", "chars", "sugg", "title"]
    assert len(lines) == 6
    assert "done" in lines[1] and "Financial Times" in lines[1] and "skipped" in lines[2]
    code, out, _ = cli(capsys, corpus, "docs", "--limit", "2")
    assert out.splitlines()[-1] == "more: annotator docs --after 2 --limit 2"
    code, out, _ = cli(capsys, corpus, "docs", "--after", "2", "--limit", "2")
    assert [line.split()[0] for line in out.splitlines()[1:3]] == ["3", "4"]


def test_docs_search_status_and_json(corpus: Path, capsys: pytest.CaptureFixture) -> None:
    code, out, _ = cli(capsys, corpus, "docs", "--search", "Zakharova reciprocity")
    assert code == 0 and "no documents match" in out
    code, out, _ = cli(capsys, corpus, "docs", "--search", "schizophrenia", "--json")
    rows = [json.loads(x) for x in out.splitlines()]
    assert [r["outlet"] for r in rows] == ["Press TV"]
    code, out, _ = cli(capsys, corpus, "docs", "--status", "todo", "--annotator", "alice", "--json")
    assert len(out.splitlines()) == 3
    code, _, err = cli(capsys, corpus, "docs", "--limit", "0")
    assert code == 2 and "--limit must be at least 1" in err


def test_docs_and_stats_need_a_database(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    for command in ("docs", "stats"):
        code, _, err = cli(capsys, tmp_path / "missing.db", command)
        assert code == 2 and "no such database" in err
    assert not (tmp_path / "missing.db").exists()


def test_stats_counts_statuses_and_suggestion_outcomes(corpus: Path, capsys: pytest.CaptureFixture) -> None:
    code, out, _ = cli(capsys, corpus, "stats")
    assert code == 0
    assert "Documents: 5" in out
    cells = [[c.strip() for c in line.split("│")[1:-1]] for line in out.split("Pace")[0].splitlines() if "│" in line]
    assert cells == [["alice", "3", "0", "1", "1"], ["bob", "4", "1", "0", "0"]]
    assert "Model suggestions as editors judged them" in out
    code, out, _ = cli(capsys, corpus, "stats", "--json", "--no-agreement")
    figures = json.loads(out)
    assert figures["documents"]["by_annotator"]["alice"] == {"todo": 3, "in_progress": 0, "done": 1, "skipped": 1}
    sugg = figures["suggestions"]
    assert (sugg["GPE"]["accepted"], sugg["PERSON"]["rejected"]) == (2, 1)


def test_docs_search_says_how_many_match_counted_up_to_a_cap(
    corpus: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    from annotator.cli import docs_cmd

    code, out, _ = cli(capsys, corpus, "docs", "--search", "schizophrenia")
    assert code == 0 and "search: 1 article matches" in out
    code, out, _ = cli(capsys, corpus, "docs", "--search", "the", "--limit", "2")
    assert "search: 5 articles match" in out
    monkeypatch.setattr(docs_cmd, "MATCH_CAP", 3)  # a common word in a big corpus: counted up to the cap
    code, out, _ = cli(capsys, corpus, "docs", "--search", "the", "--limit", "2")
    assert "search: more than 3 articles match (counted up to 3)" in out
    code, out, _ = cli(capsys, corpus, "docs", "--search", "the", "--status", "done")
    assert "search: more than 3 articles match (counted up to 3), whatever their status" in out


def test_docs_says_how_far_a_walk_cut_short_looked(
    corpus: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    from annotator.cli import docs_cmd

    monkeypatch.setattr(docs_cmd, "WALK", 1)  # a million articles, in small
    code, out, _ = cli(capsys, corpus, "docs", "--search", "the", "--status", "skipped")
    assert code == 0 and "nothing more up to article #1" in out
    assert 'more: annotator docs --after 1 --search "the" --status skipped' in out
