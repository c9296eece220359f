"""Pre-annotated records (our JSONL or Prodigy's): units moved onto the stored text and checked.

The record parsers are the export package's readers (`annotator.export.read_jsonl`,
`annotator.export.read_prodigy`): one definition of each format for both directions.
Their offsets refer to the text as the file gives it; here the text is normalised and
every span is mapped through the normalisation, then checked against the label schema.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import ValidationError

from annotator.core.errors import UserError
from annotator.core.models import Body, Document, Event, Quote, Span, Unit
from annotator.core.schema import LabelSchema
from annotator.core.text import content_hash
from annotator.importers.offsets import OffsetMap, normalise_with_map
from annotator.importers.records import BadLine, Defaults, Parsed

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
    """Parse one annotated record, normalise its text and move its units onto it."""
    try:
        raw_doc, raw_units = parser_for(fmt)(record)
    except ValidationError as exc:
        raise BadLine(_first_error(exc)) from None
    except (UserError, ValueError, KeyError, TypeError) as exc:
        raise BadLine(_reason(exc)) from None
    if not raw_doc.text.strip():
        raise BadLine("'text' is empty")
    text, mapping = normalise_with_map(raw_doc.text)
    units = [_placed(u, text, mapping, schema, provenance) for u in raw_units if u.state != "rejected"]
    doc = raw_doc.model_copy(
        update={
            "text": text,
            "content_hash": content_hash(text),
            "outlet": raw_doc.outlet or defaults.outlet,
            "story_key": raw_doc.story_key or defaults.story_key,
        }
    )
    return Parsed(doc=doc, units=units, explicit_id="id" in record, preannotated=True, status=status_of(record, fmt))


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
    if span.end > mapping.raw_len:
        raise BadLine(f"span {span.start}-{span.end} runs past the end of the text ({mapping.raw_len} characters)")
    start, end = mapping(span.start), mapping(span.end)
    if start is None or end is None:
        raise BadLine(
            f"span {span.start}-{span.end} starts or ends inside a character that normalisation (NFC) joins"
        )
    if start >= end:
        raise BadLine(f"span {span.start}-{span.end} covers only characters normalisation removes (CR, BOM)")
    return Span(start=start, end=end)


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err["loc"])
    msg = err["msg"].removeprefix("Value error, ")
    return f"{where}: {msg}" if where else msg


def _reason(exc: Exception) -> str:
    if isinstance(exc, KeyError):
        return f"missing field {exc.args[0]!r}"
    return str(exc)
