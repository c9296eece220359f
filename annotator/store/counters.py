"""Status counters as plain logic: how a batch of status changes moves the per-annotator counts.

The counters make status counts constant-time (a GROUP BY costs 65 ms at 1M rows); every
backend keeps them the same way, so the arithmetic lives here and only the UPSERT in SQL.
"""

from __future__ import annotations

from collections.abc import Iterable


def status_moves(old: str | None, new: str) -> dict[str, int]:
    """The counter changes of one document going from `old` (None: no row yet) to `new`."""
    if old == new:
        return {}
    if old is None:  # no row means implicitly todo, but no todo counter to decrement
        return {new: +1}
    return {old: -1, new: +1}


def status_deltas(old: dict[str, str], changes: Iterable[tuple[str, str]]) -> dict[str, int]:
    """Net counter changes of (doc_id, status) changes applied in order over `old` (doc_id -> status).

    Zero deltas are left out. `old` is updated in place to the final statuses.
    """
    deltas: dict[str, int] = {}
    for doc_id, status in changes:
        for name, delta in status_moves(old.get(doc_id), status).items():
            deltas[name] = deltas.get(name, 0) + delta
        old[doc_id] = status
    return {name: delta for name, delta in deltas.items() if delta}
