"""Read one line of our JSONL back into a document and its units (for `annotator import`).

The line is checked against `DocumentRecord` (the same model as the JSON Schema), every
span's `text` against the text it points at, and offsets are moved onto the stored
(normalised) text. Layer, annotators and status are not returned: where units land is
the importer's choice (`--annotator NAME`).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from annotator.core.models import Document, Unit, UnitState
from annotator.core.text import content_hash
from annotator.export.reading import RecordError, SpanReader, boilerplate, entity, event, first_error, quote, read_lines
from annotator.export.records import DocumentRecord

IMPORTED_STATE: UnitState = "accepted"


def parse_record(data: dict[str, Any]) -> tuple[Document, list[Unit]]:
    """One JSONL record -> (Document, units); RecordError names the field that is wrong."""
    if not isinstance(data, dict):
        raise RecordError(f"expected a JSON object, not {type(data).__name__}")
    try:
        rec = DocumentRecord.model_validate(data)
    except ValidationError as exc:
        raise RecordError(first_error(exc)) from None
    reader = SpanReader(rec.text)
    text = reader.map.text
    if rec.content_hash and reader.map.identity and rec.content_hash != content_hash(text):
        raise RecordError("content_hash: does not match the text (was the text edited after export?)")
    doc = _document(rec, text)
    bodies: list[Any] = []
    for i, e in enumerate(rec.entities):
        bodies.append(entity(reader.span(e.model_dump(), f"entities[{i}]"), e.label))
    for i, q in enumerate(rec.quotes):
        where = f"quotes[{i}]"
        bodies.append(
            quote(
                reader.span(q.content.model_dump(), f"{where}.content"),
                q.kind,
                _opt(reader, q.speaker, f"{where}.speaker"),
                _opt(reader, q.speaker_entity, f"{where}.speaker_entity"),
                _opt(reader, q.cue, f"{where}.cue"),
                [reader.span(p.model_dump(), f"{where}.parts[{j}]") for j, p in enumerate(q.parts)],
            )
        )
    for i, ev in enumerate(rec.events):
        where = f"events[{i}]"
        args = {role: reader.span(a.model_dump(), f"{where}.arguments.{role}") for role, a in ev.arguments.items()}
        bodies.append(event(reader.span(ev.trigger.model_dump(), f"{where}.trigger"), ev.type, args))
    for i, b in enumerate(rec.boilerplate):
        bodies.append(boilerplate(reader.span(b.model_dump(), f"boilerplate[{i}]"), b.label))
    return doc, [Unit(doc_id=doc.id, body=body, state=IMPORTED_STATE) for body in bodies]


def _opt(reader: SpanReader, span: Any, where: str) -> Any:
    return None if span is None else reader.span(span.model_dump(), where)


def _document(rec: DocumentRecord, text: str) -> Document:
    try:
        return Document(
            id=rec.id,
            title=rec.title,
            text=text,
            outlet=rec.outlet,
            url=rec.url,
            published=rec.published,
            meta=rec.meta,
            story_key=rec.story_key,
        )
    except ValidationError as exc:
        raise RecordError(first_error(exc)) from None


def read_file(path: Path) -> Iterator[tuple[Document, list[Unit]]]:
    """Every record of a JSONL file; errors name the file and line."""
    return read_lines(path, parse_record)
