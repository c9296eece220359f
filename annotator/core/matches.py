"""What the queue and `annotator docs` say about a search's hits and a page cut short.

A full count of a common word's hits walks every hit (a million at a million articles), so
hits are counted up to a cap and said as "more than" past it. A page whose filters hardly
meet stops after a bounded walk and says how far it looked, so the next key goes on from there.
"""

from __future__ import annotations

# Hits are counted up to this many: a capped count costs the same at any corpus size.
MATCH_CAP = 1000
# A page whose filters meet rarely (a search and a status, todo in a nearly finished corpus,
# articles assigned to me) looks through at most this many positions of the corpus, then stops:
# about 1.4 us each on SQLite and 5-7 us on PostgreSQL (a status look-up and a search test per
# position), so a page's p99 stays under 5 ms on both. The queue goes on by itself (FILL_S).
WALK = 500


def match_count(hits: int, cap: int = MATCH_CAP) -> str:
    """`hits` as counted with `cap` (cap + 1 means "more than cap")."""
    if hits > cap:
        return f"more than {cap:,} articles match (counted up to {cap:,})"
    return "1 article matches" if hits == 1 else f"{hits:,} articles match"


def walked_to(seq: int, found: int) -> str:
    """A page cut short by a bounded walk: how far it looked, and that more may lie beyond."""
    shown = "nothing more" if not found else f"{found:,} found"
    return f"{shown} up to article #{seq:,}: the rest of the corpus is not searched yet"
