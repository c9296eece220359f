"""What editors made of one model's suggestions, from the net effect of their logged decisions.

Each (suggestion, editor) pair is one *fate*: accepted as it was; rejected (a false
positive); its boundary moved (left and right edge, in tokens); relabelled (from -> to);
or otherwise edited (a quote's speaker, an event's roles). Units an editor added in a
document where they judged this model's suggestions are what the model missed (false
negatives). Undo is respected: the store holds each editor's units as the log left them.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from annotator.core.spans import token_bounds
from annotator.store.base import Fate, Store

OUTCOMES = ("accepted", "rejected", "boundary", "relabelled", "edited", "missed")
EXAMPLES = 3
CONTEXT = 60


@dataclass
class Pair:
    """One suggestion-decision pair (or one missed unit), ready for a JSONL line."""

    doc_id: str
    annotator: str
    kind: str
    label: str  # the model's label (for a missed unit: the editor's)
    outcomes: list[str]  # a moved and relabelled suggestion counts under both
    suggestion: dict[str, Any] | None
    correction: dict[str, Any] | None
    left: int = 0  # tokens the start moved (negative: leftwards, the span grew)
    right: int = 0  # tokens the end moved (positive: rightwards, the span grew)
    context: str = ""

    def as_dict(self, model: str) -> dict[str, Any]:
        return {
            "model": model,
            "doc_id": self.doc_id,
            "annotator": self.annotator,
            "kind": self.kind,
            "label": self.label,
            "outcome": "+".join(self.outcomes),
            "suggestion": self.suggestion,
            "correction": self.correction,
            "left_tokens": self.left,
            "right_tokens": self.right,
            "context": self.context,
        }


@dataclass
class LabelErrors:
    """The tallies of one (kind, label)."""

    counts: Counter[str] = field(default_factory=Counter)
    shifts: Counter[tuple[int, int]] = field(default_factory=Counter)  # (left, right) token moves
    relabels: Counter[str] = field(default_factory=Counter)  # to-label
    examples: dict[str, list[Pair]] = field(default_factory=dict)

    @property
    def judged(self) -> int:
        """Suggestions some editor decided on (a missed unit is no suggestion)."""
        return self.counts["accepted"] + self.counts["rejected"] + self.counts["edited_any"]

    def add(self, pair: Pair) -> None:
        for outcome in pair.outcomes:
            self.counts[outcome] += 1
            found = self.examples.setdefault(outcome, [])
            if len(found) < EXAMPLES:
                found.append(pair)
        if pair.suggestion is not None and pair.outcomes[0] not in ("accepted", "rejected"):
            self.counts["edited_any"] += 1
        if "boundary" in pair.outcomes:
            self.shifts[(pair.left, pair.right)] += 1
        if "relabelled" in pair.outcomes and pair.correction is not None:
            self.relabels[pair.correction["label"]] += 1

    def rates(self) -> dict[str, float | int]:
        judged = self.judged
        out: dict[str, float | int] = {"judged": judged, "missed": self.counts["missed"]}
        for outcome in ("accepted", "rejected", "boundary", "relabelled", "edited"):
            out[outcome] = self.counts[outcome]
            out[f"{outcome}_rate"] = round(self.counts[outcome] / judged, 4) if judged else 0.0
        return out


@dataclass
class ErrorReport:
    layer: str
    pairs: list[Pair]
    by_label: dict[tuple[str, str], LabelErrors]

    def confusion(self) -> Counter[tuple[str, str]]:
        """Entity (and type, kind) relabels from -> to, over all kinds."""
        out: Counter[tuple[str, str]] = Counter()
        for (_, label), errs in self.by_label.items():
            for to, n in errs.relabels.items():
                out[(label, to)] += n
        return out

    def headline(self) -> dict[str, dict[str, float | int]]:
        return {f"{kind} {label}": errs.rates() for (kind, label), errs in sorted(self.by_label.items())}


def resolve_layer(store: Store, model: str | None) -> str | None:
    """`--model`: a layer name, a registered NAME[@VERSION], or (None) the newest suggestions layer."""
    if not model:
        return store.latest_suggestions_layer()
    if model.startswith("suggestions:"):
        return model
    name, _, version = model.partition("@")
    found = [m for m in store.models(name) if not version or m.version == version]
    if found:
        return found[-1].layer_name
    matching = [
        x.name for x in store.layers("suggestions") if x.model == name and (not version or x.model_version == version)
    ]
    return matching[-1] if matching else None


def build(store: Store, layer: str) -> ErrorReport:
    texts: dict[str, str] = {}
    tokens: dict[str, list[tuple[int, int]]] = {}
    pairs = []
    for fate in store.suggestion_fates(layer):
        if fate.doc_id not in texts:
            texts[fate.doc_id] = store.document(fate.doc_id).text
            tokens[fate.doc_id] = token_bounds(texts[fate.doc_id])
        pairs.append(pair_of(fate, texts[fate.doc_id], tokens[fate.doc_id]))
    by_label: dict[tuple[str, str], LabelErrors] = {}
    for pair in pairs:
        by_label.setdefault((pair.kind, pair.label), LabelErrors()).add(pair)
    return ErrorReport(layer, pairs, by_label)


def pair_of(fate: Fate, text: str, tokens: list[tuple[int, int]]) -> Pair:
    """Classify one fate: what the editor's unit says about the suggestion."""
    s, d = fate.suggestion, fate.decided
    if s is None:
        assert d is not None
        return Pair(
            fate.doc_id,
            fate.annotator,
            d.kind,
            d.body.main_label,
            ["missed"],
            None,
            _unit(d, text),
            context=_context(text, d.span.start, d.span.end),
        )
    sugg = _unit(s, text)
    if d is None or d.state == "suggested":
        return Pair(fate.doc_id, fate.annotator, s.kind, sugg["label"], ["undecided"], sugg, None)
    mine = _unit(d, text)
    outcomes: list[str] = []
    left = right = 0
    if d.state in ("accepted", "rejected"):
        outcomes.append(d.state)
    else:
        if (s.span.start, s.span.end) != (d.span.start, d.span.end):
            outcomes.append("boundary")
            left = _moved(tokens, s.span.start, d.span.start, ends=False)
            right = _moved(tokens, s.span.end, d.span.end, ends=True)
        if mine["label"] != sugg["label"]:
            outcomes.append("relabelled")
        if not outcomes:
            outcomes.append("edited")
    span = (min(s.span.start, d.span.start), max(s.span.end, d.span.end))
    return Pair(
        fate.doc_id,
        fate.annotator,
        s.kind,
        sugg["label"],
        outcomes,
        sugg,
        None if d.state in ("accepted", "rejected") else mine,
        left,
        right,
        _context(text, *span),
    )


def _unit(unit: Any, text: str) -> dict[str, Any]:
    span = unit.span
    out = {"start": span.start, "end": span.end, "label": unit.body.main_label, "text": text[span.start : span.end]}
    if unit.score is not None:
        out["score"] = unit.score
    return out


def _moved(tokens: list[tuple[int, int]], old: int, new: int, *, ends: bool) -> int:
    """How many tokens an edge moved: token edges passed between old and new, signed."""
    if old == new:
        return 0
    edges = [e for _, e in tokens] if ends else [s for s, _ in tokens]
    lo, hi = sorted((old, new))
    if ends:
        n = bisect.bisect_right(edges, hi) - bisect.bisect_right(edges, lo)
    else:
        n = bisect.bisect_left(edges, hi) - bisect.bisect_left(edges, lo)
    n = max(n, 1)
    return n if new > old else -n


def _context(text: str, start: int, end: int) -> str:
    """The unit with some words either side, on one line, the unit in ⟦ ⟧."""
    a, b = max(0, start - CONTEXT), min(len(text), end + CONTEXT)
    snippet = text[a:start] + "⟦" + text[start:end] + "⟧" + text[end:b]
    return " ".join(snippet.split())


def pairs_by_outcome(pairs: Iterable[Pair], outcome: str) -> list[Pair]:
    return [p for p in pairs if outcome in p.outcomes]
