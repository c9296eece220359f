"""The rules of an edit without a store: an article state and an action in, the decisions to write out."""

from __future__ import annotations

from typing import Any

import pytest
from article_data import TEXT, span, suggestions_for

from annotator.core.models import AnnotationError, DocState, Document, Entity, Event, Quote, Span, Unit
from annotator.core.schema import default_schema
from annotator.desk import ArticleState, ViewUnit
from annotator.edit_rules import Change, EditRules


def _state(mine: list[Unit] = ()) -> ArticleState:  # type: ignore[assignment]
    suggestions = {i: u.model_copy(update={"id": i}) for i, u in enumerate(suggestions_for("a1", TEXT), start=1)}
    state = ArticleState(
        document=Document(id="a1", text=TEXT),
        schema=default_schema(),
        status=DocState(doc_id="a1", annotator="ann"),
        suggestions_layer="suggestions:test@1",
        suggestions=suggestions,
        mine={u.id: u for u in mine if u.id is not None},
    )
    state.rebuild()
    return state


def _view(state: ArticleState, kind: str, label: str | None = None) -> ViewUnit:
    return next(v for v in state.views if v.kind == kind and (label is None or v.label == label))


@pytest.fixture
def rules() -> EditRules:
    return EditRules(_state(), "ann")


def test_accepting_a_suggestion_plans_one_accept_and_writes_nothing(rules: EditRules) -> None:
    state = rules.state
    before = (dict(state.mine), state.version)
    view = _view(state, "entity", "GPE")
    plan = rules.accept(view)
    [d] = plan.decisions
    assert (d.action, d.annotator, d.unit_id, d.before) == ("accept", "ann", None, None)
    assert d.after is not None and d.after["state"] == "accepted" and d.after["origin_id"] == view.key
    assert plan.focus == view.key and not plan.focus_new
    assert (dict(state.mine), state.version) == before  # pure: the state is as it was


def test_deciding_what_is_decided_plans_nothing() -> None:
    entity = suggestions_for("a1", TEXT)[0]
    accepted = entity.model_copy(update={"id": 100, "state": "accepted", "origin_id": 1})
    rules = EditRules(_state([accepted]), "ann")
    view = rules.state.view(1)
    assert view is not None and view.state == "accepted"
    assert rules.accept(view).decisions == []
    assert rules.reject(view).decisions[0].action == "reject"


def test_rejecting_a_hand_made_unit_deletes_it_and_focuses_a_neighbour() -> None:
    mine = Unit(id=50, doc_id="a1", body=Entity(start=0, end=5, label="PERSON"), state="added")
    rules = EditRules(_state([mine]), "ann")
    view = rules.state.view(50)
    assert view is not None
    plan = rules.reject(view)
    [d] = plan.decisions
    assert (d.action, d.unit_id, d.after) == ("delete", 50, None)
    assert plan.focus is not None and plan.focus != 50


def test_moving_a_boundary_steps_one_token_and_stops_at_the_edge(rules: EditRules) -> None:
    view = _view(rules.state, "entity", "PERSON")  # "Maria Zakharova", the first word of the text
    assert rules.moved_start(view, -1) is None
    change = rules.moved_end(view, +1)
    assert change is not None and change.view is view
    assert change.body.span.text_of(TEXT) == "Maria Zakharova,"
    plan = rules.write(change)
    [d] = plan.decisions
    assert d.action == "edit" and d.after is not None and d.after["state"] == "edited"


def test_a_hand_made_unit_stays_added_when_edited() -> None:
    mine = Unit(id=50, doc_id="a1", body=Entity(start=0, end=5, label="PERSON"), state="added")
    rules = EditRules(_state([mine]), "ann")
    view = rules.state.view(50)
    assert view is not None
    change = rules.relabelled(view, "ORG")
    assert change is not None
    [d] = rules.write(change).decisions
    assert d.after is not None and d.after["state"] == "added" and d.after["body"]["label"] == "ORG"


def test_relabelling_an_event_drops_roles_its_new_type_lacks(rules: EditRules) -> None:
    view = _view(rules.state, "event")
    change = rules.relabelled(view, "Life.Die")
    assert isinstance(change, Change) and isinstance(change.body, Event)
    assert change.body.type == "Life.Die" and set(change.body.arguments) == {"Agent"}  # "Patient" is gone


def test_relabelling_to_the_same_label_changes_nothing(rules: EditRules) -> None:
    view = _view(rules.state, "entity", "GPE")
    assert rules.relabelled(view, "GPE") is None


def test_refusals_carry_a_one_line_reason(rules: EditRules) -> None:
    entity = _view(rules.state, "entity", "GPE")
    with pytest.raises(AnnotationError, match="unknown entity label"):
        rules.relabelled(entity, "NOPE")
    with pytest.raises(AnnotationError, match="not quote"):
        rules.with_cue(entity, None)
    gap = TEXT.index(" ")
    with pytest.raises(AnnotationError, match="only whitespace"):
        rules.new_entity(Span(start=gap, end=gap + 1), "PERSON")


def test_a_new_unit_is_trimmed_and_focused_once_written(rules: EditRules) -> None:
    s = span(TEXT, "the spokeswoman")
    change = rules.new_entity(Span(start=s.start - 1, end=s.end), "PERSON")
    assert change.view is None and change.body.span == s
    plan = rules.write(change)
    [d] = plan.decisions
    assert d.action == "add" and plan.focus_new and d.after is not None and d.after["state"] == "added"


def test_a_new_quote_guesses_its_kind_from_its_opening_mark(rules: EditRules) -> None:
    direct = rules.new_quote(span(TEXT, '"take counter measures against the US."'))
    indirect = rules.new_quote(span(TEXT, "Moscow could expel diplomats"))
    assert isinstance(direct.body, Quote) and direct.body.quote_kind == "direct"
    assert isinstance(indirect.body, Quote) and indirect.body.quote_kind == "indirect"


def test_accept_all_is_one_plan_for_every_pending_suggestion(rules: EditRules) -> None:
    plan = rules.accept_all()
    assert len(plan.decisions) == rules.state.pending_count > 1
    assert {d.action for d in plan.decisions} == {"accept"}


def test_the_review_edits_by_the_same_rules_the_desk_writes(article: Any) -> None:
    """GoldEdits (the review) and Desk (the article screen) share EditRules: the body the review
    would put in gold is the body the desk commits, and the review writes nothing itself."""
    from annotator.store.base import Layer
    from annotator.tui.screens.review_session import GoldEdits

    desk, store = article.desk, article.store  # the desk fixture: TEXT with its suggestions, loaded
    gold = GoldEdits(store, "judge")
    gold.load("a1")
    edits = [
        lambda e, v: e.move_end(v, +1),
        lambda e, v: e.move_start(v, +1),
        lambda e, v: e.relabel(v, "Life.Die" if v.kind == "event" else "direct" if v.kind == "quote" else "ORG"),
    ]
    changed = 0
    for view in list(desk.state.views):
        for edit in edits:
            proposed = gold.propose("a1", view.body, lambda v, edit=edit: edit(gold, v))
            current = desk.state.view(view.key)
            assert current is not None
            outcome = edit(desk, current)
            written = desk.state.view(view.key)
            assert written is not None
            assert proposed == (written.body if outcome.changed else None)
            if outcome.changed:
                changed += 1
                desk.undo()
    assert changed >= 2 * len(desk.state.views)  # the edits did edit
    assert store.units("a1", Layer.annotator_name("judge")) == []
