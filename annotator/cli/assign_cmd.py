"""`annotator assign`: give every document N annotators, balanced, reproducibly with --seed;
or, with --open, leave them to claim it (`annotator claim`, or `n` in the desk)."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from typing import Any


def register(sub: argparse._SubParsersAction) -> None:
    from annotator.cli import add_common

    p = sub.add_parser(
        "assign",
        help="assign documents to annotators (each document to --overlap of them)",
        description="Each document not yet assigned gets --overlap different annotators; loads stay within one "
        "document of each other and every pair of annotators shares documents. Existing assignments are kept. "
        "With --open instead of --annotators, nobody is named: each document waits for --overlap annotators "
        "to claim it (`annotator claim`, or n in the desk), so a team whose people come and go shares the work "
        "as they ask for it. Run it again after an import to open the new documents.",
    )
    add_common(p)
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--annotators", help="comma-separated names, e.g. ana,ben,cleo")
    who.add_argument(
        "--open", action="store_true", help="open every document for --overlap annotators to claim, no names given"
    )
    p.add_argument("--overlap", type=int, default=2, help="annotators per document (default 2)")
    p.add_argument("--seed", type=int, default=None, help="make the assignment reproducible")
    p.set_defaults(handler=run)


def doc_ids(store: Any, page: int = 1000) -> Iterator[str]:
    """Every document id in import order, a page at a time."""
    after = 0
    while True:
        docs = store.documents(after_seq=after, limit=page)
        if not docs:
            return
        yield from (d.id for d in docs)
        after = store.doc_seq(docs[-1].id) or after


def run(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.table import Table

    from annotator.agreement.assignment import balanced_assignment, check_annotators, loads
    from annotator.agreement.tables import cell
    from annotator.cli.common import open_db, settings_from

    if args.open:
        return open_for_claims(args)
    names = check_annotators(args.annotators.split(","), args.overlap)
    store = open_db(settings_from(args), must_exist=True)
    try:
        existing = store.assignments()
        pairs = balanced_assignment(list(doc_ids(store)), names, args.overlap, seed=args.seed, existing=existing)
        store.assign(pairs)
        total = loads(store.assignments())
    finally:
        store.close()
    new = loads(pairs)
    print(f"{len(pairs) // args.overlap} documents assigned, {args.overlap} annotators each")
    table = Table()
    for col in ("annotator", "new", "total"):
        table.add_column(col, justify="left" if col == "annotator" else "right")
    for name in sorted(total):
        table.add_row(cell(name), str(new.get(name, 0)), str(total[name]))
    Console().print(table)
    if existing:
        print(f"{len({d for d, _ in existing})} documents already assigned were left as they were")
    return 0


def open_for_claims(args: argparse.Namespace) -> int:
    from annotator.cli.common import open_db, settings_from
    from annotator.errors import UserError

    if args.overlap < 1:
        raise UserError(f"--overlap {args.overlap}: each document needs at least one annotator")
    store = open_db(settings_from(args), must_exist=True)
    try:
        opened = store.open_claims(args.overlap)
        counts = store.claim_counts()
    finally:
        store.close()
    who = "annotator" if args.overlap == 1 else "annotators"
    print(f"{opened:,} slots opened: each document waits for {args.overlap} {who} to claim it")
    print(f"{counts['open']} slots open, {counts['claimed']} claimed; annotators take work with `annotator claim` or n")
    return 0
