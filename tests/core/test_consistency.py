"""The consistency matcher: which other units a label, boundary or reject correction also fits."""

from __future__ import annotations

from annotator.consistency import Correction, DocUnits, Scope, find_matches
from annotator.core.models import Entity, Event, Quote, Span, Unit

A = "Trump met Putin. Later Trump said it went well."
B = "In Washington, Trump spoke. Trump Tower stood."


def ent(doc: str, text: str, word: str, label: str, nth: int = 0, uid: int = 0) -> Unit:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return Unit(id=uid, doc_id=doc, body=Entity(start=start, end=start + len(word), label=label))


def docs() -> list[DocUnits]:
    a = [ent("a", A, "Trump", "ORG", 0, 1), ent("a", A, "Putin", "PERSON", 0, 2), ent("a", A, "Trump", "ORG", 1, 3)]
    b = [ent("b", B, "Trump", "ORG", 0, 4), ent("b", B, "Trump Tower", "ORG", 0, 5), ent("b", B, "Washington", "GPE")]
    return [DocUnits("a", A, a), DocUnits("b", B, b)]


def not_first(doc_id: str, unit: Unit) -> bool:
    return unit.id == 1


def test_relabel_matches_identical_mentions_in_scope_only() -> None:
    fixed = Correction(before=docs()[0].units[0].body, after=Entity(start=0, end=5, label="PERSON"), text=A)
    assert fixed.what == "label"
    here = find_matches(fixed, docs(), Scope.article("a"), exclude=not_first)
    assert [(m.doc_id, m.unit.id, m.proposed.label) for m in here] == [("a", 3, "PERSON")]
    everywhere = find_matches(fixed, docs(), Scope.corpus(), exclude=not_first)
    # "Trump Tower" is not the same mention; Putin is not ORG.
    assert [(m.doc_id, m.unit.id) for m in everywhere] == [("a", 3), ("b", 4)]
    listed = find_matches(fixed, docs(), Scope.documents(["b"]))
    assert [m.unit.id for m in listed] == [4]


def test_reject_proposes_none_and_boundary_moves_edges_alike() -> None:
    text = "’ Foreign Ministry said so. The ’ Foreign Ministry agreed."
    units = [ent("c", text, "’ Foreign Ministry", "ORG", 0, 1), ent("c", text, "’ Foreign Ministry", "ORG", 1, 2)]
    trimmed = Entity(start=2, end=18, label="ORG")
    fixed = Correction(before=units[0].body, after=trimmed, text=text)
    assert fixed.what == "boundary"
    (m,) = find_matches(fixed, [DocUnits("c", text, units)], Scope.corpus(), exclude=lambda d, u: u.id == 1)
    assert m.proposed.span.text_of(text) == "Foreign Ministry"
    gone = Correction(before=units[0].body, after=None, text=text)
    assert [x.proposed for x in find_matches(gone, [DocUnits("c", text, units)], Scope.corpus())] == [None, None]


def test_other_kinds_match_on_their_own_label() -> None:
    text = "They met. They met again."
    ev = [
        Unit(id=i, doc_id="e", body=Event(trigger=Span(start=s, end=s + 3), type="Contact.Meet"))
        for i, s in ((1, 5), (2, 15))
    ]
    fixed = Correction(
        before=ev[0].body, after=ev[0].body.model_copy(update={"type": "Contact.Phone-Write"}), text=text
    )
    (m,) = find_matches(fixed, [DocUnits("e", text, ev)], Scope.corpus(), exclude=lambda d, u: u.id == 1)
    assert m.proposed.type == "Contact.Phone-Write" and m.unit.id == 2
    q = Unit(id=9, doc_id="e", body=Quote(content=Span(start=5, end=8), quote_kind="direct"))
    assert find_matches(fixed, [DocUnits("e", text, [q])], Scope.corpus()) == []
