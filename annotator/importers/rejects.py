"""The rejects file of `import --skip-bad`: one JSON line per bad record, with its reason.

Each line is `{"file", "line", "reason", "record"}`; `record` is the bad JSONL line (as
an object when it parses as one, else as text), the CSV row as an object, or null for a
whole file, so a user can fix the records and import them again.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import IO, Any


def default_path(db: Path) -> Path:
    """Beside the database, stamped, so one run never overwrites another's rejects."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return db.with_name(f"{db.stem}.rejects-{stamp}.jsonl")


class Rejects:
    """Opened on the first reject, so a clean run leaves no empty file behind."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.count = 0
        self._handle: IO[str] | None = None

    def add(self, source: str, line: int | None, reason: str, record: Any) -> None:
        if self._handle is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._handle = self.path.open("a", encoding="utf-8")
        entry = {"file": source, "line": line, "reason": reason, "record": _printable(record)}
        self._handle.write(json.dumps(entry, ensure_ascii=False, default=str) + "\n")
        self.count += 1

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None


def _printable(record: Any) -> Any:
    """Bytes as text (undecodable bytes shown as U+FFFD); strings with lone surrogates cleaned."""
    if isinstance(record, bytes):
        try:
            parsed = json.loads(record)
        except ValueError:
            return record.decode("utf-8", "replace").rstrip("\r\n")
        return parsed if isinstance(parsed, dict) else record.decode("utf-8", "replace").rstrip("\r\n")
    if isinstance(record, dict):
        return {k: _printable(v) for k, v in record.items()}
    if isinstance(record, str):
        return record.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return record
