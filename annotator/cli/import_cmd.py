"""`annotator import PATH...`: articles and pre-annotated records into the corpus."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from contextlib import nullcontext
from pathlib import Path

from annotator.cli import add_common
from annotator.cli.common import open_db, progress, say, settings_from
from annotator.cli.suggest_cmd import add_engine_options, suggest_while
from annotator.core.errors import InputError, UserError
from annotator.importers.context import CsvColumns, ImportContext
from annotator.importers.records import Defaults
from annotator.importers.rejects import Rejects, default_path
from annotator.importers.report import Report
from annotator.importers.run import Landed, expand, import_paths
from annotator.store import Store
from annotator.store.location import beside

EPILOG = """\
formats (by extension; folders are searched for all of them):
  .txt            one article: first non-empty line is the title, the rest the text;
                  a sidecar.json (file name -> {title, outlet, url, published,
                  story_key, id, meta}; "*" for defaults) or NAME.meta.json adds metadata
  .jsonl .ndjson  one JSON object per line: text, and optionally id, title, outlet, url,
                  published, story_key, meta (other keys go into meta); lines with
                  entities/quotes/events/boilerplate (our export), spans (Prodigy), or
                  label triples / entities with start_offset (doccano) are loaded as the
                  annotations of --annotator NAME (given on this command)
  .json           Label Studio tasks: annotations as --annotator NAME's layer, predictions
                  as suggestions layers (docs/tools/labelstudio.md)
  .csv .tsv       a header row; text from --text-column (default "text"); columns
                  outlet, url, published, story_key are used as such, others go into meta

Each file is imported whole or not at all: it is written in short commits (so the desk
never waits long for the database) that stay hidden until the file is complete. A bad line
stops the import of that file and leaves the database as it was for it; an import killed
half-way is removed the next time the database is opened. Texts already in the corpus (or
being imported by another process) are skipped and counted.
Exit status: 0 all imported, 1 some records rejected (--skip-bad), 2 stopped by an error.
"""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "import",
        help="import articles (.txt, folders, JSONL, Prodigy, doccano, Label Studio, CSV)",
        description="Import articles and pre-annotated records into the corpus.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_common(p)
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files or folders to import")
    p.add_argument("--outlet", help="outlet for documents that do not name one")
    p.add_argument("--story", help="story key for documents that do not name one")
    p.add_argument("--text-column", default="text", help="CSV column holding the article text (default: text)")
    p.add_argument("--id-column", help="CSV column holding the document id (default: id, if present)")
    p.add_argument("--title-column", help="CSV column holding the title (default: title, if present)")
    p.add_argument("--skip-bad", action="store_true", help="import the good lines; write bad ones to a rejects file")
    p.add_argument("--rejects", type=Path, help="where --skip-bad writes rejects (default: beside the database)")
    p.add_argument(
        "--suggest", action="store_true", help="run the suggestion model on the new documents as each file lands"
    )
    add_engine_options(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    files = expand(args.paths)
    if not files:
        raise UserError("nothing to import: no .txt, .jsonl, .json, .csv or .tsv files found")
    rejects = Rejects(args.rejects or default_path(beside(settings.db, ".db")))
    if args.skip_bad:
        rejects.check()
    store = open_db(settings)
    try:
        ctx = ImportContext(
            schema=store.schema(),
            defaults=Defaults(outlet=args.outlet, story_key=args.story),
            annotator=getattr(args, "annotator", None),  # only when given here: never a remembered name
            columns=CsvColumns(text=args.text_column, id=args.id_column, title=args.title_column),
            skip_bad=args.skip_bad,
            keep_ids=args.suggest,
        )
        with suggest_while(store, settings, args) if args.suggest else nullcontext(None) as landed:
            report = _import(store, files, ctx, rejects, landed)
            say(report.summary())
            if rejects.count:
                say(f"{rejects.count} rejected record{'s' if rejects.count != 1 else ''} written to {rejects.path}")
        return 1 if rejects.count else 0
    finally:
        store.close()


def _import(store: Store, files: list[Path], ctx: ImportContext, rejects: Rejects, landed: Landed | None) -> Report:
    total = Report()
    size = sum(f.stat().st_size for f in files)
    started = time.monotonic()
    try:
        with progress("importing", size, unit="bytes") as advance:
            import_paths(store, files, ctx, rejects, total, RecordRate(advance), landed)
    except InputError:
        if total.files:
            say(f"stopped: earlier files were imported ({total.summary()})", err=True)
        print(
            "nothing from the file named below was imported; fix it and run again "
            "(what is already imported is skipped as duplicates), or use --skip-bad",
            file=sys.stderr,
        )
        raise
    finally:
        rejects.close()
    took = time.monotonic() - started
    if total.imported and took > 0:
        say(f"{total.imported:,} articles in {took:,.1f} s ({total.imported / took:,.0f} articles/s)", err=True)
    return total


class RecordRate:
    """The bar's `advance` for an import: bytes move the bar, records make the rate beside it.

    The bar is by bytes (a file's size is known before it is read; its line count is not);
    the rate a user compares across runs is in records, refreshed a few times a second.
    """

    EVERY_S = 0.25

    def __init__(self, advance: Callable[..., None], clock: Callable[[], float] = time.monotonic) -> None:
        self.advance, self.clock = advance, clock
        self.started = self.last = clock()
        self.records = 0

    def __call__(self, size: int) -> None:
        self.records += 1
        now = self.clock()
        if now - self.last < self.EVERY_S:
            self.advance(size)
            return
        self.last = now
        self.advance(size, rate=f"{self.records:,} records, {self.records / max(now - self.started, 1e-9):,.0f}/s")
