"""doccano JSONL and Label Studio tasks: labelled regions and relations, read as our units.

doccano writes two JSONL flavours: `"label": [[start, end, "LABEL"], ...]` (sequence
labelling; older versions say `labels`) and `"entities": [{id, label, start_offset,
end_offset}]` with `"relations": [{from_id, to_id, type}]`. Label Studio tasks hold
`data.text` and `annotations` / `predictions`, each with a `result` list of regions
(`type: labels`, `value: {start, end, text, labels}`) and relations (`type: relation`,
`from_id`, `to_id`, `labels`). Regions and relations become entities, quotes and events
as annotator.export.regions defines; offsets move onto the stored (normalised) text.
"""

from __future__ import annotations

from typing import Any

from annotator.core.errors import UserError
from annotator.core.schema import LabelSchema
from annotator.export.reading import SpanReader
from annotator.export.regions import Link, Region, bodies_from
from annotator.importers.preannotated import unit_rows
from annotator.importers.records import BadLine, Defaults, Parsed, UnitRow, plain_document

DOCCANO_KEYS = ("label", "labels", "entities", "relations")
OUR_EXTRA_KEYS = ("layer",)  # what our own doccano export adds besides the document's fields


def is_doccano(record: dict[str, Any]) -> bool:
    """A doccano line: label triples, or entities with start_offset (and relations)."""
    for key in ("label", "labels"):
        value = record.get(key)
        if isinstance(value, list) and value and all(isinstance(x, list) and len(x) == 3 for x in value):
            return True
    entities = record.get("entities")
    if not isinstance(entities, list) or "format_version" in record or "quotes" in record:
        return False
    return all(isinstance(e, dict) and "start_offset" in e for e in entities) and (
        bool(entities) or "relations" in record
    )


def parse_doccano(
    record: dict[str, Any], schema: LabelSchema, defaults: Defaults, provenance: dict[str, Any]
) -> Parsed:
    """One doccano line as a document and the annotator's units."""
    parsed = _document({k: v for k, v in record.items() if k not in DOCCANO_KEYS + OUR_EXTRA_KEYS}, defaults)
    reader = SpanReader(record["text"])
    regions: list[Region] = []
    by_id: dict[Any, int] = {}
    triples = record.get("label") if isinstance(record.get("label"), list) else record.get("labels")
    if isinstance(record.get("entities"), list) and record["entities"]:
        for i, e in enumerate(record["entities"]):
            by_id[e.get("id", i)] = len(regions)
            regions.append(
                _region(reader, e.get("start_offset"), e.get("end_offset"), e.get("label"), f"entities[{i}]")
            )
    elif isinstance(triples, list):
        for i, t in enumerate(triples):
            regions.append(_region(reader, t[0], t[1], t[2], f"label[{i}]"))
    links = [
        _link(rel, by_id, f"relations[{i}]", ("from_id", "to_id", "type"))
        for i, rel in enumerate(_list(record, "relations"))
    ]
    return _with_units(parsed, regions, links, schema, provenance)


def parse_labelstudio(
    task: dict[str, Any], schema: LabelSchema, defaults: Defaults, provenance: dict[str, Any], annotator: str | None
) -> Parsed:
    """One Label Studio task: its first kept annotation for the annotator, each prediction as a suggestions layer."""
    data = task.get("data")
    if not isinstance(data, dict):
        raise BadLine("data: a Label Studio task needs a data object")
    record = {"id": data.get("doc_id"), **{k: v for k, v in data.items() if k != "doc_id"}}
    meta = task.get("meta")
    if isinstance(meta, dict) and meta:
        record["meta"] = {**meta, **(record["meta"] if isinstance(record.get("meta"), dict) else {})}
    parsed = _document(record, defaults)
    text = record.get("text")
    reader = SpanReader(text if isinstance(text, str) else "")
    kept = [a for a in _list(task, "annotations") if isinstance(a, dict) and not a.get("was_cancelled")]
    cancelled = bool(_list(task, "annotations")) and not kept
    if (kept or cancelled) and not annotator:
        raise UserError(
            f"{provenance['imported_from']}: task {provenance['line']} has annotations; "
            "say whose they are with --annotator NAME"
        )
    if kept:
        regions, links = _results(reader, kept[0].get("result"), "annotations[0].result")
        parsed = _with_units(parsed, regions, links, schema, provenance)
        parsed.status = "done"
        parsed.left_out = len(kept) - 1
    elif cancelled:
        parsed.preannotated, parsed.status = True, "skipped"
    for i, pred in enumerate(_list(task, "predictions")):
        if not isinstance(pred, dict):
            raise BadLine(f"predictions[{i}]: expected an object")
        regions, links = _results(reader, pred.get("result"), f"predictions[{i}].result")
        parsed.other_layers[_suggestions_layer(pred.get("model_version"))] = _rows(
            parsed, regions, links, schema, {**provenance, "prediction": i}
        )
    return parsed


def _suggestions_layer(version: Any) -> str:
    """Our own export names the layer; another tool's model version becomes one."""
    name = str(version or "unknown")
    return name if name.startswith("suggestions:") else f"suggestions:labelstudio@{name}"


def _results(reader: SpanReader, result: Any, where: str) -> tuple[list[Region], list[Link]]:
    items = result if isinstance(result, list) else []
    regions: list[Region] = []
    by_id: dict[Any, int] = {}
    for i, item in enumerate(items):
        if isinstance(item, dict) and item.get("type") == "labels":
            value = item.get("value") or {}
            labels = value.get("labels") or [None]
            by_id[item.get("id", i)] = len(regions)
            regions.append(
                _region(reader, value.get("start"), value.get("end"), labels[0], f"{where}[{i}]", value.get("text"))
            )
    links = [
        _link(
            {**item, "label": (item.get("labels") or [None])[0]}, by_id, f"{where}[{i}]", ("from_id", "to_id", "label")
        )
        for i, item in enumerate(items)
        if isinstance(item, dict) and item.get("type") == "relation"
    ]
    return regions, links


def _region(reader: SpanReader, start: Any, end: Any, label: Any, where: str, text: str | None = None) -> Region:
    if not isinstance(label, str) or not label:
        raise BadLine(f"{where}: a region needs a label")
    try:
        span = reader.span({"start": start, "end": end, "text": text}, where)
    except UserError as exc:
        raise BadLine(str(exc)) from None
    return Region(span.start, span.end, label)


def _link(rel: Any, by_id: dict[Any, int], where: str, keys: tuple[str, str, str]) -> Link:
    if not isinstance(rel, dict):
        raise BadLine(f"{where}: expected a relation object")
    head, child, label = (rel.get(k) for k in keys)
    if head not in by_id or child not in by_id:
        raise BadLine(f"{where}: {keys[0]} {head!r} or {keys[1]} {child!r} names no region of this record")
    if not isinstance(label, str) or not label:
        raise BadLine(f"{where}: a relation needs a label")
    return Link(by_id[head], by_id[child], label)


def _list(record: dict[str, Any], key: str) -> list[Any]:
    value = record.get(key) or []
    if not isinstance(value, list):
        raise BadLine(f"{key}: expected a list, not {type(value).__name__}")
    return value


def _document(record: dict[str, Any], defaults: Defaults) -> Parsed:
    if record.get("id") is None:
        record = {k: v for k, v in record.items() if k != "id"}
    return plain_document(record, defaults)


def _rows(
    parsed: Parsed, regions: list[Region], links: list[Link], schema: LabelSchema, provenance: dict[str, Any]
) -> list[UnitRow]:
    try:
        bodies = bodies_from(regions, links, schema)
    except ValueError as exc:
        raise BadLine(str(exc).splitlines()[0]) from None
    return unit_rows(parsed.doc.id, bodies, parsed.doc.text, schema, provenance)


def _with_units(
    parsed: Parsed, regions: list[Region], links: list[Link], schema: LabelSchema, provenance: dict[str, Any]
) -> Parsed:
    parsed.rows = _rows(parsed, regions, links, schema, provenance)
    parsed.preannotated = True
    return parsed
