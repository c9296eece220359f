"""Which documents a gold export writes: only adjudicated ones, and why each other one is left out.

A document has adjudicated gold when the gold layer holds a decision for it (a unit taken,
edited, added or rejected by the adjudicator) or the adjudicator settled it as having no
units (the gold layer's done mark). Anything else is left out, never written as a record
with empty entities: a model trained on that would learn the article has none. A gold
record is `done` when, besides, the annotators the document needs have all finished it
(`annotator.agreement.readiness`), which is what `--status done` asks for on every layer.
"""

from __future__ import annotations

from dataclasses import dataclass

from annotator.agreement.corpus import assigned_by_doc
from annotator.agreement.readiness import MIN_ANNOTATORS, Readiness, readiness
from annotator.store.base import GOLD, ExportDoc, ExportUnit, Store

NOT_READY = "documents not ready for review (an annotator it needs has not marked it done)"
NOT_ADJUDICATED = "documents ready for review but not adjudicated"
SINGLE = "documents with one annotator that no adjudicator settled"
NO_UNITS = "no units"  # the record's `adjudicated` when the adjudicator settled it as empty
UNITS = "units"


@dataclass(frozen=True)
class GoldStanding:
    """A document's gold: written or not (`reason` says why not), its status, how it was settled."""

    written: bool
    status: str
    reason: str = ""
    adjudicated: str | None = None


class GoldSelection:
    """The rule above over one export's documents (assignments are read once)."""

    def __init__(self, store: Store, min_annotators: int = MIN_ANNOTATORS) -> None:
        self._assigned = assigned_by_doc(store)
        self._min = min_annotators

    def readiness(self, doc: ExportDoc) -> Readiness:
        """Who is on the document: its assignment, else everyone with a status on it."""
        assigned = self._assigned.get(doc.id)
        on_doc = sorted(assigned if assigned is not None else doc.statuses)
        done = {a for a, (status, _) in doc.statuses.items() if status == "done"}
        return readiness(on_doc, done, assigned=assigned, min_annotators=self._min)

    def standing(self, doc: ExportDoc, units: list[ExportUnit]) -> GoldStanding:
        ready = self.readiness(doc)
        settled_empty = GOLD in doc.layer_done
        if not units and not settled_empty:
            reason = {"waiting": NOT_READY, "single": SINGLE}.get(ready.state, NOT_ADJUDICATED)
            return GoldStanding(False, "todo", reason)
        status = "in_progress" if ready.state == "waiting" else "done"
        kept = any(not u.rejected for u in units)  # every unit rejected: settled as none
        return GoldStanding(True, status, NOT_READY, UNITS if kept else NO_UNITS)
