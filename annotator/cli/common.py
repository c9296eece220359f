"""Helpers shared by the subcommands: settings from args, opening the store, progress bars."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from annotator.config import Settings
from annotator.errors import UserError
from annotator.store import NewerDatabaseError, SqliteStore, can_write, open_store


def settings_from(args: argparse.Namespace) -> Settings:
    """Remembered settings, overridden by what the command line says."""
    settings = Settings.load()
    for problem in settings.problems:
        print(f"warning: {problem}", file=sys.stderr)
    for name in ("db", "annotator", "model"):
        value = getattr(args, name, None)
        if value:
            setattr(settings, name, value)
    return settings


def open_db(settings: Settings, *, must_exist: bool = False, reading: bool = False) -> SqliteStore:
    """The store at `settings.db`. A command that only reads (`reading`) opens a database it
    may not write (read-only media, someone else's file) read-only instead of failing."""
    path = Path(settings.db)
    if must_exist and not path.exists():
        raise UserError(f"{path}: no such database (run `annotator import` or `annotator` to create it)")
    try:
        return open_store(path, read_only=reading and path.exists() and not can_write(path))
    except NewerDatabaseError as exc:
        raise UserError(str(exc)) from None


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
