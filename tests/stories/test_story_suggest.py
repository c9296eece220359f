"""Story suggestion: the five sample outlets form one story; unrelated articles stay out of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.cli import main
from annotator.core.models import Document
from annotator.importers.text_files import read_text_file
from annotator.store import SqliteStore, open_store
from annotator.stories.corpus import suggest_for_store
from annotator.stories.suggest import features_of, suggest_stories

UNRELATED = Path(__file__).parent / "unrelated"


def sample_documents() -> list[Document]:
    """The bundled sample articles, read as the first run reads them (not from a conftest: several share that name)."""
    from annotator.importers.text_files import read_text_file

    sample = Path(__file__).resolve().parents[2] / "annotator" / "data" / "sample"
    return [read_text_file(p) for p in sorted(sample.glob("*.txt"))]


def corpus(path: Path) -> SqliteStore:
    """The sample articles (no story key: nobody told it) beside seven unrelated ones, three of
    them about Russia, Putin, Lavrov or Peskov in other stories: the near-misses."""
    store = open_store(path)
    store.insert_documents(sample_documents())
    store.insert_documents([read_text_file(p) for p in sorted(UNRELATED.glob("*.txt"))])
    return store


def sample_ids() -> list[str]:
    return sorted(d.id for d in sample_documents())


def test_the_five_sample_articles_are_one_story_from_their_text_alone(tmp_path: Path) -> None:
    found = suggest_for_store(corpus(tmp_path / "c.db"))
    assert [sorted(s.doc_ids) for s in found] == [sample_ids()]


def test_with_the_model_s_entities_the_story_is_the_same(tmp_path: Path) -> None:
    corpus(tmp_path / "c.db").close()
    assert main(["suggest", "--db", str(tmp_path / "c.db")]) == 0
    store = open_store(tmp_path / "c.db")
    assert store.entity_mentions(sample_ids()[:1])  # the model's names are read
    found = suggest_for_store(store)
    assert [sorted(s.doc_ids) for s in found] == [sample_ids()]


def test_apply_gives_the_key_to_members_without_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "c.db")
    store = corpus(tmp_path / "c.db")
    first = sample_ids()[0]
    store.set_story_key([first], "compounds")
    store.close()
    assert main(["stories", "suggest", "--apply", "--db", db]) == 0
    assert "4 articles given a story key" in capsys.readouterr().out
    store = open_store(db)
    assert store.story_doc_ids("compounds") == sample_ids()  # the key a member had is the story's key
    assert store.story_of("football") is None


def test_articles_published_weeks_apart_are_not_one_story() -> None:
    text = (
        "Sergei Lavrov met Rex Tillerson and Maria Zakharova in Hamburg with Dmitry Peskov, Sergei Ryabkov, "
        "Thomas Shannon and Heather Nauert."
    )
    a = features_of("a", text, published="2017-07-10")
    b = features_of("b", text + " Again.", published="2017-07-14")
    c = features_of("c", text + " Later.", published="2017-09-30")
    assert [s.doc_ids for s in suggest_stories([a, b, c])] == [["a", "b"]]


def test_one_shared_common_name_does_not_make_a_story() -> None:
    a = features_of("a", "Vladimir Putin spoke in Moscow about the harvest and grain exports to Egypt.")
    b = features_of("b", "Vladimir Putin met footballers in Sochi before the World Cup final in July.")
    assert suggest_stories([a, b]) == []


def test_a_quotation_counts_whichever_way_it_is_worded() -> None:
    a = features_of("a", "The U.S. will commit “daylight robbery”, he said.")
    b = features_of("b", "He called it a “robbery in broad daylight.”")
    assert "q:daylight|robber" in a.features & b.features


def test_stories_list_the_same_on_postgresql(tmp_path: Path, pg_url: str) -> None:
    """The story queries are common SQL: the PostgreSQL store lists the sample story as SQLite does."""
    lite = corpus(tmp_path / "c.db")
    pg = open_store(pg_url)
    try:
        pg.insert_documents(sample_documents())
        pg.set_story_key(sample_ids(), "lavrov-dachas")
        lite.set_story_key(sample_ids(), "lavrov-dachas")
        assert pg.stories() == lite.stories()
        assert pg.story_doc_ids("lavrov-dachas") == lite.story_doc_ids("lavrov-dachas")
    finally:
        pg.close()
        lite.close()
