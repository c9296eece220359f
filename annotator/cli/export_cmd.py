"""`annotator export`: gold, an annotator's work or suggestions to JSONL, Prodigy, spaCy, brat or CoNLL."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from annotator.cli import add_common
from annotator.cli.common import open_db, progress, settings_from

FORMATS = ("jsonl", "prodigy", "spacy", "brat", "conll")

EPILOG = """\
formats:
  jsonl    ours: one line per document and layer, every span with its text (docs/export-format.md)
  prodigy  Prodigy tasks (tokens, spans, relations) for `prodigy db-in`
  spacy    a spaCy DocBin (.spacy): doc.ents, span groups, links in doc.user_data
  brat     a folder of .txt/.ann pairs with annotation.conf, to open in brat
  conll    CoNLL-2003 style BIO for entities

layers:
  gold                     the adjudicated annotations (default)
  annotator:NAME           one annotator's layer
  suggestions              the newest model suggestions (or suggestions:MODEL@VERSION)
  all                      every annotator: one record per document and annotator

The output is written to a temporary file beside its target and renamed into place when
complete: an interrupted or failed export leaves nothing behind, and an existing output is
only replaced with --force.
"""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export",
        help="export annotations (jsonl, prodigy, spacy, brat, conll)",
        description="Export a layer of annotations in one of five formats.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_common(p)
    p.add_argument(
        "--format", "-f", dest="fmt", choices=FORMATS, default="jsonl", help="output format (default: jsonl)"
    )
    p.add_argument("--layer", "-l", default="gold", help="gold, annotator:NAME, suggestions[:MODEL@VER] or all")
    p.add_argument(
        "--status", choices=("done",), default=None,
        help="only documents marked done (for gold: documents with gold units; for suggestions: seen by the model)",
    )
    p.add_argument("--out", "-o", type=Path, help="output file (a folder for brat); default: exports/LAYER-FORMAT-DATE")
    p.add_argument("--force", action="store_true", help="replace an existing output")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from annotator.export.common import check_target, default_output
    from annotator.export.runner import run_export

    settings = settings_from(args)
    out = args.out or default_output(settings.exports, args.fmt, args.layer)
    check_target(out, args.force)  # before the progress bar: say it at once
    store = open_db(settings, must_exist=True, reading=True)
    try:
        total = store.count_documents()
        with progress(f"export {args.layer} as {args.fmt}", total) as advance:
            stats = run_export(
                store, fmt=args.fmt, layer=args.layer, out=out, force=args.force,
                done_only=args.status == "done", advance=advance,
            )
    finally:
        store.close()
    print(stats.summary())
    print(f"written to {out}")
    if stats.records == 0:
        print("warning: no documents matched: the output holds no records", file=sys.stderr)
    return 0
