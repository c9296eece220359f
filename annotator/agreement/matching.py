"""Aligning units across annotators: one-to-one pair matching and clusters over all annotators.

Pair matching (for the F1 measures) is one-to-one and of maximum size, closest
counterparts first, so a unit is matched at most once and nested or overlapping spans
pair with their closest counterpart. Clusters (for differences and adjudication) take
candidate pairs over every pair of annotators, best first, merging two groups only when
no annotator would appear twice. Both work on plain (start, end) tuples: these loops run
for every unit of a corpus.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from annotator.core.models import KINDS as UNIT_KINDS
from annotator.core.models import Span, Unit

# An annotator's layer keeps rejected suggestions (for the model's precision) and may
# hold untouched suggestions; neither is something the annotator asserted.
NOT_ASSERTED = ("rejected", "suggested")
KINDS = tuple(UNIT_KINDS)  # every kind, in registry order (the order clusters sort by)

Pair = tuple[int, int]
Bounds = tuple[int, int]


def kept(units: Iterable[Unit]) -> list[Unit]:
    """The units an annotator asserted."""
    return [u for u in units if u.state not in NOT_ASSERTED]


def by_kind(units: Iterable[Unit]) -> dict[str, list[Unit]]:
    out: dict[str, list[Unit]] = {}
    for u in units:
        out.setdefault(u.body.kind, []).append(u)
    return out


def bounds(unit: Unit) -> Bounds:
    """(start, end) of the unit's main span, read directly: `body.span` builds a validated Span."""
    return unit.body.bounds


def jaccard(a: Bounds, b: Bounds) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / (max(a[1], b[1]) - min(a[0], b[0]))


def span_key(span: Span | None) -> Bounds | None:
    return None if span is None else (span.start, span.end)


def body_key(unit: Unit) -> Hashable:
    """A hashable stand-in for the body: equal keys mean identical annotations (fast, no JSON)."""
    return unit.body.key()


# -- pair matching on spans -----------------------------------------------------------------


def overlapping(a: Sequence[Bounds], b: Sequence[Bounds]) -> Iterator[Pair]:
    """Index pairs of spans that share a character, by a sweep over start offsets (not all n*m pairs)."""
    if not a or not b:
        return
    order = sorted(range(len(b)), key=lambda j: b[j][0])
    starts = [b[j][0] for j in order]
    longest = max(e - s for s, e in b)
    for i, (xs, xe) in enumerate(a):
        for k in range(bisect_right(starts, xs - longest), bisect_left(starts, xe)):
            j = order[k]
            if b[j][1] > xs:
                yield i, j


def match_spans(a: Sequence[Bounds], b: Sequence[Bounds]) -> list[Pair]:
    """A maximum one-to-one matching of overlapping spans, index pairs (i in a, j in b).

    Closest pairs (by Jaccard overlap) are taken first, then augmenting paths add any match
    the greedy order missed, so the count (an F1's numerator) is as large as it can be.
    """
    edges = sorted((-jaccard(a[i], b[j]), i, j) for i, j in overlapping(a, b))
    match_a: dict[int, int] = {}
    match_b: dict[int, int] = {}
    neighbours: dict[int, list[int]] = {}
    for _, i, j in edges:
        neighbours.setdefault(i, []).append(j)
        if i not in match_a and j not in match_b:
            match_a[i], match_b[j] = j, i
    if len(match_a) < min(len(neighbours), len({j for _, _, j in edges})):
        for i in neighbours:
            if i not in match_a:
                _augment(i, neighbours, match_a, match_b, set())
    return sorted(match_a.items())


def _augment(
    i: int, neighbours: dict[int, list[int]], match_a: dict[int, int], match_b: dict[int, int], seen: set[int]
) -> bool:
    """Kuhn's augmenting path from unmatched `i`: re-seat matched spans to make room."""
    for j in neighbours[i]:
        if j in seen:
            continue
        seen.add(j)
        if j not in match_b or _augment(match_b[j], neighbours, match_a, match_b, seen):
            match_a[i], match_b[j] = j, i
            return True
    return False


def match_by(a: Sequence[Unit], b: Sequence[Unit], same_label: bool) -> list[Pair]:
    """`match_spans` over units, within each label when `same_label`."""
    groups: dict[str, tuple[list[int], list[int]]] = {}
    for side, units in ((0, a), (1, b)):
        for i, u in enumerate(units):
            groups.setdefault(u.body.main_label if same_label else "", ([], []))[side].append(i)
    out: list[Pair] = []
    for ia, ib in groups.values():
        found = match_spans([bounds(a[i]) for i in ia], [bounds(b[j]) for j in ib])
        out.extend((ia[i], ib[j]) for i, j in found)
    return sorted(out)


def strict_pairs(a: Sequence[Unit], b: Sequence[Unit]) -> list[Pair]:
    """Entities with the same start, end and label."""
    return exact_pairs([(*bounds(u), u.body.main_label) for u in a], [(*bounds(u), u.body.main_label) for u in b])


def boundary_pairs(a: Sequence[Unit], b: Sequence[Unit]) -> list[Pair]:
    """Spans with the same start and end, whatever the label; same-label pairs are taken first."""
    same = strict_pairs(a, b)
    rest_a = [i for i in range(len(a)) if i not in {p[0] for p in same}]
    rest_b = [j for j in range(len(b)) if j not in {p[1] for p in same}]
    more = exact_pairs([bounds(a[i]) for i in rest_a], [bounds(b[j]) for j in rest_b])
    return same + [(rest_a[i], rest_b[j]) for i, j in more]


def exact_pairs(a: Sequence[Hashable], b: Sequence[Hashable]) -> list[Pair]:
    """Equal keys, each used once, in order."""
    free: dict[Hashable, list[int]] = {}
    for j, key in enumerate(b):
        free.setdefault(key, []).append(j)
    out: list[Pair] = []
    for i, key in enumerate(a):
        slots = free.get(key)
        if slots:
            out.append((i, slots.pop(0)))
    return out


def overlap_pairs(a: Sequence[Unit], b: Sequence[Unit]) -> list[Pair]:
    """Same-label units sharing a character (entities; events by trigger and type)."""
    return match_by(a, b, same_label=True)


def quote_pairs(a: Sequence[Unit], b: Sequence[Unit]) -> list[Pair]:
    """Quotes whose content overlaps."""
    return match_by(a, b, same_label=False)


event_pairs = overlap_pairs


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


Info = tuple[Bounds, str, Hashable]


def cluster_score(x: Info, y: Info) -> float:
    """How alike two units of one kind are: identical > same boundaries > same label > overlap."""
    overlap = jaccard(x[0], y[0])
    if overlap <= 0:
        return 0.0
    if x[2] == y[2]:
        return 4.0 + overlap
    return overlap + (2.0 if x[0] == y[0] else 0.0) + (1.0 if x[1] == y[1] else 0.0)


def align(units: Mapping[str, Sequence[Unit]], annotators: Sequence[str]) -> list[Cluster]:
    """Clusters of all annotators' units, in text order; a unit nobody else has is a cluster alone."""
    per: dict[str, dict[str, list[Unit]]] = {kind: {a: [] for a in annotators} for kind in KINDS}
    for name in annotators:
        for u in units.get(name, ()):
            per[u.body.kind][name].append(u)
    clusters: list[Cluster] = []
    for kind in KINDS:
        if any(per[kind].values()):
            agreed, rest = _split_agreed(kind, per[kind], annotators)
            clusters.extend(agreed)
            clusters.extend(_align_kind(kind, rest, annotators))
    clusters.sort(key=lambda c: (c.start, -c.end, KINDS.index(c.kind)))
    return clusters


def _split_agreed(
    kind: str, per: Mapping[str, Sequence[Unit]], annotators: Sequence[str]
) -> tuple[list[Cluster], dict[str, list[Unit]]]:
    """Units every annotator has exactly once, identical: complete clusters at once (most units are).

    The greedy order would pair them first anyway (identical scores highest) and a cluster
    holding every annotator can take nothing more, so the result is the same, only cheaper.
    """
    keyed: dict[str, dict[Hashable, list[Unit]]] = {a: {} for a in annotators}
    for a in annotators:
        for u in per[a]:
            keyed[a].setdefault(body_key(u), []).append(u)
    first = keyed[annotators[0]]
    shared = [
        k for k, us in first.items() if len(us) == 1 and all(len(keyed[a].get(k, ())) == 1 for a in annotators[1:])
    ]
    agreed = [Cluster(kind, {a: keyed[a][k][0] for a in annotators}) for k in shared]
    if not agreed:
        return [], {a: list(per[a]) for a in annotators}
    taken = {id(u) for c in agreed for u in c.members.values()}
    return agreed, {a: [u for u in per[a] if id(u) not in taken] for a in annotators}


def _align_kind(kind: str, per: Mapping[str, Sequence[Unit]], annotators: Sequence[str]) -> list[Cluster]:
    info = {name: [(bounds(u), u.body.main_label, body_key(u)) for u in per[name]] for name in annotators}
    nodes = [(name, i) for name in annotators for i in range(len(per[name]))]
    parent = {node: node for node in nodes}
    owners = {node: {node[0]} for node in nodes}

    def root(node: tuple[str, int]) -> tuple[str, int]:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    candidates: list[tuple[float, int, int, int, int]] = []
    for p, left in enumerate(annotators):
        for q in range(p + 1, len(annotators)):
            right = annotators[q]
            spans_l = [x[0] for x in info[left]]
            spans_r = [x[0] for x in info[right]]
            for i, j in overlapping(spans_l, spans_r):
                candidates.append((-cluster_score(info[left][i], info[right][j]), p, q, i, j))
    candidates.sort()
    for _, p, q, i, j in candidates:
        rx, ry = root((annotators[p], i)), root((annotators[q], j))
        if rx != ry and not owners[rx] & owners[ry]:
            parent[ry] = rx
            owners[rx] |= owners.pop(ry)
    groups: dict[tuple[str, int], Cluster] = {}
    for name, i in nodes:
        groups.setdefault(root((name, i)), Cluster(kind)).members[name] = per[name][i]
    return list(groups.values())
