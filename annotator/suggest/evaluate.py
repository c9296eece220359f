"""Scoring suggestions against a gold file: pure functions, no spaCy and no store.

Quotes are scored part by part (a split quote's second half is a part of its own), a part
matching when its span overlaps a gold part; the speaker is right when it resolves to the
same person or organisation as the gold. Quoted content (direct and partial, kind ignored) is
also scored at intersection-over-union >= 0.5 and exactly; indirect quotes by recall. Events
match on overlapping trigger and equal type (trigger recall ignores the type); arguments on
equal role and overlapping span; old type names are mapped to ACE's first (`legacy_types`).
Entities match exactly (span and label). Furniture matches on overlap, and an article sentence
is lost when suggested furniture covers half of it or more.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from pydantic import BaseModel, Field, ValidationError

from annotator.core.errors import InputError, UserError
from annotator.core.models import Boilerplate, Entity, Event, Quote, Span
from annotator.core.text import decode
from annotator.suggest.calibration import Calibration
from annotator.suggest.legacy_types import modernise

TITLES = re.compile(r"^(mr|ms|mrs|dr|sir|president|senator|minister|the)\.?\s+", re.I)


class GoldDoc(BaseModel):
    """One line of a gold file; span texts stored beside the spans are for reviewers and ignored."""

    id: str
    text_hash: str = ""
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    boilerplate: list[Boilerplate] = Field(default_factory=list)

    @classmethod
    def from_line(cls, data: object) -> GoldDoc:
        """A line of our JSONL export (it has `text`: the shipped gold, or any gold export), else a bare gold line."""
        if not (isinstance(data, dict) and "text" in data):
            return cls.model_validate(data)
        from annotator.export.read_jsonl import parse_record

        doc, units = parse_record(data)
        bodies = [u.body for u in units]
        return cls(
            id=doc.id,
            text_hash=doc.content_hash,
            entities=[b for b in bodies if isinstance(b, Entity)],
            quotes=[b for b in bodies if isinstance(b, Quote)],
            events=[b for b in bodies if isinstance(b, Event)],
            boilerplate=[b for b in bodies if isinstance(b, Boilerplate)],
        )


def read_gold(path: Path) -> list[GoldDoc]:
    """The gold file's documents, naming file and line on any error."""
    docs = []
    try:
        lines = decode(path.read_bytes(), str(path)).splitlines()  # not UTF-8 (a binary file): file and line
    except OSError as exc:
        raise InputError(str(path), None, f"cannot read ({exc.strerror})") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            docs.append(GoldDoc.from_line(json.loads(line)))
        except (ValueError, ValidationError, UserError) as exc:  # JSONDecodeError is a ValueError, as is a huge integer
            raise InputError(str(path), n, f"not a gold document: {str(exc).splitlines()[0]}") from None
        except RecursionError:
            raise InputError(str(path), n, "not a gold document: nested too deeply") from None
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


PRF_FIELDS = (
    "quotes",
    "quoted_half",
    "quoted_exact",
    "indirect",
    "triggers",
    "events",
    "arguments",
    "entities",
    "boilerplate",
)


@dataclass
class Scores:
    quotes: PRF = field(default_factory=PRF)
    speakers_right: int = 0
    speakers_scored: int = 0
    quoted_half: PRF = field(default_factory=PRF)
    quoted_exact: PRF = field(default_factory=PRF)
    indirect: PRF = field(default_factory=PRF)
    triggers: PRF = field(default_factory=PRF)
    events: PRF = field(default_factory=PRF)
    arguments: PRF = field(default_factory=PRF)
    entities: PRF = field(default_factory=PRF)
    boilerplate: PRF = field(default_factory=PRF)
    article_sentences: int = 0
    sentences_lost: int = 0
    calibration: Calibration = field(default_factory=Calibration)

    @property
    def speaker_accuracy(self) -> float:
        return self.speakers_right / self.speakers_scored if self.speakers_scored else 0.0

    def add(self, other: Scores) -> None:
        for name in PRF_FIELDS:
            getattr(self, name).__iadd__(getattr(other, name))
        for name in ("speakers_right", "speakers_scored", "article_sentences", "sentences_lost"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.calibration.merge(other.calibration)


def overlap(a: Span, b: Span) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def iou(a: Span, b: Span) -> float:
    """Intersection over union of two spans."""
    inter = overlap(a, b)
    return inter / ((a.end - a.start) + (b.end - b.start) - inter)


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


def _initials(name: str) -> str | None:
    """'The National Weather Service' -> 'NWS': the acronym a body's name is also known by."""
    words = [w for w in name.split() if w.lower() != "the" and w[:1].isupper()]
    return "".join(w[0] for w in words) if len(words) > 1 else None


def _bare(name: str) -> str:
    words = name.split()
    return " ".join(words[1:] if words[:1] in (["The"], ["the"]) else words)


def same_referent(a: str, b: str) -> bool:
    """'Ms Zakharova' ~ 'Maria Zakharova'; 'the Foreign Ministry' ~ 'Russian Foreign Ministry'."""
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return False
    if ka == kb or _initials(a) == _bare(b) or _initials(b) == _bare(a):
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


QUOTED = ("direct", "partial")


def quote_parts(quotes: Sequence[Quote], kinds: Sequence[str] | None = None) -> list[tuple[Quote, Span]]:
    """Every part of every quote (content and extra parts), of the given kinds only when given."""
    return [(q, s) for q in quotes if kinds is None or q.quote_kind in kinds for s in (q.content, *q.extra)]


def prf_of(pairs: Sequence[tuple[int, int]], n_gold: int, n_pred: int) -> PRF:
    return PRF(len(pairs), n_pred - len(pairs), n_gold - len(pairs))


def score_quotes(gold: Sequence[Quote], pred: Sequence[Quote], text: str) -> Scores:
    gparts, pparts = quote_parts(gold), quote_parts(pred)
    pairs = greedy_match([s for _, s in gparts], [s for _, s in pparts])
    out = Scores(quotes=prf_of(pairs, len(gparts), len(pparts)))
    out.speakers_scored = len(pairs)
    out.speakers_right = sum(speaker_right(gparts[g][0], pparts[p][0], text) for g, p in pairs)
    gq = [s for _, s in quote_parts(gold, QUOTED)]
    pq = [s for _, s in quote_parts(pred, QUOTED)]
    half = greedy_match(gq, pq, ok=lambda g, p: iou(gq[g], pq[p]) >= 0.5)
    exact = greedy_match(gq, pq, ok=lambda g, p: gq[g] == pq[p])
    out.quoted_half = prf_of(half, len(gq), len(pq))
    out.quoted_exact = prf_of(exact, len(gq), len(pq))
    gi = [s for _, s in quote_parts(gold, ("indirect",))]
    pi = [s for _, s in quote_parts(pred, ("indirect",))]
    out.indirect = prf_of(greedy_match(gi, pi), len(gi), len(pi))
    return out


def score_events(gold: Sequence[Event], pred: Sequence[Event]) -> Scores:
    gold, pred = [modernise(e) for e in gold], [modernise(e) for e in pred]
    gt, pt = [e.trigger for e in gold], [e.trigger for e in pred]
    pairs = greedy_match(gt, pt, ok=lambda g, p: gold[g].type == pred[p].type)
    args = PRF()
    for g, p in pairs:
        ga, pa = gold[g].arguments, pred[p].arguments
        args.tp += sum(1 for role, span in ga.items() if role in pa and overlap(span, pa[role]))
    args.fp = sum(len(e.arguments) for e in pred) - args.tp
    args.fn = sum(len(e.arguments) for e in gold) - args.tp
    return Scores(
        events=prf_of(pairs, len(gold), len(pred)),
        arguments=args,
        triggers=prf_of(greedy_match(gt, pt), len(gold), len(pred)),
    )


def score_entities(gold: Iterable[Entity], pred: Iterable[Entity]) -> PRF:
    g = {(e.start, e.end, e.label) for e in gold}
    p = {(e.start, e.end, e.label) for e in pred}
    return PRF(len(g & p), len(p - g), len(g - p))


_SENTENCE = re.compile(r"\S.*?(?:[.!?][\"”’)]*(?=\s)|$)")


def article_sentences(text: str, furniture: Sequence[Span]) -> list[Span]:
    """Sentences of the article proper: each line split at sentence ends, furniture cut out
    (a dateline leaves the rest of its sentence), pieces of fewer than three words dropped."""
    out = []
    for line in re.finditer(r"[^\n]+", text):
        for m in _SENTENCE.finditer(line.group()):
            out += _outside(Span(start=line.start() + m.start(), end=line.start() + m.end()), furniture, text)
    return out


def _outside(span: Span, furniture: Sequence[Span], text: str) -> list[Span]:
    pieces, start = [], span.start
    for f in sorted((f for f in furniture if overlap(span, f)), key=lambda f: f.start):
        pieces.append((start, max(start, f.start)))
        start = max(start, f.end)
    pieces.append((start, span.end))
    out = []
    for a, b in pieces:
        piece = text[a:b]
        a, b = a + len(piece) - len(piece.lstrip()), b - len(piece) + len(piece.rstrip())
        if len(text[a:b].split()) >= 3:
            out.append(Span(start=a, end=b))
    return out


def lost_sentences(text: str, gold: Sequence[Span], pred: Sequence[Span]) -> tuple[int, int]:
    """(article sentences, how many of them suggested furniture covers half or more of)."""
    sentences = article_sentences(text, gold)
    lost = sum(1 for s in sentences if 2 * sum(overlap(s, p) for p in pred) >= s.end - s.start)
    return len(sentences), lost


def score_boilerplate(gold: Sequence[Boilerplate], pred: Sequence[Boilerplate]) -> PRF:
    return prf_of(greedy_match([b.span for b in gold], [b.span for b in pred]), len(gold), len(pred))


def _right_quotes(gold: GoldDoc, pred: Sequence[Quote]) -> set[int]:
    gq, pq = [s for _, s in quote_parts(gold.quotes)], [q.content for q in pred]
    return {p for _, p in greedy_match(gq, pq, ok=lambda g, p: iou(gq[g], pq[p]) >= 0.5)}


def _right_events(gold: GoldDoc, pred: Sequence[Event]) -> set[int]:
    ge, pe = [modernise(e) for e in gold.events], [modernise(e) for e in pred]
    pairs = greedy_match([e.trigger for e in ge], [e.trigger for e in pe], ok=lambda g, p: ge[g].type == pe[p].type)
    return {p for _, p in pairs}


def _right_furniture(gold: GoldDoc, pred: Sequence[Boilerplate]) -> set[int]:
    return {p for _, p in greedy_match([b.span for b in gold.boilerplate], [b.span for b in pred])}


def _right_entities(gold: GoldDoc, pred: Sequence[Entity]) -> set[int]:
    exact = {(e.start, e.end, e.label) for e in gold.entities}
    return {i for i, e in enumerate(pred) if (e.start, e.end, e.label) in exact}


_RIGHT = {"quote": _right_quotes, "event": _right_events, "boilerplate": _right_furniture, "entity": _right_entities}


def right_suggestions(gold: GoldDoc, pred: Sequence[Entity | Quote | Event | Boilerplate]) -> list[bool]:
    """For each suggestion, whether it is right: a quote whose content matches a gold part at
    IoU >= 0.5, an event with trigger and type, furniture by overlap, an entity exactly."""
    right = [False] * len(pred)
    for kind, matched in _RIGHT.items():
        index = [i for i, body in enumerate(pred) if body.kind == kind]
        for k in matched(gold, [pred[i] for i in index]):  # type: ignore[operator]
            right[index[k]] = True
    return right


def score_document(
    gold: GoldDoc,
    text: str,
    pred: Sequence[Entity | Quote | Event | Boilerplate],
    scores: Sequence[float | None] | None = None,
) -> Scores:
    """All kinds for one document; `pred` is every suggested body for it, `scores` their confidences."""
    out = score_quotes(gold.quotes, [b for b in pred if isinstance(b, Quote)], text)
    ev = score_events(gold.events, [b for b in pred if isinstance(b, Event)])
    out.events, out.arguments, out.triggers = ev.events, ev.arguments, ev.triggers
    if not gold.entities:  # a gold file without entities (the dev set) did not annotate them
        scores = None if scores is None else [sc for b, sc in zip(pred, scores) if not isinstance(b, Entity)]
        pred = [b for b in pred if not isinstance(b, Entity)]
    out.entities = score_entities(gold.entities, [b for b in pred if isinstance(b, Entity)])
    furniture = [b for b in pred if isinstance(b, Boilerplate)]
    out.boilerplate = score_boilerplate(gold.boilerplate, furniture)
    out.article_sentences, out.sentences_lost = lost_sentences(
        text, [b.span for b in gold.boilerplate], [b.span for b in furniture]
    )
    scores = scores if scores is not None else [None] * len(pred)
    for body, score, right in zip(pred, scores, right_suggestions(gold, pred)):
        out.calibration.add(body.kind, score, right)
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
    evs = cast("list[Event]", [pred[i] for i in events])  # by_kind[Event]: the events' places
    for _, p in greedy_match(
        [e.trigger for e in gold.events],
        [e.trigger for e in evs],
        ok=lambda g, p: gold.events[g].type == evs[p].type,
    ):
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
class RuleCalibration:
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
    """Rows of (figure, precision, recall, F1, note) for printing."""

    def row(name: str, prf: PRF, note: str = "") -> tuple[str, str, str, str, str]:
        return (name, f"{prf.precision:.3f}", f"{prf.recall:.3f}", f"{prf.f1:.3f}", note)

    def gold_of(prf: PRF) -> str:
        return f"{prf.tp} matched of {prf.tp + prf.fn} gold, {prf.tp + prf.fp} suggested"

    s = scores
    kept = s.article_sentences - s.sentences_lost
    return [
        row("quotes, all kinds (overlap)", s.quotes, gold_of(s.quotes)),
        row("direct quote content (IoU>=0.5)", s.quoted_half, gold_of(s.quoted_half) + "; direct+partial parts"),
        row("direct quote content (exact)", s.quoted_exact, gold_of(s.quoted_exact)),
        row("indirect quotes (overlap)", s.indirect, gold_of(s.indirect)),
        (
            "speaker accuracy",
            "",
            "",
            "",
            f"{s.speaker_accuracy:.3f} ({s.speakers_right}/{s.speakers_scored} quotes found)",
        ),
        row("event triggers (any type)", s.triggers, gold_of(s.triggers)),
        row("events (trigger+type)", s.events, gold_of(s.events)),
        row("event arguments", s.arguments, gold_of(s.arguments)),
        *(
            [row("entities (exact)", s.entities, gold_of(s.entities))]
            if s.entities.tp + s.entities.fn + s.entities.fp
            else []
        ),
        row("furniture (overlap)", s.boilerplate, gold_of(s.boilerplate)),
        (
            "article sentences kept",
            "",
            "",
            "",
            f"{kept}/{s.article_sentences} ({s.sentences_lost} lost inside suggested furniture)",
        ),
    ]
