"""The store's one clock: every stamp it writes (decisions, statuses, layers) reads it here, so a test can fix it."""

from __future__ import annotations

from datetime import UTC, datetime


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")
