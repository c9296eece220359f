"""Old event type and role names mapped onto the ACE 2005 names, so old suggestions score against new gold.

The landed schema named five types its own way and gave every type Agent/Patient roles. Scoring
maps both gold and suggestions through `modernise`, which leaves an event already in the new
names as it is (so the mapping can stay after the schema changes without skewing anything).
"""

from __future__ import annotations

from annotator.core.ace import ROLE_MAPS, TYPE_RENAMES
from annotator.core.models import Event, Span

# One table of the move, shared with the store's migration (core/ace.py); scoring has no
# trigger text at hand, so the trigger-dependent choices (a buyer's Agent) are the migration's alone.
LEGACY_TYPES: dict[str, str] = TYPE_RENAMES
LEGACY_ROLES: dict[str, dict[str, str]] = ROLE_MAPS


def modernise(event: Event) -> Event:
    """The event under its ACE type name with ACE role names (the first of two roles mapped alike wins)."""
    etype = LEGACY_TYPES.get(event.type, event.type)
    roles = LEGACY_ROLES.get(etype, {})
    if etype == event.type and all(roles.get(r, r) == r for r in event.arguments):
        return event
    arguments: dict[str, Span] = {}
    for role, span in event.arguments.items():
        arguments.setdefault(roles.get(role, role), span)
    return event.model_copy(update={"type": etype, "arguments": arguments})
