"""The editing service: every action lands in the store as decisions, and the view follows."""

from __future__ import annotations

import pytest
from conftest import TEXT, Article, span

from annotator.core.models import AnnotationError, Entity, Event, Quote
from annotator.desk import Desk, guess_quote_kind, related_spans
from annotator.store import Layer, SqliteStore


def mine(article: Article) -> list:
    return article.store.units(article.doc_id, Layer.annotator_name("ann"))


def view_of(article: Article, needle: str, kind: str = "entity"):
    s = span(article.text, needle)
    return next(v for v in article.desk.state.views if v.kind == kind and v.span == s)


def test_load_merges_suggestions_in_text_order_and_keeps_boilerplate_apart(article: Article) -> None:
    state = article.desk.state
    shown = [(v.kind, v.span.text_of(TEXT), v.state) for v in state.views]
    assert shown == [
        ("entity", "Maria Zakharova", "suggested"),
        ("entity", "Russia", "suggested"),
        ("quote", '"take counter measures against the US."', "suggested"),
        ("entity", "US", "suggested"),
        ("entity", "Moscow", "suggested"),
        ("event", "expel", "suggested"),
    ]
    assert [s.text_of(TEXT) for s in state.boilerplate] == ["Photo: José Müller 😀 | AFP"]
    assert state.suggestions_layer == "suggestions:test@1"


def test_accept_writes_an_accepted_copy_and_keeps_the_key(article: Article) -> None:
    v = view_of(article, "Russia")
    out = article.desk.accept(v)
    [unit] = mine(article)
    assert (unit.state, unit.origin_id, unit.body) == ("accepted", v.key, v.body)
    assert out.focus == v.key
    assert article.desk.state.view(v.key).state == "accepted"
    [d] = article.store.decisions("a1", "ann")
    assert (d.action, d.before, d.after["state"]) == ("accept", None, "accepted")
    assert article.store.state("a1", "ann").status == "in_progress"
    assert article.desk.accept(article.desk.state.view(v.key)).decisions == []  # already mine


def test_reject_suggestion_leaves_a_tombstone_that_accept_brings_back(article: Article) -> None:
    v = view_of(article, "US")
    article.desk.reject(v)
    [unit] = mine(article)
    assert (unit.state, unit.origin_id) == ("rejected", v.key)
    assert article.desk.state.view(v.key).state == "rejected"
    article.desk.accept(article.desk.state.view(v.key))
    [unit] = mine(article)
    assert unit.state == "accepted"
    assert [d.action for d in article.store.decisions("a1", "ann")] == ["reject", "accept"]


def test_reject_of_a_hand_made_unit_deletes_it_and_focuses_the_next(article: Article) -> None:
    out = article.desk.add_entity(span(TEXT, "spokeswoman"), "PERSON")
    added = article.desk.state.view(out.focus)
    assert added is not None and added.state == "added"
    gone = article.desk.reject(added)
    assert mine(article) == []
    assert gone.focus == view_of(article, "Russia").key
    assert gone.decisions[0].action == "delete"


def test_accept_all_is_one_undo_step(article: Article) -> None:
    article.desk.reject(view_of(article, "Moscow"))
    out = article.desk.accept_all()
    states = sorted(u.state for u in mine(article))
    assert states == ["accepted"] * 5 + ["rejected"]
    assert len(out.decisions) == 5
    assert article.desk.state.pending() == []
    article.desk.undo()
    assert [u.state for u in mine(article)] == ["rejected"]
    assert len(article.desk.state.pending()) == 5


def test_relabel_a_suggestion_makes_an_edited_unit_with_its_origin(article: Article) -> None:
    v = view_of(article, "Russia")
    article.desk.relabel(v, "ORG")
    [unit] = mine(article)
    assert (unit.state, unit.origin_id, unit.body.label) == ("edited", v.key, "ORG")
    article.desk.relabel(article.desk.state.view(v.key), "LOC")
    [unit] = mine(article)
    assert unit.body.label == "LOC"
    assert [d.action for d in article.store.decisions("a1", "ann")] == ["edit", "edit"]


def test_relabel_to_an_unknown_label_writes_nothing(article: Article) -> None:
    with pytest.raises(AnnotationError, match="unknown entity label"):
        article.desk.relabel(view_of(article, "Russia"), "ANIMAL")
    assert mine(article) == [] and article.store.decisions("a1", "ann") == []


def test_relabel_event_type_drops_roles_the_new_type_lacks(article: Article) -> None:
    v = view_of(article, "expel", "event")
    article.desk.relabel(v, "Justice.Arrest-Jail")  # roles: Person, Agent, Crime, Time, Place
    [unit] = mine(article)
    assert unit.body.type == "Justice.Arrest-Jail"
    assert list(unit.body.arguments) == ["Agent"]


def test_boundary_moves_go_token_by_token_and_never_cross(article: Article) -> None:
    desk = article.desk
    v = view_of(article, "Maria Zakharova")
    out = desk.move_end(v, +1)  # "Maria Zakharova,"
    assert desk.state.view(out.focus).span.text_of(TEXT) == "Maria Zakharova,"
    out = desk.move_start(desk.state.view(out.focus), +1)
    assert desk.state.view(out.focus).span.text_of(TEXT) == "Zakharova,"
    out = desk.move_end(desk.state.view(out.focus), -1)
    out = desk.move_end(desk.state.view(out.focus), -1)  # would leave nothing: refused
    assert desk.state.view(out.focus).span.text_of(TEXT) == "Zakharova"
    assert not out.changed
    out = desk.move_start(desk.state.view(out.focus), +1)
    assert not out.changed
    out = desk.move_start(desk.state.view(out.focus), -1)
    assert desk.state.view(out.focus).span.text_of(TEXT) == "Maria Zakharova"
    out = desk.move_start(desk.state.view(out.focus), -1)  # already at the text's first token
    assert not out.changed
    [unit] = mine(article)
    assert (unit.state, unit.body.start, unit.body.end) == ("edited", 0, 15)


def test_moving_a_quote_moves_its_content(article: Article) -> None:
    v = view_of(article, '"take counter measures against the US."', "quote")
    out = article.desk.move_start(v, +1)
    body = article.desk.state.view(out.focus).body
    assert isinstance(body, Quote)
    assert body.content.text_of(TEXT) == 'take counter measures against the US."'
    assert body.speaker == span(TEXT, "Maria Zakharova")  # the rest of the quote is kept


def test_add_entity_trims_whitespace_and_lands_on_accented_and_emoji_names(article: Article) -> None:
    s = span(TEXT, " José Müller 😀 ")
    out = article.desk.add_entity(s, "PERSON")
    unit = article.desk.state.view(out.focus).unit
    assert unit.body.span.text_of(TEXT) == "José Müller 😀"
    assert (unit.state, unit.origin_id, unit.source) == ("added", None, "annotator")
    with pytest.raises(AnnotationError, match="only whitespace"):
        article.desk.add_entity(span(TEXT, " ", 3), "PERSON")


def test_add_quote_with_speaker_and_cue(article: Article) -> None:
    out = article.desk.add_quote(
        span(TEXT, "Moscow could expel diplomats"), speaker=span(TEXT, "She"), cue=span(TEXT, "said", 1)
    )
    body = article.desk.state.view(out.focus).body
    assert isinstance(body, Quote)
    assert body.quote_kind == "indirect"
    assert body.speaker.text_of(TEXT) == "She" and body.cue == span(TEXT, "said", 1)
    v = article.desk.state.view(out.focus)
    out = article.desk.set_quote_speaker(v, span(TEXT, "She"), span(TEXT, "Maria Zakharova"))
    out = article.desk.set_quote_cue(article.desk.state.view(out.focus), None)
    [unit] = mine(article)
    assert unit.body.speaker_entity == span(TEXT, "Maria Zakharova") and unit.body.cue is None
    assert unit.state == "added"


def test_add_event_and_fill_its_roles(article: Article) -> None:
    out = article.desk.add_event(span(TEXT, "measures"), "Conflict.Retaliate", {"Agent": span(TEXT, "Russia")})
    v = article.desk.state.view(out.focus)
    out = article.desk.set_event_argument(v, "Patient", span(TEXT, "US"))
    body = article.desk.state.view(out.focus).body
    assert isinstance(body, Event)
    assert {r: s.text_of(TEXT) for r, s in body.arguments.items()} == {"Agent": "Russia", "Patient": "US"}
    out = article.desk.set_event_argument(article.desk.state.view(out.focus), "Agent", None)
    assert list(article.desk.state.view(out.focus).body.arguments) == ["Patient"]
    with pytest.raises(AnnotationError, match="not allowed"):
        article.desk.set_event_argument(article.desk.state.view(out.focus), "Victim", span(TEXT, "US"))


def test_editing_a_suggested_event_argument_creates_an_edited_unit(article: Article) -> None:
    v = view_of(article, "expel", "event")
    article.desk.set_event_argument(v, "Time", None)  # no such argument: nothing changes
    assert mine(article) == []
    article.desk.set_event_argument(v, "Patient", None)
    [unit] = mine(article)
    assert (unit.state, unit.origin_id, list(unit.body.arguments)) == ("edited", v.key, ["Agent"])


def test_undo_and_redo_follow_the_log(article: Article) -> None:
    desk = article.desk
    v = view_of(article, "Russia")
    desk.accept(v)
    desk.relabel(desk.state.view(v.key), "ORG")
    out = desk.undo()
    assert out.focus == v.key
    assert desk.state.view(v.key).label == "GPE" and desk.state.view(v.key).state == "accepted"
    desk.undo()
    assert desk.state.view(v.key).state == "suggested" and mine(article) == []
    assert desk.undo().decisions == []
    desk.redo()
    desk.redo()
    assert desk.state.view(v.key).label == "ORG"
    assert desk.redo().decisions == []
    actions = [d.action for d in article.store.decisions("a1", "ann")]
    assert actions == ["accept", "edit", "undo", "undo", "redo", "redo"]


def test_related_spans_of_quotes_and_events(article: Article) -> None:
    quote = view_of(article, '"take counter measures against the US."', "quote")
    assert [(n, s.text_of(TEXT)) for n, s in related_spans(quote.body)] == [
        ("speaker", "Maria Zakharova"),
        ("speaker entity", "Maria Zakharova"),
        ("cue", "said"),
    ]
    event = view_of(article, "expel", "event")
    assert [(n, s.text_of(TEXT)) for n, s in related_spans(event.body)] == [
        ("Agent", "Moscow"),
        ("Patient", "diplomats"),
    ]
    assert related_spans(Entity(start=0, end=1, label="PERSON")) == []


def test_quote_kind_guess() -> None:
    assert guess_quote_kind("“We will”") == "direct"
    assert guess_quote_kind("that they would") == "indirect"


def test_mentions_leave_out_rejected_entities(article: Article) -> None:
    article.desk.reject(view_of(article, "US"))
    assert [m.span.text_of(TEXT) for m in article.desk.state.mentions()] == ["Maria Zakharova", "Russia", "Moscow"]


def test_counts(article: Article, mem_store: SqliteStore) -> None:
    article.desk.accept(view_of(article, "US"))
    article.desk.add_entity(span(TEXT, "diplomats"), "NORP")
    assert article.desk.state.counts() == {"suggested": 5, "accepted": 1, "added": 1}
    assert Desk(mem_store, "ann").load("a1").counts() == {"suggested": 5, "accepted": 1, "added": 1}


def test_patched_views_always_match_a_full_rebuild(article: Article) -> None:
    """The in-place fast path after one edit must give exactly what a full merge gives."""
    import random

    from annotator.desk import ArticleState

    rng = random.Random(5)
    desk = article.desk
    labels = ["PERSON", "ORG", "GPE", "LOC"]
    for _ in range(60):
        views = desk.state.views
        v = rng.choice(views)
        move = rng.choice(["accept", "reject", "relabel", "undo", "redo", "end"])
        try:
            if move == "accept":
                desk.accept(v)
            elif move == "reject":
                desk.reject(v)
            elif move == "relabel" and v.kind == "entity":
                desk.relabel(v, rng.choice(labels))
            elif move == "end":
                desk.move_end(v, rng.choice([-1, 1]))
            elif move == "undo":
                desk.undo()
            elif move == "redo":
                desk.redo()
        except AnnotationError:
            pass
        fresh = ArticleState(
            document=desk.state.document,
            schema=desk.state.schema,
            status=desk.state.status,
            suggestions_layer=desk.state.suggestions_layer,
            suggestions=desk.state.suggestions,
            mine=dict(desk.state.mine),
        )
        fresh.rebuild()
        got = [(v.key, v.unit, v.state, v.suggestion, v.mine) for v in desk.state.views]
        want = [(v.key, v.unit, v.state, v.suggestion, v.mine) for v in fresh.views]
        assert got == want
        assert desk.state.pending_count == fresh.pending_count


def test_boundary_moves_follow_spacy_tokens_so_years_keeps_its_clitic(mem_store: SqliteStore) -> None:
    from annotator.core.models import Document, Unit

    text = "Last year's budget grew, officials said.\n"
    mem_store.insert_documents([Document(id="y1", title="Budget", text=text)])
    mem_store.add_units("suggestions:t@1", [Unit(doc_id="y1", body=Entity(start=0, end=11, label="DATE"), source="t")])
    mem_store.mark_layer_done("suggestions:t@1", ["y1"])
    desk = Desk(mem_store, "ann")
    desk.load("y1")
    [view] = desk.state.views
    assert view.span.text_of(text) == "Last year's"
    desk.move_end(view, -1)  # `{`
    [view] = desk.state.views
    assert view.span.text_of(text) == "Last year"  # not "Last year'"
    desk.move_end(view, +1)  # `}`
    [view] = desk.state.views
    assert view.span.text_of(text) == "Last year's"
