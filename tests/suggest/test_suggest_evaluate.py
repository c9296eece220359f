"""Scoring functions: matching, speaker identity, argument counting (pure, no model)."""

from __future__ import annotations

from annotator.core.models import Entity, Event, Quote, Span
from annotator.suggest.evaluate import same_referent, score_entities, score_events, score_quotes, speaker_right


def sp(a: int, b: int) -> Span:
    return Span(start=a, end=b)


TEXT = "Ms Zakharova said it. Maria Zakharova agreed. The ministry said so. Russian Foreign Ministry."


def test_same_referent_ignores_titles_and_first_names() -> None:
    assert same_referent("Ms Zakharova", "Maria Zakharova")
    assert same_referent("the Foreign Ministry", "Russian Foreign Ministry")
    assert not same_referent("Sergei Lavrov", "Sergei Ryabkov")
    assert not same_referent("he", "Maria Zakharova")


def test_quote_parts_match_by_overlap_and_count_extra_parts() -> None:
    gold = [Quote(content=sp(0, 10), extra=(sp(20, 30),)), Quote(content=sp(40, 50))]
    pred = [Quote(content=sp(2, 8)), Quote(content=sp(21, 29)), Quote(content=sp(60, 70))]
    s = score_quotes(gold, pred, TEXT)
    assert (s.quotes.tp, s.quotes.fp, s.quotes.fn) == (2, 1, 1)


def test_speaker_must_resolve_to_the_same_referent() -> None:
    gold = Quote(content=sp(0, 5), speaker=sp(14, 16), speaker_entity=sp(22, 37))  # "it" -> Maria Zakharova
    right = Quote(content=sp(0, 5), speaker=sp(14, 16), speaker_entity=sp(0, 12))  # -> Ms Zakharova
    wrong = Quote(content=sp(0, 5), speaker=sp(14, 16), speaker_entity=sp(68, 92))  # -> the ministry
    assert speaker_right(gold, right, TEXT)
    assert not speaker_right(gold, wrong, TEXT)
    assert not speaker_right(gold, Quote(content=sp(0, 5)), TEXT)
    assert speaker_right(Quote(content=sp(0, 5)), Quote(content=sp(0, 5)), TEXT)


def test_events_need_type_and_overlap_and_arguments_count_by_role() -> None:
    gold = [Event(trigger=sp(0, 5), type="Personnel.Expel", arguments={"Agent": sp(10, 15), "Time": sp(20, 25)})]
    pred = [
        Event(trigger=sp(0, 5), type="Personnel.Expel", arguments={"Agent": sp(11, 14), "Patient": sp(30, 35)}),
        Event(trigger=sp(40, 45), type="Personnel.Expel", arguments={"Agent": sp(50, 55)}),
        Event(trigger=sp(0, 5), type="Conflict.Attack"),
    ]
    s = score_events(gold, pred)
    assert (s.events.tp, s.events.fp, s.events.fn) == (1, 2, 0)
    assert (s.arguments.tp, s.arguments.fp, s.arguments.fn) == (1, 2, 1)


def test_entities_match_exactly() -> None:
    gold = [Entity(start=0, end=5, label="GPE"), Entity(start=6, end=9, label="ORG")]
    pred = [Entity(start=0, end=5, label="GPE"), Entity(start=6, end=9, label="PERSON")]
    s = score_entities(gold, pred)
    assert (s.tp, s.fp, s.fn) == (1, 1, 1)


def test_right_flags_and_calibration_rows_per_rule() -> None:
    from annotator.suggest.evaluate import Calibration, GoldDoc, right_flags

    gold = GoldDoc(id="d", quotes=[Quote(content=sp(0, 10))], entities=[Entity(start=22, end=37, label="PERSON")],
                   events=[Event(trigger=sp(38, 44), type="Business.Deal")])
    pred = [Quote(content=sp(2, 8)), Quote(content=sp(60, 70)), Entity(start=22, end=37, label="PERSON"),
            Entity(start=0, end=12, label="ORG"), Event(trigger=sp(38, 44), type="Contact.Meet")]
    flags = right_flags(gold, TEXT, pred)
    assert flags == [True, False, True, False, False]  # an event of the wrong type is wrong
    cal = Calibration()
    for body, rule, score, ok in zip(pred, ["governing", "term", "PERSON", "ORG", "verb"], [0.95, 0.15, 0.9, 0.8, 0.8], flags):
        cal.add(body.kind, rule, score, ok)
    rows = {(k, r): (s, n, ok, p) for k, r, s, n, ok, p in cal.table()}
    assert rows[("quote", "governing")] == ("0.95", "1", "1", "1.00")
    assert rows[("quote", "term")] == ("0.15", "1", "0", "0.00")
