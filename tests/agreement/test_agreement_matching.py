"""Alignment edge cases (nested, overlapping, identical, duplicated spans) and typed differences."""

from __future__ import annotations

from annotator.agreement.differences import compare, describe, disagreements, kinds_of, who_said_what
from annotator.agreement.matching import align, kept, overlap_pairs, strict_pairs
from annotator.core.models import Entity, Event, Quote, Span, Unit

_ids = iter(range(1, 10_000))


def ent(start: int, end: int, label: str = "ORG", state: str = "added") -> Unit:
    return Unit(id=next(_ids), doc_id="d", body=Entity(start=start, end=end, label=label), state=state)


def quote(start: int, end: int, speaker: tuple[int, int] | None = None, kind: str = "direct") -> Unit:
    sp = Span(start=speaker[0], end=speaker[1]) if speaker else None
    return Unit(
        id=next(_ids),
        doc_id="d",
        body=Quote(content=Span(start=start, end=end), speaker=sp, quote_kind=kind),
        state="added",
    )


def event(start: int, etype: str, **args: tuple[int, int]) -> Unit:
    body = Event(
        trigger=Span(start=start, end=start + 3),
        type=etype,
        arguments={r: Span(start=s, end=e) for r, (s, e) in args.items()},
    )
    return Unit(id=next(_ids), doc_id="d", body=body, state="added")


def test_identical_spans_by_two_annotators_match_strictly_and_agree() -> None:
    a, b = [ent(0, 5, "PERSON")], [ent(0, 5, "PERSON")]
    assert strict_pairs(a, b) == [(0, 0)]
    diffs = compare("d", {"a": a, "b": b}, ["a", "b"])
    assert len(diffs) == 1 and diffs[0].agreed and diffs[0].kind == "agreed"
    assert diffs[0].majority() == 0


def test_duplicate_spans_match_once_each() -> None:
    a = [ent(0, 5), ent(0, 5)]
    b = [ent(0, 5)]
    assert strict_pairs(a, b) == [(0, 0)]
    diffs = compare("d", {"a": a, "b": b}, ["a", "b"])
    assert sorted(d.kind for d in diffs) == ["agreed", "missing"]


def test_nested_spans_pair_with_the_closest_counterpart() -> None:
    # a marks the whole council (ORG); b marks the city inside it (GPE) and the council (ORG)
    a = [ent(0, 21, "ORG")]
    b = [ent(0, 13, "GPE"), ent(0, 21, "ORG")]
    assert overlap_pairs(a, b) == [(0, 1)]  # same label only: the ORG, not the GPE inside it
    clusters = align({"a": a, "b": b}, ["a", "b"])
    assert [(c.start, c.end, sorted(c.members)) for c in clusters] == [(0, 21, ["a", "b"]), (0, 13, ["b"])]
    kinds = [d.kinds for d in compare("d", {"a": a, "b": b}, ["a", "b"])]
    assert kinds == [(), ("missing",)]


def test_overlapping_spans_with_different_labels_are_one_boundary_and_label_difference() -> None:
    a = [ent(0, 10, "ORG")]
    b = [ent(5, 15, "GPE")]
    diffs = disagreements("d", {"a": a, "b": b}, ["a", "b"])
    assert len(diffs) == 1
    assert diffs[0].kinds == ("boundary", "label")


def test_overlap_matching_is_maximum_not_greedy() -> None:
    # greedy by closeness pairs a0 with b1 (higher overlap) and leaves both a1 and b0 alone;
    # the maximum matching pairs a0-b0 and a1-b1
    a = [ent(0, 10), ent(9, 20)]
    b = [ent(0, 2), ent(1, 10)]
    assert len(overlap_pairs(a, b)) == 2


def test_no_annotator_appears_twice_in_a_cluster() -> None:
    a = [ent(0, 4), ent(5, 9)]
    b = [ent(0, 9)]
    clusters = align({"a": a, "b": b}, ["a", "b"])
    assert all(len(c.members) == len(set(c.members)) for c in clusters)
    assert sorted(len(c.members) for c in clusters) == [1, 2]


def test_three_annotators_majority_and_who_said_what() -> None:
    text = "Sergei Lavrov met Rex Tillerson."
    a, b, c = [ent(0, 13, "PERSON")], [ent(0, 13, "PERSON")], [ent(7, 13, "ORG")]
    (diff,) = compare("d", {"a": a, "b": b, "c": c}, ["a", "b", "c"])
    assert diff.kinds == ("boundary", "label")
    assert diff.majority() == 0
    assert diff.holders(2) == ("c",)
    assert who_said_what(diff, text) == ['a, b: PERSON "Sergei Lavrov" 0-13', 'c: ORG "Lavrov" 7-13']


def test_absence_can_be_the_majority() -> None:
    (diff,) = compare("d", {"a": [ent(0, 3)], "b": [], "c": []}, ["a", "b", "c"])
    assert diff.kinds == ("missing",)
    assert diff.versions[1] is None and diff.majority() == 1
    assert diff.holders(1) == ("b", "c")


def test_two_annotators_split_have_no_majority() -> None:
    (diff,) = compare("d", {"a": [ent(0, 3, "ORG")], "b": [ent(0, 3, "GPE")]}, ["a", "b"])
    assert diff.majority() is None


def test_quote_differences_speaker_and_kind() -> None:
    a = [quote(10, 30, (0, 5))]
    b = [quote(10, 30, (40, 45), kind="indirect")]
    (diff,) = compare("d", {"a": a, "b": b}, ["a", "b"])
    assert diff.unit_kind == "quote"
    assert diff.kinds == ("label", "speaker")


def test_event_differences_type_and_argument() -> None:
    a = [event(10, "Contact.Meet", Agent=(0, 5))]
    b = [event(11, "Conflict.Attack", Agent=(0, 6))]
    (diff,) = compare("d", {"a": a, "b": b}, ["a", "b"])
    assert diff.kinds == ("boundary", "event_type", "event_argument")


def test_kinds_of_everyone_missing_but_one() -> None:
    assert kinds_of([None, ent(0, 2), None]) == ("missing",)


def test_kept_leaves_out_rejected_and_untouched_suggestions() -> None:
    units = [
        ent(0, 1, state="accepted"),
        ent(2, 3, state="rejected"),
        ent(4, 5, state="suggested"),
        ent(6, 7, state="edited"),
    ]
    assert [u.body.start for u in kept(units)] == [0, 6]


def test_describe_every_kind() -> None:
    text = "Lavrov said: we will respond. They met in Moscow."
    assert describe(None, text) == "(not marked)"
    assert describe(quote(13, 29, (0, 6)), text) == 'direct quote "we will respond." said by "Lavrov"'
    assert describe(event(35, "Contact.Meet", Place=(42, 48)), text) == 'Contact.Meet "met" [Place="Moscow"]'


def test_differences_come_in_text_order_across_kinds() -> None:
    units = {"a": [event(40, "Contact.Meet"), ent(0, 3), quote(10, 20)], "b": [ent(50, 52)]}
    starts = [d.start for d in compare("d", units, ["a", "b"])]
    assert starts == sorted(starts) == [0, 10, 40, 50]
