"""Labels as the store keeps them: the label column of a body, and remapping labels when the schema changes.

Plain logic, no SQL: every backend stores the same JSON and shares these.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import orjson

from annotator.core.errors import UserError
from annotator.core.schema import LabelSchema

LabelKey = tuple[str, str]  # (kind, label); kind "role" has label "EVENT_TYPE:ROLE"


def label_of(body: Any) -> str:
    """The label column of a body model: an entity's label, a quote's kind, an event's type."""
    match body.kind:
        case "quote":
            return body.quote_kind
        case "event":
            return body.type
        case _:
            return body.label


def label_of_body(body: dict[str, Any]) -> str:
    """The label column of a body as stored JSON (a dict)."""
    return body.get("label") or body.get("type") or body.get("quote_kind") or ""


def role_usage(events: Iterable[tuple[str, str]]) -> dict[LabelKey, int]:
    """How often each event role is filled, from (event type, stored body JSON) pairs."""
    usage: dict[LabelKey, int] = {}
    for etype, raw in events:
        arguments = orjson.loads(raw).get("arguments") or {}
        for role in arguments:
            key = ("role", f"{etype}:{role}")
            usage[key] = usage.get(key, 0) + 1
    return usage


def label_known(schema: LabelSchema, key: LabelKey) -> bool:
    kind, label = key
    if kind == "entity":
        return label in schema.entity_label_names
    if kind == "event":
        return label in schema.event_type_names
    if kind == "quote":
        return label in schema.quote_kinds
    etype, _, role = label.partition(":")
    found = schema.event_type(etype)
    return found is None or role in found.roles  # a dropped type is reported as the type


def check_mapping(schema: LabelSchema, usage: dict[LabelKey, int], mapping: dict[str, str]) -> None:
    """Refuse OLD=NEW when NEW is not in the new schema: the remap would only make new orphans."""
    for kind, label in usage:
        new = mapping.get(label)
        if kind != "role" and new and not label_known(schema, (kind, new)):
            raise UserError(f"--map {label}={new}: the new schema has no {kind} label {new!r}")


def orphans(schema: LabelSchema, usage: dict[LabelKey, int], mapping: dict[str, str]) -> dict[LabelKey, int]:
    """Labels in use that the new schema lacks once the mapping is applied ("" deletes)."""
    out: dict[LabelKey, int] = {}
    for (kind, label), n in usage.items():
        if kind != "role":
            new = mapping.get(label, label)
            if new and not label_known(schema, (kind, new)):
                out[(kind, label)] = n
            continue
        # A role is judged under the type its event will have after the mapping, so
        # mapping an event type onto one without that role is caught too.
        etype, _, role = label.partition(":")
        new_type, new_role = mapping.get(etype, etype), mapping.get(label, role)
        if new_type and new_role and not label_known(schema, ("role", f"{new_type}:{new_role}")):
            out[(kind, label)] = n
    return out


def log_needles(mapping: dict[str, str]) -> list[str]:
    """Strings one of which a logged unit's JSON must hold for the mapping to change it."""
    return sorted({json.dumps(old.partition(":")[2] or old) for old in mapping})


def remap_logged(raw: str | None, mapping: dict[str, str]) -> str | None:
    """One logged unit (JSON text) under the mapping; None when the mapping deletes it."""
    if raw is None:
        return None
    unit = json.loads(raw)
    body = unit.get("body") if isinstance(unit, dict) else None
    if not isinstance(body, dict):
        return raw
    new = remap_body(body, mapping)
    if new is None:
        return None
    return raw if new == body else orjson.dumps({**unit, "body": new}).decode()


def remap_body(body: dict[str, Any], mapping: dict[str, str]) -> dict[str, Any] | None:
    """Apply OLD=NEW label mappings to one stored body; None means delete the unit."""
    kind = body.get("kind")
    if kind == "entity" and body["label"] in mapping:
        new = mapping[body["label"]]
        return None if not new else {**body, "label": new}
    if kind == "quote" and body.get("quote_kind") in mapping:
        new = mapping[body["quote_kind"]]
        return None if not new else {**body, "quote_kind": new}
    if kind == "event":
        etype = body["type"]
        if etype in mapping:
            if not mapping[etype]:
                return None
            body = {**body, "type": mapping[etype]}
        args: dict[str, Any] = {}
        for role, span in body.get("arguments", {}).items():
            key = f"{etype}:{role}"
            role = mapping.get(key, role)
            if role:
                args[role] = span
        return {**body, "arguments": args}
    return body
