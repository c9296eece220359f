"""Scoring functions: matching, speaker identity, argument counting (pure, no model)."""

from __future__ import annotations

from annotator.core.models import Entity, Event, Quote, Span
from annotator.suggest.evaluate import same_referent, score_entities, score_events, score_quotes, speaker_right


def sp(a: int, b: int) -> Span:
    return Span(start=a, end=b)


TEXT = "Ms Zakharova said it. Maria Zakharova agreed. The ministry said so. Russian Foreign Ministry."


def test_same_referent_knows_a_body_by_its_initials() -> None:
    assert same_referent("The NWS", "The National Weather Service")
    assert same_referent("FAA", "the Federal Aviation Administration")
    assert not same_referent("NWS", "National Hurricane Center")


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


# --- issue 11 figures: quoted content at IoU 0.5 and exact, indirect recall, trigger recall,
# legacy type names, sentences lost inside furniture, calibration


def test_quoted_content_counts_direct_and_partial_at_half_overlap_and_exactly() -> None:
    gold = [
        Quote(content=sp(0, 10)),
        Quote(content=sp(20, 30), quote_kind="partial"),
        Quote(content=sp(40, 50), quote_kind="indirect"),
    ]
    pred = [
        Quote(content=sp(0, 10)),  # exact
        Quote(content=sp(20, 26), quote_kind="direct"),  # IoU 0.6: counts at 0.5, not exactly
        Quote(content=sp(60, 64), quote_kind="partial"),  # a scare quote: a false quote
        Quote(content=sp(41, 49), quote_kind="indirect"),
    ]
    s = score_quotes(gold, pred, TEXT)
    assert (s.quoted_half.tp, s.quoted_half.fp, s.quoted_half.fn) == (2, 1, 0)
    assert (s.quoted_exact.tp, s.quoted_exact.fp, s.quoted_exact.fn) == (1, 2, 1)
    assert (s.indirect.tp, s.indirect.fn) == (1, 0)


def test_half_overlap_is_intersection_over_union() -> None:
    from annotator.suggest.evaluate import iou

    assert iou(sp(0, 10), sp(0, 10)) == 1.0
    assert iou(sp(0, 10), sp(5, 15)) == 5 / 15
    assert iou(sp(0, 4), sp(6, 9)) == 0.0
    gold = [Quote(content=sp(0, 10))]
    assert score_quotes(gold, [Quote(content=sp(0, 4))], TEXT).quoted_half.tp == 0  # overlaps, but under half


def test_an_indirect_quote_suggested_as_direct_is_not_indirect_recall() -> None:
    s = score_quotes([Quote(content=sp(0, 10), quote_kind="indirect")], [Quote(content=sp(0, 10))], TEXT)
    assert (s.indirect.tp, s.indirect.fn) == (0, 1)


def test_trigger_recall_ignores_the_type_but_trigger_and_type_does_not() -> None:
    gold = [Event(trigger=sp(0, 5), type="Justice.Sue"), Event(trigger=sp(10, 15), type="Life.Die")]
    pred = [Event(trigger=sp(0, 5), type="Justice.Charge-Indict")]
    s = score_events(gold, pred)
    assert (s.triggers.tp, s.triggers.fn) == (1, 1)
    assert s.events.tp == 0


def test_old_type_and_role_names_are_mapped_to_ace_before_matching() -> None:
    from annotator.suggest.legacy_types import modernise

    old = Event(trigger=sp(0, 5), type="Justice.Arrest", arguments={"Agent": sp(6, 9), "Patient": sp(10, 14)})
    new = modernise(old)
    assert new.type == "Justice.Arrest-Jail" and set(new.arguments) == {"Agent", "Person"}
    gold = [Event(trigger=sp(0, 5), type="Justice.Arrest-Jail", arguments={"Person": sp(10, 14)})]
    s = score_events(gold, [old])
    assert s.events.tp == 1 and s.arguments.tp == 1
    already = Event(trigger=sp(0, 5), type="Life.Die", arguments={"Agent": sp(6, 9), "Victim": sp(10, 14)})
    assert modernise(already) is already


def test_a_sentence_is_lost_when_suggested_furniture_covers_half_of_it() -> None:
    from annotator.suggest.evaluate import article_sentences, lost_sentences

    text = "PARIS (AP) — Police arrested two men on Sunday. They were charged.\nRead more: other news here"
    dateline, more = sp(0, 12), sp(text.index("Read more"), len(text))
    sentences = [text[s.start : s.end] for s in article_sentences(text, [dateline, more])]
    assert sentences == ["Police arrested two men on Sunday.", "They were charged."]
    assert lost_sentences(text, [dateline, more], [dateline, more]) == (2, 0)
    assert lost_sentences(text, [dateline, more], [sp(0, 40)]) == (2, 1)


def test_calibration_bins_scores_and_keeps_unscored_apart() -> None:
    from annotator.suggest.calibration import Calibration

    c = Calibration()
    for score, right in ((0.81, True), (0.85, False), (0.95, True), (None, True), (None, False)):
        c.add("quote", score, right)
    rows = list(c.rows())
    assert ("quote", "0.8-0.9", 2, "0.830", "0.500") in rows
    assert ("quote", "0.9-1.0", 1, "0.950", "1.000") in rows
    assert ("quote", "None", 2, "", "0.500") in rows
    other = Calibration()
    other.add("quote", 1.0, True)
    c.merge(other)
    assert ("quote", "0.9-1.0", 2, "0.975", "1.000") in list(c.rows())


def test_document_scores_feed_calibration_and_skip_entities_a_gold_file_lacks() -> None:
    from annotator.core.models import Boilerplate
    from annotator.suggest.evaluate import GoldDoc, score_document

    gold = GoldDoc(id="x", quotes=[Quote(content=sp(0, 10))], boilerplate=[Boilerplate(start=70, end=80)])
    pred = [
        Quote(content=sp(0, 10)),
        Quote(content=sp(30, 40)),
        Entity(start=0, end=2, label="PERSON"),
        Boilerplate(start=70, end=80),
    ]
    s = score_document(gold, TEXT, pred, [0.9, 0.2, 0.5, None])
    assert s.entities.fp == 0
    rows = list(s.calibration.rows())
    assert ("quote", "0.9-1.0", 1, "0.900", "1.000") in rows and ("quote", "0.2-0.3", 1, "0.200", "0.000") in rows
    assert ("boilerplate", "None", 1, "", "1.000") in rows
    assert not any(r[0] == "entity" for r in rows)


def test_right_flags_and_calibration_rows_per_rule() -> None:
    from annotator.suggest.evaluate import GoldDoc, RuleCalibration, right_flags

    gold = GoldDoc(
        id="d",
        quotes=[Quote(content=sp(0, 10))],
        entities=[Entity(start=22, end=37, label="PERSON")],
        events=[Event(trigger=sp(38, 44), type="Business.Deal")],
    )
    pred = [
        Quote(content=sp(2, 8)),
        Quote(content=sp(60, 70)),
        Entity(start=22, end=37, label="PERSON"),
        Entity(start=0, end=12, label="ORG"),
        Event(trigger=sp(38, 44), type="Contact.Meet"),
    ]
    flags = right_flags(gold, TEXT, pred)
    assert flags == [True, False, True, False, False]  # an event of the wrong type is wrong
    cal = RuleCalibration()
    for body, rule, score, ok in zip(
        pred, ["governing", "term", "PERSON", "ORG", "verb"], [0.95, 0.15, 0.9, 0.8, 0.8], flags
    ):
        cal.add(body.kind, rule, score, ok)
    rows = {(k, r): (s, n, ok, p) for k, r, s, n, ok, p in cal.table()}
    assert rows[("quote", "governing")] == ("0.95", "1", "1", "1.00")
    assert rows[("quote", "term")] == ("0.15", "1", "0", "0.00")
