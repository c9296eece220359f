"""Pre-annotated records (our JSONL or Prodigy's): units checked against the schema, as store rows.

The record parsers are the export package's readers (`annotator.export.read_jsonl`,
`annotator.export.read_prodigy`): one definition of each format for both directions.
They normalise the text and move every span onto it (`annotator.export.reading`).
The entity list of our format, the bulk of any file, takes a fast path here with the
same rules and the same offset map, without a pydantic model per entity.
"""

from __future__ import annotations

from typing import Any, NoReturn

import orjson
from pydantic import ValidationError

from annotator.core.errors import UserError
from annotator.core.models import Body, Unit
from annotator.core.schema import LabelSchema
from annotator.export.read_jsonl import IMPORTED_STATE, parse_record
from annotator.export.read_prodigy import accepted, parse_task
from annotator.export.reading import OffsetMap, first_error
from annotator.importers.records import BadLine, Defaults, Parsed, UnitRow

# Keys that mark a record as carrying annotations, per format.
PRODIGY_KEYS = ("spans", "_input_hash", "_task_hash")
OUR_KEYS = ("entities", "quotes", "events", "boilerplate", "format_version")
KEPT_STATES = ("accepted", "edited", "added")
ENTITY_KEYS = frozenset({"start", "end", "text", "label"})


def record_format(record: dict[str, Any]) -> str:
    """'prodigy', 'ours' or 'plain', from the keys one record has."""
    if any(k in record for k in PRODIGY_KEYS):
        return "prodigy"
    if any(k in record for k in OUR_KEYS):
        return "ours"
    return "plain"


def parse_preannotated(
    record: dict[str, Any], fmt: str, schema: LabelSchema, defaults: Defaults, provenance: dict[str, Any]
) -> Parsed:
    """Parse one annotated record into a stored-normal document and unit rows."""
    entities = record.get("entities") if fmt == "ours" else None
    rest = {k: v for k, v in record.items() if k != "entities"} if entities is not None else record
    try:
        doc, units = (parse_task if fmt == "prodigy" else parse_record)(rest)
    except ValidationError as exc:
        raise BadLine(first_error(exc)) from None
    except (UserError, ValueError, KeyError, TypeError) as exc:
        raise BadLine(str(exc)) from None
    if not doc.text.strip():
        raise BadLine("text: is empty")
    prov = orjson.dumps(provenance).decode()
    rows: list[UnitRow] = []
    if entities is not None:
        rows += fast_entities(entities, rest, doc.text, schema, prov, doc.id)
    if fmt != "prodigy" or accepted(record):  # Prodigy keeps rejected answers too: not annotations
        rows += [_row(doc.id, _checked(u, doc.text, schema, provenance)) for u in units if u.state != "rejected"]
    doc = doc.model_copy(
        update={"outlet": doc.outlet or defaults.outlet, "story_key": doc.story_key or defaults.story_key}
    )
    return Parsed(
        doc=doc, rows=rows, explicit_id=_explicit_id(record, fmt), preannotated=True, status=status_of(record, fmt)
    )


def _explicit_id(record: dict[str, Any], fmt: str) -> bool:
    """Did the source name the document? (Prodigy tasks carry ours in meta.id.)"""
    if fmt == "prodigy":
        meta = record.get("meta")
        return isinstance(meta, dict) and meta.get("id") is not None
    return "id" in record


# Prodigy's answers as our statuses: an accepted task is finished; one rejected or
# ignored was looked at and set aside.
PRODIGY_ANSWERS = {"accept": "done", "reject": "skipped", "ignore": "skipped"}


def status_of(record: dict[str, Any], fmt: str) -> str | None:
    """The annotator's status the record states (ours: `status`; Prodigy: `answer`), if any."""
    if fmt == "prodigy":
        return PRODIGY_ANSWERS.get(record.get("answer", "accept"))
    status = record.get("status")
    return status if status in ("in_progress", "done", "skipped") else None


def fast_entities(
    items: Any, rest: dict[str, Any], text: str, schema: LabelSchema, provenance: str, doc_id: str = ""
) -> list[UnitRow]:
    """Our format's entities as unit rows: integer offsets, 0 <= start < end <= len(raw),
    `text` exactly the raw characters there, a label of the schema, and a non-empty image
    on the stored text. A failing entity is handed to the export reader for its message.
    """
    if not isinstance(items, list):
        raise BadLine(f"entities: expected a list, not {type(items).__name__}")
    raw = rest["text"]
    mapping = OffsetMap(raw)
    if mapping.text != text:
        raise AssertionError("the export reader stored a text other than normalise(raw)")
    quoted = {name: orjson.dumps(name).decode() for name in schema.entity_label_names}
    identity, raw_len = mapping.identity, len(raw)
    rows: list[UnitRow] = []
    for i, item in enumerate(items):
        try:
            start, end, label = item["start"], item["end"], item["label"]
            fine = (
                (len(item) == 4 or (len(item) == 5 and _score_ok(item.get("score", ""))))
                and type(start) is int
                and type(end) is int
                and 0 <= start < end <= raw_len
                and raw[start:end] == item["text"]
                and label in quoted
            )
        except (KeyError, TypeError):
            fine = False
        if not fine:
            _refuse_entity(i, item, rest, text, schema)
        if not identity:
            where = f"entities[{i}]"
            try:
                start, end = mapping(start, f"{where}.start"), mapping(end, f"{where}.end")
            except UserError as exc:
                raise BadLine(str(exc)) from None
            if start >= end:
                raise BadLine(f"{where}: covers only characters that normalisation removes")
        body = f'{{"kind":"entity","start":{start},"end":{end},"label":{quoted[label]}}}'
        rows.append(UnitRow(doc_id, "entity", start, end, label, body, IMPORTED_STATE, None, None, provenance))
    return rows


def _score_ok(score: Any) -> bool:
    """A suggestion's confidence as our export writes it (null, or 0..1); an annotator's
    layer keeps no scores, so it is checked and then left behind."""
    return score is None or (type(score) in (int, float) and 0 <= score <= 1)


def _refuse_entity(i: int, item: Any, rest: dict[str, Any], text: str, schema: LabelSchema) -> NoReturn:
    """Raise the reason an entity fails: the export reader's words, else the schema's."""
    try:
        _, [unit] = parse_record({"id": "entity", "text": rest["text"], "entities": [item]})
    except ValidationError as exc:
        raise BadLine(first_error(exc).replace("entities[0]", f"entities[{i}]", 1)) from None
    except (UserError, ValueError, KeyError, TypeError) as exc:
        raise BadLine(str(exc).replace("entities[0]", f"entities[{i}]", 1)) from None
    _checked(unit, text, schema, {})
    raise BadLine(f"entities[{i}]: not an entity this import can read")  # a rule only the fast path has


def _checked(unit: Unit, text: str, schema: LabelSchema, provenance: dict[str, Any]) -> Unit:
    """The unit with our provenance, once the schema accepts it on the stored text."""
    try:
        schema.validate_body(unit.body, text)
    except UserError as exc:
        raise BadLine(str(exc)) from None
    return Unit.model_construct(
        id=None,
        doc_id=unit.doc_id,
        body=unit.body,
        state=unit.state if unit.state in KEPT_STATES else IMPORTED_STATE,
        origin_id=None,  # an id in another database means nothing here
        source=unit.source,
        score=unit.score,
        provenance={**unit.provenance, **provenance},
    )


def unit_rows(
    doc_id: str, bodies: list[Body], text: str, schema: LabelSchema, provenance: dict[str, Any]
) -> list[UnitRow]:
    """Bodies on the stored text as store rows, once the schema accepts each (BadLine otherwise)."""
    return [
        _row(doc_id, _checked(Unit(doc_id=doc_id, body=b, state=IMPORTED_STATE), text, schema, provenance))
        for b in bodies
    ]


def _row(doc_id: str, unit: Unit) -> UnitRow:
    body = unit.body
    return UnitRow(
        doc_id,
        body.kind,
        body.span.start,
        body.span.end,
        body.main_label,
        body.model_dump_json(),
        unit.state,
        unit.source,
        unit.score,
        orjson.dumps(unit.provenance).decode(),
    )
