"""What a failed database or file operation means to the user: damaged, full, read-only, busy.

Used where the store is opened and by the CLI's last line of defence, so no command ends in
a traceback for a condition of the machine rather than a bug.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from annotator.core.errors import UserError
from annotator.store.migrations import backup_hint

DAMAGED = ("malformed", "not a database", "file is not a database", "database corrupt")
FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}


class ReadOnlyError(UserError):
    """A write asked of a store opened read-only (read-only media, or a file we may not write)."""


def is_damaged(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.DatabaseError) and any(word in str(exc) for word in DAMAGED)


def is_full(exc: BaseException) -> bool:
    if isinstance(exc, sqlite3.Error):
        return "full" in str(exc)
    return isinstance(exc, OSError) and exc.errno in FULL_ERRNOS


def damaged(path: str | Path | None, exc: BaseException) -> str:
    where = path or "the database"
    # A wrong header is also what a text file passed by mistake looks like.
    what = (
        "not an annotator database, or a damaged one"
        if "not a database" in str(exc)
        else "the database file is damaged"
    )
    return f"{where}: {what} (SQLite says: {exc}); nothing was changed. {backup_hint(Path(path) if path else None)}"


def explain(exc: BaseException, path: str | Path | None) -> str | None:
    """One line for a failure the user's machine caused, or None for one we do not know (a bug)."""
    where = path or "the database"
    if is_full(exc):
        what = getattr(exc, "filename", None) or where
        return (
            f"{what}: the disk is full (or the file hit its size limit): the change under way was not "
            "saved; everything committed before it is kept. Free some space and run the command again."
        )
    if is_damaged(exc):
        return damaged(path, exc)
    if isinstance(exc, sqlite3.OperationalError):
        text = str(exc)
        if "readonly" in text or "read-only" in text:
            return f"{where}: the database is read-only here: nothing can be saved to it ({text})"
        if "locked" in text or "busy" in text:
            return f"{where}: another program held the database for too long ({text}); try again"
        if "disk I/O error" in text:
            return f"{where}: the disk reported an error while reading or writing it ({text})"
        return None
    if isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return f"{exc.filename or where}: cannot write here ({exc.strerror})"
    return None
