"""Where a corpus lives: a SQLite file path, or a PostgreSQL server URL (`postgresql://...`).

One meaning for `--db`, the `ANNOTATOR_DB` variable and the settings file alike; code
outside the store asks here instead of treating the value as a path.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlsplit, urlunsplit

SCHEMES = ("postgresql://", "postgres://")


def is_server(target: str | Path | None) -> bool:
    """Whether `target` names a PostgreSQL database rather than a file."""
    return isinstance(target, str) and target.lower().startswith(SCHEMES)


def shown(target: str | Path | None) -> str:
    """How to name the corpus in a message: a URL without its password, a path as given."""
    if target is None:
        return ":memory:"
    if not is_server(target):
        return str(target)
    parts = urlsplit(str(target))
    if parts.password is None:
        return str(target)
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=f"{parts.username or ''}:***@{host}"))


def database_name(url: str) -> str:
    """The database a URL names (its path, or `dbname=` in the query), for file names beside it."""
    parts = urlsplit(url)
    name = parts.path.lstrip("/") or (parse_qs(parts.query).get("dbname") or [""])[0]
    return name or "postgres"


def local_path(target: str | Path) -> Path | None:
    """The file of a SQLite corpus; None for a server database."""
    return None if is_server(target) else Path(target)


def exists(target: str | Path) -> bool:
    """Whether the corpus is there already; a server database is made by its admin, so it is."""
    path = local_path(target)
    return path is None or path.exists()


def beside(target: str | Path, suffix: str) -> Path:
    """A file named after the corpus: beside a SQLite file, or in the working folder for a server."""
    path = local_path(target)
    if path is None:
        return Path(f"{database_name(str(target))}{suffix}")
    return path.with_name(f"{path.stem}{suffix}")
