"""Scoring suggestions against a gold file: pure functions, no spaCy and no store.

Quotes are scored part by part (a split quote's second half is a part of its own), a part
matching when its span overlaps a gold part; the speaker is right when it resolves to the
same person or organisation as the gold. Events match on overlapping trigger and equal
type; arguments on equal role and overlapping span. Entities match exactly (span and label).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError

from annotator.core.errors import InputError
from annotator.core.models import Boilerplate, Entity, Event, Quote, Span

TITLES = re.compile(r"^(mr|ms|mrs|dr|sir|president|senator|minister|the)\.?\s+", re.I)


class GoldDoc(BaseModel):
    """One line of a gold file; span texts stored beside the spans are for reviewers and ignored."""

    id: str
    text_hash: str = ""
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    boilerplate: list[Boilerplate] = Field(default_factory=list)


def read_gold(path: Path) -> list[GoldDoc]:
    """The gold file's documents, naming file and line on any error."""
    docs = []
    try:
        lines = path.read_text("utf-8").splitlines()
    except OSError as exc:
        raise InputError(str(path), None, f"cannot read ({exc.strerror})") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            docs.append(GoldDoc.model_validate(json.loads(line)))
        except (json.JSONDecodeError, ValidationError) as exc:
            raise InputError(str(path), n, f"not a gold document: {str(exc).splitlines()[0]}") from None
    return docs


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __iadd__(self, other: PRF) -> PRF:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self


@dataclass
class Scores:
    quotes: PRF = field(default_factory=PRF)
    speakers_right: int = 0
    speakers_scored: int = 0
    events: PRF = field(default_factory=PRF)
    arguments: PRF = field(default_factory=PRF)
    entities: PRF = field(default_factory=PRF)
    boilerplate: PRF = field(default_factory=PRF)

    @property
    def speaker_accuracy(self) -> float:
        return self.speakers_right / self.speakers_scored if self.speakers_scored else 0.0

    def add(self, other: Scores) -> None:
        for name in ("quotes", "events", "arguments", "entities", "boilerplate"):
            getattr(self, name).__iadd__(getattr(other, name))
        self.speakers_right += other.speakers_right
        self.speakers_scored += other.speakers_scored


def overlap(a: Span, b: Span) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def greedy_match(gold: Sequence[Span], pred: Sequence[Span], ok: object = None) -> list[tuple[int, int]]:
    """One-to-one pairs of overlapping spans, largest overlap first (ties by text order)."""
    pairs = sorted(
        ((overlap(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred) if overlap(g, p) > 0),
        key=lambda x: (-x[0], x[1], x[2]),
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p or (callable(ok) and not ok(gi, pi)):
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return sorted(out)


def name_key(text: str) -> str:
    """A mention reduced to what identifies its referent: no title, article, possessive or case."""
    text = re.sub(r"[’']s$", "", text.strip())
    while True:
        stripped = TITLES.sub("", text)
        if stripped == text:
            break
        text = stripped
    return " ".join(text.lower().split())


def same_referent(a: str, b: str) -> bool:
    """'Ms Zakharova' ~ 'Maria Zakharova'; 'the Foreign Ministry' ~ 'Russian Foreign Ministry'."""
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    wa, wb = ka.split(), kb.split()
    if wa[-1] != wb[-1]:
        return False
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return all(w in long_ for w in short)


def speaker_right(gold: Quote, pred: Quote, text: str) -> bool:
    """Resolved to the right person or organisation (or both without a speaker)."""
    if gold.speaker is None:
        return pred.speaker is None
    if pred.speaker is None:
        return False
    pred_ref = pred.speaker_entity or pred.speaker
    gold_is_name = gold.speaker_entity is not None and gold.speaker_entity == gold.speaker
    target = gold.speaker_entity or gold.speaker
    if overlap(pred_ref, target) or same_referent(pred_ref.text_of(text), target.text_of(text)):
        return True
    return (gold_is_name or gold.speaker_entity is None) and overlap(pred.speaker, gold.speaker) > 0


def score_quotes(gold: Sequence[Quote], pred: Sequence[Quote], text: str) -> Scores:
    gparts = [(q, s) for q in gold for s in (q.content, *q.extra)]
    pparts = [(q, s) for q in pred for s in (q.content, *q.extra)]
    pairs = greedy_match([s for _, s in gparts], [s for _, s in pparts])
    out = Scores(quotes=PRF(len(pairs), len(pparts) - len(pairs), len(gparts) - len(pairs)))
    out.speakers_scored = len(pairs)
    out.speakers_right = sum(speaker_right(gparts[g][0], pparts[p][0], text) for g, p in pairs)
    return out


def score_events(gold: Sequence[Event], pred: Sequence[Event]) -> Scores:
    pairs = greedy_match(
        [e.trigger for e in gold], [e.trigger for e in pred], ok=lambda g, p: gold[g].type == pred[p].type
    )
    args = PRF()
    for g, p in pairs:
        ga, pa = gold[g].arguments, pred[p].arguments
        args.tp += sum(1 for role, span in ga.items() if role in pa and overlap(span, pa[role]))
    args.fp = sum(len(e.arguments) for e in pred) - args.tp
    args.fn = sum(len(e.arguments) for e in gold) - args.tp
    return Scores(events=PRF(len(pairs), len(pred) - len(pairs), len(gold) - len(pairs)), arguments=args)


def score_entities(gold: Iterable[Entity], pred: Iterable[Entity]) -> PRF:
    g = {(e.start, e.end, e.label) for e in gold}
    p = {(e.start, e.end, e.label) for e in pred}
    return PRF(len(g & p), len(p - g), len(g - p))


def score_boilerplate(gold: Sequence[Boilerplate], pred: Sequence[Boilerplate]) -> PRF:
    pairs = greedy_match([b.span for b in gold], [b.span for b in pred])
    return PRF(len(pairs), len(pred) - len(pairs), len(gold) - len(pairs))


def score_document(gold: GoldDoc, text: str, pred: Sequence[Entity | Quote | Event | Boilerplate]) -> Scores:
    """All kinds for one document; `pred` is every suggested body for it."""
    out = score_quotes(gold.quotes, [b for b in pred if isinstance(b, Quote)], text)
    ev = score_events(gold.events, [b for b in pred if isinstance(b, Event)])
    out.events, out.arguments = ev.events, ev.arguments
    out.entities = score_entities(gold.entities, [b for b in pred if isinstance(b, Entity)])
    out.boilerplate = score_boilerplate(gold.boilerplate, [b for b in pred if isinstance(b, Boilerplate)])
    return out


def right_flags(gold: GoldDoc, text: str, pred: Sequence[Entity | Quote | Event | Boilerplate]) -> list[bool]:
    """For each suggested body, in order: did it match the gold (by the same matching as the scores)?"""
    right = [False] * len(pred)
    by_kind: dict[type, list[int]] = {}
    for i, body in enumerate(pred):
        by_kind.setdefault(type(body), []).append(i)
    quotes = by_kind.get(Quote, [])
    gparts = [s for q in gold.quotes for s in (q.content, *q.extra)]
    for _, p in greedy_match(gparts, [pred[i].content for i in quotes]):  # type: ignore[union-attr]
        right[quotes[p]] = True
    events = by_kind.get(Event, [])
    evs = [pred[i] for i in events]
    for _, p in greedy_match([e.trigger for e in gold.events], [e.trigger for e in evs],  # type: ignore[union-attr]
                             ok=lambda g, p: gold.events[g].type == evs[p].type):  # type: ignore[union-attr]
        right[events[p]] = True
    gold_ents = {(e.start, e.end, e.label) for e in gold.entities}
    for i in by_kind.get(Entity, []):
        e = pred[i]
        right[i] = (e.start, e.end, e.label) in gold_ents  # type: ignore[union-attr]
    furn = by_kind.get(Boilerplate, [])
    for _, p in greedy_match([b.span for b in gold.boilerplate], [pred[i].span for i in furn]):
        right[furn[p]] = True
    return right


@dataclass
class Calibration:
    """Per (kind, rule): how many suggestions, how many right, and the score the rule gave them."""

    rows: dict[tuple[str, str], list[float]] = field(default_factory=dict)  # -> [suggested, right, score]

    def add(self, kind: str, rule: str, score: float | None, right: bool) -> None:
        row = self.rows.setdefault((kind, rule), [0, 0, score if score is not None else float("nan")])
        row[0] += 1
        row[1] += int(right)

    def table(self) -> list[tuple[str, str, str, str, str, str]]:
        """(kind, rule, score, suggested, right, observed precision) rows, by kind then rule."""
        out = []
        for (kind, rule), (n, ok, score) in sorted(self.rows.items()):
            out.append((kind, rule, f"{score:.2f}", str(int(n)), str(int(ok)), f"{ok / n:.2f}" if n else "-"))
        return out


def table(scores: Scores) -> list[tuple[str, str, str, str, str]]:
    """Rows of (kind, precision, recall, F1, note) for printing."""

    def row(name: str, prf: PRF, note: str = "") -> tuple[str, str, str, str, str]:
        return (name, f"{prf.precision:.3f}", f"{prf.recall:.3f}", f"{prf.f1:.3f}", note)

    q = scores.quotes
    return [
        row("quotes (content)", q, f"{q.tp} matched of {q.tp + q.fn} gold, {q.tp + q.fp} suggested"),
        ("quote speakers", "", "", "", f"accuracy {scores.speaker_accuracy:.3f} ({scores.speakers_right}/{scores.speakers_scored} found quotes)"),
        row("events (trigger+type)", scores.events, f"{scores.events.tp + scores.events.fn} gold"),
        row("event arguments", scores.arguments, f"{scores.arguments.tp + scores.arguments.fn} gold"),
        row("entities (exact)", scores.entities, f"{scores.entities.tp + scores.entities.fn} gold"),
        row("boilerplate (overlap)", scores.boilerplate, f"{scores.boilerplate.tp + scores.boilerplate.fn} gold"),
    ]
