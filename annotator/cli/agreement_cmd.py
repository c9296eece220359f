"""`annotator agreement`: inter-annotator agreement as tables in the terminal or as JSON."""

from __future__ import annotations

import argparse
import sys
from typing import Any

BY = ("label", "pair", "document")


def register(sub: argparse._SubParsersAction) -> None:
    from annotator.cli import add_common
    from annotator.cli.common import add_min_annotators

    p = sub.add_parser(
        "agreement",
        help="measure agreement between annotators (F1, kappa, alpha)",
        description="Only documents ready for review are compared, between their finished annotators (the others "
        "are counted and, with --by document, listed with whom they wait for). Entity span F1 (strict and overlap), label agreement, Cohen's kappa per pair and "
        "Krippendorff's alpha over BIO tokens; quote F1 and speaker agreement; event F1 and argument F1 by role.",
    )
    add_common(p)
    add_min_annotators(p)
    p.add_argument("--annotators", help="comma-separated names (default: everyone with work in the corpus)")
    p.add_argument("--by", choices=BY, action="append", help="also break down by label, pair or document (repeatable)")
    p.add_argument("--limit", type=int, default=50, help="documents to list with --by document (default 50; 0 = all)")
    p.add_argument(
        "--json", action="store_true", help="print the whole report as JSON (overall, labels, pairs, documents)"
    )
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from annotator.agreement.corpus import corpus_report
    from annotator.cli.common import min_annotators, open_db, settings_from
    from annotator.core.display import json_for_terminal

    settings = settings_from(args)
    store = open_db(settings, must_exist=True, reading=True)
    try:
        names = [a.strip() for a in args.annotators.split(",") if a.strip()] if args.annotators else None
        report = corpus_report(
            store,
            names,
            per_document=bool(args.json or "document" in (args.by or [])),
            min_annotators=min_annotators(args, settings),
        )
    finally:
        store.close()
    if args.json:
        import orjson

        sys.stdout.write(json_for_terminal(orjson.dumps(report, option=orjson.OPT_INDENT_2).decode()) + "\n")
        return 0
    _print_tables(report, args.by or [], None if args.limit == 0 else args.limit)
    return 0


def _print_tables(report: dict[str, Any], by: list[str], limit: int | None) -> None:
    from rich.console import Console

    from annotator.agreement import tables

    console = Console()
    console.print(tables.overall_table(report))
    if "label" in by:
        console.print(tables.labels_table(report))
    if "pair" in by:
        console.print(tables.pairs_table(report))
    if "document" in by:
        console.print(tables.documents_table(report, limit))
