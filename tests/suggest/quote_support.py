"""What the quote tests share: the shape of the `quotes_of` fixture and the one quote a test asks about."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Quotes = Callable[[str], list[dict[str, Any]]]


def only(found: list[dict[str, Any]], start: str) -> dict[str, Any]:
    """The one suggested quote whose content starts with `start` (fails on none or several)."""
    hits = [q for q in found if q["content"].startswith(start)]
    assert len(hits) == 1, (start, found)
    return hits[0]
