"""Entity precision, recall and F1 per label of a pipeline against finished documents.

Matching is exact (span and label), as CoNLL scores it; furniture is left out on both
sides, as the suggestion pipeline leaves it out.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from annotator.core.schema import LabelSchema
from annotator.suggest.evaluate import PRF
from annotator.train.data import Spans, TrainDoc

if TYPE_CHECKING:
    from spacy.language import Language

ALL = "ALL"


def predict(nlp: Language, docs: Sequence[TrainDoc], schema: LabelSchema) -> list[Spans]:
    """The pipeline's entities on each document, mapped onto the schema, none in furniture.

    Only the NER runs (it has its own token vectors in the small English pipelines): a
    score needs nothing else, and the parser would triple the time.
    """
    from annotator.suggest.units import entities

    keep = [name for name in nlp.pipe_names if name == "ner"]
    out = []
    with nlp.select_pipes(enable=keep):
        for sdoc, doc in zip(nlp.pipe(d.text for d in docs), docs):
            skip = [(s, e) for s, e in doc.furniture]
            out.append([(e.start, e.end, e.label) for e in entities(sdoc, schema, skip)])
    return out


def score(gold: Sequence[Spans], pred: Sequence[Spans]) -> dict[str, PRF]:
    """Per label and over all labels (ALL), exact span-and-label matches."""
    out: dict[str, PRF] = {ALL: PRF()}
    for g, p in zip(gold, pred):
        gs, ps = set(g), set(p)
        for s, e, label in gs | ps:
            prf = out.setdefault(label, PRF())
            hit = (s, e, label) in gs and (s, e, label) in ps
            prf.tp += hit
            prf.fp += (s, e, label) in ps and not hit
            prf.fn += (s, e, label) in gs and not hit
    for label, prf in list(out.items()):
        if label != ALL:
            out[ALL] += prf
    return out


def as_dict(scores: dict[str, PRF]) -> dict[str, dict[str, Any]]:
    """JSON-ready figures, labels sorted, ALL last."""
    order = sorted(k for k in scores if k != ALL) + [ALL]
    return {
        k: {
            "p": round(scores[k].precision, 4),
            "r": round(scores[k].recall, 4),
            "f1": round(scores[k].f1, 4),
            "tp": scores[k].tp,
            "fp": scores[k].fp,
            "fn": scores[k].fn,
        }
        for k in order
    }
