"""Guideline cards: each label, quote kind and event type with its definition and a few real examples.

The definition comes from the corpus's schema file (`description` of an entity label or event
type, `quote_kind_descriptions`), so a team edits its annotation guide where the labels live
and loads it with `annotator schema load`. Examples are the project's own: up to three gold
units with that label, or, before there is gold, units annotators accepted or made.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from annotator.core.schema import LabelSchema
from annotator.store.base import Store

CONTEXT = 40  # characters of text shown on each side of an example
MAX_EXAMPLES = 3
KINDS = ("entity", "quote", "event")


@dataclass(frozen=True)
class Example:
    doc_id: str
    before: str
    text: str
    after: str
    layer: str

    def line(self) -> str:
        return f"…{self.before}[{self.text}]{self.after}… ({self.layer})"


@dataclass(frozen=True)
class Card:
    kind: str
    label: str
    definition: str
    examples: tuple[Example, ...] = ()

    def lines(self) -> list[str]:
        head = f"{self.label}: {self.definition or 'no definition in the schema yet'}"
        if not self.examples:
            return [head, "  no examples yet (gold, or units annotators accepted, become examples)"]
        return [head, *(f"  e.g. {e.line()}" for e in self.examples)]


def definition(schema: LabelSchema, kind: str, label: str) -> str:
    if kind == "entity":
        return next((x.description for x in schema.entity_labels if x.name == label), "")
    if kind == "event":
        etype = schema.event_type(label)
        return etype.description if etype else ""
    return schema.quote_kind_descriptions.get(label, "")


def labels(schema: LabelSchema, kind: str) -> list[str]:
    if kind == "entity":
        return schema.entity_label_names
    if kind == "event":
        return schema.event_type_names
    return list(schema.quote_kinds)


def cards(store: Store, kind: str) -> dict[str, Card]:
    """Every card of one kind, in schema order (one store query for all their examples)."""
    schema = store.schema()
    found = store.label_examples(kind, MAX_EXAMPLES)
    texts: dict[str, str] = {}
    out = {}
    for label in labels(schema, kind):
        examples = []
        for ex in found.get(label, []):
            text = texts.setdefault(ex.doc_id, store.document(ex.doc_id).text)
            before, after = text[max(0, ex.start - CONTEXT) : ex.start], text[ex.end : ex.end + CONTEXT]
            examples.append(Example(ex.doc_id, _squeeze(before), _squeeze(ex.text), _squeeze(after), ex.layer))
        out[label] = Card(kind, label, definition(schema, kind, label), tuple(examples))
    return out


def guideline_lines(store: Store, kind: str) -> dict[str, list[str]]:
    """The cards of one kind as lines, by label: what the label picker and the review show."""
    return {label: c.lines() for label, c in cards(store, kind).items()}


def _squeeze(text: str) -> str:
    """Runs of whitespace (line breaks too) as one space, kept at the ends so words stay apart."""
    return re.sub(r"\s+", " ", text)
