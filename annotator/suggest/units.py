"""Turn one processed spaCy Doc into stored Units with provenance, and nothing inside furniture."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from annotator.core.models import Boilerplate, Entity, Event, Quote, Unit
from annotator.core.schema import LabelSchema

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Bumped when the rules change what they suggest, so provenance tells old from new.
RULES_VERSION = "1"


def entities(doc: Doc, schema: LabelSchema, skip: list[tuple[int, int]]) -> list[Entity]:
    """The model's entities mapped onto the schema's labels; dropped labels and furniture left out."""
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
            out.append(Entity(start=start, end=end, label=label))
    return out


def units_from_doc(doc: Doc, doc_id: str, schema: LabelSchema, model: str, version: str) -> list[Unit]:
    """All suggestions for one document, each with the component that made it."""
    base: dict[str, Any] = {"model": model, "version": version, "rules": RULES_VERSION}
    furniture = [Boilerplate.model_validate(b) for b in (doc._.boilerplate or [])]
    skip = [(b.start, b.end) for b in furniture]
    out = [Unit(doc_id=doc_id, body=b, source="boilerplate", provenance=base) for b in furniture]
    out += [Unit(doc_id=doc_id, body=e, source="ner", provenance=base) for e in entities(doc, schema, skip)]
    out += [
        Unit(doc_id=doc_id, body=Quote.model_validate(q), source="quotes", provenance=base)
        for q in (doc._.quotes or [])
    ]
    for raw in doc._.events or []:
        event = Event.model_validate(raw)
        missing = schema.missing_roles(event)
        out.append(Unit(doc_id=doc_id, body=event, source="events", provenance={**base, "missing": missing}))
    return out
