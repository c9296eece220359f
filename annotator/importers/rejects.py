"""The rejects file of `import --skip-bad`: one JSON line per bad record, with its reason.

Each line is `{"file", "line", "reason", "record"}`; `record` is the bad JSONL line (as
an object when it parses as one, else as text), the CSV row as an object, or null for a
whole file, so a user can fix the records and import them again.
"""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path
from tempfile import SpooledTemporaryFile
from typing import IO, Any

from annotator.core.errors import UserError


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

    def check(self) -> None:
        """Fail before importing, not after, when the rejects file cannot be written."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserError(
                f"{self.path}: cannot create its folder ({exc.strerror}); choose another with --rejects"
            ) from None
        if self.path.exists() and not self.path.is_file():
            # A folder (or a device) passes the access check, and the rejects would be lost
            # after the good lines were committed.
            raise UserError(f"{self.path}: not a regular file; give --rejects a file name")
        if not os.access(self.path.parent, os.W_OK) or (self.path.exists() and not os.access(self.path, os.W_OK)):
            raise UserError(f"{self.path}: not writable; choose another rejects file with --rejects")

    def add(self, source: str, line: int | None, reason: str, record: Any) -> None:
        self._write(entry(source, line, reason, record))
        self.count += 1

    def _write(self, text: str) -> None:
        try:
            if self._handle is None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._handle = self.path.open("a", encoding="utf-8")
            self._handle.write(text)
        except OSError as exc:
            raise UserError(
                f"{self.path}: cannot write the rejects file ({exc.strerror}); choose another with --rejects"
            ) from None

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None


class PendingRejects:
    """One file's rejects, held until its good lines are committed (spilled to disk past 1 MB)."""

    def __init__(self) -> None:
        self._spool = SpooledTemporaryFile(max_size=1 << 20, mode="w+", encoding="utf-8")
        self.count = 0

    def add(self, source: str, line: int | None, reason: str, record: Any) -> None:
        self._spool.write(entry(source, line, reason, record))
        self.count += 1

    def commit_to(self, rejects: Rejects) -> None:
        self._spool.seek(0)
        for chunk in iter(lambda: self._spool.read(1 << 16), ""):
            rejects._write(chunk)
        rejects.count += self.count

    def close(self) -> None:
        self._spool.close()


def entry(source: str, line: int | None, reason: str, record: Any) -> str:
    """One line of the rejects file."""
    data = {"file": source, "line": line, "reason": reason, "record": _printable(record)}
    return json.dumps(data, ensure_ascii=False, default=str) + "\n"


def _printable(record: Any) -> Any:
    """Bytes as text (undecodable bytes shown as U+FFFD); strings with lone surrogates cleaned."""
    if isinstance(record, bytes):
        try:
            parsed = json.loads(record)
        except ValueError:
            return record.decode("utf-8", "replace").rstrip("\r\n")
        return _printable(parsed) if isinstance(parsed, dict) else record.decode("utf-8", "replace").rstrip("\r\n")
    if isinstance(record, dict):
        return {_printable(k): _printable(v) for k, v in record.items()}
    if isinstance(record, list):
        return [_printable(v) for v in record]
    if isinstance(record, str):
        return _without_surrogates(record)
    return record


def _without_surrogates(text: str) -> str:
    """Undecodable bytes (surrogateescape) and lone surrogates from JSON ("\\ud800") as U+FFFD:
    the rejects file is UTF-8, which cannot hold a surrogate."""
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
