"""Balanced assignment: every document gets `overlap` different annotators, loads within one of each other.

Greedy in document order: each document takes the least-loaded annotators; among equally
loaded ones, those who have shared the fewest documents with the ones already chosen
(so every pair of annotators gets documents in common to measure agreement on), then a
seeded random order, so the same seed always gives the same assignment.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterable, Sequence

from annotator.core.errors import UserError
from annotator.core.names import check_name


def balanced_assignment(
    doc_ids: Sequence[str],
    annotators: Sequence[str],
    overlap: int,
    *,
    seed: int | None = None,
    existing: Iterable[tuple[str, str]] = (),
) -> list[tuple[str, str]]:
    """(doc_id, annotator) pairs for the documents not assigned yet; existing ones count towards the loads."""
    names = check_annotators(annotators, overlap)
    rng = random.Random(seed)
    load: Counter[str] = Counter({a: 0 for a in names})
    together: Counter[frozenset[str]] = Counter()
    done: set[str] = set()
    by_doc: dict[str, list[str]] = {}
    for doc_id, annotator in existing:
        done.add(doc_id)
        by_doc.setdefault(doc_id, []).append(annotator)
        if annotator in load:
            load[annotator] += 1
    for who in by_doc.values():
        _count_pairs(together, who)
    out: list[tuple[str, str]] = []
    for doc_id in doc_ids:
        if doc_id in done:
            continue
        chosen = _choose(names, overlap, load, together, rng)
        _count_pairs(together, chosen)
        for a in chosen:
            load[a] += 1
            out.append((doc_id, a))
    return out


def _choose(
    names: list[str], overlap: int, load: Counter[str], together: Counter[frozenset[str]], rng: random.Random
) -> list[str]:
    tiebreak = {a: rng.random() for a in names}
    chosen: list[str] = []
    for _ in range(overlap):
        rest = [a for a in names if a not in chosen]
        best = min(rest, key=lambda a: (load[a], sum(together[frozenset((a, c))] for c in chosen), tiebreak[a]))
        chosen.append(best)
    return sorted(chosen, key=names.index)


def _count_pairs(together: Counter[frozenset[str]], who: Sequence[str]) -> None:
    for i, a in enumerate(who):
        for b in who[i + 1 :]:
            together[frozenset((a, b))] += 1


def check_annotators(annotators: Sequence[str], overlap: int) -> list[str]:
    """The names, cleaned; a UserError for an empty name, a repeated one, or an impossible overlap."""
    names = [a.strip() for a in annotators]
    if not names or any(not a for a in names):
        raise UserError("--annotators: give a comma-separated list of names, e.g. --annotators ana,ben,cleo")
    names = [check_name(a, "--annotators:") for a in names]
    repeated = sorted({a for a in names if names.count(a) > 1})
    if repeated:
        raise UserError(f"--annotators: {', '.join(repeated)} named twice")
    if not 1 <= overlap <= len(names):
        raise UserError(f"--overlap {overlap}: must be between 1 and the number of annotators ({len(names)})")
    return names


def loads(pairs: Iterable[tuple[str, str]]) -> Counter[str]:
    return Counter(a for _, a in pairs)
