"""doccano JSONL, the sequence-labelling-with-relations flavour its "Relation" projects import.

One line per document and layer: `text`, `entities` (`id`, `label`, `start_offset`,
`end_offset`) and `relations` (`id`, `from_id`, `to_id`, `type`), as doccano's own example
(backend/data_import/pipeline/examples/relation_extraction/example.jsonl); quotes and
events are regions and relations (annotator.export.regions). The document's fields go
alongside (`id`, `title`, `outlet`, ..., `meta`, `layer`): doccano keeps unknown keys as
the example's metadata, and `annotator import` reads them back.
"""

from __future__ import annotations

import shlex
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import orjson

from annotator.export.common import ExportContext, LayerDoc, escape_line_breaking, line_breaking, write_lines
from annotator.export.regions import regions_of


def record(item: LayerDoc, ctx: ExportContext) -> dict[str, Any]:
    regions = regions_of(item)
    ctx.stats.units.update({"entities": len(item.entities), "quotes": len(item.quotes), "events": len(item.events)})
    doc = item.doc
    return {
        "id": doc.id,
        "text": doc.text,
        "entities": [
            {"id": i, "label": r.label, "start_offset": r.start, "end_offset": r.end}
            for i, r in enumerate(regions.items)
        ],
        "relations": [
            {"id": i, "from_id": link.head, "to_id": link.child, "type": link.label}
            for i, link in enumerate(regions.links)
        ],
        "title": doc.title,
        **{key: getattr(doc, key) for key in ("outlet", "url", "published", "story_key") if getattr(doc, key)},
        "meta": orjson.Fragment(doc.meta),
        "layer": item.layer.name,
    }


def lines(items: Iterable[LayerDoc], ctx: ExportContext) -> Iterator[bytes]:
    for item in items:
        line = orjson.dumps(record(item, ctx), option=orjson.OPT_APPEND_NEWLINE)
        yield escape_line_breaking(line) if line_breaking(item.doc) else line


def write(items: Iterable[LayerDoc], path: Path, ctx: ExportContext) -> None:
    write_lines(path, lines(items, ctx))


def next_steps(out: Path) -> list[str]:
    return [
        "in doccano: create a Sequence Labeling project with 'Use relation labeling' on, then",
        f"  Dataset > Actions > Import Dataset: JSONL, file {shlex.quote(str(out))} (docs/tools/doccano.md)",
    ]
