"""Another process holding a database's write lock, for tests of screens that must not freeze."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE label_schemas SET created_at = created_at")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("COMMIT")
"""


class Holder:
    """Another process holding the database's write lock until `release`."""

    def __init__(self, db: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert self.proc.stdout is not None and self.proc.stdout.readline().strip() == "locked"

    def release(self) -> None:
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.write("\n")
            self.proc.stdin.flush()
            self.proc.wait(timeout=10)


async def until(pilot: object, done: object, limit: float = 15.0) -> None:
    """Let the app run until `done()` holds (or `limit` seconds pass: the assertion after says what failed)."""
    deadline = time.monotonic() + limit
    while not done() and time.monotonic() < deadline:  # type: ignore[operator]
        await pilot.pause(0.05)  # type: ignore[attr-defined]
