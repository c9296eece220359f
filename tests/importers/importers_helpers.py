"""Helpers for the import tests: run the CLI, dump every table, write files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from annotator.cli import main


def dump(db: Path) -> list[str]:
    """Every row of every table (FTS shadow tables too), to prove a failed import changed nothing."""
    conn = sqlite3.connect(db)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def run_cli(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, "utf-8", newline="")
    return path
