"""Prodigy JSONL: tasks with tokens, spans and relations, ready for `prodigy db-in`.

Entities are spans labelled with their entity label. A quote is a `QUOTE` span linked by
relations to its `SPEAKER`, `SPEAKER_ENTITY` and `CUE` spans (and `QUOTE_PART` for the rest
of a split quote); an event is a span labelled with its type, linked to one span per
argument by a relation named after the role. Each span also carries `kind` (entity,
quote, quote_part, speaker, speaker_entity, cue, trigger, argument) and quote and trigger
spans a `unit` number, so `annotator.export.read_prodigy` reads a task back exactly.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import orjson

from annotator.export.common import (
    ExportContext,
    LayerDoc,
    boundaries,
    escape_line_breaking,
    line_breaking,
    write_lines,
)
from annotator.export.tokens import TokenIndex, tokenize

QUOTE, QUOTE_PART, SPEAKER, SPEAKER_ENTITY, CUE = "QUOTE", "QUOTE_PART", "SPEAKER", "SPEAKER_ENTITY", "CUE"
# quote body key -> (span label and relation label, span kind)
QUOTE_LINKS = (
    ("speaker", SPEAKER, "speaker"),
    ("speaker_entity", SPEAKER_ENTITY, "speaker_entity"),
    ("cue", CUE, "cue"),
)
UNALIGNED = "spans not on token boundaries (Prodigy)"


def hash32(text: str) -> int:
    """A stable signed 32-bit hash, the size Prodigy uses for _input_hash and _task_hash."""
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:4], "big", signed=True)


class _SpanBuilder:
    """Collects a task's spans; children shared by several heads are written once."""

    def __init__(self, index: TokenIndex, ctx: ExportContext) -> None:
        self.index = index
        self.ctx = ctx
        self.spans: list[dict[str, Any]] = []
        self._shared: dict[tuple[int, int, str, str], dict[str, Any]] = {}

    def add(self, start: int, end: int, label: str, kind: str, **extra: Any) -> dict[str, Any] | None:
        tokens = self.index.span(start, end)
        if tokens is None:
            self.ctx.stats.drop(UNALIGNED)
            return None
        span = {"start": start, "end": end, "token_start": tokens[0], "token_end": tokens[1], "label": label}
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
        "head": head["token_end"], "child": child["token_end"], "head_span": head, "child_span": child, "label": label
    }


def task(item: LayerDoc, ctx: ExportContext) -> dict[str, Any]:
    """The Prodigy task of one document in one layer."""
    doc = item.doc
    text = doc.text
    entities, quotes, events = item.entities, item.quotes, item.events
    starts, ends = boundaries(entities, quotes, events)
    toks, splits = tokenize(text, starts, ends)
    ctx.stats.notes["tokens split at annotation boundaries"] += splits
    spans = _SpanBuilder(TokenIndex(toks), ctx)
    relations: list[dict[str, Any]] = []
    for s, e, label in entities:
        spans.add(s, e, label, "entity")
    for i, q in enumerate(quotes):
        c = q["content"]
        head = spans.add(c["start"], c["end"], QUOTE, "quote", unit=i, quote_kind=q.get("quote_kind", "direct"))
        if head is None:
            continue
        links = [(q.get(key), label, kind) for key, label, kind in QUOTE_LINKS]
        links += [(part, QUOTE_PART, "quote_part") for part in q.get("extra", ())]
        for sp, label, kind in links:
            child = sp and spans.shared(sp["start"], sp["end"], QUOTE if kind == "quote_part" else label, kind)
            if child:
                relations.append(_relation(head, child, label))
    for i, ev in enumerate(events):
        t = ev["trigger"]
        head = spans.add(t["start"], t["end"], ev["type"], "trigger", unit=i)
        if head is None:
            continue
        for role, sp in ev.get("arguments", {}).items():
            child = spans.shared(sp["start"], sp["end"], role, "argument")
            if child:
                relations.append(_relation(head, child, role))
    ctx.stats.units.update({"entities": len(entities), "quotes": len(quotes), "events": len(events)})
    tokens = [{"text": text[s:e], "start": s, "end": e, "id": i, "ws": ws} for i, (s, e, ws) in enumerate(toks)]
    return _task(item, tokens, spans.spans, relations, ctx.schema.version)


def _task(
    item: LayerDoc, tokens: list[dict[str, Any]], spans: list[dict[str, Any]], relations: list[dict[str, Any]],
    schema_version: int,
) -> dict[str, Any]:
    doc = item.doc
    who = item.layer.annotator or item.layer.name
    input_hash = hash32(doc.text)
    task_hash = hash32(f"{input_hash}|{item.layer.name}|" + orjson.dumps([spans, relations]).decode())
    stamp = item.updated or doc.created_at
    return {
        "text": doc.text,
        "tokens": tokens,
        "spans": spans,
        "relations": relations,
        "answer": "accept",
        "meta": _meta(item, schema_version),
        "_input_hash": input_hash,
        "_task_hash": task_hash,
        "_annotator_id": who,
        "_session_id": f"annotator-{who}",
        "_timestamp": int(datetime.fromisoformat(stamp).timestamp()) if stamp else 0,
    }


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


def lines(items: Iterable[LayerDoc], ctx: ExportContext) -> Iterator[bytes]:
    for item in items:
        line = orjson.dumps(task(item, ctx), option=orjson.OPT_APPEND_NEWLINE)
        yield escape_line_breaking(line) if line_breaking(item.doc) else line


def write(items: Iterable[LayerDoc], path: Path, ctx: ExportContext) -> None:
    write_lines(path, lines(items, ctx))
