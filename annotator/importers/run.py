"""Import files into the store: dispatch by extension, one staged import per file, a summary.

A file goes in whole or not at all, without holding the write lock while it is read: its
batches commit one by one under an import id and stay hidden until a final short commit
completes the import (`store/staging.py`). A bad line abandons the import (its rows are
deleted); a kill -9 leaves an unfinished import that the next open removes. Either way
users never see part of a file. With `skip_bad`, bad lines are written to a rejects file
with their reason and the rest of the file goes in.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from pathlib import Path

from annotator.core.errors import InputError, UserError
from annotator.importers import csv_files, jsonl, labelstudio
from annotator.importers.context import ImportContext
from annotator.importers.records import BadLine, Parsed
from annotator.importers.rejects import PendingRejects, Rejects
from annotator.importers.report import Report
from annotator.importers.sidecar import clear_cache, is_sidecar
from annotator.importers.text_files import parse_text_file
from annotator.importers.writer import Writer
from annotator.store import Store

FORMATS = {".txt": "txt", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".tsv": "csv", ".json": "labelstudio"}

Advance = Callable[[int], None]
Landed = Callable[[list[str]], None]  # the new documents' ids of a file once it is in (import --suggest)


def expand(paths: Iterable[Path]) -> list[Path]:
    """Files to import: those named, and every supported file under a named folder, sorted."""
    clear_cache()  # sidecars are read afresh for each run
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs.sort()
                found.extend(
                    Path(root) / name
                    for name in sorted(files)
                    if _format(Path(name)) and not is_sidecar(Path(name)) and not name.startswith(".")
                )
        elif path.exists():
            if _format(path) is None:
                raise UserError(
                    f"{path}: unsupported file type (import .txt, .jsonl, .json, .csv or .tsv, or a folder)"
                )
            found.append(path)
        else:
            raise UserError(f"{path}: no such file or folder")
    return found


def _format(path: Path) -> str | None:
    return FORMATS.get(path.suffix.lower())


def import_paths(
    store: Store,
    files: list[Path],
    ctx: ImportContext,
    rejects: Rejects,
    total: Report,
    advance: Advance = lambda n: None,
    landed: Landed | None = None,
) -> Report:
    """Import each file in its own transaction; stop at the first bad file unless skipping.
    `landed` hears of each file's new documents as soon as they are visible."""
    for path in files:
        try:
            writer = Writer(store, ctx.annotator, keep_ids=ctx.keep_ids)
            done = import_file(store, writer, path, ctx, rejects, advance)
            total.add(done)
            if landed is not None and done.doc_ids:
                landed(done.doc_ids)
        except InputError as exc:
            if not ctx.skip_bad:
                raise
            rejects.add(str(path), exc.line, f"whole file not imported: {exc.reason}", None)
            total.rejected += 1
            total.files += 1
    return total


def import_file(
    store: Store, writer: Writer, path: Path, ctx: ImportContext, rejects: Rejects, advance: Advance
) -> Report:
    report = Report(files=1)
    pending = PendingRejects()
    seen = 0
    try:
        import_id = store.begin_import()
        try:
            for number, raw, size, parse in _items(path, ctx):
                seen += 1
                try:
                    writer.write(parse(), report)
                except BadLine as exc:
                    if not ctx.skip_bad:
                        raise InputError(str(path), number, exc.reason) from None
                    pending.add(str(path), number, exc.reason, raw)
                advance(size)
            if seen == 0:
                raise InputError(str(path), None, "the file is empty: nothing to import")
            writer.finish(import_id)
        except BaseException:
            with suppress(Exception):  # a full disk may refuse the clean-up too: the next open does it
                store.abandon_import(import_id)
            raise
        pending.commit_to(rejects)  # only once the file's good lines are committed
    finally:
        pending.close()
    report.rejected += pending.count
    return report


Item = tuple[int | None, object, int, Callable[[], Parsed]]


def _items(path: Path, ctx: ImportContext) -> Iterator[Item]:
    """(line, raw record for the rejects file, bytes read, parse) for each record of the file."""
    fmt = _format(path)
    if fmt == "txt":
        yield None, None, _size(path), lambda: parse_text_file(path, ctx.defaults)
    elif fmt == "jsonl":
        for number, line in jsonl.lines(path):
            yield number, line, len(line), _bind(jsonl.parse_line, path, number, line, ctx)
    elif fmt == "labelstudio":
        yield from labelstudio.items(path, ctx)
    else:
        for number, record, size in csv_files.rows(path, ctx.columns):
            yield number, record, size, _bind(csv_files.parse_row, record, ctx)


def _bind(fn: Callable[..., Parsed], *args: object) -> Callable[[], Parsed]:
    return lambda: fn(*args)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
