"""BIO tags over tokens, for the token-level measures (Cohen's kappa, Krippendorff's alpha).

Tokens come from `core.spans.token_bounds`, so no spaCy is needed. Tags are kept sparse
(token index -> tag, "O" left out): on news text most tokens are outside every entity,
and the measures only need to know how many such tokens there are.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from annotator.core.models import Unit
from annotator.core.spans import token_bounds

OUTSIDE = "O"


@dataclass(frozen=True)
class Tokens:
    """A document's token offsets, split into two sorted lists for bisecting."""

    starts: list[int]
    ends: list[int]

    @classmethod
    def of(cls, text: str) -> Tokens:
        bounds = token_bounds(text)
        return cls([s for s, _ in bounds], [e for _, e in bounds])

    def __len__(self) -> int:
        return len(self.starts)

    def covering(self, start: int, end: int) -> range:
        """Indices of the tokens that share a character with [start, end)."""
        return range(bisect_right(self.ends, start), bisect_left(self.starts, end))


def bio_tags(tokens: Tokens, entities: Iterable[Unit]) -> dict[int, str]:
    """Sparse BIO tags. Nested or overlapping entities: the earlier, longer one keeps its tokens
    (BIO cannot say two things of one token); the other tags only the tokens left to it."""
    tags: dict[int, str] = {}
    spans = sorted(((*u.body.bounds, u.body.main_label) for u in entities), key=lambda s: (s[0], -s[1]))
    for start, end, label in spans:
        first = True
        for i in tokens.covering(start, end):
            if i in tags:
                continue
            tags[i] = ("B-" if first else "I-") + label
            first = False
    return tags


def bio_sequence(n: int, tags: dict[int, str]) -> list[str]:
    """The dense tag list (for tests and small documents)."""
    return [tags.get(i, OUTSIDE) for i in range(n)]


def union_indices(tag_sets: Sequence[dict[int, str]]) -> list[int]:
    """Token indices some annotator tagged; every other token is "O" for all."""
    seen: set[int] = set()
    for tags in tag_sets:
        seen.update(tags)
    return sorted(seen)
