"""Helpers shared by the subcommands: settings from args, opening the store, progress bars."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

from annotator.config import Settings
from annotator.core.display import block, one_line
from annotator.core.names import check_name
from annotator.errors import UserError
from annotator.store import AnyStore, NewerDatabaseError, can_write, open_store
from annotator.store.location import is_server, shown

DB_ENV = "ANNOTATOR_DB"


def settings_from(args: argparse.Namespace) -> Settings:
    """Remembered settings, overridden by `ANNOTATOR_DB` (a team's server URL, set once in a
    shell profile), then by what the command line says (a name only if it is valid)."""
    settings = Settings.load()
    for problem in settings.problems:
        print(f"warning: {problem}", file=sys.stderr)
    if os.environ.get(DB_ENV, "").strip():
        settings.db = os.environ[DB_ENV].strip()
    for name in ("db", "annotator", "model"):
        value = getattr(args, name, None)
        if value:
            setattr(settings, name, check_name(value, "--annotator") if name == "annotator" else value)
    return settings


def say(text: str, *, err: bool = False) -> None:
    """Print a line of ours that quotes data (names, paths, summaries): controls made visible."""
    print(block(text), file=sys.stderr if err else sys.stdout)


def open_db(settings: Settings, *, must_exist: bool = False, reading: bool = False) -> AnyStore:
    """The store at `settings.db` (a file, or a PostgreSQL URL). A command that only reads
    (`reading`) opens a file it may not write (read-only media, someone else's file)
    read-only instead of failing."""
    if is_server(settings.db):
        try:
            return open_store(settings.db)
        except NewerDatabaseError as exc:
            raise UserError(str(exc)) from None
    path = Path(settings.db)
    if must_exist and not path.exists():
        raise UserError(f"{path}: no such database (run `annotator import` or `annotator` to create it)")
    try:
        store = open_store(path, read_only=reading and path.exists() and not can_write(path))
    except NewerDatabaseError as exc:
        raise UserError(str(exc)) from None
    _report_upgrade(store)
    return store


def _report_upgrade(store: AnyStore) -> None:
    """Say on stderr what an upgrade of the file changed (a migration cannot print itself)."""
    notes = getattr(store, "upgrade_notes", [])
    if not notes:
        return
    say(f"{path_of(store)}: upgraded; a copy of the old file is beside it", err=True)
    for version, note, n in notes:
        say(f"  migration {version}: {one_line(note)} ({n})", err=True)  # type names come from users' data


def path_of(store: AnyStore) -> str:
    return shown(store.path)


class Advance(Protocol):
    """What `progress` yields: move the bar `n` on, and show `rate` beside it when given."""

    def __call__(self, n: int = 1, rate: str | None = None) -> None: ...


@contextmanager
def progress(description: str, total: int | None, *, unit: str = "items") -> Iterator[Advance]:
    """A rich progress bar on stderr; yields `advance(n=1, rate=None)`. The description is data,
    never markup. With `unit` "bytes" the count reads as sizes (12.3/900.1 MB), not a bare number."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    bar = Progress(
        TextColumn("{task.description}", style="progress.description", markup=False),
        BarColumn(),
        DownloadColumn() if unit == "bytes" else MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}", markup=False),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=False,
    )
    with bar:
        task = bar.add_task(one_line(description), total=total, rate="")

        def advance(n: int = 1, rate: str | None = None) -> None:
            bar.advance(task, n)
            if rate is not None:
                bar.update(task, rate=rate)

        yield advance


def add_min_annotators(p: argparse.ArgumentParser, who: str = "") -> None:
    """The readiness option shared by review, agreement and export (one wording, one default)."""
    p.add_argument(
        "--min-annotators",
        type=int,
        default=None,
        metavar="N",
        help=f"{who}finished annotators a document without an assignment needs to be ready (default: the "
        "min_annotators setting, 2)",
    )


def min_annotators(args: argparse.Namespace, settings: Settings) -> int:
    """--min-annotators, else the setting; below 1 is a mistake said in one line."""
    value = args.min_annotators if args.min_annotators is not None else settings.min_annotators
    if value < 1:
        raise UserError(f"--min-annotators {value}: must be 1 or more")
    return int(value)
