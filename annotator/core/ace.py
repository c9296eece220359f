"""The move from the first news event types (Agent/Patient roles) to ACE 2005's names and roles.

Pure functions over stored JSON bodies, shared by the store's migration and by anyone
holding old exports: an event body, a whole unit dump (as the decision log keeps it) and
a stored schema each map to the new names, and every change is counted so the upgrade
can say what it did.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

# Old type -> new type (types not listed keep their names).
TYPE_RENAMES: dict[str, str] = {
    "Justice.Arrest": "Justice.Arrest-Jail",
    "Justice.Charge": "Justice.Charge-Indict",
    "Personnel.StartPosition": "Personnel.Start-Position",
    "Personnel.EndPosition": "Personnel.End-Position",
    "Transaction.Transfer": "Transaction.Transfer-Ownership",
}

# New type -> old role -> ACE role. Types absent here kept their Agent/Patient/Recipient roles.
ROLE_MAPS: dict[str, dict[str, str]] = {
    "Justice.Arrest-Jail": {"Agent": "Agent", "Patient": "Person"},
    "Justice.Charge-Indict": {"Agent": "Prosecutor", "Patient": "Defendant"},
    "Personnel.Start-Position": {"Agent": "Entity", "Patient": "Person"},
    "Personnel.End-Position": {"Agent": "Entity", "Patient": "Person"},
    "Transaction.Transfer-Ownership": {"Agent": "Seller", "Patient": "Artifact", "Recipient": "Buyer"},
    "Conflict.Attack": {"Agent": "Attacker", "Patient": "Target"},
    "Conflict.Demonstrate": {"Agent": "Entity"},
    "Contact.Meet": {"Agent": "Entity", "Patient": "Entity"},
    "Contact.Phone-Write": {"Agent": "Entity", "Patient": "Entity"},
    "Movement.Transport": {"Agent": "Agent", "Patient": "Artifact", "Place": "Destination"},
    "Life.Die": {"Agent": "Agent", "Patient": "Victim"},
    "Life.Injure": {"Agent": "Agent", "Patient": "Victim"},
}

# Triggers whose Agent is the buyer, not the seller; and movements away from a place.
BUYING = ("buy", "bought", "purchas", "acqui", "take over", "took over", "takeover")
LEAVING = ("withdr", "depart", "flee", "fled", "evacuat", "leav", "left", "exit", "pull")


def map_event_body(body: dict[str, Any], trigger_text: str, notes: Counter[str]) -> dict[str, Any]:
    """The body with ACE names; counts each rename, role move and dropped argument in `notes`."""
    old_type = body.get("type", "")
    new_type = TYPE_RENAMES.get(old_type, old_type)
    if new_type != old_type:
        notes[f"type {old_type} -> {new_type}"] += 1
    roles = _role_map(new_type, trigger_text.lower())
    args: dict[str, Any] = {}
    for role in sorted(body.get("arguments", {}), key=_agent_first):
        new_role = roles.get(role, role)
        if new_role in args:
            notes[f"{new_type}: {role} dropped ({new_role} already set)"] += 1
            continue
        if new_role != role:
            notes[f"{new_type}: role {role} -> {new_role}"] += 1
        args[new_role] = body["arguments"][role]
    return {**body, "type": new_type, "arguments": args}


def _agent_first(role: str) -> int:
    return {"Agent": 0, "Patient": 1, "Recipient": 2}.get(role, 3)


def _role_map(new_type: str, trigger: str) -> dict[str, str]:
    roles = dict(ROLE_MAPS.get(new_type, {}))
    if new_type == "Transaction.Transfer-Ownership" and trigger.startswith(BUYING):
        roles.update({"Agent": "Buyer", "Recipient": "Beneficiary"})
    if new_type == "Movement.Transport" and trigger.startswith(LEAVING):
        roles["Place"] = "Origin"
    return roles


def map_unit_dump(unit: dict[str, Any], text: str, notes: Counter[str]) -> dict[str, Any]:
    """A whole unit dump (the decision log's before/after): its event body mapped, others unchanged."""
    body = unit.get("body")
    if not isinstance(body, dict) or body.get("kind") != "event":
        return unit
    return {**unit, "body": map_event_body(body, _trigger_text(body, text), notes)}


def _trigger_text(body: dict[str, Any], text: str) -> str:
    trig = body.get("trigger") or {}
    return text[trig.get("start", 0) : trig.get("end", 0)]


def map_schema(schema: dict[str, Any], new_default: dict[str, Any], notes: Counter[str]) -> dict[str, Any]:
    """A stored schema with the old default types replaced by their ACE definitions.

    A schema that held every old default type was the default: it gains every new
    default type too. Types a user added keep their definitions.
    """
    new_types = {t["name"]: t for t in new_default["event_types"]}
    old_names = [t["name"] for t in schema.get("event_types", [])]
    out: list[dict[str, Any]] = []
    for etype in schema.get("event_types", []):
        name = TYPE_RENAMES.get(etype["name"], etype["name"])
        if name in new_types and (name != etype["name"] or name in ROLE_MAPS):
            notes[f"schema: {etype['name']} -> {name} with ACE roles"] += 1
            etype = new_types[name]
        out.append(etype)
    if set(OLD_DEFAULT_TYPES) <= set(old_names):
        have = {t["name"] for t in out}
        added = [t for t in new_default["event_types"] if t["name"] not in have]
        if added:
            notes[f"schema: {len(added)} ACE event types added"] += 1
        order = {t["name"]: i for i, t in enumerate(new_default["event_types"])}
        out = sorted(out + added, key=lambda t: order.get(t["name"], len(order)))
    return {**schema, "event_types": out}


OLD_DEFAULT_TYPES = (
    "Contact.Meet",
    "Contact.Statement",
    "Contact.Negotiate",
    "Justice.Sanction",
    "Justice.Arrest",
    "Justice.Charge",
    "Justice.Investigate",
    "Personnel.Expel",
    "Personnel.StartPosition",
    "Personnel.EndPosition",
    "Transaction.Seize",
    "Transaction.Return",
    "Transaction.Transfer",
    "Business.Deal",
    "Conflict.Attack",
    "Conflict.Retaliate",
    "Conflict.Demonstrate",
    "Conflict.Threaten",
    "Election.Vote",
    "Movement.Transport",
    "Life.Die",
    "Life.Injure",
)
