"""What every export format shares: layer selection, the per-record view of a document, atomic writes."""

from __future__ import annotations

import os
import re
import shutil
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from operator import itemgetter
from pathlib import Path
from typing import Any, cast

import orjson

from annotator.core.errors import UserError
from annotator.core.schema import LabelSchema
from annotator.export.formats import get_format
from annotator.store.base import GOLD, ExportDoc, ExportUnit, Store

REJECTED = "rejected units (a rejection is a decision, not an annotation)"


class ExportError(UserError):
    """An export that cannot be made as asked (unknown layer, existing output without --force)."""


@dataclass(frozen=True)
class LayerSel:
    """One layer to export, and whose work it is (None for gold and suggestions)."""

    name: str
    kind: str  # gold | annotator | suggestions
    annotator: str | None = None

    @property
    def slug(self) -> str:
        return safe_name(self.name.replace("annotator:", "").replace("suggestions:", "suggestions-"))


@dataclass
class ExportStats:
    """What an export wrote and what it left out, for the summary the CLI prints."""

    documents: int = 0
    records: int = 0
    units: Counter[str] = field(default_factory=Counter)
    dropped: Counter[str] = field(default_factory=Counter)
    notes: Counter[str] = field(default_factory=Counter)

    def drop(self, reason: str, n: int = 1) -> None:
        self.dropped[reason] += n

    def summary(self) -> str:
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(self.units.items())) or "no units"
        lines = [f"{self.records} records from {self.documents} documents: {kinds}"]
        lines += [f"  left out: {n} {reason}" for reason, n in sorted(self.dropped.items()) if n]
        lines += [f"  note: {n} {what}" for what, n in sorted(self.notes.items()) if n]
        return "\n".join(lines)


@dataclass(slots=True)
class LayerDoc:
    """One record to write: a document seen through one layer.

    `units` are the store's unit rows (`annotator.store.rows.ExportUnit`) in text
    order, rejected ones already left out; the properties give the parsed views the
    slower writers want, while the JSONL writer walks `units` once.
    """

    doc: ExportDoc
    layer: LayerSel
    status: str
    updated: str | None
    annotators: list[str]
    units: list[ExportUnit]
    adjudicated: str | None = None  # gold only: "units", or "no units" when settled as empty

    @property
    def entities(self) -> list[tuple[int, int, str]]:
        return [(u.start, u.end, u.label) for u in self.units if u.kind == "entity"]

    @property
    def quotes(self) -> list[dict[str, Any]]:
        return [orjson.loads(cast(str, u.body)) for u in self.units if u.kind == "quote"]

    @property
    def events(self) -> list[dict[str, Any]]:
        return [orjson.loads(cast(str, u.body)) for u in self.units if u.kind == "event"]

    @property
    def boilerplate(self) -> list[tuple[int, int, str]]:
        return [(u.start, u.end, u.label) for u in self.units if u.kind == "boilerplate"]


@dataclass(frozen=True)
class ExportOptions:
    """Choices a user makes for one consumer's sake (each writer reads the ones it knows)."""

    furniture_as_o: bool = False  # spaCy: page furniture as "no entity" instead of missing
    docstart: bool = True  # CoNLL: a -DOCSTART- line before each document


@dataclass
class ExportContext:
    """Everything a writer needs besides the records."""

    schema: LabelSchema
    options: ExportOptions = field(default_factory=ExportOptions)
    layers: list[LayerSel] = field(default_factory=list)
    per_annotator: bool = False  # --layer all: records only where an annotator worked, kept apart
    stats: ExportStats = field(default_factory=ExportStats)
    advance: Callable[[int], None] = lambda n: None


# -- layer selection ------------------------------------------------------------------


def resolve_layers(store: Store, spec: str) -> list[LayerSel]:
    """Turn `--layer` into the layers to read: gold, annotator:NAME, suggestions[:MODEL@VER] or all."""
    if spec == GOLD:
        return [LayerSel(GOLD, "gold")]
    if spec == "all":
        found = [LayerSel(x.name, "annotator", x.name.removeprefix("annotator:")) for x in store.layers("annotator")]
        if not found:
            raise ExportError("no annotator has a layer yet: nothing to export with --layer all")
        return found
    if spec == "suggestions":
        newest = store.latest_suggestions_layer()
        if newest is None:
            raise ExportError("no suggestions layer yet: run `annotator suggest` first")
        return [LayerSel(newest, "suggestions")]
    name = spec.removeprefix("annotator:")
    if spec.startswith("annotator:") and name and (store.layer(spec) is not None or name in store.annotators()):
        return [LayerSel(spec, "annotator", name)]
    if spec.startswith("suggestions:") and store.layer(spec) is not None:
        return [LayerSel(spec, "suggestions")]
    known = ", ".join(["gold", "all", "suggestions", *(x.name for x in store.layers())])
    raise ExportError(f"unknown layer {spec!r} (known: {known})")


# -- records ---------------------------------------------------------------------------


def iter_layer_docs(
    store: Store,
    layers: list[LayerSel],
    *,
    done_only: bool = False,
    ctx: ExportContext | None = None,
    batch: int = 500,
    sparse: bool | None = None,
    context: Iterable[str] = (),
    min_annotators: int = 2,
) -> Iterator[LayerDoc]:
    """Stream the records to write, in document order, one per document and layer.

    A single layer gives every document (or, with `done_only`, the done ones); `sparse`
    (the default for several layers, as `--layer all` reads them) gives a record only where
    that annotator has units or a status on the document. `context` names further layers
    whose units are read too (in `LayerDoc.doc.units`), never written: a format that
    tokenises the same way for every layer looks at them. Gold gives only adjudicated
    documents (`annotator.export.gold`); the others are counted, by reason, in the stats.
    """
    from annotator.export.gold import GoldSelection

    gold = GoldSelection(store, min_annotators) if any(x.kind == "gold" for x in layers) else None
    stats = ctx.stats if ctx is not None else ExportStats()
    advance = ctx.advance if ctx is not None else (lambda n: None)
    if sparse is None:
        sparse = len(layers) > 1
    seen = 0
    names = [x.name for x in layers]
    names += [name for name in context if name not in names]
    for doc in store.iter_layer_export(names, batch=batch):
        wrote = False
        for sel in layers:
            units = doc.units.get(sel.name, _NONE)
            status, updated, who = _standing(doc, sel, units)
            adjudicated = None
            if gold is not None and sel.kind == "gold":
                standing = gold.standing(doc, units)
                status, adjudicated = standing.status, standing.adjudicated
                if not standing.written or (done_only and status != "done"):
                    stats.drop(standing.reason)
                    continue
            if done_only and status != "done":
                continue
            if sparse and not units and (sel.annotator not in doc.statuses):
                continue
            wrote = True
            stats.records += 1
            yield LayerDoc(doc, sel, status, updated, who, _kept(units, stats), adjudicated)
        stats.documents += wrote
        seen += 1
        if seen == PROGRESS_EVERY:  # a progress bar update per document would cost more than the record
            advance(seen)
            seen = 0
    if seen:
        advance(seen)


PROGRESS_EVERY = 256
_NONE: list[ExportUnit] = []


def _standing(doc: ExportDoc, sel: LayerSel, units: list[ExportUnit]) -> tuple[str, str | None, list[str]]:
    """Status, last change and annotators of a document in one layer."""
    if sel.kind == "annotator":
        status, updated = doc.statuses.get(sel.annotator or "", ("todo", None))
        return status, updated, [sel.annotator or ""]
    done_at = doc.layer_done.get(sel.name)
    status = "done" if (units or done_at) else "todo"
    if sel.kind == "gold":
        who = sorted(a for a, (s, _) in doc.statuses.items() if s != "todo")
        return status, done_at, who
    return status, done_at, []


def _kept(units: list[ExportUnit], stats: ExportStats) -> list[ExportUnit]:
    """The units to write: a unit the annotator rejected is not an annotation."""
    if not any(map(_REJECTED, units)):  # C-level scan: this runs for every record
        return units
    kept = [u for u in units if not u.rejected]
    stats.drop(REJECTED, len(units) - len(kept))
    return kept


_REJECTED = itemgetter(ExportUnit._fields.index("rejected"))  # by index: C-level, once per record


def span_pairs(quote_or_event: dict[str, Any]) -> Iterator[tuple[int, int]]:
    """Every (start, end) a stored quote or event body points at."""
    for key in ("content", "speaker", "speaker_entity", "cue", "trigger"):
        span = quote_or_event.get(key)
        if span:
            yield span["start"], span["end"]
    for span in quote_or_event.get("extra", ()):
        yield span["start"], span["end"]
    for span in quote_or_event.get("arguments", {}).values():
        yield span["start"], span["end"]


def boundaries(
    entities: list[tuple[int, int, str]], quotes: list[dict[str, Any]], events: list[dict[str, Any]]
) -> tuple[set[int], set[int]]:
    """Every span start and end in a record, so token-based formats can split tokens there."""
    starts = {s for s, _, _ in entities}
    ends = {e for _, e, _ in entities}
    for body in (*quotes, *events):
        for s, e in span_pairs(body):
            starts.add(s)
            ends.add(e)
    return starts, ends


# -- names and atomic output -----------------------------------------------------------

_UNSAFE = re.compile(r"[^A-Za-z0-9._@-]+")


def safe_name(name: str) -> str:
    """A file-name-safe form of an id or layer name (never empty, never hidden)."""
    cleaned = _UNSAFE.sub("_", name).strip("._") or "_"
    return cleaned[:120]


def default_output(exports_dir: str | Path, fmt: str, layer_spec: str, now: datetime | None = None) -> Path:
    """exports/<layer>-<format>-<date>: the name says what is inside and when it was made."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    layer = safe_name(layer_spec.replace(":", "-"))
    return Path(exports_dir) / f"{layer}-{fmt}-{stamp}{get_format(fmt).suffix}"


def output_path(out: str | None, exports_dir: str | Path, fmt: str, layer_spec: str) -> Path:
    """Where an export goes. A folder given as the output of a file format (one that exists, or
    any path written with a trailing slash, as `-o exports/`) gets the default name inside it, as
    `cp` would: `-o exports/` must not write a file called `exports`."""
    if out is None:
        return default_output(exports_dir, fmt, layer_spec)
    path = Path(out)
    if not get_format(fmt).is_dir and (out.endswith(("/", os.sep)) or path.is_dir()):
        return default_output(path, fmt, layer_spec)
    return path


def check_target(path: Path, force: bool, folder: bool | None = None) -> None:
    """Refuse, before any work, an output that cannot or must not be written.

    `folder` says what the format writes (None: not known yet). --force replaces only what
    an export made: a regular file (a folder for brat), never a symlink, FIFO or device,
    which a rename would silently turn into a regular file.
    """
    _check_parent(path)
    if not os.path.lexists(path):
        return
    if not force:
        raise ExportError(f"{path}: already exists (use --force to replace it)")
    if path.is_symlink():
        raise ExportError(
            f"{path}: is a symbolic link; --force does not replace links: remove it or choose another --out"
        )
    kind = "folder" if path.is_dir() else "file" if path.is_file() else None
    if kind is None:
        raise ExportError(f"{path}: not a regular file (a FIFO, socket or device); choose another --out")
    if folder is not None and (kind == "folder") != folder:
        wanted = "a folder" if folder else "a file"
        raise ExportError(f"{path}: is a {kind}, and this format writes {wanted}; remove it or choose another --out")


def _check_parent(path: Path) -> None:
    for parent in path.parents:
        if os.path.lexists(parent):
            if not parent.is_dir():
                raise ExportError(f"{path}: cannot write there: {parent} is a file, not a folder")
            return


def _temp_beside(path: Path, suffix: str) -> Path:
    """A fresh hidden name in the target's folder (same file system, so the rename is atomic).

    Not created here: the writer creates it with ordinary permissions (mkstemp's are 0600).
    """
    return path.with_name(f".{path.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}{suffix}")


# `_temp_beside` names: .NAME.PID-HEX8.tmp (or .old)
_TEMP = re.compile(r"^\..+\.(?P<pid>\d+)-[0-9a-f]{8}\.(tmp|old)$")
STALE_AFTER_S = 24 * 3600


def remove_stale_temps(folder: Path, now: float | None = None) -> list[Path]:
    """Remove what killed exports left in `folder`: temp files of a process that is gone,
    or older than a day (the pid may have been reused). They can be hundreds of MB."""
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _TEMP.match(entry.name)
        if match is None or entry.is_symlink():
            continue
        try:
            old = now - entry.stat(follow_symlinks=False).st_mtime > STALE_AFTER_S
        except OSError:
            continue
        if old or not _alive(int(match["pid"])):
            path = Path(entry.path)
            shutil.rmtree(path, ignore_errors=True) if entry.is_dir() else path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True


def _prepare(path: Path, force: bool, folder: bool) -> None:
    check_target(path, force, folder)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"{path}: cannot create its folder ({exc.strerror})") from None
    remove_stale_temps(path.parent)


@contextmanager
def _write_errors(path: Path) -> Iterator[None]:
    """A full disk or an unwritable folder is the user's to fix: one line, and nothing left."""
    try:
        yield
    except OSError as exc:
        raise ExportError(f"{path}: cannot write the export ({exc.strerror or exc}); nothing was written") from None


@contextmanager
def atomic_file(path: Path, force: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside `path`; rename it into place only if the block succeeds.

    A reader never sees half a file, and an error leaves no output (nor touches an old one).
    """
    _prepare(path, force, folder=False)
    tmp = _temp_beside(path, ".tmp")
    try:
        with _write_errors(path):
            yield tmp
            if not tmp.exists():
                tmp.write_bytes(b"")  # a writer given no records still leaves a (valid, empty) file
            check_target(path, force, folder=False)
            os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


@contextmanager
def atomic_dir(path: Path, force: bool = False) -> Iterator[Path]:
    """Like `atomic_file` for a folder: build it beside the target, then swap it in."""
    _prepare(path, force, folder=True)
    tmp = _temp_beside(path, ".tmp")
    try:
        with _write_errors(path):
            tmp.mkdir()
            yield tmp
            check_target(path, force, folder=True)
            if path.exists():
                # os.replace cannot overwrite a non-empty folder: move the old one aside first.
                old = _temp_beside(path, ".old")
                os.replace(path, old)
                os.replace(tmp, path)
                shutil.rmtree(old, ignore_errors=True)
            else:
                os.replace(tmp, path)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def write_lines(path: Path, lines: Iterable[bytes], chunk: int = 1 << 20) -> None:
    """Write byte lines in large chunks (one syscall per ~1 MiB, not per line)."""
    with open(path, "wb") as fh:
        buf: list[bytes] = []
        size = 0
        for line in lines:
            buf.append(line)
            size += len(line)
            if size >= chunk:
                fh.write(b"".join(buf))
                buf, size = [], 0
        if buf:
            fh.write(b"".join(buf))


# Characters JSON allows raw in strings but that line splitters (Python's str.splitlines,
# JavaScript) take for line ends: written as \u escapes, so one record stays one line.
_LINE_BREAKING = (
    ("\u2028", b"\xe2\x80\xa8", b"\\u2028"),
    ("\u2029", b"\xe2\x80\xa9", b"\\u2029"),
    ("\x85", b"\xc2\x85", b"\\u0085"),
)


def line_breaking(doc: ExportDoc) -> bool:
    """Whether a document's strings hold U+2028, U+2029 or U+0085 (rare: checked on the str,
    a memchr-speed scan, rather than searching every output byte)."""
    return any(ch in doc.text or ch in doc.title or ch in doc.meta for ch, _, _ in _LINE_BREAKING)


def escape_line_breaking(line: bytes) -> bytes:
    """Escape those characters in a JSON line (UTF-8 sequences cannot overlap: a byte replace is safe)."""
    for _, raw, escaped in _LINE_BREAKING:
        line = line.replace(raw, escaped)
    return line


__all__ = [
    "ExportContext",
    "ExportError",
    "ExportOptions",
    "ExportStats",
    "LayerDoc",
    "LayerSel",
    "boundaries",
    "atomic_dir",
    "atomic_file",
    "default_output",
    "iter_layer_docs",
    "resolve_layers",
    "safe_name",
    "span_pairs",
    "write_lines",
]
