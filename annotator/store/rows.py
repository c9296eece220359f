"""Named row types the store hands out and takes in, and the builders of models from rows.

Shared by every backend: a row is what the SELECTs of `annotator.store.parts` return, in
the column order their constants here name. The types are NamedTuples: a tuple costs no
more than the raw row (exports read a million), yet each field has a name.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, NamedTuple

import orjson
from pydantic import TypeAdapter

from annotator.core.models import Body, Decision, Document, Entity, Unit


class ExportUnit(NamedTuple):
    """A unit in `ExportDoc.units`, with only the columns a writer needs.

    `body` is the stored JSON text for quotes and events and None otherwise (the columns
    say it all); `rejected` is true for a unit the annotator rejected.
    """

    doc_id: str
    layer_id: int
    kind: str
    start: int
    end: int
    label: str
    body: str | None
    rejected: bool
    score: float | None


class UnitRow(NamedTuple):
    """A validated unit for `Store.add_unit_rows` / `replace_unit_rows`: no model per unit.

    `body` is exactly what `Body.model_dump_json()` writes; `provenance` is JSON text too.
    """

    doc_id: str
    kind: str
    start: int
    end: int
    label: str
    body: str
    state: str
    source: str | None
    score: float | None
    provenance: str

    @property
    def key(self) -> tuple[str, str, int, int, str, str]:
        """What makes two rows the same unit (`replace_unit_rows` keeps its id)."""
        return (self.doc_id, self.kind, self.start, self.end, self.label, self.body)


class LayerDoc(NamedTuple):
    """One document of `Store.stream_layers`: its id, text (None unless asked) and units by layer name."""

    doc_id: str
    text: str | None
    units: dict[str, list[Unit]]


# The columns `unit_from_row` reads, in its order (a SELECT list; alias-free).
UNIT_COLUMNS = 'id, doc_id, kind, start, "end", label, body, state, origin_id, source, score, provenance'
DOCUMENT_COLUMNS = "id, title, text, outlet, url, published, content_hash, meta, story_key"
DECISION_COLUMNS = "id, doc_id, annotator, at, action, unit_id, before, after, undoes"

_BODY = TypeAdapter(Body)
_new, _setattr = object.__new__, object.__setattr__
_ALL_FIELDS: dict[type, set[str]] = {}


def built(cls: type, values: dict[str, Any]) -> Any:
    """A model from values validated on their way in, every field given.

    What `model_construct` does, without its per-field default and alias handling: a third
    of the cost, which is most of opening a document (tests/store/test_store_rows.py
    checks the result equals a validated model in every respect the code uses). The
    fields-set is shared: it already holds every field, so pydantic's in-place add on
    assignment never changes it, and model_copy copies it before updating.
    """
    obj = _new(cls)
    _setattr(obj, "__dict__", values)
    fields = _ALL_FIELDS.get(cls)
    if fields is None:
        fields = _ALL_FIELDS[cls] = set(cls.model_fields)
    _setattr(obj, "__pydantic_fields_set__", fields)
    _setattr(obj, "__pydantic_extra__", None)
    _setattr(obj, "__pydantic_private__", None)
    return obj


_ENTITY_FIELDS, _UNIT_FIELDS = set(Entity.model_fields), set(Unit.model_fields)


def unit_order(row: Sequence[Any]) -> tuple[int, int, int]:
    """A unit row's place in reading order: by start, the longer first, then by id."""
    return (row[3], -row[4], row[0])


def export_order(row: ExportUnit) -> tuple[int, int]:
    """An export unit's place in text order: start, longer first (as `units()`; ties keep id order)."""
    return row.start, -row.end


def document_from_row(row: Sequence[Any]) -> Document:
    """A document from a row of `DOCUMENT_COLUMNS`."""
    return built(
        Document,
        {
            "id": row[0],
            "title": row[1],
            "text": row[2],
            "outlet": row[3],
            "url": row[4],
            "published": date.fromisoformat(row[5]) if row[5] else None,
            "content_hash": row[6],
            "meta": orjson.loads(row[7]),
            "story_key": row[8],
        },
    )


def unit_from_row(row: Sequence[Any]) -> Unit:
    """A unit from a row of `UNIT_COLUMNS` (the body may be None for an entity).

    Rows were validated on the way in, so construct without re-validating (hot path).
    Other bodies go through pydantic-core's JSON validator: for a nested quote or event it
    is faster than building the spans by hand in Python (6 us against 15 us).
    """
    if row[2] == "entity":
        # built(), inlined: this runs for most of the rows of every document opened.
        body: Any = _new(Entity)
        _setattr(body, "__dict__", {"kind": "entity", "start": row[3], "end": row[4], "label": row[5]})
        _setattr(body, "__pydantic_fields_set__", _ENTITY_FIELDS)
        _setattr(body, "__pydantic_extra__", None)
        _setattr(body, "__pydantic_private__", None)
    else:
        body = _BODY.validate_json(row[6])
    unit = _new(Unit)
    _setattr(
        unit,
        "__dict__",
        {
            "id": row[0],
            "doc_id": row[1],
            "body": body,
            "state": row[7],
            "origin_id": row[8],
            "source": row[9],
            "score": row[10],
            "provenance": orjson.loads(row[11]) if row[11] != "{}" else {},
        },
    )
    _setattr(unit, "__pydantic_fields_set__", _UNIT_FIELDS)
    _setattr(unit, "__pydantic_extra__", None)
    _setattr(unit, "__pydantic_private__", None)
    return unit


def decision_from_row(row: Sequence[Any]) -> Decision:
    """A decision from a row of `DECISION_COLUMNS`."""
    return Decision(
        id=row[0],
        doc_id=row[1],
        annotator=row[2],
        at=datetime.fromisoformat(row[3]),
        action=row[4],
        unit_id=row[5],
        before=None if row[6] is None else orjson.loads(row[6]),
        after=None if row[7] is None else orjson.loads(row[7]),
        undoes=row[8],
    )


def dumps(value: Any) -> str:
    """JSON text as the store keeps it (compact, UTF-8)."""
    return orjson.dumps(value).decode()
