"""Pairwise agreement counts for one document: span F1s, label and speaker agreement, argument F1 by role.

Counts, not ratios, so documents and annotator pairs add up exactly (micro averages).
F1 between two annotators is symmetric: 2 * matched / (units of A + units of B).
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field, fields

from annotator.core.models import Span, Unit
from annotator.agreement.matching import (
    body_key,
    boundary_pairs,
    by_kind,
    event_pairs,
    overlap_pairs,
    quote_pairs,
    strict_pairs,
)


@dataclass
class F1:
    matched: int = 0
    a: int = 0
    b: int = 0

    def add(self, matched: int, a: int, b: int) -> None:
        self.matched += matched
        self.a += a
        self.b += b

    def merge(self, other: F1) -> None:
        self.add(other.matched, other.a, other.b)

    @property
    def value(self) -> float | None:
        return None if self.a + self.b == 0 else 2 * self.matched / (self.a + self.b)


@dataclass
class Ratio:
    hits: int = 0
    total: int = 0

    def add(self, hits: int, total: int) -> None:
        self.hits += hits
        self.total += total

    def merge(self, other: Ratio) -> None:
        self.add(other.hits, other.total)

    @property
    def value(self) -> float | None:
        return None if self.total == 0 else self.hits / self.total


@dataclass
class EntityLabel:
    strict: F1 = field(default_factory=F1)
    overlap: F1 = field(default_factory=F1)
    label: Ratio = field(default_factory=Ratio)

    def merge(self, other: EntityLabel) -> None:
        self.strict.merge(other.strict)
        self.overlap.merge(other.overlap)
        self.label.merge(other.label)


@dataclass
class PairCounts:
    """Everything two annotators are compared on, summed over documents."""

    entity_strict: F1 = field(default_factory=F1)
    entity_overlap: F1 = field(default_factory=F1)
    entity_label: Ratio = field(default_factory=Ratio)
    quote: F1 = field(default_factory=F1)
    quote_speaker: Ratio = field(default_factory=Ratio)
    event: F1 = field(default_factory=F1)
    event_argument: F1 = field(default_factory=F1)
    units: F1 = field(default_factory=F1)  # identical units of any kind: the document's agreement
    entity_labels: dict[str, EntityLabel] = field(default_factory=dict)
    event_types: dict[str, F1] = field(default_factory=dict)
    roles: dict[str, F1] = field(default_factory=dict)

    def merge(self, other: PairCounts) -> None:
        for f in fields(self):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            if isinstance(mine, dict):
                for key, value in theirs.items():
                    mine.setdefault(key, type(value)()).merge(value)
            else:
                mine.merge(theirs)


def compare_pair(a: Sequence[Unit], b: Sequence[Unit]) -> PairCounts:
    """Two annotators' asserted units on one document."""
    out = PairCounts()
    ka, kb = by_kind(a), by_kind(b)
    _entities(ka.get("entity", []), kb.get("entity", []), out)
    _quotes(ka.get("quote", []), kb.get("quote", []), out)
    _events(ka.get("event", []), kb.get("event", []), out)
    _units(a, b, out)
    return out


def _entities(a: list[Unit], b: list[Unit], out: PairCounts) -> None:
    labels = out.entity_labels
    for u in a:
        labels.setdefault(u.body.label, EntityLabel()).strict.a += 1
        labels[u.body.label].overlap.a += 1
    for u in b:
        labels.setdefault(u.body.label, EntityLabel()).strict.b += 1
        labels[u.body.label].overlap.b += 1
    strict = strict_pairs(a, b)
    for i, _ in strict:
        labels[a[i].body.label].strict.matched += 1
    overlap = overlap_pairs(a, b)
    for i, _ in overlap:
        labels[a[i].body.label].overlap.matched += 1
    out.entity_strict.add(len(strict), len(a), len(b))
    out.entity_overlap.add(len(overlap), len(a), len(b))
    for i, j in boundary_pairs(a, b):
        la, lb = a[i].body.label, b[j].body.label
        same = int(la == lb)
        out.entity_label.add(same, 1)
        for label in {la, lb}:
            labels[label].label.add(same, 1)


def _quotes(a: list[Unit], b: list[Unit], out: PairCounts) -> None:
    pairs = quote_pairs(a, b)
    out.quote.add(len(pairs), len(a), len(b))
    for i, j in pairs:
        out.quote_speaker.add(int(same_speaker(a[i], b[j])), 1)


def same_speaker(a: Unit, b: Unit) -> bool:
    """The resolved speakers when both have one, else the speaker mentions: both absent, or overlapping."""
    qa, qb = a.body, b.body
    if qa.speaker_entity is not None and qb.speaker_entity is not None:
        return _same_mention(qa.speaker_entity, qb.speaker_entity)
    return _same_mention(qa.speaker, qb.speaker)


def _same_mention(x: Span | None, y: Span | None) -> bool:
    if x is None or y is None:
        return x is None and y is None
    return x.start < y.end and y.start < x.end


def _events(a: list[Unit], b: list[Unit], out: PairCounts) -> None:
    types = out.event_types
    for u in a:
        types.setdefault(u.body.type, F1()).a += 1
    for u in b:
        types.setdefault(u.body.type, F1()).b += 1
    pairs = event_pairs(a, b)
    out.event.add(len(pairs), len(a), len(b))
    for i, j in pairs:
        types[a[i].body.type].matched += 1
        _arguments(a[i].body.arguments, b[j].body.arguments, out)


def _arguments(a: dict[str, Span], b: dict[str, Span], out: PairCounts) -> None:
    """Arguments match when the role and the exact span agree."""
    for role in a.keys() | b.keys():
        x, y = a.get(role), b.get(role)
        matched = int(x is not None and y is not None and (x.start, x.end) == (y.start, y.end))
        n_a, n_b = int(x is not None), int(y is not None)
        out.roles.setdefault(role, F1()).add(matched, n_a, n_b)
        out.event_argument.add(matched, n_a, n_b)


def unit_agreement(units: Mapping[str, Sequence[Unit]], annotators: Sequence[str]) -> float | None:
    """Identical units over every pair of annotators (2 * same / all): a document's one-figure score."""
    out = PairCounts()
    for i, a in enumerate(annotators):
        for b in annotators[i + 1 :]:
            _units(units.get(a, []), units.get(b, []), out)
    return out.units.value


def _units(a: Sequence[Unit], b: Sequence[Unit], out: PairCounts) -> None:
    keys: dict[Hashable, int] = {}
    for u in a:
        k = body_key(u)
        keys[k] = keys.get(k, 0) + 1
    matched = 0
    for u in b:
        k = body_key(u)
        if keys.get(k, 0) > 0:
            keys[k] -= 1
            matched += 1
    out.units.add(matched, len(a), len(b))
