"""Persistence: the Store interface, its backend-neutral parts, the SQLite and PostgreSQL backends. The only place SQL lives."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Union

from annotator.core.errors import UserError
from annotator.store.base import (
    GOLD,
    DocRow,
    InsertResult,
    Layer,
    OrphanError,
    Store,
    StoreBusy,
    StoreWriteError,
    SuggestFailure,
    UnknownDocumentError,
)
from annotator.store.location import is_server, shown
from annotator.store.migrations import LATEST, NewerDatabaseError
from annotator.store.rows import ExportUnit, LayerDoc, UnitRow
from annotator.store.sqlite import SqliteStore, can_write

if TYPE_CHECKING:
    from annotator.store.postgres import PgStore  # imported on use: psycopg is an optional extra

# Either backend: the same parts, so the same methods (`Store` is the interface they keep).
AnyStore = Union["SqliteStore", "PgStore"]

__all__ = [
    "AnyStore",
    "GOLD",
    "LATEST",
    "DocRow",
    "ExportUnit",
    "InsertResult",
    "Layer",
    "LayerDoc",
    "NewerDatabaseError",
    "OrphanError",
    "SqliteStore",
    "Store",
    "StoreBusy",
    "StoreWriteError",
    "SuggestFailure",
    "UnitRow",
    "UnknownDocumentError",
    "can_write",
    "open_store",
]


def open_store(target: str | Path | None, *, read_only: bool = False) -> AnyStore:
    """Open (creating and upgrading as needed) the store at `target`: a SQLite file (None is
    in-memory) or a PostgreSQL URL (`postgresql://user@host:port/dbname`).

    `read_only` opens an existing file without writing to it at all: every write is refused.
    """
    if is_server(target):
        return _open_server(str(target), read_only=read_only)
    return SqliteStore(target, read_only=read_only)


def _open_server(url: str, *, read_only: bool) -> PgStore:
    """The PostgreSQL store; psycopg is an optional extra, so its absence is a user's error."""
    try:
        import psycopg  # noqa: F401
    except ModuleNotFoundError:
        raise UserError(f"{shown(url)}: PostgreSQL needs psycopg 3: pip install 'annotator-desk[postgres]'") from None
    from annotator.store.postgres import PgStore

    return PgStore(url, read_only=read_only)
