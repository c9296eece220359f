"""The agreement report: overall, per label, per annotator pair and per document, built in one pass.

Documents stream in one at a time (`ReportBuilder.add`), so a corpus never sits in memory;
counts add up across documents and pairs, and ratios are taken only at the end.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from annotator.agreement.alpha import AlphaCounts
from annotator.agreement.differences import disagreements
from annotator.agreement.kappa import KappaCounts
from annotator.agreement.metrics import PairCounts, compare_prepared, prepare
from annotator.agreement.tokens import OUTSIDE, Tokens, bio_tags, union_indices
from annotator.core.models import Unit

# The measures, in the order tables show them, with their column titles.
MEASURES: tuple[tuple[str, str], ...] = (
    ("entity_strict_f1", "entity F1 strict"),
    ("entity_overlap_f1", "entity F1 overlap"),
    ("entity_label_agreement", "label agreement"),
    ("entity_kappa", "kappa (tokens)"),
    ("entity_alpha", "alpha (tokens)"),
    ("quote_f1", "quote F1"),
    ("quote_speaker_agreement", "speaker agreement"),
    ("event_f1", "event F1"),
    ("event_argument_f1", "argument F1"),
)


# The counts a document's own row shows.
DOC_FIELDS = ("entity_strict", "entity_overlap", "quote", "event", "units")


@dataclass
class DocInput:
    """One document: who is on it, and each one's asserted units (`matching.kept`)."""

    doc_id: str
    text: str | None
    annotators: Sequence[str]
    units: dict[str, list[Unit]]
    gold: list[Unit] = field(default_factory=list)  # filled only for review


def pair_key(a: str, b: str) -> str:
    return f"{a}|{b}"


@dataclass
class ReportBuilder:
    annotators: Sequence[str]
    per_document: bool = True
    tokens: bool = True  # kappa and alpha need the text tokenised: the slowest part
    pairs: dict[tuple[str, str], PairCounts] = field(default_factory=dict)
    kappas: dict[tuple[str, str], KappaCounts] = field(default_factory=dict)
    alpha: AlphaCounts = field(default_factory=AlphaCounts)
    documents: list[dict[str, Any]] = field(default_factory=list)
    seen: int = 0
    compared: int = 0  # documents with at least two annotators on them
    aside: Counter[str] = field(default_factory=Counter)  # documents not compared, by readiness state

    def add(self, doc: DocInput) -> dict[str, Any]:
        """Count one document; returns its own row (also kept for the report when per_document)."""
        order = [a for a in self.annotators if a in doc.annotators]
        self.seen += 1
        self.compared += len(order) >= 2
        doc_counts = PairCounts()
        prepared = {a: prepare(doc.units.get(a, [])) for a in order}
        for a, b in combinations(order, 2):
            counts = compare_prepared(prepared[a], prepared[b])
            self.pairs.setdefault((a, b), PairCounts()).merge(counts)
            for name in DOC_FIELDS:  # the document's row needs only these: cheaper than a full merge
                getattr(doc_counts, name).merge(getattr(counts, name))
        if self.tokens and doc.text is not None and len(order) >= 2:
            self._tokens(doc, order)
        row = self._doc_row(doc, order, doc_counts)
        if self.per_document:
            self.documents.append(row)
        return row

    def set_aside(self, doc: DocInput, state: str, why: str) -> None:
        """A document not compared (still waiting for an annotator, or only one finished): counted and
        listed with the reason, never scored."""
        self.seen += 1
        self.aside[state] += 1
        if self.per_document:
            order = [a for a in self.annotators if a in doc.annotators]
            self.documents.append(
                {
                    "doc_id": doc.doc_id,
                    "annotators": order,
                    "units": sum(len(doc.units.get(a, [])) for a in order),
                    "comparable": False,
                    "readiness": why,
                    "agreement": None,
                    "conflicts": 0,
                    **dict.fromkeys(("entity_strict_f1", "entity_overlap_f1", "quote_f1", "event_f1")),
                }
            )

    def _tokens(self, doc: DocInput, order: list[str]) -> None:
        assert doc.text is not None
        tokens = Tokens.of(doc.text)
        tags = {a: bio_tags(tokens, [u for u in doc.units.get(a, []) if u.body.kind == "entity"]) for a in order}
        tagged = union_indices(list(tags.values()))
        untouched = len(tokens) - len(tagged)
        columns = [[tags[a].get(i, OUTSIDE) for i in tagged] for a in order]  # one list per annotator
        for (p, a), (q, b) in combinations(enumerate(order), 2):
            kc = self.kappas.setdefault((a, b), KappaCounts())
            kc.pairs.update(zip(columns[p], columns[q]))  # counted in C, not token by token
            kc.add(OUTSIDE, OUTSIDE, untouched)
        for pattern, n in Counter(zip(*columns)).items():
            self.alpha.add_pattern(pattern, n)
        self.alpha.add_agreeing(OUTSIDE, len(order), untouched)

    def _doc_row(self, doc: DocInput, order: list[str], counts: PairCounts) -> dict[str, Any]:
        conflicts = len(disagreements(doc.doc_id, doc.units, order)) if len(order) >= 2 else 0
        agreement = counts.units.value
        comparable = len(order) >= 2  # one annotator agrees with nobody: not 1.0
        return {
            "doc_id": doc.doc_id,
            "annotators": order,
            "units": sum(len(doc.units.get(a, [])) for a in order),
            "comparable": comparable,
            "readiness": "ready" if comparable else "not comparable",
            "agreement": (1.0 if agreement is None else agreement) if comparable else None,
            "conflicts": conflicts,
            "entity_strict_f1": counts.entity_strict.value,
            "entity_overlap_f1": counts.entity_overlap.value,
            "quote_f1": counts.quote.value,
            "event_f1": counts.event.value,
        }

    def result(self) -> dict[str, Any]:
        total = PairCounts()
        for counts in self.pairs.values():
            total.merge(counts)
        kappas = [k for k in (self.kappas[p].value() for p in self.kappas) if k is not None]
        overall = _measures(total)
        overall["entity_kappa"] = sum(kappas) / len(kappas) if kappas else None  # Light's kappa: the mean over pairs
        overall["entity_alpha"] = self.alpha.value()
        return {
            "annotators": list(self.annotators),
            "documents_seen": self.seen,
            "documents_compared": self.compared,
            "documents_set_aside": dict(sorted(self.aside.items())),
            "overall": overall,
            "labels": _labels(total),
            "pairs": [self._pair_row(a, b) for (a, b) in self._pair_order()],
            "documents": sorted(self.documents, key=_document_order),
        }

    def _pair_order(self) -> list[tuple[str, str]]:
        return [p for p in combinations(self.annotators, 2) if p in self.pairs]

    def _pair_row(self, a: str, b: str) -> dict[str, Any]:
        counts = self.pairs[(a, b)]
        row: dict[str, Any] = {"pair": pair_key(a, b), "a": a, "b": b, **_measures(counts)}
        kc = self.kappas.get((a, b))
        row["entity_kappa"] = kc.value() if kc else None
        row["tokens"] = kc.total if kc else 0
        return row


def _document_order(row: dict[str, Any]) -> tuple[bool, float, int, str]:
    """Least agreement first; the documents that are not comparable after all the others."""
    return (not row["comparable"], row["agreement"] or 0.0, -row["conflicts"], row["doc_id"])


def _measures(c: PairCounts) -> dict[str, Any]:
    return {
        "entity_strict_f1": c.entity_strict.value,
        "entity_overlap_f1": c.entity_overlap.value,
        "entity_label_agreement": c.entity_label.value,
        "entity_kappa": None,
        "entity_alpha": None,
        "quote_f1": c.quote.value,
        "quote_speaker_agreement": c.quote_speaker.value,
        "event_f1": c.event.value,
        "event_argument_f1": c.event_argument.value,
        "entities": c.entity_strict.a + c.entity_strict.b,
        "quotes": c.quote.a + c.quote.b,
        "events": c.event.a + c.event.b,
    }


def _labels(c: PairCounts) -> dict[str, Any]:
    return {
        "entities": {
            label: {
                "strict_f1": v.strict.value,
                "overlap_f1": v.overlap.value,
                "label_agreement": v.label.value,
                "count": v.strict.a + v.strict.b,
            }
            for label, v in sorted(c.entity_labels.items())
        },
        "events": {t: {"f1": v.value, "count": v.a + v.b} for t, v in sorted(c.event_types.items())},
        "roles": {r: {"f1": v.value, "count": v.a + v.b} for r, v in sorted(c.roles.items())},
    }


def build_report(
    docs: Iterable[DocInput], annotators: Sequence[str], *, per_document: bool = True, tokens: bool = True
) -> dict[str, Any]:
    builder = ReportBuilder(annotators, per_document=per_document, tokens=tokens)
    for doc in docs:
        builder.add(doc)
    return builder.result()
