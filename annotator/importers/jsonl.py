"""JSONL, one document per line: plain documents, our annotated records, Prodigy tasks or doccano lines.

The file is streamed a line at a time (never read whole). Each line is classified by
its keys: label triples or `entities` with `start_offset` (doccano), `spans` (Prodigy) or
`entities`/`quotes`/`events` (ours) make it a pre-annotated record, which needs
`--annotator NAME`; otherwise it is a plain document.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson

from annotator.core.errors import InputError, UserError
from annotator.importers.context import ImportContext
from annotator.importers.preannotated import parse_preannotated, record_format
from annotator.importers.records import BadLine, Parsed, plain_document
from annotator.importers.regions_formats import is_doccano, parse_doccano

UTF8_BOM = b"\xef\xbb\xbf"


def lines(path: Path) -> Iterator[tuple[int, bytes]]:
    """Non-blank lines with their 1-based numbers, streamed."""
    return ((number, line) for number, line in numbered_lines(path) if line.strip())


def numbered_lines(path: Path) -> Iterator[tuple[int, bytes]]:
    """Every line (blank ones too) with its 1-based number, streamed; a BOM is dropped and
    UTF-16 refused up front, naming the file."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputError(str(path), None, f"cannot read ({exc.strerror})") from None
    with handle:
        for number, line in enumerate(handle, 1):
            if number == 1:
                if line.startswith((b"\xff\xfe", b"\xfe\xff")):
                    raise InputError(str(path), 1, "the file is UTF-16; save it as UTF-8")
                line = line.removeprefix(UTF8_BOM)
            yield number, line


def load_object(line: bytes) -> dict[str, Any]:
    """One line as a JSON object, or BadLine saying what is wrong with it."""
    try:
        value = orjson.loads(line)
    except orjson.JSONDecodeError as exc:
        try:
            line.decode("utf-8")
        except UnicodeDecodeError as bad:
            raise BadLine(f"not valid UTF-8 (byte 0x{line[bad.start]:02x} at column {bad.start + 1})") from None
        raise BadLine(f"not valid JSON: {exc.msg} at column {exc.colno}") from None
    if not isinstance(value, dict):
        raise BadLine(f"expected a JSON object, got {_json_type(value)}")
    return value


WHAT = {"prodigy": "Prodigy spans", "doccano": "doccano labels", "ours": "units"}


def parse_line(path: Path, number: int, line: bytes, ctx: ImportContext) -> Parsed:
    record = load_object(line)
    fmt = "doccano" if is_doccano(record) else record_format(record)
    if fmt == "plain":
        return plain_document(record, ctx.defaults)
    if not ctx.annotator:
        raise UserError(
            f"{path}:{number}: this line carries annotations ({WHAT[fmt]}); say whose they are with --annotator NAME"
        )
    provenance = {"imported_from": str(path), "line": number}
    if fmt == "doccano":
        return parse_doccano(record, ctx.schema, ctx.defaults, provenance)
    return parse_preannotated(record, fmt, ctx.schema, ctx.defaults, provenance)


def _json_type(value: Any) -> str:
    names = {list: "a list", str: "a string", bool: "a boolean", int: "a number", float: "a number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)
