"""Old event type and role names mapped onto the ACE 2005 names, so old suggestions score against new gold.

The landed schema named five types its own way and gave every type Agent/Patient roles. Scoring
maps both gold and suggestions through `modernise`, which leaves an event already in the new
names as it is (so the mapping can stay after the schema changes without skewing anything).
"""

from __future__ import annotations

from annotator.core.models import Event

LEGACY_TYPES: dict[str, str] = {
    "Justice.Arrest": "Justice.Arrest-Jail",
    "Justice.Charge": "Justice.Charge-Indict",
    "Personnel.StartPosition": "Personnel.Start-Position",
    "Personnel.EndPosition": "Personnel.End-Position",
    "Transaction.Transfer": "Transaction.Transfer-Ownership",
}

# Per new type, the old role names its ACE role set lacks and the ACE role each stands for.
# Roles the ACE type has (Agent of Life.Die, Place, Time...) are left alone.
LEGACY_ROLES: dict[str, dict[str, str]] = {
    "Contact.Meet": {"Agent": "Entity", "Patient": "Entity"},
    "Conflict.Attack": {"Agent": "Attacker", "Patient": "Target"},
    "Conflict.Demonstrate": {"Agent": "Entity"},
    "Justice.Arrest-Jail": {"Patient": "Person"},
    "Justice.Charge-Indict": {"Agent": "Prosecutor", "Patient": "Defendant"},
    "Personnel.Start-Position": {"Agent": "Entity", "Patient": "Person"},
    "Personnel.End-Position": {"Agent": "Entity", "Patient": "Person"},
    "Transaction.Transfer-Ownership": {"Agent": "Seller", "Patient": "Artifact", "Recipient": "Buyer"},
    "Movement.Transport": {"Patient": "Artifact", "Place": "Destination"},
    "Life.Die": {"Patient": "Victim"},
    "Life.Injure": {"Patient": "Victim"},
}


def modernise(event: Event) -> Event:
    """The event under its ACE type name with ACE role names (the first of two roles mapped alike wins)."""
    etype = LEGACY_TYPES.get(event.type, event.type)
    roles = LEGACY_ROLES.get(etype, {})
    if etype == event.type and not any(r in roles for r in event.arguments):
        return event
    arguments = {}
    for role, span in event.arguments.items():
        arguments.setdefault(roles.get(role, role), span)
    return event.model_copy(update={"type": etype, "arguments": arguments})
