"""Aligning units across annotators: one-to-one pair matching and clusters over all annotators.

Pair matching (for the F1 measures) is one-to-one and of maximum size, closest
counterparts first, so a unit is matched at most once and nested or overlapping spans
pair with their closest counterpart. Clusters (for differences and adjudication) use the same greedy order over
every pair of annotators, merging two groups only when no annotator would appear twice.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from annotator.core.models import Span, Unit

# An annotator's layer keeps rejected suggestions (for the model's precision) and may
# hold untouched suggestions; neither is something the annotator asserted.
NOT_ASSERTED = ("rejected", "suggested")
KINDS = ("entity", "quote", "event", "boilerplate")

Pair = tuple[int, int]


def kept(units: Iterable[Unit]) -> list[Unit]:
    """The units an annotator asserted."""
    return [u for u in units if u.state not in NOT_ASSERTED]


def by_kind(units: Iterable[Unit]) -> dict[str, list[Unit]]:
    out: dict[str, list[Unit]] = {}
    for u in units:
        out.setdefault(u.body.kind, []).append(u)
    return out


# -- span arithmetic on plain offsets (hot path: no Span objects built) --------------------


def bounds(unit: Unit) -> tuple[int, int]:
    """(start, end) of the unit's main span, read directly: `body.span` builds a validated Span."""
    body = unit.body
    kind = body.kind
    if kind == "quote":
        return body.content.start, body.content.end
    if kind == "event":
        return body.trigger.start, body.trigger.end
    return body.start, body.end


def span_overlap(a: Span | None, b: Span | None) -> bool:
    return a is not None and b is not None and a.start < b.end and b.start < a.end


def jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / (max(a[1], b[1]) - min(a[0], b[0]))


def label_of(unit: Unit) -> str:
    """The unit's label in the store's sense: entity label, event type, quote kind."""
    body = unit.body
    if body.kind == "event":
        return body.type
    if body.kind == "quote":
        return body.quote_kind
    return body.label


def _s(span: Span | None) -> tuple[int, int] | None:
    return None if span is None else (span.start, span.end)


def body_key(unit: Unit) -> Hashable:
    """A hashable stand-in for the body: equal keys mean identical annotations (fast, no JSON)."""
    body = unit.body
    if body.kind == "quote":
        return (
            "quote", _s(body.content), body.quote_kind, _s(body.speaker), _s(body.speaker_entity),
            _s(body.cue), tuple(_s(x) for x in body.extra),
        )
    if body.kind == "event":
        return ("event", _s(body.trigger), body.type, tuple(sorted((r, _s(s)) for r, s in body.arguments.items())))
    return (body.kind, body.start, body.end, label_of(unit))


# -- pair matching --------------------------------------------------------------------------

Score = Callable[[Unit, Unit], float]


def match_pairs(
    a: Sequence[Unit],
    b: Sequence[Unit],
    score: Score,
    bucket: Callable[[Unit], Hashable] | None = None,
) -> list[Pair]:
    """A maximum one-to-one matching, index pairs (i in a, j in b); score <= 0 never matches.

    Best-scoring pairs are taken first, then augmenting paths add any match the greedy
    order missed, so the count (the F1's numerator) is as large as it can be while closer
    boundaries still win ties. `bucket` restricts candidates to units with the same key
    (e.g. the label), which keeps the work near-linear on long documents.
    """
    keyed: dict[Hashable, list[int]] = {}
    for j, y in enumerate(b):
        keyed.setdefault(bucket(y) if bucket else None, []).append(j)
    adjacency: dict[int, list[tuple[float, int]]] = {}
    for i, x in enumerate(a):
        for j in keyed.get(bucket(x) if bucket else None, ()):
            s = score(x, b[j])
            if s > 0:
                adjacency.setdefault(i, []).append((-s, j))
    candidates = sorted((s, i, j) for i, edges in adjacency.items() for s, j in edges)
    match_a: dict[int, int] = {}
    match_b: dict[int, int] = {}
    for _, i, j in candidates:
        if i not in match_a and j not in match_b:
            match_a[i], match_b[j] = j, i
    neighbours = {i: [j for _, j in sorted(edges)] for i, edges in adjacency.items()}
    for i in neighbours:
        if i not in match_a:
            _augment(i, neighbours, match_a, match_b, set())
    return sorted(match_a.items())


def _augment(
    i: int, neighbours: dict[int, list[int]], match_a: dict[int, int], match_b: dict[int, int], seen: set[int]
) -> bool:
    """Kuhn's augmenting path from unmatched `i`: re-seat matched units to make room."""
    for j in neighbours[i]:
        if j in seen:
            continue
        seen.add(j)
        if j not in match_b or _augment(match_b[j], neighbours, match_a, match_b, seen):
            match_a[i], match_b[j] = j, i
            return True
    return False


def strict_pairs(a: Sequence[Unit], b: Sequence[Unit]) -> list[Pair]:
    """Entities with the same start, end and label."""
    return _exact_pairs(a, b, lambda u: (u.body.start, u.body.end, u.body.label))


def boundary_pairs(a: Sequence[Unit], b: Sequence[Unit]) -> list[Pair]:
    """Spans with the same start and end, whatever the label; same-label pairs are taken first."""
    same = strict_pairs(a, b)
    rest_a = [i for i in range(len(a)) if i not in {p[0] for p in same}]
    rest_b = [j for j in range(len(b)) if j not in {p[1] for p in same}]
    more = _exact_pairs([a[i] for i in rest_a], [b[j] for j in rest_b], bounds)
    return same + [(rest_a[i], rest_b[j]) for i, j in more]


def _exact_pairs(a: Sequence[Unit], b: Sequence[Unit], key: Callable[[Unit], Hashable]) -> list[Pair]:
    free: dict[Hashable, list[int]] = {}
    for j, y in enumerate(b):
        free.setdefault(key(y), []).append(j)
    out: list[Pair] = []
    for i, x in enumerate(a):
        slots = free.get(key(x))
        if slots:
            out.append((i, slots.pop(0)))
    return out


def overlap_score(x: Unit, y: Unit) -> float:
    """Same-label entities sharing a character, closer boundaries scoring higher."""
    return jaccard(bounds(x), bounds(y))


def overlap_pairs(a: Sequence[Unit], b: Sequence[Unit]) -> list[Pair]:
    return match_pairs(a, b, overlap_score, bucket=label_of)


def quote_score(x: Unit, y: Unit) -> float:
    return jaccard(bounds(x), bounds(y))


def quote_pairs(a: Sequence[Unit], b: Sequence[Unit]) -> list[Pair]:
    """Quotes whose content overlaps."""
    return match_pairs(a, b, quote_score)


def event_pairs(a: Sequence[Unit], b: Sequence[Unit]) -> list[Pair]:
    """Events of the same type whose triggers overlap."""
    return match_pairs(a, b, overlap_score, bucket=label_of)


# -- clusters over all annotators -----------------------------------------------------------


@dataclass
class Cluster:
    """Units that stand for the same thing, at most one per annotator."""

    kind: str
    members: dict[str, Unit] = field(default_factory=dict)

    @property
    def start(self) -> int:
        return min(bounds(u)[0] for u in self.members.values())

    @property
    def end(self) -> int:
        return max(bounds(u)[1] for u in self.members.values())


def cluster_score(x: Unit, y: Unit) -> float:
    """How alike two units of one kind are: identical > same boundaries > same label > overlap."""
    overlap = jaccard(bounds(x), bounds(y))
    if overlap <= 0:
        return 0.0
    if body_key(x) == body_key(y):
        return 4.0 + overlap
    score = overlap
    if bounds(x) == bounds(y):
        score += 2.0
    if label_of(x) == label_of(y):
        score += 1.0
    return score


def overlapping(a: Sequence[Unit], b: Sequence[Unit]) -> Iterator[Pair]:
    """Index pairs of units that share a character, by a sweep over start offsets (not all n*m pairs)."""
    if not a or not b:
        return
    spans = [bounds(u) for u in b]
    order = sorted(range(len(b)), key=lambda j: spans[j][0])
    starts = [spans[j][0] for j in order]
    longest = max(e - s for s, e in spans)
    for i, x in enumerate(a):
        xs, xe = bounds(x)
        lo = bisect_right(starts, xs - longest)
        hi = bisect_left(starts, xe)
        for k in range(lo, hi):
            j = order[k]
            if spans[j][1] > xs:
                yield i, j


def align(units: Mapping[str, Sequence[Unit]], annotators: Sequence[str]) -> list[Cluster]:
    """Clusters of all annotators' units, in text order; a unit nobody else has is a cluster alone."""
    clusters: list[Cluster] = []
    for kind in KINDS:
        per = {name: [u for u in units.get(name, ()) if u.body.kind == kind] for name in annotators}
        clusters.extend(_align_kind(kind, per, annotators))
    clusters.sort(key=lambda c: (c.start, -c.end, KINDS.index(c.kind)))
    return clusters


def _align_kind(kind: str, per: Mapping[str, Sequence[Unit]], annotators: Sequence[str]) -> list[Cluster]:
    nodes = [(name, i) for name in annotators for i in range(len(per[name]))]
    parent = {node: node for node in nodes}
    owners = {node: {node[0]} for node in nodes}

    def root(node: tuple[str, int]) -> tuple[str, int]:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    candidates: list[tuple[float, int, int, tuple[str, int], tuple[str, int]]] = []
    for p, left in enumerate(annotators):
        for q in range(p + 1, len(annotators)):
            right = annotators[q]
            for i, j in overlapping(per[left], per[right]):
                s = cluster_score(per[left][i], per[right][j])
                if s > 0:
                    candidates.append((-s, p, q, (left, i), (right, j)))
    candidates.sort(key=lambda c: (c[0], c[1], c[2], c[3][1], c[4][1]))
    for _, _, _, x, y in candidates:
        rx, ry = root(x), root(y)
        if rx != ry and not owners[rx] & owners[ry]:
            parent[ry] = rx
            owners[rx] |= owners.pop(ry)
    groups: dict[tuple[str, int], Cluster] = {}
    for name, i in nodes:
        groups.setdefault(root((name, i)), Cluster(kind)).members[name] = per[name][i]
    return list(groups.values())
