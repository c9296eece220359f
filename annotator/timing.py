"""Pace from the decision log (articles per hour, seconds per decision) and the model's precision as editors judged it.

Active time is the sum of the gaps between one person's consecutive log entries, leaving
out gaps longer than `IDLE_S` (a break, not work). Entries closer than `SAME_ACTION_S`
are one action (one key press can log several decisions: a split, a merge).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from annotator.core.models import Decision

IDLE_S = 300.0
SAME_ACTION_S = 0.05


@dataclass(frozen=True)
class Pace:
    annotator: str
    actions: int  # editor actions (status changes left out)
    documents_done: int  # documents whose last status is done
    active_seconds: float

    @property
    def seconds_per_decision(self) -> float | None:
        return self.active_seconds / self.actions if self.actions else None

    @property
    def articles_per_hour(self) -> float | None:
        return self.documents_done * 3600.0 / self.active_seconds if self.active_seconds > 0 else None

    def as_dict(self) -> dict[str, Any]:
        return {
            "actions": self.actions,
            "documents_done": self.documents_done,
            "active_seconds": round(self.active_seconds, 3),
            "seconds_per_decision": self.seconds_per_decision,
            "articles_per_hour": self.articles_per_hour,
        }


def pace(decisions: Iterable[Decision], idle_s: float = IDLE_S) -> dict[str, Pace]:
    """Each person's pace, from every entry they logged."""
    by_person: dict[str, list[Decision]] = {}
    for d in decisions:
        by_person.setdefault(d.annotator, []).append(d)
    return {
        who: _pace(who, sorted(items, key=lambda d: (d.at, d.id or 0)), idle_s)
        for who, items in sorted(by_person.items())
    }


def _pace(who: str, items: list[Decision], idle_s: float) -> Pace:
    active = 0.0
    actions = 0
    last_action_at = None
    status: dict[str, str] = {}
    for prev, cur in zip([None, *items], items):
        if prev is not None:
            gap = (cur.at - prev.at).total_seconds()
            if gap <= idle_s:
                active += max(gap, 0.0)
        if cur.action == "status":
            status[cur.doc_id] = (cur.after or {}).get("status", "")
            continue
        if last_action_at is None or (cur.at - last_action_at).total_seconds() >= SAME_ACTION_S:
            actions += 1
        last_action_at = cur.at
    done = sum(1 for s in status.values() if s == "done")
    return Pace(who, actions, done, active)


def model_precision(outcomes: Mapping[str, Mapping[str, int]]) -> dict[str, dict[str, Any]]:
    """Per suggested label: accepted, corrected (edited), rejected, and precision strict/lenient."""
    out: dict[str, dict[str, Any]] = {}
    for label, states in sorted(outcomes.items()):
        accepted, corrected, rejected = states.get("accepted", 0), states.get("edited", 0), states.get("rejected", 0)
        judged = accepted + corrected + rejected
        out[label] = {
            "accepted": accepted,
            "corrected": corrected,
            "rejected": rejected,
            "judged": judged,
            "precision": accepted / judged if judged else None,  # right as suggested
            "lenient_precision": (accepted + corrected) / judged if judged else None,  # right thing, maybe wrong edges
        }
    return out
