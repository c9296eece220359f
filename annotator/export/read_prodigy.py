"""Read one Prodigy task back into a document and its units (for `annotator import`).

Our export's `ner_manual` tasks give entities (with those left out of the spans for
overlapping, from `meta.overlapping_entities`); its `relations` tasks carry `kind` on
every span and `unit` on the head, and give the quote or event back exactly. Tasks from
elsewhere (plain `spans`, as `ner.manual` or `spans.manual` write them) come back as
entities; their relations are ignored unless they link our kinds.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from annotator.core.models import Document, Unit, UnitState
from annotator.export.prodigy import QUOTE_PART, input_hash
from annotator.export.reading import RecordError, SpanReader, entity, event, first_error, quote, read_lines

IMPORTED_STATE: UnitState = "accepted"
# Keys of our own task meta (everything else in a foreign task's meta is kept as document meta).
OUR_META = (
    "id",
    "title",
    "layer",
    "status",
    "annotators",
    "schema_version",
    "content_hash",
    "outlet",
    "url",
    "published",
    "story_key",
    "doc_meta",
    "overlapping_entities",
    "unit",
)
LINK_KEYS = {"SPEAKER": "speaker", "SPEAKER_ENTITY": "speaker_entity", "CUE": "cue"}


def accepted(task: dict[str, Any]) -> bool:
    """Prodigy keeps rejected and ignored answers too; only accepted ones are annotations."""
    return task.get("answer", "accept") == "accept"


def parse_task(task: dict[str, Any]) -> tuple[Document, list[Unit]]:
    """One Prodigy task -> (Document, units); RecordError names the field that is wrong."""
    if not isinstance(task, dict):
        raise RecordError(f"expected a JSON object, not {type(task).__name__}")
    raw = task.get("text")
    if not isinstance(raw, str) or not raw:
        raise RecordError("text: a task needs its text (a non-empty string)")
    reader = SpanReader(raw)
    doc = _document(task, reader.map.text)
    spans = _list(task, "spans")
    relations = _list(task, "relations")
    entities: list[Any] = []
    quotes: dict[int, dict[str, Any]] = {}
    events: dict[int, dict[str, Any]] = {}
    for i, sp in enumerate(spans):
        where = f"spans[{i}]"
        kind, label = _kind_label(sp, where)
        if kind == "entity":
            entities.append(entity(reader.span(sp, where), label))
        elif kind == "quote":
            quotes[_unit_no(sp, where, quotes)] = {
                "content": reader.span(sp, where),
                "kind": sp.get("quote_kind", "direct"),
                "parts": [],
            }
        elif kind == "trigger":
            events[_unit_no(sp, where, events)] = {"trigger": reader.span(sp, where), "type": label, "arguments": {}}
    for i, rel in enumerate(relations):
        _link(rel, f"relations[{i}]", reader, quotes, events)
    meta = task.get("meta")
    hidden = meta.get("overlapping_entities", []) if isinstance(meta, dict) else []
    for i, sp in enumerate(hidden if isinstance(hidden, list) else []):
        where = f"meta.overlapping_entities[{i}]"
        entities.append(entity(reader.span(sp, where), _kind_label(sp, where)[1]))
    units = entities
    units += [_quote(q) for _, q in sorted(quotes.items())]
    units += [event(e["trigger"], e["type"], e["arguments"]) for _, e in sorted(events.items())]
    return doc, [Unit(doc_id=doc.id, body=body, state=IMPORTED_STATE) for body in units]


def _list(task: dict[str, Any], key: str) -> list[Any]:
    value = task.get(key) or []
    if not isinstance(value, list):
        raise RecordError(f"{key}: expected a list, not {type(value).__name__}")
    return value


def _kind_label(sp: Any, where: str) -> tuple[str, str]:
    if not isinstance(sp, dict):
        raise RecordError(f"{where}: expected a span object, not {type(sp).__name__}")
    label = sp.get("label")
    if not isinstance(label, str) or not label:
        raise RecordError(f"{where}.label: a span needs a label")
    return sp.get("kind", "entity"), label


def _unit_no(sp: dict[str, Any], where: str, seen: dict[int, Any]) -> int:
    """Our spans number their quote or event; a foreign one gets the next free number."""
    n = sp.get("unit", len(seen))
    if not isinstance(n, int) or n in seen:
        raise RecordError(f"{where}.unit: {n!r} is not a new unit number")
    return n


def _link(
    rel: Any, where: str, reader: SpanReader, quotes: dict[int, dict[str, Any]], events: dict[int, dict[str, Any]]
) -> None:
    """Attach one relation's child to the quote or event its head span belongs to."""
    if not isinstance(rel, dict):
        raise RecordError(f"{where}: expected a relation object, not {type(rel).__name__}")
    head, child, label = rel.get("head_span"), rel.get("child_span"), rel.get("label")
    if not isinstance(head, dict) or not isinstance(child, dict) or not isinstance(label, str):
        raise RecordError(f"{where}: a relation needs head_span, child_span and label")
    kind = head.get("kind")
    target = quotes if kind == "quote" else events if kind == "trigger" else None
    if target is None:
        return  # a foreign relation between entities: nothing of ours to attach it to
    unit = _head_unit(head, where, reader, target, "content" if kind == "quote" else "trigger")
    span = reader.span(child, f"{where}.child_span")
    if kind == "trigger":
        target[unit]["arguments"][label] = span
    elif label == QUOTE_PART:
        target[unit]["parts"].append(span)
    elif label in LINK_KEYS:
        target[unit][LINK_KEYS[label]] = span
    else:
        raise RecordError(f"{where}.label: {label!r} is not a quote link (SPEAKER, SPEAKER_ENTITY, CUE, QUOTE_PART)")


def _head_unit(
    head: dict[str, Any], where: str, reader: SpanReader, target: dict[int, dict[str, Any]], key: str
) -> int:
    """The quote or event a relation starts from: by its unit number, else by its offsets."""
    n = head.get("unit")
    if isinstance(n, int) and n in target:
        return n
    span = reader.span(head, f"{where}.head_span")
    for number, unit in target.items():
        if unit[key] == span:
            return number
    raise RecordError(f"{where}.head_span: no span of this task is its head")


def _quote(q: dict[str, Any]) -> Any:
    return quote(q["content"], q["kind"], q.get("speaker"), q.get("speaker_entity"), q.get("cue"), q["parts"])


def _document(task: dict[str, Any], text: str) -> Document:
    meta = task.get("meta") or {}
    if not isinstance(meta, dict):
        raise RecordError(f"meta: expected an object, not {type(meta).__name__}")
    doc_id = meta.get("id")
    if doc_id is None:
        doc_id = f"prodigy-{task.get('_input_hash', input_hash(text))}"
    doc_meta = meta.get("doc_meta")
    if doc_meta is None:
        doc_meta = {k: v for k, v in meta.items() if k not in OUR_META}
    try:
        return Document(
            id=str(doc_id),
            title=meta.get("title") or "",
            text=text,
            outlet=meta.get("outlet"),
            url=meta.get("url"),
            published=meta.get("published"),
            meta=doc_meta,
            story_key=meta.get("story_key"),
        )
    except ValidationError as exc:
        raise RecordError("meta." + first_error(exc)) from None


def read_file(path: Path) -> Iterator[tuple[Document, list[Unit]]]:
    """Every accepted task of a Prodigy JSONL file; errors name the file and line."""
    for parsed in read_lines(path, lambda t: parse_task(t) if accepted(t) else None):
        if parsed is not None:
            yield parsed
