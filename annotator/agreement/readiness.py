"""Whether a document is ready for review: the rule that keeps unfinished work out of gold.

A document is ready when the annotators it needs have all marked it done: its assignment
when it has one, else `min_annotators` of the people on it. Only its finished annotators
are compared; agreement between fewer than two is "not comparable", never 1.0. A document
with a single annotator reaches gold only by an adjudicator's explicit decision.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Literal

MIN_ANNOTATORS = 2

ReadyState = Literal["ready", "waiting", "single"]


@dataclass(frozen=True)
class Readiness:
    """`finished`: who marked the document done (the versions compared once ready);
    `waiting`: who it still waits for by name; `more`: unnamed annotators still needed."""

    state: ReadyState
    finished: tuple[str, ...]
    waiting: tuple[str, ...] = ()
    more: int = 0

    @property
    def ready(self) -> bool:
        return self.state == "ready"

    @property
    def comparable(self) -> bool:
        """Agreement means something only between two finished annotators of a ready document."""
        return self.ready and len(self.finished) >= 2

    def words(self) -> str:
        """One short line for a list: "ready", "waiting for ben", "not comparable (only ana)"."""
        if self.state == "ready":
            return "ready"
        if self.state == "single":
            who = self.finished or self.waiting
            return f"not comparable (only {', '.join(who) or 'nobody'})"
        parts = list(self.waiting)
        if self.more:
            parts.append(f"{self.more} more annotator{'' if self.more == 1 else 's'}")
        return f"waiting for {', '.join(parts)}"

    def brief(self) -> str:
        """The same for a narrow column: "not comparable: ana"."""
        if self.state == "single":
            return f"not comparable: {', '.join(self.finished or self.waiting) or 'nobody'}"
        return self.words()


def readiness(
    on_doc: Sequence[str],
    done: Collection[str],
    *,
    assigned: Collection[str] | None = None,
    min_annotators: int = MIN_ANNOTATORS,
) -> Readiness:
    """The document's readiness; `on_doc` in display order, `done` who marked it done."""
    finished = tuple(a for a in on_doc if a in done)
    if assigned is not None:
        waiting = tuple(a for a in on_doc if a in assigned and a not in done)
        more = 0
    else:
        short = len(finished) < min_annotators
        waiting = tuple(a for a in on_doc if a not in done) if short else ()
        more = max(0, min_annotators - len(on_doc))
    if assigned is None and len(on_doc) < 2:
        return Readiness("single", finished, waiting, more)
    if waiting or more:
        return Readiness("waiting", finished, waiting, more)
    if len(finished) < 2:
        return Readiness("single", finished)
    return Readiness("ready", finished)
