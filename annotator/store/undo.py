"""Undo and redo as plain logic over the decision log: replay it into stacks, turn a group into its steps.

No SQL: the decisions part reads the log and writes the steps; every backend shares this.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Literal, NamedTuple

from annotator.core.models import Decision

# Actions that push a group on the undo stack (and clear the redo stack).
UNDOABLE = ("accept", "reject", "edit", "add", "delete", "status")
Step = Literal["undo", "redo"]


class Group(NamedTuple):
    """One logged action: the decisions that share a group id, in log order."""

    id: int
    action: str
    undoes: int | None
    items: list[Decision]


def stacks(groups: Iterable[Group]) -> tuple[list[list[Decision]], list[list[Decision]]]:
    """Replay the log into the undo and redo stacks, so both survive a restart."""
    by_id: dict[int, list[Decision]] = {}
    done: list[int] = []
    undone: list[int] = []
    for group in groups:
        by_id[group.id] = group.items
        if group.action == "undo" and group.undoes in done:
            done.remove(group.undoes)
            undone.append(group.undoes)
        elif group.action == "redo" and group.undoes in undone:
            undone.remove(group.undoes)
            done.append(group.undoes)
        elif group.action in UNDOABLE:
            done.append(group.id)
            undone.clear()
    return [by_id[g] for g in done], [by_id[g] for g in undone]


def steps(target: list[Decision], annotator: str, action: Step) -> list[Decision]:
    """The decisions that undo (before/after swapped, newest first) or redo (as logged) one group."""
    items = reversed(target) if action == "undo" else iter(target)
    return [
        Decision(
            doc_id=d.doc_id,
            annotator=annotator,
            action=action,
            unit_id=d.unit_id,
            before=d.after if action == "undo" else d.before,
            after=d.before if action == "undo" else d.after,
            undoes=target[0].id,
        )
        for d in items
    ]


def one_action(decisions: Sequence[Decision]) -> None:
    """One action is one person's on one document: undo replays a group per (document, person),
    so a group spanning two would be undone only in part."""
    first = decisions[0]
    if any(d.doc_id != first.doc_id or d.annotator != first.annotator for d in decisions):
        raise ValueError("one action's decisions must share one document and one annotator")


def check_hit(rowcount: int, d: Decision, unit_id: Any, layer: str, strict: bool) -> None:
    """An edit or delete that matched no row would be logged as done while nothing changed."""
    if strict and rowcount != 1:
        raise ValueError(f"decision {d.action}: no unit {unit_id} of {d.doc_id} in layer {layer}")
