"""Our JSONL (the gold format): one line per document and layer, every span with its text.

The shape is `annotator.export.records.DocumentRecord`; dicts are built directly here
(no model per unit) because this is the hot path of a 100k-document export.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, cast

import orjson

from annotator.export.common import ExportContext, LayerDoc, escape_line_breaking, line_breaking, write_lines
from annotator.export.records import FORMAT_VERSION


def _quote(text: str, q: dict[str, Any]) -> dict[str, Any]:
    # Stored bodies are whole model dumps: every key is present (no .get on the hot path).
    content, speaker, entity, cue = q["content"], q["speaker"], q["speaker_entity"], q["cue"]
    content["text"] = text[content["start"] : content["end"]]
    if speaker is not None:
        speaker["text"] = text[speaker["start"] : speaker["end"]]
    if entity is not None:
        entity["text"] = text[entity["start"] : entity["end"]]
    if cue is not None:
        cue["text"] = text[cue["start"] : cue["end"]]
    parts = q["extra"]
    for part in parts:
        part["text"] = text[part["start"] : part["end"]]
    return {
        "content": content,
        "kind": q["quote_kind"],
        "speaker": speaker,
        "speaker_entity": entity,
        "cue": cue,
        "parts": parts,
    }


def _event(text: str, ev: dict[str, Any]) -> dict[str, Any]:
    args = ev["arguments"]
    for span in args.values():
        span["text"] = text[span["start"] : span["end"]]
    trigger = ev["trigger"]
    trigger["text"] = text[trigger["start"] : trigger["end"]]
    return {"trigger": trigger, "type": ev["type"], "arguments": args}


def record(item: LayerDoc, schema_version: int, counts: list[int] | None = None) -> dict[str, Any]:
    """The JSONL record of one document in one layer (see docs/export-format.md).

    `counts`, when given, is bumped by the entities, quotes and events written.
    """
    doc = item.doc
    text = doc.text
    entities: list[dict[str, Any]] = []
    quotes: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    boiler: list[dict[str, Any]] = []
    # Only quote and event rows reach it, and those always carry their body (ExportUnit).
    loads = cast("Callable[[str | None], Any]", orjson.loads)
    # One pass, each `ExportUnit` unpacked by its fields (cheaper than attribute access):
    # this loop runs for every unit of the corpus.
    for _doc, _layer, kind, s, e, label, body, _rejected, score in item.units:
        if kind == "entity":
            out = {"start": s, "end": e, "text": text[s:e], "label": label}
            entities.append(out)
        elif kind == "quote":
            out = _quote(text, loads(body))
            quotes.append(out)
        elif kind == "event":
            out = _event(text, loads(body))
            events.append(out)
        else:
            out = {"start": s, "end": e, "text": text[s:e], "label": label}
            boiler.append(out)
        if score is not None:  # suggestions carry their confidence; people's work has none
            out["score"] = score
    if counts is not None:
        counts[0] += len(entities)
        counts[1] += len(quotes)
        counts[2] += len(events)
    return {
        "format_version": FORMAT_VERSION,
        "schema_version": schema_version,
        "id": doc.id,
        "layer": item.layer.name,
        "annotators": item.annotators,
        "status": item.status,
        "adjudicated": item.adjudicated,  # gold: "no units" means the adjudicator found none, not that nobody looked
        "created_at": doc.created_at,
        "updated_at": item.updated,
        "title": doc.title,
        "outlet": doc.outlet,
        "url": doc.url,
        "published": doc.published,
        "story_key": doc.story_key,
        "content_hash": doc.content_hash,
        "meta": orjson.Fragment(doc.meta),  # stored as compact JSON already: pass it through
        "text": text,
        "entities": entities,
        "quotes": quotes,
        "events": events,
        "boilerplate": boiler,
    }


def lines(items: Iterable[LayerDoc], ctx: ExportContext) -> Iterator[bytes]:
    version = ctx.schema.version
    dumps = orjson.dumps
    newline = orjson.OPT_APPEND_NEWLINE  # no copy of each line to add b"\n"
    counts = [0, 0, 0]
    try:
        for item in items:
            line = dumps(record(item, version, counts), option=newline)
            yield escape_line_breaking(line) if line_breaking(item.doc) else line
    finally:
        add_counts(ctx, counts)


def add_counts(ctx: ExportContext, counts: list[int]) -> None:
    ctx.stats.units.update({"entities": counts[0], "quotes": counts[1], "events": counts[2]})


def write(items: Iterable[LayerDoc], path: Path, ctx: ExportContext) -> None:
    """Write the records to `path` (already a temporary file: the caller renames it)."""
    write_lines(path, lines(items, ctx))
