"""Cohen's kappa for two annotators, from a confusion count that can be filled document by document."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field


@dataclass
class KappaCounts:
    """How often annotator A said x where B said y, summed over tokens of many documents."""

    pairs: Counter[tuple[Hashable, Hashable]] = field(default_factory=Counter)

    def add(self, a: Hashable, b: Hashable, n: int = 1) -> None:
        self.pairs[(a, b)] += n

    def merge(self, other: KappaCounts) -> None:
        self.pairs.update(other.pairs)

    @property
    def total(self) -> int:
        return sum(self.pairs.values())

    def value(self) -> float | None:
        """(p_o - p_e) / (1 - p_e); None when undefined (both used one and the same category)."""
        n = self.total
        if n == 0:
            return None
        rows: Counter[Hashable] = Counter()
        cols: Counter[Hashable] = Counter()
        observed = 0
        for (a, b), count in self.pairs.items():
            rows[a] += count
            cols[b] += count
            if a == b:
                observed += count
        expected = sum(rows[c] * cols[c] for c in rows) / (n * n)
        if expected >= 1.0:
            return None
        return (observed / n - expected) / (1.0 - expected)


def cohen_kappa(a: Sequence[Hashable], b: Sequence[Hashable]) -> float | None:
    """Kappa of two equally long label sequences."""
    if len(a) != len(b):
        raise ValueError(f"kappa needs sequences of one length, not {len(a)} and {len(b)}")
    counts = KappaCounts()
    counts.pairs.update(zip(a, b))
    return counts.value()
