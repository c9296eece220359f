"""Pilot flows of the review screens: press the keys, then look at the gold layer and the counters."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_review_support import JUDGE, anyio_backend, app_on, gold, open_doc, review_store, wait_scored  # noqa: F401

from annotator.tui.help import help_entries
from annotator.tui.screens.pickers import PickerScreen
from annotator.tui.screens.queue import QueueScreen
from annotator.tui.screens.review import ReviewScreen
from annotator.tui.screens.review_document import ReviewDocumentScreen


def header_text(app: object) -> str:
    return str(app.screen.query_one("#review-doc-header").content)  # type: ignore[attr-defined]


@pytest.mark.anyio
async def test_list_orders_documents_by_disagreement_with_scores_and_counts(tmp_path: Path) -> None:
    store = review_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_scored(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        docs = screen.session.docs
        assert [(d.doc_id, d.score.conflicts, d.left) for d in docs] == [("d1", 3, 3), ("d2", 0, 0)]
        assert docs[0].score.agreement == pytest.approx(4 / 9)
        assert screen.rows.cursor == 0  # on the first document with conflicts left
        assert "3 conflicts left" in str(screen.query_one("#review-title").content)
        assert gold(store) == []  # nothing is written before a document is opened
        await pilot.press("A")  # agreed units into gold everywhere, in a thread on its own connection
        for _ in range(100):
            await pilot.pause(0.02)
            if gold(store, "d2") and not screen.rows.loading:
                break
        assert gold(store, "d2") == [("Lavrov", "PERSON", "accepted", "agreed")]
        assert gold(store, "d1") == [("Sergei Lavrov", "PERSON", "accepted", "agreed")]
        assert [d.left for d in screen.session.docs] == [3, 0]  # the conflicts are still open
        await pilot.press("escape")
        assert isinstance(app.screen, QueueScreen)
        await pilot.press("R")  # the queue's way back in
        assert isinstance(app.screen, ReviewScreen)
    store.close()


@pytest.mark.anyio
async def test_take_a_version_the_majority_and_reject(tmp_path: Path) -> None:
    store = review_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_scored(pilot)
        await open_doc(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewDocumentScreen)
        assert gold(store) == [("Sergei Lavrov", "PERSON", "accepted", "agreed")]  # agreed, up front
        assert [c.kind for c in screen.conflicts] == ["label", "missing", "missing"]
        assert screen.index == 0 and "3 of 3 conflicts left here" in header_text(app)

        await pilot.press("3")  # c's ORG for Tillerson; the cursor moves to the next open conflict
        assert gold(store)[1] == ("Rex Tillerson", "ORG", "accepted", "c")
        assert screen.index == 1 and "2 of 3 conflicts left here" in header_text(app)
        assert "2 left overall" in header_text(app)

        await pilot.press("a")  # the majority (b and c) did not mark Moscow: a rejected record
        assert gold(store)[2] == ("Moscow", "GPE", "rejected", "majority")
        assert screen.index == 2
        assert screen.check_action("majority", ()) is None  # a, b and c all differ on the date: dimmed
        await pilot.press("a")
        assert len(gold(store)) == 3 and screen.index == 2

        await pilot.press("x")
        assert gold(store)[3][2:] == ("rejected", "rejected")
        assert "0 of 3 conflicts left here" in header_text(app) and "0 left overall" in header_text(app)
        provenance = {u.body.start: u.provenance for u in store.units("d1", "gold")}
        assert provenance[18] == {
            "adjudicator": JUDGE,
            "annotators": ["c"],
            "taken": "c",
            "units": provenance[18]["units"],
        }
        assert set(provenance[18]["units"]) == {"a", "b", "c"}
        actions = [d.action for d in store.decisions("d1", JUDGE)]
        assert actions == ["accept", "accept", "reject", "reject"]  # agreed, take 3, majority-absent, x

        await pilot.press("escape")
        assert isinstance(app.screen, ReviewScreen)
        assert app.screen.session.docs[0].left == 0
        assert "0 conflicts left" in str(app.screen.query_one("#review-title").content)
    store.close()


@pytest.mark.anyio
async def test_edit_keys_settle_with_my_version_and_undo_redo(tmp_path: Path) -> None:
    store = review_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_scored(pilot)
        await open_doc(pilot)
        screen = app.screen
        await pilot.press("l")
        assert isinstance(app.screen, PickerScreen)
        await pilot.press("G", "P", "E", "enter")
        await pilot.pause()
        assert gold(store)[1] == ("Rex Tillerson", "GPE", "edited", "edit")
        assert screen.index == 0  # an edit stays on its conflict

        await pilot.press("j", "j")  # the date: shown version is b's "Tuesday" (no majority: the first)
        await pilot.press("left_square_bracket")  # start one token left: "on Tuesday"
        assert gold(store)[-1] == ("on Tuesday", "DATE", "edited", "edit")
        await pilot.press("right_curly_bracket")  # end one token right: with the full stop
        assert gold(store)[-1] == ("on Tuesday.", "DATE", "edited", "edit")
        assert screen.left_here() == 1  # Moscow is still open

        await pilot.press("u")
        assert gold(store)[-1] == ("on Tuesday", "DATE", "edited", "edit")
        await pilot.press("u")
        assert [g[0] for g in gold(store)] == ["Sergei Lavrov", "Rex Tillerson"]
        assert screen.index == 2 and screen.left_here() == 2
        await pilot.press("k", "k", "U")  # the cursor follows what the redo touched
        assert gold(store)[-1] == ("on Tuesday", "DATE", "edited", "edit")
        assert screen.index == 2 and screen.left_here() == 1
    store.close()


@pytest.mark.anyio
async def test_moving_between_conflicts_and_documents(tmp_path: Path) -> None:
    store = review_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_scored(pilot)
        await open_doc(pilot)
        screen = app.screen
        await pilot.press("down", "j", "j")  # stops at the last
        assert screen.index == 2
        await pilot.press("up", "k", "k")
        assert screen.index == 0
        await pilot.press("tab")  # the next open one
        assert screen.index == 1
        await pilot.press("n")
        assert screen.doc_id == "d2" and screen.conflicts == [] and screen.index is None
        assert gold(store, "d2") == [("Lavrov", "PERSON", "accepted", "agreed")]
        assert app.screen.check_action("majority", ()) is None
        await pilot.press("n")  # the last document: stays
        assert screen.doc_id == "d2"
        await pilot.press("p")
        assert screen.doc_id == "d1" and screen.index == 0
    store.close()


@pytest.mark.anyio
async def test_agreed_units_listed_on_request_can_be_fixed_in_gold(tmp_path: Path) -> None:
    store = review_store(tmp_path / "c.db")
    app = app_on(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_scored(pilot)
        await open_doc(pilot)
        screen = app.screen
        await pilot.press("g")
        assert [c.kind for c in screen.conflicts] == ["agreed", "label", "missing", "missing"]
        assert screen.index == 1 and screen.left_here() == 3  # same conflict; agreed ones are settled
        await pilot.press("k", "x")  # everyone marked "Sergei Lavrov", but it stays out of gold
        assert gold(store)[0] == ("Sergei Lavrov", "PERSON", "rejected", "rejected")
        await pilot.press("g")
        assert [c.kind for c in screen.conflicts] == ["label", "missing", "missing"] and screen.index == 0
        await pilot.press("u")
        assert gold(store)[0] == ("Sergei Lavrov", "PERSON", "accepted", "agreed")
    store.close()


@pytest.mark.anyio
async def test_with_accept_agreed_off_agreed_units_wait_for_a_decision(tmp_path: Path) -> None:
    store = review_store(tmp_path / "c.db")
    app = app_on(store, accept_agreed=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_scored(pilot)
        assert [d.left for d in app.screen.session.docs] == [4, 1]
        await open_doc(pilot)
        screen = app.screen
        assert gold(store) == []
        assert [c.kind for c in screen.conflicts][0] == "agreed"
        await pilot.press("1")
        assert gold(store) == [("Sergei Lavrov", "PERSON", "accepted", "a")]
        assert "4 left overall" in header_text(app)
    store.close()


def test_help_lists_the_review_keys_under_their_screens() -> None:
    """The help screen's own test renders every binding; this pins where the review's keys are filed."""
    entries = help_entries({}, lambda b: b.key)
    groups = list(dict.fromkeys(e.group for e in entries))
    assert groups[:5] == ["Everywhere", "Queue", "Article", "Review", "Review document"]
    by_id = {e.id: e for e in entries}
    expected = {
        "review.open",
        "review.next_open",
        "review.accept_agreed",
        "review_document.take_1",
        "review_document.majority",
        "review_document.reject",
        "review_document.pick_label",
        "review_document.start_left",
        "review_document.end_right",
        "review_document.undo",
        "review_document.redo",
        "review_document.next",
        "review_document.next_document",
        "queue.review",
        "review_document.toggle_agreed",
    }
    assert expected <= set(by_id)
    assert by_id["review_document.take_1"].group == "Review document" and by_id["queue.review"].keys == "R"
