"""Label Studio JSON exports (`.json`): a list of tasks, or one task, read as documents and units."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson

from annotator.core.errors import InputError
from annotator.importers.context import ImportContext
from annotator.importers.records import BadLine, Parsed
from annotator.importers.regions_formats import parse_labelstudio


def tasks(path: Path) -> tuple[list[Any], int]:
    """The file's tasks and its size; a file that is not a JSON list of objects names itself."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), None, f"cannot read ({exc.strerror})") from None
    try:
        value = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise InputError(str(path), exc.lineno, f"not valid JSON: {exc.msg} at column {exc.colno}") from None
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        raise InputError(str(path), None, "expected a JSON list of Label Studio tasks")
    return value, len(data)


def items(path: Path, ctx: ImportContext) -> Iterator[tuple[int, object, int, Any]]:
    """(task number, task, bytes, parse) per task, as the import loop takes them."""
    found, size = tasks(path)
    for number, task in enumerate(found, 1):
        yield number, task, size // max(len(found), 1), lambda task=task, number=number: _parse(path, number, task, ctx)


def _parse(path: Path, number: int, task: Any, ctx: ImportContext) -> Parsed:
    if not isinstance(task, dict):
        raise BadLine(f"task {number}: expected a JSON object")
    provenance = {"imported_from": str(path), "line": number}
    return parse_labelstudio(task, ctx.schema, ctx.defaults, provenance, ctx.annotator)
