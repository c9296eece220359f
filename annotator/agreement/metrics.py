"""Pairwise agreement counts for one document: span F1s, label and speaker agreement, argument F1 by role.

Counts, not ratios, so documents and annotator pairs add up exactly (micro averages).
F1 between two annotators is symmetric: 2 * matched / (units of A + units of B).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields

from annotator.agreement.matching import Bounds, body_key, match_spans, span_key
from annotator.core.models import Unit


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


@dataclass
class Prepared:
    """One annotator's asserted units on one document, as plain tuples, built once for all pairs."""

    entities: dict[str, list[Bounds]]  # label -> spans
    strict: Counter[tuple[int, int, str]]
    spans: dict[Bounds, list[str]]  # boundaries -> labels there
    quotes: list[Bounds]
    speakers: list[tuple[Bounds | None, Bounds | None]]  # (speaker, speaker_entity) per quote
    events: dict[str, list[Bounds]]  # type -> triggers
    arguments: dict[str, list[dict[str, Bounds]]]  # type -> arguments per event
    keys: Counter[Hashable]
    n_entities: int
    n_quotes: int
    n_events: int


def prepare(units: Iterable[Unit]) -> Prepared:
    p = Prepared({}, Counter(), {}, [], [], {}, {}, Counter(), 0, 0, 0)
    for u in units:
        body = u.body
        p.keys[body_key(u)] += 1
        if body.kind == "entity":
            s, e, label = body.start, body.end, body.label
            p.entities.setdefault(label, []).append((s, e))
            p.strict[(s, e, label)] += 1
            p.spans.setdefault((s, e), []).append(label)
            p.n_entities += 1
        elif body.kind == "quote":
            p.quotes.append((body.content.start, body.content.end))
            p.speakers.append((span_key(body.speaker), span_key(body.speaker_entity)))
            p.n_quotes += 1
        elif body.kind == "event":
            p.events.setdefault(body.type, []).append((body.trigger.start, body.trigger.end))
            p.arguments.setdefault(body.type, []).append({r: (x.start, x.end) for r, x in body.arguments.items()})
            p.n_events += 1
    return p


def compare_pair(a: Sequence[Unit], b: Sequence[Unit]) -> PairCounts:
    """Two annotators' asserted units on one document."""
    return compare_prepared(prepare(a), prepare(b))


def compare_prepared(a: Prepared, b: Prepared) -> PairCounts:
    out = PairCounts()
    _entities(a, b, out)
    _quotes(a, b, out)
    _events(a, b, out)
    out.units.add((a.keys & b.keys).total(), sum(a.keys.values()), sum(b.keys.values()))
    return out


def _entities(a: Prepared, b: Prepared, out: PairCounts) -> None:
    labels = out.entity_labels
    strict = overlap = 0
    for label in a.entities.keys() | b.entities.keys():
        xs, ys = a.entities.get(label, []), b.entities.get(label, [])
        counts = labels[label] = EntityLabel()
        counts.strict.add(0, len(xs), len(ys))
        matched = len(match_spans(xs, ys)) if xs and ys else 0
        counts.overlap.add(matched, len(xs), len(ys))
        overlap += matched
    for (_s, _e, label), n in (a.strict & b.strict).items():
        labels[label].strict.matched += n
        strict += n
    out.entity_strict.add(strict, a.n_entities, b.n_entities)
    out.entity_overlap.add(overlap, a.n_entities, b.n_entities)
    for span in a.spans.keys() & b.spans.keys():
        _label_pairs(a.spans[span], b.spans[span], out)


def _label_pairs(la: list[str], lb: list[str], out: PairCounts) -> None:
    """Labels at one boundary: same-label pairs first, then the rest in order."""
    labels = out.entity_labels
    if len(la) == 1 and len(lb) == 1:  # the usual case, without building counters
        x, y = la[0], lb[0]
        agree = int(x == y)
        out.entity_label.add(agree, 1)
        labels[x].label.add(agree, 1)
        if not agree:
            labels[y].label.add(0, 1)
        return
    same = Counter(la) & Counter(lb)
    for label, n in same.items():
        out.entity_label.add(n, n)
        labels[label].label.add(n, n)
    rest_a = sorted((Counter(la) - same).elements())
    rest_b = sorted((Counter(lb) - same).elements())
    for x, y in zip(rest_a, rest_b):
        out.entity_label.add(0, 1)
        labels[x].label.add(0, 1)
        labels[y].label.add(0, 1)


def _quotes(a: Prepared, b: Prepared, out: PairCounts) -> None:
    pairs = match_spans(a.quotes, b.quotes) if a.quotes and b.quotes else []
    out.quote.add(len(pairs), a.n_quotes, b.n_quotes)
    for i, j in pairs:
        out.quote_speaker.add(int(_same_speaker(a.speakers[i], b.speakers[j])), 1)


def _same_speaker(x: tuple[Bounds | None, Bounds | None], y: tuple[Bounds | None, Bounds | None]) -> bool:
    """The resolved speakers when both have one, else the speaker mentions: both absent, or overlapping."""
    if x[1] is not None and y[1] is not None:
        return _same_mention(x[1], y[1])
    return _same_mention(x[0], y[0])


def _same_mention(x: Bounds | None, y: Bounds | None) -> bool:
    if x is None or y is None:
        return x is None and y is None
    return x[0] < y[1] and y[0] < x[1]


def _events(a: Prepared, b: Prepared, out: PairCounts) -> None:
    matched = 0
    for etype in a.events.keys() | b.events.keys():
        xs, ys = a.events.get(etype, []), b.events.get(etype, [])
        pairs = match_spans(xs, ys) if xs and ys else []
        out.event_types[etype] = F1(len(pairs), len(xs), len(ys))
        matched += len(pairs)
        for i, j in pairs:
            _arguments(a.arguments[etype][i], b.arguments[etype][j], out)
    out.event.add(matched, a.n_events, b.n_events)


def _arguments(a: dict[str, Bounds], b: dict[str, Bounds], out: PairCounts) -> None:
    """Arguments match when the role and the exact span agree."""
    for role in a.keys() | b.keys():
        x, y = a.get(role), b.get(role)
        matched = int(x is not None and x == y)
        n_a, n_b = int(x is not None), int(y is not None)
        out.roles.setdefault(role, F1()).add(matched, n_a, n_b)
        out.event_argument.add(matched, n_a, n_b)


def unit_agreement(units: Mapping[str, Sequence[Unit]], annotators: Sequence[str]) -> float | None:
    """Identical units over every pair of annotators (2 * same / all): a document's one-figure score."""
    keys = {a: Counter(body_key(u) for u in units.get(a, ())) for a in annotators}
    total = F1()
    for i, a in enumerate(annotators):
        for b in annotators[i + 1 :]:
            total.add((keys[a] & keys[b]).total(), sum(keys[a].values()), sum(keys[b].values()))
    return total.value
