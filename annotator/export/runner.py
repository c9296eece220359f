"""One export end to end: choose the layers, stream the records, write them atomically."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from annotator.export.common import (
    ExportContext,
    ExportOptions,
    ExportStats,
    atomic_dir,
    atomic_file,
    check_target,
    iter_layer_docs,
    resolve_layers,
)
from annotator.export.formats import get_format
from annotator.store.base import Store


def run_export(
    store: Store,
    *,
    fmt: str,
    layer: str,
    out: Path,
    force: bool = False,
    done_only: bool = False,
    advance: Callable[[int], None] | None = None,
    options: ExportOptions | None = None,
    min_annotators: int = 2,
) -> ExportStats:
    """Export `layer` of the corpus as `fmt` to `out`; nothing is left at `out` if it fails."""
    form = get_format(fmt)
    module = form.writer()
    check_target(out, force, folder=form.is_dir)  # before any work: an existing output is a mistake to say at once
    layers = resolve_layers(store, layer)
    ctx = ExportContext(
        schema=store.schema(), layers=layers, per_annotator=layer == "all", options=options or ExportOptions()
    )
    if advance is not None:
        ctx.advance = advance
    context = [x.name for x in store.layers()] if form.tokens_across_layers else []
    items = iter_layer_docs(
        store,
        layers,
        done_only=done_only,
        ctx=ctx,
        sparse=ctx.per_annotator,
        context=context,
        min_annotators=min_annotators,
    )
    opener = atomic_dir if form.is_dir else atomic_file
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
