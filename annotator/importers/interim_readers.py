"""Stand-ins for the export package's record readers, used only until those land.

Same interface: a record dict in, (Document with the file's raw text, units whose
offsets refer to that text) out; errors are ValueError with a readable message.
"""

from __future__ import annotations

from typing import Any

from annotator.core.models import Boilerplate, Document, Entity, Event, Quote, Span, Unit
from annotator.core.text import content_hash


def _span(rec: Any) -> Span | None:
    return None if rec is None else Span(start=rec.start, end=rec.end)


def parse_record(record: dict[str, Any]) -> tuple[Document, list[Unit]]:
    from annotator.export.records import DocumentRecord

    rec = DocumentRecord.model_validate(record)
    doc = Document(
        id=rec.id, title=rec.title, text=rec.text, outlet=rec.outlet, url=rec.url, published=rec.published,
        meta=rec.meta, story_key=rec.story_key,
    )
    bodies: list[Any] = [Entity(start=e.start, end=e.end, label=e.label) for e in rec.entities]
    bodies += [Boilerplate(start=b.start, end=b.end, label=b.label) for b in rec.boilerplate]
    bodies += [
        Quote(
            content=_span(q.content), quote_kind=q.kind, speaker=_span(q.speaker),
            speaker_entity=_span(q.speaker_entity), cue=_span(q.cue), extra=tuple(_span(p) for p in q.parts),
        )
        for q in rec.quotes
    ]
    bodies += [
        Event(trigger=_span(e.trigger), type=e.type, arguments={r: _span(a) for r, a in e.arguments.items()})
        for e in rec.events
    ]
    return doc, [Unit(doc_id=rec.id, body=b, state="added") for b in bodies]


def parse_task(task: dict[str, Any]) -> tuple[Document, list[Unit]]:
    text = task["text"]
    if not isinstance(text, str):
        raise ValueError("'text' must be a string")
    meta = task.get("meta") or {}
    doc_id = str(task.get("id") or meta.get("id") or task.get("_input_hash") or "")
    doc = Document(id=doc_id or f"doc-{content_hash(text)[:16]}", title=str(meta.get("title", "")), text=text, meta=meta)
    units = [
        Unit(doc_id=doc.id, body=Entity(start=s["start"], end=s["end"], label=s["label"]), state="added")
        for s in task.get("spans") or []
    ]
    return doc, units
