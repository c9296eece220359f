"""The `stories` export: one line per story, its outlets' quotes aligned, its entities merged.

The shape is `annotator.export.story_records.StoryRecord` (docs/export-format.md). Records of
one story may be anywhere in the corpus, so a story's documents are held until the last one
has streamed past; documents without a story key are counted as left out.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any, cast

import orjson

from annotator.core.models import Body, Entity, Event, Quote, Span
from annotator.export.common import ExportContext, LayerDoc, write_lines
from annotator.export.story_records import FORMAT_VERSION
from annotator.stories.story import Story, StoryArticle, build_story


def article_of(item: LayerDoc) -> StoryArticle:
    """A layer's view of one document as a story article; unit keys are positions in `item.units`."""
    doc = item.doc
    units: list[tuple[int, Body]] = []
    for i, u in enumerate(item.units):
        kind = u.kind
        if kind == "entity":
            units.append((i, Entity(start=u.start, end=u.end, label=u.label)))
        elif kind == "quote":
            units.append((i, Quote.model_validate_json(cast(str, u.body))))
        elif kind == "event":
            units.append((i, Event.model_validate_json(cast(str, u.body))))
    return StoryArticle(doc.id, doc.title, doc.outlet, doc.published, doc.text, tuple(units))


def _span(text: str, span: Span | None) -> dict[str, Any] | None:
    return None if span is None else _bounds(text, span)


def _bounds(text: str, span: Span) -> dict[str, Any]:
    return {"start": span.start, "end": span.end, "text": text[span.start : span.end]}


def story_record(story: Story, layer: str = "") -> dict[str, Any]:
    """The export line of one story (also `annotator stories show --json`)."""
    texts = {a.id: a.text for a in story.articles}
    outlets = {a.id: a.outlet for a in story.articles}
    return {
        "format_version": FORMAT_VERSION,
        "story_key": story.key,
        "layer": layer,
        "articles": [
            {"id": a.id, "title": a.title, "outlet": a.outlet, "published": a.published} for a in story.articles
        ],
        "quotes": [_quote_group(g, texts, outlets) for g in story.quotes],
        "entities": [_entity(r, texts) for r in story.entities],
        "events": [_event_group(g, texts, outlets) for g in story.events],
    }


def _quote_group(g: Any, texts: dict[str, str], outlets: dict[str, str | None]) -> dict[str, Any]:
    first = g.versions[0]
    ident = hashlib.sha1(f"{first.doc_id}\x1f{first.content[0].start}".encode()).hexdigest()[:10]
    versions = []
    for v in g.versions:
        text = texts[v.doc_id]
        versions.append(
            {
                "doc_id": v.doc_id,
                "outlet": outlets[v.doc_id],
                "content": [_span(text, p) for p in v.content],
                "kind": v.kind,
                "speaker": _span(text, v.speaker),
                "speaker_entity": _span(text, v.speaker_entity),
                "speaker_id": v.speaker_id,
                "cue": _span(text, v.cue),
            }
        )
    return {
        "id": f"Q{ident}",
        "outlets": len(g.doc_ids),
        "score": round(g.score, 4),
        "shared_words": g.shared,
        "conflicts": g.conflicts,
        "versions": versions,
    }


def _entity(r: Any, texts: dict[str, str]) -> dict[str, Any]:
    return {
        "id": r.id,
        "name": r.name,
        "labels": dict(sorted(r.labels.items())),
        "conflicts": r.conflicts,
        "ambiguous_with": list(r.ambiguous_with),
        "mentions": [
            {"doc_id": m.doc_id, "start": m.start, "end": m.end, "text": m.text, "label": m.label} for m in r.mentions
        ],
    }


def _event_group(g: Any, texts: dict[str, str], outlets: dict[str, str | None]) -> dict[str, Any]:
    versions = []
    for v in g.versions:
        text = texts[v.doc_id]
        args = {a.role: {**_bounds(text, a.span), "entity_id": a.entity_id} for a in v.arguments}
        versions.append(
            {
                "doc_id": v.doc_id,
                "outlet": outlets[v.doc_id],
                "trigger": _span(text, v.trigger),
                "arguments": args,
                "numbers": sorted(v.numbers),
            }
        )
    return {"type": g.type, "outlets": len(g.doc_ids), "conflicts": g.conflicts, "versions": versions}


def write(items: Iterable[LayerDoc], path: Path, ctx: ExportContext) -> None:
    """Group the layer's documents by story, then write one line per (story, layer)."""
    held: dict[tuple[str, str], list[StoryArticle]] = {}
    for item in items:
        key = item.doc.story_key
        if not key:
            ctx.stats.drop("documents not in a story")
            continue
        held.setdefault((key, item.layer.name), []).append(article_of(item))
    lines = []
    for (key, layer), articles in sorted(held.items()):
        record = story_record(build_story(key, articles), layer)
        ctx.stats.units.update(
            {"stories": 1, "aligned quotes": len(record["quotes"]), "entities": len(record["entities"])}
        )
        ctx.stats.units["events"] += len(record["events"])
        lines.append(orjson.dumps(record, option=orjson.OPT_APPEND_NEWLINE))
    write_lines(path, lines)


def next_steps(out: Path) -> list[str]:
    return [
        f"python -c \"import json; [print(r['story_key'], len(r['quotes'])) for r in map(json.loads, open('{out}'))]\"",
        "the fields are described in docs/export-format.md; JSON Schema: docs/annotator-stories.schema.json",
    ]
