"""Persistence: the Store interface, its backend-neutral parts and the SQLite backend. The only place SQL lives."""

from __future__ import annotations

from pathlib import Path

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
from annotator.store.migrations import LATEST, NewerDatabaseError
from annotator.store.rows import ExportUnit, LayerDoc, UnitRow
from annotator.store.sqlite import SqliteStore, can_write

__all__ = [
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


def open_store(path: str | Path | None, *, read_only: bool = False) -> SqliteStore:
    """Open (creating and upgrading as needed) the store at `path`; None is in-memory.

    `read_only` opens an existing file without writing to it at all: every write is refused.
    """
    return SqliteStore(path, read_only=read_only)
