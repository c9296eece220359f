"""CSV (or TSV) with a header row: one document per row, from a chosen text column.

The file is streamed. Bytes are decoded with `surrogateescape` so that one row that is
not UTF-8 becomes one bad row (named by its line) instead of ending the whole file.
Columns named outlet, url, published and story_key are used as such; every other
column besides text, id and title goes into the document's meta.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from annotator.core.errors import InputError
from annotator.importers.context import CsvColumns, ImportContext
from annotator.importers.jsonl import numbered_lines
from annotator.importers.records import BadLine, Parsed, plain_document

csv.field_size_limit(1 << 30)  # the default 128 KB is smaller than some long articles
_UNDECODABLE = re.compile("[\udc80-\udcff]")


def rows(path: Path, columns: CsvColumns) -> Iterator[tuple[int, dict[str, Any], int]]:
    """(first line of the row, record with our field names, bytes read) per non-blank row."""
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    source = _Lines(path)
    reader = csv.reader(source, delimiter=delimiter)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise InputError(str(path), source.line, f"not valid CSV: {exc}") from None
    if header is None:
        return
    if source.ended:
        _check_closed(path, source, delimiter)
    source.row_text = []
    rename = _renaming(path, header, columns)
    width = len(header)
    while True:
        try:
            row = next(reader, None)
        except csv.Error as exc:
            raise InputError(str(path), source.line, f"not valid CSV: {exc}") from None
        if row is None:
            return
        if source.ended:
            _check_closed(path, source, delimiter)
        source.row_text = []  # the reader has consumed exactly this row's lines
        size, source.consumed = source.consumed, 0
        if any(cell.strip() for cell in row):
            yield source.row_start, _record(row, header, rename, width), size


def _check_closed(path: Path, source: _Lines, delimiter: str) -> None:
    """The row the file's end closed: refuse it if a quoted field in it was never closed.

    The lenient reader hands back everything after an unterminated quote as one field, so
    the rest of the file would go in silently as one document. Only this last row is read
    again, strictly (a strict reader throughout would refuse other, harmless oddities).
    """
    try:
        list(csv.reader(io.StringIO("".join(source.row_text)), delimiter=delimiter, strict=True))
    except csv.Error as exc:
        if "unexpected end of data" not in str(exc):
            return
        raise InputError(
            str(path),
            source.row_start,
            'a quoted field that starts in this row is never closed (a missing "): '
            "the rest of the file would be read as one field",
        ) from None


class _Lines:
    """Decoded lines for csv.reader, remembering where the current row began."""

    def __init__(self, path: Path) -> None:
        self._it = numbered_lines(path)  # blank lines too: one may sit inside a quoted field
        self.line = 0
        self.row_start = 1
        self._in_row = False
        self.consumed = 0  # bytes since the last row was handed out, for the progress bar
        self.row_text: list[str] = []  # the current row's lines, for `_check_closed`
        self.ended = False

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        try:
            number, raw = next(self._it)
        except StopIteration:
            self.ended = True
            raise
        if not self._in_row:
            self.row_start = number
        self.line = number
        self.consumed += len(raw)
        text = raw.decode("utf-8", "surrogateescape")
        # Inside a quoted field a row spans lines; csv tells us nothing, so count quotes.
        self._in_row = (text.count('"') % 2 == 1) != self._in_row
        self.row_text.append(text)
        return text


def _renaming(path: Path, header: list[str], columns: CsvColumns) -> dict[str, str]:
    """Header name -> our field name, refusing a header that lacks a named column."""
    names = [h.strip() for h in header]
    for option, wanted in (
        ("--text-column", columns.text),
        ("--id-column", columns.id),
        ("--title-column", columns.title),
    ):
        if wanted is not None and wanted not in names:
            raise InputError(str(path), 1, f"no column {wanted!r} for {option} (columns: {', '.join(names)})")
    rename = {n: n for n in names if n in ("outlet", "url", "published", "story_key")}
    rename[columns.text] = "text"
    id_col = columns.id or ("id" if "id" in names else None)
    title_col = columns.title or ("title" if "title" in names else None)
    if id_col:
        rename[id_col] = "id"
    if title_col:
        rename[title_col] = "title"
    return rename


def _record(row: list[str], header: list[str], rename: dict[str, str], width: int) -> dict[str, Any]:
    if len(row) != width:
        return {"__bad__": f"{len(row)} fields where the header has {width}", "__row__": row}
    record: dict[str, Any] = {}
    meta: dict[str, str] = {}
    for name, cell in zip(header, row):
        key = rename.get(name.strip())
        if key is None:
            meta[name.strip()] = cell
        else:
            record[key] = cell
    record["meta"] = meta
    return record


def parse_row(record: dict[str, Any], ctx: ImportContext) -> Parsed:
    if "__bad__" in record:
        raise BadLine(record["__bad__"])
    for key, value in record.items():
        cells = value.values() if isinstance(value, dict) else [value]
        if any(_UNDECODABLE.search(c) for c in cells if isinstance(c, str)):
            raise BadLine(f"not valid UTF-8 (in column {key!r})")
    return plain_document(record, ctx.defaults)
