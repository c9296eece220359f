"""Pre-annotated records (our JSONL or Prodigy's): units moved onto the stored text and checked.

The record parsers are the export package's readers (`annotator.export.read_jsonl`,
`annotator.export.read_prodigy`): one definition of each format for both directions.
Their offsets refer to the text as the file gives it; here the text is normalised and
every span is mapped through the normalisation, then checked against the label schema.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

import orjson
from pydantic import ValidationError

from annotator.core.errors import UserError
from annotator.core.models import Body, Document, Entity, Event, Quote, Span, Unit
from annotator.core.schema import LabelSchema
from annotator.core.text import content_hash
from annotator.importers.offsets import OffsetMap, normalise_with_map
from annotator.importers.records import BadLine, Defaults, Parsed, UnitRow

RecordParser = Callable[[dict[str, Any]], tuple[Document, list[Unit]]]

# Keys that mark a record as carrying annotations, per format.
PRODIGY_KEYS = ("spans", "_input_hash", "_task_hash")
OUR_KEYS = ("entities", "quotes", "events", "boilerplate", "format_version")
KEPT_STATES = ("accepted", "edited", "added")


def record_format(record: dict[str, Any]) -> str:
    """'prodigy', 'ours' or 'plain', from the keys one record has."""
    if any(k in record for k in PRODIGY_KEYS):
        return "prodigy"
    if any(k in record for k in OUR_KEYS):
        return "ours"
    return "plain"


@lru_cache(maxsize=None)
def parser_for(fmt: str) -> RecordParser:
    try:
        if fmt == "prodigy":
            from annotator.export.read_prodigy import parse_task

            return parse_task
        from annotator.export.read_jsonl import parse_record

        return parse_record
    except ImportError:  # the export package's readers not in this build yet
        from annotator.importers import interim_readers

        return interim_readers.parse_task if fmt == "prodigy" else interim_readers.parse_record


def parse_preannotated(
    record: dict[str, Any], fmt: str, schema: LabelSchema, defaults: Defaults, provenance: dict[str, Any]
) -> Parsed:
    """Parse one annotated record, normalise its text and move its units onto it.

    The entity list of our format, the bulk of any file, takes a fast path (`fast_entities`)
    with the same rules as the export reader; everything else goes through that reader.
    """
    entities = record.get("entities") if fmt == "ours" else None
    rest = {k: v for k, v in record.items() if k != "entities"} if entities is not None else record
    try:
        raw_doc, raw_units = parser_for(fmt)(rest)
    except ValidationError as exc:
        raise BadLine(_first_error(exc)) from None
    except (UserError, ValueError, KeyError, TypeError) as exc:
        raise BadLine(_reason(exc)) from None
    if not raw_doc.text.strip():
        raise BadLine("'text' is empty")
    text, mapping = normalise_with_map(raw_doc.text)
    prov = orjson.dumps(provenance).decode()
    rows: list[UnitRow] = []
    if entities is not None:
        rows += fast_entities(entities, raw_doc.text, text, mapping, schema, prov)
    rows += [_row(_placed(u, text, mapping, schema, provenance)) for u in raw_units if u.state != "rejected"]
    doc = raw_doc.model_copy(
        update={
            "text": text,
            "content_hash": content_hash(text),
            "outlet": raw_doc.outlet or defaults.outlet,
            "story_key": raw_doc.story_key or defaults.story_key,
        }
    )
    return Parsed(doc=doc, rows=rows, explicit_id="id" in record, preannotated=True, status=status_of(record, fmt))


ENTITY_KEYS = frozenset({"start", "end", "text", "label"})


def fast_entities(
    items: Any, raw: str, text: str, mapping: OffsetMap, schema: LabelSchema, provenance: str
) -> list[UnitRow]:
    """Our format's entities as unit rows, checked by the rules of the export's EntityRecord.

    Offsets are integers, 0 <= start < end <= len(raw text); `text` is exactly the raw
    text at those offsets; the label is one of the schema's. No model per entity.
    """
    if not isinstance(items, list):
        raise BadLine(f"entities: must be a list, not {type(items).__name__}")
    quoted = {name: orjson.dumps(name).decode() for name in schema.entity_label_names}
    identity = mapping.identity
    raw_len = len(raw)
    rows: list[UnitRow] = []
    for i, item in enumerate(items):
        try:
            start, end, label = item["start"], item["end"], item["label"]
            fine = (
                len(item) == 4 and type(start) is int and type(end) is int and 0 <= start < end <= raw_len
                and raw[start:end] == item["text"] and label in quoted
            )
        except (KeyError, TypeError):
            fine = False
        if not fine:  # find and say what is wrong
            start, end, label = _checked_entity(i, item, raw)
            _refuse(Entity.model_construct(kind="entity", start=start, end=end, label=label), text, schema)
        if not identity:
            new_start, new_end = mapping(start), mapping(end)
            if new_start is None or new_end is None or new_start >= new_end:
                map_offsets(start, end, mapping)  # raises with the reason
            start, end = new_start, new_end
        body = f'{{"kind":"entity","start":{start},"end":{end},"label":{quoted[label]}}}'
        rows.append(("entity", start, end, label, body, "added", None, None, provenance))
    return rows


def _checked_entity(i: int, item: Any, raw: str) -> tuple[int, int, str]:
    where = f"entities[{i}]"
    if type(item) is not dict:
        raise BadLine(f"{where}: must be an object")
    if item.keys() - ENTITY_KEYS:
        raise BadLine(f"{where}: unknown fields {sorted(item.keys() - ENTITY_KEYS)} (allowed: end, label, start, text)")
    start, end, label, said = item.get("start"), item.get("end"), item.get("label"), item.get("text")
    if type(start) is not int or type(end) is not int:
        raise BadLine(f"{where}: start and end must be integers")
    if start < 0 or end < 0:
        raise BadLine(f"{where}: offsets must be greater than or equal to 0 (start {start}, end {end})")
    if start >= end:
        raise BadLine(f"{where}: start {start} must be before end {end}")
    if not isinstance(label, str) or not label:
        raise BadLine(f"{where}: label must be a non-empty string")
    if not isinstance(said, str):
        raise BadLine(f"{where}: text must be a string (the characters at start-end)")
    if end > len(raw):
        raise BadLine(f"{where}: end {end} runs past the text ({len(raw)} characters)")
    if raw[start:end] != said:
        raise BadLine(f"{where}: text {said!r} is not the text at {start}-{end} ({raw[start:end]!r})")
    return start, end, label


def _refuse(body: Body, text: str, schema: LabelSchema) -> None:
    """Raise the schema's own message for a body it refuses."""
    try:
        schema.validate_body(body, text)
    except UserError as exc:
        raise BadLine(str(exc)) from None


def _row(unit: Unit) -> UnitRow:
    body = unit.body
    return (
        body.kind, body.span.start, body.span.end, label_of(body), body.model_dump_json(), unit.state,
        unit.source, unit.score, orjson.dumps(unit.provenance).decode(),
    )


def label_of(body: Body) -> str:
    """The label column: an entity's label, a quote's kind, an event's type."""
    if isinstance(body, Quote):
        return body.quote_kind
    if isinstance(body, Event):
        return body.type
    return body.label


# Prodigy's answers as our statuses: an accepted task is finished; one rejected or
# ignored was looked at and set aside.
PRODIGY_ANSWERS = {"accept": "done", "reject": "skipped", "ignore": "skipped"}


def status_of(record: dict[str, Any], fmt: str) -> str | None:
    """The annotator's status the record states (ours: `status`; Prodigy: `answer`), if any."""
    if fmt == "prodigy":
        return PRODIGY_ANSWERS.get(record.get("answer"))  # type: ignore[arg-type]
    status = record.get("status")
    return status if status in ("in_progress", "done", "skipped") else None


def _placed(unit: Unit, text: str, mapping: OffsetMap, schema: LabelSchema, provenance: dict[str, Any]) -> Unit:
    body = unit.body if mapping.identity else map_body(unit.body, mapping)
    try:
        schema.validate_body(body, text)
    except UserError as exc:
        raise BadLine(str(exc)) from None
    return Unit.model_construct(
        id=None,
        doc_id=unit.doc_id,
        body=body,
        state=unit.state if unit.state in KEPT_STATES else "added",
        origin_id=None,  # an id in another database means nothing here
        source=unit.source,
        score=unit.score,
        provenance={**unit.provenance, **provenance},
    )


def map_body(body: Body, mapping: OffsetMap) -> Body:
    """The same annotation with every span moved from raw to normalised offsets."""
    if isinstance(body, Quote):
        return body.model_copy(
            update={
                "content": map_span(body.content, mapping),
                "speaker": _maybe(body.speaker, mapping),
                "speaker_entity": _maybe(body.speaker_entity, mapping),
                "cue": _maybe(body.cue, mapping),
                "extra": tuple(map_span(s, mapping) for s in body.extra),
            }
        )
    if isinstance(body, Event):
        return body.model_copy(
            update={
                "trigger": map_span(body.trigger, mapping),
                "arguments": {role: map_span(s, mapping) for role, s in body.arguments.items()},
            }
        )
    span = map_span(Span(start=body.start, end=body.end), mapping)
    return body.model_copy(update={"start": span.start, "end": span.end})


def _maybe(span: Span | None, mapping: OffsetMap) -> Span | None:
    return None if span is None else map_span(span, mapping)


def map_span(span: Span, mapping: OffsetMap) -> Span:
    start, end = map_offsets(span.start, span.end, mapping)
    return Span.model_construct(start=start, end=end)


def map_offsets(start: int, end: int, mapping: OffsetMap) -> tuple[int, int]:
    """Raw [start, end) -> normalised, or BadLine when normalisation leaves it no image."""
    if end > mapping.raw_len:
        raise BadLine(f"span {start}-{end} runs past the end of the text ({mapping.raw_len} characters)")
    new_start, new_end = mapping(start), mapping(end)
    if new_start is None or new_end is None:
        raise BadLine(f"span {start}-{end} starts or ends inside a character that normalisation (NFC) joins")
    if new_start >= new_end:
        raise BadLine(f"span {start}-{end} covers only characters normalisation removes (CR, BOM)")
    return new_start, new_end


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err["loc"])
    msg = err["msg"].removeprefix("Value error, ")
    return f"{where}: {msg}" if where else msg


def _reason(exc: Exception) -> str:
    if isinstance(exc, KeyError):
        return f"missing field {exc.args[0]!r}"
    return str(exc)
