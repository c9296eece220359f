"""Calibration of suggestion scores: how often a suggestion scored s is right, bin by bin.

A score means something only if a suggestion scored 0.8 is right about 80% of the time; the table
shows it. Suggestions without a score are counted in a row of their own, never folded into a bin.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

BINS = 10


@dataclass
class Bin:
    n: int = 0
    right: int = 0
    score_sum: float = 0.0

    @property
    def share_right(self) -> float:
        return self.right / self.n if self.n else 0.0

    @property
    def mean_score(self) -> float:
        return self.score_sum / self.n if self.n else 0.0


@dataclass
class Calibration:
    """Per kind ("quote", "event", ...): BINS equal-width bins of score over [0, 1], plus unscored."""

    bins: dict[str, list[Bin]] = field(default_factory=dict)
    unscored: dict[str, Bin] = field(default_factory=dict)

    def add(self, kind: str, score: float | None, right: bool) -> None:
        if score is None:
            b = self.unscored.setdefault(kind, Bin())
        else:
            index = min(BINS - 1, max(0, int(score * BINS)))
            b = self.bins.setdefault(kind, [Bin() for _ in range(BINS)])[index]
            b.score_sum += score
        b.n += 1
        b.right += right

    def merge(self, other: Calibration) -> None:
        for kind, bins in other.bins.items():
            mine = self.bins.setdefault(kind, [Bin() for _ in range(BINS)])
            for a, b in zip(mine, bins):
                a.n, a.right, a.score_sum = a.n + b.n, a.right + b.right, a.score_sum + b.score_sum
        for kind, b in other.unscored.items():
            a = self.unscored.setdefault(kind, Bin())
            a.n, a.right = a.n + b.n, a.right + b.right

    def kinds(self) -> list[str]:
        return sorted(set(self.bins) | set(self.unscored))

    def rows(self) -> Iterable[tuple[str, str, int, str, str]]:
        """(kind, score range, suggestions, mean score, share right) for every non-empty bin."""
        for kind in self.kinds():
            for i, b in enumerate(self.bins.get(kind, [])):
                if b.n:
                    yield (
                        kind,
                        f"{i / BINS:.1f}-{(i + 1) / BINS:.1f}",
                        b.n,
                        f"{b.mean_score:.3f}",
                        f"{b.share_right:.3f}",
                    )
            u = self.unscored.get(kind)
            if u and u.n:
                yield kind, "None", u.n, "", f"{u.share_right:.3f}"

    def as_json(self) -> dict[str, list[dict[str, object]]]:
        return {
            kind: [
                {"bin": r, "n": n, "mean_score": float(m) if m else None, "share_right": float(s)}
                for k, r, n, m, s in self.rows()
                if k == kind
            ]
            for kind in self.kinds()
        }
