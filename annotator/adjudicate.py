"""Adjudication: the domain service behind the review screen, turning annotators' layers into gold.

Plain Python over the Store. Every gold write is one `store.decide_layer(..., GOLD)` call,
so it is logged under the adjudicator's name and undoable (`undo`/`redo` here) apart
from the adjudicator's own annotations. A gold unit remembers where it came from in
`provenance`: who adjudicated, which annotators had that exact version, which version
was taken ("<annotator>", "majority", "agreed", "single", "edit" or "rejected") and the
annotator units it settles (`units`: annotator -> unit id), which is how a conflict is known
to be settled when the screen is opened again.

Only finished work is compared (`annotator.agreement.readiness`): a document is decided on
once the annotators it needs have marked it done, and only those finished annotators'
versions are its items. A document with one annotator is "not comparable": its units are
shown one by one, and reach gold only by the adjudicator's decision (a version taken, or
`take_single` for the whole document, "single" in the provenance). `settle_empty` records
that a document has no units at all, so the gold export writes it as such.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from annotator.agreement.corpus import assigned_by_doc, corpus_inputs, default_annotators
from annotator.agreement.differences import Difference, compare
from annotator.agreement.matching import body_key, kept
from annotator.agreement.metrics import unit_agreement
from annotator.agreement.readiness import MIN_ANNOTATORS, Readiness, readiness
from annotator.core.errors import UserError
from annotator.core.models import LAYER_MARK, Body, Decision, DecisionAction, Unit, UnitState
from annotator.store.base import GOLD, Layer, Store

SOURCE = "review"


class NoMajorityError(UserError):
    """`a` (take the majority) on a conflict where no version has more than half the annotators."""


class NotReadyError(UserError):
    """A gold decision on a document whose annotators have not all marked it done."""


@dataclass(frozen=True)
class DocScore:
    """One line of the review list."""

    doc_id: str
    agreement: float | None  # identical units over finished annotator pairs; None unless comparable
    conflicts: int  # units the finished annotators do not agree on (items to settle if not comparable)
    left: int  # items not yet settled in gold
    annotators: tuple[str, ...]
    readiness: Readiness | None = None


@dataclass(frozen=True)
class Conflict:
    """A difference between annotators (or, with accept_agreed off, an agreed unit) and its gold, if settled."""

    difference: Difference
    resolution: Unit | None = None

    @property
    def doc_id(self) -> str:
        return self.difference.doc_id

    @property
    def kind(self) -> str:
        return self.difference.kind

    @property
    def kinds(self) -> tuple[str, ...]:
        return self.difference.kinds

    @property
    def annotators(self) -> tuple[str, ...]:
        return self.difference.annotators

    @property
    def versions(self) -> tuple[Unit | None, ...]:
        return self.difference.versions

    @property
    def settled(self) -> bool:
        return self.resolution is not None

    @property
    def majority(self) -> int | None:
        """Index of the majority version (what `a` takes), or None when there is none."""
        return self.difference.majority()

    @property
    def start(self) -> int:
        return self.difference.start

    @property
    def end(self) -> int:
        return self.difference.end


class Adjudication:
    """Review of one corpus by one adjudicator. `accept_agreed` is Settings.accept_agreed."""

    def __init__(
        self,
        store: Store,
        adjudicator: str,
        *,
        annotators: Sequence[str] | None = None,
        accept_agreed: bool = True,
        min_annotators: int = MIN_ANNOTATORS,
    ) -> None:
        self.store = store
        self.adjudicator = adjudicator
        self.annotators = list(annotators) if annotators is not None else default_annotators(store)
        self.accept_agreed_up_front = accept_agreed
        self.min_annotators = min_annotators
        self._assigned = assigned_by_doc(store)

    def on(self, store: Store) -> Adjudication:
        """The same review over another connection: a worker thread writing while the database is busy."""
        twin = copy.copy(self)
        twin.store = store
        return twin

    # -- reading ------------------------------------------------------------------------

    def documents(self) -> list[DocScore]:
        """Every document someone is on: ready ones least agreement first (then most conflicts),
        then the not comparable ones, then those still waiting for an annotator."""
        rows: list[DocScore] = []
        done = self.store.done_by_doc()
        for doc in corpus_inputs(self.store, self.annotators, texts=False, gold=True):
            ready = self._readiness(doc.doc_id, doc.annotators, done.get(doc.doc_id, set()))
            who = list(ready.finished) if ready.ready else doc.annotators
            units = {a: doc.units[a] for a in who}
            items = self._items(compare(doc.doc_id, units, who), ready) if ready.state != "waiting" else []
            settled = _settled_keys(doc.gold)
            agreement = unit_agreement(units, who) if ready.comparable else None
            rows.append(
                DocScore(
                    doc_id=doc.doc_id,
                    agreement=agreement,
                    conflicts=sum(1 for d in items if not d.agreed or not ready.comparable),
                    left=sum(1 for d in items if d.unit_ids not in settled),
                    annotators=tuple(doc.annotators),
                    readiness=ready,
                )
            )
        order = {"ready": 0, "single": 1, "waiting": 2}
        rows.sort(
            key=lambda r: (order[r.readiness.state] if r.readiness else 0, r.agreement or 0.0, -r.conflicts, r.doc_id)
        )
        return rows

    def on_document(self, doc_id: str) -> list[str]:
        """Who is on the document: its assignment, else everyone with work on it."""
        who = self._assigned.get(doc_id)
        if who is not None:
            return [a for a in self.annotators if a in who]
        return [a for a in self.annotators if self.store.units(doc_id, Layer.annotator_name(a))]

    def readiness_of(self, doc_id: str) -> Readiness:
        done = self.store.done_by_doc(doc_id).get(doc_id, set())
        return self._readiness(doc_id, self.on_document(doc_id), done)

    def _readiness(self, doc_id: str, on_doc: Sequence[str], done: set[str]) -> Readiness:
        return readiness(on_doc, done, assigned=self._assigned.get(doc_id), min_annotators=self.min_annotators)

    def annotators_of(self, doc_id: str) -> list[str]:
        """Whose versions are shown (keys 1, 2, 3...): the finished annotators of a ready document,
        else everyone on it (shown, not yet decided on)."""
        ready = self.readiness_of(doc_id)
        return list(ready.finished) if ready.ready else self.on_document(doc_id)

    def units_of(self, doc_id: str) -> dict[str, list[Unit]]:
        return {a: kept(self.store.units(doc_id, Layer.annotator_name(a))) for a in self.annotators_of(doc_id)}

    def gold(self, doc_id: str) -> list[Unit]:
        """The document's gold, rejected records left out."""
        return [u for u in self.store.units(doc_id, GOLD) if u.state != "rejected"]

    def differences(self, doc_id: str) -> list[Difference]:
        """Every aligned unit of the document, agreed ones included, in text order."""
        units = self.units_of(doc_id)
        return compare(doc_id, units, list(units))

    def conflicts(self, doc_id: str, *, open_only: bool = False) -> list[Conflict]:
        """The items to review in text order, each with the gold unit that settles it, if any
        (none while the document waits for an annotator)."""
        ready = self.readiness_of(doc_id)
        if ready.state == "waiting":
            return []
        items = self._items(self.differences(doc_id), ready)
        by_key = _settled_keys(self.store.units(doc_id, GOLD))
        out = [Conflict(d, by_key.get(d.unit_ids)) for d in items]
        return [c for c in out if not c.settled] if open_only else out

    def conflicts_left(self, doc_id: str) -> int:
        return len(self.conflicts(doc_id, open_only=True))

    def _items(self, diffs: list[Difference], ready: Readiness) -> list[Difference]:
        """Disagreements; agreed units too when they are not accepted up front, and every unit
        of a document that is not comparable (one annotator agrees with nobody)."""
        every = not self.accept_agreed_up_front or not ready.comparable
        return [d for d in diffs if not d.agreed or every]

    def check_ready(self, doc_id: str) -> Readiness:
        """A gold decision on a document still waiting for an annotator is refused, naming whom."""
        ready = self.readiness_of(doc_id)
        if ready.state == "waiting":
            raise NotReadyError(f"{doc_id}: not ready for review ({ready.words()}): nothing goes to gold yet")
        return ready

    # -- deciding -----------------------------------------------------------------------

    def open(self, doc_id: str) -> list[Conflict]:
        """What the screen calls on entering a document: agreed units to gold (if set and the
        document is ready with two finished annotators), then the items."""
        if self.accept_agreed_up_front and self.readiness_of(doc_id).comparable:
            self.accept_agreed(doc_id)
        return self.conflicts(doc_id)

    def accept_agreed(self, doc_id: str) -> list[Decision]:
        """Every unit all finished annotators of a ready document agree on, not yet in gold, goes
        in: one action, one undo. Nothing for a document that is not comparable."""
        if not self.readiness_of(doc_id).comparable:
            return []
        settled = _settled_keys(self.store.units(doc_id, GOLD))
        fresh = [d for d in self.differences(doc_id) if d.agreed and d.unit_ids not in settled]
        decisions = [self._decision(Conflict(d), d.present[0].body, "agreed", d.annotators, "accepted") for d in fresh]
        return self.store.decide_layer(decisions, GOLD)

    def accept_all_agreed(self) -> int:
        """accept_agreed over the ready documents of the corpus; returns how many units went to gold."""
        return sum(len(self.accept_agreed(s.doc_id)) for s in self.documents() if s.agreement is not None)

    def take_single(self, doc_id: str) -> list[Decision]:
        """The adjudicator's decision that the one finished annotator's units are this document's
        gold ("single" in each unit's provenance): one action, one undo."""
        ready = self.check_ready(doc_id)
        if ready.state == "single" and not ready.finished:
            who = ", ".join(ready.waiting) or "its annotator"
            raise UserError(f"{doc_id}: {who} has not marked it done: T takes only finished work (1 takes one unit)")
        if ready.state != "single" or len(ready.finished) != 1:
            raise UserError(f"{doc_id}: {ready.words()}: take versions one by one (1, 2, ...), not the whole document")
        settled = _settled_keys(self.store.units(doc_id, GOLD))
        fresh = [d for d in self.differences(doc_id) if d.unit_ids not in settled]
        decisions = [
            self._decision(Conflict(d), d.present[0].body, "single", ready.finished, "accepted") for d in fresh
        ]
        return self.store.decide_layer(decisions, GOLD)

    def settle_empty(self, doc_id: str) -> list[Decision]:
        """The adjudicator's decision that the document has no units: the gold export writes it
        (saying so) instead of leaving it out as not adjudicated. Logged, so u undoes it after a restart."""
        self.check_ready(doc_id)
        kept_gold = self.gold(doc_id)
        if kept_gold:
            raise UserError(f"{doc_id}: gold already holds {len(kept_gold)} units: reject them (x) first")
        return self._mark(doc_id, True)

    def settled_empty(self, doc_id: str) -> bool:
        return self.store.layer_done_at(GOLD, doc_id) is not None

    def unsettle_empty(self, doc_id: str) -> list[Decision]:
        """Take back `settle_empty` (a logged decision too)."""
        return self._mark(doc_id, False)

    def _mark(self, doc_id: str, settled: bool) -> list[Decision]:
        d = Decision(
            doc_id=doc_id,
            annotator=self.adjudicator,
            action="status",
            before={LAYER_MARK: not settled},
            after={LAYER_MARK: settled},
        )
        return self.store.decide_layer([d], GOLD)

    def take_version(self, conflict: Conflict, index: int) -> list[Decision]:
        """Key 1, 2, 3...: annotator `index`'s version becomes gold (theirs is absence: nothing does)."""
        diff = conflict.difference
        if not 0 <= index < len(diff.versions):
            raise IndexError(f"version {index + 1} of {len(diff.versions)}")
        return self._take(conflict, index, diff.annotators[index])

    def take_majority(self, conflict: Conflict) -> list[Decision]:
        """Key a: the version more than half the annotators hold."""
        index = conflict.majority
        if index is None:
            raise NoMajorityError("no version is held by more than half the annotators: pick one (1, 2, ...)")
        return self._take(conflict, index, "majority")

    def reject(self, conflict: Conflict) -> list[Decision]:
        """Key x: the unit stays out of gold; the record keeps who had it."""
        self.check_ready(conflict.doc_id)
        diff = conflict.difference
        holders = tuple(a for a, v in zip(diff.annotators, diff.versions) if v is not None)
        body = diff.present[0].body
        return self.store.decide_layer(
            [self._decision(conflict, body, "rejected", holders, "rejected", "reject")], GOLD
        )

    def edit(self, conflict: Conflict, body: Body) -> list[Decision]:
        """The adjudicator's own version settles the conflict (the article screen's editing keys)."""
        self.check_ready(conflict.doc_id)
        diff = conflict.difference
        probe = Unit(doc_id=diff.doc_id, body=body)
        holders = tuple(a for a, v in zip(diff.annotators, diff.versions) if v is not None and _same(v, probe))
        return self.store.decide_layer([self._decision(conflict, body, "edit", holders, "edited", "edit")], GOLD)

    def add(self, doc_id: str, body: Body) -> list[Decision]:
        """A gold unit no annotator marked."""
        self.check_ready(doc_id)
        prov = {"adjudicator": self.adjudicator, "annotators": [], "taken": "edit", "units": {}}
        unit = Unit(doc_id=doc_id, body=body, state="added", source=SOURCE, provenance=prov)
        d = Decision(doc_id=doc_id, annotator=self.adjudicator, action="add", after=unit.model_dump())
        return self.store.decide_layer([d], GOLD)

    def change(self, gold: Unit, body: Body) -> list[Decision]:
        """Edit a gold unit in place (an agreed one, or one taken before); it becomes the adjudicator's edit."""
        prov = {**(gold.provenance or {}), "adjudicator": self.adjudicator, "taken": "edit"}
        new = gold.model_copy(update={"body": body, "state": "edited", "provenance": prov})
        d = Decision(
            doc_id=gold.doc_id,
            annotator=self.adjudicator,
            action="edit",
            unit_id=gold.id,
            before=gold.model_dump(),
            after=new.model_dump(),
        )
        return self.store.decide_layer([d], GOLD)

    def remove(self, gold: Unit) -> list[Decision]:
        """Take a unit out of gold. One that settles a conflict stays as a rejected record, so the
        conflict stays settled; one the adjudicator added is deleted."""
        if not (gold.provenance or {}).get("units"):
            d = Decision(
                doc_id=gold.doc_id,
                annotator=self.adjudicator,
                action="delete",
                unit_id=gold.id,
                before=gold.model_dump(),
            )
            return self.store.decide_layer([d], GOLD)
        prov = {**gold.provenance, "adjudicator": self.adjudicator, "taken": "rejected"}
        new = gold.model_copy(update={"state": "rejected", "provenance": prov})
        d = Decision(
            doc_id=gold.doc_id,
            annotator=self.adjudicator,
            action="reject",
            unit_id=gold.id,
            before=gold.model_dump(),
            after=new.model_dump(),
        )
        return self.store.decide_layer([d], GOLD)

    def undo(self, doc_id: str) -> list[Decision]:
        return self.store.undo_layer(doc_id, self.adjudicator, GOLD)

    def redo(self, doc_id: str) -> list[Decision]:
        return self.store.redo_layer(doc_id, self.adjudicator, GOLD)

    def _take(self, conflict: Conflict, index: int, taken: str) -> list[Decision]:
        self.check_ready(conflict.doc_id)
        diff = conflict.difference
        chosen = diff.versions[index]
        holders = diff.holders(index)
        state: UnitState
        if chosen is None:
            body, state = diff.present[0].body, "rejected"
        else:
            body, state = chosen.body, "accepted"
        action: DecisionAction = "accept" if chosen is not None else "reject"
        return self.store.decide_layer([self._decision(conflict, body, taken, holders, state, action)], GOLD)

    def _decision(
        self,
        conflict: Conflict,
        body: Body,
        taken: str,
        holders: Sequence[str],
        state: UnitState,
        action: DecisionAction = "accept",
    ) -> Decision:
        """Insert the gold unit, or replace the one that settled this conflict before."""
        diff = conflict.difference
        origin = next((v.id for a, v in zip(diff.annotators, diff.versions) if v is not None and a in holders), None)
        prov: dict[str, Any] = {
            "adjudicator": self.adjudicator,
            "annotators": list(holders),
            "taken": taken,
            "units": {a: v.id for a, v in zip(diff.annotators, diff.versions) if v is not None},
        }
        unit = Unit(doc_id=diff.doc_id, body=body, state=state, origin_id=origin, source=SOURCE, provenance=prov)
        # Look the settling unit up afresh: the screen may hold a Conflict from before its last key press.
        old = _settled_keys(self.store.units(diff.doc_id, GOLD)).get(diff.unit_ids)
        if old is None:
            return Decision(doc_id=diff.doc_id, annotator=self.adjudicator, action=action, after=unit.model_dump())
        new = unit.model_copy(update={"id": old.id})
        return Decision(
            doc_id=diff.doc_id,
            annotator=self.adjudicator,
            action=action,
            unit_id=old.id,
            before=old.model_dump(),
            after=new.model_dump(),
        )


def _settled_keys(gold: Sequence[Unit]) -> dict[frozenset[int], Unit]:
    """Gold units by the set of annotator units they settle."""
    out: dict[frozenset[int], Unit] = {}
    for u in gold:
        ids = (u.provenance or {}).get("units")
        if ids:
            out[frozenset(int(i) for i in ids.values())] = u
    return out


def _same(a: Unit, b: Unit) -> bool:
    return body_key(a) == body_key(b)
