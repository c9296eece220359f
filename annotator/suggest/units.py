"""Turn one processed spaCy Doc into stored Units with provenance, and nothing inside furniture."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import orjson

from annotator.core.models import Boilerplate, Entity, Event, Quote, Span, Unit
from annotator.core.schema import LabelSchema
from annotator.store.rows import UnitRow
from annotator.suggest.scores import score

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Bumped when the rules change what they suggest, so provenance tells old from new.
RULES_VERSION = "2"
EXTRA_KEYS = frozenset({"score", "rule"})  # travel beside a body in the Doc extensions, never inside it


def entity_score(label: str, prob: float | None = None) -> float:
    """The entity's confidence: the label's prior (how often the model is right on that label,
    rule_scores.toml) times the NER's own probability for this span (its beam, `ner_scores.py`).

    The beam alone is overconfident (on the samples 417 of 419 entities scored 1.0 and 7% of those
    were wrong); the prior alone cannot tell a doubtful span from a sure one. Their product keeps
    the prior's calibration for the sure spans and lowers the ones the model itself doubts. A model
    whose NER has no beam gives the prior alone."""
    prior = score("entities", label)
    return prior if prob is None else round(prior * prob, 4)


def entities(doc: Doc, schema: LabelSchema, skip: list[tuple[int, int]]) -> list[Entity]:
    """The model's entities mapped onto the schema's labels; dropped labels and furniture left out."""
    return [e for e, _ in scored_entities(doc, schema, skip)]


def model_probs(doc: Doc) -> dict[tuple[int, int, str], float]:
    """(start char, end char, model label) -> the NER's probability, for entities that have one
    (read without spaCy's extension registry: a pipeline without our components has none)."""
    raw = getattr(doc._, "ent_scores", None) or []
    return {(s["start"], s["end"], s["label"]): s["score"] for s in raw if s.get("score") is not None}


def scored_entities(doc: Doc, schema: LabelSchema, skip: list[tuple[int, int]]) -> list[tuple[Entity, float]]:
    """`entities` with each one's confidence (looked up before its edges are trimmed)."""
    probs = model_probs(doc)
    out = []
    for ent in doc.ents:
        label = schema.map_model_label(ent.label_)
        if label is None or any(s <= ent.start_char < e for s, e in skip):
            continue
        text = ent.text
        start, end = ent.start_char, ent.end_char
        # the model sometimes keeps a quotation mark or bullet on an entity's edge
        while start < end and not text[0].isalnum():
            start, text = start + 1, text[1:]
        while end > start and not text[-1].isalnum() and text[-1] not in ".)":
            end, text = end - 1, text[:-1]
        if end > start:
            prob = probs.get((ent.start_char, ent.end_char, ent.label_))
            out.append(
                (Entity.model_construct(kind="entity", start=start, end=end, label=label), entity_score(label, prob))
            )
    return out


def units_from_doc(doc: Doc, doc_id: str, schema: LabelSchema, model: str, version: str) -> list[Unit]:
    """All suggestions for one document, each with the component that made it.

    Bodies come from our own components' validated dumps, so they are rebuilt without
    validating again (this runs once per unit of every document of a corpus).
    """
    base: dict[str, Any] = {"model": model, "version": version, "rules": RULES_VERSION}
    furniture = [_boilerplate(b) for b in (doc._.boilerplate or [])]
    skip = [(b.start, b.end) for b in furniture]
    scores = [b.get("score") for b in (doc._.boilerplate or [])]
    out = [_unit(doc_id, b, "boilerplate", {**base, "rule": b.label}, s) for b, s in zip(furniture, scores)]
    out += [_unit(doc_id, e, "ner", {**base, "rule": e.label}, p) for e, p in scored_entities(doc, schema, skip)]
    out += [
        _unit(doc_id, _quote(q), "quotes", {**base, "rule": q.get("rule")}, q.get("score"))
        for q in (doc._.quotes or [])
    ]
    for raw in doc._.events or []:
        event = _event(raw)
        prov = {**base, "missing": schema.missing_roles(event), "rule": raw.get("rule")}
        out.append(_unit(doc_id, event, "events", prov, raw.get("score")))
    return out


def rows_from_doc(doc: Doc, doc_id: str, schema: LabelSchema, model: str, version: str) -> list[UnitRow]:
    """The same suggestions as `units_from_doc`, straight as `Store.add_unit_rows` rows.

    The bulk path of `annotator suggest`: no model object per unit (building them cost as
    much as the quote component). Body JSON is what `Body.model_dump_json()` writes (a test
    holds the two equal).
    """
    base: dict[str, Any] = {"model": model, "version": version, "rules": RULES_VERSION}
    provs: dict[Any, str] = {}  # the rule's name -> provenance JSON, built once per rule

    def prov(rule: Any) -> str:
        if rule not in provs:
            provs[rule] = orjson.dumps({**base, "rule": rule}).decode()
        return provs[rule]

    rows: list[UnitRow] = []
    furniture = doc._.boilerplate or []
    for b in furniture:
        body = {k: b[k] for k in ("kind", "start", "end", "label")}
        rows.append(
            UnitRow(
                doc_id,
                "boilerplate",
                b["start"],
                b["end"],
                b["label"],
                _json(body),
                "suggested",
                "boilerplate",
                b.get("score"),
                prov(b["label"]),
            )
        )
    skip = [(b["start"], b["end"]) for b in furniture]
    for e, p in scored_entities(doc, schema, skip):
        body = {"kind": "entity", "start": e.start, "end": e.end, "label": e.label}
        rows.append(
            UnitRow(
                doc_id,
                "entity",
                e.start,
                e.end,
                e.label,
                _json(body),
                "suggested",
                "ner",
                p,
                prov(e.label),
            )
        )
    for q in doc._.quotes or []:
        c = q["content"]
        body = {k: v for k, v in q.items() if k not in EXTRA_KEYS}
        rows.append(
            UnitRow(
                doc_id,
                "quote",
                c["start"],
                c["end"],
                q["quote_kind"],
                _json(body),
                "suggested",
                "quotes",
                q.get("score"),
                prov(q.get("rule")),
            )
        )
    for ev in doc._.events or []:
        t = ev["trigger"]
        missing = _missing(schema, ev)
        body = {k: v for k, v in ev.items() if k not in EXTRA_KEYS}
        rows.append(
            UnitRow(
                doc_id,
                "event",
                t["start"],
                t["end"],
                ev["type"],
                _json(body),
                "suggested",
                "events",
                ev.get("score"),
                orjson.dumps({**base, "missing": missing, "rule": ev.get("rule")}).decode(),
            )
        )
    return rows


def _json(body: dict[str, Any]) -> str:
    return orjson.dumps(body).decode()


def _missing(schema: LabelSchema, event: dict[str, Any]) -> list[str]:
    etype = schema.event_type(event["type"])
    return [r for r in (etype.required if etype else []) if r not in event["arguments"]]


def unit_row(unit: Unit) -> UnitRow:
    """The row `Store.add_unit_rows` takes."""
    body = unit.body
    label = body.main_label
    return UnitRow(
        unit.doc_id,
        body.kind,
        body.span.start,
        body.span.end,
        label,
        body.model_dump_json(),
        unit.state,
        unit.source,
        unit.score,
        orjson.dumps(unit.provenance).decode(),
    )


def _unit(doc_id: str, body: Any, source: str, provenance: dict[str, Any], score: float | None = None) -> Unit:
    return Unit.model_construct(
        id=None,
        doc_id=doc_id,
        body=body,
        state="suggested",
        origin_id=None,
        source=source,
        score=score,
        provenance=provenance,
    )


def _span(raw: dict[str, int] | None) -> Span | None:
    return None if raw is None else Span.model_construct(start=raw["start"], end=raw["end"])


def _quote(raw: dict[str, Any]) -> Quote:
    return Quote.model_construct(
        kind="quote",
        content=_span(raw["content"]),
        quote_kind=raw["quote_kind"],
        speaker=_span(raw["speaker"]),
        speaker_entity=_span(raw["speaker_entity"]),
        cue=_span(raw["cue"]),
        extra=tuple(_span(x) for x in raw["extra"]),
    )


def _event(raw: dict[str, Any]) -> Event:
    return Event.model_construct(
        kind="event",
        trigger=_span(raw["trigger"]),
        type=raw["type"],
        arguments={role: _span(span) for role, span in raw["arguments"].items()},
    )


def _boilerplate(raw: dict[str, Any]) -> Boilerplate:
    return Boilerplate.model_construct(kind="boilerplate", start=raw["start"], end=raw["end"], label=raw["label"])
