"""The desk across articles and restarts: status, neighbours, focus, undo from the log."""

from __future__ import annotations

from pathlib import Path

from conftest import LAYER, TEXT, put_article, span

from annotator.core.models import Boilerplate, Entity, Unit
from annotator.desk import Desk
from annotator.store import SqliteStore, open_store


def test_undo_and_redo_survive_a_restart(file_store: SqliteStore, store_target: str | Path) -> None:
    put_article(file_store)
    desk = Desk(file_store, "ann")
    state = desk.load("a1")
    key = state.views[1].key
    desk.accept(state.views[1])
    desk.relabel(desk.state.view(key), "ORG")
    file_store.close()

    store = open_store(store_target)
    desk = Desk(store, "ann")
    desk.load("a1")
    assert desk.state.view(key).label == "ORG"
    desk.undo()
    store.close()

    store = open_store(store_target)
    desk = Desk(store, "ann")
    desk.load("a1")
    assert (desk.state.view(key).label, desk.state.view(key).state) == ("GPE", "accepted")
    desk.redo()
    assert Desk(store, "ann").load("a1").view(key).label == "ORG"
    store.close()


def test_done_skip_flag_and_next_undone(mem_store: SqliteStore) -> None:
    for doc_id in ("a1", "a2", "a3"):
        put_article(mem_store, doc_id, TEXT.replace("Russia", f"Russia {doc_id}"))
    desk = Desk(mem_store, "ann")
    desk.load("a1")
    assert desk.done() == "a2"
    assert mem_store.state("a1", "ann").status == "done"
    desk.load("a2")
    assert desk.skip() == "a3"
    desk.load("a3")
    state = desk.flag("check the quote")
    assert (state.flagged, state.note, state.status) == (True, "check the quote", "in_progress")
    assert desk.next_undone() is None  # a1 done, a2 skipped: only a3 itself is left
    assert desk.neighbour(-1) == "a2" and desk.neighbour(+1) is None
    assert desk.done() is None
    desk.load("a2")
    assert desk.next_undone() is None


def test_next_undone_wraps_round_to_the_top(mem_store: SqliteStore) -> None:
    for doc_id in ("a1", "a2"):
        put_article(mem_store, doc_id, TEXT + doc_id)
    desk = Desk(mem_store, "ann")
    desk.load("a2")
    assert desk.done() == "a1"


def test_focus_is_remembered_in_the_store(mem_store: SqliteStore) -> None:
    put_article(mem_store)
    desk = Desk(mem_store, "ann")
    state = desk.load("a1")
    desk.set_focus(state.views[2].key)
    assert mem_store.cursor("ann") == ("a1", state.views[2].key)


def test_suggestions_computed_later_are_picked_up_without_losing_my_work(mem_store: SqliteStore) -> None:
    put_article(mem_store, suggest=False)
    desk = Desk(mem_store, "ann")
    desk.load("a1")
    assert desk.needs_suggestions and desk.state.views == []
    desk.add_entity(span(TEXT, "Russia"), "GPE")
    assert not desk.reload_suggestions()  # nothing new yet
    s = span(TEXT, "Moscow")
    units = [
        Unit(doc_id="a1", body=Entity(start=s.start, end=s.end, label="GPE")),
        Unit(doc_id="a1", body=Entity(start=TEXT.index("Russia"), end=TEXT.index("Russia") + 6, label="GPE")),
        Unit(doc_id="a1", body=Boilerplate(start=0, end=5)),
    ]
    mem_store.add_units(LAYER, units)
    mem_store.mark_layer_done(LAYER, ["a1"])
    assert desk.reload_suggestions()
    shown = [(v.span.text_of(TEXT), v.state) for v in desk.state.views]
    assert shown == [("Russia", "added"), ("Moscow", "suggested")]  # my Russia hides the same suggestion
    assert desk.state.boilerplate == [span(TEXT, "Maria")]


def test_other_annotators_do_not_see_my_work(mem_store: SqliteStore) -> None:
    put_article(mem_store)
    mine = Desk(mem_store, "ann")
    mine.load("a1")
    mine.accept_all()
    theirs = Desk(mem_store, "bob").load("a1")
    assert {v.state for v in theirs.views} == {"suggested"}
    assert mem_store.state("a1", "bob").status == "todo"
