"""One export end to end: choose the layers, stream the records, write them atomically."""

from __future__ import annotations

import gc
import importlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

from annotator.export.common import (
    FORMATS,
    ExportContext,
    ExportError,
    ExportStats,
    atomic_dir,
    atomic_file,
    check_target,
    iter_layer_docs,
    resolve_layers,
)
from annotator.store.base import Store

# Imported on use: the spaCy-based writers must not load spaCy for a JSONL export.
MODULES = {
    "jsonl": "annotator.export.jsonl",
    "prodigy": "annotator.export.prodigy",
    "spacy": "annotator.export.spacy_docbin",
    "brat": "annotator.export.brat",
    "conll": "annotator.export.conll",
}


def writer(fmt: str) -> ModuleType:
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    return importlib.import_module(MODULES[fmt])


def run_export(
    store: Store,
    *,
    fmt: str,
    layer: str,
    out: Path,
    force: bool = False,
    done_only: bool = False,
    advance: Callable[[int], None] | None = None,
) -> ExportStats:
    """Export `layer` of the corpus as `fmt` to `out`; nothing is left at `out` if it fails."""
    module = writer(fmt)
    check_target(out, force, folder=module.IS_DIR)  # before any work: an existing output is a mistake to say at once
    layers = resolve_layers(store, layer)
    ctx = ExportContext(schema=store.schema(), layers=layers, per_annotator=layer == "all")
    if advance is not None:
        ctx.advance = advance
    items = iter_layer_docs(store, layers, done_only=done_only, ctx=ctx, sparse=ctx.per_annotator)
    opener = atomic_dir if module.IS_DIR else atomic_file
    with opener(out, force) as tmp, _cyclic_gc_paused():
        module.write(items, tmp, ctx)
    return ctx.stats


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Pause Python's cycle collector while records stream through.

    An export allocates millions of short-lived dicts and tuples, none in a cycle (they
    are freed by reference counting), yet each 700 allocations start a collection that
    walks them: ~5% of a JSONL export (bench/bench_export.py). Collection resumes after,
    also on error; if another thread had paused it already, that thread resumes it.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
