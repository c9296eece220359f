"""`annotator claim`: take the next documents of a corpus opened for claims (`assign --open`)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    from annotator.cli import add_common

    p = sub.add_parser(
        "claim",
        help="claim the next documents nobody has taken yet (a corpus opened with assign --open)",
        description="Take the next --count documents this annotator does not hold yet, in corpus order, each "
        "from a slot nobody else has: desks asking at the same moment never get the same slot. The documents "
        "become this annotator's assignments (the desk's queue shows them under 'assigned to me'). "
        "In the desk, n claims one by itself when none of yours is left.",
    )
    add_common(p)
    p.add_argument("--count", "-n", type=int, default=1, help="how many documents to claim (default 1)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from annotator.cli.common import open_db, say, settings_from
    from annotator.errors import UserError
    from annotator.store.location import shown

    if args.count < 1:
        raise UserError(f"--count {args.count}: claim at least one document")
    settings = settings_from(args)
    who = settings.annotator
    if not who:
        raise UserError("who is claiming? give --annotator NAME (the desk remembers the name it asked for)")
    store = open_db(settings, must_exist=True)
    try:
        if not store.claims_open():
            raise UserError(
                f"{shown(settings.db)}: not open for claims; an admin opens it with "
                "`annotator assign --open --overlap N` (or assigns work up front with --annotators)"
            )
        claimed = store.claim(who, args.count)
    finally:
        store.close()
    if not claimed:
        say(f"nothing left to claim for {who}: every open document has its annotators", err=True)
        return 1
    for doc_id in claimed:
        say(doc_id)
    say(f"{len(claimed)} claimed by {who}", err=True)
    return 0
