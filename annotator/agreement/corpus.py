"""Annotators' layers read from a Store into `DocInput`s: the one module here that takes a store.

Who is "on" a document: the annotators assigned to it when it has assignments, else
those with anything in their layer for it (a rejected suggestion counts: they saw it).
The corpus report compares only the finished annotators of documents ready for review (the
rule of `readiness`): work still in progress is not a disagreement, and one annotator agrees
with nobody.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Any

from annotator.agreement.matching import kept
from annotator.agreement.readiness import MIN_ANNOTATORS, readiness
from annotator.agreement.report import DocInput, ReportBuilder
from annotator.core.errors import UserError
from annotator.store.base import GOLD, Layer, Store


def default_annotators(store: Store, exclude: Sequence[str] = ()) -> list[str]:
    """Everyone with a layer or an assignment."""
    names = {layer.name.removeprefix("annotator:") for layer in store.layers("annotator")}
    names |= {a for _, a in store.assignments()}
    return sorted(n for n in names if n not in exclude)


def assigned_by_doc(store: Store) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for doc_id, annotator in store.assignments():
        out.setdefault(doc_id, set()).add(annotator)
    return out


def corpus_inputs(
    store: Store, annotators: Sequence[str], *, texts: bool = True, gold: bool = False
) -> Iterator[DocInput]:
    """Every document someone in `annotators` is on, in document id order, in one streamed scan."""
    assigned = assigned_by_doc(store)
    layer_of = {Layer.annotator_name(a): a for a in annotators}
    layers = [*layer_of, GOLD] if gold else list(layer_of)
    for doc_id, text, by_layer in store.stream_layers(layers, texts=texts):
        raw = {layer_of[name]: units for name, units in by_layer.items() if name in layer_of}
        who = assigned.get(doc_id)
        on_doc = [a for a in annotators if (a in who if who is not None else a in raw)]
        if not on_doc:
            continue
        yield DocInput(
            doc_id=doc_id,
            text=text,
            annotators=on_doc,
            units={a: kept(raw.get(a, [])) for a in on_doc},
            gold=by_layer.get(GOLD, []) if gold else [],
        )


def corpus_report(
    store: Store,
    annotators: Sequence[str] | None = None,
    *,
    per_document: bool = True,
    min_annotators: int = MIN_ANNOTATORS,
) -> dict[str, Any]:
    """The agreement report for these annotators (default: everyone), streamed over the corpus:
    ready documents compared between their finished annotators, the others set aside and counted."""
    names = list(annotators) if annotators else default_annotators(store)
    if len(names) < 2:
        found = ", ".join(names) or "none"
        raise UserError(f"agreement needs at least two annotators (found: {found}); pass --annotators a,b")
    done = store.done_by_doc()
    assigned = assigned_by_doc(store)
    builder = ReportBuilder(names, per_document=per_document)
    for doc in corpus_inputs(store, names):
        ready = readiness(
            doc.annotators,
            done.get(doc.doc_id, set()),
            assigned=assigned.get(doc.doc_id),
            min_annotators=min_annotators,
        )
        if ready.comparable:
            builder.add(replace(doc, annotators=list(ready.finished)))
        else:
            builder.set_aside(doc, ready.state, ready.brief())
    return builder.result()
