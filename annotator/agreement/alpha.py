"""Krippendorff's alpha (nominal) over any number of annotators, with missing values.

alpha = 1 - (n - 1) * D / (n^2 - sum_c n_c^2), where for each unit u with m_u >= 2 values,
D gains (m_u^2 - sum_v count_uv^2) / (m_u - 1), and n_c counts value c over those units.
The accumulator takes units one at a time, or many identical ones at once (the tokens
every annotator left outside any entity), so a corpus never needs a dense matrix.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field


@dataclass
class AlphaCounts:
    values: Counter[Hashable] = field(default_factory=Counter)
    disagreement: float = 0.0

    def add_unit(self, values: Iterable[Hashable]) -> None:
        """One unit's values from the annotators who coded it (missing ones left out)."""
        counts = Counter(values)
        m = sum(counts.values())
        if m < 2:
            return  # a value nobody else coded cannot be paired
        self.values.update(counts)
        self.disagreement += (m * m - sum(c * c for c in counts.values())) / (m - 1)

    def add_pattern(self, values: Sequence[Hashable], units: int) -> None:
        """`units` units that each got exactly these values (one per annotator who coded them)."""
        counts = Counter(values)
        m = len(values)
        if m < 2 or units <= 0:
            return
        for value, c in counts.items():
            self.values[value] += c * units
        self.disagreement += units * (m * m - sum(c * c for c in counts.values())) / (m - 1)

    def add_agreeing(self, value: Hashable, coders: int, units: int = 1) -> None:
        """`units` units on which all `coders` annotators gave the same value."""
        if coders >= 2 and units > 0:
            self.values[value] += coders * units

    def merge(self, other: AlphaCounts) -> None:
        self.values.update(other.values)
        self.disagreement += other.disagreement

    def value(self) -> float | None:
        """None when undefined: fewer than two pairable values, or only one category in use."""
        n = sum(self.values.values())
        spread = n * n - sum(c * c for c in self.values.values())
        if n < 2 or spread <= 0:
            return None
        return 1.0 - (n - 1) * self.disagreement / spread


def krippendorff_alpha(data: Sequence[Sequence[Hashable | None]]) -> float | None:
    """Alpha of a coders x units table; None marks a missing value."""
    if not data:
        return None
    width = len(data[0])
    if any(len(row) != width for row in data):
        raise ValueError("every coder's row must have one value per unit")
    counts = AlphaCounts()
    for u in range(width):
        counts.add_unit(row[u] for row in data if row[u] is not None)
    return counts.value()
