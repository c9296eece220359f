"""`annotator export`: gold, an annotator's work or suggestions in any registered format."""

from __future__ import annotations

import argparse
import sys

from annotator.cli import add_common
from annotator.cli.common import add_min_annotators, min_annotators, open_db, progress, say, settings_from
from annotator.export.formats import FORMATS, formats_help

EPILOG = """\
formats:
{formats}

layers:
  gold                     the adjudicated annotations (default): only documents an
                           adjudicator decided on (or settled as "no units", written
                           with "adjudicated": "no units"); the summary counts the
                           others left out and why (not ready, not adjudicated)
  annotator:NAME           one annotator's layer
  suggestions              the newest model suggestions (or suggestions:MODEL@VERSION)
  all                      every annotator: one record per document and annotator

The output is written to a temporary file beside its target and renamed into place when
complete: an interrupted or failed export leaves nothing behind, and an existing output is
only replaced with --force. docs/ has a page per format: how the consuming tool reads it.
"""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export",
        help=f"export annotations ({', '.join(FORMATS)})",
        description=f"Export a layer of annotations in one of {len(FORMATS)} formats.",
        epilog=EPILOG.format(formats=formats_help()),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_common(p)
    p.add_argument(
        "--format", "-f", dest="fmt", choices=list(FORMATS), default="jsonl", help="output format (default: jsonl)"
    )
    p.add_argument("--layer", "-l", default="gold", help="gold, annotator:NAME, suggestions[:MODEL@VER] or all")
    p.add_argument(
        "--status",
        choices=("done",),
        default=None,
        help="only documents whose layer is finished, the same rule for every layer: done when everyone that "
        "layer needs has finished it (annotator:NAME: NAME marked it done; gold: adjudicated and every annotator "
        "the document needs marked it done; suggestions: the model has seen it)",
    )
    add_min_annotators(p, "gold: ")
    p.add_argument(
        "--out",
        "-o",
        help="output file (a folder for brat); a folder (existing, or written with a trailing /) gets the default "
        "name inside it; default: exports/LAYER-FORMAT-DATE",
    )
    p.add_argument("--force", action="store_true", help="replace an existing output")
    p.add_argument(
        "--furniture-as-o",
        action="store_true",
        help="spacy: write page furniture as 'no entity' (O) in doc.ents; by default it is missing (unknown)",
    )
    p.add_argument("--no-docstart", action="store_true", help="conll: no -DOCSTART- line before each document")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from annotator.core.names import check_name
    from annotator.export.common import ExportOptions, check_target, output_path
    from annotator.export.runner import run_export

    settings = settings_from(args)
    if args.layer.startswith("annotator:") and args.layer != "annotator:":  # no name: "unknown layer" says it
        check_name(args.layer.removeprefix("annotator:"), "--layer annotator:NAME:")
    out = output_path(args.out, settings.exports, args.fmt, args.layer)
    check_target(out, args.force)  # before the progress bar: say it at once
    store = open_db(settings, must_exist=True, reading=True)
    try:
        total = store.count_documents()
        with progress(f"export {args.layer} as {args.fmt}", total) as advance:
            stats = run_export(
                store,
                fmt=args.fmt,
                layer=args.layer,
                out=out,
                force=args.force,
                done_only=args.status == "done",
                advance=advance,
                min_annotators=min_annotators(args, settings),
                options=ExportOptions(furniture_as_o=args.furniture_as_o, docstart=not args.no_docstart),
            )
    finally:
        store.close()
    say(stats.summary())
    say(f"written to {out}")
    for line in FORMATS[args.fmt].next_steps(out):
        say(line)
    if stats.records == 0:
        print("warning: no documents matched: the output holds no records", file=sys.stderr)
    return 0
