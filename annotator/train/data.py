"""Training examples from a layer of finished documents: entities, with page furniture left unknown.

Furniture (photo credits, video widgets, subscription lines) is marked *missing* in
`doc.ents`, not "outside": editors never annotate it, so a name in a caption is not
evidence that it is not a name. Furniture is found by the same rules the suggestion
pipeline uses (`find_boilerplate`), plus any furniture units the layer holds.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annotator.core.errors import UserError
from annotator.store.base import Store

Spans = list[tuple[int, int, str]]


@dataclass(frozen=True)
class TrainDoc:
    """One finished document of the layer: its text, entities and furniture, in code points."""

    id: str
    text: str
    entities: Spans
    furniture: list[tuple[int, int]]


def layer_docs(store: Store, layer: str) -> list[TrainDoc]:
    """The layer's finished documents (an annotator's done ones; gold's settled ones)."""
    from annotator.export.common import ExportError, iter_layer_docs, resolve_layers
    from annotator.suggest.boilerplate import find_boilerplate

    try:
        layers = resolve_layers(store, layer)
    except ExportError as exc:
        raise UserError(str(exc)) from None
    if len(layers) != 1:
        raise UserError(f"--layer {layer}: train on one layer (gold or annotator:NAME)")
    known = set(store.schema().entity_label_names)
    out = []
    for item in iter_layer_docs(store, layers, done_only=True):
        text = item.doc.text
        furniture = sorted(
            {(b.start, b.end) for b in find_boilerplate(text)} | {(s, e) for s, e, _ in item.boilerplate}
        )
        entities = [
            (s, e, label)
            for s, e, label in item.entities
            if label in known and not any(fs < e and s < fe for fs, fe in furniture)
        ]
        out.append(TrainDoc(item.doc.id, text, entities, furniture))
    return out


def split(docs: Sequence[TrainDoc], eval_split: float) -> tuple[list[TrainDoc], list[TrainDoc]]:
    """A held-out share chosen by a hash of each id: the same documents every run, whatever the order."""
    if not 0 < eval_split < 1:
        raise UserError(f"--eval-split must be between 0 and 1, not {eval_split}")
    ranked = sorted(docs, key=lambda d: hashlib.sha256(d.id.encode()).hexdigest())
    n_held = max(1, round(len(ranked) * eval_split))
    if len(ranked) - n_held < 1:
        raise UserError(f"{len(ranked)} finished document(s): too few to train and hold some out (need 2)")
    held = {d.id for d in ranked[:n_held]}
    return [d for d in docs if d.id not in held], [d for d in docs if d.id in held]


def to_spacy_doc(doc: TrainDoc) -> Any:
    """The reference Doc: tokens split at every entity edge, entities set, furniture missing."""
    from annotator.export.tokens import resolve_overlaps, spacy_doc, tokenize

    kept, _ = resolve_overlaps(doc.entities)
    starts = {s for s, _, _ in kept} | {s for s, _ in doc.furniture}
    ends = {e for _, e, _ in kept} | {e for _, e in doc.furniture}
    toks, _ = tokenize(doc.text, starts, ends)
    sdoc = spacy_doc(doc.text, toks)
    ents = [sp for sp in (sdoc.char_span(s, e, label=label, alignment_mode="expand") for s, e, label in kept) if sp]
    missing = [sp for sp in (sdoc.char_span(s, e, alignment_mode="expand") for s, e in doc.furniture) if sp]
    ents = [sp for sp in ents if not any(m.start < sp.end and sp.start < m.end for m in missing)]
    sdoc.set_ents(ents, missing=missing, default="outside")
    return sdoc


def write_docbin(docs: Iterable[TrainDoc], path: Path) -> int:
    from spacy.tokens import DocBin

    bin_ = DocBin()
    n = 0
    for doc in docs:
        bin_.add(to_spacy_doc(doc))
        n += 1
    path.write_bytes(bin_.to_bytes())
    return n
