"""Prodigy: a folder of two task files, each for one Prodigy dataset (docs/tools/prodigy.md).

- `entities.jsonl`: one `ner_manual` task per document and layer, its entity `spans`
  never overlapping (Prodigy's `data-to-spacy` and `train` refuse overlapping entities,
  spaCy's E1010): overlaps are resolved as for `doc.ents` (longest first, then earliest),
  and the entities left out are kept in `meta.overlapping_entities` for our importer.
- `relations.jsonl`: one `relations` task per quote and per event. A quote is a `QUOTE`
  span linked by relations to its `SPEAKER`, `SPEAKER_ENTITY` and `CUE` spans (and
  `QUOTE_PART` for the rest of a split quote); an event is a span labelled with its type,
  linked to one span per argument by a relation named after the role. Spans carry `kind`
  and the head a `unit` number, so `annotator.export.read_prodigy` reads them back.

Hashes follow Prodigy's documented rule (set_hashes): `_input_hash` is a 32-bit
murmurhash of the input keys (`text`), `_task_hash` one of the task keys (`spans`,
`label`, `options`, `arcs`) prefixed by the input hash. Nothing else enters them: the
same text gets the same input hash in every layer, and two annotators' identical
annotations the same task hash. `prodigy db-in --rehash` recomputes them with Prodigy's
own code where its version differs.
"""

from __future__ import annotations

import json
import shlex
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import orjson
from murmurhash import hash as murmurhash

from annotator.export.common import (
    ExportContext,
    LayerDoc,
    boundaries,
    escape_line_breaking,
    line_breaking,
)
from annotator.export.tokens import TokenIndex, resolve_overlaps, tokenize

ENTITIES_FILE, RELATIONS_FILE = "entities.jsonl", "relations.jsonl"
NER_VIEW, RELATIONS_VIEW = "ner_manual", "relations"
QUOTE, QUOTE_PART, SPEAKER, SPEAKER_ENTITY, CUE = "QUOTE", "QUOTE_PART", "SPEAKER", "SPEAKER_ENTITY", "CUE"
# quote body key -> (span label and relation label, span kind)
QUOTE_LINKS = (
    ("speaker", SPEAKER, "speaker"),
    ("speaker_entity", SPEAKER_ENTITY, "speaker_entity"),
    ("cue", CUE, "cue"),
)
INPUT_KEYS = ("text", "image", "html", "input")
TASK_KEYS = ("spans", "label", "options", "arcs")
UNALIGNED = "spans not on token boundaries (Prodigy)"
OVERLAPPING = "entities overlapping a longer one: kept in meta.overlapping_entities, not in ner_manual spans"


def prodigy_hash(task: dict[str, Any], keys: tuple[str, ...], prefix: str = "") -> int:
    """Prodigy's hash of a task: murmurhash (signed 32 bits) of the given keys' values, sorted JSON."""
    values = {key: task[key] for key in keys if key in task}
    return int(murmurhash(prefix + json.dumps(values, sort_keys=True)))


def input_hash(text: str) -> int:
    """The `_input_hash` of a text task (the same in every layer)."""
    return prodigy_hash({"text": text}, INPUT_KEYS)


def task_hash(task: dict[str, Any]) -> int:
    """The `_task_hash`: the annotation (spans) on its input, and nothing about who made it."""
    return prodigy_hash(task, TASK_KEYS, prefix=str(task["_input_hash"]))


class _SpanBuilder:
    """Collects one task's spans; children shared by several heads are written once."""

    def __init__(self, index: TokenIndex, ctx: ExportContext) -> None:
        self.index = index
        self.ctx = ctx
        self.spans: list[dict[str, Any]] = []
        self._shared: dict[tuple[int, int, str, str], dict[str, Any]] = {}

    def add(self, start: int, end: int, label: str, kind: str | None = None, **extra: Any) -> dict[str, Any] | None:
        tokens = self.index.span(start, end)
        if tokens is None:
            self.ctx.stats.drop(UNALIGNED)
            return None
        span = {"start": start, "end": end, "token_start": tokens[0], "token_end": tokens[1], "label": label}
        if kind is not None:
            span["kind"] = kind
        span.update(extra)
        self.spans.append(span)
        return span

    def shared(self, start: int, end: int, label: str, kind: str) -> dict[str, Any] | None:
        key = (start, end, label, kind)
        if key not in self._shared:
            found = self.add(start, end, label, kind)
            if found is None:
                return None
            self._shared[key] = found
        return self._shared[key]


def _relation(head: dict[str, Any], child: dict[str, Any], label: str) -> dict[str, Any]:
    """Prodigy's relation shape: head and child are the spans' last token indices."""
    return {
        "head": head["token_end"],
        "child": child["token_end"],
        "head_span": head,
        "child_span": child,
        "label": label,
    }


def tasks(item: LayerDoc, ctx: ExportContext) -> Iterator[tuple[str, dict[str, Any]]]:
    """(file name, task) for one document in one layer: its ner_manual task, then a relations task per unit."""
    text = item.doc.text
    entities, quotes, events = item.entities, item.quotes, item.events
    toks, splits = tokenize(text, *boundaries(entities, quotes, events))
    ctx.stats.notes["tokens split at annotation boundaries"] += splits
    index = TokenIndex(toks)
    tokens = [{"text": text[s:e], "start": s, "end": e, "id": i, "ws": ws} for i, (s, e, ws) in enumerate(toks)]
    ctx.stats.units.update({"entities": len(entities), "quotes": len(quotes), "events": len(events)})
    kept, left_out = resolve_overlaps(entities)
    spans = _SpanBuilder(index, ctx)
    for s, e, label in kept:
        spans.add(s, e, label)
    meta = _meta(item, ctx.schema.version)
    if left_out:
        ctx.stats.notes[OVERLAPPING] += left_out
        meta["overlapping_entities"] = [{"start": s, "end": e, "label": lab} for s, e, lab in _left_out(entities, kept)]
    yield ENTITIES_FILE, _task(item, tokens, spans.spans, None, NER_VIEW, meta)
    for i, q in enumerate(quotes):
        found = _quote_task(q, i, index, ctx)
        if found is not None:
            yield RELATIONS_FILE, _task(item, tokens, *found, RELATIONS_VIEW, {**meta_base(meta), "unit": "quote"})
    for i, ev in enumerate(events):
        found = _event_task(ev, i, index, ctx)
        if found is not None:
            yield RELATIONS_FILE, _task(item, tokens, *found, RELATIONS_VIEW, {**meta_base(meta), "unit": "event"})


def _left_out(entities: list[tuple[int, int, str]], kept: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The entities not kept, in text order (a duplicate of a kept one counts as left out)."""
    owed = Counter(kept)
    out = []
    for ent in entities:
        if owed[ent]:
            owed[ent] -= 1
        else:
            out.append(ent)
    return out


def meta_base(meta: dict[str, Any]) -> dict[str, Any]:
    """The document's meta without what belongs to the entities task."""
    return {k: v for k, v in meta.items() if k != "overlapping_entities"}


Found = tuple[list[dict[str, Any]], list[dict[str, Any]]]


def _quote_task(q: dict[str, Any], i: int, index: TokenIndex, ctx: ExportContext) -> Found | None:
    spans = _SpanBuilder(index, ctx)
    c = q["content"]
    head = spans.add(c["start"], c["end"], QUOTE, "quote", unit=i, quote_kind=q.get("quote_kind", "direct"))
    if head is None:
        return None
    relations = []
    links = [(q.get(key), label, kind) for key, label, kind in QUOTE_LINKS]
    links += [(part, QUOTE_PART, "quote_part") for part in q.get("extra", ())]
    for sp, label, kind in links:
        child = sp and spans.shared(sp["start"], sp["end"], QUOTE if kind == "quote_part" else label, kind)
        if child:
            relations.append(_relation(head, child, label))
    return spans.spans, relations


def _event_task(ev: dict[str, Any], i: int, index: TokenIndex, ctx: ExportContext) -> Found | None:
    spans = _SpanBuilder(index, ctx)
    t = ev["trigger"]
    head = spans.add(t["start"], t["end"], ev["type"], "trigger", unit=i)
    if head is None:
        return None
    relations = []
    for role, sp in ev.get("arguments", {}).items():
        child = spans.shared(sp["start"], sp["end"], role, "argument")
        if child:
            relations.append(_relation(head, child, role))
    return spans.spans, relations


def _task(
    item: LayerDoc,
    tokens: list[dict[str, Any]],
    spans: list[dict[str, Any]],
    relations: list[dict[str, Any]] | None,
    view: str,
    meta: dict[str, Any],
) -> dict[str, Any]:
    doc = item.doc
    who = item.layer.annotator or item.layer.name
    stamp = item.updated or doc.created_at
    task: dict[str, Any] = {"text": doc.text, "tokens": tokens, "spans": spans}
    if relations is not None:
        task["relations"] = relations
    task.update(
        {
            "answer": "accept",
            "meta": meta,
            "_view_id": view,
            "_input_hash": input_hash(doc.text),
            "_annotator_id": who,
            "_session_id": f"annotator-{who}",
            "_timestamp": int(datetime.fromisoformat(stamp).timestamp()) if stamp else 0,
        }
    )
    task["_task_hash"] = task_hash(task)
    return task


def _meta(item: LayerDoc, schema_version: int) -> dict[str, Any]:
    """What Prodigy shows in the card's corner, and what reading the task back needs."""
    doc = item.doc
    meta: dict[str, Any] = {
        "id": doc.id,
        "title": doc.title,
        "layer": item.layer.name,
        "status": item.status,
        "annotators": item.annotators,
        "schema_version": schema_version,
        "content_hash": doc.content_hash,
    }
    for key in ("outlet", "url", "published", "story_key"):
        value = getattr(doc, key)
        if value is not None:
            meta[key] = value
    if doc.meta != "{}":
        meta["doc_meta"] = orjson.loads(doc.meta)
    return meta


def write(items: Iterable[LayerDoc], path: Path, ctx: ExportContext) -> None:
    """Write entities.jsonl and relations.jsonl into `path` (a temporary folder: the caller renames it)."""
    with open(path / ENTITIES_FILE, "wb") as ents, open(path / RELATIONS_FILE, "wb") as rels:
        files = {ENTITIES_FILE: ents, RELATIONS_FILE: rels}
        for item in items:
            escape = line_breaking(item.doc)
            for name, task in tasks(item, ctx):
                line = orjson.dumps(task, option=orjson.OPT_APPEND_NEWLINE)
                files[name].write(escape_line_breaking(line) if escape else line)


def next_steps(out: Path) -> list[str]:
    """The Prodigy commands that load the folder (docs/tools/prodigy.md)."""
    return [
        "load it into Prodigy (one dataset per file) and train on the entities:",
        f"  prodigy db-in news_ner {shlex.quote(str(out / ENTITIES_FILE))}",
        f"  prodigy db-in news_relations {shlex.quote(str(out / RELATIONS_FILE))}",
        "  prodigy data-to-spacy ./corpus --ner news_ner    (or: prodigy train ./model --ner news_ner)",
    ]
