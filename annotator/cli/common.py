"""Helpers shared by the subcommands: settings from args, opening the store, progress bars."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from annotator.config import Settings
from annotator.errors import UserError
from annotator.store import NewerDatabaseError, SqliteStore, open_store


def settings_from(args: argparse.Namespace) -> Settings:
    """Remembered settings, overridden by what the command line says."""
    settings = Settings.load()
    for name in ("db", "annotator", "model"):
        value = getattr(args, name, None)
        if value:
            setattr(settings, name, value)
    return settings


def open_db(settings: Settings, *, must_exist: bool = False) -> SqliteStore:
    path = Path(settings.db)
    if must_exist and not path.exists():
        raise UserError(f"{path}: no such database (run `annotator import` or `annotator` to create it)")
    try:
        store = open_store(path)
    except NewerDatabaseError as exc:
        raise UserError(str(exc)) from None
    _report_upgrade(store)
    return store


def _report_upgrade(store: SqliteStore) -> None:
    """Say on stderr what an upgrade of the file changed (a migration cannot print itself)."""
    notes = getattr(store, "upgrade_notes", [])
    if not notes:
        return
    print(f"{_visible(str(path_of(store)))}: upgraded; a copy of the old file is beside it", file=sys.stderr)
    for version, note, n in notes:
        print(f"  migration {version}: {_visible(note)} ({n})", file=sys.stderr)


def path_of(store: SqliteStore) -> str:
    return store.path or ":memory:"


def _visible(text: str) -> str:
    """Control characters shown as escapes: type names come from users' data."""
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in text)


@contextmanager
def progress(description: str, total: int | None) -> Iterator[callable]:
    """A rich progress bar on stderr; yields `advance(n=1)`."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.console import Console

    bar = Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=False,
    )
    with bar:
        task = bar.add_task(description, total=total, rate="")

        def advance(n: int = 1, rate: str | None = None) -> None:
            bar.advance(task, n)
            if rate is not None:
                bar.update(task, rate=rate)

        yield advance
