"""Label Studio JSON tasks: `data.text`, and a layer's units as `annotations` or `predictions`.

A JSON list of tasks, one per document, as Label Studio's task format documents it
(labelstud.io/guide/task_format): `data` (`text`, and our `doc_id`, `title`, ...), an
annotator's or the gold layer as `annotations: [{result, completed_by, ...}]` (with
`--layer all`, one annotation per annotator on the document's one task), a suggestions
layer as `predictions: [{model_version, result}]`. A result is a region
`{id, from_name: "label", to_name: "text", type: "labels", value: {start, end, text,
labels: [LABEL]}}` or a relation `{from_id, to_id, type: "relation", direction: "right",
labels: [LABEL]}`; quotes and events map onto them as annotator.export.regions says. The
labelling config that shows them is in docs/tools/labelstudio.md.
"""

from __future__ import annotations

import shlex
from collections.abc import Iterable, Iterator
from itertools import groupby
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

import orjson

from annotator.core.schema import LabelSchema
from annotator.export.common import ExportContext, LayerDoc
from annotator.export.regions import CUE, MENTION, QUOTE_PART, SPEAKER, SPEAKER_ENTITY, quote_label, regions_of

FROM_NAME, TO_NAME = "label", "text"


def results(item: LayerDoc, ctx: ExportContext) -> list[dict[str, Any]]:
    """A layer's units on one document as Label Studio result items."""
    regions = regions_of(item)
    ctx.stats.units.update({"entities": len(item.entities), "quotes": len(item.quotes), "events": len(item.events)})
    text = item.doc.text
    out: list[dict[str, Any]] = [
        {
            "id": f"r{i}",
            "from_name": FROM_NAME,
            "to_name": TO_NAME,
            "type": "labels",
            "value": {"start": r.start, "end": r.end, "text": text[r.start : r.end], "labels": [r.label]},
        }
        for i, r in enumerate(regions.items)
    ]
    out += [
        {
            "from_id": f"r{link.head}",
            "to_id": f"r{link.child}",
            "type": "relation",
            "direction": "right",
            "labels": [link.label],
        }
        for link in regions.links
    ]
    return out


def task(items: list[LayerDoc], ctx: ExportContext) -> dict[str, Any]:
    """One document's task with every exported layer on it."""
    doc = items[0].doc
    data: dict[str, Any] = {"text": doc.text, "doc_id": doc.id, "title": doc.title}
    data.update({key: getattr(doc, key) for key in ("outlet", "url", "published", "story_key") if getattr(doc, key)})
    out: dict[str, Any] = {"data": data, "meta": orjson.Fragment(doc.meta)}
    for item in items:
        if item.layer.kind == "suggestions":
            out.setdefault("predictions", []).append({"model_version": item.layer.name, "result": results(item, ctx)})
        else:
            out.setdefault("annotations", []).append(
                {
                    "result": results(item, ctx),
                    "completed_by": item.layer.annotator or item.layer.name,
                    "ground_truth": item.layer.kind == "gold",
                    "was_cancelled": item.status == "skipped",
                    **({"updated_at": item.updated} if item.updated else {}),
                }
            )
    return out


def chunks(items: Iterable[LayerDoc], ctx: ExportContext) -> Iterator[bytes]:
    """The JSON list, a task per line between the brackets (one document's layers come together)."""
    yield b"["
    first = True
    for _, group in groupby(items, key=lambda item: item.doc.id):
        yield (b"\n" if first else b",\n") + orjson.dumps(task(list(group), ctx))
        first = False
    yield b"\n]\n"


def write(items: Iterable[LayerDoc], path: Path, ctx: ExportContext) -> None:
    with open(path, "wb") as fh:
        for chunk in chunks(items, ctx):
            fh.write(chunk)


def next_steps(out: Path) -> list[str]:
    return [
        "in Label Studio: a project whose labelling config is `python3 -m annotator.export.labelstudio > config.xml`,",
        f"  then Import the file {shlex.quote(str(out))} (docs/tools/labelstudio.md)",
    ]


def labeling_config(schema: LabelSchema) -> str:
    """The Label Studio labelling config (XML) that shows and edits what this export writes."""
    labels = [
        *schema.entity_label_names,
        *(quote_label(k) for k in schema.quote_kinds),
        SPEAKER,
        CUE,
        QUOTE_PART,
        MENTION,
        *schema.event_type_names,
    ]
    relations = [
        SPEAKER,
        SPEAKER_ENTITY,
        CUE,
        QUOTE_PART,
        *dict.fromkeys(role for t in schema.event_types for role in t.roles),
    ]
    lines = ["<View>", "  <Relations>"]
    lines += [f"    <Relation value={quoteattr(r)}/>" for r in relations]
    lines += ["  </Relations>", f'  <Labels name="{FROM_NAME}" toName="{TO_NAME}">']
    lines += [f"    <Label value={quoteattr(label)}/>" for label in labels]
    lines += ["  </Labels>", f'  <Text name="{TO_NAME}" value="$text"/>', "</View>"]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    from annotator.core.schema import default_schema

    print(labeling_config(default_schema()), end="")
